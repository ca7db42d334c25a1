"""Organisations a headline names: the title is searched apart from the body, with its own rules.

A headline in title case ("Fed Raises Rates As Inflation Bites") capitalises
every word, so a run of capitals there is no name; one in sentence case
("Volkswagen to cut 3,000 jobs") capitalises names only.  A headline's
subject ("Brightwell to cut jobs", "Ofgem fines supplier") is a body when the
article speaks of it as one ("the company said", "its shares") and it is no
place, people's name or word that opens any headline.
"""

from __future__ import annotations

import re

from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgcues import DEMONYMS
from briefkit.extract.orgshapes import ACRONYM_ORG, CJK, KIND, LEADING, MONTH, NOT_ORG, WHOLE_ORG
from briefkit.extract.places import is_place


def _title_case(title: str) -> bool:
    """Most words of four letters or more capitalised: every word, not only names."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", title) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _headline_line(line: str) -> bool:
    """A headline capitalised down to its small words: six long words or more, nearly all in capitals, and a
    small word capitalised inside it ("… After License Quashing Liable To Pay …")."""
    line = line.strip()
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(line) <= 250 and len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.9 * len(words) \
        and _SMALL_WORD_CAPITALISED.search(line) is not None


# ("The" opens a clause inside a byline or a caption's run of names: "Greg Hands Portrait The Minister of State")
_SMALL_WORD_CAPITALISED = re.compile(r"[\w,][ \t]+(?:To|After|For|With|In|On|At|By|From|Over|As|Into|Is|Are|Amid|"
                                     r"Against)[ \t]+[A-Z\d]")


def in_title(name: str, title: str) -> bool:
    """A body found in the title only, whose name the title's capitals cannot have made up.

    A headline in title case ("Fed Raises Rates As Inflation Bites") capitalises every word, so a
    run of capitals there is no name; its sure names end in an institutional word or are well-known
    acronyms.  A headline in sentence case ("Volkswagen to cut 3,000 jobs") capitalises names only.
    """
    if name not in title:
        return False
    if CJK.search(name):
        return len(name) >= 3  # the segmenter found it by its institutional word: a Chinese title has no capitals
    if all(w in _GENERIC_BODY for w in name.split()):
        return False  # "City Council approves budget": the headline's short reference, the body names it fully
    if re.search(re.escape(name) + _QUALIFIED_NOUN, title):
        return False  # "UN agency warns", "EU capitals": the acronym qualifies what the title is about
    if not _title_case(title):
        return True
    if _headline_line(title) and name.split()[-1] in _COMMON_NOUN_BODY_WORDS:
        return False  # "… Liable To Pay Reserve Price": capitals down to "To" make a noun no name
    # title case runs a name into the headline's verb and what follows ("Acme Reports Record Year-End Financial")
    return bool(ACRONYM_ORG.fullmatch(name) or (WHOLE_ORG.fullmatch(name) and not _HEADLINE_VERB.search(name)))


def title_case_tail(name: str) -> str:
    """"Tarrow Reports Results For Marlow Water Trust" → "Marlow Water Trust": in a title-case headline a name
    found by its institutional word starts after the last verb or preposition the capitals ran it into."""
    parts = [p.strip() for p in re.split(r"\s+(?:For|To|In|At|With|From|After|As|On|By|Over|Amid)\s+|"
                                         + _HEADLINE_VERB.pattern + r"\s+", name) if p and p.strip()]
    # "Bank of Uganda Lowers Central Borrowing Rate": the body may be the verb's subject, before it
    bodies = [p for p in parts if WHOLE_ORG.fullmatch(p)]
    return bodies[-1] if bodies else parts[-1] if parts else name


_HEADLINE_VERB = re.compile(r"\b(?:Reports?|Announces?|Says|Wins|Posts|Cuts|Raises|Sees|Plans|Approves|Launches|"
                            r"Opens|Names|Hires|Awards|Expands|Acquires|Completes|Declares|Receives|Releases|"
                            r"Unveils|Joins|Warns|Urges|Sets|Adds|Signs|Buys|Sells|Estimated|Record|"
                            # a central bank's or a government's moves: "Bank of Uganda Lowers Central Borrowing Rate"
                            r"Lowers|Holds|Hikes|Keeps|Retains|Maintains|Increases|Reduces|Leaves|Eases|Slashes|"
                            r"Trims|Boosts|Lifts|Revises|Tightens|Pauses)\b")


# institutional words that are common nouns as well ("Post", "Reserve", "Power"): in a headline capitalised down to
# its small words they end no name ("Harbour Energy Authority Approves …" keeps its authority)
_COMMON_NOUN_BODY_WORDS = frozenset(["Post", "Reserve", "Times", "Daily", "Journal", "Press", "Capital", "Power",
                                     "Water", "Energy", "Gas", "Health", "Media", "Services", "Service", "Research",
                                     "Exchange", "Network", "Mission", "Summit", "Program", "Programme", "Club",
                                     "Systems", "Solutions", "Securities"])


# words that make a body's kind, not its name: "City Council", "Supreme Court", "Planning Department"
_GENERIC_BODY_WORDS = ("City County State Town National Federal Local Central Regional District Supreme High "
                        "Council Court Department Ministry Government Parliament Assembly Committee Board Agency "
                        "Authority Commission Office Bank Police")
_GENERIC_BODY = frozenset(_GENERIC_BODY_WORDS.split())
# "UN agency", "EU capitals", "UN HRC54": an acronym before what it qualifies, a noun or another name's acronym
_QUALIFIED_NOUN = (r"(?:\s+(?:agency|body|bodies|chief|envoys?|officials?|leaders?|members?|states|countries|capitals|"
                   r"report|panel|talks|summit|deal|rules?|plan|court|forces|troops|mission|vote|sanctions)\b|\s+[A-Z]{2,})")


# "Brightwell to cut 300 jobs", "Ofgem fines supplier", "Acme Foods posts record profit": a name, then a verb
_SUBJECT = re.compile(r"^(?P<name>[A-Z][\w&’'-]+(?:[ \t]+[A-Z][\w&’'-]+){0,2})[ \t]+(?:to[ \t]+[a-z]+|[a-z]+s)\b")
# the article speaks of a body: "the company said", "the firm's", "its shares"
_BODY_REFERENCE = re.compile(r"\b[Tt]he\s+" + KIND + r"\b|\b[Ii]ts\s+(?:shares|stock|chief\s+executive|board|"
                             r"customers|staff|workers|employees|members|plants?|stores?|factories|profits?)\b")


def headline_subject(title: str, text: str) -> str | None:
    """The body a sentence-case headline opens on, when the article speaks of a body (``None`` otherwise)."""
    found = _SUBJECT.match(title.strip())
    if not found or _title_case(title) or not _BODY_REFERENCE.search(text):
        return None
    name = found["name"]
    words = name.split()
    if name in NOT_ORG or LEADING.match(name + " ") or MONTH.match(words[0]) or words[0] in DEMONYMS \
            or is_place(name) or any(is_place(w) for w in words) or is_given_name(words[0]):
        return None  # "China to cut …", "Britain's …", "John Smith to step down"
    # a headline's first word is capitalised whatever it is ("Chipmaker to …", "Housebuilding falls"): the body
    # must write the name capitalised where a sentence does not open
    if not re.search(r"[\w,;’'\"”)][ \t]+" + re.escape(name) + r"\b", text):
        return None
    return name
