"""A legislature, a cabinet or a treasury named by its one capitalised word, wherever the sentence puts it.

"presented to Parliament", "Treasury is forecasting house prices to ease", "announced his new Cabinet", "the
battle in Congress": the word, capitalised where prose would write "the parliament", is the body of the country
the article is about.  It is no body when it belongs to a longer name ("the Indian Parliament", "U.S. Treasury",
"Senate Bill 5", "National People's Congress"), to an office or a title ("Member of Parliament", "an Act of
Parliament", "Cabinet Secretary", "Cabinet ministers") or to a term of the body ("by the end of this
Parliament"), nor when it names a thing the body issues ("Treasury yields", "Treasury bills").  "Executive" stays
a body only after "the" or "in" ("The Executive today agreed"): opening a sentence it is as often an adjective
("Executive pay rose").
"""

from __future__ import annotations

import re

_WORDS = r"Congress|Parliament|Senate|Cabinet|Treasury|Legislature"
_BARE = re.compile(r"(?<![\w’'&./-])(?P<name>" + _WORDS + r")(?![\w’'-])(?!\s+[A-Z\d(])"
                   # what the body issues or a seat in it, not the body itself
                   r"(?![ \t]+(?:yields?|bills?|bonds?|notes?|securities|secretar(?:y|ies)|ministers?|members?|"
                   r"futures|curve|market|inflation|debt|auction)\b)")
_EXECUTIVE = re.compile(r"\b(?:[Tt]he|in)\s+(?P<name>Executive)\b(?!\s+[A-Z\d])")
# the word before, on the same line: a capitalised word makes the body's word part of a longer name
_WORD_BEFORE = re.compile(r"(?P<word>[\w’'.&-]+)[ \t]+$")
_OF_BEFORE = re.compile(r"(?:^|[^\w’'-])(?P<head>[A-Z][\w’'-]*)[ \t]+of[ \t]+$")
_TERM_WORDS = frozenset({"this", "that", "next", "last", "previous", "current", "present", "outgoing", "incoming"})
_OPENERS = frozenset({"The", "A", "An", "In", "And", "But", "So", "Yet", "As", "If", "When", "While", "After",
                      "Before", "Since", "Now", "Then", "Also", "Both", "His", "Her", "Its", "Their", "Our", "This",
                      "That", "New"})


def _in_longer_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` closes a longer capitalised name or follows an office's "X of"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    if _OF_BEFORE.search(before):
        return True  # "Member of Parliament", "Act of Parliament", "Library of Congress"
    word = _WORD_BEFORE.search(before)
    if not word:
        return False
    token = word["word"]
    if token.lower() in _TERM_WORDS:
        return True  # "by the end of this Parliament", "the last Congress": a term of the body, not the body
    if not token[:1].isupper():
        return False  # "to Parliament", "his new Cabinet", "the state Senate"
    # a capitalised word opening the sentence ("The Treasury", "New Cabinet") is no part of a name
    opening = before[:word.start()].rstrip(" \t")
    return not (token in _OPENERS and (not opening or opening[-1] in ".!?\"“:;|—–-"))


def bare_bodies(text: str) -> list[tuple[int, str]]:
    """Each bare legislature, cabinet or treasury ``text`` names, with where it stands (first mention each)."""
    names: list[tuple[int, str]] = []
    seen: set[str] = set()
    for match in _BARE.finditer(text):
        if match["name"] not in seen and not _in_longer_name(text, match.start()):
            seen.add(match["name"])
            names.append((match.start(), match["name"]))
    for match in _EXECUTIVE.finditer(text):
        if match["name"] not in seen:
            seen.add(match["name"])
            names.append((match.start("name"), match["name"]))
    return names


# a newspaper named by its one word after "the", as a list of outlets or a sentence's source writes it ("from BBC
# Online, the Mail, the Metro, the Telegraph and more", "the Guardian reported"); the word followed by a noun is
# an adjective or a longer name ("the Australian government", "the Times Square crowd") and names no paper
_PAPER = re.compile(r"\b[Tt]he[ \t]+(?P<name>Telegraph|Guardian|Independent|Times|Mail|Mirror|Sun|Express|Observer|"
                    r"Metro|Economist|Spectator|Scotsman|Hindu)(?![\w’'-])"
                    r"(?=[ \t]*[,.;:)]|[ \t]+(?:and|or|reported|reports|said|says|wrote|revealed|published|"
                    r"newspaper|paper|website)\b)")


def bare_outlets(text: str) -> list[tuple[int, str]]:
    """Each newspaper ``text`` names by its one word after "the", with where it stands."""
    return [(m.start("name"), m["name"]) for m in _PAPER.finditer(text)]
