"""A sum whose scale the writer left off at the end of a sentence that gave it for the same currency: "a deficit of
RO1.3 billion …, adding that the 2022 budget achieved a surplus of RO1.146.", "total expenditure will be Rs. 6,978
billion and the total revenue and grants will be Rs. 4,127."

Read as written, "RO1.146" is one rial and a sixth, a number the article never means: the sentence's first sum
in that currency carries "billion", and the bare one, of the same order as its digits, closes the sentence where
its scale word fell off.  It takes that scale.  A price ("closed at $2.50.", "$1.20 a share") keeps its own value:
a sum written with a price's two decimals, or after a price's word, is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefkit.extract.quantity import Quantity

_CODE = re.compile(r"[A-Z]{3}")
_SENTENCE_END = re.compile(r"\s*[.;]?\s*$")
# a price's words before a bare sum: "at $2.50", "per share", "a unit of"
_PRICE_BEFORE = re.compile(r"\b(?:at|per|each|a|an|share|shares|stock|price|prices|priced|costs?|pays?|paid|fare|"
                           r"fee|rate|tariff|litre|liter|kilo|unit|head)\W*$", re.IGNORECASE)
_MIN_SCALE = 1e6


def restored_scales(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a sentence's last bare sum given the scale the sentence's earlier sum of its currency wrote,
    when the bare sum ends the sentence, is of that sum's order and is no price."""
    if len(found) < 2:
        return found
    last = found[-1]
    if last.unit is None or not _CODE.fullmatch(last.unit) or last.scale != 1.0 or last.decimals == 2 \
            or not _SENTENCE_END.fullmatch(text[last.end:]) or _PRICE_BEFORE.search(text[max(0, last.start - 24):
                                                                                         last.start]):
        return found
    for q in reversed(found[:-1]):
        if q.unit == last.unit and q.scale >= _MIN_SCALE:
            digits = q.value / q.scale
            if digits > 0 and 0.1 <= last.value / digits <= 10:
                return [*found[:-1], replace(last, value=last.value * q.scale, scale=q.scale)]
            return found
    return found
