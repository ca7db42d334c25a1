"""Kinds of title misses seen on pages nobody tuned on (issue 12): made-up pages in each kind's form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = ("The port authority said freight volumes at the harbour rose 12% in February, the third monthly rise "
        "in a row, as container traffic recovered.\n\n"
        "Port officials said the harbour expects freight volumes to keep rising through the spring.\n")


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return extract_article(page)


def _titled(warnings: list[str]) -> bool:
    return not any(w.startswith("no title line found") for w in warnings)


def test_a_byline_and_date_under_a_caption_give_no_title(tmp_path: Path) -> None:
    text = ("Containers wait on the quay at the harbour. (Image: Unsplash)\nMary Jones\nWed, 19 Jul 2023\n"
            + BODY.split("\n\n")[0] + "\n\nTechnology\n\nRocket company hires new chief engineer, says founder\n\n"
            "The firm announced the hire on Monday after a long search.\n")
    brief, warnings = _extract(tmp_path, text)
    assert not _titled(warnings), brief.meta.title


def test_a_photo_caption_closing_on_its_credit_is_no_title(tmp_path: Path) -> None:
    text = (" date 2021-05-06 Cranes are seen at the harbour in Springfield January 23, 2020. — Picture by Jane Doe\n\n"
            + BODY)
    brief, warnings = _extract(tmp_path, text)
    assert not _titled(warnings) or "Picture" not in brief.meta.title


def test_a_dash_parted_speaker_the_story_quotes_stays_in_the_title(tmp_path: Path) -> None:
    text = ("ADVERTISEMENT\n\nFreight growth likely peaked in Q3 — BSP\n\nPublished Oct 16, 2018 12:00 am\n\n"
            "The Bangko Sentral ng Pilipinas (BSP) said Tuesday freight growth likely peaked in the third quarter, "
            "as port volumes rose 12% in February.\n\nPort officials expect volumes to keep rising.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Freight growth likely peaked in Q3 — BSP"


def test_a_dash_parted_speaker_whose_proposal_the_story_reports_stays_in_the_title(tmp_path: Path) -> None:
    text = ("Harbour fees should fund the new cranes – PUWA\n\n"
            "The Port Users and Workers Association (PUWA) has suggested that harbour fees should pay for the two "
            "new cranes, as port volumes rose 12% in February.\n\nPort officials expect volumes to keep rising.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Harbour fees should fund the new cranes – PUWA"


def test_a_moved_to_notice_is_no_title(tmp_path: Path) -> None:
    text = ("Skip to main content\n\nThis content from the Port Authority has moved to harbour.example/news\n\n"
            "Port freight volumes rise for a third month\n\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Port freight volumes rise for a third month"


ZH_BODY = ("  本报讯(记者张明)记者从市统计局获悉,今年1—2月,全市港口货物吞吐量同比增长12%,集装箱吞吐量创同期新高。\n\n"
           "  市港口管理局表示,全市港口货物吞吐量预计将继续增长。\n")


def test_an_epaper_page_button_is_no_title(tmp_path: Path) -> None:
    text = ("通版阅读请点击:\n展开通版\n收缩通版\n当前版:A1版\n发布日期: 2024年03月28日\n"
            "前两月全市港口货物吞吐量增长12%\n\n" + ZH_BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "前两月全市港口货物吞吐量增长12%"


def test_an_instant_news_update_time_is_no_part_of_the_title(tmp_path: Path) -> None:
    text = "即時港聞\n\n港口|全市港口貨物吞吐量增長12% 集裝箱創新高 (20:31)\n\n" + ZH_BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "港口|全市港口貨物吞吐量增長12% 集裝箱創新高"


def test_the_headline_under_a_greeting_and_menu_and_the_issue_date(tmp_path: Path) -> None:
    text = ("您好!今天是\n設為主頁收藏本頁\n社交網站:\n當前報章2020年04月11日\n今日導讀\n本報新聞\n"
            "字體: 放大 還原 縮小\n"
            "港口貨物吞吐量創新高\n集裝箱吞吐量增長百分之十二\n\n"
            "    【中新社武漢4月10日電】(張明)武漢港口貨物吞吐量10日創新高,集裝箱吞吐量同比增長12%,"
            "港口貨物吞吐量持續增長。\n"
            "  據武漢市港口管理局介紹,港口貨物吞吐量預計將繼續增長。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "港口貨物吞吐量創新高"
    assert brief.meta.date == dt.date(2020, 4, 11)


def test_a_capitalised_heading_two_lines_under_the_title_is_no_author(tmp_path: Path) -> None:
    text = "Port freight volumes rise for a third month\n\nMarch 5, 2021\n\nWitness Appeal\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert "Witness Appeal" not in brief.meta.authors


def test_keyword_spam_printed_over_and_over_at_the_top_is_no_title(tmp_path: Path) -> None:
    spam = "https://links.example/cheap1\n\nbest lucky numbers online\n\nlucky numbers\n\n" * 4
    text = spam + "Port freight volumes rise for a third month\n\n3 Min Read\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Port freight volumes rise for a third month"
