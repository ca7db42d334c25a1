"""Source labels that credit a chart, a table or a figure, not the story.

A page's "Source: Statistics Canada" under "Chart: water rates by city" (or "Table 2 … Source: …" on one line,
"图1 … / 资料来源: …") names where the chart's numbers came from: on any site, a data credit, never the outlet
that published the story.  :func:`charted` tells such a label's value apart so the source decision passes over it.
"""

from __future__ import annotations

import itertools
import re

# a line that captions a chart, a table, a figure or a map ("Chart: …", "Table 2. …", "Figure 3 -", "图1 …", "表2")
_CAPTION = re.compile(r"^\s*(?:(?i:chart|table|figure|fig\.|graph|graphic|infographic|map|exhibit)(?:\s+\d+)?"
                      r"\s*[:.\-–—]"
                      r"|(?i:chart|table|figure|graph|exhibit)\s+\d+\b|(?:图表|圖表|图|圖|表)\s*\d+)")
_LABEL = re.compile(r"(?i:\bsources?\s*[:：])|(?:来源|來源)\s*[:：]")


def charted(value: str, blocks: list[str]) -> bool:
    """Whether ``value`` is given only by source labels that credit a chart, table or figure: on the caption's own
    line ("Chart: rates by city. Source: Statistics Canada") or on the line right after it."""
    found = False
    for before, text in itertools.pairwise(["", *blocks]):
        if value not in text or not (label := _LABEL.search(text)) or value not in text[label.end():]:
            continue
        if not (_CAPTION.match(text) or _CAPTION.match(before)):
            return False  # a label of its own, or one under a paragraph of the story: the page's credit
        found = True
    return found
