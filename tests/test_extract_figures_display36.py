"""A Chinese figure is shown with the measure word written right after its number ("80.3万吨", "46所", "3.86亿人次"):
a tile shows the number and a label, and without it "80.3万" over 全年粮食产量 would lose the tonnes.  English
numbers keep their own form (the thousands separators added, the noun left to the label).

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

ZH_HEAD = "一篇为一种数字编写的示例文章\n\n"


def _displays(tmp_path: Path, text: str) -> list[str]:
    return [str(f.display) for f in drafted(tmp_path, text + "\n").figures]


@pytest.mark.parametrize(("body", "display"), [
    ("今年全县粮食产量达到61.7万吨,比上年增长2.1%。", "61.7万吨"),
    ("全区共有中小学校38所,在校学生4.2万人。", "38所"),
    ("春节假期全市共接待游客1.26亿人次。", "1.26亿人次"),
])
def test_a_chinese_figure_shows_its_measure_word(tmp_path: Path, body: str, display: str) -> None:
    assert display in _displays(tmp_path, ZH_HEAD + body)


def test_a_chinese_sum_keeps_its_currency_once(tmp_path: Path) -> None:
    displays = _displays(tmp_path, ZH_HEAD + "全年完成固定资产投资58.4亿元。")
    assert "58.4亿元" in displays


def test_an_english_count_leaves_its_noun_to_the_label(tmp_path: Path) -> None:
    displays = _displays(tmp_path, "A made-up page\n\nThe mill processed 42000 tonnes of grain last season.")
    assert "42,000" in displays


def test_the_noun_after_a_shown_measure_word_stays_whole(tmp_path: Path) -> None:
    # "签下9个项目": shown "9个", labelled by 项目 (项 is a measure word too, but here it opens the noun)
    figures = drafted(tmp_path, ZH_HEAD + "该区在洽谈会上一次签下9个项目,投资总额达88.5亿元。\n").figures
    assert any(f.display == "9个" and f.label == "项目" for f in figures), [(f.display, f.label) for f in figures]
