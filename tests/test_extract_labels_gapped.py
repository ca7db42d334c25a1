"""A second figure's label in a clause that leaves its verb out ("71% blamed fuel bills and 47% low pay"), and
whether such a pair is charted."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article


def _labels(tmp_path: Path, sentence: str) -> dict[float, str]:
    page = tmp_path / "page.txt"
    page.write_text("Harvest report\n\n" + sentence + " The ministry said the harvest was good.\n", encoding="utf-8")
    brief, _ = extract_article(page)
    return {f.value: f.label for f in brief.figures}


def test_the_unit_after_the_first_figure_is_not_carried_over_as_a_verb(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "This year farmers raised almost 260 thousand tons of barley, or 80 000 tons more "
                               "than last year.")
    assert labels[80000.0] == "Tons more than last year"


def test_a_difference_is_not_charted_beside_the_level_it_changes(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Harvest report\n\nThis year farmers raised almost 260 thousand tons of barley, or 80 000 tons "
                    "more than last year. The ministry said the harvest was good.\n", encoding="utf-8")
    brief, _ = extract_article(page)
    assert [f.group for f in brief.figures] == [None, None]  # a level and its change are no two bars of one chart
