"""A change stated as a sum and as a percentage ("… were €31.5 billion, up €2.2 billion or 7 per cent on last
year") is one change of the level the sentence opened with: both numbers carry that level's name and what the change
is measured against, never a copy of the clause ("Up €2.2 billion or 7 per cent on") nor the comparison alone.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _labels(tmp_path: Path, body: str) -> dict[float, str]:
    return {f.value: f.label for f in drafted(tmp_path, HEAD + body + "\n").figures}


def test_a_change_as_a_sum_and_a_share_is_labelled_as_the_levels_change(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Customs receipts were €31.5 billion to end-June, up €2.2 billion or 7 per cent on "
                               "the same period last year, the department said.")
    assert labels[2.2e9] == labels[7.0]
    assert labels[7.0].startswith("Customs receipts") and "same period last year" in labels[7.0]
    assert "rise" in labels[7.0] and "€" not in labels[7.0]


def test_a_fall_is_named_a_fall(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Port traffic fell to $12 billion, down $1 billion or 8 percent from a year earlier, "
                               "the authority said.")
    assert "fall from a year earlier" in labels[8.0]


def test_a_share_of_a_whole_is_no_change(tmp_path: Path) -> None:
    # "or 20 percent of the total": a part and its share, nothing measured against anything
    labels = _labels(tmp_path, "Online sales were $400 million last year, $80 million or 20 percent of the total.")
    assert "rise" not in labels[20.0] and "fall" not in labels[20.0]
