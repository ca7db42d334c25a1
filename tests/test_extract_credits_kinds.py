"""Kinds of outlet and writer credits that pages nobody tuned on use, through real extraction.

Each case is a small made-up article in one credit form common across sites (not a copy of a corpus
page): an outlet passed on in prose by a blog or radio item, a release's issuing body, copyright notices
with the year after the holder, a site's own furniture, Chinese reporter notes below page furniture, run-in
source labels and issuing units.  Each is written to a file and extracted end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

BODY = ("The city council approved a budget of $12 million on Tuesday, raising spending on roads and parks. "
        "Officials said the plan would add 40 jobs over two years.\n\n"
        "The mayor said the vote was a good day for residents. Critics said taxes would rise by 3 percent.\n\n"
        "A final vote is due in March, when the council meets again to review the plan in detail.\n")
TITLE = "Council passes budget\n\n"
ZH_BODY = "市议会周二通过了1200万元的预算。官员表示该计划将增加40个就业岗位。\n\n市长表示这是好日子。\n"


@pytest.mark.parametrize(("text", "source"), [
    # a blog passing on another outlet's story names it in prose, at the top or in a closing pointer
    (TITLE + "Riverside Gazette reports\n\n" + BODY, "Riverside Gazette"),
    (TITLE + BODY + "\nRead the full story in the Lakeside Ledger.\n", "Lakeside Ledger"),
    (TITLE + BODY + "\nFor the full story, read this week's Hill Country Journal.\n", "Hill Country Journal"),
    # an outlet in the byline's place, with its date
    (TITLE + "By Prairie Valley News on March 4, 2020.\n\n" + BODY, "Prairie Valley News"),
    # a wire agency in the writer's field credits the agency
    (TITLE + "Author: AAP\n\n" + BODY, "AAP"),
    # notices: the year after the holder, what the notice covers before it, a republishing or producing note
    (TITLE + BODY + "\nCopyright © The Valley Times 2024\n", "The Valley Times"),
    (TITLE + BODY + "\nAll content © 2024 Valley Times, Inc. All rights reserved.\n", "Valley Times"),
    (TITLE + BODY + "\nRepublished from Kentucky Lantern under a Creative Commons license.\n", "Kentucky Lantern"),
    (TITLE + BODY + "\nThis story was produced by Harbor Health News, a national newsroom.\n", "Harbor Health News"),
    (TITLE + BODY + "\nThis report by The Canadian Press was first published March 3, 2024.\n", "The Canadian Press"),
    (TITLE + BODY + "\nCross-posted from Daily Kos.\n", "Daily Kos"),
    (TITLE + BODY + "\nVia: Valley Times\n", "Valley Times"),
    # a notice names the company: its legal form is no part of the outlet's name
    (TITLE + BODY + "\n© 2024 Valley Media LLC\n", "Valley Media"),
        # "Special to the X": the paper, without the phrase
    (TITLE + "By Jane Doe, Special to the Valley Times\n\n" + BODY, "Valley Times"),
])
def test_outlet_credits(tmp_path: Path, text: str, source: str) -> None:
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == source


def test_agency_in_the_writers_field_is_no_author(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, TITLE + "Author: Reuters\n\n" + BODY)
    assert brief.meta.source == "Reuters"
    assert brief.meta.authors == []


def test_reporter_in_another_outlet(tmp_path: Path) -> None:
    """A radio newsroom's item: "NAME is reporting in the Register-Star …" names the writer and the outlet."""
    text = ("Council passes budget\n\nJane Doe is reporting in the Valley Register-Star that " + BODY)
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "Valley Register-Star"
    assert brief.meta.authors == ["Jane Doe"]


