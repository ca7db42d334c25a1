"""Chinese bodies whose remit jieba reads as a set phrase ("生态环境"): the place, the remit and the body's word
make one name; the phrase before a body's word with no place before it stays out."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article


def _organisations(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text("今年前五月空气质量改善\n\n" + body + "\n", encoding="utf-8")
    brief, _ = extract_article(path)
    return [o.name for o in brief.organisations]


def test_a_provinces_department_with_a_set_phrase_remit_is_one_name(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "6月29日，记者从广东省生态环境厅获悉，今年1至5月全省空气质量优良天数比例为"
                                     "92.1%，同比上升2.3个百分点。")
    assert "广东省生态环境厅" in found


def test_a_generic_utility_with_no_place_before_it_is_no_name(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "居民反映水压偏低，自来水公司表示将在本周内完成管道检修，水价暂不调整。")
    assert "自来水公司" not in found
