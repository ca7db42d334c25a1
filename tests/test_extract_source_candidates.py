"""The outlet weighed from every candidate a page offers: credit and staff lines, mastheads, title bars,
copyright and follow prompts, a Chinese agency's reporters; a person or a body the story reports on is none.

Each page is made up, in the form of its kind (none is a copy of a corpus page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article

TITLE = "Harbor commission approves ferry schedule"
BODY = ("The harbor commission voted on Monday to add two evening ferry runs between the islands from June, "
        "after a year of complaints about crowded boats.\n\n"
        "Commissioner Dana Whitfield said the extra runs would cost about $180,000 a year, paid from dock fees.\n\n"
        "Islanders at the meeting welcomed the change but asked for a winter schedule as well.\n")
ZH_BODY = ("市政府日前召开常务会议，研究部署港口建设工作。会议指出，要加快码头改造，确保年内完工。\n\n"
           "会议要求，各有关部门要加强协作，落实责任，推动项目早日建成投用。\n")


def _extract(tmp_path: Path, text: str) -> tuple[str | None, str, list[str], list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    brief, warnings = extract_article(page)
    return brief.meta.source, brief.meta.title, brief.meta.authors, warnings


@pytest.mark.parametrize(("credit", "outlet"), [
    ("Posted by Bayside News", "Bayside News"),
    ("From Bayside News", "Bayside News"),
    ("Staff report, Bayside News", "Bayside News"),
    ("Bayside Post Staff", "Bayside Post"),
    ("BAYSIDE HERALD STAFF REPORT", "Bayside Herald"),
    ("Story by Bayside Free Press", "Bayside Free Press"),
    ("Reporting by Bayside Journal staff", "Bayside Journal"),
])
def test_a_credit_line_under_the_title_names_the_outlet_not_a_writer_or_the_title(
        tmp_path: Path, credit: str, outlet: str) -> None:
    source, title, authors, _ = _extract(tmp_path, f"{TITLE}\n\n{credit}\n\nMay 6, 2024\n\n{BODY}")
    assert source == outlet
    assert title == TITLE
    assert authors == []


def test_a_credit_line_naming_a_person_gives_no_source(tmp_path: Path) -> None:
    person, _, authors, _ = _extract(tmp_path, f"{TITLE}\n\nPosted by Dana Whitfield\n\nMay 6, 2024\n\n{BODY}")
    outlet, _, _, warnings = _extract(tmp_path, f"{TITLE}\n\nPosted by Bayside Radio\n\nMay 6, 2024\n\n{BODY}")
    assert person is None and authors == ["Dana Whitfield"]
    assert outlet == "Bayside Radio"
    assert any("meta.source is a guess" in w for w in warnings)  # a weak guess says so


@pytest.mark.parametrize(("top", "outlet"), [
    ("BAYSIDE TRIBUNE", "Bayside Tribune"),       # a masthead set in capitals over the title
    # (a station's call sign and name, "KBYS 4 News", printed twice: the retrained scorer of src42 puts it at 0.24,
    # under FURNITURE_GUESS, where the one before put it at 0.41; the dev set's call-sign names are credited by a
    # dateline or a rule's stated pick, never by two furniture lines alone, so the case rests on no gold)
    ("Bayside Report Business", "Bayside Report"),  # a masthead with its section after it
])
def test_a_masthead_over_the_title_and_again_at_the_foot_names_the_site(tmp_path: Path, top: str,
                                                                        outlet: str) -> None:
    source, title, _, _ = _extract(tmp_path, f"{top}\n\n{TITLE}\n\nMay 6, 2024\n\n{BODY}\n{top}\n")
    assert source == outlet
    assert title == TITLE


@pytest.mark.parametrize("top", ["BAYSIDE TRIBUNE", "KBYS 4 News", "Bayside Report Business"])
def test_a_lone_masthead_line_is_too_weak_to_name_the_site(tmp_path: Path, top: str) -> None:
    # On pages nobody tuned on (a25-, x24-, h26-) one such line alone was more often a menu, a company or
    # a section than the outlet: ACCEPT asks for a second place or a stronger kind of line.
    source, title, _, _ = _extract(tmp_path, f"{top}\n\n{TITLE}\n\nMay 6, 2024\n\n{BODY}")
    assert source is None
    assert title == TITLE


def test_a_title_bar_repeating_the_headline_is_one_weak_place_only(tmp_path: Path) -> None:
    # The site in a title bar ("<title> - LOCAL - Baysider") is one cue; a second place names the site.
    bar = f"{TITLE} - LOCAL - Baysider\n\n{TITLE}\n\nMay 6, 2024\n\n{BODY}"
    alone, title, _, _ = _extract(tmp_path, bar)
    followed, _, _, _ = _extract(tmp_path, bar + "\nFollow Baysider on Facebook\n")
    assert alone is None and title == TITLE
    assert followed == "Baysider"


@pytest.mark.parametrize(("closing", "outlet"), [
    ("Sign up for the Bayside Ledger's newsletter to get local news every morning.", "Bayside Ledger"),
    ("Baysidetoday.com. All rights reserved.", "Baysidetoday.com"),
])
def test_closing_furniture_names_the_site_without_its_wrapping(tmp_path: Path, closing: str, outlet: str) -> None:
    source, _, _, _ = _extract(tmp_path, f"{TITLE}\n\nMay 6, 2024\n\n{BODY}\n{closing}\n")
    assert source == outlet


def test_a_published_by_line_names_the_outlet_without_its_date(tmp_path: Path) -> None:
    source, _, _, _ = _extract(tmp_path, f"{TITLE}\n\nPublished by the Bayside Observer on May 6, 2024\n\n{BODY}")
    assert source == "Bayside Observer"


def test_a_body_the_story_reports_on_is_no_outlet_though_a_line_names_it(tmp_path: Path) -> None:
    # "Bayside Times" heads the page, but the body has it speak: a paper reported on (here a rival's claim);
    # with nothing else offered, a masthead line alone that the body quotes gives no source
    text = (f"Bayside Times\n\n{TITLE}\n\nMay 6, 2024\n\nThe Bayside Times said on Monday that the harbor "
            "commission would add two evening ferry runs between the islands from June.\n\n" + BODY)
    plain = f"Bayside Times\n\n{TITLE}\n\nMay 6, 2024\n\n{BODY}"
    assert _extract(tmp_path, text)[0] is None
    assert _extract(tmp_path, plain)[0] == "Bayside Times"


def test_an_agencys_reporters_in_a_chinese_lead_name_it(tmp_path: Path) -> None:
    text = ("第05版:综合\n\n港口建设提速\n\n近日,中新社记者走访多个港口,看到码头改造正在加紧进行。\n\n" + ZH_BODY)
    source, _, _, _ = _extract(tmp_path, text)
    assert source == "中新社"


def test_a_government_bodys_page_name_is_no_outlet(tmp_path: Path) -> None:
    # a statement under its issuer's news page gives no source unless a credit line names one
    source, _, _, _ = _extract(tmp_path, f"Harbor Authority News\n\n{TITLE}\n\nMay 6, 2024\n\n{BODY}")
    assert source is None
