"""A flattened table's cells side by side: "Turnover 11,824 12,363 984 908" is four numbers, not "984908".

A space may group a number's thousands ("711 515 t", "48 000 in the EU28"), and the number reader joins digit
groups so.  A text that groups its thousands with commas does not also group them with spaces: there, two
three-digit groups a space apart are two cells of a table row (a subsidiary's 984 beside the group's 908).
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity

__all__ = ["split_cells"]

_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+")
_GROUP = re.compile(r"\d+")
_CELL_BEFORE = re.compile(r"\d[)%]?\s$")
_CELL_AFTER = re.compile(r"\s\(?\d")


def split_cells(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with each bare space-grouped number split into its groups, where ``text`` groups its
    thousands with commas (see the module's docstring)."""
    if not _COMMA_GROUPED.search(text):
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        if q.unit is not None or q.scale != 1.0 or q.qualifier or not _SPACE_GROUPED.fullmatch(q.display):
            out.append(q)
            continue
        at = text.find(q.display, q.start)
        # a cell stands beside another number of its row ("12,363 984 908 Operating"), not in a clause
        if at < 0 or not (_CELL_BEFORE.search(text, 0, at) or _CELL_AFTER.match(text, at + len(q.display))):
            out.append(q)
            continue
        out += [Quantity(float(m.group(0)), m.group(0), at + m.start(), at + m.end(), None, None, 0)
                for m in _GROUP.finditer(q.display)]
    return out
