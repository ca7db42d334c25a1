"""Organisation candidates of an English text and the features a learned scorer weighs them by.

A candidate is any run of capitalised words (with "of", "and", "for", "&" inside: "Department of Public
Expenditure and Reform") or an all-capital acronym.  Its features describe what transfers from page to page
rather than the name itself: its shape (words, capitals inside a word, a legal form, an institution's word at
its head), what the article writes around its mentions (the word before and after, a possessive, a sentence's
opening, brackets), how often it is named, whether its words are also written in lower case (a heading's
words), and whether it reads as a person's name or a place's.  See :mod:`briefkit.extract.orgmodel`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefkit.extract.agencies import is_agency
from briefkit.extract.countrycues import country_names
from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgs_en import LEGAL_FORMS
from briefkit.extract.orgshapes import ORG, ORG_WORDS, WEAK_WORDS
from briefkit.extract.places import is_place
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordfind import word_match

_WORD = r"(?:[A-Z][\w&'’.-]*[\w&]|[A-Z])"
_CANDIDATE = re.compile(r"(?<![\w’'@./-])" + _WORD + r"(?:[ \t]+(?:(?:of|and|for|&|de|du|des|the)[ \t]+)*" + _WORD
                        + r")*")
_STRONG = re.compile(r"(?:" + ORG_WORDS + r")")
_ABSTRACT = re.compile(r"[a-z](?:ing|ship|tion|sion|ment|ness|ity|ism|ance|ence)$")
_PLACE_KINDS = frozenset({"County", "Region", "Province", "District", "Territory", "State", "City", "Valley", "Cape"})
_POINTERS = frozenset({"This", "That", "These", "Those", "Our", "Your", "Its", "Their", "His", "Her", "La", "Le", "Les",
                       "El", "Los", "Las", "Der", "Die", "Das"})
_ROLE_OPENING = re.compile(r"^(?:Head|Director|Chief|Minister|Secretary|Commissioner|Chair\w*|President|Member)\s+"
                           r"(?:of|for)\s")
# ("… Strategy" stays: "Department for Business, Energy and Industrial Strategy" is a ministry)
_SITES_AND_TERMS = frozenset({"Airport", "Station", "Stadium", "Bridge", "Furnace", "Plan", "Rate", "Rates", "Index",
                              # an event or a project, no body: "a Press Briefing in Lusaka", "… Reporting Scheme"
                              "Briefing", "Conference", "Meeting", "Seminar", "Workshop", "Webinar", "Ceremony",
                              "Project", "Scheme",
                              # a document, no body: "Group Cash Flow Statement", "Budget Statement"
                              "Statement", "Statements"})
# ("Cabinet Secretary", "Principal Secretary": the qualifier is the title's, not the body's: "National Treasury")
_ROLE_IN_RUN = re.compile(r"\s+(?:(?:Cabinet|Principal|Permanent)\s+(?:Secretary|Minister)|Secretary-General|Secretary|"
                          r"President|Vice-President|Chairman|Chairwoman|Chairperson|"
                          r"Chair|Governor|Deputy|Minister|Director|Director-General|CEO|Chief|Spokes(?:man|woman|person)|"
                          r"Commissioner|Managing|Executive|Head|Analyst|Economist|Founder)\b")
_LIST_JOINER = re.compile(r"\s+(?:and|&)\s+")
_JOINED_TAIL = re.compile(r"^[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?(.+)$")
# a mention's possessive ("Eskom's", "Eskom’s"): the name without it
_POSSESSIVE = re.compile(r"['’]s?$")
# words a context feature keeps as they are: the rest only by their shape, "CAP", "low" or "num" (a name's words
# are its page's own)
_CUE_WORDS_TEXT = ("""at of by from with for to the a an and in on said says told according via said: shares
stock spokesperson spokesman spokeswoman chief executive ceo director president chairman head founder owner
company firm group agency regulator bank ministry department minister governor mr ms mrs dr inc ltd plc reported
reports announced added wrote warned expects expected will would has had is was which who that led joined""")
_CUE_WORDS = frozenset(_CUE_WORDS_TEXT.split())
_MARKS = frozenset({"(", ")", ",", "\n"})
_TITLES = frozenset({"Mr", "Ms", "Mrs", "Dr", "Prof", "President", "Minister", "Governor", "Senator", "Mayor",
                     "Sir", "Lord", "Lady", "Judge", "Justice", "Rep", "Sen", "Gov", "Chancellor"})


def unlikely(name: str) -> bool:
    """A candidate whose shape says it names no body, whatever its context: a place's kind at its head ("Smith
    County"), a pointer or a foreign article opening it ("This Court", "La Commission"), a role opening it ("Head
    of …"), a person's name inside it ("Mooretown and Scott McGeachy"), a menu's run of words, a site or a term.
    The rules' own generators never give these shapes, so their test of a name does not cover them."""
    feats = _shape(name)
    # "General Discussion The DU Lounge All Forums Issue Forums …": a menu's run of links, no name
    content = [w for w in name.split() if w not in _JOINERS]
    run_on = len(content) > 8 or max(content.count(w) for w in content) >= 3
    # "Kestrel International Airport", "Tutuka Power Station", "Capital Improvement Plan": a site or a term, no body
    # (a heading's capitals too: "GROUP CASH FLOW STATEMENT")
    site = len(content) > 1 and content[-1].capitalize() in _SITES_AND_TERMS
    return run_on or site or any(feats.get(key) for key in ("place_kind", "pointed", "role_opening", "given_inside"))


