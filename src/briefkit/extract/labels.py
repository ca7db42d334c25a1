"""What a number measures: its unit noun and a short label, from its sentence.

No parser, only the shapes news prose uses: "54000 patent applications for
generative AI" (the noun phrase after), "83% of Chinese respondents used
generative AI" (the "of" phrase), "China applied for 38000" (the clause
before, with the unit carried over from the sentence that introduced it) and
"accounting for 70%" (a share).  Every word of a label is the article's.  Where the number closes a clause
("Exports rose 10.5 percent to $2.4 trillion", "the bank raised its key rate
to 9.5%"), the label is the clause's noun phrase: what was raised ("key
rate"), or the subject with its verb when the number is the change itself
("Exports rose"); never the whole clause, never a phrase ending in "to".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.readers.plaintext import words as count_words

_UNIT_STOP_WORDS = (
    "for of in on at by to from with around across among about worldwide globally who that which were was are is "
    "have has had will would and or but than as per each this these those since during over under between into "
    "de des du en dans pour par et qui que sont est ont a an the still today now already found said lack lacks "
    "can could may might must should do does did remain remains every annually daily yearly need needs get gets "
    "make makes take takes say says expect expects use uses last next")
_UNIT_STOP = frozenset(_UNIT_STOP_WORDS.split())
_LABEL_STOP_WORDS = ("who that which were was conducted released according than but while whereas found said showed "
                     # where and when a clause happens close its noun phrase: "36 other categories here on Saturday"
                     "here there yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday")
# a modal opens the clause's predicate: "an increase to the minimum wage will give …" ends the noun phrase once it
# has two words ("Households will get help with their bills" keeps its clause: "Households" alone says less)
_MODAL_STOP = frozenset(["will", "would", "could", "can", "should", "must"])
_LABEL_STOP = frozenset(_LABEL_STOP_WORDS.split())
_SHARE = re.compile(r"(?:accounting\s+for|account(?:s|ed)?\s+for|a\s+share\s+of|making\s+up|"
                    r"represent(?:s|ing|ed)?|占比|占)\s*$", re.IGNORECASE)
# … and Chinese ones, which no word boundary ends ("但其中女性占比为52%": 女性占比, not "但其中…")
_CONNECTIVES = re.compile(r"^(?:(?:其中|但是|但|而且|而|此外|另外|同时|同時|不过|不過|然而|并且|並且)+[,，\s]*"
                          r"|(?:among\s+them|of\s+these|of\s+them|of\s+which|while|whereas|and|but|however|"
                          r"meanwhile|in\s+addition|besides)\b[,\s]*)", re.IGNORECASE)
_CLAUSE = re.compile(r",(?!\d{3}(?!\d))|[;:(，；：（、。|｜]|\s[-–—]\s")  # a table's cell border ends one too
_CJK_UNIT = re.compile(r"^[多余]?(?P<unit>[\u3400-\u9fff]{1,4}?)(?=[的在和与参对中占为是了将已共]|[^\u3400-\u9fff]|$)")
_TRIM_WORDS = "the a an of for in on at to and or with by its their from as that than which while through since until"
_PHRASAL_WORDS = "go goes went going gone come comes came coming edge edges edged edging move moves moved"
_PHRASAL = frozenset(_PHRASAL_WORDS.split())  # verbs whose "up" or "down" is part of the change
_TRIM = frozenset(_TRIM_WORDS.split())
MAX_LABEL_WORDS = 10


def _words_after(text: str) -> list[str]:
    clause = _CLAUSE.split(text.removeprefix("-"), maxsplit=1)[0]
    # "U.S." keeps its stops and "4.75" its point, as a reader writes them
    return re.findall(r"(?:[A-Za-z]\.){2,}|\d[\d.,]*\d|[\w'’-]+", clause)


def _trim(words: list[str]) -> list[str]:
    while words and words[-1].lower() in _TRIM:
        words = words[:-1]
    while words and words[0].lower() in {"the", "a", "an", "of", "and", "its", "their"}:
        words = words[1:]
    return words


# Chinese measure words, longest first: the unit when no particle closes the noun after the number.
# "1个多小时", "3个多月": over an hour, over three months (lengths of time, not counts of 个)
_CJK_MEASURE = re.compile(r"^[多余]?(?P<unit>个多小时|個多小時|个多月|個多月|"
                          r"个月|個月|小时|小時|平方米|立方米|千瓦时|千瓦時|万吨|萬噸|人次|"
                          r"公里|公斤|千克|公噸|公吨|公頃|公顷|平方公里|"  # Taiwan writes metric tonnes 公噸
                          r"年|天|周|週|吨|噸|人|件|家|个|個|项|項|名|次|辆|輛|台|座|所|户|戶|头|頭|只|艘|架|套|亩|畝|米|倍|元|条|條|张|張|"
                          r"篇|批|种|種|位|例|起|份|处|處|轮|輪)")


def unit_after(after: str) -> str | None:
    """The unit noun right after a number: "patent applications", "member countries", "件"."""
    if after[:1] >= "\u3400":
        cjk = _CJK_MEASURE.match(after) or _CJK_UNIT.match(after)
        return cjk["unit"] if cjk else None
    if (spaced := _CJK_MEASURE.match(after.lstrip(" \u00a0\u3000"))) and after[:1].isspace():
        return spaced["unit"]  # "12 家企业": Chinese copy spaced around its digits keeps its measure word
    words: list[str] = []
    for word in _words_after(after):
        low = word.lower()
        if low in _UNIT_STOP or (len(words) > 0 and len(low) > 5 and low.endswith(("ing", "ed"))):
            break
        if low.endswith(("ing", "ed")) and not words and len(low) > 5:
            break
        words.append(word)
        if len(words) == 3:
            break
    return " ".join(words) or None


_YEAR = re.compile(r"(?:19|20)\d{2}")  # "a freeze from May 2015": a year dates the label, it is no other figure


def phrase_after(after: str) -> str | None:
    """The noun phrase after a number, up to its clause's end or a relative pronoun."""
    words: list[str] = []
    following = _words_after(after)
    for i, word in enumerate(following):
        low = word.lower()
        if low in _LABEL_STOP or (word[0].isdigit() and not _YEAR.fullmatch(word)) \
                or (low in _MODAL_STOP and len(words) >= 2 and words[-1].lower() not in _PRONOUNS):
            break  # a relative clause, or another figure ("0.4 and 11.5 per cent higher"): no part of the label
        if low == "and" and i + 1 < len(following) and following[i + 1].lower().endswith(("ed", "ing")):
            break  # "… and employed more": a second clause, not part of the noun phrase
        words.append(word)
    if len(words) == 2 and words[0].lower() in {"a", "an", "per"}:
        return None  # "25 paise a unit", "$27 a week": a rate's denominator, not what the number measures
    words = _trim(words[:MAX_LABEL_WORDS])
    return " ".join(words) or None


