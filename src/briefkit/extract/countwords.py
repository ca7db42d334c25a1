"""Counts written as words: "seven arrests", "two energy suppliers", "four new officers".

The principle: a number word from two to ninety-nine followed by the plural noun it counts states how many of a
thing there are, just as "7 arrests" does in digits, and a reader of a briefing cites it the same way ("the
sheriff closed fifteen warrants").  Left out, because they count nothing a briefing reports:

- "one" (a manner of speaking as often as a count: "one of the", "one day", "one way or another");
- a vague pair ("two or three times", "one or two people");
- a length of time (see :mod:`briefkit.extract.durations`, which decides those by its own rule);
- nouns of speech and manner ("two reasons", "three ways", "ten things", "two sides", "four times");
- a frequency or a distributive ("every two weeks", "each of the three", "in twos");
- a set the reader already knows ("the two countries", "top three partners");
- an item's name ("Argument two shows", "Chapter three", "Phase two").

Across the development batches (a25-, b25-, m23-, s24-, w24-, x24-, z24-) the gold lists such counts on every
site that writes them, so this is the same convention digits follow, not a rule for one page.
"""

from __future__ import annotations

import re

from briefkit.extract.labels import group_of
from briefkit.extract.regexguard import guarded

# the noun a count word counts: up to two modifiers ("new", "regional pilot", "hospitalist") then a plural
# noun in lower case (a capitalised word after the number is a name: "Three Rivers", "Two Sisters")
# … or one of the plurals without an "s" that news counts most ("Four people were injured", "five children")
_COUNTED = re.compile(r"[\s\u00a0]+(?:(?-i:[a-z][a-z'’-]*)[\s\u00a0]+){0,2}?"
                      r"(?P<noun>(?-i:[a-z]{2,}s|people|children|men|women))\b(?![-'’])")
# nouns a count word goes with as a figure of speech, or that the durations rule decides
_NOT_COUNTED_WORDS = (
    "times occasions ways things reasons ideas sides hands eyes words steps minds cents percents points "
    "seconds minutes hours days weeks months quarters years decades centuries nights mornings evenings "
    "weekends as is has was this thus its plus less unless yes us")
_NOT_COUNTED = frozenset(_NOT_COUNTED_WORDS.split())
# modifiers that turn the words into something else: "two more", "three other", "four such"
_MODIFIER_STOP = re.compile(r"[\s\u00a0]+(?:of|or|and|to|more|less|other|such|times|out|in|at|on|by|for|from|with"
                            r"|per|percent|hundred|thousand|million|billion)\b", re.IGNORECASE)
# "every two weeks", "one or two": a frequency or a vague pair; "the two neighbours", "the three major industries",
# "top three trading partners": a definite article or a rank word before the count points back to a set the
# reader already knows (the two countries of the story, the first three of a ranking, "the remaining four"), it
# reports no quantity
# … and so does an owner's word ("our three largest divisions", "the region's two councils", "its two plants"), as a
# pronoun does in the Chinese "他們二人" (the stop-29 convention); "these four questions" stays (listcounts.py)
# … and "other" without its article ("as other two districts' hospitals get Rs 3 crore each"), which points back as
# "the other two" does ("another two people were hurt" adds a count)
_BEFORE_STOP = re.compile(r"\b(?:every|each|or|per|one|the|all|both|top|first|last|next|remaining|same|other"
                          r"|its|their|our|his|her|my|your|(?-i:[A-Za-z][\w-]*)['’]s)[\s\u00a0]+$",
                          re.IGNORECASE)


_SMALL = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


# "Argument two shows", "Chapter three", "Phase two works", "Year one pupils": a number word after an item's noun
# names the item (as "Exhibit 2" does in digits); what follows is no counted noun
_ITEM_BEFORE = guarded(re.compile(
                          r"\b(?:argument|chapter|section|part|article|phase|stage|round|game|option|question|item"
                          r"|step|level|grade|category|tier|volume|book|act|scene|number|figure|table|exhibit"
                          r"|schedule|appendix|annex|clause|rule|division|zone|class|year|day|week|point|lesson"
                          r"|module|unit|series|season|episode|term|plan|proposal|scenario|model|version)"
                          r"[\s\u00a0]+$", re.IGNORECASE))


