"""A headline's edges and the lines that head a page rather than a story: a column tag in round brackets before a
Chinese headline, a writer's credit or a print button after it, an attribution deck the copy ran onto it, a
listing's "read more" link running into the next item, a font-size control, a masthead's founding line, an
organisation's name with its initials, a "headlines" section name, and a labelled title field under a masthead.

Made-up pages in each kind's form, through :func:`briefkit.extract.extract_article` and the furniture checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import COUNCIL_STORY as BODY
from tests.conftest import COUNCIL_STORY_ZH as ZH_BODY
from tests.conftest import extracted

from briefkit.content.model import Brief
from briefkit.extract import headlines
from briefkit.extract.titlefurniture import is_name_line, is_widget


def _title(tmp_path: Path, text: str) -> str:
    brief: Brief = extracted(tmp_path, text, "page.txt")[0]
    return brief.meta.title


@pytest.mark.parametrize(("line", "headline"), [
    ("(春节走基层)山区县道路维修跑出加速度", "山区县道路维修跑出加速度"),
    ("城市评论:也谈道路维修计划 文:李明华", "城市评论:也谈道路维修计划"),
    ("County commits to repairing every rural road by 2027 -Councillor Smith at budget hearing",
     "County commits to repairing every rural road by 2027"),
    ("市政府审议通过全市道路维修计划 [打印本页]", "市政府审议通过全市道路维修计划"),
    ("市人民政府关于印发《市道路维修办法》的通知(2019修订)", "市人民政府关于印发《市道路维修办法》的通知"),
])
def test_furniture_at_a_headlines_edge_is_cut(line: str, headline: str) -> None:
    assert headlines.clean(line) == headline


@pytest.mark.parametrize("line", [
    "(2019)道路维修", "Budget rises 4% in well-off county", "Pre-election budget -2% for roads",
    "道路维修计划 文化", "County council (CC) backs road plan today"])
def test_headlines_without_such_furniture_stay_whole(line: str) -> None:
    assert headlines.clean(line) == line


@pytest.mark.parametrize("line", [
    "放大+ 缩小- 默认o", "詳細內容 »道路維修計劃獲通過", "Read more » Council backs roads"])
def test_controls_and_more_links_are_widgets(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize("line", [
    "Riverton, Oregon  Est. June 2, 1871", "Since 1902", "Department of Public Works (DPW)", "全市頭條"])
def test_masthead_and_section_lines_are_names(line: str) -> None:
    assert is_name_line(line)


@pytest.mark.parametrize("line", ["Council backs road plan (UPDATE)", "Road plan approved since 2019 review"])
def test_headlines_are_not_names(line: str) -> None:
    assert not is_name_line(line)


def test_founding_line_over_the_headline_is_skipped(tmp_path: Path) -> None:
    text = ("The Riverton Herald\nRiverton, Oregon  Est. June 2, 1871\n\nCouncil budget adds road money\n\n" + BODY)
    assert _title(tmp_path, text) == "Council budget adds road money"


def test_font_size_controls_over_the_headline_are_skipped(tmp_path: Path) -> None:
    text = "下一篇\n放大+  缩小-   默认o\n\n全市道路维修计划获通过\n\n" + ZH_BODY
    assert _title(tmp_path, text) == "全市道路维修计划获通过"


def test_labelled_title_field_beats_a_masthead_over_it(tmp_path: Path) -> None:
    text = "RiverBBS 河城最具影响力的网络社区\n\n标题: 市政府审议通过全市道路维修计划 [打印本页]\n\n" + ZH_BODY
    assert _title(tmp_path, text) == "市政府审议通过全市道路维修计划"


DISCLAIMER = ("Translation Notice\n\nSome pages of this site have been translated by a professional service and are "
              "marked with a yellow box at the top of each translated page for readers.\n\n"
              "Where no translation is available, an automatic service may be used, which the county does not "
              "endorse and whose output readers rely on at their own risk.\n\n")


def test_headline_over_a_released_stamp_under_a_notice(tmp_path: Path) -> None:
    text = DISCLAIMER + "County Budget Adds Road Money And Two Deputies\n\nReleased on May 16, 2019\n\n" + BODY
    assert _title(tmp_path, text) == "County Budget Adds Road Money And Two Deputies"


def test_two_sentence_headline_over_its_published_stamp(tmp_path: Path) -> None:
    text = ("It wasn't the mayor who found the road money. It was the auditor.\n\n"
            "Published: January 6, 2017 at 9:16pm\n\n" + BODY)
    assert _title(tmp_path, text) == "It wasn't the mayor who found the road money. It was the auditor."
