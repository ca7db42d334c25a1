"""Labels that open on a word a chart cannot: a sum's purpose ("For education" → "Education"), a count's place
("In NSW" → "NSW"), and a Chinese label of one character ("由", "达", "约": a preposition or a verb), which gives way
to the noun after the figure's 的 or to the clause before its own.  Every word stays the article's.
"""

from __future__ import annotations

import re

from briefkit.extract.datelines import lede_dateline
from briefkit.extract.labels import capitalise, phrase_after
from briefkit.extract.nounlabels import NUMBER_WORDS
from briefkit.extract.regexguard import guarded
from briefkit.extract.wordcount import CJK

_MONEY = re.compile(r"[A-Z]{3}")  # a currency code: the figure finder's unit for a sum of money


# "£30million for education", "$220,000 for equipment replacement": a sum's label that is its purpose reads on a
# chart as the noun phrase it governs ("Education"), not as a cut sentence ("For education"); "36 in NSW": the place
_PURPOSE = re.compile(r"^(?:For|Towards?)\s+(?:the\s+|a\s+|an\s+)?(?P<what>[A-Za-z][\w'’-]*(?:\s+[\w'’(),&-]+)*)$")
_PLACE = re.compile(r"^In\s+(?:the\s+)?(?P<what>(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3})$")
_SPAN = guarded(re.compile(r"(?:the\s+)?(?:\d\w*|first|second|third|next|last|past|coming|year|month|week|day|quarter"
                   r"|period)\b", re.IGNORECASE))  # "RM 148 for the 1st year": a span of time, no purpose
_MONTHS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|^(?:Q[1-4]|H[12])\b")


def purpose_label(label: str, unit: str | None) -> str | None:
    """A sum's purpose or a count's place as the noun phrase a label opening on "For" or "In" governs, else
    None."""
    if _MONEY.fullmatch(unit or "") and (match := _PURPOSE.match(label)) and not _SPAN.match(match["what"]):
        return capitalise(match["what"])
    if (match := _PLACE.match(label)) and not _MONTHS.match(match["what"]):
        return match["what"]
    return None


_ZH_BOUNDARY = re.compile(r"[，,。；;：:（()）、！!？?]")


def zh_fallback(text: str, span: tuple[int, int]) -> str | None:
    """What a Chinese figure left with a one-character label measures: the noun after its 的 ("在3225亿令吉的开销中"
    → 开销), else the clause before its own ("…网民增长率最高,达16.6%" → 网民增长率最高)."""
    after = _ZH_BOUNDARY.split(text[span[1]:], maxsplit=1)[0]
    if after.startswith("的") and len(noun := re.sub(r"[中里内上]$", "", after[1:]).strip()) >= 2:
        return noun
    parts = [p.strip() for p in _ZH_BOUNDARY.split(text[:span[0]])]
    previous = parts[-2] if len(parts) > 1 else ""
    previous = re.sub(r"^(?:其中|但是|但|而且|而|此外|另外|同时|同時)", "", previous)
    return previous if len(CJK.findall(previous)) >= 2 else None


# "£30million for education": what a sum is for, not a span of time ("for the first year", "for 2024")
_FOR = re.compile(r"\s*for\s+(?:the\s+|a\s+|an\s+)?(?!(?:the|a|an|first|next|last|past|coming|same|whole|year"
                  r"|month|week|quarter|period|time|fiscal|financial)\b)(?P<what>[A-Za-z][\w'’-]*(?:\s+(?:(?:and|&|or)\s+"
                  r"|(?:of|into)\s+(?:the\s+|a\s+|an\s+)?)?(?!(?:and|or|of|into|in|on|at|by|to|from|with|over"
                  r"|this|next|last|the|a|an)\b)[A-Za-z][\w'’-]*){0,4})")


def purpose_after(text: str, end: int) -> str | None:
    """What a sum ending at ``end`` is for, when "for" and a noun phrase follow it ("£30million for education" →
    "education"), else None."""
    match = _FOR.match(text, end)
    if not match:
        return None
    words = match["what"].split()
    # the phrase ends where a clause resumes: "for the health system as the government scraps …"
    cut = next((i for i, word in enumerate(words) if word.lower() in _CLAUSE_WORDS), len(words))
    words = words[:cut]
    while words and words[-1].lower() in _PURPOSE_END:
        words.pop()  # "for five West African countries for the execution …": cut before the second "for"
    if not words or words[0].lower() in _COUNT_WORDS or any(word.lower() in _TIME_NOUNS for word in words):
        return None  # "for the current fiscal year", "for January to June": a span of time, not a purpose
    return " ".join(words)


