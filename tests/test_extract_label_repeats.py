"""A figure's label never says its noun twice (issue 12): "its opening forecast of $8" after "its previous
forecast of $7" read the second "forecast" as the clause's verb and labelled the tile "… forecast forecast"."""

from __future__ import annotations

from itertools import pairwise

from briefkit.extract.nounlabels import noun_label


def test_a_noun_read_as_the_verb_is_not_repeated() -> None:
    before = ("The new $6.75 mid-point is down from its previous forecast of $7 per kgMS and its opening "
              "forecast of ")
    label = noun_label(before) or ""
    words = label.lower().split()
    assert all(a != b for a, b in pairwise(words)), label


def test_a_change_keeps_its_verb() -> None:
    assert noun_label("Exports rose ") == "Exports rose"
