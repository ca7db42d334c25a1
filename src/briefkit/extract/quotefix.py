"""Quotations a reader would call said, not words in quotation marks.

A drafted deck gives its quotations a slide of their own ("In their words"); a phrase quoted for its
wording there reads as a statement: "concerned citizens" (scare quotes in an op-ed), “味道湖南懷化味道”
(the name of a food festival in a government notice).  Two shapes, on any site:

- a phrase of at most four words, with no speaker named, that the sentence runs on after ("a lot of
  “concerned citizens” who were …", the comma set inside the marks too: "the “long-term unemployed,” remain
  high") or that an article names ("an idea about a “project coalition”, the paper says"): a term, not a
  statement;
- a short Chinese quotation, with no speaker, followed at once by more of the noun it names
  (“嗨購幸福懷化”消費季, “新质生产力”是…): a name or a term; something said ends at punctuation.

A phrase of at most three words runs on as a term even under a named speaker ("persistently high” commodity
prices, the Council said): three words are the speaker's wording, not a statement to put on a slide.
"""

from __future__ import annotations

import re

from briefkit.content.model import Quote
from briefkit.extract.speakers import SPEECH_TAG
from briefkit.extract.wordcount import CJK

_PHRASE_WORDS = 4
_SAID_PHRASE_WORDS = 3
_CJK_NAME = 12


def said_quotes(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` without phrases quoted for their wording (see the module's docstring)."""
    return [q for q in quotes
            if not _a_term(q.text, q.source_text or "", _SAID_PHRASE_WORDS if q.attribution else _PHRASE_WORDS)]


def _a_term(text: str, sentence: str, most: int) -> bool:
    at = sentence.find(text)
    if at < 0:
        return False
    after = sentence[at + len(text):]
    inside = re.match(r",[”\"’']\s", after)  # the "long-term unemployed," remain high: a comma set inside the marks
    after = after[2:] if inside and not SPEECH_TAG.match(after[2:]) else after.lstrip("”\"’'」』»")
    if CJK.search(text):
        return len(text) < _CJK_NAME and bool(CJK.match(after))
    words = text.split()
    # a term follows an article or a demonstrative ("a PR-ish idea about a “project coalition”, the paper says")
    named = bool(_ARTICLE_BEFORE.search(sentence[:at]))
    return len(words) <= most and text[:1].islower() and not text.rstrip().endswith((".", "!", "?", ",")) \
        and (named or bool(re.match(r"\s+[a-z]", after)))


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|so-called)\s+[\"“‘']$", re.IGNORECASE)
