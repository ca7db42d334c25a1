"""A Chinese reporter's credit closing the story, in brackets or with its brackets lost when the copy ran the
credit line into the last paragraph ("…百分点。记者 刘超"): the name is the author, and the credit is no sentence
of the draft (it once stood as the draft's background).  Small made-up pages through real extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract.boilerplate import is_boilerplate

HEAD = "港口吞吐量再创新高\n\n"
BODY = ("据统计,今年二月全市港口货物吞吐量为1200万吨,同比增长12%,创同期新高。港口方面表示,集装箱业务增长最快。\n\n"
        "港口集团表示,三月份航线将继续增加,预计吞吐量保持增长,全年有望突破1.5亿吨。")


@pytest.mark.parametrize("credit", ["记者 王晓晖", "(记者 王晓晖)", "（记者王晓晖）", "記者 王晓晖"])
def test_a_closing_reporter_credit_names_the_author(tmp_path: Path, credit: str) -> None:
    brief, _ = extracted(tmp_path, HEAD + BODY + credit + "\n")
    assert brief.meta.authors == ["王晓晖"]
    drafted = [brief.summary or "", *(p.text for p in brief.key_points), *brief.background]
    assert not any("记者" in text or "記者" in text for text in drafted), drafted


def test_a_closing_sentence_about_reporters_is_no_credit(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, HEAD + BODY + "记者多次联系港口集团。\n")
    assert brief.meta.authors == []


@pytest.mark.parametrize(("sentence", "credit"), [("记者 刘超", True), ("（记者 张守帅 王永珍）", True),
                                                  ("记者从港口集团获悉,吞吐量再创新高。", False)])
def test_a_credit_alone_is_boilerplate(sentence: str, credit: bool) -> None:
    assert is_boilerplate(sentence) is credit
