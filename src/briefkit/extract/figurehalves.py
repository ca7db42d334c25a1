"""Halves a compound adjective states: "half-price public transport", "from a 50-50 share of the costs".

"Half-price" is a price cut by 50 %, and "a 50-50 share" (or "fifty-fifty split") is each side's 50 % of the
whole: the article states a share without writing its percent, as "a third" is 33.33 % (the corpus convention on
shares in words).  Neither the digit reader (a hyphen between digits is no range it reads) nor the word reader
("half" alone is no figure) finds them, so they are read here, as 50 %.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity

# "half-price", "half price" before a noun or ending the clause ("tickets at half price"); "half-off"
# … and an even split of something shared: "a 50-50 share", "on a fifty-fifty basis", "a 50/50 split"
_HALVES = re.compile(r"\bhalf[\s-](?:price|off)\b"
                     r"|\b(?:50\s?[-–/]\s?50|fifty[\s-]fifty)(?=[\s-]+(?:share|split|basis|partnership|joint|"
                     r"ownership|stake|venture|funding|cost[\s-]shar\w*|arrangement|deal)\b)", re.IGNORECASE)


def even_halves(text: str) -> list[Quantity]:
    """The 50 % each "half-price" or "50-50 share" in ``text`` states."""
    if "half" not in text.lower() and "50" not in text and "fifty" not in text.lower():
        return []
    return [Quantity(50.0, m.group(), m.start(), m.end(), "%", None, 0) for m in _HALVES.finditer(text)]
