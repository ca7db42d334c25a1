"""A number's label from the clause it closes: the subject and its verb, or the verb's object.

"Exports rose 10.5 percent" is labelled by its subject and verb ("Exports rose"), "the bank raised its key rate
to 9.5%" by what was raised ("key rate"), "£96.1 million is being allocated to meet costs of the business" by what
the sum goes to, and "exports to the U.S. fell by 3.6% and exports to Russia by 7.4%" gives the second number its
own, gapped subject.  The phrase helpers (the noun phrase after a number, the clause before it) are in
:mod:`briefkit.extract.labels`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.extract.labels import ABBREVIATION, CLAUSE, CONNECTIVES, PHRASAL, PRONOUNS, YEAR

# Verbs that carry a number in news prose: a change, a level, a forecast, an auxiliary before them.
_VERBS_WORDS = ("rose rise rises rising risen fell fall falls falling fallen grew grow grows growing grown increased "
    "increase increases increasing jumped jump jumps dropped drop drops declined decline declines "
    "declining surged surge surges slipped slip slips slid climbed climb climbs expanded expand expands "
    "expanding contracted contract contracts shrank shrink shrinks edged eased narrowed widened soared "
    "plunged tumbled gained gain gains lost lose loses added add adds hit hits reached reach reaches "
    "stood stands stand totalled totaled total totals amounted amount amounts came come comes topped "
    "exceeded raised raise raises raising cut cuts cutting lowered lower lowers put puts set sets "
    "registered registers posted posts recorded records forecast forecasts expected expect expects "
    "predicted predict predicts estimated estimate estimates went go goes going was were is are be been "
    "being will would could may might has have had include includes included invest invests invested "
    "investing allocated allocates allocate announced announces received receives spent spend spends saw "
    "see sees carried carries handled attracted generated earned paid pay pays worth cost costs demanding "
    "demand demands applied apply applies accounted increased reduced reduce reduces fallen climbed went am "
    "decreased dipped rebounded remained remains stayed stays")
_VERBS = frozenset(_VERBS_WORDS.split())
_AUXILIARIES_WORDS = ("am was were is are be been being will would could may might has have had")
_AUXILIARIES = frozenset(_AUXILIARIES_WORDS.split())
_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "must", "shall", "should"])
_EDGE_WORDS = ("to by of at from a an the about around nearly almost some over under more less than up just only "
               "estimated expected "
    "roughly approximately and or with on in for as per another further extra additional versus vs "
    "compared against within below above after before between while which who that this it its their his "
    "her our these those they he she we i there here also still even already then so but however yet what")
_EDGE = frozenset(_EDGE_WORDS.split())
_PREPOSITIONS_WORDS = ("to by on at in from of for with into up down over under around about above below beyond "
                       "within")
_PREPOSITIONS = frozenset(_PREPOSITIONS_WORDS.split())
_ADVERBS_WORDS = ("again already also still just now further sharply slightly back down up more less worse better "
                  "higher lower improving only even steadily unchanged steady stable flat broadly high low")
_ADVERBS = frozenset(_ADVERBS_WORDS.split())
_REPORTING = frozenset(["said", "says", "told", "reported", "showed", "shows", "believes", "noted", "added"])
_CONJUNCTIONS = frozenset(["that", "which", "where", "when", "while", "as", "because", "if", "after", "before",
                           "whereas", "although", "though", "since", "but"])
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "whose"])
MAX_NOUN_WORDS = 6
_GAP = frozenset(["and", "while", "whereas", "but"])
_PARTICLES = frozenset(["aside", "out", "off", "away", "apart", "over"])  # a phrasal verb's second word


_SCALES = frozenset(["thousand", "million", "billion", "trillion"])
_MONEY_WORDS = frozenset(["euros", "euro", "dollars", "pounds", "won", "yen", "yuan", "rupees", "naira", "shillings",
                          "rand", "pesos", "ringgit", "usd", "eur", "gbp"])


def _dropped_scale(words: list[str], i: int) -> bool:
    """True for "million" in "giving almost 3 million more households": the number it scales is left out of the
    label, so its scale goes too (not where money follows: "135 million euros" is judged elsewhere)."""
    return words[i].lower() in _SCALES and i > 0 and words[i - 1][0].isdigit() and i + 1 < len(words) \
        and words[i + 1][:1].islower() and words[i + 1].lower() not in _MONEY_WORDS


def _edges(words: list[str]) -> list[str]:
    """Words without function words at either end (nor a full stop after the last, unless it abbreviates:
    "U.S.")."""
    if words and not ABBREVIATION.match(words[-1]):
        words = [*words[:-1], words[-1].rstrip(".")]
    while words and words[-1].lower() in _EDGE:
        words = words[:-1]
    while words and words[0].lower() in _EDGE:
        words = words[1:]
    return words


def _short(words: list[str]) -> list[str]:
    """At most six words: a long noun phrase keeps its head, up to its first preposition past two words."""
    if len(words) <= MAX_NOUN_WORDS:
        return words
    cut = next((i for i, w in enumerate(words) if i >= 2 and w.lower() in _PREPOSITIONS - {"of"}), MAX_NOUN_WORDS)
    return _edges(words[:min(cut, MAX_NOUN_WORDS)])


def _boundary(word: str) -> bool:
    """A word a subject starts after: a verb, a reporting verb, a conjunction, a past form ("confirmed")."""
    low = word.lower()
    return low in _AUXILIARIES or low in _REPORTING or low in _CONJUNCTIONS or (
        word.islower() and len(low) > 4 and low.endswith("ed"))


_CLAUSE_WORDS = _AUXILIARIES | _REPORTING | _CONJUNCTIONS  # words that end a subject whatever precedes them
_NOUN_OPENERS = _DETERMINERS | _PREPOSITIONS


def _attributive(words: list[str], i: int) -> bool:
    """True when the past form ``words[i]`` describes the noun after it ("sales of finished products", "the
    estimated cost"): an adjective inside the subject, no verb for the subject to start after."""
    return (words[i].lower() not in _CLAUSE_WORDS and i > 0 and words[i - 1].lower() in _NOUN_OPENERS
            and i + 1 < len(words) and words[i + 1].isalpha())


_NAME_WORD = re.compile(r"(?-i:[A-Z][\w'’.-]*)")
_FUNCTION_CAPS = frozenset(["The", "A", "An", "In", "On", "At", "By", "For", "Of", "And", "But", "Its", "This"])


def _in_name(words: list[str], i: int) -> bool:
    """True when the digits ``words[i]`` are part of a name or a date the label keeps ("Model 3", "the 2024
    Olympics", "Class of 2024", "Expo 2020 Dubai"): cut out, the name reads as a garbled phrase ("New Model sold")."""
    word = words[i]
    if YEAR.fullmatch(word):
        return True
    if not word.isdigit():
        return False  # "10.5", "1,200", "5%": another figure's number, never part of a name
    capital = [w for w in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")
               if w and _NAME_WORD.fullmatch(w) and w not in _FUNCTION_CAPS]
    return bool(capital)


def noun_label(before: str) -> str | None:
    """The noun phrase of the clause a number closes: what changed, or who changed it and how.

    "its key interest rate" after "raised" when the verb has an object; otherwise the subject,
    with the verb when the number is the change itself ("Exports rose") and alone when the number
    is the level another figure led to ("Exports rose 10.5 percent to": "Exports").
    """
    clause = CONNECTIVES.sub("", CLAUSE.split(before)[-1].strip()).strip()
    if re.search(r"[\u3400-\u9fff]", clause):
        return None  # Chinese has no spaces to find a noun phrase by: its own clause serves
    words = re.findall(r"[^\W\d][\w'’.-]*|\d[\d.,]*\S*", clause)
    # "a forecast of", "the rise": a verb's form after a determiner is a noun
    verbs = [i for i, w in enumerate(words) if w.lower() in _VERBS and not (i and words[i - 1].lower() in _DETERMINERS)]
    if not verbs:
        found = _short(_edges([w for i, w in enumerate(words) if (not w[0].isdigit() or _in_name(words, i))
                               and not _dropped_scale(words, i)]))
        while found and (found[0].lower() in _ADVERBS or found[0].endswith("ing")):
            found = _edges(found[1:])  # "down from a forecast of": the forecast; "affecting an estimated"
        return " ".join(found) if found and found[0].lower() not in PRONOUNS else None
    # the verb group nearest the number: "… confirmed the average bill will rise by"
    last = verb = verbs[-1]
    while verb > 0 and (words[verb - 1].lower() in _VERBS or (
            words[verb - 1].lower() in _ADVERBS | {"to"} and verb > 1 and words[verb - 2].lower() in _VERBS)):
        verb -= 1  # "has already raised", "will be", "are expected to rise"
    rest = words[last + 1:]
    if rest and words[last].lower() in _MODALS and rest[0].isalpha() and rest[0].islower() \
            and rest[0].lower() not in _DETERMINERS:
        last += 1  # "the country will receive": the verb after "will" is no object
        rest = rest[1:]
    if rest and (rest[0].lower() in _PREPOSITIONS or rest[0].lower() in _ADVERBS):
        rest = []  # "comes on top of", "rose to", "fell again in March": no object, the subject is what it measures
    low = [w.lower() for w in rest]
    to = next((i for i, w in enumerate(low) if w == "to" and i + 1 < len(rest)
               and low[i + 1] not in _DETERMINERS and not rest[i + 1][:1].isupper()), None)
    if to is not None:
        rest = rest[:to]  # "expects growth to pick up to": the object ends before its verb, not "exports to the U.S."
    numbered = next((i for i, w in enumerate(words[last + 1:]) if w[0].isdigit()), None)
    if numbered is not None and (gapped := _gapped_subject(words[last + 1:], words[:verb])):
        return gapped
    obj = _short(_edges(rest[:numbered] if numbered is not None else rest))
    if obj and obj[0].lower() not in PRONOUNS and obj[0].lower() not in _NOT_OBJECT \
            and not (numbered is not None and numbered < len(obj)):
        return " ".join(obj)
    said = max((i for i, w in enumerate(words[:verb]) if _boundary(w) and not _attributive(words, i)), default=-1)
    subject = _short(_edges(words[said + 1:verb]))  # "WTO said shipping costs … had risen": the costs
    if len(subject) > 1 and subject[0].endswith("ly") and subject[1].lower() in PRONOUNS:
        return None  # "particularly we were at": a pronoun is the subject, which names nothing
    if not subject or subject[0].lower() in PRONOUNS:
        return None
    group = [w for w in words[verb:last + 1] if w.lower() not in _AUXILIARIES]
    if group and group[-1].lower() in PHRASAL and last + 1 < len(words) and words[last + 1].lower() in {"up", "down"}:
        group.append(words[last + 1])  # "tariffs will go up by": "Tariffs go up", not "Tariffs go"
    if group and group[-1].lower().endswith(("en", "wn")):  # "had risen", "has fallen": the participle keeps "had"
        group = words[verb:last + 1][-2:] if last > verb else group
    if numbered is None and group and len(subject) + len(group) <= 6 and group[-1].lower() != subject[-1].lower():
        return " ".join([*subject, *group])  # "Exports rose", "Exports expected to rise": the change itself
    return " ".join(subject)


def _gapped_subject(after_verb: list[str], before_verb: Sequence[str] = ()) -> str | None:
    """The subject of a clause that shares the verb before it: "exports to the U.S. fell by 3.6% and exports to
    Russia by" → "exports to Russia" (the 7.4% is Russia's, not the United States'); "imports from the U.K.
    rose 2.2% and those from Japan" → "imports from Japan" (the first subject's noun for "those")."""
    last_number = max(i for i, w in enumerate(after_verb) if w[0].isdigit())
    tail = after_verb[last_number + 1:]
    if len(tail) < 2 or tail[0].lower() not in _GAP:
        return None
    subject = _short(_edges(tail[1:]))
    if tail[1].lower() in {"those", "that"} and len(tail) > 2:
        head = _edges(list(before_verb))
        cut = next((i for i, w in enumerate(head) if w.lower() in _PREPOSITIONS), len(head))
        rest = list(tail[2:])  # "from Japan": its preposition stays, only a dangling word goes
        while rest and rest[-1].lower() in _EDGE:
            rest.pop()
        subject = _short([*head[:cut], *rest]) if 0 < cut <= 3 and rest else []
    if not subject or subject[0].lower() in PRONOUNS or any(w.lower() in _VERBS for w in subject):
        return None
    return " ".join(subject)


# a count in words opening a verb's object is the change itself ("rose three cents or 0.1 percent"), not what
# the number measures
_NUMBER_WORDS_TEXT = "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty"
NUMBER_WORDS = frozenset(_NUMBER_WORDS_TEXT.split())
_NOT_OBJECT = _ADVERBS | NUMBER_WORDS


def gapped_label(before: str) -> str | None:
    """The gapped subject a number closes, when its clause shares the verb of the one before ("… fell by 3.6% and
    exports to Russia by"), else None."""
    clause = CONNECTIVES.sub("", CLAUSE.split(before)[-1].strip()).strip()
    words = re.findall(r"[^\W\d][\w'’.-]*|\d[\d.,]*\S*", clause)
    verbs = [i for i, w in enumerate(words) if w.lower() in _VERBS and not (i and words[i - 1].lower() in _DETERMINERS)]
    if not verbs or not any(w[0].isdigit() for w in words[verbs[-1] + 1:]):
        return None
    return _gapped_subject(words[verbs[-1] + 1:], words[:verbs[-1]])


def short_phrase(text: str) -> str | None:
    """A phrase cut to a noun phrase of at most six words, without function words at its ends."""
    found = _short(_edges(re.findall(r"[^\W\d][\w'’.-]*|\d[\d.,]*\S*", text)))
    return " ".join(found) if len(found) >= 2 else None


def after_label(after: str) -> str | None:
    """What a number opening its clause goes to: "£96.1 million is being allocated to meet costs of the
    business" → "costs of the business" (the verb group, "to" and its verb left out)."""
    words = re.findall(r"[^\W\d][\w'’.-]*|\d[\d.,]*\S*", CLAUSE.split(after, maxsplit=1)[0])
    i = 0
    while i < len(words) and (words[i].lower() in _VERBS or words[i].lower() in _ADVERBS
                              or (i and words[i].lower() in _PARTICLES)  # "set aside for", "paid out to"
                              or (words[i].islower() and words[i].endswith(("ed", "ing")))):
        i += 1
    if i == 0:
        return None
    if i < len(words) and words[i].lower() in _PREPOSITIONS:
        i += 2 if words[i].lower() == "to" else 1  # "to meet", "for"
    found = _short(_edges(words[i:]))
    return " ".join(found) if len(found) >= 2 else None
