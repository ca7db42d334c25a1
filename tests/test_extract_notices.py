"""A copyright notice closing a story names its holder, never itself, as the outlet."""

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
