"""Two kinds of headline the title chooser used to reject: one naming its day ("Harbour News Digest for March 5,
2024", "西港新闻简报(2024年3月5日)"), read as a date line, and one closed by a full stop ("Port raises its fees
by 5% this year."), read as a lede's sentence.

Made-up pages through :func:`briefkit.extract.extract_article`, and the shape checks themselves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.datedheads import dated_headline, headline_date
from briefkit.extract.headlines import bare_date_line
from briefkit.extract.titlecombine import stopped_headline

STORY = ("The harbour board of Westport approved a new dredging plan on Tuesday, saying deeper berths would let "
         "larger container ships call at the port from next spring.\n\n"
         "Board members voted six to one for the plan after a long debate about its cost, which the port will "
         "meet from its reserves and a loan from the regional bank.\n")
ZH_STORY = ("西港港务局周二批准了新的疏浚计划,表示更深的泊位将使更大的集装箱船从明年春天起停靠该港。\n\n"
            "董事会成员在就其成本进行长时间辩论后以六票对一票通过该计划,港口将从储备金和地区银行贷款中支付。\n")


def test_words_beside_a_date_make_a_headline_and_a_stamps_words_do_not() -> None:
    assert dated_headline("Harbour News Digest for March 5, 2024")
    assert dated_headline("西港新闻简报(2024年3月5日)")
    assert not dated_headline("Published on Tuesday, March 5, 2024 at 10:30 GMT")
    assert not dated_headline("发布时间:2024年3月5日 星期二")
    assert not dated_headline("Harbour board approves dredging plan")  # no date at all
    assert not dated_headline(" date 2024-03-05 harbour master at the quay")  # a copy's stamp over a caption
    assert not dated_headline("2024年3月5日 西港商报")  # the date opens it: an issue's line
    assert not dated_headline("西港新闻网2024-03-05号报道")  # the date runs on into a credit
    assert headline_date("Harbour News Digest for March 5, 2024") == "2024-03-05"
    assert bare_date_line("Updated March 5, 2024") and not bare_date_line("Harbour News Digest for March 5, 2024")


def test_a_digest_headline_naming_its_day_is_the_title_and_dates_the_page(tmp_path: Path) -> None:
    page = ("12 min read\n\nHarbour News Digest for March 5, 2024\n\nHarbour News Digest for March 5, 2024\n\n"
            "Board approves dredging plan\n\nPublished: 2024-03-04 | Translated from: westport.example\n\n" + STORY)
    brief = extracted(tmp_path, page, "page.txt")[0]
    assert brief.meta.title == "Harbour News Digest for March 5, 2024"
    assert brief.meta.date == dt.date(2024, 3, 5)  # the headline's day, not a story's stamp further down


def test_a_chinese_bulletin_headline_with_its_date_is_the_title(tmp_path: Path) -> None:
    page = "西港新闻简报(2024年3月5日)\n\n西港新闻简报(2024年3月5日)\n\n国内新闻\n\n" + ZH_STORY
    brief = extracted(tmp_path, page, "page.txt")[0]
    assert brief.meta.title == "西港新闻简报(2024年3月5日)"
    assert brief.meta.date == dt.date(2024, 3, 5)


def test_a_short_headline_closed_by_a_full_stop_may_be_a_headline_and_a_lede_may_not() -> None:
    assert stopped_headline("Port raises its fees by 5% this year.")
    assert not stopped_headline("Port raises its fees by 5% this year")  # no full stop: the usual checks decide
    assert not stopped_headline("The port raised its fees by 5% on Tuesday, the harbour master said.")
    assert not stopped_headline("WESTPORT - The port raised its fees by 5% on Tuesday.")
    assert not stopped_headline("Fees rise. Ships stay away.")  # two sentences
    assert not stopped_headline("The harbour board of Westport approved a new dredging plan on Tuesday, saying "
                                "deeper berths would help.")  # a lede's length
    assert not stopped_headline("港口今年将收费提高5%.")
