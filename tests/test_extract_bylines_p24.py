"""Writers and editors in the byline forms news sites print, through real extraction.

Each case is a small made-up page: a byline beside the page's stamp or reading time, a verb
other than "By", a name and town under the title, a name alone above it, a desk or the wires
named as the writer (no person), a photographer's credit (no writer), a closing credit and
contact line, and the Chinese 撰稿 label and a writer's name alone under a Chinese title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import givennames
from conftest import extracted

TITLE = "Council passes budget after long debate\n\n"
BODY = ("The council approved a new budget on Tuesday after weeks of debate over road repairs and school funding.\n\n"
        "Officials said the plan raises spending by 4 percent and keeps taxes flat for homeowners next year.\n")
ZH_TITLE = "市议会通过新预算\n\n"
ZH_BODY = ("市议会周二通过了新的预算方案，增加道路维修和学校经费。\n\n"
           "官员表示，该计划将支出提高4%，明年房主税收保持不变。\n")


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, "page.txt")


@pytest.mark.parametrize("line", [
    "Maria Lopez 3 hours ago",
    "By Maria Lopez Published: March 5, 2024",
    "Story by Maria Lopez",
    "Words by Maria Lopez",
    "Maria Lopez, Springfield",
])
def test_a_byline_in_a_sites_form(tmp_path: Path, line: str) -> None:
    brief, _ = _extract(tmp_path, TITLE + line + "\nMarch 5, 2024\n\n" + BODY)
    assert brief.meta.authors == ["Maria Lopez"]
    assert brief.meta.title == TITLE.strip()


def test_a_name_alone_above_the_title_is_a_weak_byline(tmp_path: Path) -> None:
    brief, warnings = _extract(tmp_path, "Maria Lopez\n\n" + TITLE + "March 5, 2024\n\n" + BODY)
    assert brief.meta.authors == ["Maria Lopez"]
    assert any("meta.authors is a guess" in w for w in warnings)
    brief, _ = _extract(tmp_path, "Springfield Council\n\n" + TITLE + "March 5, 2024\n\n" + BODY)
    assert brief.meta.authors == []  # a heading, not a person


@pytest.mark.parametrize("line", ["By Agencies", "By Our Correspondent", "Thomas Miller Photo"])
def test_a_desk_or_a_photo_credit_is_no_writer(tmp_path: Path, line: str) -> None:
    brief, _ = _extract(tmp_path, TITLE + line + "\nMarch 5, 2024\n\n" + BODY)
    assert brief.meta.authors == []


@pytest.mark.parametrize(("line", "source"), [
    ("By Maria Lopez (Reuters)", "Reuters"),
    ("By Maria Lopez\nBBC News, Washington", "BBC News"),
])
def test_the_outlet_beside_a_byline(tmp_path: Path, line: str, source: str) -> None:
    brief, _ = _extract(tmp_path, TITLE + line + "\nMarch 5, 2024\n\n" + BODY)
    assert brief.meta.authors == ["Maria Lopez"]
    assert brief.meta.source == source


def test_closing_credit_and_contact_lines(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, TITLE + "March 5, 2024\n\n" + BODY + "\n— Maria Lopez, The Springfield Herald\n")
    assert (brief.meta.authors, brief.meta.source) == (["Maria Lopez"], "The Springfield Herald")
    brief, _ = _extract(tmp_path, TITLE + "March 5, 2024\n\n" + BODY
                        + "\nContact Maria Lopez at mlopez@example.com.\n")
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_closing_line_that_names_no_person_is_no_signature(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, TITLE + "March 5, 2024\n\n" + BODY + "\nHarbor Lights\n")
    assert brief.meta.authors == []


def test_chinese_writer_label_and_a_name_under_the_title(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, ZH_TITLE + "2024年3月5日\n\n撰稿：李明 编辑：王芳\n\n" + ZH_BODY)
    assert (brief.meta.authors, brief.meta.editors) == (["李明"], ["王芳"])
    brief, _ = _extract(tmp_path, ZH_TITLE + "王晓晖\n\n" + ZH_BODY)
    assert brief.meta.authors == ["王晓晖"]


def test_given_names_tell_a_person_from_a_heading() -> None:
    assert givennames.reads_as_person("Maria Q. Lopez") and givennames.reads_as_person("Priya Raman")
    assert not givennames.reads_as_person("Council Votes") and not givennames.reads_as_person("Will Rise")
    assert givennames.is_chinese_name("欧阳修") and not givennames.is_chinese_name("市议会")


def test_credits_glued_to_a_reuters_pages_standards_line(tmp_path: Path) -> None:
    closing = ("Reporting by Maria Lopez; Writing by Tom Becker; Editing by Ann WuOur Standards: "
               "The Thomson Reuters Trust Principles.")
    brief, _ = _extract(tmp_path, TITLE + "March 5, 2024\n\n" + BODY + "\n" + closing + "\n")
    assert (brief.meta.authors, brief.meta.editors) == (["Maria Lopez", "Tom Becker"], ["Ann Wu"])


def test_chinese_writer_and_photographer_and_a_closing_editor_note(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, ZH_TITLE + "2024年3月5日\n\n文/图 李明\n\n" + ZH_BODY)
    assert brief.meta.authors == ["李明"]
    brief, _ = _extract(tmp_path, ZH_TITLE + "2024年3月5日\n\n" + ZH_BODY.rstrip() + "（编辑 王芳）\n")
    assert brief.meta.editors == ["王芳"]


@pytest.mark.parametrize("head", [
    "De Beers Cuts Diamond Prices Again\n\n",
    "Council passes budget after long debate\n\nBy Tuesday, the council will vote on the final plan\n",
    "Council passes budget after long debate\n\nBy End Of Year, Roads Will Be Fixed\n",
])
def test_a_clause_or_headline_opened_by_by_or_de_is_no_byline(tmp_path: Path, head: str) -> None:
    brief, _ = _extract(tmp_path, head + "March 5, 2024\n\n" + BODY)
    assert brief.meta.authors == []


def test_a_writer_and_the_city_they_filed_from(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, TITLE + "Maria Lopez in Washington\nTue 5 Mar 2024 09.30 GMT\n\n" + BODY)
    assert brief.meta.authors == ["Maria Lopez"]
    assert brief.meta.title == TITLE.strip()


@pytest.mark.parametrize(("line", "authors"), [
    ("财新记者 李明 王芳", ["李明", "王芳"]),
    ("第一财经记者 李明", ["李明"]),
    ("記者 李明／台北報導", ["李明"]),
])
def test_chinese_reporter_lines_of_any_outlet(tmp_path: Path, line: str, authors: list[str]) -> None:
    brief, _ = _extract(tmp_path, ZH_TITLE + "2024年3月5日\n\n" + line + "\n\n" + ZH_BODY)
    assert brief.meta.authors == authors


def test_chinese_names_alone_between_title_and_date(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, ZH_TITLE + "李明 王芳\n\n2024年3月5日\n\n" + ZH_BODY)
    assert (brief.meta.title, brief.meta.authors) == (ZH_TITLE.strip(), ["李明", "王芳"])


def test_an_analysis_or_opinion_credit_with_its_outlet(tmp_path: Path) -> None:
    stamp = "Updated 10:21 AM EST, Tue March 5, 2024"
    brief, _ = _extract(tmp_path, TITLE + "Analysis by Maria Lopez, CNN\n" + stamp + "\n\n" + BODY)
    assert (brief.meta.authors, brief.meta.source) == (["Maria Lopez"], "CNN")


@pytest.mark.parametrize(("text", "authors"), [
    (" date 2023-01-23 Maria Lopez\n\n" + BODY, ["Maria Lopez"]),
    (TITLE + "Jeff Chiu/AP\n\n" + BODY, []),
    ("ROTTERDAM, Netherlands, March 4, 2024\n\n" + TITLE + BODY, []),
    ("HOW TO USE CARBON TAX REVENUES\n\nDonald B. Marron and Adele C. Morris\n\nFebruary 2016\n\n" + BODY,
     ["Donald B. Marron", "Adele C. Morris"]),
])
def test_a_name_beside_a_date_a_photo_credit_and_two_writers(tmp_path: Path, text: str,
                                                             authors: list[str]) -> None:
    assert _extract(tmp_path, text)[0].meta.authors == authors


@pytest.mark.parametrize(("text", "authors"), [
    ("人民网合肥7月17日电 (胡雨松)今天下午，安徽省政府新闻办召开新闻发布会。\n\n" + ZH_BODY, ["胡雨松"]),
    (ZH_BODY.rstrip() + "(王希、王洪江)\n", ["王希", "王洪江"]),
])
def test_chinese_reporters_named_without_the_word_reporter(tmp_path: Path, text: str, authors: list[str]) -> None:
    assert _extract(tmp_path, ZH_TITLE + "2024年3月5日\n\n" + text)[0].meta.authors == authors
