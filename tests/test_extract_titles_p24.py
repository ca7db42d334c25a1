"""Titles on pages whose parts run together or whose title is not first, through real extraction.

Each case is a small made-up page in a form common on the web: a date stamp on the title's line,
a headline run into the agency's dateline, a forum repost with its furniture, a stack of other
headlines above the title.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from conftest import extracted

BODY = ("The city council voted on Tuesday to approve a new budget of $4.2 million for the coming year, "
        "officials said after a long meeting that ran late into the night.\n\n"
        "The mayor said the plan would add 12 jobs and keep property taxes flat for residents.\n\n"
        "Opponents said the spending was too high and vowed to fight it at the next election.\n")
TITLE = "Council approves new city budget after long debate"
ZH_BODY = "国家统计局5日发布数据显示,今年前两个月,全国规模以上工业增加值同比增长7.5%。专家表示,经济运行总体平稳。"


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, "page.txt")


@pytest.mark.parametrize("line", [
    f"March 5, 2021 {TITLE}",
    f"{TITLE} March 5, 2021",
    f"{TITLE} - 05 Mar 2021",
    f"Fri 5 Mar 2021 09:30 | {TITLE}",
    f"{TITLE} | 2021-03-05 10:30",
])
def test_a_date_stamp_on_the_title_line_is_read_apart(tmp_path: Path, line: str) -> None:
    brief, warnings = _extract(tmp_path, f"{line}\n\n{BODY}")
    assert brief.meta.title == TITLE
    assert brief.meta.date == dt.date(2021, 3, 5)
    assert not any(w.startswith("meta.date is a guess") for w in warnings)


def test_a_date_a_preposition_leads_to_is_part_of_the_title(tmp_path: Path) -> None:
    title = "Council freezes city budget until March 5, 2021"
    brief, _ = _extract(tmp_path, f"{title}\n\nMarch 1, 2021\n\n{BODY}")
    assert brief.meta.title == title
    assert brief.meta.date == dt.date(2021, 3, 1)


def test_a_headline_run_into_a_chinese_dateline_is_the_title(tmp_path: Path) -> None:
    text = f"市政府发布新一轮稳就业措施 新华网北京3月5日电 {ZH_BODY}\n\n2021年03月05日\n"
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.title == "市政府发布新一轮稳就业措施"
    assert any(w.startswith("meta.title is a guess") for w in warnings)
    assert brief.summary.startswith("国家统计局")


def test_a_title_printed_again_before_the_dateline_is_no_part_of_the_summary(tmp_path: Path) -> None:
    text = (f"市政府发布新一轮稳就业措施\n\n2021年03月05日 10:30 来源:大华网\n\n"
            f"市政府发布新一轮 稳就业措施 新华网北京3月5日电{ZH_BODY}\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "市政府发布新一轮稳就业措施"
    assert "稳就业措施" not in brief.summary
    assert "新华网北京" not in brief.summary


def test_a_headline_run_into_an_english_dateline_is_the_title(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, f"Storm knocks out power across the coast WASHINGTON (AP) — {BODY}")
    assert brief.meta.title == "Storm knocks out power across the coast"
    assert not brief.summary.startswith("Storm")


def test_a_forum_reposts_furniture_names_no_theme(tmp_path: Path) -> None:
    text = ("Welcome to the forum! The community where regular people drive the discussions and set the "
            "standards for everyone who posts here.\n\njanedoe77\n\n(12,345 posts)\n\n"
            "Fri Mar 5, 2021, 09:42 AM\n\n" + TITLE + "\n\nSource: City Hall\n\n" + BODY
            + "\n{snip}\n\nThe vote was five to two, with one member absent from the meeting all night.\n")
    brief, _ = _extract(tmp_path, text)
    headings = [s.heading for s in brief.sections]
    assert not {"janedoe77", "(12,345 posts)", "{snip}", "Fri Mar 5, 2021, 09:42 AM"} & set(headings)


def test_the_headline_about_the_story_wins_over_a_ticker_of_other_stories(tmp_path: Path) -> None:
    text = ("Storm knocks out power to thousands across the state\n\nLocal team wins championship in overtime "
            f"thriller\n\n{TITLE}\n\n{BODY}")
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.title == TITLE
    assert any(w.startswith("meta.title is a guess") for w in warnings)


def test_a_markdown_heading_mark_in_a_text_file_is_no_part_of_the_title(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, f"# {TITLE}\n\nMarch 5, 2021\n\n{BODY}")
    assert brief.meta.title == TITLE


@pytest.mark.parametrize("label", ["Press Release SG/SM/1234", "News Release No. 21-034"])
def test_a_release_label_with_its_number_is_no_title(tmp_path: Path, label: str) -> None:
    brief, _ = _extract(tmp_path, f"5 March 2021\n{label}\n\n{TITLE}\n\n{BODY}")
    assert brief.meta.title == TITLE


def test_a_headline_asking_a_question_over_a_long_paragraph_is_the_title(tmp_path: Path) -> None:
    question = "Will the council finally approve the new city budget?"
    body = BODY.replace("\n\n", " ")
    brief, warnings = _extract(tmp_path, f"{question}\n\n{body}")
    assert brief.meta.title == question
    assert any(w.startswith("meta.title is a guess") for w in warnings)


def test_a_short_standfirst_between_the_title_and_the_byline_is_not_the_title(tmp_path: Path) -> None:
    text = f"{TITLE}\n\nCouncil members split 5-2 on spending plan\n\nBy Jane Smith | March 5, 2021\n\n{BODY}"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == TITLE


@pytest.mark.parametrize("furniture", [
    "Get All Access for $5/mo",
    "Showing posts with label Budget. Show all posts",
    "Read it at https://www.example.com/news/budget-2021",
])
def test_a_prompt_or_link_over_the_story_is_no_title(tmp_path: Path, furniture: str) -> None:
    brief, _ = _extract(tmp_path, f"{furniture}\n{furniture}\n\n{TITLE}\n\n{BODY}")  # printed twice, as menus are
    assert brief.meta.title == TITLE


@pytest.mark.parametrize("label", ["Media release", "Joint media statement", "Statement"])
def test_a_release_label_under_the_title_is_no_title(tmp_path: Path, label: str) -> None:
    brief, _ = _extract(tmp_path, f"{TITLE}\n\n{label}\n07 Nov 2019\n\n{BODY}")
    assert brief.meta.title == TITLE


def test_an_outlet_over_view_comments_is_not_the_title(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, f"Editorial: {TITLE}\n\nThe Springfield-Journal\nView Comments\n\n{BODY}")
    assert brief.meta.title == f"Editorial: {TITLE}"


@pytest.mark.parametrize("opening", [
    "Smoke rises over the council chamber. [Provided to The Daily Star] |",
    "議員在議會投票。 圖／本報資料照片",
    "The council approved its budget and signalled that a tax rise is ruled out until the economy "
    "recovers and the city has paid down at least half of its outstanding debt",
])
def test_a_caption_or_a_standfirst_opening_a_page_is_no_title(tmp_path: Path, opening: str) -> None:
    _, warnings = _extract(tmp_path, f"{opening}\n\n{BODY}")
    assert any(w.startswith("no title line found") for w in warnings)


def test_a_reports_numbered_section_is_no_title(tmp_path: Path) -> None:
    _, warnings = _extract(tmp_path, f"1. Main points\n\n{BODY}")
    assert any(w.startswith("no title line found") for w in warnings)


def test_a_subheading_after_the_opening_paragraphs_is_no_title(tmp_path: Path) -> None:
    text = (" date 2021-03-05 Jane Smith\n\n" + BODY + "\nTax rise ruled out\n\n"
            "The mayor said no tax rise would be needed this year or next, whatever "
            "the state decides about its grants to the city.\n")
    _, warnings = _extract(tmp_path, text)
    assert any(w.startswith("no title line found") for w in warnings)
