"""A share on a Chinese page is labelled in Chinese (issue 12): "…增加值占比91.6%" gave the tile an English
"Share of the total (…)" label in a Chinese deck."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import extracted

PAGE = ("规上工业平稳增长\n\n1—7月份，全市规模以上工业增加值同比增长5.1%，增速较上年同期加快1.7个百分点。"
        "全市规模以上工业中，现代工业产业体系增加值占比91.6%，同比增长5.4%。\n\n"
        "装备制造业增加值同比增长5.2%，拉动全市规模以上工业0.4个百分点。\n")


def test_a_chinese_share_has_a_chinese_label(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, PAGE)
    share = next(f for f in brief.figures if f.value == 91.6)
    assert share.label.endswith("占比") and not re.search(r"[A-Za-z]", share.label)
