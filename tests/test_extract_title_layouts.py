"""Head layouts that hide or fake a headline: a section's name and the story's date run before a headline the page
prints again alone (the headline is the line alone, the date its date); a tag page's heading ("Latest news with
#Budget") over the story's headline; a photo's caption closing on its credit, which is no headline; a Chinese title
broken over two lines whose first line mixes the scripts ("關于"); a headline over its standfirst and its stamp; a
headline and its date run together by the copy ("…neededMonday, September 27, 2021"); a dateline writing the day
before the month, with its year.

Made-up lines through the helpers and made-up pages through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.datedheads import glued_stamp
from briefkit.extract.datelines import dateline_date
from briefkit.extract.titlecombine import no_headline
from briefkit.extract.titleshapes import furniture_before, with_opening

_STORY = ("The city council on Tuesday approved the budget for the coming year after a long debate, with most "
          "members voting in favour of the plan put forward by the mayor and the finance committee.\n\n"
          "The budget raises spending on roads and schools and keeps the property tax rate where it stands, the "
          "mayor told reporters after the vote in the council chamber.\n")


def test_words_before_a_headline_printed_again_are_furniture() -> None:
    assert furniture_before("Finance 19/09/2010 Council approves the yearly budget", "Council approves the yearly "
                            "budget") == "Finance 19/09/2010"
    assert furniture_before("Council approves the yearly budget", "Council approves the yearly budget") is None
    # a longer headline closing on a shorter one's words, mid-word, or after many words, is no such pair
    assert furniture_before("Why the council approves the yearly budget", "approves the yearly budget") is None
    assert furniture_before("The mayor and his council said on Friday the council approves the yearly budget",
                            "the council approves the yearly budget") is None


def test_headline_after_section_and_date_is_the_headline_and_its_date(tmp_path: Path) -> None:
    text = ("Exchange rates from 25/09/2024\n"
            "Finance 19/09/2010 Council approves the yearly budget\nCouncil approves the yearly budget\n\n" + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "Council approves the yearly budget"
    assert brief.meta.date == dt.date(2010, 9, 19)


def test_tag_heading_is_no_headline(tmp_path: Path) -> None:
    text = ("Latest news with #Budget\n\nCouncil approves the yearly budget\n\nCity Desk\n\n13-06-2025\n\n" + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "Council approves the yearly budget"


def test_caption_closing_on_its_credit_is_no_headline() -> None:
    assert no_headline("Mayor Jane Doe during the opening of the new bridge over the river on Monday (City photo)")
    assert not no_headline("Mayor opens the new bridge over the river")


def test_page_under_a_caption_gets_no_caption_for_its_title(tmp_path: Path) -> None:
    caption = "Mayor Jane Doe during the opening of the new bridge over the river on Monday (City photo)"
    text = " date 2023-07-17 By CT - Jul 17,2023 - Last updated at Jul 17,2023\n\n" + caption + "\n\n" + _STORY
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title != caption


def test_title_broken_after_a_mixed_script_preposition() -> None:
    joined = with_opening("省人民政府關于", "進一步加強道路養護管理的若干意見")
    assert joined == "省人民政府關于進一步加強道路養護管理的若干意見"
    assert with_opening("道路養護", "進一步加強道路養護管理的若干意見") == "進一步加強道路養護管理的若干意見"


def test_page_with_its_title_broken_after_a_mixed_script_preposition(tmp_path: Path) -> None:
    text = ("省人民政府關于\n進一步加強道路養護管理的若干意見\n省政發〔2018〕26號\n"
            "各市、州、縣人民政府,省政府各部門:\n\n"
            "為加強道路和橋梁養護管理,經省政府同意,現提出如下意見。今年安排資金一千二百萬元,用於道路維修。\n\n"
            "各地要抓緊落實道路和橋梁養護計劃,確保年底前完成全部工程。\n")
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "省人民政府關于進一步加強道路養護管理的若干意見"


def test_headline_over_its_standfirst_and_stamp(tmp_path: Path) -> None:
    text = ("What is on the mayor’s budget wish list?\n\n"
            "On budget eve, the Gazette spoke with the mayor about how she would spend the city’s money.\n\n"
            "Jun 04, 2025, updated Jun 04, 2025\n\n" + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "What is on the mayor’s budget wish list?"


def test_headline_and_its_date_run_together_is_a_title(tmp_path: Path) -> None:
    assert glued_stamp("Council approves the budgetMonday, September 27, 2021")
    assert not glued_stamp("Published on Monday, September 27, 2021")
    assert not glued_stamp("Council approves the budget Monday, September 27, 2021")
    text = ("Council approves the budgetMonday, September 27, 2021\n\nDear Editor,\n\n" + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "Council approves the budget"
    assert brief.meta.date == dt.date(2021, 9, 27)


def test_dateline_with_day_month_and_year_dates_the_story(tmp_path: Path) -> None:
    assert dateline_date("Skopje, 17 July 2024 (MIA) - The government met on Tuesday.", None) == dt.date(2024, 7, 17)
    text = ("• Friday, 22 November 2024\n\nCouncil approves the yearly budget\n\n"
            "Springfield, 17 July 2024 (CNA) - " + _STORY)
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.date == dt.date(2024, 7, 17)



def test_chinese_tag_heading_is_no_headline(tmp_path: Path) -> None:
    text = ("標籤 : 市政府 下的文章 收藏此標籤\n【預算通過】市議會通過明年度財政預算案\n2021-06-25 13:58:48\n\n"
            "市議會今日以大比數通過明年度財政預算案,總開支較今年增加百分之五,主要用於道路及學校建設,市長會後表示歡迎。\n\n"
            "市長表示,預算案將於下月一日起生效,各部門須按計劃推行各項工程,確保年底前完成。\n")
    brief = extracted(tmp_path, text)[0]
    assert brief.meta.title == "【預算通過】市議會通過明年度財政預算案"

