"""Organisations and places of kinds any unseen page has (stop 31: a30/a31 misses, checked on made-up pages).

Small made-up articles in the shapes news pages use, run end to end through the extractor: one-word companies
by what they publish or report, names kept inside their paragraph, Latin acronyms and department heads in Chinese
copy, generic company words, and countries Chinese writes by one character.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _found(tmp_path: Path, text: str, title: str = "Business news of the week") -> tuple[list[str], list[str]]:
    brief = drafted(tmp_path, f"{title}\n\n{text}\n")
    return [o.name for o in brief.organisations], [p.name for p in brief.places]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a one-word name before what a body publishes: the body's; a day, a people or a common word is none
    ("The number of people in poverty rose by a fifth last year, an Ardenfield report published on Monday found. "
     "A Tolvar poll of 2,000 adults, a Monday statement from the ministry and a British study all agreed.",
     ["Ardenfield", "Tolvar"], ["Monday", "British"]),
    # a period's result is a company's, whatever verb reports it; a person posts no profit
    ("Giant telecommunications company Marovia has recorded a 1.7% drop in net profit for the year to March. "
     "Brenlow posted a 9% gain in revenue in the quarter, while Jane Smith posted a note on her blog about it.",
     ["Marovia", "Brenlow"], ["Jane Smith"]),
])
def test_one_word_companies_by_what_they_publish(tmp_path: Path, text: str, present: list[str],
                                                 absent: list[str]) -> None:
    names = _found(tmp_path, text)[0]
    assert all(n in names for n in present), names
    assert not any(n in names for n in absent), names


def test_a_credit_closing_the_line_above_is_no_first_name(tmp_path: Path) -> None:
    # "Source: Twitter" under a photo, then a subheading opening on the company's name
    text = ("Quorvel reported a 6.8% drop in net profit in the year ending March 2023, the company said on "
            "Thursday.\n\nThe chief executive announced the results. Photo: Source: Twitter\n\nQuorvel dividends\n\n"
            "The board of the telco recommended a final dividend of 0.64 per share, its filing shows.")
    assert "Quorvel" in _found(tmp_path, text)[0]


def test_a_name_ends_at_a_blank_line(tmp_path: Path) -> None:
    # a credit closing the story, then a site's slogan two lines down: two lines, not one body's name
    text = ("Inequality is rising in most countries, a charity said in its annual report on Monday, as leaders "
            "gather for the summit.\n\nSource / More : Brenthall\n\n\nMetal and Gas News Undiluted !!!")
    names = _found(tmp_path, text)[0]
    assert not any("\n" in n or n.startswith("Brenthall ") for n in names), names


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a well-known body's Latin acronym run into Chinese; one defined in brackets is a Chinese name's short form
    ("据WTO最新公布数据,今年前7个月中国出口增长5%。由世界卫生组织(World Health Organization 简称WHO)牵头的专家组"
     "完成了考察,WHO牵头的报告随后发布。", ["WTO", "世界卫生组织"], ["WHO"]),
    # a ministry's department named by its head's title; Hong Kong's Financial Secretary is a title
    ("海关总署新闻发言人、统计分析司司长李魁文表示,前三季度进出口增长2.8%。財政司司長陳茂波表示,預算案將於下月公布。",
     ["统计分析司"], ["財政司"]),
    # 公司 after one common word is what the sentence says of a company, no name; a listed company is none either
    ("本报告期公司营业收入同比上升13.70%,归属上市公司股东净利润1.50亿元,同比增长18.48%。", [],
     ["报告期公司", "上市公司"]),
])
def test_chinese_bodies(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    names = _found(tmp_path, text, title="海关总署:前三季度外贸平稳")[0]
    assert all(n in names for n in present), names
    assert not any(n in names for n in absent), names


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("11月当月,中国对美出口结束14个月的下降,转为增长9.6%,对日、韩等进出口降幅收窄。",
     ["United States", "Japan", "South Korea"], []),
    ("中美关系也存在不确定性。中美洲国家和中日友好医院的代表参加了美好生活论坛,对日常工作作了部署。",
     ["United States"], ["Japan"]),
])
def test_countries_chinese_writes_by_one_character(tmp_path: Path, text: str, present: list[str],
                                                   absent: list[str]) -> None:
    places = _found(tmp_path, text, title="商务部:11月外贸回暖")[1]
    assert all(p in places for p in present), places
    assert not any(p in places for p in absent), places


def test_two_remits_of_one_head_are_one_body(tmp_path: Path) -> None:
    # "and" between a weak word and a head's remit joins one body's remits; two named firms stay two
    text = ("The Tarnland Water and Sewerage Authority said bills would rise 5% from June, while Vell Water and "
            "Northern Utilities said theirs would not.")
    names = _found(tmp_path, text)[0]
    assert "Tarnland Water and Sewerage Authority" in names, names
    assert "Tarnland Water" not in names and "Sewerage Authority" not in names, names


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the federal district as written, one place, not the state of Washington
    ("Those in power in Washington, D.C., rushed in to save the banks, while voters in Ohio paid the bill.",
     ["Washington, D.C.", "Ohio"], ["Washington"]),
    ("Sending tax dollars to D.C. just for D.C. to send them back makes no sense, the governor said.", ["D.C."], []),
    # a city whose official name adds "City" is named without it
    ("Property sales in Cebu rose 12% in the first quarter, while sales in Davao fell 3%.", ["Cebu", "Davao"], []),
])
def test_cities_as_copy_names_them(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _found(tmp_path, text)[1]
    assert all(p in places for p in present), places
    assert not any(p in places for p in absent), places


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a country named only inside a body's name is the page's country: its regions count
    ("Exports from Sarawak rose 8%, while Johor saw gains of 5%, the Department of Statistics Malaysia said on "
     "Friday.", ["Sarawak", "Johor"], ["Malaysia"]),
    # "Greater Accra" is a region of its own, not the city with its suburbs
    ("Greater Accra recorded inflation of 6%, while the Volta region saw 8%, the Ghana Statistical Service said.",
     ["Greater Accra"], ["Accra"]),
])
def test_regions_of_the_page(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    places = _found(tmp_path, text)[1]
    assert all(p in places for p in present), places
    assert not any(p in places for p in absent), places


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an ampersand joins a ministry's remits as "and" does
    ("The Ministry of Culture & Tourism said arrivals rose 12% this year.", ["Ministry of Culture & Tourism"],
     ["Ministry of Culture", "Culture & Tourism"]),
    # a ministry's remits listed on with "and", however many: one body
    ("Rs. 290.2 billion goes to the Ministry of Internal & Home Affairs and Provincial Councils and Local Government, "
     "officials said on Tuesday.", ["Ministry of Internal & Home Affairs and Provincial Councils and Local Government"],
     ["Ministry of Internal", "Internal & Home Affairs"]),
])
def test_a_ministry_with_its_remits(tmp_path: Path, text: str, present: list[str], absent: list[str]) -> None:
    names = _found(tmp_path, text)[0]
    assert all(n in names for n in present), names
    assert not any(n in names for n in absent), names


def test_teasers_after_the_story_name_no_bodies_or_places(tmp_path: Path) -> None:
    # link titles cut short after the story ("…"): other stories', whose bodies and towns are not this one's
    story = "\n\n".join(f"The Tarnwell Water Board said bills would rise by {n}% in the {w} quarter, as costs grew."
                        for n, w in ((3, "first"), (4, "second"), (5, "third"), (6, "fourth")))
    text = (f"{story}\n\nFollow us on:\n\n"
            "Quellbrook Mining Corporation will cut 300 jobs at its copper mine in Kitwe, sources at the…\n\n"
            "Farmers in Ndola are counting the cost of the worst drought in forty years, and the…\n\n"
            "A court in Mzuzu has ordered the arrest of the head of the Vell Grain Company over unpaid…")
    names, places = _found(tmp_path, text)
    assert "Tarnwell Water Board" in names, names
    assert not any(n.startswith(("Quellbrook", "Vell")) for n in names), names
    assert not any(p in places for p in ("Kitwe", "Ndola", "Mzuzu")), places


def test_a_county_whose_name_opens_on_a_generic_character(tmp_path: Path) -> None:
    # 新洲区 and 新都区 are districts' names; 该地区 and 市郊区 point at an area and name none
    text = ("今年1-4月,新洲区引进工业项目12个,协议投资86亿元;新都区签约项目9个。该地区和市郊区的项目也在推进。")
    places = _found(tmp_path, text, title="一季度招商引资成绩单")[1]
    assert "Xinzhou" in places and "Xindu" in places, places
    assert not any(p.startswith(("Gaidi", "Shijiao")) for p in places), places


def test_a_lede_opening_in_capitals_names_no_body(tmp_path: Path) -> None:
    text = ("PRIVATE-SECTOR economists expect the Monetary Authority of Singapore to leave its policy unchanged at "
            "the next meeting in April, even as prices rise.")
    names = _found(tmp_path, text)[0]
    assert "Monetary Authority of Singapore" in names and "PRIVATE-SECTOR" not in names, names


def test_a_chinese_name_ends_at_the_sentence_break(tmp_path: Path) -> None:
    # "…设备业务。国家电网公司表示": the run of nouns before the full stop is no part of the company's name, and the
    # power grid as a common noun ("智能电网") is no website
    text = "报告期内,长园集团继续推进新材料和智能电网设备业务。国家电网公司表示,南方电网也将加大投资。"
    names = _found(tmp_path, text, title="长园集团上半年业绩")[0]
    assert "国家电网公司" in names and "长园集团" in names, names
    assert not any(n.endswith("电网") and n != "南方电网" for n in names), names
    assert not any("业务" in n for n in names), names
