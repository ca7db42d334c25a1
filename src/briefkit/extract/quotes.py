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


_INTERFACE = frozenset(["like", "share", "reply", "comment", "comments", "follow", "subscribe", "tweet", "retweet",
                        "print", "email", "save", "more", "read", "menu", "close", "login", "sign", "in", "up",
                        "next", "previous"])
_EVENT_AFTER = re.compile(r"^\s*(?:Forum|Summit|Conference|Festival|Awards?|Expo|Fair|Games|Dialogue|Series|论坛|峰会|"
                          r"大会|博览会)\b")
_EVENT_BEFORE = re.compile(r"(?:series|forum|summit|conference|theme|themed|titled|entitled|dubbed|programme|"
                           r"主题|系列)\s*$", re.IGNORECASE)


def _not_a_quote(text: str, sentence: str, end: int) -> bool:
    """Interface words in quotation marks ("Like", "Share") and the names of forums, series and events."""
    if all(w.lower().strip(".,!") in _INTERFACE for w in text.split()):
        return True
    start = sentence.find(text)
    words = text.split()
    title_case = all(w[:1].isupper() or w.lower() in {"of", "and", "for", "the", "on", "in", "a"} for w in words)
    if title_case and len(words) >= 3 and not text.rstrip().endswith((".", "!", "?", ",")):
        return True  # a name in quotation marks: "Global Artificial Intelligence Governance Initiative"
    return title_case and bool(_EVENT_AFTER.match(sentence[end:]) or _EVENT_BEFORE.search(sentence[:max(0, start - 1)]))


def _too_short(text: str) -> bool:
    """One word in quotation marks is a title or a term ("Water", "decoupling"), not something said; in
    Chinese, fewer than eight characters (an idiom, "榜上有名", or a slogan's name, "新质生产力")."""
    if re.search(r"[\u3400-\u9fff]", text):
        return len(text) < 8
    return len(text.split()) < 2


def find_quotes(sentences: list[Sentence]) -> list[Quote]:
    """Every quoted passage with its sentence and, when named, its speaker."""
    quotes: list[Quote] = []
    seen: set[str] = set()
    for sentence in sentences:
        for match in _QUOTED.finditer(sentence.text):
            text = next(g for g in match.groups() if g is not None).strip().rstrip(",")
            if _too_short(text) or text in seen or _not_a_quote(text, sentence.text,
                                                                                         match.end()):
                continue
            seen.add(text)
            quotes.append(Quote(text=text, attribution=_attribution(sentence.text), source_text=sentence.text))
    return quotes
