"""A match's final score: "besting Trinity Western by a score of 40-17", "the final score was 3–2".

A bare "a-b" is no figure (a score in passing, "evened the score at 3-3", a vote, a span: see spans.py and
notfigures.py), but the result a match report states as "a score of" or "the final score" is what the report is
about: each side's tally is a figure, counted in points.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity, parse_number

__all__ = ["match_scores"]

_SCORE = re.compile(r"\b(?:(?:a|the)\s+score\s+of|(?:the\s+)?final\s+score\s+(?:of\s+|was\s+|ended\s+)?)"
                    r"\s*(?P<a>\d{1,3})[\s\u00a0]?[-–][\s\u00a0]?(?P<b>\d{1,3})(?![\d%/-]|[.,]\d|\s*(?:%|per\s*cent))",
                    re.IGNORECASE)


def match_scores(text: str) -> list[Quantity]:
    """Both sides' points of a score ``text`` states as the result ("by a score of 40-17": 40 and 17 points)."""
    found: list[Quantity] = []
    for match in _SCORE.finditer(text) if "score" in text.lower() else ():
        for side in ("a", "b"):
            value, decimals = parse_number(match[side])
            found.append(Quantity(value, match[side], match.start(side), match.end(side), "points", None, decimals))
    return found
