"""Outlets, bylines, places and organisations in more page layouts, through real extraction.

Each case is a small article in a layout common on news sites, wire stories,
statements and Chinese portals; it is written to a file and extracted end to
end, as ``briefkit extract`` does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.dump import dump_brief

BODY = "Shipping rates rose 12% in February, the industry group said in its monthly report for members.\n"
ZH_BODY = "国家统计局5日发布数据显示,今年前两个月,全国规模以上工业增加值同比增长7.5%。专家表示,经济运行总体平稳。\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _extract(tmp_path: Path, text: str) -> Brief:
    return extract_article(_write(tmp_path, text))[0]


@pytest.mark.parametrize(("text", "source"), [
    ("Rates climb again\nMarch 5, 2021\n\n(CNN) " + BODY, "CNN"),
    ("Rates climb again\nMarch 5, 2021\n\nBBC: " + BODY, "BBC"),
    ("Rates climb again\nFrom Reuters\nMarch 5, 2021\n\n" + BODY, "Reuters"),
    ("Rates climb again\nMarch 5, 2021 / 9:30 AM / Reuters\n\n" + BODY, "Reuters"),
    ("Rates climb again | The Guardian\nMarch 5, 2021\n\n" + BODY, "The Guardian"),
    ("Rates climb again\nMarch 5, 2021\n\n" + BODY + "\nThis article was originally published on The Conversation.\n",
     "The Conversation"),
    ("Rates climb again\nMarch 5, 2021\n\n" + BODY + "\nCopyright 2021 The Associated Press. All rights reserved.\n",
     "The Associated Press"),
])
def test_the_outlet_from_credits_suffixes_and_notes(tmp_path: Path, text: str, source: str) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.source == source
    assert brief.meta.title == "Rates climb again"
    assert brief.meta.date == dt.date(2021, 3, 5)


@pytest.mark.parametrize(("text", "authors", "source"), [
    ("Rates climb again\nBy Jane Smith, CNN\nUpdated 10:30 AM ET, Fri March 5, 2021\n\n" + BODY, ["Jane Smith"], "CNN"),
    ("Rates climb again\nJane Smith, Bloomberg News\nMarch 5, 2021\n\n" + BODY, ["Jane Smith"], "Bloomberg News"),
    ("Rates climb again\nMarch 5, 2021 | John Smith\n\n" + BODY, ["John Smith"], None),
    ("Rates climb again\nBy John Smith | March 5, 2021\n\n" + BODY, ["John Smith"], None),
    ("Rates climb again\nMarch 5, 2021\nJANE SMITH\n\n" + BODY, ["Jane Smith"], None),
    ("Rates climb again\nSubmitted by Jane Smith on Fri, 5 March 2021 - 09:30\n\n" + BODY, ["Jane Smith"], None),
    ("ECB raises rates\n\nby Elitsa Vucheva, Brussels,\n\n" + BODY, ["Elitsa Vucheva"], None),
])
def test_bylines_with_an_outlet_a_place_or_alone(tmp_path: Path, text: str, authors: list[str],
                                                  source: str | None) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == authors
    assert brief.meta.source == source


def test_editing_credits_name_editors_not_authors(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "Rates climb again\nWritten by Jane Smith\nEdited by Tom Lee\n\n" + BODY
                     + "\nEditing by Ann Park\n")
    assert brief.meta.authors == ["Jane Smith"]
    assert brief.meta.editors == ["Tom Lee", "Ann Park"]


def test_a_photo_caption_is_neither_the_body_nor_the_title(tmp_path: Path) -> None:
    text = ("Rising prices - an important concern to citizens (Photo: Fabrizio Federici)\n\n"
            "ECB raises interest rates despite pressure from EU capitals\n\nby Elitsa Vucheva, Brussels,\n\n" + BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "ECB raises interest rates despite pressure from EU capitals"
    assert "Photo" not in brief.summary


def test_list_items_after_a_colon_line_keep_their_figures(tmp_path: Path) -> None:
    text = ("City budget approved\nMay 24, 2017\n\n" + BODY + "\nOther highlights include:\n\n"
            "5% projected increase in General Fund revenues\n\n$220,000 for building facilities maintenance\n\n"
            "Prior to the vote, a public hearing was held on the budget, with no one speaking against it.\n")
    brief = _extract(tmp_path, text)
    assert {(f.value, f.unit) for f in brief.figures} >= {(5, "%"), (220000, "USD")}
    assert not any(s.heading.startswith("$220,000") for s in brief.sections)


def test_a_menu_of_pipes_is_not_the_title(tmp_path: Path) -> None:
    text = ("首页|福建|时评|大学城|台海|娱乐|体育|国内|国际\n经济运行开局平稳\n"
            "2021-03-05 来源:新华社 责任编辑:周冬 周冬\n\n" + ZH_BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "经济运行开局平稳"
    assert brief.meta.editors == ["周冬"]


@pytest.mark.parametrize(("line", "authors"), [
    ("本报记者 张三", ["张三"]),
    ("■本报记者 张三 通讯员 李四", ["张三"]),
    ("文/张三", ["张三"]),
    ("文｜张三 李四", ["张三", "李四"]),
    ("新华社记者 崔静、韩洁、刘羊旸", ["崔静", "韩洁", "刘羊旸"]),
])
def test_chinese_reporter_lines(tmp_path: Path, line: str, authors: list[str]) -> None:
    brief = _extract(tmp_path, f"经济运行开局平稳\n2021-03-05\n{line}\n\n{ZH_BODY}")
    assert brief.meta.authors == authors


def test_a_reviewer_label_ends_the_editors_name(tmp_path: Path) -> None:
    brief = _extract(tmp_path, f"经济运行开局平稳\n2021-03-05\n\n{ZH_BODY}\n编辑:王五 审核:赵六\n")
    assert brief.meta.editors == ["王五"]


def test_a_chinese_title_led_by_its_authors(tmp_path: Path) -> None:
    text = f"陈永杰 曹伟:从政府创新到政府创新管理:一个分析框架\n更新时间:2016-04-06 15:11\n\n陈永杰   曹伟\n\n{ZH_BODY}"
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "从政府创新到政府创新管理:一个分析框架"
    assert brief.meta.authors == ["陈永杰", "曹伟"]


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Chips\n\nShares of Nvidia rose 4% on Tuesday, while Intel shares fell 2% in late trading.", ["Nvidia", "Intel"],
     []),
    ("Deal\n\nKrka, a Slovenian drug company, said it would buy back 10% of its shares.", ["Krka"], []),
    ("Deal\n\nAcme Widgets (NYSE: ACME) said on Monday it would cut 5% of its workforce.", ["Acme Widgets"], []),
    ("Rates\n\nThe bank's monetary policy committee, known as Copom, raised the rate by 0.5%.", ["Copom"], []),
    ("Budget\n\nChristopher Walker, spokesman for Mayor Thomas Koch, said most economists saw a 4% rise.", [],
     ["Mayor Thomas Koch", "Most"]),
    ("Steel\n\nIndia's Tata Steel will invest 1.25 billion pounds, with support from the Welsh Government.",
     ["Tata Steel", "Welsh Government"], ["India's Tata Steel"]),
])
def test_organisations_without_an_institutional_word(tmp_path: Path, text: str, present: list[str],
                                                      absent: list[str]) -> None:
    names = [o.name for o in _extract(tmp_path, text + "\n").organisations]
    assert all(name in names for name in present), names
    assert not any(name in names for name in absent), names


def test_the_outlet_named_in_the_body_is_an_organisation_but_not_from_the_dateline(tmp_path: Path) -> None:
    named = _extract(tmp_path, "Rates\n\nLONDON, March 5 (Reuters) - " + BODY
                     + "Reuters polled 20 economists last week, and most of them expected rates to keep rising.\n")
    assert "Reuters" in [o.name for o in named.organisations]
    dateline_only = _extract(tmp_path, "Rates\n\nLONDON, March 5 (Reuters) - " + BODY)
    assert dateline_only.meta.source == "Reuters"
    assert [o.name for o in dateline_only.organisations] == []  # nor "February, the industry group"


@pytest.mark.parametrize(("text", "places"), [
    ("Pot shops\n\nWashington and Colorado in 2012 were the first states to legalise it, and Mississippi "
     "columnists wrote about it. Mississippi State University did not.\n", ["Colorado", "Mississippi"]),
    ("Funding\n\nThe Welsh Government announced £157 million of funding for schools across Wales.\n", ["Wales"]),
])
def test_regions_named_alone(tmp_path: Path, text: str, places: list[str]) -> None:
    assert [p.name for p in _extract(tmp_path, text).places] == places


def test_chinese_places_by_their_english_names_and_not_in_book_titles(tmp_path: Path) -> None:
    text = ("聚焦盛会\n2017-10-17\n\n在北京举行的展览上,《圭亚那纪事报》记者试骑共享单车。"
            "柬埔寨《高棉日报》派出4名记者参加报道,中国的发展令人印象深刻。\n")
    names = [p.name for p in _extract(tmp_path, text).places]
    assert {"Beijing", "Cambodia", "China"} <= set(names)
    assert "Guyana" not in names


def test_page_furniture_in_the_body_reaches_no_part_of_the_brief(tmp_path: Path) -> None:
    furniture = ["ADVERTISEMENT", "Story continues below advertisement",
                 "READ MORE: Port congestion worsens as container shortage bites", "Listen to this article",
                 "5 min read", "Related: How container shipping works", "Sign up for our daily business newsletter",
                 "Our Standards: The Thomson Reuters Trust Principles.", "相关阅读:港口拥堵加剧", "Chart of the day:",
                 "(Visited 58 times, 1 visits today)", "Read 2532 times", "Views: 1,204"]
    paragraphs = [BODY.strip(), "Freight costs have risen sharply since the start of the year as ports struggle "
                  "with congestion and a shortage of containers, analysts said.",
                  "The shortage has pushed up prices for retailers, who warned that consumers would see higher prices "
                  "in shops before the summer."]
    interleaved = [line for pair in zip(paragraphs, furniture[:3], strict=True) for line in pair]
    text = "Rates climb again\nMarch 5, 2021\n\n" + "\n\n".join([*interleaved, *furniture[3:], paragraphs[0]]) + "\n"
    brief = _extract(tmp_path, text)
    drafted = dump_brief(brief, Path("article.txt"))
    assert "Freight costs have risen" in drafted
    assert not [line for line in furniture if line in drafted]
    assert not brief.sections


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Rates climb again as shippers struggle {suffix}</title>
<meta name="author" content="Jane Smith"><meta property="article:published_time" content="2021-03-05T09:30:00Z">
<link rel="canonical" href="https://www.{domain}/business/rates-climb"></head><body>
<article><h1>Rates climb again as shippers struggle</h1>
<p>Shipping rates rose 12% in February, the industry group said in its monthly report, the third rise in a row.</p>
<p>ADVERTISEMENT</p>
<p>Freight costs have risen sharply since the start of the year as ports struggle with congestion and a shortage
of containers, analysts said in a note to clients on Thursday.</p></article>
<footer><p>{notice}</p></footer></body></html>"""


