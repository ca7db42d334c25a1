"""Title, date, outlet and writers in more page layouts, through real extraction.

Each case is a small page in a layout common on the web (op-eds on a member's
site, letters to the editor, wire copy credited "for the Associated Press",
radio-station pages, forum reposts, Chinese newspaper pages); it is written to a
file and extracted end to end, one case through ``briefkit extract`` itself with
the YAML read back.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.content import load_brief
from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = ("The city council voted on Tuesday to approve a new budget of $4.2 million for the coming year, "
        "officials said after a long meeting.\n\nThe mayor said the plan would add 12 jobs and keep taxes flat.\n")
LETTER = ("It is that time of the year when school budgets are being prepared and the board asks for more money.\n\n"
          "As prices are rising faster than our incomes, I think the board should think twice about a tax increase.\n")
ZH_BODY = "国家统计局5日发布数据显示,今年前两个月,全国规模以上工业增加值同比增长7.5%。专家表示,经济运行总体平稳。\n"


def _extract(tmp_path: Path, text: str) -> Brief:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)[0]


@pytest.mark.parametrize(("text", "authors"), [
    ("Why we must fix our roads\n\nJune 10, 2021\n\nBy: Rep. Gallagher\n\n" + BODY, ["Gallagher"]),
    ("Why we must fix our roads\n\nRep. Troy Balderson, Guest Columnist\n\nMay 12, 2019\n\n" + BODY,
     ["Troy Balderson"]),
    ("Why we must fix our roads\n\nBy Sen. Jane Smith and Rep. Tom Lee\n\nMay 12, 2019\n\n" + BODY,
     ["Jane Smith", "Tom Lee"]),
    ("Why we must fix our roads\n\nBy Dr. Priya Raman\n\nMay 12, 2019\n\n" + BODY, ["Dr. Priya Raman"]),
])
def test_an_office_before_a_name_is_no_part_of_it(tmp_path: Path, text: str, authors: list[str]) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == authors
    assert brief.meta.title == "Why we must fix our roads"


@pytest.mark.parametrize("role", ["Economics correspondent", "Staff Writer", "Senior Political Reporter"])
def test_a_role_after_a_name_without_a_comma_is_a_byline_not_the_title(tmp_path: Path, role: str) -> None:
    brief = _extract(tmp_path, f"Council approves new city budget\n\nJane Smith {role}\nTue 9 Mar 2021 09.30 GMT\n\n"
                     + BODY)
    assert brief.meta.title == "Council approves new city budget"
    assert brief.meta.authors == ["Jane Smith"]
    assert brief.meta.date == dt.date(2021, 3, 9)


def test_a_byline_written_for_an_agency_names_the_outlet(tmp_path: Path) -> None:
    text = ("South Africans anxious over vaccine pause\n\nBy MOGOMOTSI MAGOME and ANDREW MELDRUM for the Associated "
            "Press\n\nJOHANNESBURG (AP) — " + BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["Mogomotsi Magome", "Andrew Meldrum"]
    assert brief.meta.source == "Associated Press"


@pytest.mark.parametrize(("head", "source"), [
    ("The Right Way to Build\n\nJune 10, 2021\n\nRealClear Politics\n\nBy: Rep. Gallagher\n\n", "RealClear Politics"),
    ("In The News\n\nThe Right Way to Build\n\nNewark (OH) Advocate\n\nMay 12, 2019\n\n", "Newark (OH) Advocate"),
    ("The Right Way to Build\n\nJune 10, 2021\n\nLocal News\n\nBy Jane Smith\n\n", None),
    ("NewsLocal News\n\nThe Right Way to Build\n\nJune 10, 2021\n\n", None),
])
def test_an_outlet_on_its_own_line_but_no_section_label(tmp_path: Path, head: str, source: str | None) -> None:
    brief = _extract(tmp_path, head + BODY)
    assert brief.meta.source == source
    assert brief.meta.title == "The Right Way to Build"


@pytest.mark.parametrize(("text", "title", "authors"), [
    ("School taxes\n\nDear editor:\n\n" + LETTER + "\nJim Elardo\n", "School taxes", ["Jim Elardo"]),
    ("Letter: think of community\n\nDear neighbors,\n" + LETTER + "Karen Grandall\nSpring Valley\n",
     "Letter: think of community", ["Karen Grandall"]),
    ("Reader letter\n\n" + LETTER + "\nJeanne Swyers, Jean Hanson\n\n\nRecommended for you\n", None,
     ["Jeanne Swyers", "Jean Hanson"]),
    ("Fix the roads\n\n" + LETTER + "\nGary Smith, Wakefield\n", "Fix the roads", ["Gary Smith"]),
    ("Fix the roads\n\n" + LETTER + "\nRelated stories\n", "Fix the roads", []),
])
def test_a_letter_titled_over_its_salutation_and_signed_at_the_end(tmp_path: Path, text: str, title: str | None,
                                                                    authors: list[str]) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == authors
    if title is not None:
        assert brief.meta.title == title


def test_a_copyright_notice_run_into_the_title_line(tmp_path: Path) -> None:
    text = (" date 2018-02-14 © 2022 90.7 WMFE. All Rights Reserved.\nLake County Hires Four New Deputies\n\n"
            "Published February 14, 2018\n" + BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "Lake County Hires Four New Deputies"
    assert brief.meta.source == "90.7 WMFE"
    assert brief.meta.date == dt.date(2018, 2, 14)  # the notice's 2022 is not the page's date


def test_an_agency_credited_alone_on_the_closing_line(tmp_path: Path) -> None:
    text = "Council approves new city budget\n\nMarch 5, 2021\n\n" + BODY + "\n— Associated Press\n"
    brief = _extract(tmp_path, text)
    assert brief.meta.source == "Associated Press"


def test_a_forum_repost_prints_its_headline_twice_under_a_counter(tmp_path: Path) -> None:
    title = "Unemployment rate falls to 6.3% in January; payroll employment changes little (+49,000)"
    text = ("Welcome to the forum! The community where regular people drive the discussions and set the standards "
            "for everyone who joins.\n\nmahatma\n\n(57,391 posts)\nFri Feb 5, 2021, 09:42 AM Feb 2021\n\n"
            f"{title}\n\nSource: Bureau of Labor Statistics\n\n{title}\n\n" + BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.title == title
    assert brief.meta.source == "Bureau of Labor Statistics"
    assert brief.meta.date == dt.date(2021, 2, 5)


def test_a_day_month_year_date_with_hyphens(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "Council approves new city budget\n\nUpdated 05-Mar-2021 10:00 IST\n\n" + BODY)
    assert brief.meta.date == dt.date(2021, 3, 5)


@pytest.mark.parametrize(("text", "title", "authors", "source"), [
    ("每日经济新闻\n\n每一个人都是时间的过客\n\n每日经济新闻 2024-12-09 08:12\n\n"
     "□ 每日经济新闻总编辑 刘学东(闻达)\n\n" + ZH_BODY,
     "每一个人都是时间的过客", ["刘学东"], "每日经济新闻"),
    ("□ 本刊浙江紹興報道 記者 徐天寶\n2020 中國經濟傳媒大會召開,本刊兩作品獲獎\n" + ZH_BODY,
     "2020 中國經濟傳媒大會召開,本刊兩作品獲獎", ["徐天寶"], None),
    ("第03版:要闻 PDF版下载\n\n解放军报客户端\n\n活力凸显 潜力无限\n\n——当前中国消费形势述评\n\n" + ZH_BODY,
     "活力凸显 潜力无限", [], None),
])
def test_chinese_newspaper_pages(tmp_path: Path, text: str, title: str, authors: list[str], source: str | None) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.title == title
    assert brief.meta.authors == authors
    assert brief.meta.source == source


def test_where_chinese_reporters_filed_from_is_no_name(tmp_path: Path) -> None:
    text = "红网时刻新闻记者 陈奥男 任晔 长沙报道\n" + ZH_BODY + "来源:红网\n编辑:廖轩仪\n"
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["陈奥男", "任晔"]
    assert brief.meta.editors == ["廖轩仪"]
    assert brief.meta.source == "红网"


def test_briefkit_extract_writes_a_letters_title_and_signature(tmp_path: Path) -> None:
    article = tmp_path / "letter.txt"
    article.write_text("School taxes\n\nDear editor:\n\n" + LETTER + "\nJim Elardo\n", encoding="utf-8")
    out = tmp_path / "letter.yaml"
    result = subprocess.run([sys.executable, "-m", "briefkit", "extract", str(article), "--out", str(out)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    brief = load_brief(out)
    assert brief.meta.title == "School taxes"
    assert brief.meta.authors == ["Jim Elardo"]
    assert brief.meta.status == "draft"


def test_a_logos_alt_text_before_the_title_and_decoration_after_it(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "NPR logo Consumer Prices Jump In March\n\n\nConsumer Prices Jump In March\n\n" + BODY)
    assert brief.meta.title == "Consumer Prices Jump In March"
    brief = _extract(tmp_path, "法国华侨华人:二十大报告回答了海外华侨华人的关切******\n" + ZH_BODY)
    assert brief.meta.title == "法国华侨华人:二十大报告回答了海外华侨华人的关切"


def test_a_byline_printed_twice_and_a_notice_by_the_agency(tmp_path: Path) -> None:
    text = ("Rising food and gas costs push up consumer prices\n\nPosted: Updated:\n"
            "By Afton Spriggs By Afton Spriggs\n\n" + BODY
            + "\nCopyright © 2022 by The Associated Press. All Rights Reserved.\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["Afton Spriggs"]
    assert brief.meta.source == "The Associated Press"


def test_a_chinese_column_bar_title_over_a_photo_credit(tmp_path: Path) -> None:
    text = ("- +1\n特稿|冰川消融下的抉擇:格陵蘭人眼中的氣候危機\n" + ZH_BODY
            + "\n退縮的冰川線和裸露的土地 博·埃爾伯林(Bo Elberling) 拍攝,下同\n" + ZH_BODY)
    assert _extract(tmp_path, text).meta.title == "特稿|冰川消融下的抉擇:格陵蘭人眼中的氣候危機"


def test_a_republished_chinese_page_with_reporters_in_latin_letters(tmp_path: Path) -> None:
    text = ("端 × 華爾街日報廣場\n\n世衞 COVID-19 溯源調查如何在中國陷入困局?\n\n"
            "隨著專家組完成武漢考察任務的完整報告,《華爾街日報》發現新細節,讓人對調查結果產生疑問。\n\n"
            "華爾街日報記者 Jeremy Page / Betsy McKay / Drew Hinshaw\n\n刊登於 2021-03-23\n\n"
            "本文原刊於《華爾街日報》,端傳媒獲授權轉載。\n\n" + ZH_BODY)
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "世衞 COVID-19 溯源調查如何在中國陷入困局?"
    assert brief.meta.authors == ["Jeremy Page", "Betsy McKay", "Drew Hinshaw"]
    assert brief.meta.source == "華爾街日報"
    assert brief.meta.date == dt.date(2021, 3, 23)


TITLE = "Council approves new city budget"


@pytest.mark.parametrize(("head", "authors", "source"), [
    ("By Jane Smith March 5, 2021\n\n", ["Jane Smith"], None),
    ("By Jane Smith jsmith@dailystar.com\nMarch 5, 2021\n\n", ["Jane Smith"], None),
    ("Posted by Jane Smith at 3:15 PM on March 5, 2021\n\n", ["Jane Smith"], None),
    ("BY JANE SMITH | THE DAILY STAR\nMarch 5, 2021\n\n", ["Jane Smith"], "The Daily Star"),
    ("Staff Report\nMarch 5, 2021\n\n", [], None),
    ("From staff reports\nMarch 5, 2021\n\n", [], None),
])
def test_bylines_with_a_date_an_address_or_no_name(tmp_path: Path, head: str, authors: list[str],
                                                   source: str | None) -> None:
    brief = _extract(tmp_path, f"{TITLE}\n\n{head}" + BODY)
    assert brief.meta.title == TITLE
    assert brief.meta.authors == authors
    assert brief.meta.source == source
    assert brief.meta.date == dt.date(2021, 3, 5)


def test_a_datelines_place_alone_over_the_title(tmp_path: Path) -> None:
    brief = _extract(tmp_path, f"SPRINGFIELD, Ill.\nMarch 5, 2021\n\n{TITLE}\n\n" + BODY)
    assert brief.meta.title == TITLE


@pytest.mark.parametrize(("line", "authors", "editors"), [
    ("撰文/张三 编辑/李四", ["张三"], ["李四"]),
    ("文/张三 图/李四", ["张三"], []),
    ("撰文:张三 摄影:李四", ["张三"], []),
])
def test_chinese_writer_lines_with_photographers_and_editors(tmp_path: Path, line: str, authors: list[str],
                                                             editors: list[str]) -> None:
    brief = _extract(tmp_path, f"经济运行总体平稳\n\n{line}\n\n2021年3月5日\n\n" + ZH_BODY)
    assert brief.meta.title == "经济运行总体平稳"
    assert brief.meta.authors == authors
    assert brief.meta.editors == editors


@pytest.mark.parametrize(("head", "source"), [
    ("The Kansas City Star\n\nCouncil approves new city budget\n\nMarch 5, 2021\n\n", "The Kansas City Star"),
    ("Council approves new city budget - KMOV.com\n\nMarch 5, 2021\n\n", "KMOV.com"),
    ("Sun Yang\n\nCouncil approves new city budget\n\nMarch 5, 2021\n\n", None),
])
def test_a_masthead_above_the_title_or_a_domain_after_it(tmp_path: Path, head: str, source: str | None) -> None:
    brief = _extract(tmp_path, head + BODY)
    assert brief.meta.title == "Council approves new city budget"
    assert brief.meta.source == source


@pytest.mark.parametrize("note", [
    "Jane Smith writes about cities from Chicago.",
    "Jane Smith, a retired teacher, lives in Springfield.",
    "Rep. Jane Smith represents Ohio's 12th District in the U.S. House.",
    "—Jane Smith is the executive director of the Roads Alliance.",
])
def test_an_op_eds_closing_note_on_its_writer(tmp_path: Path, note: str) -> None:
    brief = _extract(tmp_path, "Why we must fix our roads\n\n" + LETTER + "\n" + note + "\n")
    assert brief.meta.authors == ["Jane Smith"]


def test_a_long_closing_paragraph_about_someone_is_no_note_on_the_writer(tmp_path: Path) -> None:
    closing = ("John Doe lives in Springfield, where the council voted on Tuesday to approve a budget that adds twelve "
               "jobs, keeps taxes flat and, officials said after a long meeting that ran late into the night, "
               "repairs every bridge in the county by the end of the next decade at the latest.")
    brief = _extract(tmp_path, "Council approves new city budget\n\nMarch 5, 2021\n\n" + BODY + "\n" + closing + "\n")
    assert brief.meta.authors == []


def test_a_page_titles_trail_of_section_and_site(tmp_path: Path) -> None:
    brief = _extract(tmp_path, f"{TITLE} | Local News | The Daily Star\n\nMarch 5, 2021\n\n" + BODY)
    assert brief.meta.title == TITLE
    assert brief.meta.source == "The Daily Star"


@pytest.mark.parametrize(("opening", "source"), [
    ("By JANE SMITH Associated Press SPRINGFIELD, Ill. (AP) — ", "Associated Press"),
    ("By Jane Smith — SPRINGFIELD — ", None),
])
def test_a_byline_run_into_the_first_paragraph(tmp_path: Path, opening: str, source: str | None) -> None:
    brief = _extract(tmp_path, f"{TITLE}\n\nMarch 5, 2021\n\n{opening}" + BODY)
    assert brief.meta.authors == ["Jane Smith"]
    assert brief.meta.source == source
    assert str(brief.summary).startswith("The city council voted")


def test_a_wire_services_spanish_byline_dateline_and_credits(tmp_path: Path) -> None:
    text = ("El Nasdaq cae a mínimos de dos años\n\nPor Shreyashi Sanyal y Bansari Mayur Kamdar\n\n"
            "10 oct (Reuters) - El índice Nasdaq caía el lunes hasta tocar mínimos de dos años, ya que los fabricantes "
            "de chips se desplomaban tras las nuevas restricciones a las exportaciones.\n\n"
            "El índice de semiconductores bajó un 2,7% en la sesión de media mañana del lunes en Nueva York.\n\n"
            "(Reportes de Ankika Biswas y Shreyashi Sanyal en Bengaluru; reporte adicional de Bansari Mayur Kamdar. "
            "Editado en español por Marion Giraldo)\n")
    brief = _extract(tmp_path, text)
    assert brief.meta.authors == ["Shreyashi Sanyal", "Bansari Mayur Kamdar", "Ankika Biswas"]
    assert brief.meta.editors == ["Marion Giraldo"]
    assert brief.meta.source == "Reuters"
    assert str(brief.summary).startswith("El índice Nasdaq")


def _warnings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(path)[1]


def test_writers_and_outlets_only_guessed_are_flagged_for_the_reviewer(tmp_path: Path) -> None:
    signed = _warnings(tmp_path, "School taxes\n\nDear editor:\n\n" + LETTER + "\nJim Elardo\n")
    assert any(w.startswith("meta.authors is a guess (from the signature") for w in signed)
    noted = _warnings(tmp_path, "Why we must fix our roads\n\n" + LETTER + "\nJane Smith writes about cities.\n")
    assert any(w.startswith("meta.authors is a guess (from the closing note") for w in noted)
    masthead = _warnings(tmp_path, "The Kansas City Star\n\nCouncil approves new city budget\n\nMarch 5, 2021\n\n"
                         + BODY)
    assert any(w.startswith("meta.source is a guess ('The Kansas City Star'") for w in masthead)


def test_a_byline_and_a_labelled_source_are_no_guesses(tmp_path: Path) -> None:
    warnings = _warnings(tmp_path, "Council approves new city budget\n\nBy Jane Smith\nMarch 5, 2021\n\n" + BODY
                         + "\nSource: The Daily Star\n")
    assert not any(w.startswith(("meta.authors is a guess", "meta.source is a guess")) for w in warnings)


@pytest.mark.parametrize(("declared", "authors", "source"), [
    ("By Jane Smith", ["Jane Smith"], None),
    ("Jane Smith, Staff Writer", ["Jane Smith"], None),
    ("Jane Smith | The Daily Star", ["Jane Smith"], "The Daily Star"),
    ("Associated Press", [], "Associated Press"),
    ("Trade Desk", ["Trade Desk"], None),
])
def test_writers_declared_in_front_matter(tmp_path: Path, declared: str, authors: list[str],
                                          source: str | None) -> None:
    path = tmp_path / "page.md"
    path.write_text(f"---\ntitle: Council approves new city budget\nauthor: {declared}\ndate: 2021-03-05\n---\n\n"
                    + BODY, encoding="utf-8")
    brief = extract_article(path)[0]
    assert brief.meta.authors == authors
    assert brief.meta.source == source


BYLINE_SHAPES = {
    "capital names and ANDs": "By " + "JANE SMITH AND " * 300 + "x",
    "names and ands": "By " + "Jane Smith and " * 2_000 + "x",
    "names and commas": "By " + "Jane Smith, " * 2_000,
    "names and bars": "Jane Smith | " * 2_000,
    "a long closing note": "Jane Smith, a " + "very " * 5_000 + "long note, lives here",
    "latin reporters": "華爾街日報記者 " + "Jane Smith / " * 2_000,
}


@pytest.mark.parametrize("shape", sorted(BYLINE_SHAPES))
def test_pathological_bylines_complete(tmp_path: Path, shape: str) -> None:
    """A byline pattern gone exponential would hang here (one did, on capital names joined by AND)."""
    brief = _extract(tmp_path, f"{TITLE}\n\nMarch 5, 2021\n\n{BYLINE_SHAPES[shape]}\n\n" + BODY
                     + "\n" + BYLINE_SHAPES[shape] + "\n")
    assert brief.meta.title == TITLE


@pytest.mark.parametrize("above", ["You are here\nFeed aggregator", "You are here\nDHS News"])
def test_a_breadcrumb_prompt_is_no_title(tmp_path: Path, above: str) -> None:
    brief = _extract(tmp_path, f"{above}\n{TITLE}\n" + BODY)
    assert brief.meta.title == TITLE


def test_a_picture_caption_printed_twice_is_no_headline_echo(tmp_path: Path) -> None:
    deck = "The mayor says the plan adds jobs and keeps taxes flat after a long and heated meeting on Tuesday"
    caption = "The council chamber on Tuesday"
    brief = _extract(tmp_path, f"{TITLE}\n\n{deck}\n\n{caption}\n{caption}\n\n" + BODY)
    assert brief.meta.title == TITLE


@pytest.mark.parametrize("stamp", ["Jane Smith|Published", "Jane Smith | Published Jun 12, 2015"])
def test_a_byline_beside_its_time_stamp_under_a_section_label(tmp_path: Path, stamp: str) -> None:
    brief = _extract(tmp_path, f"Business Report Economy\n\n{TITLE}\n\n{stamp}\n\n" + BODY)
    assert brief.meta.title == TITLE
    assert brief.meta.authors == ["Jane Smith"]


@pytest.mark.parametrize("address", ["jane.smith@example.com", "[email protected]"])
def test_a_write_to_line_closing_the_story_names_its_writer(tmp_path: Path, address: str) -> None:
    brief = _extract(tmp_path, f"{TITLE}\n{BODY}\nWrite to Jane Q. Smith at {address}\n")
    assert brief.meta.authors == ["Jane Q. Smith"]


def test_a_file_picture_caption_names_no_outlet(tmp_path: Path) -> None:
    brief = _extract(tmp_path, f"{TITLE}\n\nFILE: The council chamber on Tuesday. Picture: AFP.\n\n" + BODY)
    assert brief.meta.source is None


@pytest.mark.parametrize(("text", "authors", "source"), [
    (f"新洲签下7个项目\n(长江日报 记者杨菁 通讯员梅慧香){ZH_BODY}", ["杨菁"], "长江日报"),
    (f"新洲签下7个项目\n本报讯(全媒体记者 储翔宇){ZH_BODY}", ["储翔宇"], None),
    (f"新洲签下7个项目\n{ZH_BODY}相关工作正按程序报批,有望近期成立。(记者 张守帅)\n", ["张守帅"], None),
], ids=["paper-before-reporter", "reporter-desk", "closing-note"])
def test_chinese_reporter_notes_with_paper_desk_or_at_the_close(tmp_path: Path, text: str, authors: list[str],
                                                                source: str | None) -> None:
    brief = _extract(tmp_path, text)
    assert brief.meta.title == "新洲签下7个项目"
    assert brief.meta.authors == authors
    assert brief.meta.source == source


def test_a_newspaper_page_masthead_date_and_page_label_over_the_title(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "芜湖日报\n2022年09月05日\n第RB05版:要 闻\n\n繁昌区第三季度招商引资项目集中签约\n\n"
                     f"本报讯(全媒体记者 储翔宇){ZH_BODY}")
    assert brief.meta.title == "繁昌区第三季度招商引资项目集中签约"
    assert brief.meta.source == "芜湖日报"
    assert brief.meta.authors == ["储翔宇"]
    assert brief.meta.date == dt.date(2022, 9, 5)


def test_a_dateline_without_its_year_takes_the_year_of_the_wire_notice(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "10 oct (Reuters) - " + BODY + "\n(c) Copyright Thomson Reuters 2022. Click For "
                     "Restrictions\n")
    assert brief.meta.date == dt.date(2022, 10, 10)
    spanned = _extract(tmp_path, "10 oct (Reuters) - " + BODY + "\n© 2010-2024 Example Media. All rights reserved.\n")
    assert spanned.meta.date is None  # a site's span of years says nothing of the story's


def test_a_written_question_is_dated_by_its_answer(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "Environment Protection\n(asked on 8th February 2021) - View Source\n\n" + LETTER
                     + "\nThis question was answered on 16th February 2021\n\n" + BODY)
    assert brief.meta.date == dt.date(2021, 2, 16)


def test_a_short_sentence_over_a_transcript_is_its_title(tmp_path: Path) -> None:
    title = "Officials said the budget would add twelve jobs in response to the council."
    brief = _extract(tmp_path, f"{title}\n\nMeng Wei: Yesterday, the council met. " + BODY)
    assert brief.meta.title == title
