"""A flattened table whose column header writes the unit once: "Commodity group 2016–2017, % TOTAL 3.4 Food
5.7 …" or "Change (%) Exports 4.2 Imports -1.3".

A page's table reaches the extractor as one run of text: the header's "%" stands alone (after a comma, in
brackets, or after "in"), and every row's number after it is a percentage, though none writes the sign.  A row's
number may carry a minus the number reader leaves out (it never signs a bare number: "COVID -19").
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefkit.extract.quantity import Quantity

# "%" as a column's unit: not after a digit, and followed by the first row's name (a capital) or its number
_PERCENT_HEADER = re.compile(r"(?:,\s*|\(\s*|\bin\s+)[%％]\s*\)?(?=\s+(?:[A-Z]|-?\d))")
_MINUS_BEFORE = re.compile(r"(?:^|\s)[-−–]$")
# a row's negative change the number reader leaves unread (a hyphen before digits never starts its numbers)
_SIGNED_ROW = re.compile(r"(?<=\s)[-−](?P<num>\d{1,3}(?:\.\d+)?)(?=\s|$)")


def column_percents(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with each bare number after a percent column header made a percentage (signed where a
    minus stands before it)."""
    header = _PERCENT_HEADER.search(text)
    if header is None:
        return quantities
    out: list[Quantity] = []
    for q in sorted([*quantities, *_unread_rows(text, header.end(), quantities)], key=lambda q: q.start):
        if q.start > header.end() and q.unit is None and q.scale == 1.0 and not q.is_year and q.value < 1000:
            negative = bool(_MINUS_BEFORE.search(text[max(0, q.start - 2):q.start]))
            start = q.start - 1 if negative else q.start
            q = replace(q, value=-q.value if negative else q.value, unit="%", start=start,
                        display=text[start:q.end])
        out.append(q)
    return out


def _unread_rows(text: str, start: int, quantities: list[Quantity]) -> list[Quantity]:
    """The signed rows after ``start`` no quantity covers ("Communications -4.1 Recreation"), bare."""
    found: list[Quantity] = []
    for match in _SIGNED_ROW.finditer(text, start):
        if not any(q.start < match.end() and match.start() < q.end for q in quantities):
            num = match["num"]
            found.append(Quantity(float(num), num, match.start("num"), match.end(), None, None,
                                  len(num.partition(".")[2])))
    return found
