"""A sum restated in apposition is one figure; a different sum of the same currency in a bracket is another:
"£1.2bn (£1,200m)" is one fact in two notations, "₹675 (₹638)" a new charge beside the old one."""

from __future__ import annotations

from briefkit.extract.figures import find_figures
from briefkit.extract.labelfix import tidy_figures
from briefkit.extract.sentences import split_sentences


def _values(text: str) -> list[float]:
    from briefkit.extract.body import Sentence

    sentences = [Sentence(text=s, index=i, paragraph=0, heading=None) for i, s in enumerate(split_sentences(text))]
    return sorted(f.value for f in tidy_figures(find_figures(sentences, None)))


def test_an_old_charge_in_a_bracket_is_a_figure_of_its_own() -> None:
    values = _values("The fixed charge for a single-phase connection rises to ₹675 (₹638) from April, the "
                     "regulator said.")
    assert 675 in values and 638 in values


def test_one_sum_in_two_notations_is_one_figure() -> None:
    values = _values("The council will borrow £1.2bn (£1,200m) over the next ten years, the leader said.")
    assert values.count(1.2e9) == 1 and len(values) == 1