def test_release_issuer(tmp_path: Path) -> None:
    text = ("MEDIA RELEASE\n15 November 2017\n\nWages rise 0.5% in the quarter\n\n"
            "The wage index rose 0.5 per cent in the September quarter, according to figures released today "
            "by the Northland Bureau of Statistics (NBS). Growth was strongest in health care and mining.\n\n"
            "The bureau said private sector wages rose 1.9 per cent over the year to September.\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "Northland Bureau of Statistics"


def test_a_minister_announcing_is_no_issuer(tmp_path: Path) -> None:
    """Only a body names a release's issuer: a minister who "announced today" leaves the source open."""
    text = ("MEDIA RELEASE\n\nNew funding for clean energy\n\n"
            "The Honourable Jane Doe, Minister of Energy, announced today a $3.7-million investment in clean "
            "energy projects across the northern region of the province.\n\n"
            "The money will go to twelve projects over the next three years, the minister said.\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source is None


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_site_in_a_pasted_title_line(tmp_path: Path, gap: str) -> None:
    """"<headline> | Site" over the headline itself: the page's <title>, whose suffix names the site."""
    text = "Reaction to the adaptation report | Wild Rivers Trust" + gap + "Reaction to the adaptation report\n\n"
    text += BODY + "\n© Pixels\n"
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "Wild Rivers Trust"


@pytest.mark.parametrize(("tail", "source"), [
    ("Follow the Valley Times on Facebook and Twitter.", "Valley Times"),
    ("Watch KVAL 9 on all major streaming platforms!", "KVAL 9"),
    ("Jane Doe is a reporter at the Valley Times. Contact her at jdoe@example.com.", "Valley Times"),
])
def test_weak_guess_from_the_sites_furniture(tmp_path: Path, tail: str, source: str) -> None:
    brief, warnings = extracted(tmp_path, TITLE + BODY + "\n" + tail + "\n")
    assert brief.meta.source == source
    assert any(w.startswith("meta.source is a guess") for w in warnings)


@pytest.mark.parametrize(("line", "authors"), [
    ("Posted at 3:10 PM, Mar 3, 2024 and last updated 5:00 PM\nBy: Jane Doe", ["Jane Doe"]),
    ("Contributor: Jane Doe", ["Jane Doe"]),
    ("Jane Doe jdoe@valleytimes.example", ["Jane Doe"]),
    ("March 3, 2024 | By Jane Doe | Valley Times", ["Jane Doe"]),
    ("By Jane Doe, John Roe, and Sam Poe", ["Jane Doe", "John Roe", "Sam Poe"]),
    ("By Jane Doe. Updated: March 3, 2024", ["Jane Doe"]),
])
def test_byline_forms(tmp_path: Path, line: str, authors: list[str]) -> None:
    brief, _ = extracted(tmp_path, TITLE + line + "\n\n" + BODY)
    assert brief.meta.authors == authors


def test_outlet_spelled_by_the_writers_address(tmp_path: Path) -> None:
    """"jdoe@valleytimes.com" and a line "Valley Times": the domain and the name agree (a guess)."""
    text = TITLE + "By Jane Doe\n\n" + BODY + "\nContact Jane Doe at jdoe@valleytimes.com.\n\nValley Times\n"
    brief, warnings = extracted(tmp_path, text)
    assert brief.meta.source == "Valley Times"
    assert any(w.startswith("meta.source is a guess") for w in warnings)


def test_name_over_its_address(tmp_path: Path) -> None:
    """"Jane Doe" over "jdoe@…": the address's local part names the same person."""
    brief, _ = extracted(tmp_path, TITLE + "Jane Doe\njdoe@valleytimes.example\n\n" + BODY)
    assert brief.meta.authors == ["Jane Doe"]


def test_outlet_after_the_writers_role(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, TITLE + "By Jane Doe, Staff Writer, Valley Times\n\n" + BODY)
    assert (brief.meta.source, brief.meta.authors) == ("Valley Times", ["Jane Doe"])


@pytest.mark.parametrize("note", [
    "_Jane Doe is a retired teacher who lives in Springfield._",
    "About the author: Jane Doe covers city hall for the Valley Times.",
])
def test_closing_note_on_the_writer(tmp_path: Path, note: str) -> None:
    brief, _ = extracted(tmp_path, TITLE + BODY + "\n" + note + "\n")
    assert brief.meta.authors == ["Jane Doe"]


def test_publisher_as_its_notice_spells_it(tmp_path: Path) -> None:
    """"(Harbor Health News)" in the dateline, "© 2021 Harbor Health" closing the page: one publisher."""
    text = "MONDAY, March 4, 2022 (Harbor Health News) — " + BODY
    text += "\nCopyright © 2021 Harbor Health. All rights reserved.\n"
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "Harbor Health"


def test_masthead_closing_the_page(tmp_path: Path) -> None:
    brief, warnings = extracted(tmp_path, TITLE + BODY + "\nThe Valley Times\n123 Main Street, Springfield\n")
    assert brief.meta.source == "The Valley Times"
    assert any(w.startswith("meta.source is a guess") for w in warnings)


def test_list_number_before_a_desk_label(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, "1. KTV Report\n\nFoodbank demand doubles\n\n" + BODY)
    assert brief.meta.source == "KTV"


@pytest.mark.parametrize(("text", "source", "authors"), [
    # a reporter note opening a paragraph below page furniture, and in 〔〕 with where it was filed
    ("本網站使用相關技術提供更好的閱讀體驗。\n\n請同意我們的隱私權規範。\n\n"
     "（中央社記者王小明台北6日電）市議會周二通過了1200萬元的預算。官員表示該計劃將增加40個就業崗位。\n",
     "中央社", ["王小明"]),
    ("（記者李四攝）市长出席仪式。\n\n〔記者王小明／台北報導〕" + ZH_BODY, None, ["王小明"]),
    # a correspondent credited alone
    ("市议会通过预算\n\n本网讯（通讯员 李俊文）" + ZH_BODY, None, ["李俊文"]),
    # a source label run into the lead, its reporter before the date
    ("首页 > 本地资讯 2022-07-31\n\n消息来源:四川在线 四川在线记者 王小明6月29日,记者从市议会获悉," + ZH_BODY,
     "四川在线", ["王小明"]),
    # the paper in 《》 after a portal, and a closing reporter with the source note
    ("市议会通过预算\n\n来源:人民网-《京华时报》\n\n" + ZH_BODY, "京华时报", []),
    ("市议会通过预算\n\n" + ZH_BODY.rstrip() + "(王小明) (来源:人民网-《京华时报》)\n", "京华时报", ["王小明"]),
    # an issuing unit without the section that filed it
    ("警察廣播電臺全球資訊網\n發布日期:2025-07-03\n發布單位:警察廣播電臺新聞科\n市議會通過預算\n\n"
     "市議會周二通過了1200萬元的預算。官員表示該計劃將增加40個就業崗位。\n", "警察廣播電臺", []),
    # names after a date line's source, and a writer's field with the outlet's desk and a padded name
    ("市议会通过预算\n2021-04-20 09:36 来源:南方plus 王小明 张由琼等\n\n" + ZH_BODY, "南方plus", ["王小明", "张由琼"]),
    ("市议会通过预算\n来源:新华每日电讯\n作者:新华每日电讯记者王小明 宋 瑞\n\n" + ZH_BODY, "新华每日电讯",
     ["王小明", "宋瑞"]),
    # a WeChat article's header, a Hong Kong paper's lead tag, the paper's own correspondent
    ("市议会通过预算\n\n原创 王小明 江南日报 2024-03-05 10:20\n\n" + ZH_BODY, "江南日报", ["王小明"]),
    ("市議會通過預算\n\n【明報專訊】市議會周二通過了1200萬元的預算。官員表示該計劃將增加40個就業崗位。\n", "明報", []),
    ("市议会通过预算\n\n本报记者 王小明 本报通讯员 李四\n\n" + ZH_BODY, None, ["王小明"]),
])
def test_chinese_credits(tmp_path: Path, text: str, source: str | None, authors: list[str]) -> None:
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == authors
    if source is not None:
        assert brief.meta.source == source


def test_a_section_alone_is_no_source(tmp_path: Path) -> None:
    """"来源:科研处发布者:系统管理员": a university office, run into the next label, names no outlet."""
    text = "综合新闻\n研讨会召开\n来源:科研处发布者:系统管理员发布时间:2016-05-22浏览次数:23\n\n" + ZH_BODY
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source is None


def test_a_section_leaves_the_next_source(tmp_path: Path) -> None:
    """A section dropped as no outlet leaves the page's other 来源 credit standing."""
    text = "研讨会召开\n来源:科研处发布者:系统管理员\n\n" + ZH_BODY + "\n来源:新华网\n"
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.source == "新华网"
