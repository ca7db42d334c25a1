"""Notices and outlets: a copyright notice names its holder; an article without a title is cited by its outlet."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article


def test_a_closing_copyright_notice_in_brackets_names_its_holder(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("\nWASHINGTON (AP) — U.S. inflation picked up a bit last month as higher prices for groceries "
                    "were largely offset by cheaper gas, the Labor Department said Wednesday.\n"
                    "(Copyright 2025 The Associated Press. All Rights Reserved.)\n", encoding="utf-8")
    meta = extract_article(path)[0].meta
    assert meta.outlet in (None, "The Associated Press")
    assert "Copyright" not in (meta.outlet or "") and "Rights" not in (meta.outlet or "")


def test_an_article_without_a_title_line_is_still_cited_by_its_outlet(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Reuters\n\nGerman exports fell unexpectedly in May, as exports to the U.S. and Russia posted "
                    "strong declines, data from the federal statistics office showed on Tuesday.\n", encoding="utf-8")
    brief = extract_article(path)[0]
    assert [s.publisher for s in brief.sources] == ["Reuters"]