def clause_before(before: str) -> str | None:
    """The clause that ends at a number: "China applied for"."""
    clause = _CLAUSE.split(before)[-1].strip()
    clause = _CONNECTIVES.sub("", clause).strip()
    words = clause.split()[-MAX_LABEL_WORDS:]
    return " ".join(words).strip(" $€£¥") or None


# "a team of 12", "a panel of five", "the delegation of 30": a group's size with no noun after it (the corpus
# convention: a group's size the sentence states is a count; "a 12-member board" describes the body, notfigures)
_GROUP_OF = re.compile(r"\b(?P<noun>team|group|panel|delegation|crew|squad|committee|jury|cohort|party|coalition"
                       r"|consortium|caucus|taskforce|task\s+force|board|council|network|alliance)\s+of\s+"
                       r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|just\s+)?$",
                       re.IGNORECASE)


def group_of(before: str) -> str | None:
    """The group whose size a number closing ``before`` gives ("led by a team of" → "team"), else None."""
    match = _GROUP_OF.search(before[-60:])
    return match["noun"].lower() if match else None


def is_share(before: str) -> bool:
    """True when the number is introduced as a share ("accounting for 70%")."""
    return bool(_SHARE.search(before))


def previous_clause(before: str) -> str | None:
    """The clause before the one that holds the number (for shares)."""
    parts = [p.strip() for p in _CLAUSE.split(before) if p.strip()]
    if len(parts) < 2:
        return None
    return _CONNECTIVES.sub("", parts[-2]).strip() or None


