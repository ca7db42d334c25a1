"""A quantity found in a text, and the value of a number as written ("38,000", "3,5", "29.351,72")."""

from __future__ import annotations

import re
from dataclasses import dataclass


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


def parse_number(raw: str) -> tuple[float, int]:
    """The value of a written number and its count of decimals."""
    raw = re.sub(r"[\u00a0\u202f\u2009 ]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", raw):
        raw = raw.replace(".", "")  # "29.351,72": a continental 29,351.72
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    return float(raw), decimals
