"""Key-figure labels are short noun phrases: never the sentence they came from, never ending in "to".

Small synthetic articles in the shapes wire copy uses, run end to end through the reader.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefkit.content.model import Brief
from briefkit.extract import extract_article

ARTICLE = """Trade figures surprise again

BEIJING, March 7 (Xinhua) -- Exports rose 10.5 percent to 2.4 trillion dollars in February, customs data showed.

The central bank has already raised its key interest rate to 4.25 percent, the third rise this year.

Train services in three regions were cut by 40 percent on Monday as unions demanded a 9 percent raise.

Economists at the institute put world GDP growth at 2.6 percent, down from a forecast of 3.3 percent.

Over 50 million dollars is being allocated to support schools and young people in rural areas.
"""


def _brief(tmp_path: Path) -> Brief:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return extract_article(path)[0]


def _label(brief: Brief, value: float) -> str:
    return next(f.label for f in brief.figures if abs(f.value - value) < 1e-9)


def test_labels_are_short_and_never_dangle(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    assert len(brief.figures) >= 8
    for figure in brief.figures:
        assert len(figure.label.split()) <= 10, figure.label
        assert not re.search(r"\b(?:to|the|from|of|a|by|at)$", figure.label, re.IGNORECASE), figure.label
        assert figure.label.rstrip(".") != (figure.source_text or "").rstrip("."), figure.label


def test_a_label_names_what_the_number_measures(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    assert _label(brief, 10.5) == "Exports rose"  # the change itself
    assert _label(brief, 2.4e12) == "Exports"  # the level the change led to
    assert _label(brief, 4.25) == "Key interest rate"  # what was raised
    assert _label(brief, 2.6) == "World GDP growth"
    assert _label(brief, 3.3) == "Forecast"  # a verb's form after "a" is a noun
    assert "Train services" in _label(brief, 40)
    assert "schools" in _label(brief, 5e7).lower()  # a number opening its clause: what it goes to


def test_no_label_repeats_a_key_point(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    points = {p.text.rstrip(".") if hasattr(p, "text") else str(p).rstrip(".") for p in brief.key_points}
    assert not any(f.label.rstrip(".") in points for f in brief.figures)