def capitalise(text: str) -> str:
    """First letter up, the rest as written."""
    return text[:1].upper() + text[1:]


def around(text: str, start: int, end: int) -> str:
    """The clause holding a number, with the one before it when it is short (at most 14 words)."""
    bounds = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    left = bounds[-1] if bounds else 0
    if count_words(text[left:start]) < 3 and len(bounds) > 1:
        left = bounds[-2]
    boundary = _CLAUSE.search(text, end)
    snippet = _unstop(text[left:boundary.start() if boundary else len(text)].strip(" ,，。"))
    words = snippet.split()
    if len(words) > 14:
        offset = start - left
        snippet = " ".join(_trim(words[-14:]) if offset > len(snippet) / 2 else _trim(words[:14]))
    return _unstop(_CONNECTIVES.sub("", snippet).strip()) or text[start:end]


def _unstop(text: str) -> str:
    """A phrase without its sentence's full stop, but with an abbreviation's ("sales in the U.S.")."""
    text = text.lstrip(" .")
    if text.endswith(".") and not _ABBREVIATION.search(text.rsplit(None, 1)[-1]):
        text = text.rstrip(" .")
    return text


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
_PRONOUNS_WORDS = ("it this that they which he she we these those there who i you i'm i’m we're we’re we've we’ve")
_PRONOUNS = frozenset(_PRONOUNS_WORDS.split())
MAX_NOUN_WORDS = 6
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_GAP = frozenset(["and", "while", "whereas", "but"])


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
    if words and not _ABBREVIATION.match(words[-1]):
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
    if _YEAR.fullmatch(word):
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
    clause = _CONNECTIVES.sub("", _CLAUSE.split(before)[-1].strip()).strip()
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
        return " ".join(found) if found and found[0].lower() not in _PRONOUNS else None
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
    if obj and obj[0].lower() not in _PRONOUNS and obj[0].lower() not in _NOT_OBJECT \
            and not (numbered is not None and numbered < len(obj)):
        return " ".join(obj)
    said = max((i for i, w in enumerate(words[:verb]) if _boundary(w) and not _attributive(words, i)), default=-1)
    subject = _short(_edges(words[said + 1:verb]))  # "WTO said shipping costs … had risen": the costs
    if len(subject) > 1 and subject[0].endswith("ly") and subject[1].lower() in _PRONOUNS:
        return None  # "particularly we were at": a pronoun is the subject, which names nothing
    if not subject or subject[0].lower() in _PRONOUNS:
        return None
    group = [w for w in words[verb:last + 1] if w.lower() not in _AUXILIARIES]
    if group and group[-1].lower() in _PHRASAL and last + 1 < len(words) and words[last + 1].lower() in {"up", "down"}:
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
    if not subject or subject[0].lower() in _PRONOUNS or any(w.lower() in _VERBS for w in subject):
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
    clause = _CONNECTIVES.sub("", _CLAUSE.split(before)[-1].strip()).strip()
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
    words = re.findall(r"[^\W\d][\w'’.-]*|\d[\d.,]*\S*", _CLAUSE.split(after, maxsplit=1)[0])
    i = 0
    while i < len(words) and (words[i].lower() in _VERBS or words[i].lower() in _ADVERBS
                              or (words[i].islower() and words[i].endswith(("ed", "ing")))):
        i += 1
    if i == 0:
        return None
    if i < len(words) and words[i].lower() in _PREPOSITIONS:
        i += 2 if words[i].lower() == "to" else 1  # "to meet", "for"
    found = _short(_edges(words[i:]))
    return " ".join(found) if len(found) >= 2 else None
