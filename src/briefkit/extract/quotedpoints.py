"""Key points that are someone's words: shown as a quotation with its speaker, or not taken.

A key point is read as the article's own statement.  A sentence from inside a quotation the article runs
over several sentences ("“As it was in January; so it will be in March. I predict the MPC will leave the
rates unchanged.”"), or a point that is a quotation and nothing else ("“例如，针对性柴油补贴…。这些补贴…。”"),
is someone's claim: shown bare, it puts their words in the article's mouth.  An editor writing a brief from a
statement that is mostly quotation still takes its claims as points, with the speaker's name before them and
the words in quotation marks ("Hannah Terrey: “We know that one in five chief executives …”"); where the
article names no speaker for them, the editor leaves them out rather than guess.

The speaker of a quotation is the one its closing or opening sentence names ("…,” said X", "X said: “…"), else
the one named last within a few sentences before it opens (the lead-in "X said on Monday:" of a statement,
a paragraph of its own).  Nothing else changes: the point's words are the sentence's, and its
``source_text`` is the sentence as the article prints it.
"""

from __future__ import annotations

import re

from briefkit.extract.body import Sentence
from briefkit.extract.speakers import speakers, without_quotations
from briefkit.extract.wordcount import CJK

_OPENERS = "“\"「『«"
_CLOSERS = "”\"」』»"
_BEFORE = 4
"""Sentences before a quotation opens where its speaker may be named (the statement's lead-in)."""
_NO_WORDS = re.compile(r"^[\W_]*$")


def quotation_speakers(sentences: list[Sentence], inside: set[int]) -> dict[int, str | None]:
    """For each sentence of ``inside`` (the indexes of sentences inside a quotation running over several) and
    each sentence holding a quotation mark, the speaker of the quotation it stands in (None: the article names
    none)."""
    who = speakers([s.text for s in sentences])
    return {sentence.index: _speaker_of(sentences, who, n) for n, sentence in enumerate(sentences)
            if sentence.index in inside or _opens_here(sentence.text) or _closes_here(sentence.text)}


def _speaker_of(sentences: list[Sentence], who: list[str | None], n: int) -> str | None:
    """The speaker of the quotation sentence ``n`` stands in: named by the sentence that closes it, by the one
    that opens it, or last within :data:`_BEFORE` sentences before it opens."""
    paragraph = sentences[n].paragraph
    first = last = n
    while first > 0 and sentences[first - 1].paragraph == paragraph and not _opens_here(sentences[first].text):
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == paragraph \
            and not _closes_here(sentences[last].text):
        last += 1
    for k in (last, first):
        if who[k]:
            return who[k]
    return next((who[k] for k in range(first - 1, max(-1, first - 1 - _BEFORE), -1) if who[k]), None)


def _opens_here(text: str) -> bool:
    return any(c in text for c in _OPENERS)


def _closes_here(text: str) -> bool:
    return any(c in text for c in _CLOSERS)


def all_quotation(text: str) -> bool:
    """Whether ``text`` is a quotation and nothing else ("“对于STR和SARA的明年拨款，……。”"): words without
    their speaker."""
    bare = text.strip()
    return len(bare) > 2 and bare[0] in _OPENERS and bare[-1] in _CLOSERS \
        and bool(_NO_WORDS.match(without_quotations(bare)))


def attributed(text: str, speaker: str) -> str:
    """``text`` as a quotation of ``speaker``: "Speaker: “text”" ("讲者：“……”" in Chinese), its own marks kept
    where it is all quotation already."""
    chinese = bool(CJK.search(text))
    colon = "：" if chinese else ": "
    bare = text.strip()
    if all_quotation(bare):
        return f"{speaker}{colon}{bare}"
    opening, closing = ("“", "”")
    if bare[:1] in _OPENERS:
        bare = bare[1:]
    if bare[-1:] in _CLOSERS:
        bare = bare[:-1]
    return f"{speaker}{colon}{opening}{bare}{closing}"


def quoted_point(text: str, indexes: set[int], inside: set[int], speakers_of: dict[int, str | None]) -> str | None:
    """A candidate point ``text`` (saying the sentences ``indexes``) as a reader should see it: unchanged when
    no sentence of it is someone's words (``inside``: the sentences inside a quotation running over several)
    and it is no bare quotation; opened by its quotation mark when it closes on the speech tag naming its
    speaker ("…,” said Prime Minister Marape."); shown with its speaker before it when one is named; None (no
    point) when none is."""
    if not indexes & inside and not all_quotation(text):
        return text
    tail = _tail(text)
    if indexes & inside and tail:
        # the speech tag after the mark names the speaker, or points back to one the bullet cannot show
        return "“" + text.lstrip() if speakers([tail])[0] is not None else None
    names = {speakers_of[i] for i in indexes if i in speakers_of}
    name = names.pop() if len(names) == 1 else None
    return attributed(text, name) if name else None


def _tail(text: str) -> str | None:
    """The words after the mark of ``text`` when it closes a quotation it never opened (its speech tag,
    "said Prime Minister Marape."), else None."""
    close = max(text.rfind(c) for c in "”\"")
    if close <= 0 or _opens_here(text[:close].replace('"', "")) or text.count('"') > 1:
        return None
    return text[close + 1:].strip()
