"""Signs and units a sentence writes once in words around its numbers: "minus 0.3 per cent", "负0.3%", and the
"percent" wire copy drops after saying it once ("a downwardly revised 0.2 rise").

Split from :mod:`briefkit.extract.numbers`, which applies both to the quantities it has read.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity
from briefkit.extract.regexguard import guarded

_MINUS = re.compile(r"(?:\bminus|\bnegative|负|負)\s*$", re.IGNORECASE)


def minus(text: str, found: list[Quantity]) -> list[Quantity]:
    """"minus 0.3 per cent", "minus 5 degrees", "负0.3%": a sign written as a word is the number's own."""
    if not any(w in text for w in ("minus", "Minus", "negative", "Negative", "负", "負")):
        return found
    out: list[Quantity] = []
    for q in found:
        sign = _MINUS.search(text[max(0, q.start - 10):q.start]) if q.value > 0 and not q.is_year else None
        if sign:  # the display keeps the article's writing: "minus 0.3 per cent"
            start = max(0, q.start - 10) + sign.start()
            q = Quantity(-q.value, text[start:q.end], start, q.end, q.unit, q.qualifier, q.decimals, False, q.scale)
        out.append(q)
    return out


_CHANGE_NOUN = guarded(re.compile(
    r"\s*(?:rise|fall|decline|drop|gain|increase|decrease|contraction|expansion|jump|slump"
                          r"|dip|slide|climb)\b", re.IGNORECASE))


def implied_percent(text: str, found: list[Quantity]) -> list[Quantity]:
    """"a downwardly revised 0.2 rise", "the revised 6.0 contraction": wire copy drops "percent" once a
    sentence has said it; a bare decimal before a word of change is then a percentage too."""
    if not any(q.unit == "%" for q in found):
        return found
    return [Quantity(q.value, q.display, q.start, q.end, "%", q.qualifier, q.decimals, False, q.scale)
            if q.unit is None and q.scale == 1.0 and q.decimals > 0 and _CHANGE_NOUN.match(text, q.end) else q
            for q in found]
