"""Quotes, attributed statements and idioms in quotation marks.

Straight quotes are paired within a sentence; curly, guillemet and CJK
corner quotes are matched by their own pairs.  The speaker is named only when
the sentence names one ("said X", "X said", "according to X").
"""

from __future__ import annotations

import re

from briefkit.content.model import Quote
from briefkit.extract.body import Sentence

_QUOTED = re.compile(r'"([^"]{2,600})"|“([^”]{2,600})”|«\s*([^»]{2,600}?)\s*»|「([^」]{2,600})」|『([^』]{2,600})』')
_NAME = r"((?:[A-Z][\w.'-]{1,40})(?:\s+(?:[A-Z][\w.'-]{1,40}|of|the|and|de|van|von|der|da|di|du|al|bin|le|la)){0,6})"
_SAID = re.compile(r"\b(?:said|says|told|stated|noted|added|wrote|declared|explained)\s+(?:the\s+)?" + _NAME)
_SAID_BY = re.compile(_NAME + r",?\s+(?:\([^)]*\)\s+)?(?:said|says|told|stated|noted|added|wrote|declared)\b")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?" + _NAME)


def _attribution(sentence: str) -> str | None:
    """A speaker named in the sentence outside the quotation itself."""
    outside = _QUOTED.sub(" ", sentence)
    for pattern in (_SAID, _SAID_BY, _ACCORDING):
        match = pattern.search(outside)
        if match:
            name = match.group(1).strip().rstrip(".")
            name = re.sub(r"^(?:The|the|and|of)\s+", "", name)
            if name and name[0].isupper() and name not in {"He", "She", "They", "It", "We", "I"}:
                return name
    return None


def find_quotes(sentences: list[Sentence]) -> list[Quote]:
    """Every quoted passage with its sentence and, when named, its speaker."""
    quotes: list[Quote] = []
    seen: set[str] = set()
    for sentence in sentences:
        for match in _QUOTED.finditer(sentence.text):
            text = next(g for g in match.groups() if g is not None).strip().rstrip(",")
            if (len(text.split()) < 2 and len(text) < 4) or text in seen:
                continue
            seen.add(text)
            quotes.append(Quote(text=text, attribution=_attribution(sentence.text), source_text=sentence.text))
    return quotes
