"""Head lines shaped like a headline that are none (a dateline alone, a contact field, an advert's slot, an image's
alt text), a repost's source credit run onto a Chinese title, and a menu word opening a site's slogan.

Made-up lines through :mod:`briefkit.extract.headnoise` and made-up pages through
:func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.headlines import title_byline
from briefkit.extract.headnoise import not_a_headline, run_on_title, without_column_tag, without_credit


def _title(tmp_path: Path, text: str) -> str | None:
    brief, warnings = extracted(tmp_path, text)
    return None if any(w.startswith("no title line found") for w in warnings) else brief.meta.title


def test_a_dateline_alone_is_no_headline() -> None:
    assert not_a_headline("新华社上海3月9日电")
    assert not_a_headline("(中央社記者高雄9日電)")
    assert not_a_headline("LAGOS, March 9 (Reuters) -")
    assert not not_a_headline("新华社发布春运客流报告")  # an agency's name opening a headline
    assert not not_a_headline("Lagos port traffic rises in March")


def test_a_contact_field_is_no_headline() -> None:
    assert not_a_headline("联系人:李女士")
    assert not_a_headline("Media contact: Sam Roe")
    assert not_a_headline("Tel: +1 555 0100")
    assert not not_a_headline("统计局:一季度工业增长5%")  # an issuer's name before its colon: a headline


def test_an_advert_slot_is_no_headline() -> None:
    assert not_a_headline("Recommended Sponsor - Try Our Garden Tools Today")
    assert not_a_headline("Sponsored Content")
    assert not_a_headline("Advertisement")
    assert not not_a_headline("Sponsors pull out of harbour festival")


def test_an_image_alt_text_is_no_headline() -> None:
    assert not_a_headline("main news image")
    assert not_a_headline("Featured Image")
    assert not not_a_headline("Image of the city council chamber wins award")


def test_a_source_credit_is_cut_off_a_chinese_title() -> None:
    assert without_credit("省统计局发布一季度经济数据 来源:示例新闻客户端") == "省统计局发布一季度经济数据"
    assert without_credit("来源:示例新闻客户端") == "来源:示例新闻客户端"  # the credit alone stays
    assert without_credit("Rates hold steady 来源:x") == "Rates hold steady 来源:x"  # not a Chinese title


def test_page_opening_on_a_dateline_has_no_title(tmp_path: Path) -> None:
    text = ("新华社上海3月9日电\n\n"
            "9日是节后第一个工作日,上海地铁客流仍处高位,全天运送乘客一千一百万人次,同比增长百分之二。"
            "记者从上海地铁获悉,客流主要集中在市中心各换乘站,早高峰持续时间较往年更长。\n")
    assert _title(tmp_path, text) is None


def test_page_under_an_advert_slot_has_no_title(tmp_path: Path) -> None:
    text = ("Recommended Sponsor - Try Our Garden Tools Today\n"
            "Source: Example Wire\n\n"
            "The Riverside Food Bank is welcoming the council's decision to double its winter grant to $40,000 "
            "this year, which it says will help about 300 families through the coldest months.\n\n"
            "“We are grateful for the support,” the food bank's manager said on Tuesday.\n")
    assert _title(tmp_path, text) is None


def test_site_slogan_opened_by_a_menu_word_loses_to_the_dated_headline(tmp_path: Path) -> None:
    text = ("高雄美食推薦\n"
            "高雄美食推薦鹽埕小吃,鹽埕好吃的小吃一定要來試試\n"
            "港口貨櫃量創新高 市府加碼建設新碼頭\n"
            "2024.3.9\n\n"
            "高雄港今年前兩月貨櫃裝卸量達一百八十萬個標準箱,創下同期新高,市府宣布加碼投資新碼頭建設,"
            "預計三年內完工,可再增加兩成吞吐能力。\n")
    assert _title(tmp_path, text) == "港口貨櫃量創新高 市府加碼建設新碼頭"


def test_a_counter_widget_line_is_no_headline() -> None:
    assert not_a_headline("Confirmed: 1,204,331")
    assert not_a_headline("Active: 9,812")
    assert not not_a_headline("Inflation: prices up 3% in May")


def test_headline_run_into_its_outlet_and_date() -> None:
    assert run_on_title("港口貨櫃量創新高 示例新聞 2024年03月09日 高雄港今年前兩月貨櫃裝卸量創同期新高。") \
        == "港口貨櫃量創新高"
    assert run_on_title("市府加碼建設新碼頭!三年內完工 【記者王小明/高雄報導】高雄港今年前兩月貨櫃量創新高。") \
        == "市府加碼建設新碼頭!三年內完工"
    assert run_on_title("高雄港今年前兩月貨櫃裝卸量創同期新高,市府宣布加碼投資。") is None


def test_a_passive_agent_is_no_byline_on_the_title_line(tmp_path: Path) -> None:
    text = ("date 2024-03-09 Harbour plan of $40 million approved by Riverside Council, works to start in May\n"
            "Riverside, 9/3: The council approved the harbour plan on Saturday after a long debate, and works on the "
            "new quay are to start in May, the mayor told reporters at the town hall.\n")
    assert title_byline("Rain cripples transit By JANE DOE, Associated Press Writer")[0] == ["Jane Doe"]
    assert title_byline("Harbour plan approved by Riverside Council, works to start in May") == ([], None)
    assert _title(tmp_path, text) == "Harbour plan of $40 million approved by Riverside Council, works to start in May"


def test_a_broken_off_line_and_a_list_item_are_no_headlines() -> None:
    assert not_a_headline("According to officials, the harbour board would meet in")
    assert not_a_headline("(b) A statement of the principles the board follows; and")
    assert not not_a_headline("Harbour board to meet in May")
    assert not not_a_headline("(Update) Harbour board meets")


def test_a_chinese_advert_prompt_is_no_headline() -> None:
    assert not_a_headline("我是廣告 請繼續往下閱讀")
    assert not_a_headline("广告")
    assert not not_a_headline("广告业收入增长两成")


def test_an_office_and_its_portfolio_is_no_headline() -> None:
    assert not_a_headline("Minister, Harbours and Inland Waterways")
    assert not_a_headline("Deputy Minister for Regional Development")
    assert not not_a_headline("Minister for Harbours resigns over quay costs")


def test_a_site_tagline_and_a_tag_row_are_no_headlines() -> None:
    assert not_a_headline("Latest Riverside News - Riverside Breaking News")
    assert not_a_headline("」 港務局 碼頭 貨櫃 航運")
    assert not not_a_headline("Riverside News wins regional press award")
    assert not not_a_headline("港口貨櫃量創新高 市府加碼建設新碼頭")


def test_a_programme_tag_printed_elsewhere_is_cut_off_the_title() -> None:
    others = ["当前位置:新闻联播 > 示例新闻联播 >", "示例新闻联播:2024-03-09"]
    assert without_column_tag("[示例新闻联播]省政府召开第五次常务会议", others) == "省政府召开第五次常务会议"
    tagged = "【时政新闻】县政府召开常务会议"
    assert without_column_tag(tagged, ["县政府召开常务会议"]) == tagged  # the tag on the title line alone: kept


def test_a_table_row_over_the_story_is_no_title(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, "| Actual | Consensus | |\n|---|---|---|\n| Month over Month | 0.4% | 0.2% |\n\n"
                         "Highlights\n\nHouse prices rose again in the month as mortgage rates eased, the report "
                         "showed on Tuesday.\n", "data.txt")
    assert "Actual" not in brief.meta.title
