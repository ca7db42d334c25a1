"""Numbers that name a trade law's section in Chinese copy ("232关税", "301調查", "232半導體產業調查": Section 232 and
Section 301, the tariff or the inquiry they open) are no figures, as "Section 232" is none in English; a count
before an inquiry writes its measure word ("300家企业调查") and stays a figure.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

ZH_HEAD = "一篇为一种数字编写的示例文章\n\n"


def _values(tmp_path: Path, body: str) -> set[float]:
    return {f.value for f in drafted(tmp_path, ZH_HEAD + body + "\n").figures}


@pytest.mark.parametrize("body", [
    "美方宣布对进口钢铁加征232关税,出口企业订单受到影响。",
    "華府啟動301調查後,多家廠商調整了供應鏈。",
    "美國發起232半導體產業調查,結果尚未出爐。",
])
def test_a_trade_law_section_is_no_figure(tmp_path: Path, body: str) -> None:
    assert not _values(tmp_path, body) & {232.0, 301.0}


def test_a_count_before_an_inquiry_is_a_figure(tmp_path: Path) -> None:
    assert 260.0 in _values(tmp_path, "监管部门今年对260家企业开展了专项调查。")
