"""The noun a number counts, as read after it: "196 million passengers last year" counts passengers, "300 kg more
than …" kilograms; a verb or another number's phrase after it is no such noun."""

from __future__ import annotations

import re

VERB_START = frozenset(["is", "are", "was", "were", "will", "would", "has", "have", "had", "am", "be", "being",
                         "been", "can", "could", "should", "may", "might"])
# verbs a bare number may be the subject of ("800 million went to …", "13.55 billion has been allocated"), whose
# past or present forms the noun reader cannot tell from a noun by their ending
_VERB_AFTER = VERB_START | frozenset(["went", "goes", "go", "rose", "rises", "fell", "falls", "came", "comes", "grew",
                                       "grows", "stood", "stands", "will", "must", "shall"])
# Time words that end a counted noun: "196 million passengers last year" counts passengers, not years.
_UNIT_END_WORDS = frozenset({"last", "next", "past", "previous", "till", "until", "within", "ago", "earlier", "later",
                             "then", "now", "today", "yesterday", "tomorrow",  # "from 17.20 then to 20.30 now"
                             "至", "到", "和", "与", "與", "及", "或"})


# … and a comparison or a time after the noun: "300 kg more than …", "23 people after the match" count kilograms and
# people ("2,000 more teachers" keeps its "more": it opens the noun)
_COMPARED_WORDS = frozenset({"more", "less", "fewer", "than", "after", "before", "since", "during"})
NUMBER_WORD = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                          r"|fifty|hundred|thousand|million|billion|\d[\d.,]*)")


def unit_noun(unit: str | None) -> str | None:
    """The counted noun of a unit read after a number, cut before a time word that follows it."""
    if unit is None:
        return None
    words = unit.split()
    if words and NUMBER_WORD.fullmatch(words[0]):
        return None  # "enrolment was 813 five years ago": another number's phrase, not what 813 counts
    if words and words[0].lower() in _VERB_AFTER:
        return None  # "while 800 million went to bonds": the clause's verb, no noun the number counts
    for i, word in enumerate(words):
        if word.lower() in _UNIT_END_WORDS or (i and word.lower() in _COMPARED_WORDS):
            return " ".join(words[:i]) or None
    return unit
