"""Writers in the credit forms of pages nobody tuned on (stop 28), and the names that are no writers.

Each case is a small made-up article in one kind's form (not a copy of a corpus page), extracted end to end
through ``extract_article``: Chinese closing credits ("(NAME) (作者:X)", "(撰稿人:X;通讯员:Y;审核:Z)", a
credit closing the story above the site's teasers), English credits outside a "By" byline ("NAME reports that …",
"NAME - Senior Staff Reporter" glued to a stamp), a letter's signature whose given name no list holds, and the
interface words, menu items and bodies a page prints where a byline could stand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.content.model import Brief

BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n\n"
        "Container traffic was the strongest part of the rise, with shipping lines adding calls at the terminal.\n\n"
        "Officials expect the growth to continue through the spring as two new cranes enter service.\n")
ZH_BODY = ("据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。\n\n"
           "港口方面表示,集装箱业务增长最快,两台新吊机将于春季投入使用。\n\n")


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, "article.txt")


@pytest.mark.parametrize(("closing", "authors"), [
    ("(刘明远) (作者:陈晓雯)", ["刘明远", "陈晓雯"]),
    ("(撰稿人:张海峰;通讯员:李雪;审核:王立国)", ["张海峰"]),
    ("(通讯员:李雪;编辑:王立国)", ["李雪"]),
])
def test_a_chinese_closing_credit_names_the_writer(tmp_path: Path, closing: str, authors: list[str]) -> None:
    # README (h27-): a closing "(NAME)" and a "(作者:NAME)" field are both authors; 撰稿人 is the writer, a
    # 通讯员 beside it and the 审核 sign-off are not (a 通讯员 credited alone is)
    text = "港口吞吐量创新高\n2024-03-04 10:20\n\n" + ZH_BODY + "港口将继续扩大服务范围,吸引更多航线。" + closing + "\n"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == authors


def test_a_closing_name_before_the_pages_teasers_is_the_writer(tmp_path: Path) -> None:
    # the story's last paragraph is followed by the site's "新闻推荐" teasers: the credit still closes the story
    text = ("港口吞吐量创新高\n2024-03-04 10:20\n\n" + ZH_BODY + "港口将继续扩大服务范围,吸引更多航线。(刘明远)\n\n"
            "新闻推荐\n\n古城墙修缮完工\n\n□赵文 城墙修缮工程于上月完工,市民可登城游览。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["刘明远"]


def test_an_opening_reports_credit_names_the_reporter(tmp_path: Path) -> None:
    text = ("Port volumes climb for a third month\n2021-03-04\n\n"
            "Daniel Okafor reports that freight volumes rose 12% in February, the port authority said on Monday.\n\n"
            "Container traffic was the strongest part of the rise, with shipping lines adding calls.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Daniel Okafor"]


def test_a_byline_glued_to_a_time_stamp_names_the_writer(tmp_path: Path) -> None:
    text = ("Port volumes climb for a third month\n\n"
            "Published:Monday | March 4, 2021 | 10:07 AMGrace Whitfield - Senior Staff Reporter\n\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Grace Whitfield"]


@pytest.mark.parametrize("furniture", ["Most Read\nMost Commented", "Monthly Plan\n\nRM 13.90/month", "Witness Appeal",
                                       "Subscriptions\n  • Harbour Premium\n  • Viva Premium\n  • The Listener"])
def test_interface_words_at_the_top_are_no_writers(tmp_path: Path, furniture: str) -> None:
    # a widget's heading, an offer or an appeal's label printed under the headline, where a byline stands
    text = "Port volumes climb for a third month\n" + furniture + "\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == []


def test_a_university_as_byline_is_no_writer(tmp_path: Path) -> None:
    # README (h27-): a university or an NGO printed as the byline is the source, with no author
    text = "Port volumes climb for a third month\nby University of Harbourside\nAugust 20, 2009\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == []


def test_a_name_list_item_in_a_menu_is_no_writer(tmp_path: Path) -> None:
    towns = "\n".join(f"  • {t}" for t in ("Whanganui", "Te Awamutu", "Te Kuiti", "Taumarunui", "Gisborne"))
    text = "Port volumes climb for a third month\nBy Hamish Carver\n\n" + BODY + "\nRegions\n" + towns + "\n"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Hamish Carver"]


def test_a_signature_with_an_unlisted_given_name_is_vouched_for_by_its_mail(tmp_path: Path) -> None:
    # a given name the dictionary lacks: the writer's own address under the town line vouches for the name
    text = ("Port fees are too high\n\nDear Editor,\n\n" + BODY + "\nZevorin Tallack\nPort Ellen, Islay\n"
            "zevorin.tallack@example.com\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Zevorin Tallack"]


def test_a_correspondents_first_note_with_converter_pinyin_names_the_reporter(tmp_path: Path) -> None:
    # "(通訊員 A B 記者 C)" with a script converter's pinyin glued after characters, the reporter's name too
    # ("陳立強(qiáng)" is 陳立強): the reporter only, without the pinyin
    text = ("港口吞吐量創新高\n\n海峽網(wǎng)3月4日訊 (通訊員 郭明(míng) 方揚(yáng)燁 記者 陳立強(qiáng))"
            "據統計,今年二月全市港口貨物吞吐量為1200萬噸,同比增長12%。\n\n港口方面表示,集裝箱業務增長最快。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["陳立強"]


def test_a_reposted_wechat_head_names_its_writers_not_the_read_more_link(tmp_path: Path) -> None:
    text = ("查看原文\n其他\n\n港口吞吐量创新高\n\n刘明远 陈晓雯 港航研究 2024-03-04\n\n" + ZH_BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["刘明远", "陈晓雯"]


def test_a_transcripts_reporter_question_names_no_writer(tmp_path: Path) -> None:
    # "記者:" opens a reporter's question in a press conference's transcript: what follows is no name
    text = ("港口吞吐量創新高\n\n" + ZH_BODY + "記者:有業界擔心。\n\n局長:我們會密切留意。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == []


def test_a_writer_and_outlet_before_the_filing_place_and_date_is_the_byline(tmp_path: Path) -> None:
    text = ("Port volumes climb for a third month\n\nCranes at the terminal. Photo: AP\n\n"
            "Daniel Okafor, Harbour Radio News | Port Ellen Monday, 4 March 2021\n\n" + BODY + "\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Daniel Okafor"]


def test_a_byline_set_as_a_list_item_beside_its_date_stays_the_writer(tmp_path: Path) -> None:
    # a menu's items are no writers, but a byline a site sets in a bulleted list with its date and read time is
    text = ("Port volumes climb for a third month\n  • Hamish Carver\n  • March 4, 2021\n  • 3 min read\n\n" + BODY
            + "\nRegions\n" + "\n".join(f"  • {t}" for t in ("Whanganui", "Te Awamutu", "Te Kuiti", "Gisborne")))
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Hamish Carver"]


def test_a_short_pages_own_byline_above_its_body_is_no_teaser(tmp_path: Path) -> None:
    # on a page of a dozen lines the last lines reach the story's own byline: it is above the body, no teaser
    text = ("Harbour Notes\n\nTuesday, 5 March 2021\n\n[Islay's] Port Volumes Climb for a Third Month\n\n"
            "Cranes at the terminal. Photo: AP\n\n"
            "Daniel Okafor, Harbour Radio News | Port Ellen Monday, 4 March 2021\n\n"
            "Freight volumes rose 12% in February, the port authority said in its monthly report.\n\n"
            "Container traffic was the strongest part of the rise.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["Daniel Okafor"]


def test_a_statement_introduced_by_its_speaker_names_no_writer(tmp_path: Path) -> None:
    # "Statement by NAME, ROLE:" over a quotation: a speaker, and a statement has no author (README)
    text = ("Port volumes climb for a third month\n\n" + BODY + "\nStatement by Daniel Okafor, Director of the "
            "Harbour Trust’s Freight Centre:\n\n“The data behind this report lets ports plan their investment.”\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == []


def test_an_experts_role_line_under_a_commentarys_head_names_the_writer(tmp_path: Path) -> None:
    # a Hong Kong paper's or a mainland commentary's column: the body and the expert's role, then the name
    text = ("港口吞吐量創新高\n港航研究院經濟研究處分析員 陳立強\n\n據統計,今年二月全市港口貨物吞吐量為1200萬噸,"
            "同比增長12%。\n\n港口方面表示,集裝箱業務增長最快。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["陳立強"]
