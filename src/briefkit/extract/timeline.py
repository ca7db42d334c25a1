"""Timeline: dated events, each with its precision and original wording.

Relative dates are resolved against the publication date by
:mod:`briefkit.extract.dates`; the wording is kept in ``original`` so a
reviewer (and ``briefkit check``) can trace the resolution.  The sentence
that reports the publication itself is not an event of the article, nor is
the page's note about itself ("This is an archived article that was
published in 2006").
"""

from __future__ import annotations

import datetime as dt
import re

from briefkit.content.model import Event
from briefkit.extract.body import Sentence
from briefkit.extract.captions import is_note
from briefkit.extract.dates import DateMention, find_dates
from briefkit.extract.keypoints import MARKER
from briefkit.readers.plaintext import words as count_words

_CUT = re.compile(r",\s+(?:which|who|where|bringing|fully|while|with|as well as)\b|;\s|；")
_LEAD = re.compile(r"^(?:and\s+|but\s+)?(?:(?:it is worth mentioning that|meanwhile|however),?\s+)?", re.IGNORECASE)
_MIN_WORDS = 5
_UNIT_LEFT = re.compile(r"^(?:年度?|月份?|日|号)")
_NAMED_BY_YEAR = re.compile(r"\b[A-Z][\w()'’-]*\s+(?:Act|Law|Regulations?|Rules|Order|Code|Directive|Convention|"
                            r"Treaty|Protocol|Vision|Agenda|Strategy)(?:\s+of)?\s*,?\s*$")
"""A year that ends an instrument's name ("the Competition Act 1998", "Saudi Vision 2030"): the name's, no event's."""
_COMPARED_WITH = re.compile(r"\b(?:(?:same|corresponding|comparable)\s+(?:period|quarter|month|time|months)\s+"
                            r"(?:of|in|last)?|compared\s+(?:with|to)(?:\s+the\s+\w+\s+of)?|than\s+in)\s*$",
                            re.IGNORECASE)
"""A date that is the base of a comparison ("from the same period in 2016"): what happened is in the sentence's
own time, not then."""


def _event_text(sentence: str, original: str) -> str:
    """The sentence's main clause, without the date phrase when it leads, nor a list's number or bullet."""
    text = MARKER.sub("", sentence, count=1)
    if text.lower().startswith(original.lower()) and not re.match(r"[’']s\b", text[len(original):]):
        # ("This year’s Budget has …" keeps its date: it names the budget, and the rest is no sentence)
        # "2022年，面对…" read as the year 2022: its 年 (年度, 月份, 日) goes with it, not into the event
        text = _UNIT_LEFT.sub("", text[len(original):]).lstrip(" ,，、")
    text = _LEAD.sub("", text)
    cut = _CUT.search(text)
    if cut and count_words(text[:cut.start()]) >= _MIN_WORDS:
        text = text[:cut.start()]
    text = text.rstrip(" .;:。；，")
    cjk = any("\u3400" <= ch <= "\u9fff" for ch in text)
    return text[:1].upper() + text[1:] + ("。" if cjk else ".")


def _not_an_event(mention: DateMention, published: dt.date | None, sentence: str) -> bool:
    """"Today" describes a state, the publication date is the article, not an event in it, and a year that
    names an instrument ("under the Competition Act 1998") or a comparison's base ("from the same period in
    2016") dates no happening."""
    if mention.original.lower() in {"today", "aujourd'hui"}:
        return True
    if mention.precision == "year" and _NAMED_BY_YEAR.search(sentence[:mention.start]):
        return True
    if _COMPARED_WITH.search(sentence[:mention.start]):
        return True
    return published is not None and mention.value == published.isoformat() and not mention.relative


def find_events(sentences: list[Sentence], published: dt.date | None) -> list[Event]:
    """One event per date and happening, sorted by date (text order within a date).

    Two mentions of one date that tell the same thing (the same event text, or one
    inside the other) are one event: the first, fuller wording is kept.
    """
    return _merged(_events(sentences, published))


def _merged(events: list[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: e.date):  # ISO dates sort as text; sorted() is stable
        same = next((k for k in kept if k.date == event.date and _same_event(k.event, event.event)), None)
        if same is None:
            kept.append(event)
    return kept


def _same_event(a: str, b: str) -> bool:
    x, y = a.lower().rstrip(".。"), b.lower().rstrip(".。")
    return x == y or x in y or y in x


def _events(sentences: list[Sentence], published: dt.date | None) -> list[Event]:
    """One event per (date, sentence), in the order of the text."""
    events: list[Event] = []
    seen: set[tuple[str, int]] = set()
    for sentence in sentences:
        for mention in find_dates(sentence.text, published):
            key = (mention.value, sentence.index)
            if key in seen or count_words(sentence.text) < _MIN_WORDS or is_note(sentence.text) \
                    or _not_an_event(mention, published, sentence.text):
                continue
            seen.add(key)
            original = mention.original.strip()
            events.append(Event(
                date=mention.value, precision=mention.precision,  # type: ignore[arg-type]
                event=_event_text(sentence.text, original),
                original=original if original != mention.value else None,
                source_text=sentence.text))
    return events
