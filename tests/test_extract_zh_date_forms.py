"""Chinese dates written with the year set apart from the month and day: an e-paper's edition line
("2018 11月14日", no 年) and a blog platform's Chinese locale ("3月 30, 2022", the English order with 月 for the
month's name) are days; a blog's post button ("發表文章") over its archive line is no title; a Chinese line
running over three clauses is a sentence (a reporter's question), no headline.

Made-up lines through :func:`briefkit.extract.dates.parse_date` and a made-up page through
:func:`briefkit.extract.extract_article`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.dates import parse_date
from briefkit.extract.titlecombine import no_headline


def _day(text: str) -> str | None:
    found = parse_date(text)
    return found.value if found else None


def test_year_apart_from_month_and_day() -> None:
    assert _day("當前報紙日期: 2021 3月5日 星期五") == "2021-03-05"
    assert _day("目前顯示的是 7月 9, 2021的文章") == "2021-07-09"
    assert _day("12月 1, 2020 下午") == "2020-12-01"


def test_other_forms_unchanged() -> None:
    assert _day("2021年3月5日") == "2021-03-05"
    assert _day("去年3月5日,共2021人参加") is None  # a count after a month and day is no year


def test_blog_archive_page_dated_by_its_archive_line(tmp_path: Path) -> None:
    text = ("發表文章\n\n目前顯示的是 7月 9, 2021的文章\n\n市府推動校園健康促進 口腔保健列入重點議題\n\n"
            "記者王小明/臺中報導 市政府教育局重視學生健康,今年將口腔保健列入健康促進學校的推動議題,"
            "全市一百二十所學校參加。\n\n"
            "教育局表示,將與牙醫師公會合作,到校為學生檢查牙齒並教導正確的刷牙方法。\n")
    brief = extracted(tmp_path, text, "page.txt")[0]
    assert brief.meta.date == dt.date(2021, 7, 9)
    assert brief.meta.title != "發表文章"


def test_chinese_line_of_three_clauses_is_no_headline() -> None:
    assert no_headline("会上有记者提问:近几个月外贸改善势头明显,出口增速进一步回升,请问对此有何评价?")
    assert not no_headline("财政司司长:明年经济增长料达3%,通胀温和")  # two clauses: a headline may run so
    assert not no_headline("市政府公布1,200万元道路维修计划")  # a comma inside a number closes no clause