_COUNT_WORDS = NUMBER_WORDS | {"several", "few", "many"}
_CLAUSE_WORDS_TEXT = ("as which that who whose is are was were will would has have had after before when while "
                      "because but so than since until unless if such including")
_CLAUSE_WORDS = frozenset(_CLAUSE_WORDS_TEXT.split())


# "the government's 2 percent target", "the MPC's 2% target": a label cut to the owner ("Government’s") lacks the
# noun the number measures, which follows the number
_OWNER = re.compile(r"^(?!(?:That|It|There|What|Here|Who|He|She|Let)['’])[A-Z][\w.&-]*(?:\s+[\w.&-]+){0,2}['’]s$")
_HEAD_END_WORDS = "during in for of to from at on by with since over last this next and or was is were are"
_HEAD_END = frozenset(_HEAD_END_WORDS.split())


def owned_label(label: str, text: str, end: int) -> str | None:
    """"Government’s target" for a label that is only the owner before the number, else None."""
    if not _OWNER.match(label) or not (after := phrase_after(text[end:])):
        return None
    words: list[str] = []
    for word in after.split()[:3]:
        if word.lower() in _HEAD_END:
            break  # "target during four months": the noun ends before its preposition
        words.append(word)
    return f"{label} {' '.join(words)}" if words else None


# "a large $19 billion deficit", "the one-off $350 sweetener", "USD 14.954 billion in exports": the noun right after
# a sum, or the one its "in" governs, names what the money is; a reader labels the tile "Deficit", not with the
# clause around it ("Large", "Exports and USD")
_SUM_NOUN = re.compile(r"\s+(?:in\s+(?!(?:the|a|an|this|that|its|their)\b))?"
                       r"(?P<words>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3})")
_NOT_NOUN_WORDS = (
    "more less worth each apiece annually yearly monthly weekly daily total plus respectively instead overall "
    "last next this that these those same other extra further additional then there here now so also too only "
    "just even already "
    "still back up down out off away ago earlier later before after per a an the and or but nor to of for in on at by "
    "with from into over under than as about around since until while when if who which whose was were is are "
    "be been being has have had will would can could may might must should shall do does did not no against through "
    "versus vs via whilst along alongside despite due including included compared towards toward across amid amidst "
    "below above within without beyond because unless although though whereas we they it he she i you our their its "
    "his her every available eligible larger smaller bigger higher lower greater fewer short shy mark "
    "held grew paid spread rose fell went came led set put cut hit lost won saw took made gave brought sought spent "
    "sent built kept left met ran sold stood told got bought owed drew flew grown risen fallen given taken")
_NOT_NOUN = frozenset(_NOT_NOUN_WORDS.split())
_TIME_NOUN_WORDS = ("year years month months week weeks day days quarter quarters period decade decades time "
                    "january february march april may june july august september october november december "
                    "fiscal financial budget-year")
_TIME_NOUNS = frozenset(_TIME_NOUN_WORDS.split())
# an adjective before the sum that a reader keeps with the noun: "one-off", "large", "record"
_ADJECTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+(?P<adj>[a-z][a-z-]{2,})\s+"
                        r"(?:[$€£¥₹]|[A-Z]{2,3}\s?)?$")
_NOT_ADJECTIVE_WORDS = ("further additional extra estimated expected total mere whopping staggering about around "
                        "nearly almost some roughly approximately over under just only more less")
_NOT_ADJECTIVE = frozenset(_NOT_ADJECTIVE_WORDS.split())


def sum_noun(text: str, start: int, end: int) -> str | None:
    """The noun a sum between ``start`` and ``end`` measures when the article names it right after the number
    ("$19 billion deficit" → "Deficit", "USD 1.2 billion in exports" → "Exports"), with an adjective before the sum
    ("a one-off $350 sweetener" → "One-off sweetener"), else None."""
    match = _SUM_NOUN.match(text, end)
    if not match:
        return None
    words: list[str] = []
    for word in match["words"].split():
        # a hyphenated compound ending in "-ing" is a noun's modifier ("cost-of-living package"), not a verb
        verb_form = "-" not in word and len(word) > 4 and word.endswith(("ed", "ing"))
        if word in _NOT_NOUN or verb_form or word.endswith("ly") \
                or word.split("-")[0] in _NOT_NOUN:  # "£18.3m on-year": no noun
            break
        words.append(word)
    if not words or words[0] in _TIME_NOUNS or words[-1] in _TIME_NOUNS:
        return None
    inside = text[end:match.start("words")].strip() == "in"  # "in exports": the adjective before is the sum's
    adjective = None if inside else _ADJECTIVE.search(text, max(0, start - 40), start)
    if adjective and adjective["adj"] not in _NOT_ADJECTIVE and not adjective["adj"].endswith(("ed", "ing")):
        words.insert(0, adjective["adj"])
    return capitalise(" ".join(words))