# "five of the bank's seven board members", "seven of the 21 areas": a part of a counted whole counts the
# whole's noun (both numbers are counts, as "5 of the 7 members" would be)
_PARTITIVE = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|his|her|our|(?-i:[A-Za-z][\w-]*)['’]s)"
                        r"[\s\u00a0]+){1,2}(?P<word>" + "|".join(_SMALL) + r"|\d{1,3})\b(?![.,]\d)", re.IGNORECASE)


def _partitive(text: str, end: int, value: float) -> bool:
    """True when a count word is the part of a counted whole after it ("five of the bank's seven members")."""
    match = _PARTITIVE.match(text, end)
    word = match["word"].lower() if match else ""
    if not match or (int(word) if word.isdigit() else _SMALL.index(word) + 2) <= value:
        return False  # "seven of the 21 areas" as "five of the bank's seven members": the whole is the larger
    noun = _COUNTED.match(text, match.end())
    return noun is not None and noun["noun"].lower() not in _NOT_COUNTED


# "four of the five commissioners": the whole of a tally counts too, though "the" points back to it
_PART_BEFORE = re.compile(r"\b(?P<part>" + "|".join(_SMALL) + r")[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|his|her"
                          r"|our|(?-i:[A-Za-z][\w-]*)['’]s)[\s\u00a0]+){1,2}$", re.IGNORECASE)


def _whole_of_tally(text: str, start: int, value: float) -> bool:
    """True when a count word is the whole a smaller count word before it is part of ("four of the five")."""
    match = _PART_BEFORE.search(text[max(0, start - 40):start])
    return match is not None and _SMALL.index(match["part"].lower()) + 2 < value


def counted_noun(text: str, start: int, end: int, value: float) -> bool:
    """True when the number word from ``start`` to ``end`` (reading ``value``) counts the plural noun after it
    ("seven arrests", "two energy suppliers", "Eight hospitalist researchers") or gives the size of the group
    it closes ("a panel of five")."""
    if not (2 <= value < 100) or value != int(value):
        return False
    if group_of(text[max(0, start - 60):start]) and not _COUNTED.match(text, end):
        return True  # "a panel of five", "led by a team of twelve": a group's size (labels.group_of)
    before = text[max(0, start - 16):start]
    if (_BEFORE_STOP.search(before) and not _whole_of_tally(text, start, value)) or _ITEM_BEFORE.search(before):
        return False
    if _MODIFIER_STOP.match(text, end):
        return _partitive(text, end, value)
    if re.match(r"[\s\u00a0]*-", text[end:end + 2]):
        return False  # "a two-member bench", "three-bedroom": a compound describes, it counts nothing here
    match = _COUNTED.match(text, end)
    if not match or match["noun"].lower() in _NOT_COUNTED:
        return False
    if re.match(r"[\s\u00a0]+(?:ago|earlier|later)\b", text[match.end():match.end() + 10], re.IGNORECASE):
        return False  # "two seasons ago", "three elections earlier": a point in time, as "two years ago" is
    # the modifiers between may not be a noun of time or a function word ("two hospitals being built": fine)
    between = text[end:match.start("noun")].split()
    return not any(w.lower() in _NOT_COUNTED or w.lower() in {"the", "a", "an", "of"} for w in between)


# words that end a counted noun's run: a verb or a preposition after the number ("four were on ventilators",
# "now 62 across the country") says the number is a clause's subject or object, and counts no noun after it
_CLAUSE_WORDS_TEXT = ("were was are is be been being have has had on in at to for with by from across over under into "
                       "onto upon among within without through during against toward towards and or but than as so")
_CLAUSE_WORDS = frozenset(_CLAUSE_WORDS_TEXT.split())


def counts_noun_after(text: str, start: int, end: int, value: float) -> bool:
    """True when the number from ``start`` to ``end`` stands right before the plural noun it counts, with at most
    its modifiers between ("six confirmed exoplanets", "7 connected devices"), not a verb or a preposition."""
    if not counted_noun(text, start, end, value):
        return False
    match = _COUNTED.match(text, end)
    return match is not None and not any(w.lower() in _CLAUSE_WORDS for w in text[end:match.end()].split())