def candidates(text: str) -> dict[str, list[re.Match[str]]]:
    """Each candidate name of ``text`` with its mentions, first mention first."""
    found: dict[str, list[re.Match[str]]] = {}
    for match in _CANDIDATE.finditer(text):
        name = _POSSESSIVE.sub("", match.group(0)).rstrip(".")
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
        if len(name) < 2 or not name[0].isupper():
            continue
        found.setdefault(name, []).append(match)
        # "Shares of Velmora Holdings": a run that opens on a sentence's common word holds a name after its joiner
        tail = _JOINED_TAIL.search(name)
        if tail and tail.group(1)[:1].isupper():
            found.setdefault(tail.group(1), []).append(match)
        # the names inside a run, each with its own mention (the whole run stays one too: "Department of Public
        # Expenditure and Reform" is one name)
        for part in _inner_names(name):
            at = word_match(text, part, match.start(), match.end(), left="’'-", right="-")
            if at and part[:1].isupper():
                found.setdefault(part, []).append(at)
    return found


def _inner_names(name: str) -> list[str]:
    """The names a run of capitalised words may hold besides itself: a list's items ("SSE and EDF", "Sonali, Basic
    and BDBL") and the body before a role written in front of its holder's name ("United Nations Secretary-General
    Ban Ki-moon", "Citi Chief Economist Ann Lee")."""
    items = _LIST_JOINER.split(name) if " and " in name or " & " in name else [name]
    inner = []
    for item in items:
        role = _ROLE_IN_RUN.search(item)
        # "Offices of the President": a role after "of the" is the body's owner, no holder's title in front of a name
        owned = role is not None and item[:role.start()].split()[-1:] in (["the"], ["of"], ["for"], ["and"], ["&"])
        inner += [item, item[:role.start()]] if role and role.start() and not owned else [item]
    return [part for part in inner if part != name]


def _context_word(word: str) -> str:
    """A context word as a feature value: a cue word itself, else its shape."""
    low = word.lower()
    if low in _CUE_WORDS or word in _MARKS:
        return "NL" if word == "\n" else low
    if word[:1].isupper():
        return "CAP"
    return "num" if word[:1].isdigit() else "low"


def _shape(name: str) -> dict[str, float]:
    words = name.split()
    last = words[-1]
    feats: dict[str, float] = {f"words_{min(len(words), 5)}": 1.0}
    feats["acronym"] = float(name.isupper() and " " not in name and len(name.replace(".", "")) <= 7)
    feats["caps_inside"] = float(any(re.search(r"[a-z][A-Z]", w) for w in words))
    feats["digit"] = float(any(c.isdigit() for c in name))
    feats["domain"] = float(bool(re.search(r"\.(?:com|org|net|gov|co)\b", name, re.IGNORECASE)))
    feats["joined"] = float(bool(re.search(r"\s(?:of|and|for|&)\s", name)))
    feats["legal"] = float(last.rstrip(".") in LEGAL_FORMS)
    feats["strong_last"] = float(bool(_STRONG.fullmatch(last)) and last not in WEAK_WORDS)
    feats["weak_last"] = float(last in WEAK_WORDS)
    feats["strong_any"] = float(any(_STRONG.fullmatch(w) for w in words))
    feats["given_first"] = float(len(words) >= 2 and is_given_name(words[0]))
    feats["given_only"] = float(len(words) == 1 and is_given_name(words[0]))
    feats["place"] = float(is_place(name))
    feats["place_word"] = float(len(words) >= 2 and any(is_place(w) for w in words))
    feats["country"] = float(name in country_names("en")[1])
    feats["agency"] = float(is_agency(name))
    feats["org_shape"] = float(bool(ORG.fullmatch(name)))
    feats["title_first"] = float(words[0].rstrip(".") in _TITLES)
    feats["all_caps_words"] = float(len(words) >= 2 and name.isupper())
    feats["short_single"] = float(len(words) == 1 and len(name) <= 3)
    # "Council", "Board" alone: a kind of body, not one's name; "Broadcasting", "Partnership": an abstract noun
    feats["bare_kind"] = float((len(words) == 1 and bool(_STRONG.fullmatch(name))) or name in WEAK_WORDS)
    feats["abstract"] = float(len(words) == 1 and bool(_ABSTRACT.search(name)))
    feats["place_kind"] = float(len(words) > 1 and last in _PLACE_KINDS)  # "Smith County", "National Capital Region"
    feats["pointed"] = float(len(words) > 1 and words[0] in _POINTERS)  # "This Court", "La Commission"
    feats["role_opening"] = float(bool(_ROLE_OPENING.match(name)))  # "Head of Banking and Finance Department"
    feats["given_inside"] = float(any(is_given_name(w) and i + 1 < len(words) and words[i + 1][:1].isupper()
                                      for i, w in enumerate(words[1:], 1)))  # "Mooretown and Scott McGeachy"
    # a longer name's head and opening words, by what they are ("… Fund", "… Programme", "Commissioner …"); a
    # one-word name's own word would only memorise that name
    if len(words) > 1:
        feats["last=" + last.lower()] = 1.0
        feats["first=" + words[0].lower()] = 1.0
    return {k: v for k, v in feats.items() if v}


