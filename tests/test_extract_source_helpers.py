"""Names a page prints without crediting them as its source: a contribution note's helpers ("Reuters contributed
to this report"), a photo caption's agency over the story's dateline lead, and a Chinese 来源 label naming an
institute, which stands against the lead's own "X网讯".

Each page is made up, in the form of its kind (none is a copy of a corpus page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article
from briefkit.extract.sourcehelpers import caption_credit, contribution_note, helper_only, institution_zh

STORY = ("The central bank raised its main lending rate by a quarter point on Tuesday, its ninth rise in a row.\n\n"
         "Officials said price pressures remained elevated and signalled that more increases were likely.\n\n"
         "Most economists had expected the move, and stock markets barely changed after the announcement.\n\n")


def _extract(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    brief, _ = extract_article(path)
    return brief.meta.source


@pytest.mark.parametrize("line", [
    "Reuters contributed to this report.",
    "Some information for this report provided by Bloomberg, AP and AFP.",
    "Information from The Associated Press was used in this report.",
    "Jane Doe contributed reporting.",
])
def test_a_contribution_note_names_helpers(line: str) -> None:
    assert contribution_note(line)


@pytest.mark.parametrize("line", [
    "(With inputs from PTI)",
    "Reuters reported on Monday that the bank would raise rates.",
    "Source: Reuters",
])
def test_a_credit_or_a_report_is_no_contribution_note(line: str) -> None:
    assert not contribution_note(line)


def test_a_name_also_printed_outside_the_note_is_not_a_helper_only() -> None:
    assert helper_only("Reuters", ["Rates rise", "Reuters contributed to this report."])
    assert not helper_only("Reuters", ["LONDON (Reuters) - Rates rose.", "Reuters contributed to this report."])
    assert not helper_only("Reuters", ["Rates rise"])


@pytest.mark.parametrize("note", [
    "Some information for this report provided by Bloomberg, AP, AFP and Reuters.",
    "Reuters contributed to this report.",
])
def test_a_closing_contribution_note_gives_no_source(tmp_path: Path, note: str) -> None:
    assert _extract(tmp_path, "Bank lifts rates again\n\n" + STORY + note + "\n") is None


CAPTION = ("Cranes move containers at a port in Qingdao, in eastern Shandong province, as shipments abroad prop up "
           "the economy. AFP")
LEAD = ("BEIJING – China's exports grew 6.2 percent in May from a year earlier, customs figures showed on Friday, "
        "beating forecasts as factories shipped more cars and electronics to Southeast Asia.")


def test_a_caption_over_a_dateline_lead_credits_the_picture() -> None:
    assert caption_credit(CAPTION, LEAD)
    assert not caption_credit(CAPTION, "Imports slipped 1.1 percent in the month.")  # no lead after it
    # a standfirst repeating the lead, with its wire glued on, is the story's own credit
    assert not caption_credit("Lakeview Mining says it will buy back a third of its shares.Canadian Press",
                              "TORONTO — Lakeview Mining says it will buy back a third of its shares, worth $2 "
                              "billion, through a tender offer.")


def test_a_caption_agency_over_the_lead_gives_no_source(tmp_path: Path) -> None:
    text = (f"China's exports climb for a third month\n\nBy Maria Santos\n\nTrade figures\n\n"
            "Beijing's trade data come as officials weigh new support for manufacturers.\n\n"
            f"{CAPTION}\n\n{LEAD}\n\n"
            "Imports slipped 1.1 percent, leaving a trade surplus of $82 billion, the customs office said.\n\n"
            "Analysts said demand from Europe remained weak and warned that tariffs could weigh on shipments.\n")
    assert _extract(tmp_path, text) is None


def test_a_story_closing_on_its_agency_still_credits_it(tmp_path: Path) -> None:
    text = "Bank lifts rates again\n\n" + STORY + "Markets in Asia were mixed on Wednesday morning. AFP\n"
    assert _extract(tmp_path, text) == "AFP"


@pytest.mark.parametrize(("value", "expected"), [
    ("中商产业研究院", True), ("中国汽车工业协会", True), ("彩神882024", False), ("科研处", False), ("新华网", False),
])
def test_a_chinese_institution_name(value: str, expected: bool) -> None:
    assert institution_zh(value) is expected


def test_a_labelled_institute_stands_against_the_leads_own_site(tmp_path: Path) -> None:
    text = ("今年夏粮产量稳中略减\n\n来源:湖滨产业研究院 发布日期:2023-07-17 09:52\n\n"
            "湖滨情报网讯:今年以来,各地严格落实耕地保护责任,全力保障夏粮生产,夏粮总产量比上年减少0.9%。\n\n"
            "数据来源:国家统计局、湖滨产业研究院整理\n\n"
            "从各省情况看,主产区产量保持稳定,部分地区受天气影响有所减产。\n")
    assert _extract(tmp_path, text) == "湖滨产业研究院"
