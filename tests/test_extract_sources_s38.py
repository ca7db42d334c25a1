"""Source rules that must hold on pages from any site (stop 38): a byline crediting an outlet by its initials with
"in" before its date ("By LPT in August 28, 2025") names the outlet; a labelled source a site styles in lower case
("来源:harbourhub") is the outlet; a language switch beside the date stamp (" date 2022-10-17 English") and a
headline run into the stamp name none; a closing masthead styled in capitals, an "Article Link:" label's address, a
Chinese lead passing on an outlet's report (据…消息), a government notice's head, a date-alone dateline's bracketed
outlet, a "Source:" label run into the next sentence and a "This article was produced by" note name the outlet.

Each case is a small made-up page (none copies a corpus page).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted
from tests.test_extract_sources_s29 import BODY, TITLE, source_of

from briefkit.extract.creditlines import scan
from briefkit.extract.noticeissuer_zh import notice_issuer
from briefkit.extract.wires import lead_tag

ZH_BODY = ("港口管理局局长在立法会一次会议上透露,今年首季货物吞吐量为5,052万吨,同比增长4.8%。\n\n"
           "他又称,去年全年的吞吐量达1.2亿吨,较前年减少56万吨,创下历史新高。\n\n"
           "公共开支方面,和去年相比,今年录得的开支增加了1.9亿元,即同比增长2.3%。\n")


def test_a_byline_naming_an_outlets_initials_before_in_and_a_date_names_the_outlet(tmp_path: Path) -> None:
    byline = "By LPT in August 28, 2025 – Reading time 3 minute"
    assert scan([byline], [], [], None, False).sources == ["LPT"]
    brief, warnings = extracted(tmp_path, f"{TITLE}{byline}\n\n{BODY}", "page.txt")
    assert brief.meta.source == "LPT"
    assert not any("meta.source" in w for w in warnings)  # a credit form, not a guess
    # a person's byline with "in" and a town is no outlet
    assert source_of(tmp_path, f"{TITLE}By Jane Doe in Lakeview\n\n{BODY}") is None


def test_a_labelled_source_styled_in_lower_case_is_the_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, f"时间: 来源:harbourhub 访问量:\n{ZH_BODY}") == "harbourhub"
    assert source_of(tmp_path, f"{TITLE}Source: harbourhub\n\n{BODY}") == "harbourhub"


def test_a_language_switch_beside_the_date_stamp_is_no_outlet(tmp_path: Path) -> None:
    page = f" date 2022-10-17 English  \n{TITLE}{BODY}"
    assert source_of(tmp_path, page) is None


def test_a_headline_run_into_the_date_stamp_is_no_outlet(tmp_path: Path) -> None:
    page = (" date 2025-09-25 Harbour Council Approves Flood Relief Measures\n"
            "The council approved a relief package for farms hit by the floods, officials said on Thursday.\n"
            f"- Country:\n- India\n{BODY}")
    assert source_of(tmp_path, page) is None
    # an outlet set apart on the stamp's line still names the outlet
    assert source_of(tmp_path, f"Lakeview Courier | 5 March 2024\n\n{TITLE}{BODY}") == "Lakeview Courier"


def test_a_closing_masthead_styling_its_words_in_capitals_names_the_outlet(tmp_path: Path) -> None:
    assert source_of(tmp_path, f"{TITLE}{BODY}\nThe Lakeview DAILY POST\n") == "The Lakeview DAILY POST"
    # a headline set all in capitals is no masthead
    assert source_of(tmp_path, f"{TITLE}{BODY}\nRATES CLIMB AT THE POST\n") is None


def test_an_article_link_label_names_the_reposted_storys_site(tmp_path: Path) -> None:
    link = "Article Link: https://lakeviewcourier.com/opinion/rates-on-hold-as-prices-climb\n\n"
    assert source_of(tmp_path, f"{TITLE}{link}Discussion posted by: harbour_fan\n\n{BODY}") == "lakeviewcourier.com"


def test_a_chinese_lead_passing_on_an_outlets_report_names_it(tmp_path: Path) -> None:
    lead = "據湖濱日報1月21日消息,1月20日,湖濱市市長主持召開市政府全體會議,審議政府工作報告等文件。\n\n"
    assert source_of(tmp_path, lead + ZH_BODY) == "湖濱日報"


def test_a_government_notices_head_names_its_issuer(tmp_path: Path) -> None:
    notice = ("湖滨市人民政府关于印发《湖滨市公共数据管理暂行办法》的通知\n\n湖滨政发〔2024〕19号\n\n"
              "各县(区)人民政府,市政府各部门:\n\n现将《湖滨市公共数据管理暂行办法》印发给你们,请认真遵照执行。\n\n")
    assert source_of(tmp_path, notice + ZH_BODY) == "湖滨市人民政府"
    # a head naming no place names no issuer a reader could quote
    bare = notice.replace("湖滨市人民政府关于", "市人民政府关于")
    assert source_of(tmp_path, bare + ZH_BODY) != "市人民政府"
    # the government's own disclosure page (its 索引号 table) names no source for its own notice
    table = "索引号 | hb/2024-0019 | 公开目录: | 市政府文件 |\n\n"
    assert notice_issuer([*table.split("\n"), *notice.split("\n")]) is None
    assert notice_issuer(notice.split("\n")) == "湖滨市人民政府"


def test_a_dateline_of_a_date_alone_then_an_outlet_in_brackets_names_the_outlet(tmp_path: Path) -> None:
    lead = BODY.replace("The central bank", "20 March 2024 (Lakeview Post) - The central bank", 1)
    brief, warnings = extracted(tmp_path, f"{TITLE}{lead}", "page.txt")
    assert brief.meta.source == "Lakeview Post"
    assert not any("meta.source" in w for w in warnings)  # the dateline states it: no guess
    assert lead_tag("20 March 2024 (Lakeview Post) - The central bank kept its rate.") == "Lakeview Post"
    person = BODY.replace("The central bank", "20 March 2024 (Jane Doe) - The central bank", 1)
    assert source_of(tmp_path, f"{TITLE}{person}") is None


def test_a_source_label_run_into_the_next_sentence_names_the_outlet(tmp_path: Path) -> None:
    label = "SOURCE: Lakeview PostStay updated with Harbour Times by following us on Facebook.\n"
    assert source_of(tmp_path, f"{TITLE}{BODY}\n{label}\nMore stories from the islands\n") == "Lakeview Post"


def test_a_produced_by_note_under_a_short_story_names_the_outlet(tmp_path: Path) -> None:
    story = "The central bank kept its policy rate at 5.5 percent on Thursday, citing sticky services inflation.\n\n"
    note = ("This article was produced by Harbour Wire News while it was part of a regional press office. "
            "Please send queries on copyright to the office.\n\n")
    appeals = ("Our ability to deliver compelling, field-based reporting depends on readers like you.\n\n"
               "We need your help to sustain and expand our work. Your donation will support our reporting.\n")
    assert source_of(tmp_path, f"{TITLE}{story}{note}{appeals}") == "Harbour Wire News"