class PageWords:
    """What the features ask of the whole text, read once per text: its lower-case words, the words written after a
    given name ("Lopez" in "Maria Lopez"), what it writes in brackets, and the acronyms it defines after a name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = frozenset(_TOKEN.findall(text))
        self.surnames = frozenset(m.group(2) for m in _PAIR.finditer(text) if is_given_name(m.group(1)))
        self.bracketed = frozenset(_BRACKETED.findall(text))
        self.defined = frozenset(_DEFINED.findall(text))


_TOKEN = re.compile(r"(?<![\w’'@./-])[\w’'@-]+")
_PAIR = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?=[ \t]+([A-Z][\w’'-]*))")
_BRACKETED = re.compile(r"\(([^()\s]{1,12})\)")
_DEFINED = re.compile(r"[A-Z][\w-]+(?:\s+(?:of|and|for|&)?\s*[A-Z][\w-]+)+\s+\(([A-Z][\w.&]*)\)")
_PREV = re.compile(r"[\w:’'.-]+|[(\n]")
_NEXT = re.compile(r"[\w’'-]+|[)(,\n]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_JOINERS = frozenset({"of", "and", "for", "&", "the", "de", "du", "des"})


@text_cache(maxsize=512)  # a paragraph holds many mentions: read it once (emptied with the text caches)
def _title_cased(line: str) -> bool:
    """A line of four words or more whose words (but joiners) nearly all open on a capital: a headline's or a
    menu's, whose runs of capitals are no names."""
    words = [w for w in _TOKEN.findall(line) if w.lower() not in _JOINERS and w.lower() not in {"a", "an", "in", "on",
                                                                                                 "to", "at", "by"}]
    return len(words) >= 4 and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.8 * len(words)


def features(name: str, mentions: Iterable[re.Match[str]], page: PageWords) -> dict[str, float]:
    """The features of candidate ``name`` from its ``mentions`` in the ``page``'s text."""
    text = page.text
    feats = _shape(name)
    count = starts = headed = lines = titled = 0
    for match in mentions:
        count += 1
        before = text[max(0, match.start() - 40):match.start()]
        after = text[match.end():match.end() + 30]
        prev = _PREV.findall(before)
        nxt = _NEXT.findall(after)
        line_start = not before.strip(" \t") or before.rstrip(" \t").endswith("\n")
        starts += int(line_start or bool(_SENTENCE_END.search(before)))
        lines += int(line_start)
        line = text[text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.end()) % (len(text) + 1)]
        headed += int(len(line) < 70 and not line.rstrip().endswith((".", ":", "”", '"')))
        titled += int(_title_cased(line))
        if prev:
            feats["prev=" + _context_word(prev[-1])] = 1.0
            if len(prev) >= 2:
                feats["prev2=" + _context_word(prev[-2])] = 1.0
        if nxt:
            feats["next=" + _context_word(nxt[0])] = 1.0
        if _POSSESSIVE_AFTER.match(match.group(0)[len(name):] or after):
            feats["possessive"] = 1.0
        if before.endswith("(") and after.startswith(")"):
            feats["bracketed"] = 1.0
    feats[f"mentions_{min(count, 3)}"] = 1.0
    feats["heading"] = float(count > 0 and headed == count)
    # "Why Small Businesses Do Back a Higher Wage": a run inside a line in title case is a headline's words
    feats["title_cased"] = float(count > 0 and titled == count)
    feats["surname"] = float(" " not in name and name in page.surnames)  # "Lopez" after "Maria Lopez": a person's
    feats["always_opens"] = float(count > 0 and starts == count)
    # a name that only ever opens a line is a heading's or a list's, whatever it names
    feats["line_start"] = float(count > 0 and lines == count)
    words = [w for w in name.split() if w not in _JOINERS]
    lower = sum(1 for w in words if w.lower() in page.words)
    if words:
        feats["lower_all"] = float(lower == len(words))
        feats["lower_some"] = float(0 < lower < len(words))
    initials = "".join(w[0] for w in words if w[0].isupper())
    feats["defines_acronym"] = float(len(words) > 1 and initials in page.bracketed)
    feats["defined"] = float(bool(feats.get("acronym")) and name in page.defined)
    return {k: v for k, v in feats.items() if v}