@pytest.mark.parametrize(("suffix", "domain", "notice", "source"), [
    ("| Daily Herald", "dailyherald.com", "", "Daily Herald"),
    ("", "dailyherald.com", "© 2021 Daily Herald. All rights reserved.", "Daily Herald"),
    ("", "reuters.com", "", "Reuters"),
])
def test_an_html_page_named_only_by_its_domain(tmp_path: Path, suffix: str, domain: str, notice: str,
                                               source: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(suffix=suffix, domain=domain, notice=notice), encoding="utf-8")
    brief = extract_article(path)[0]
    assert brief.meta.source == source
    assert brief.meta.title == "Rates climb again as shippers struggle"
    assert brief.meta.authors == ["Jane Smith"]
    assert "ADVERTISEMENT" not in dump_brief(brief, path)


@pytest.mark.parametrize(("text", "title", "date"), [
    (" date 2024-04-17 AI Vibes: China remains the largest trading nation\n\n" + BODY,
     "AI Vibes: China remains the largest trading nation", "2024-04-17"),
    (" date 2023-07-15 Title: Foreign Trade Surpasses 20 Trillion Yuan\n\n" + BODY,
     "Foreign Trade Surpasses 20 Trillion Yuan", "2023-07-15"),
    ("a year ago\nSurprise fall in exports narrows trade surplus\n#Market News\nSeptember 9, 2016 / 6:05 AM\n\n"
     "Surprise fall in exports narrows trade surplus\n\nReuters Staff\n\n" + BODY,
     "Surprise fall in exports narrows trade surplus", "2016-09-09"),
    (" date 2018-04-17 FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax\n"
     "April 17, 2018 / 12:32 AM / Updated an hour ago\n\nSingapore exports down 2.7 pct\n\nReuters Staff\n\n" + BODY,
     "Singapore exports down 2.7 pct", "2018-04-17"),
    ("06/23/2010 05:12 am ET Updated May 25, 2011\n\nTake the academics out of climate change\n\n" + BODY,
     "Take the academics out of climate change", "2010-06-23"),
])
def test_date_stamps_labels_section_tags_and_menus_around_the_title(tmp_path: Path, text: str, title: str,
                                                                     date: str) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.title == title
    assert brief.meta.date == dt.date.fromisoformat(date)


