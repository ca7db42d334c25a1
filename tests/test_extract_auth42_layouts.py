"""Writers in byline layouts that many sites share, each a small made-up page extracted end to end.

The layouts: a Chinese lead opening on the reporter's credit ("本报讯 记者王晓明报道:"), a Chinese reporter line
alone under the title with a correspondent after the reporter ("记者 王晓明 通讯员 李华"), the reporter's name and
where they filed from ("王晓明 宁波报道"); an English name with a Malay or Arabic particle ("binti", "bin"); a
writer's label whose value runs on into the page's next field ("Written by: Jane Doe Published: …").  And lines
that name no writer: a place or a body before a filing word ("高新区 宁波报道").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract import bylinenames, bylines_zh
from briefkit.extract.authorfilter import name_alone

BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n\n"
        "Container traffic was the strongest part of the rise, with shipping lines adding calls at the terminal.\n\n"
        "Officials expect the growth to continue through the spring as two new cranes enter service.\n")
ZH_TITLE = "二月港口货运量增长\n\n"
ZH_BODY = "二月份港口货运量增长12%,港务局周一表示。\n\n集装箱运输增长最为强劲,航运公司增加了航班。\n"


def _authors(tmp_path: Path, text: str) -> list[str]:
    return extracted(tmp_path, text)[0].meta.authors


@pytest.mark.parametrize("lead", [
    "本报讯 记者王晓明报道:二月份港口货运量增长12%,港务局周一表示。",
    "經濟日報訊 記者王曉明報道:二月份港口貨運量增長12%,港務局週一表示。",
    "宁波日报讯 记者 王晓明 李华 报道：二月份港口货运量增长12%,港务局周一表示。",
])
def test_a_lead_opening_on_the_reporters_credit(tmp_path: Path, lead: str) -> None:
    text = ZH_TITLE + lead + "\n\n集装箱运输增长最为强劲,航运公司增加了航班。\n"
    expected = bylines_zh.reporters(lead)
    assert expected and _authors(tmp_path, text) == expected


def test_the_leads_credit_needs_its_reporter_word_and_filing_word() -> None:
    assert bylines_zh.reporters("本报讯 日前从市统计局获悉,二月份港口货运量增长12%。") == []
    assert bylines_zh.reporters("本报讯 记者从市统计局获悉,二月份港口货运量增长12%。") == []
    assert bylines_zh.reporters("港城新闻网记者特别报道:二月份港口货运量增长12%。") == []  # a special report, no one


@pytest.mark.parametrize("line", ["记者 王晓明 通讯员 李华", "(记者 王晓明 实习生 李华)"])
def test_a_reporter_line_alone_under_the_title_leaves_out_its_correspondent(tmp_path: Path, line: str) -> None:
    assert _authors(tmp_path, ZH_TITLE + line + "\n\n" + ZH_BODY) == ["王晓明"]


def test_a_reporters_name_and_where_they_filed_from(tmp_path: Path) -> None:
    assert _authors(tmp_path, ZH_TITLE + "王晓明 宁波报道\n\n" + ZH_BODY) == ["王晓明"]
    assert bylines_zh.reporters("張三 李四 台北報導") == ["張三", "李四"]


@pytest.mark.parametrize("line", ["高新区 宁波报道", "新华社 综合报道"])
def test_a_place_or_body_before_the_filing_word_is_no_reporter(line: str) -> None:
    assert bylines_zh.reporters(line) == []


@pytest.mark.parametrize("name", ["Siti Aminah binti Yusof", "Ahmad bin Ismail", "Pieter ter Horst"])
def test_a_particle_inside_the_name_stays_in_it(tmp_path: Path, name: str) -> None:
    assert _authors(tmp_path, "Port freight rises in February\n\nBy " + name + "\n\n" + BODY) == [name]


def test_a_writers_label_run_into_the_next_field(tmp_path: Path) -> None:
    text = "Port freight rises in February\n\nWritten by: Margaret Wilson Published: March 4, 2024\n\n" + BODY
    assert _authors(tmp_path, text) == ["Margaret Wilson"]


def test_the_next_field_is_cut_only_where_a_colon_shows_one() -> None:
    assert name_alone("Margaret Wilson Updated: 5 March") == "Margaret Wilson"
    assert name_alone("Margaret Wilson Date: 5 March") == "Margaret Wilson"
    assert name_alone("Margaret Wilson") == "Margaret Wilson"
    assert name_alone("Josh Willie MP") == "Josh Willie"


@pytest.mark.parametrize(("line", "people"), [
    ("Margaret Wilson and Odhiambo Wekesa", ["Margaret Wilson", "Odhiambo Wekesa"]),
    ("Odhiambo Wekesa, Margaret Wilson", ["Odhiambo Wekesa", "Margaret Wilson"]),
    ("Odhiambo Wekesa / Margaret Wilson", ["Odhiambo Wekesa", "Margaret Wilson"]),
    ("Trade and Industry", []),
    ("Sales, Marketing and Finance", []),
    ("Margaret Wilson, Springfield", []),
    ("Margaret Wilson and Port Elizabeth", []),
])
def test_a_line_of_names_needs_one_known_given_name_and_each_a_persons_shape(line: str, people: list[str]) -> None:
    assert bylinenames.people_line(line) == people


def test_two_writers_alone_under_the_title_one_name_unlisted(tmp_path: Path) -> None:
    text = "Port freight rises in February\n\nMargaret Wilson and Odhiambo Wekesa\n\n" + BODY
    assert _authors(tmp_path, text) == ["Margaret Wilson", "Odhiambo Wekesa"]


@pytest.mark.parametrize(("line", "name"), [
    ("By Margaret Wilson Reuters", "Margaret Wilson"),
    ("By Margaret Wilson Associated Press", "Margaret Wilson"),
    ("BY MARGARET WILSON AFP", "Margaret Wilson"),
    ("By Michael Bloomberg", "Michael Bloomberg"),
])
def test_a_wire_agency_after_the_name_is_no_part_of_it(tmp_path: Path, line: str, name: str) -> None:
    assert _authors(tmp_path, "Port freight rises in February\n\n" + line + "\n\n" + BODY) == [name]


def test_two_editors_in_a_closing_note_are_two(tmp_path: Path) -> None:
    text = ZH_TITLE + "记者 王晓明\n\n" + ZH_BODY + "\n（责任编辑：李华、张三）\n"
    assert extracted(tmp_path, text)[0].meta.editors == ["李华", "张三"]


@pytest.mark.parametrize(("line", "name"), [
    ("Margaret WilsonNewsWire", "Margaret Wilson"),
    ("Margaret WilsonIsle of Man", "Margaret Wilson"),
    ("Read MoreNews", None),
    ("Tom BakerPolitics", None),
    ("Margaret Wilson", None),
])
def test_a_name_run_into_the_outlet_or_place_beside_it(line: str, name: str | None) -> None:
    assert bylinenames.glued_credit(line) == name


def test_a_glued_byline_under_the_title(tmp_path: Path) -> None:
    text = "Port freight rises in February\n\nMargaret WilsonNewsWire\n\n" + BODY
    assert _authors(tmp_path, text) == ["Margaret Wilson"]


@pytest.mark.parametrize("line", ["Dear Margaret Wilson,", "Meet Margaret Wilson", "Chief Executive Margaret Wilson"])
def test_a_salutation_a_profiles_heading_or_an_office_under_the_title_is_no_byline(tmp_path: Path, line: str) -> None:
    assert _authors(tmp_path, "Port freight rises in February\n\n" + line + "\n\n" + BODY) == []


def test_an_office_in_a_credit_form_still_gives_its_holder(tmp_path: Path) -> None:
    text = "Port freight rises in February\n\nby Executive Director Margaret Wilson\n\n" + BODY
    assert _authors(tmp_path, text) == ["Margaret Wilson"]
