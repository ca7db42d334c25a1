"""Chinese titles: one set over two lines is read as one when its first line stops inside a phrase (on 和, 与, 的,
关于 …) or opens a paper's "关于…" title the line under it closes with the paper's kind (意见, 通知 …); a short
kicker over its headline is still joined with a space, and a headline complete on its line is left alone.  A
credit in brackets after a title ("…(本市新闻局)") names the site, as a " - 信報" suffix does.

Made-up lines through :func:`briefkit.extract.titleshapes.with_kicker` and a made-up page through
:func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract.titlefurniture import zh_site_suffix
from briefkit.extract.titleshapes import with_kicker


def test_line_stopping_on_a_conjunction_goes_on_under_it() -> None:
    joined = with_kicker("县政府关于加强农村道路和", "桥梁养护管理工作的通知")
    assert joined == "县政府关于加强农村道路和桥梁养护管理工作的通知"


def test_paper_title_closed_by_its_kind_on_the_next_line() -> None:
    assert with_kicker("市人民政府关于印发全市道路维修计划", "实施方案") == "市人民政府关于印发全市道路维修计划实施方案"


def test_complete_headline_is_left_alone() -> None:
    assert with_kicker("市政府常务会议审议道路维修计划", "会议要求各区县抓紧落实") == "市政府常务会议审议道路维修计划"
    assert with_kicker("关于印发道路维修计划的通知", "各区县人民政府") == "关于印发道路维修计划的通知"


def test_sentence_under_a_line_is_no_part_of_it() -> None:
    assert with_kicker("县政府关于加强农村道路和", "桥梁养护,确保安全。") == "县政府关于加强农村道路和"


def test_page_with_a_broken_title(tmp_path: Path) -> None:
    text = ("县政府办公室关于加强农村道路和\n桥梁养护管理工作的实施意见\n县政办发〔2024〕3号\n\n"
            "各乡镇人民政府,县政府各部门:\n\n"
            "为加强农村道路和桥梁养护管理,经县政府同意,现提出如下意见。今年安排资金一千二百万元,用于道路维修。\n\n"
            "各乡镇要抓紧落实道路和桥梁养护计划,确保年底前完成全部工程。\n")
    brief = extracted(tmp_path, text, "page.txt")[0]
    assert brief.meta.title == "县政府办公室关于加强农村道路和桥梁养护管理工作的实施意见"


def test_bracketed_credit_after_a_chinese_title_names_the_site() -> None:
    assert zh_site_suffix("市政府明日公布道路维修计划(本市新闻局)") == ("市政府明日公布道路维修计划", "本市新闻局")
    assert zh_site_suffix("市政府明日公布道路维修计划(东方日报)") == ("市政府明日公布道路维修计划", "东方日报")
    assert zh_site_suffix("财政司司长会见传媒谈话全文(附短片)") is None