def test_credits_in_one_bracket_part_reporters_from_editors(tmp_path: Path) -> None:
    text = ("Exports edge down\nJuly 4, 2023\n\nBERLIN, July 4 (Reuters) - " + BODY
            + "\n(Reporting by Maria Martinez and Anna Mackenzie, editing by Rachel More)\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["Maria Martinez", "Anna Mackenzie"]
    assert brief.meta.editors == ["Rachel More"]


def test_a_numbered_list_gives_no_figures(tmp_path: Path) -> None:
    text = ("Five reasons\nJune 23, 2010\n\nHere are the reasons to act now, in order of urgency for voters:\n"
            "  1. We hurt industry when we ignore the climate and its costs.\n"
            "  2. Google knows it is involved in 60% of whatever happens on the web.\n")
    values = {f.value for f in _extract(tmp_path, text).figures}
    assert values == {60}


def test_publications_acronyms_and_surnames(tmp_path: Path) -> None:
    text = ("Trade\n\nShe is a regular contributor to The Washington Post and the Economic Information Daily, and the "
            "Association of Southeast Asian Nations (ASEAN) became the largest partner, said Yu Jianhua, head of the "
            "customs office. Exports rose 5%, according to Yu, and the WSJ agreed.\n")
    names = [o.name for o in _extract(tmp_path, text).organisations]
    assert {"Washington Post", "Economic Information Daily", "Association of Southeast Asian Nations",
            "WSJ"} <= set(names)
    assert "ASEAN" not in names and "Yu" not in names


def test_a_date_line_with_a_stamp_is_not_the_title(tmp_path: Path) -> None:
    text = " date 2019-10-22 The story appears on\nOctober 22, 2019\nForeign media's skepticism dismissed\n\n" + BODY
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "Foreign media's skepticism dismissed"
    assert brief.meta.date == dt.date(2019, 10, 22)


@pytest.mark.parametrize(("text", "authors", "source"), [
    ("Rates climb again as ports clog\nJane Smith\nMarch 5, 2021\n\n" + BODY, ["Jane Smith"], None),
    ("Rates climb again as ports clog\nJane Smith, Staff Writer\nMarch 5, 2021\n\n" + BODY, ["Jane Smith"], None),
    ("Rates climb again as ports clog\nBy Jane Smith and Tom Lee\nThe Daily Star\nMarch 5, 2021\n\n" + BODY,
     ["Jane Smith", "Tom Lee"], "The Daily Star"),
    ("Rates climb again as ports clog\nMarch 5, 2021\n\n" + BODY
     + "\n— Jane Smith is a professor of economics at Boston University.\n", ["Jane Smith"], None),
])
def test_names_under_the_title_bylines_with_roles_outlet_lines_and_author_notes(
        tmp_path: Path, text: str, authors: list[str], source: str | None) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "Rates climb again as ports clog"
    assert brief.meta.authors == authors
    assert brief.meta.source == source


@pytest.mark.parametrize("text", [
    "Rates climb again as ports clog\nFreight costs are rising as congestion spreads to more ports\nMarch 5, 2021\n\n",
    "BREAKING: Rates climb again as ports clog\nMarch 5, 2021\n\n",
])
def test_a_standfirst_or_a_breaking_label_is_not_the_title(tmp_path: Path, text: str) -> None:
    assert _extract(tmp_path, text + BODY).meta.title == "Rates climb again as ports clog"


def test_a_short_capitalised_title_is_still_a_title(tmp_path: Path) -> None:
    assert _extract(tmp_path, "US Boosts Interest Rate\n\n" + BODY).meta.title == "US Boosts Interest Rate"


def test_an_editor_field_leaves_the_site_in_brackets_out(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "Rates climb again\nMarch 5, 2021\n\n" + BODY + "\nEditor: Tom Lee (xinhuanet.com)\n")
    assert brief.meta.editors == ["Tom Lee"]


@pytest.mark.parametrize(("text", "source", "authors"), [
    ("經濟運行開局平穩\n2021-03-05 09:30 來源：中央社\n\n（中央社記者張三台北5日電）" + ZH_BODY, "中央社", ["張三"]),
    ("经济运行开局平稳\n2021-03-05\n记者 张三 李四 报道\n\n" + ZH_BODY, None, ["张三", "李四"]),
    ("经济运行开局平稳\n2021-03-05\n\n央视网消息（新闻联播）：" + ZH_BODY, "央视网", []),
    ("经济运行开局平稳\n澎湃新闻记者 张三\n2021-03-05 14:22\n\n" + ZH_BODY, "澎湃新闻", ["张三"]),
    ("经济运行开局平稳\n2021-03-05\n\n" + ZH_BODY + "（来源：经济日报）\n", "经济日报", []),
    ("经济运行开局平稳\n2021-03-05\n\n" + ZH_BODY + "\n作者：张三 单位：中国人民大学\n", None, ["张三"]),
])
def test_chinese_reporters_in_datelines_and_lead_credits(tmp_path: Path, text: str, source: str | None,
                                                         authors: list[str]) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.title in {"经济运行开局平稳", "經濟運行開局平穩"}
    assert brief.meta.source == source
    assert brief.meta.authors == authors


@pytest.mark.parametrize(("closing", "authors", "editors"), [
    ("编辑/李四", [], ["李四"]),
    ("责编／李四", [], ["李四"]),
    ("（编辑 李四）", [], ["李四"]),
])
def test_chinese_editor_lines_with_a_slash_or_in_brackets(tmp_path: Path, closing: str, authors: list[str],
                                                        editors: list[str]) -> None:
    brief = _extract(tmp_path, f"经济运行开局平稳\n2021-03-05\n\n{ZH_BODY}\n{closing}\n")
    assert (brief.meta.authors, brief.meta.editors) == (authors, editors)


@pytest.mark.parametrize(("closing", "authors", "editors"), [
    ("Reporting by Jane Smith in London; Editing by Tom Lee", ["Jane Smith"], ["Tom Lee"]),
    ("Compiled by Tom Lee for Reuters", [], ["Tom Lee"]),
    ("Reviewed by Tom Lee", [], []),
])
def test_credit_lines_leave_places_and_outlets_out_of_names(tmp_path: Path, closing: str, authors: list[str],
                                                            editors: list[str]) -> None:
    brief = _extract(tmp_path, f"Rates climb again\nMarch 5, 2021\n\n{BODY}\n{closing}\n")
    assert (brief.meta.authors, brief.meta.editors) == (authors, editors)


def test_budget_funds_defined_terms_and_countries_are_not_organisations(tmp_path: Path) -> None:
    text = ("Budget\n\nThe budget adds £5 million to the General Fund and backs Carbon Capture and Storage (CCS) "
            "projects, while trade with the European Union, the United States and Japan rose 4%. Regulator Ofgem "
            "said the International Monetary Fund agreed.\n")
    names = [o.name for o in _extract(tmp_path, text).organisations]
    assert {"European Union", "Ofgem", "International Monetary Fund"} <= set(names)
    assert not {"General Fund", "Carbon Capture and Storage", "Japan", "CCS"} & set(names)


def test_a_subscribe_prompt_does_not_make_the_outlet_an_organisation(tmp_path: Path) -> None:
    text = ("Quotas and ports\nMarch 5, 2021\n\n" + BODY + "\nSubscribe to Fisheries Weekly for more news.\n\n"
            "(c) 2023 Fisheries Weekly\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.source == "Fisheries Weekly"
    assert "Fisheries Weekly" not in [o.name for o in brief.organisations]


def test_a_stack_of_menu_lines_gives_no_title(tmp_path: Path) -> None:
    menu = "新闻中心\n行业动态\n公司大事记\n2013年7月25日 经济参考报\n"
    brief, warnings = extract_article(_write(tmp_path, menu + ZH_BODY))
    assert any(w.startswith("no title line found") for w in warnings)
    assert brief.meta.source == "经济参考报"
    assert brief.meta.date == dt.date(2013, 7, 25)


def test_a_title_in_a_table_row_and_a_slogan_before_the_title(tmp_path: Path) -> None:
    table = _extract(tmp_path, "发言人名单联络方式公布 | ||||||||\n---|---|---|\n"
                     "2004年12月29日11:43 汕头都市报 | ||||\n" + ZH_BODY)
    assert table.meta.title == "发言人名单联络方式公布"
    slogan = _extract(tmp_path, "宣传人大制度 交流人大经验;推进民主法制建设。地震之后,阿坝依然美丽!\n"
                      "信息搜索:\n\n主任之窗\n\n自身建设\n\n机关公文处理办法全文公布\n\n来源:州人大\n"
                      "更新日期:2024-01-12\n\n" + ZH_BODY)
    assert slogan.meta.title == "机关公文处理办法全文公布"
    assert slogan.meta.source == "州人大"
    assert slogan.meta.date == dt.date(2024, 1, 12)


def test_a_year_like_number_counted_by_a_measure_word_is_a_figure(tmp_path: Path) -> None:
    text = "舆论力量\n2020-03-09\n\n截至3月5日,共推出相关版面384块、报道1942篇,总阅读量超345亿次。\n"
    values = {f.value for f in _extract(tmp_path, text).figures}
    assert {384, 1942} <= values


def test_reading_counts_and_download_links_end_an_author_field(tmp_path: Path) -> None:
    text = ("通用语言文字法\n\n时间:2024-04-29 19:28:23 来源: 法律资料网 作者:法律资料网 阅读:9237\n"
            "下载地址: 点击此处下载\n\n" + ZH_BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["法律资料网"]
    assert 9237 not in {f.value for f in brief.figures}


def test_a_chinese_portals_credit_beside_its_date_and_a_url_on_that_line(tmp_path: Path) -> None:
    text = ("发言人名单联络方式公布\nhttp://www.sina.com.cn 2004年12月29日11:43 大华网-汕头都市报\n\n"
            "新华网北京12月28日电 " + ZH_BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.source == "大华网-汕头都市报"
    assert brief.meta.date == dt.date(2004, 12, 29)


def test_an_outlet_glued_to_a_pasted_paragraph_is_the_source(tmp_path: Path) -> None:
    text = ("Thomson Reuters buys back shares\n\nThomson Reuters says it is offering to buy back up to US$9 billion "
            "of its outstanding common shares, about 31 per cent of its shares.Canadian Press\n\n"
            "We ask you to keep your comments relevant and respectful, as our community guidelines say.\n")
    assert _extract(tmp_path, text).meta.source == "Canadian Press"


def test_a_sites_account_name_is_no_editor(tmp_path: Path) -> None:
    brief = _extract(tmp_path, f"经济运行开局平稳\n2021-03-05\n作者:佚名 责任编辑:Admin\n\n{ZH_BODY}")
    assert brief.meta.authors == [] and brief.meta.editors == []
