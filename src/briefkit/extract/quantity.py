"""A quantity found in a text, and the value of a number as written ("38,000", "3,5", "29.351,72")."""

from __future__ import annotations

import re
from dataclasses import dataclass

QUALIFIERS = ["more than", "less than", "fewer than", "at least", "up to", "close to", "nearly", "almost", "over",
              "about", "around", "approximately", "roughly", "some", "under", "above", "below", "plus de",
              "près de", "environ", "moins de", "presque", "超过", "超過", "近", "约", "約", "逾",
              "as many as", "as much as", "as high as", "as low as", "upwards of", "in excess of", "an estimated",
              "just over", "just under", "well over", "well under", "nearly", "almost", "超", "高达", "高達", "多达",
              "多達", "大约", "大約", "接近", "将近", "將近"]
# longest first, so "just over 500" keeps its "just"
QUALIFIER_PATTERN = "|".join(q.replace(" ", r"\s+") for q in sorted(set(QUALIFIERS), key=len, reverse=True))
WORD_QUAL = re.compile(r"(?:(?P<qual>" + QUALIFIER_PATTERN + r")\s+)$",
                        re.IGNORECASE)
"""A qualifier just before a number written in words or a share ("about a third", "nearly half")."""


@dataclass(frozen=True)
class Quantity:
    """A number found in a text."""

    value: float
    display: str
    start: int
    end: int
    unit: str | None
    qualifier: str | None
    decimals: int
    is_year: bool = False
    scale: float = 1.0


_GLYPHS = {"½": (0.5, 1), "¼": (0.25, 2), "¾": (0.75, 2), "⅓": (1 / 3, 2), "⅔": (2 / 3, 2)}


def parse_number(raw: str) -> tuple[float, int]:
    """The value of a written number and its count of decimals."""
    raw = re.sub(r"[\u00a0\u202f\u2009 ]", "", raw)
    if raw[-1:] in _GLYPHS:  # "11½ per cent": a whole number and a vulgar fraction's glyph
        part, decimals = _GLYPHS[raw[-1]]
        return round(float(raw[:-1]) + part, decimals), decimals
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", raw):
        raw = raw.replace(".", "")  # "29.351,72": a continental 29,351.72
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    return float(raw), decimals
