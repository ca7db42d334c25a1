"""Chinese compound units that the unit reader would cut at their first character: "277583万人公里" counts
passenger-kilometres, not people, "1679361万吨公里" tonne-kilometres, and "200万平米" square metres (平米, the
everyday short form of 平方米, which has no measure word the reader knows).

A transport bulletin's turnover and a plant's floor area are measures in their own classes; read as "人" or as a
unit carried over from the figure before ("15万吨…200万平米"), they would be counted as people or weighed.
"""

from __future__ import annotations

import re

__all__ = ["compound_unit"]

# passenger-, tonne- and vehicle-kilometres; square metres in the short form and its linear-metre cousin
_COMPOUND = re.compile(r"(?P<unit>(?:人|吨|噸|车|車|人次)公里|平米|延米)")


def compound_unit(after: str) -> str | None:
    """The compound unit right after a number (``after`` is the text that follows it), or None."""
    match = _COMPOUND.match(after)
    return match["unit"] if match else None
