"""Quotes, attributed statements and idioms in quotation marks.

Straight quotes are paired within a sentence; curly, guillemet and CJK
corner quotes are matched by their own pairs.  The speaker is the one the
sentence names ("said X", "X said", "according to X", "X表示"), or, for "he
said", the one named just before (:mod:`~briefkit.extract.speakers`).
"""

from __future__ import annotations

import re

from briefkit.content.model import Quote
from briefkit.extract.body import Sentence
from briefkit.extract.regexguard import guarded
from briefkit.extract.speakers import speakers

_QUOTED = re.compile(r'"([^"]{2,600})"|“([^”]{2,600})”|«\s*([^»]{2,600}?)\s*»|「([^」]{2,600})」|『([^』]{2,600})』')
_INTERFACE = frozenset(["like", "share", "reply", "comment", "comments", "follow", "subscribe", "tweet", "retweet",
                        "print", "email", "save", "more", "read", "menu", "close", "login", "sign", "in", "up",
                        "next", "previous"])
_EVENT_AFTER = re.compile(r"^\s*(?:Forum|Summit|Conference|Festival|Awards?|Expo|Fair|Games|Dialogue|Series|论坛|峰会|"
                          r"大会|博览会)\b")
_EVENT_BEFORE = guarded(re.compile(r"(?:series|forum|summit|conference|theme|themed|titled|entitled|dubbed|programme|"
                           r"主题|系列)\s*$", re.IGNORECASE))


_NAMED_AS = re.compile(r"\b(?:titled|entitled|dubbed|nicknamed|so-called|slogan|motto|theme)\s*,?\s*[\"“«「『]?\s*$",
                       re.IGNORECASE)
"""A quotation that is a name given ("the budget, titled “Delivering for you”"): nobody's words."""
_ZH_NAMED_AS = re.compile(r"(?:[称稱]之?[为為]|[称稱]作|叫做|[誉譽][为為]|命名[为為]|名[为為]|[号號][称稱])[“「『]?$")
"""The same in Chinese (李光耀曾将这段时期的新加坡称为“只有心脏，没有身体的经济体”: a name he gave)."""
_ASKED = re.compile(r"\basked\b[^\"“”«»]{0,30}?[,:]?\s*[\"“«]?\s*$")
"""A question put to someone ("when asked that September, “Do you think …?”"): the asker's, not theirs."""


_TITLE_WORDS = (3, 8)


def _not_a_quote(text: str, sentence: str, end: int) -> bool:
    """Interface words in quotation marks ("Like", "Share"), the names of forums, series and events, a name
    given to something, and a question put to the people the sentence reports on."""
    if all(w.lower().strip(".,!") in _INTERFACE for w in text.split()):
        return True
    start = sentence.find(text)
    before = sentence[:max(0, start)]
    named = _NAMED_AS.search(before) or _ZH_NAMED_AS.search(before)
    if named or (text.rstrip().endswith("?") and _ASKED.search(before)):
        return True
    words = text.split()
    title_case = all(w[:1].isupper() or w.lower() in {"of", "and", "for", "the", "on", "in", "a"} for w in words)
    if title_case and len(words) >= 3 and not text.rstrip().endswith((".", "!", "?", ",")):
        return True  # a name in quotation marks: "Global Artificial Intelligence Governance Initiative"
    if title_case and _TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1] and text.rstrip().endswith((".", ",")):
        return True  # the same with the sentence's stop set inside the marks: "The World of Tomorrow."
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
    who = speakers([s.text for s in sentences])
    for sentence, speaker in zip(sentences, who, strict=True):
        for match in _QUOTED.finditer(sentence.text):
            text = next(g for g in match.groups() if g is not None).strip().rstrip(",")
            if _too_short(text) or text in seen or _not_a_quote(text, sentence.text,
                                                                                         match.end()):
                continue
            seen.add(text)
            quotes.append(Quote(text=text, attribution=speaker, source_text=sentence.text))
    return quotes
