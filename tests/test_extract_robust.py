"""Pathological article text: every shape completes cleanly (a regex gone quadratic would hang here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.errors import BriefkitError
from briefkit.extract import extract_article

SHAPES = {
    "one long word": "a" * 60_000,
    "capitals": "A" * 60_000,
    "capitalised words": "Aa " * 20_000 + ".",
    "digits": "1" * 60_000,
    "thousand separators": "1," * 30_000,
    "at signs": "a@" * 30_000,
    "open quotes": '"a ' * 20_000,
    "dots": "a." * 30_000,
    "years": "2024 " * 12_000,
    "months": "in March " * 8_000,
    "said names": "word " * 10_000 + "said Aa" + " Aa" * 10_000,
    "cjk": "中" * 60_000,
    "percent signs": "5% " * 2_000,
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pathological_text_completes(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("A title line\n" + SHAPES[shape] + "\n", encoding="utf-8")
    try:
        brief, _ = extract_article(path)
    except BriefkitError as exc:  # refusing is fine, as long as it is one clear line
        assert "\n" not in str(exc)
        return
    assert brief.meta.title == "A title line"
