"""Source labels read with care: a wire's initials in small letters, a scope's section beside a date, a
publicity department, a teaser's own label under "Related posts", a picture's or a figure's provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import sourcedecide
from briefkit.extract.credits import section_label
from briefkit.extract.credits_zh import issuing_body
from conftest import HARBOUR_BODY, HARBOUR_TITLE, source_of


def test_a_wires_initials_in_small_letters_name_the_wire(tmp_path: Path) -> None:
    # "MAP" counts as the agency only in capitals (it is a word too), but a source label's value is a credit
    assert source_of(tmp_path, HARBOUR_TITLE + HARBOUR_BODY + "\nSource: map\n") == "MAP"


def test_cased_agency_leaves_other_values() -> None:
    assert sourcedecide.cased_agency("ana") == "ANA"
    assert sourcedecide.cased_agency("harbourwatch") == "harbourwatch"  # no agency's initials: as written
    assert sourcedecide.cased_agency("Map") == "Map"  # a capital already: the label's value as the page wrote it


def test_a_scope_section_beside_the_date_names_no_outlet(tmp_path: Path) -> None:
    text = "Jan 24, 2024 | Nationwide News\n\n" + HARBOUR_TITLE + HARBOUR_BODY
    assert source_of(tmp_path, text) is None
    assert section_label("Statewide News")
    assert section_label("Regional News")
    assert not section_label("Harbour Regional Ledger")


def test_a_publicity_department_alone_names_no_outlet() -> None:
    assert issuing_body("宣传部") is None
    assert issuing_body("党委宣传部") is None
    assert issuing_body("外交部") == "外交部"  # a ministry, no section of a body


RELATED = ("\nRelated posts\n\nPort strike ends\n\nJane Doe\n\nCranes arrive on time\n\nSource: Lakeview Times\n\n"
           "New ferry for the bay\n\nJohn Roe\n")


def test_a_source_line_among_related_posts_is_a_teasers(tmp_path: Path) -> None:
    assert source_of(tmp_path, HARBOUR_TITLE + HARBOUR_BODY + RELATED) is None
    # the story's own label before the list still counts
    text = HARBOUR_TITLE + HARBOUR_BODY + "\nSource: Harbour Ledger\n" + RELATED
    assert source_of(tmp_path, text) == "Harbour Ledger"


@pytest.mark.parametrize("value", ["Supplied", "Handout", "File photo", "Screenshot", "Unsplash", "Getty Images",
                                   "Own research", "Authors' calculations", "Company reports", "IMF staff estimates",
                                   "Social media", "Various", "Staff report", "Twitter/X", "X", "Official website"])
def test_a_provenance_or_a_kind_of_source_names_no_outlet(tmp_path: Path, value: str) -> None:
    assert source_of(tmp_path, HARBOUR_TITLE + HARBOUR_BODY + f"\nSource: {value}\n") is None


def test_provenance_words_leave_outlets_alone() -> None:
    from briefkit.extract.sourcevalues import provenance_only

    for name in ("AIM Reports", "The Wire", "The Reporter", "Harbour Data", "Lakeview Times", "新华社"):
        assert not provenance_only(name)


def test_a_media_word_after_the_headline_names_no_site(tmp_path: Path) -> None:
    for word in ("Watch", "Podcast"):
        assert source_of(tmp_path, f"Harbour freight climbs in spring | {word}\n\n" + HARBOUR_BODY) is None


@pytest.mark.parametrize("value", ["Harbour Board press release", "Harbour Board (press release)",
                                   "Press release from Harbour Board", "Harbour Board's website",
                                   "Harbour Board Facebook page"])
def test_the_medium_beside_a_body_is_no_part_of_its_name(tmp_path: Path, value: str) -> None:
    assert source_of(tmp_path, HARBOUR_TITLE + HARBOUR_BODY + f"\nSource: {value}\n") == "Harbour Board"


def test_agencies_beside_a_site_are_no_part_of_its_name(tmp_path: Path) -> None:
    text = HARBOUR_TITLE + HARBOUR_BODY + "\nSource: Lakeview Times & agencies\n"
    assert source_of(tmp_path, text) == "Lakeview Times"


def test_unmedium_keeps_a_name_the_medium_word_ends_in_capitals() -> None:
    from briefkit.extract.sourcevalues import unmedium

    assert unmedium("The Asia Newsletter") == "The Asia Newsletter"
    assert unmedium("Press release") == "Press release"  # the medium alone: left to the other tests
    assert unmedium("Lakeview Times newsletter") == "Lakeview Times"


def test_a_community_section_beside_the_date_names_no_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, "April 7, 2025 | Community\n\n" + HARBOUR_TITLE + HARBOUR_BODY) is None
