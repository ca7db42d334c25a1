"""Writer candidates printed in any case, and where a short line stands against the story.

:func:`briefkit.extract.namespans.names_on` finds names written as names usually are: two to four capitalised
words.  A page nobody tuned on prints its writer in forms that shape misses: a poster's handle in lower case
("By vivian", "amina molakhasouk No Comments"), a pen name ("By The Piper"), initials without stops ("KJ Wilson",
"Katherine S").  Here a short line gives its words as a *loose* candidate whatever their case when the line is
all name but for a credit word before it, a comment counter or a stamp after it, or where its writer lives (a
letter's sign-off).  Such candidates carry the ``loose`` cue, and the learned scorer weighs them with the cues
every candidate has; the threshold, set on batches the model never saw, decides whether one is the writer.

:func:`prose_cues` says where a short line stands against the story's prose, on every page: just above its first
paragraph (where a byline stands), just after its last (a sign-off), and whether it is the only line of the
page that holds a name alone.
"""

from __future__ import annotations

import re

from briefkit.extract.dates import parse_date

# a credit word opening the line: "By", "Posted by", "Written by:", "Author:"
_CREDIT = re.compile(r"^\W{0,3}(?:(?:posted|written|words|story|text|article)\s+by|by|author|writer|posted)"
                     r"\s*[:：-]?\s+", re.IGNORECASE)
# what may follow a name on its line and say nothing of it: a comment counter, a stamp, a separator and beyond
_AFTER = re.compile(r"\s*(?:(?:\d+|no|leave\s+a)\s+comments?\b.*|[|•·,(–—].*|\s-\s.*|\d.*|"
                    r"(?:on|posted|published|updated)\s+.*)$", re.IGNORECASE)
# one word of a name in any case: letters (apostrophes, hyphens and a closing stop for an initial)
_TOKEN = r"[^\W\d_][^\W\d_'’-]*\.?"
_NAME = re.compile(rf"^{_TOKEN}(?:\s+{_TOKEN}){{0,3}}$")
_MAX_LINE = 60
_HAN = re.compile(r"[\u3400-\u9fff]")
_COUNTER = re.compile(r"(?i)\s(?:\d+|no|leave\s+a)\s+comments?\b")
_INITIALS = re.compile(r"[A-Z]{1,3}")
_CAPITALISED = re.compile(r"[^\W\d_a-z][^\W\d_A-Z'’-]+")
# a sign-off with where its writer lives: "KJ Wilson, Middle Norton, Edinburgh"
_ADDRESSED = re.compile(r"^(?P<name>[^,]{2,40}),(?:\s*[^,.;:!?\d]{2,30},?){1,3}\.?$")
_MONTH_DAY = re.compile(r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|"
                        r"wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b")


def loose_names(line: str) -> list[str]:
    """The name a short line prints in any case, as printed, where the line says it is a writer's: after a credit
    word opening the line ("By vivian"), before a comment counter ("amina molakhasouk No Comments"), before where
    its writer lives ("KJ Wilson, Middle Norton, Edinburgh"), or a name with initials that need no stops ("KJ
    Wilson", "Katherine S").  Empty for a longer line, one holding other words, or a short line with none of these
    (a menu's "skip to main content" is in lower case too)."""
    text = line.strip()
    if not text or len(text) > _MAX_LINE:
        return []
    credit = _CREDIT.match(text)
    rest = text[credit.end():] if credit else text
    addressed = None if credit else _ADDRESSED.match(rest)
    rest = addressed["name"] if addressed else rest
    counted = bool(_COUNTER.search(rest))
    name = _AFTER.sub("", rest).strip(" .:;-–—")
    words = name.split()
    if not _NAME.match(name) or (len(words) == 1 and not credit) or parse_date(text) is not None \
            or _MONTH_DAY.search(name) or _HAN.search(name):
        return []  # one word alone on a line is a heading or a menu item; after "By" it is a poster's name
    # two capitalised words or more are the shaped finder's, which has already kept or rejected them (an outlet,
    # a desk, a place); a loose name is one that shape misses: a word in lower case, initials, one word
    if len(words) >= 2 and all(_CAPITALISED.fullmatch(w) for w in words):
        return []
    initialled = name == text and all(_CAPITALISED.fullmatch(w) or _INITIALS.fullmatch(w) for w in words) \
        and any(_CAPITALISED.fullmatch(w) for w in words)  # "KJ Wilson", not "US GDP"
    if not (credit or counted or addressed or initialled):
        return []
    return [name.title() if name.isupper() and len(name) > 3 else name]  # capitals are typography (README, stop 36)


_PROSE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…”\"’)]\s*$")


def _prose(line: str) -> bool:
    """A line of the story's prose: a sentence or more."""
    return len(line.split()) >= _PROSE_WORDS and bool(_SENTENCE_END.search(line.strip()))


def prose_cues(lines: list[str], i: int, short: bool) -> dict[str, float]:
    """Whether the short line ``i`` stands just above the story's first paragraph, with no prose before it: where a
    byline stands on most sites, whatever the page prints above it.  ``short`` says whether the line is short
    enough to be a byline at all.  (A line just after a paragraph, between two, and the only name the page prints
    alone on a line were tried too: left out, each raised labels such as "READ MORE" on batches the model had not
    seen.)"""
    if not short or i + 1 >= len(lines) or not _prose(lines[i + 1]):
        return {}
    return {} if any(_prose(line) for line in lines[max(0, i - 8):i]) else {"over_story": 1.0}