# "the 10.2% growth in exports of basic goods", "a 12.74% increase in electricity tariffs": a rate followed by the
# change or share it sizes is labelled by that noun phrase, not by the clause before it ("The result was driven up")
_CHANGE = re.compile(r"\s+(?P<noun>(?:annual\s+|yearly\s+|monthly\s+|quarterly\s+)?(?:growth|increase|rise|fall|"
                     r"drop|decline|jump|cut|gain|hike|surge|reduction|contraction|expansion|stake|share|discount|"
                     r"tariff|levy|raise|pay\s+rise|markup|mark-up|return|yield|margin|slump|plunge|dip|spike|"
                     r"improvement|increment|tax)(?:es|s)?(?:\s+(?:hike|increase|rise|cut|rate|growth)s?)?)\b"
                     r"(?P<rest>[^,;:.()]*)")
_OF_WHAT = re.compile(r"^\s+(?:in|of|on)\s+(?P<what>(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+(?!(?:which|that|who|"
                      r"was|were|is|are|and|but|from|since|to|by|at|for|over|compared|than|after|before|when|while|"
                      r"as|last|this|next)\b)[\w'’-]+){0,4})")

_PHRASE_END = _HEAD_END | {"the", "a", "an", "its", "their"}  # words a noun phrase cut short may end on
_PURPOSE_END = _PHRASE_END | {"and", "or", "&"}


def change_noun(text: str, end: int) -> str | None:
    """The change or share a rate ending at ``end`` sizes, with what it is "in" or "of" ("10.2% growth in exports of
    basic goods" → "Growth in exports of basic goods"), else None."""
    match = _CHANGE.match(text, end)
    if not match:
        return None
    what = _OF_WHAT.match(match["rest"])
    if not what:
        return capitalise(match["noun"])
    words = what["what"].split()
    while words and words[-1].lower() in _PHRASE_END:
        words.pop()  # "the total export of": a phrase cut at four words ends on its last noun
    joiner = match["rest"][:what.start("what")]
    return capitalise(f"{match['noun']}{joiner}{' '.join(words)}" if words else match["noun"])


# ", on an average," ", at most," between a verb and its number: an aside that hides the clause it interrupts
_LONE_AT = re.compile(r",(?=\s*(?:at|to|of)\s+$)")
_ASIDE = re.compile(r",\s*(?:on|at|in|by)\s+(?:an?\s+|the\s+)?[a-z]+(?:\s+[a-z]+)?\s*,\s*$")


def without_aside(text: str, start: int) -> str:
    """``text`` with an aside just before the number at ``start`` blanked out, offsets kept ("tariffs will go up
    by, on an average, 25 paise" reads "tariffs will go up by 25 paise")."""
    if match := _ASIDE.search(text, 0, start):
        return f"{text[:match.start()]}{' ' * (match.end() - match.start())}{text[match.end():]}"
    if match := _LONE_AT.search(text, 0, start):  # "remains high, at 14.5%": the clause before names it
        return f"{text[:match.start()]} {text[match.start() + 1:]}"
    return text


# a first word set in capitals as some papers set a lede's ("PAKISTAN’S annual inflation rate …")
_LEDE_CAPS = re.compile(r"^(\s*)([A-Z])([A-Z]{3,})(?=['’]S\b)(['’])S")


def without_lede_caps(text: str) -> str:
    """``text`` with a lede's dateline blanked out and a capitalised first word written as a word, offsets kept:
    neither is part of what a number measures ("Prices paid by U.S. consumers", not "WASHINGTON Prices paid …";
    "Pakistan’s annual inflation rate", not "PAKISTAN’S …")."""
    if end := lede_dateline(text):
        return " " * end + text[end:]
    return _LEDE_CAPS.sub(lambda m: f"{m[1]}{m[2]}{m[3].lower()}{m[4]}s", text, count=1)
