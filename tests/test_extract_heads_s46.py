"""Head facts in layouts the stop-45 held-back pages showed (studied at stop 46): an event's day inside the story's
first sentence, a release's dateline under a summary box, a letter's salutation and a body's bare word read as
outlets, a chart's credit, a stored stamp's byline, a member's styled name, a list's first item, a traditional
section label beside the title, a Taiwanese reporter's dated note, a WordPress shortcode, a count inside a quoted
Chinese name and a traditional measure word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import HARBOUR_BODY, drafted, found_title, source_of


def test_an_events_day_inside_the_first_sentence_does_not_date_the_page(tmp_path: Path) -> None:
    text = ("A special meeting of the harbour board was held at the Town Hall on the 9th March 2021 to settle the "
            "new berthing fees.\n\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.date is None


def test_a_day_the_first_sentence_calls_today_dates_the_page(tmp_path: Path) -> None:
    text = ("Shipping agents operating in the six harbour districts have until today March 9, 2021, to bid for "
            "the berths the board has put up for lease.\n\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.date == dt.date(2021, 3, 9)


def test_a_releases_dateline_under_a_summary_box_dates_it(tmp_path: Path) -> None:
    text = ("Harbour Logistics Closes $4.5M Private Placement\n\nAI Summary\n\n"
            "Harbour Logistics Inc. has closed a private placement of 9,000,000 units at $0.50 each.\n\n"
            "• Raised about $4,500,000 through the placement.\n\n• Funds go to two new cranes.\n\n"
            "• Insiders took part in the placement.\n\n"
            "HALIFAX, March 9, 2021 (GLOBE NEWSWIRE) -- Harbour Logistics Inc. is pleased to announce that it has "
            "closed a non-brokered private placement of units.\n\n" + HARBOUR_BODY)
    assert drafted(tmp_path, text).meta.date == dt.date(2021, 3, 9)


def test_a_letters_salutation_names_no_outlet(tmp_path: Path) -> None:
    text = ("SIR – I feel I have to write about the berthing fees the harbour board is imposing on small boats.\n\n"
            "Owners will find it harder to keep a mooring, and the chandlers will see the difference in their "
            "takings.\n\nIf the board wants more boats in the harbour it must charge less, not more.\n\n"
            "Ann Pellow, Quay Cottage, Porthleven\n")
    assert source_of(tmp_path, text) is None


def test_a_bodys_bare_word_names_no_outlet(tmp_path: Path) -> None:
    text = ("9 March 2021\n\n1. At its meeting today, the Monetary Council kept the central bank base rate at 4.00%. "
            "The Council saw no need to change monetary conditions.\n\n2. The Council decided to publish the "
            "Quarterly Report on the Bank’s website at 2 p.m. on the day of its meeting.\n\n"
            "3. The Bank’s next meeting is on 6 April.\n")
    assert source_of(tmp_path, text) is None


def test_a_charts_credit_is_neither_title_nor_source(tmp_path: Path) -> None:
    text = ("(图片来源:视觉中国)\n(图表来源:海港研究院)\n(图片来源:视觉中国)\n"
            "作为今年数百万应届毕业生中的一员,王芳用四年的努力换来的信心几乎已被求职击碎。港口公司的招聘名额比去年减少三成。\n\n"
            "她说,同学们大多还没有找到工作,很多人只能继续读书。\n")
    brief = drafted(tmp_path, text)
    assert brief.meta.source is None
    assert found_title(tmp_path, text) is None


def test_names_after_a_stored_stamp_are_the_byline(tmp_path: Path) -> None:
    text = (" date 2021-03-09 Evans Otieno and David Kamau\n\n" + HARBOUR_BODY)
    brief = drafted(tmp_path, text)
    assert brief.meta.authors == ["Evans Otieno", "David Kamau"]
    assert found_title(tmp_path, text) is None


def test_a_members_styled_name_is_no_title(tmp_path: Path) -> None:
    text = ("Published Tuesday, 9 March, 2021 at 10:47 AM\n\nMinister for Ports and Minister for Fisheries\n"
            "The Honourable Tom Miles\nRecord harbour budget for the north coast\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) == "Record harbour budget for the north coast"


def test_a_lists_first_item_is_no_title(tmp_path: Path) -> None:
    text = ("Financial Highlights:\nOPERATING PROFIT up 27% to £98M (H1 2020: £77m)\n"
            "Profit after tax UP 43% to £95m (H1 2020: £66m)\nInterim dividend of 4.30p per share\n\n" + HARBOUR_BODY)
    assert found_title(tmp_path, text) is None


def test_a_traditional_section_label_beside_the_title_is_no_writer(tmp_path: Path) -> None:
    text = ("爭取年前發放港口補助\n\n商業\n\n"
            "行政長官表示,第五輪港口基金的部分補助金可望於農曆新年前發放,以期第一時間支援受影響的船東。\n\n"
            "她說,新一輪基金共有二十七項支援措施,包括碼頭工人特別津貼。\n")
    assert drafted(tmp_path, text).meta.authors == []


def test_a_reporters_dated_note_names_the_writer(tmp_path: Path) -> None:
    text = ("港務局追加預算八十億元 不舉債以賸餘彌平\n"
            "【海港社記者林志明2025年8月26日報導】港務局26日至議會院會報告「 114年度港務總預算追加預算案」"
            "編制情形並備質詢,"
            "港務局長陳大同說明,此次追加歲出八十億元,將以原預算收支賸餘支應,不增加債務。\n"
            "主要追加內容包括碼頭維修二十億元,提升港警待遇九億元。\n")
    assert drafted(tmp_path, text).meta.authors == ["林志明"]


def test_an_outlet_over_the_town_it_filed_from_is_the_source(tmp_path: Path) -> None:
    text = ("HarbourLive|New Delhi\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) == "HarbourLive"


def test_a_section_over_a_town_names_no_outlet(tmp_path: Path) -> None:
    text = ("Business | Mumbai\n" + HARBOUR_BODY)
    assert source_of(tmp_path, text) is None


def test_a_content_systems_shortcode_leaves_no_words_or_numbers(tmp_path: Path) -> None:
    text = ("Harbour freight climbs in spring\n\n"
            "[caption id=“attachment_51234” align=“alignleft” width=“380” caption=“Cranes at the east quay. "
            "Reuters”]  [/caption]\n\n" + HARBOUR_BODY)
    brief = drafted(tmp_path, text)
    assert 380 not in [f.value for f in brief.figures]
    assert "alignleft" not in brief.model_dump_json()


def test_a_count_inside_a_quoted_name_is_part_of_the_name(tmp_path: Path) -> None:
    text = ("港務局續辦新春活動\n\n港務局舉辦「迎春賀歲慶萬家」活動,首兩場活動已於上周舉行,吸引二千三百多人次參加,"
            "餘下兩場將在明日及後日下午舉行。\n\n活動詳情可瀏覽港務局網頁查詢。\n")
    figures = drafted(tmp_path, text).figures
    assert 10000 not in [f.value for f in figures]  # 萬家 in the event's name counts no households
    assert 2300 in [f.value for f in figures]


def test_a_traditional_measure_word_stops_before_the_verb_after_it(tmp_path: Path) -> None:
    text = ("港務局續辦新春活動\n\n港務局的新春活動已舉行兩輪,餘下兩場將在明日下午舉行,吸引二千三百多人次參加。\n\n"
            "活動詳情可瀏覽港務局網頁查詢。\n")
    units = {f.unit for f in drafted(tmp_path, text).figures if f.value == 2}
    assert "場將" not in units
