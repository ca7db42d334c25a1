"""Head facts in layouts first met on held-back pages (stop 45): reprint notes, a CMS's half-empty source field,
a section's heading, a passive's agent, a newsletter's tagline, a letter signed "(via email)", a Markdown escape."""

from __future__ import annotations

from pathlib import Path

from conftest import HARBOUR_BODY, HARBOUR_TITLE, drafted, found_title, source_of


def test_a_reprint_note_names_the_outlet_over_the_one_its_lead_sums_up(tmp_path: Path) -> None:
    text = ("Charities urge action on child hunger\n\n"
            "\"Countries with the most hungry children must act faster,\" according to a joint report released on "
            "Friday by two charities, Harbour Wire reports.\n\n" + HARBOUR_BODY +
            "\nThis article was reprinted from lakeviewhealthnews.org with permission from the Lakeview Trust. "
            "Lakeview Health News, an editorially independent news service, is a programme of the trust.\n")
    assert source_of(tmp_path, text) == "Lakeview Health News"


def test_a_dated_line_naming_the_paper_that_printed_a_column(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + HARBOUR_BODY + "\nOpinion in The Lakeview Courier, October 06, 2006\n\nNo comments:\n")
    assert source_of(tmp_path, text) == "The Lakeview Courier"


def test_a_source_field_whose_outlet_slot_is_empty_names_its_writer(tmp_path: Path) -> None:
    text = ("General News\n\n" + HARBOUR_TITLE + HARBOUR_BODY + "\nSource: / Kofi Mensah\n\nRelated Articles\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.source is None
    assert brief.meta.authors == ["Kofi Mensah"]


def test_a_passives_agent_in_a_sentence_is_no_byline(tmp_path: Path) -> None:
    text = (HARBOUR_TITLE + HARBOUR_BODY +
            "\nFounded in 2015 by Caroline Dunmore and David Brett, Core Harbour Logistics has built a strong "
            "position in freight consulting over the past few years, and now plans to grow abroad.\n")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_newsletters_tagline_is_no_title(tmp_path: Path) -> None:
    text = ("HarbourPLUS is your weekly update on all that matters in shipping and ports\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) is None


def test_a_letter_signed_with_initials_via_email(tmp_path: Path) -> None:
    text = ("RE the 20 per cent increase in hospital parking charges, I think this is the first of many increases "
            "that the managers will have to make to pay for the new wing.\n\n"
            "I agree with earlier writers that the rise will hit people on low incomes hardest.\n\n"
            "MR A D GORDON (via email).\n")
    assert drafted(tmp_path, text).meta.authors == ["A D GORDON"]


def test_a_markdown_escape_in_a_headline_comes_off(tmp_path: Path) -> None:
    text = "Harbour gets $86m upgrade\\, minister announces\n\n" + HARBOUR_BODY
    assert found_title(tmp_path, text) == "Harbour gets $86m upgrade, minister announces"
