"""Metadata from more page layouts: glued bylines, late datelines, mirrors, QR prompts, closing notes.

Each case is a small synthetic article in a layout seen on real pages; the extractor runs end to
end through the reader, as ``briefkit extract`` does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = "Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n"
ZH_BODY = "据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。\n"


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)


def test_a_byline_run_together_with_its_date_and_dateline(tmp_path: Path) -> None:
    text = ("Port volumes climb for a third month\n\n"
            "By Harbour StaffMARCH 4, 202109:15 AMROTTERDAM (Reuters) - " + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2021, 3, 4)
    assert brief.meta.source == "Reuters"
    assert brief.meta.title == "Port volumes climb for a third month"
    assert not brief.summary.startswith("By ")


def test_an_agency_staff_byline_names_the_source_and_no_author(tmp_path: Path) -> None:
    # the corpus convention (benchmarks/articles/README.md, "Desk and staff bylines"): a desk or staff byline
    # gives the outlet as the source and no author
    text = "Port volumes climb for a third month\nBy Reuters Staff\nMarch 4, 2021\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == []
    assert brief.meta.source == "Reuters"


@pytest.mark.parametrize("opening", [
    " date 2025-01-29 New Delhi, Jan 29 (PTI) ",
    "New Delhi, Jan 29 (PTI) ",
])
def test_a_known_agencys_dateline_without_its_dash(tmp_path: Path, opening: str) -> None:
    brief, _ = _extract(tmp_path, opening + BODY)
    assert brief.meta.source == "PTI"


def test_an_unknown_name_in_brackets_without_a_dash_is_no_agency(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "Springfield, Jan 29 (Local) " + BODY)
    assert brief.meta.source is None


def test_a_dateline_after_an_abstract_and_a_photo_caption(tmp_path: Path) -> None:
    text = ("Portal of the Silk Road trade, news on the belt and road, economy and investment every day.\n\n"
            "Start a Free Trial\n\nEconomy\n\nChina's port traffic off to a good start: official\n\n"
            "March 21, 2023\n\n"
            "Abstract : Port traffic has got off to a good start this year, an official said on Monday.\n\n"
            "This aerial photo taken on March 13, 2023 shows a container terminal in east China. (Xinhua/Li Bo)\n\n"
            "BEIJING, March 20 (Xinhua) -- " + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "Xinhua"
    assert brief.meta.date == dt.date(2023, 3, 21)  # the page's date under its title, not the dateline's


def test_a_mirror_with_pinyin_after_each_character(tmp_path: Path) -> None:
    text = ("人民網(wǎng)\n\n港口貨物吞吐量創(chuàng)新高\n\n"
            "2017年04月20日10:28 | 來(lái)源:中國(guó)新聞網(wǎng)\n小字號(hào)\n\n" + ZH_BODY
            + "\n(責(zé)編:李明(實(shí)習(xí)生)、王芳)\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "中國新聞網"  # the converter's pinyin is no part of the outlet's name
    assert brief.meta.editors == ["李明", "王芳"]
    assert brief.meta.date == dt.date(2017, 4, 20)


def test_a_chinese_source_names_its_outlet_not_the_channel(tmp_path: Path) -> None:
    text = "港口货物吞吐量创新高\n来源:澎湃新闻·澎湃号·政务 编辑:陈明 时间:2020-12-03\n\n" + ZH_BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "澎湃新闻"
    assert brief.meta.editors == ["陈明"]


def test_a_copyright_notice_naming_a_site(tmp_path: Path) -> None:
    text = "港口货物吞吐量创新高\n\n" + ZH_BODY + "\n2024/10/07 16:20 KST\nCopyrights(C)example.jp 105\n"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == "example.jp"


def test_qr_code_prompts_around_the_title(tmp_path: Path) -> None:
    text = ("【 第1頁 第2頁 】\n掃描二維碼訪問中評網移動版 港口貨物吞吐量創新高 掃描二維碼訪問中評社微信\n"
            "http://www.example.com 2017-03-21 20:54:44\n\n" + ZH_BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "港口貨物吞吐量創新高"
    assert brief.meta.source == "中評社"  # the publisher, before its website
    assert brief.meta.date == dt.date(2017, 3, 21)


def test_a_date_and_source_line_is_no_title_and_gives_the_pages_date(tmp_path: Path) -> None:
    text = ("2026-03-04 02:33:11 来源:参考消息网 责任编辑:刘明\n参考消息网2026-03-04号报道\n\n"
            "中新社北京3月3日电 (记者 朱方) " + ZH_BODY)
    brief, warnings = _extract(tmp_path, text)
    assert any(w.startswith("no title line found") for w in warnings)
    assert brief.meta.date == dt.date(2026, 3, 4)
    assert brief.meta.source == "参考消息网"


def test_a_first_line_over_a_field_line_is_the_title_not_a_question_heading(tmp_path: Path) -> None:
    text = ("港口貨物吞吐量創新高 記者們關心啥? ( 1/ 16 )\n\n"
            "發佈時間: 2015-03-10 | 來源: 中國網 | 作者: 楊明 | 責任編輯: 楊明\n\n" + ZH_BODY
            + "\n美國中文網記者:霧霾\n\n" + ZH_BODY.replace("二月", "三月"))
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == ["楊明"]
    assert brief.meta.title == "港口貨物吞吐量創新高 記者們關心啥? ( 1/ 16 )"


@pytest.mark.parametrize(("ending", "source"), [
    (" It was the third rise in a row. AFP\n", "AFP"),
    (" It was the third rise in a row. — Bernama\n", "Bernama"),
    (" It was the third rise in a row, said Mr Lee.\n", None),
])
def test_a_wire_agency_credited_at_a_paragraphs_end(tmp_path: Path, ending: str, source: str | None) -> None:
    text = "Port volumes climb for a third month\n\nSINGAPORE – " + BODY.strip() + ending
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.source == source


def test_only_furniture_above_a_headline_read_as_prose(tmp_path: Path) -> None:
    text = ("Skip to main content\n\nCampaigners hit out at port charges rising by almost a tenth as ‘disgraceful’\n\n"
            + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Campaigners hit out at port charges rising by almost a tenth as ‘disgraceful’"


def test_a_statement_page_without_a_title(tmp_path: Path) -> None:
    text = ("Monday 18th October 2021\n\n(3 years, 1 month ago)\n\nWritten Statements\n"
            "Read Full debate Read Record Text Read Debate Ministerial Extracts\n"
            "Jane Smith Portrait The Minister of State, Department for Ports and Shipping (Jane Smith)\n"
            "- Record - -\n\n"
            + BODY)
    brief, warnings = _extract(tmp_path, text)
    assert any(w.startswith("no title line found") for w in warnings)
    assert brief.meta.authors == ["Jane Smith"]
    assert brief.meta.date == dt.date(2021, 10, 18)


@pytest.mark.parametrize(("line", "authors", "source"), [
    ("By Jane Doe, The Daily Star", ["Jane Doe"], "The Daily Star"),
    ("By Jane Doe and Tom Lee, Associated Press", ["Jane Doe", "Tom Lee"], "Associated Press"),
    ("BY JANE DOE AND TOM LEE", ["Jane Doe", "Tom Lee"], None),
    ("By Jane Doe Staff Writer", ["Jane Doe"], None),
    ("By Jane Doe - Bloomberg", ["Jane Doe"], "Bloomberg"),
    ("Jane Doe · March 4, 2021 · 3 min read", ["Jane Doe"], None),
])
def test_bylines_with_outlets_roles_and_separators(tmp_path: Path, line: str, authors: list[str],
                                                   source: str | None) -> None:
    brief, _ = _extract(tmp_path, f"Port volumes climb for a third month\n{line}\nMarch 4, 2021\n\n" + BODY)
    assert brief.meta.authors == authors
    assert brief.meta.source == source


def test_a_written_by_line_is_no_title_and_field_lines_are_no_menu(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "Port volumes climb\nWritten by Jane Doe\nMarch 4, 2021\n\n" + BODY)
    assert brief.meta.title == "Port volumes climb"
    brief, _ = _extract(tmp_path, "Port volumes climb\nReporter: Jane Doe\nEditor: Tom Lee\nMarch 4, 2021\n\n" + BODY)
    assert brief.meta.title == "Port volumes climb"
    assert brief.meta.authors == ["Jane Doe"] and brief.meta.editors == ["Tom Lee"]


def test_a_chinese_reporter_note_leaves_the_correspondent_out(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "港口吞吐量创新高\n\n本报讯(记者 张三 通讯员 李四)" + ZH_BODY)
    assert brief.meta.authors == ["张三"]


def test_big_cities_named_without_a_preposition(tmp_path: Path) -> None:
    text = ("Cities lead on climate\n\nCopenhagen has cut its emissions by 80% since 2005 while its economy grew. "
            "Bogotá's bus rapid transit carries 2.4 million passengers a day, as one mayor said at a summit in "
            "Rio de Janeiro. Phoenix Holdings and the Lagos State University did not take part in the summit.\n")
    brief, _ = _extract(tmp_path, text)
    names = [p.name for p in brief.places]
    assert {"Copenhagen", "Bogotá", "Rio de Janeiro"} <= set(names)
    assert "Phoenix" not in names and "Lagos" not in names  # a word-like name, a part of a longer name


def test_an_html_pages_date_line_left_out_of_its_main_text(tmp_path: Path) -> None:
    page = ("<html><head><title>Port volumes climb</title></head><body>"
            "<div class='menu'>Home | World | Business | Markets</div><h2>Port volumes climb for a third month</h2>"
            "<div>Reuters</div><div>March 4, 2021 9:30 AM</div>"
            "<p>ROTTERDAM (Reuters) - Freight volumes at the port rose 12% in February, the port authority said in "
            "its monthly report on Monday.</p><p>Container traffic reached 1.2 million units, the authority said "
            "in a statement.</p><p>(Reporting by Jane Doe; Editing by Tom Lee)</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    brief, _ = extract_article(path)
    assert brief.meta.date == dt.date(2021, 3, 4)
    assert brief.meta.source == "Reuters"
    assert brief.meta.authors == ["Jane Doe"] and brief.meta.editors == ["Tom Lee"]


def test_a_statement_from_a_department(tmp_path: Path) -> None:
    text = ("Port volumes climb for a third month in a row\nPress release\nFrom: Department for Transport\n"
            "Published 4 March 2021\n\n" + BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Port volumes climb for a third month in a row"
    assert brief.meta.source == "Department for Transport"


def test_a_role_beside_the_date_is_neither_author_nor_outlet(tmp_path: Path) -> None:
    text = "Home > News > Business\nPort volumes climb again\nStaff Reporter | Published: March 4, 2021\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.authors == [] and brief.meta.source is None
    assert brief.meta.date == dt.date(2021, 3, 4)


def test_a_title_in_lenticular_brackets(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "【港口货物吞吐量创新高】\n2021-03-04\n\n" + ZH_BODY)
    assert brief.meta.title == "港口货物吞吐量创新高"


def test_a_section_path_is_no_title_and_a_name_under_the_title_marks_it(tmp_path: Path) -> None:
    text = "Business | Ports\nPort volumes climb for a third month\nJane Doe\nThu 4 Mar 2021 09.30 GMT\n\n" + BODY
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title == "Port volumes climb for a third month"
    assert brief.meta.authors == ["Jane Doe"]


def test_a_headline_with_a_full_stop_over_its_date_line(tmp_path: Path) -> None:
    brief, warnings = _extract(tmp_path, "Port volumes climb for a third month.\nMarch 4, 2021\n\n" + BODY)
    assert brief.meta.title == "Port volumes climb for a third month."
    assert any(w.startswith("meta.title is a guess") for w in warnings)


def test_a_user_name_in_a_chinese_author_field_is_no_author(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "港口货物吞吐量创新高\n作者:Egyed 责任编辑:Admin\n2024-10-08\n\n" + ZH_BODY)
    assert brief.meta.authors == [] and brief.meta.editors == []
    brief, _ = _extract(tmp_path, "港口货物吞吐量创新高\n作者:张三 John Smith\n2024-10-08\n\n" + ZH_BODY)
    assert "张三" in brief.meta.authors


def test_a_chinese_reporter_line_sharing_the_date_line(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "港口货物吞吐量创新高\n2021-03-04 10:30 澎湃新闻记者 张三\n\n" + ZH_BODY)
    assert brief.meta.authors == ["张三"]
    assert brief.meta.source == "澎湃新闻"
    assert brief.meta.date == dt.date(2021, 3, 4)


def test_a_compound_chinese_scale(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "外贸稳中向好\n\n今年前两月,全国进出口总值3万亿元,同比增长5%,创历史同期新高。\n")
    money = [f for f in brief.figures if f.unit == "CNY"]
    assert [f.value for f in money] == [3e12]
    assert money[0].display == "3万亿元"


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [
    ("The central bank raised its key interest rate one-quarter of a point on Tuesday, as expected.", 0.25, None),
    ("The bank announced a hike of just over a quarter of a percentage point, its first since 2007.", 0.25,
     "just over"),
])
def test_a_fraction_of_a_point(tmp_path: Path, sentence: str, value: float, qualifier: str | None) -> None:
    brief, _ = _extract(tmp_path, "Rates rise again\n\n" + sentence + "\n")
    points = [f for f in brief.figures if f.unit == "percentage points"]
    assert [(f.value, f.qualifier) for f in points] == [(value, qualifier)]


def test_a_unit_stops_before_last_year(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, "Rail traffic\n\nThe network carried 196 million passengers last year, "
                        "the operator said on Monday in its annual report.\n")
    assert [(f.value, f.unit) for f in brief.figures] == [(196e6, "passengers")]


def test_a_title_read_from_the_first_block_is_no_body_text(tmp_path: Path) -> None:
    text = ("港口貨物吞吐量創新高 記者們關心啥? ( 1/ 16 )\n\n"
            "發佈時間: 2015-03-10 | 來源: 中國網\n\n" + ZH_BODY)
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.title.endswith("( 1/ 16 )")
    assert 16 not in [f.value for f in brief.figures]
    assert 12 in [f.value for f in brief.figures]


@pytest.mark.parametrize(("line", "source"), [
    ("http://www.example-news.com 2017-03-21 20:54:44", "example-news.com"),
    ("https://www.reuters.com/article/port-volumes", "Reuters"),
    ("Read more at www.example-news.com about ports", None),
])
def test_the_pages_address_names_its_site_as_a_last_resort(tmp_path: Path, line: str, source: str | None) -> None:
    brief, _ = _extract(tmp_path, "Port volumes climb for a third month\n" + line + "\n\n" + BODY)
    assert brief.meta.source == source


def test_a_region_named_as_one(tmp_path: Path) -> None:
    text = ("Chip plant chosen\n\nThe plant will employ 2,000 people, said the premier of the state of Saxony, "
            "while the Bank of England and the City of London Corporation declined to comment.\n")
    names = [p.name for p in _extract(tmp_path, text)[0].places]
    assert "Saxony" in names
    assert "London Corporation" not in names


def test_a_capital_standing_for_its_government_is_a_place(tmp_path: Path) -> None:
    text = ("Chip plant chosen\n\nThe company will build the plant in Dresden, Germany, the government said. "
            "Berlin will contribute up to 5 billion euros in subsidies, and Copenhagen has cut its own grants.\n")
    names = [p.name for p in _extract(tmp_path, text)[0].places]
    assert "Berlin" in names  # named for Germany's government, as a country named as an actor is a place
    assert "Copenhagen" in names


@pytest.mark.parametrize("lines", [
    "Updated: March 5, 2021 / Published: March 4, 2021",
    "Last updated 5 March 2021, first published 4 March 2021",
    "Updated March 5, 2021\nPublished March 4, 2021",
])
def test_the_publication_date_not_the_update(tmp_path: Path, lines: str) -> None:
    brief, _ = _extract(tmp_path, "Port volumes climb for a third month in a row\n" + lines + "\n\n" + BODY)
    assert brief.meta.date == dt.date(2021, 3, 4)


def test_a_credit_line_the_reader_took_for_a_heading_names_no_theme(tmp_path: Path) -> None:
    from briefkit.extract import extract_article

    article = tmp_path / "exports.txt"
    article.write_text("German exports edge down in May\n\nJuly 04, 2023 — 02:14 am EDT\n\n"
                       "Written by Maria Keller and Anna Brandt for Reuters\n\n"
                       "BERLIN, July 4 (Reuters) - German exports fell 0.1% in May, data showed on Tuesday.\n\n"
                       "Exports to the U.S. fell by 3.6%, the statistics office said.\n\n"
                       "The surplus was 14.4 billion euros in May, down from 16.5 billion euros.\n", encoding="utf-8")
    brief, _ = extract_article(article)
    assert "Written by" not in " ".join(s.heading for s in brief.sections)
    assert any("0.1%" in p for s in brief.sections for p in s.paragraphs) or "0.1%" in brief.summary
