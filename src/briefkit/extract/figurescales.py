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

from briefkit.extract.moneycarry import MONEY_SCALE
from briefkit.extract.quantity import Quantity

_CODE = re.compile(r"[A-Z]{3}")
_SENTENCE_END = re.compile(r"\s*[.;]?\s*$")
# a price's words before a bare sum: "at $2.50", "per share", "a unit of"
_PRICE_BEFORE = re.compile(r"\b(?:at|per|each|a|an|share|shares|stock|price|prices|priced|costs?|pays?|paid|fare|"
                           r"fee|rate|tariff|litre|liter|kilo|unit|head)\W*$", re.IGNORECASE)
_MIN_SCALE = 1e6


# … and a change's other end, wherever it stands: "from $24 billion in 2022 to $27 in 2023", "rose to $4.1 billion,
# up from $3.9 a year earlier": the writer gives the scale once for both ends
_OTHER_END_BEFORE = re.compile(r"\b(?:to|from|versus|vs\.?|against|than|compared\s+(?:with|to))\s+"
                               r"(?:(?:about|around|some|nearly|almost|just|roughly)\s+)?$", re.IGNORECASE)
# … when what follows is the end of the clause or the time the end belongs to, never a price's unit ("$1.10 a share")
_OTHER_END_AFTER = re.compile(r"\s*(?:$|[,;.)]|(?:in|last|this|next|the|earlier|previously|before|during"
                              r"|a\s+year\s+(?:earlier|ago|before))\b)", re.IGNORECASE)


def _bare_sum(text: str, last: Quantity) -> bool:
    """True for a sum written without a scale that may take the scale its sentence gave the same currency."""
    if last.unit is None or not _CODE.fullmatch(last.unit) or last.scale != 1.0 or last.decimals == 2 \
            or _PRICE_BEFORE.search(text[max(0, last.start - 24):last.start]):
        return False
    if _SENTENCE_END.fullmatch(text[last.end:]):
        return True
    return bool(_OTHER_END_BEFORE.search(text[max(0, last.start - 30):last.start])) \
        and bool(_OTHER_END_AFTER.match(text, last.end))


def _scaled(found: list[Quantity], at: int) -> Quantity | None:
    """The sum at ``at`` with the scale of the sentence's nearest earlier sum of its currency, when that sum wrote
    a scale and the bare one is of its order."""
    last = found[at]
    for q in reversed(found[:at]):
        if q.unit == last.unit:
            digits = q.value / q.scale
            if q.scale >= _MIN_SCALE and digits > 0 and 0.1 <= last.value / digits <= 10:
                return replace(last, value=last.value * q.scale, scale=q.scale)
            return None
    return None


def restored_scales(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a sentence's bare sums given the scale the sentence's earlier sum of their currency wrote,
    when the bare sum ends the sentence or is a change's other end, is of that sum's order and is no price."""
    out = list(found)
    for at in range(1, len(out)):
        if _bare_sum(text, out[at]) and (scaled := _scaled(out, at)) is not None:
            out[at] = scaled
    return out


_SCALE_WORD = re.compile(r"\b(?:million|billion|trillion)\b", re.IGNORECASE)


def written_scale(q: Quantity) -> float:
    """The scale ``q`` was written with; a scale in words ("half a billion goes to schools") counts as a million's,
    the least scale a sum of money is written in, which the word reader does not record."""
    return MONEY_SCALE if q.scale == 1.0 and q.unit is None and _SCALE_WORD.search(q.display) else q.scale
