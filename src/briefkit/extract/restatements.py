"""One fact in two notations: a figure restated in apposition after another ("50 basis points (0.5%)",
"£1.2bn (£1,200m)", "about 75% — three-quarters"), which the drafted figures keep once (:mod:`labelfix`).

Split from labelfix.py.  Two shares in digits are one only when the same number rounded ("49.6% (50%)"), as are two
exact sums in one currency in a bracket ("₹675 (₹638)" is a new charge beside the old one, not a restatement).
"""

from __future__ import annotations

import math
import re

from briefkit.content.model import Figure

_FRACTIONS = {"halves": 2, "half": 2, "thirds": 3, "third": 3, "quarters": 4, "quarter": 4, "fifths": 5}


def _percent(figure: Figure) -> float | None:
    """The figure as a percentage: '73%', 'three-quarters' (75), 'nine out of 10' (90 %)."""
    if figure.unit == "%":
        return figure.value
    parts = (figure.unit or "").lower().split()
    if len(parts) == 1 and parts[0] in _FRACTIONS:
        return figure.value * 100 / _FRACTIONS[parts[0]]
    return None


def restates(text: str, first: tuple[Figure, tuple[int, int]], second: tuple[Figure, tuple[int, int]]) -> bool:
    """True when ``second`` restates ``first`` in apposition: a comma, a bracket or a dash after a few words,
    closed after it, and the same quantity within rounding.  A dash with no space ("6-6.5 percent") is a
    range, not an apposition."""
    (a, (_, a_end)), (b, (b_start, b_end)) = first, second
    gap, after = text[a_end:b_start], text[b_end:b_end + 2]
    if not re.fullmatch(r"(?:\s+[\w'’-]+){0,4}\s*(?:,|\(|\s[-–—])\s*", gap) or not re.match(r"\s*(?:[,)–—-]|$|\.)",
                                                                                        after):
        return False
    if {a.unit, b.unit} == {"%", "percentage points"} and a.qualifier is None and b.qualifier is None:
        return abs(a.value - b.value) < 1e-9  # "50 basis points (0.5%)": one change, in two notations
    if a.unit == b.unit == "%" and a.qualifier is None and b.qualifier is None \
            and _DIGIT_SHARE.search(a.display or "") and _DIGIT_SHARE.search(b.display or ""):
        # "13.2% (12.6%)", "7.8% (7.9% a month earlier)": two shares written in digits are one only when they are
        # the same number rounded ("49.6% (50%)"); otherwise the bracket compares, as a table's previous column
        return abs(a.value - b.value) <= 0.5 * 10.0 ** -min(_decimals(a.display), _decimals(b.display)) + 1e-9
    pa, pb = _percent(a), _percent(b)
    if pa is not None and pb is not None:
        return abs(pa - pb) <= 5 and (b.qualifier is None or a.qualifier is not None)
    if a.unit != b.unit or a.unit is None or max(a.value, b.value) <= 0:
        return False
    if "(" in gap and a.qualifier is None and b.qualifier is None:
        # "₹675 (₹638)": two exact sums in one currency, the bracket an old charge beside the new, one only when
        # the same sum rounded ("£1.2bn (£1,200m)")
        return abs(a.value - b.value) <= max(_rounding(a), _rounding(b))
    return abs(a.value - b.value) <= 0.1 * max(a.value, b.value)


def _rounding(figure: Figure) -> float:
    """Half the last place a sum is written to ("$1.2bn": 0.05 billion; "₹638": 0.5)."""
    written = re.search(r"\d[\d,.]*", figure.display or "")
    places = max(len(re.sub(r"\D", "", written.group(0)).lstrip("0")), 1) if written else 1
    if not figure.value:
        return 0.0
    return 0.5 * 10.0 ** (math.floor(math.log10(abs(figure.value))) - places + 1)


_DIGIT_SHARE = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _decimals(display: str | None) -> int:
    """The decimals a share is written with ("12.6%": 1)."""
    match = re.search(r"\d(?:\.(\d+))?\s*(?:%|per)", display or "", re.IGNORECASE)
    return len(match.group(1) or "") if match else 0
