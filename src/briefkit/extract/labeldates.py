"""One label, one measure: figures of a page that share a label but state different quantities.

The figure finder labels each number from its own clause, so "Trade surplus" may label August's surplus and the
first nine months' alike, and a chart or a table then shows two bars of one name.  Where their sentences place
them at different times, each takes its time in the article's words ("Trade surplus (in August)").  Chinese labels
are left to labels_zh.py.
"""

from __future__ import annotations

import re

from briefkit.content.model import Figure
from briefkit.extract.wordcount import CJK

# when a figure's own sentence places it in time: "in August", "at the end of May", "in the first nine months",
# "in 2008", "this year", "a year earlier"
_WHEN_PHRASE = re.compile(
    r"\b(?:(?:in|at\s+the\s+end\s+of|by\s+the\s+end\s+of|during|since)\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|last|past)\s+(?:half|quarter|(?:\w+\s+)?months)(?:\s+of\s+(?:19|20)\d{2})?"
    r"|(?-i:[A-Z][a-z]+-[A-Z][a-z]+)\s+period|(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:-\d{2})?"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?:19|20)\d{2})?)"
    r"|\b(?:this|last|next)\s+(?:year|month|quarter|week)|\ba\s+year\s+(?:earlier|ago|before))", re.IGNORECASE)


def dated_labels(figures: list[Figure]) -> list[Figure]:
    """One label, one measure: figures of one page that share a label but state different quantities in
    different sentences ("Trade surplus" of August and of the first nine months) each take the time their
    sentence gives them, in the article's words ("Trade surplus (in August)"), where those times differ."""
    by_label: dict[str, list[Figure]] = {}
    for figure in figures:
        if not CJK.search(figure.label):
            by_label.setdefault(figure.label, []).append(figure)
    for label, members in by_label.items():
        if len({(f.value, f.unit) for f in members}) < 2 or len({f.source_text for f in members}) < 2:
            continue
        whens = [_when(f) for f in members]
        if not any(whens) or len({(w or "").lower() for w in whens}) < 2:
            continue  # no time, or the same time for all: nothing of the article's tells them apart
        for figure, when in zip(members, whens, strict=True):
            if when and when.lower() not in label.lower():
                figure.label = f"{label} ({when})"
    return figures


def _when(figure: Figure) -> str | None:
    """The time phrase of a figure's sentence nearest its number, or None."""
    text, display = figure.source_text or "", figure.display or ""
    at = text.find(display) if display else -1
    found = list(_WHEN_PHRASE.finditer(text))
    if at < 0 or not found:
        return None
    return min(found, key=lambda m: abs(m.start() - at)).group(0)
