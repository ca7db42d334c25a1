"""Interface lines over a story are never its title, in any language the site prints them in: a cookie banner's
consent prompt, a browser's recommendation, a keyboard shortcut, an app's download prompt, markup left in the
text, a portal's row of links to its language versions, a menu set out one Chinese character at a time.  A
notice table's padded 名称 cell gives the title.

Made-up pages in each kind's form, through :func:`briefkit.extract.extract_article` and the furniture check."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import COUNCIL_STORY as BODY
from tests.conftest import COUNCIL_STORY_ZH as ZH_BODY
from tests.conftest import extracted

from briefkit.content.model import Brief
from briefkit.extract import headlines, noticefields_zh
from briefkit.extract.titlefurniture import is_widget
from briefkit.extract.titlescore import not_headline


def _extract(tmp_path: Path, text: str) -> Brief:
    return extracted(tmp_path, text, "page.txt")[0]


@pytest.mark.parametrize("line", [
    "Manage Cookie Preferences", "Customise your privacy settings", "Accept all cookies",
    "Switch to a modern browser for the best experience", "Please use a supported web browser",
    "Press Ctrl + D to bookmark this page", "請使用鍵盤按住Ctrl + S儲存本頁", "Download the free app",
    '<div class="nav"><span>', "Начало English Français 中文 Контакты",
    "首 页 新 闻 中 心 办 事 服 务"])
def test_interface_lines_are_widgets(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize("line", [
    "English Premier League clubs agree spending cap", "Browser maker unveils new privacy tools",
    "Parliament debates consent law for data sharing", "Council passes budget with 4% increase",
    "市政府 审议 道路 维修 计划"])
def test_headlines_are_no_widgets(line: str) -> None:
    assert not is_widget(line)


def test_a_consent_banner_over_the_story_gives_no_title(tmp_path: Path) -> None:
    text = ("Manage Consent Preferences\n\nWe use cookies to help you navigate the site. Some are always active.\n\n"
            f"County budget keeps property taxes flat\n\nMarch 3, 2024\n\n{BODY}")
    assert _extract(tmp_path, text).meta.title == "County budget keeps property taxes flat"


def test_a_keyboard_prompt_over_a_chinese_headline(tmp_path: Path) -> None:
    text = f"列印本頁 :\n請使用鍵盤按住Ctrl + P列印本頁\n\n全市道路維修計劃通過 年底前完工\n\n2024-03-03\n\n{ZH_BODY}"
    assert _extract(tmp_path, text).meta.title == "全市道路維修計劃通過 年底前完工"


def test_a_padded_name_cell_gives_a_notice_table_its_title() -> None:
    lines = ["索   引   号 20240303-1234 分        类 通知公告",
             "发 布 机 构 市人民政府办公室 发 文 日 期 2024-03-01",
             "名        称 市人民政府办公室关于印发道路维修计划的通知",
             "文        号 市政办发〔2024〕3号"]
    assert noticefields_zh.title(lines) == "市人民政府办公室关于印发道路维修计划的通知"


def test_a_footnote_mark_and_a_glued_menu_run_leave_the_headline() -> None:
    assert headlines.clean("Council passes its biggest budget of $12M [2]") \
        == "Council passes its biggest budget of $12M"
    assert headlines.clean("AboutContributorsAdvertisers County budget keeps taxes flat") \
        == "County budget keeps taxes flat"
    assert headlines.clean("Budget [Video]") != "Budget"  # a medium's tag is another check's, not a footnote


@pytest.mark.parametrize("line", ["本周刊记者:王小明", "?  经济周报记者:李华",
                                  "发于2024.3.1总第1100期《经济周刊》杂志"])
def test_a_reporters_credit_or_a_print_note_is_no_headline(line: str) -> None:
    assert not_headline(line)


@pytest.mark.parametrize("line", ["陈部长:集中精神工作 「喝太多水」記者會一度走開", "记者节:新闻工作者的节日"])
def test_a_headline_naming_reporters_stays(line: str) -> None:
    assert not not_headline(line)


@pytest.mark.parametrize("line", ["jane doe No Comments", "Posted by admin - 13 comments", "Leave a Reply"])
def test_comment_count_lines_are_widgets(line: str) -> None:
    assert is_widget(line)


def test_comment_count_line_over_a_story_is_no_title(tmp_path: Path) -> None:
    brief = _extract(tmp_path, "jane doe No Comments\n\n" + BODY)
    assert brief.meta.title != "jane doe No Comments"


def test_a_headline_about_comments_stays_a_title() -> None:
    assert not is_widget("Council opens budget for public comments")
