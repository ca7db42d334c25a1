"""Chinese page heads: a credit line in any of the common forms ("◎ 文 《法人》全媒體記者 X", "文丨X", "撰文/X",
"★ 文/记者 X", a converter's pinyin run into it) is a byline, never the title, and names its writer alone.

Made-up pages in each form, through :func:`briefkit.extract.extract_article`."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import bylines_zh, extract_article

TITLE = "企業合規改革進入深水區"
BODY = "近年來,企業合規改革試點在全國推開,已有2800多家企業參與。\n\n專家認為,下一步應完善相關立法。\n"
CREDITS = ["◎ 文 《法人》全媒體記者 王小明", "撰文/王小明", "文：王小明", "文丨王小明", "★ 文/记者 王小明",
           "图文/王小明", "文、圖/王小明", "文 | 本报记者 王小明", "本(běn)報(bào)記(jì)者(zhě) 王小明",
           "◎本报记者 王小明",
           "《法人》全媒体记者 王小明"]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_line_over_the_date_is_no_title(tmp_path: Path, credit: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{TITLE}\n{credit}\n2024-05-06 10:20\n\n{BODY}", encoding="utf-8")
    meta = extract_article(page)[0].meta
    assert meta.title == TITLE
    assert meta.authors == ["王小明"]


@pytest.mark.parametrize("credit", CREDITS)
def test_each_form_reads_as_a_reporter_line(credit: str) -> None:
    assert bylines_zh.is_reporter_line(credit)
    assert bylines_zh.reporters(credit) == ["王小明"]


def test_an_outlet_in_book_marks_is_the_credit_s_outlet() -> None:
    assert bylines_zh.reporter_outlet("◎ 文 《法人》全媒體記者 王小明") == "法人"


def test_headlines_opening_like_a_credit_stay_headlines() -> None:
    for line in ("文旅部:推动文化和旅游深度融合", "文化强国建设迈出新步伐", "记者节:致敬一线新闻工作者的坚守"):
        assert not bylines_zh.is_reporter_line(line)
