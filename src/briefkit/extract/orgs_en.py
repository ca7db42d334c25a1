"""English organisations found by shape (see :mod:`briefkit.extract.entities` for the kinds).

Names ending in an institutional word, names a sentence says are bodies
("regulator Ofgem", "Krka, a drug company", "shares of Nvidia"), acronyms
defined in brackets, names listed with organisations and one-word names that
speak ("Oxfam said") and are no person's.
"""

from __future__ import annotations

import re

from briefkit.extract.orgnoise import town_of_staff
from briefkit.extract.orgremits import HEAD_WORD, minister_remit, remits, remits_before_head, with_remits
from briefkit.extract.orgroles import holder_of_kind, owner_by_trade
from briefkit.extract.orgshapes import (
    ACR,
    ACRONYM_LIST,
    APPOSITION,
    APPOSITION_AFTER,
    CJK,
    CONCEPT,
    DEFINED,
    KNOWN_AS,
    LEADING,
    LISTED,
    MAX_ORG_WORDS,
    MONTH,
    NOT_ACRONYM,
    NOT_ORG,
    OFFICE_WORDS,
    ORG,
    ORG_FR,
    ORG_WORDS,
    OUTLET_SAID,
    PERSONISH,
    ROLE_AFTER,
    ROLE_OF,
    SHARES,
    TITLED,
    VIA,
    WEAK_WORDS,
    WHOLE_ORG,
    clean,
)
from briefkit.extract.orgslips import person_before
from briefkit.extract.orgsolo import solo_bodies
from briefkit.extract.orgterms import (
    LAW_AFTER,
    LAW_BEFORE,
    PLACE_KIND_AFTER,
    PROJECT_AFTER,
    REMIT_PARTICLE,
    TERM_AFTER,
    concept,
)
from briefkit.extract.personcues import person_cues
from briefkit.extract.places import is_place
from briefkit.extract.wordfind import iter_words

# The fixed patterns are compiled here, not left to ``re``'s cache, which the per-article patterns of other
# modules keep emptying: a pattern compiled again for each article costs more than its scan.
_AND = re.compile(r"\s+and\s+")
_HEAD = re.compile(ORG_WORDS)
_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
# what the costlier patterns need in the text (see english_shapes)
_APPOSITION_CUE = re.compile(r",\s+(?:a|an|the|its|their|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s)\s")
_LISTED_CUE = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NSE|BSE|OTC|Euronext|XETRA|SIX|TSE|"
                         r"ticker|Ticker)\s*[:：]")
_KNOWN_AS_CUE = re.compile(r"(?i:known\s+as|called)")
_TITLED_CUE = re.compile(r"\b(?:Chair|Chief|CEO|Founder|Spokes|Managing|President|General|Director|Manager|"
                         r"[Bb]oard)")
_OPENS = re.compile(r"(?:^|[.!?\n\"“]\s*)$")
_PARTS = re.compile(r"\s*,\s*|\s+and\s+(?=[A-Z])")
_ITEMS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a name's own "the" between its capitalised words ("Save the Children", "Stop the War Coalition")
_THE_TAIL = re.compile(r"[ \t]+the[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}(?![\w’'-])")
_NAME_TAIL = re.compile(r"[A-Z][\w’'-]*\s+(?:in|of|for|and|on)\s+$")


def _conjoined(name: str, listed: bool = False) -> list[str]:
    """"EDF and British Gas", "SES Water and United Utilities": two bodies joined by "and", each a name.

    Only when both sides stand alone (an acronym or a name of two words or more, the right one ending
    in an institutional word), or the right one is a place's body: "Securities and Exchange Commission"
    and "Department for Business, Energy and Industrial Strategy" stay whole.
    """
    for found in _AND.finditer(name):
        left, right = name[:found.start()], name[found.end():]
        if "," in left or not right[:1].isupper() or not WHOLE_ORG.match(right) or remits(left, right) \
                or remits_before_head(left, right):
            continue
        if left.split()[-1] in WEAK_WORDS and len(right.split()) == 2 and HEAD_WORD.fullmatch(right.split()[-1]):
            continue  # "National Water and Sewerage Authority", "Kenya Power and Lighting Company": one head
        if (left.isupper() and " " not in left) or (len(left.split()) >= 2 and (
                WHOLE_ORG.match(left) or left.split()[-1] in ORG_WORDS.split("|"))) \
                or (" " not in left and is_place(right.split()[0])) or listed:  # "Nissan and Sunderland Council"
            return [left, right]
    return [name]


_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*[“\"‘']?(?P<acr>[A-Z][A-Za-z&]{1,7})[”\"’']?[ \t]*\)")


def _spells(acronym: str, name: str) -> bool:
    """"NESDC" and "Office of the National Economic and Social Development Council": the acronym is the
    initials of the name, or of its end (the office's own word is often left out of it)."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(acronym) >= 3 and initials.upper().endswith(acronym.upper()) and " and " in name


def _owner_and_owned(name: str) -> list[str]:
    """"Bank of England's Monetary Policy Committee" → the bank and its committee: a possessive ends the owner's
    name (each part kept when it is a body's by its shape; the whole name otherwise)."""
    found = _POSSESSIVE.search(name)
    if not found:
        return [name]
    owner, owned = name[:found.start()], name[found.end():]
    if " " not in owner and not owner.isupper():
        return [name]  # "People's Bank of China", "Children's Society": the possessive is the name's own
    parts = [p for p in (owner, owned) if (WHOLE_ORG.match(p) and len(p.split()) >= 2) or p.isupper()]
    return parts or [name]


# a name defined by its acronym, with the lower-case particles of other languages inside ("Bangko Sentral ng
# Pilipinas (BSP)", "Banco de la Nación (BN)", "Centraal Bureau voor de Statistiek (CBS)")
_PARTICLE = r"(?:ng|de|del|della|da|di|do|dos|das|du|des|la|le|van|der|den|voor|von|al|el|y|e|of|for|on|and|the)"
_FOREIGN_PARTICLE = re.compile(r"\s(?:ng|de|del|della|da|di|do|dos|das|du|des|la|le|van|der|den|voor|von|al|el|y|e)\s")
_DEFINED_PARTICLES = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:" + _PARTICLE
                                + r"[ \t]+){0,2}[A-Z][\w’'-]+){1,6})[ \t]+\([“\"]?(?P<acr>[A-Z]{2,7})[”\"]?\)")


# "Acting Government Communication and Information System (GCIS)": a name that runs on to the acronym defining it
_RUNS_TO_ACRONYM = re.compile(r"(?P<rest>(?:[ \t]+(?:and[ \t]+|of[ \t]+|for[ \t]+|&[ \t]+)?[A-Z][\w’'-]*){1,6})"
                              r"[ \t]*\([“\"]?(?P<acr>[A-Z]{2,7})[”\"]?\)")
# "Opening Times: 9.00am - 2.40pm": a label that opens a line before its value, not a body
_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*[\d+(]")
LEGAL_FORMS = frozenset(["SA", "AG", "NV", "BV", "AB", "ASA", "LLC", "LLP", "PLC", "Plc", "GmbH", "Ltd", "Inc", "Co",
                         "Oyj", "Bhd", "Tbk", "SpA", "Spa", "Limited", "Incorporated"])


def english_shapes(text: str) -> dict[str, None]:
    """Organisation names found by their shape in ``text``, first pattern first (an ordered set)."""
    found: dict[str, None] = {}
    for match in ORG.finditer(text):
        if LAW_AFTER.match(text, match.end()) or match.group(0) in LEGAL_FORMS \
                or PROJECT_AFTER.match(text, match.end()) \
                or LAW_BEFORE.search(text, max(0, match.start() - 60), match.start()) \
                or PLACE_KIND_AFTER.match(text, match.end()) or _cut_term(match, text) or _weak_runs_on(match, text) \
                or (minister_remit(text, match.end()) and not HEAD_WORD.search(match.group(0))):
            continue  # "Private Securities Litigation Reform Act": a law's title; "(Mejcon-SA)": a legal form alone;
            # "the National Capital Region", "the Federal Capital Territory": a place's name
        listed = text[max(0, match.start() - 2):match.start()] == ", "  # "Apple, Microsoft and Alphabet Inc"
        whole = clean(with_remits(match, text))
        # "National Economic and Social Development Council (NESDC)": the acronym after it spells the whole name
        defined = _ACRONYM_AFTER.match(text, match.start() + len(match.group(0)))
        for name in [whole] if defined and _spells(defined["acr"], whole) else _conjoined(whole, listed):
            # not a menu: nine capitalised words at most ("of", "and", "&" between remits are no menu items)
            capitalised = sum(w[:1].isupper() for w in name.split())
            if (len(name.split()) >= 2 or name.isupper()) and capitalised <= MAX_ORG_WORDS:
                for part in _owner_and_owned(name):
                    found.setdefault(part)
    for match in ORG_FR.finditer(text):
        found.setdefault(match.group(0))
    for match in DEFINED.finditer(text):
        name = clean(match["name"])
        if CONCEPT.search(name):
            continue  # "Carbon Capture and Storage (CCS)": a defined term, not a body
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if initials and match["acr"].upper().startswith(initials[0]) and len(name.split()) >= 2:
            found.setdefault(name)
    for match in _DEFINED_PARTICLES.finditer(text) if " (" in text else ():
        whole = match["name"]
        # English names defined by acronyms are DEFINED's (and "Gross Domestic Product (GDP)" no body), but for
        # those with "and" amid their words ("Government Communication and Information System (GCIS)")
        joined = (_FOREIGN_PARTICLE.search(whole) or " and " in whole) and not CONCEPT.search(whole)
        tail = _initialled_tail(whole, match["acr"])
        # or a remit after their head, which DEFINED's one run of particles cannot reach ("Intergovernmental Panel
        # on Climate Change (IPCC)"; "Q2 of the Financial Year (FY)" defines a term)
        if tail and (joined or (REMIT_PARTICLE.search(tail) and not concept(tail))):
            found.setdefault(tail)
    for match in OUTLET_SAID.finditer(text):
        found.setdefault(match["a"] or match["b"])
    for match in ACRONYM_LIST.finditer(text):
        for acronym in re.findall(ACR, match["list"]):
            if acronym not in NOT_ACRONYM:
                found.setdefault(acronym)
    for match in SHARES.finditer(text) if "shares" in text.lower() else ():
        name = clean(match["a"] or match["b"] or match["c"])
        if name and name not in NOT_ORG and name not in _PRONOUNS and not name.isupper() and not PERSONISH.match(name) \
                and not MONTH.match(name):
            found.setdefault(name)
    # the costlier patterns run only where their cue word is (they would try every capitalised word)
    patterns = [APPOSITION, ROLE_OF, ROLE_AFTER, VIA]
    patterns += [APPOSITION_AFTER] if _APPOSITION_CUE.search(text) else []
    patterns += [LISTED] if _LISTED_CUE.search(text) else []
    patterns += [KNOWN_AS] if _KNOWN_AS_CUE.search(text) else []
    patterns += [TITLED] if _TITLED_CUE.search(text) else []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if "name" in match.groupdict() and match["name"] and MONTH.match(match["name"]):
                continue  # "in February, the industry group said": a date, not a name
            if pattern is APPOSITION and match.group(0)[:1].isupper() \
                    and not _OPENS.search(text[max(0, match.start() - 3):match.start()]):
                continue  # "European Union, the United States …": a name's own word, not "the union, X"
            if pattern is APPOSITION and holder_of_kind(match, text):
                continue  # "the governor of the central bank Jerome Powell": the office's holder, not the bank
            if pattern is VIA and match["name"] and town_of_staff(match["name"], text, match.end("name")):
                continue  # "reported by Phuntsholing hospital": the town's hospital reported, not a body "Phuntsholing"
            if pattern is APPOSITION_AFTER and owner_by_trade(match):
                continue  # "Victoria Lopez, a shop owner": a person who owns or holds, not a body
            if pattern is TITLED and (is_place(clean(match["name"])) or match["name"].split()[-1] in OFFICE_WORDS
                                       or (len(match["name"].split()) == 1 and not match["name"].isupper()
                                           and text.count(match["name"]) < 2)):
                continue  # "US President …", "Former CEO …"; one word only when the article names it again
            group = "names" if "names" in match.groupdict() else "told" if match.groupdict().get("told") else "name"
            named = match[group]
            if pattern is ROLE_OF and (inner_the := _THE_TAIL.match(text, match.end(group))):
                named += inner_the.group(0)  # "a spokesperson for Save the Children": "the" inside the name
            for part in _PARTS.split(named):
                name = clean(part)
                if name and name not in NOT_ORG and name not in OFFICE_WORDS and not PERSONISH.match(part) \
                        and len(name) > 1 and not _SHOUTED_PHRASE.fullmatch(name) \
                        and not MONTH.match(name) \
                        and len(name.split()) <= MAX_ORG_WORDS and name[0].isupper():
                    found.setdefault(name)
    return found


# a capitalised word after a name, on its line, that is no office's or speech's word ("Thames Water Chief Executive",
# "Tata Power CEO", "Scottish Power Renewables" is a longer name: only its own word is tested)
_RUNS_ON = re.compile(r"[ \t]+(?!(?:Chief|Chair\w*|CEO|CFO|President|Managing|Executive|Head|Spokes\w*|Director|"
                      r"Secretary|Minister|Deputy|Vice|Senior|Acting|Board|Group|Limited|Ltd|Inc|Plc|PLC|And|The)\b)"
                      r"[A-Z][a-z]{2,}\b")


def _weak_runs_on(match: re.Match[str], text: str) -> bool:
    """"The Australian Financial Review", "Winter Energy Payment", "UT Health San Antonio": a name closed by a weak
    institutional word (:data:`WEAK_WORDS`) that runs on into a capitalised word the pattern does not know is cut
    short, a publication's, a scheme's or a longer body's name (on pages the rules had not seen, such cuts were
    wrong far more often than right: ``benchmarks/org_calibration.py``).  A body's own word before it keeps the name
    whole: "Ministry of Health Speed up vaccination" is a headline's ministry."""
    words = match.group(0).split()
    return words[-1] in WEAK_WORDS and not any(w not in WEAK_WORDS and _HEAD.fullmatch(w) for w in words[:-1]) \
        and _RUNS_ON.match(text, match.end()) is not None


def _initialled_tail(name: str, acronym: str) -> str | None:
    """"By Chino Leyco The Bangko Sentral ng Pilipinas" and "BSP": the tail of the name whose initials are exactly
    the acronym (None when none is)."""
    words = name.split()
    for start in range(len(words) - 1):
        if words[start][0].isupper() and "".join(w[0] for w in words[start:] if w[0].isupper()) == acronym:
            return " ".join(words[start:])
    return None


def _cut_term(match: re.Match[str], text: str) -> bool:
    """A name of capitalised words alone that runs on into a term's word (``TERM_AFTER``), or a label opening
    its line before a value (``_LABEL_AFTER``); "Bank of England Base Rate" keeps its bank (a name with "of" is
    whole)."""
    if _LABEL_AFTER.match(text, match.end()) and (match.start() == 0 or text[match.start() - 1] == "\n"):
        return True
    if (defined := _RUNS_TO_ACRONYM.match(text, match.end())) \
            and "".join(w[0] for w in (match.group(0) + defined["rest"]).split() if w[0].isupper()) \
            .endswith(defined["acr"]):
        return True  # the whole name is found with its acronym (see english_shapes)
    return " of " not in match.group(0) and TERM_AFTER.match(text, match.end()) is not None


_ITEM = r"[A-Z][\w&'’-]*(?:\s+(?:in\s+|of\s+|for\s+)?[A-Z][\w&'’-]*){0,3}"  # "Children in Need"
# "Welsh Water, Severn Trent, Yorkshire Water, SES Water and United Utilities"; "with Nissan and Sunderland Council"
_LIST = re.compile(r"(?P<list>(?:" + _ITEM + r",\s+){0,8}" + _ITEM + r",?\s+and\s+" + _ITEM + r")(?![\w'’])")


def add_list_mates(text: str, found: dict[str, None]) -> None:
    """Names listed with organisations are organisations: in a list of three or more naming two, or in
    a pair with one ("Nissan and Sunderland Council") when the other is one word.  Places, people and
    the words that open a sentence are not.
    """
    for match in _LIST.finditer(text):
        items = [clean(i) for i in _ITEMS.split(match["list"])
                 if clean(i) and not PERSONISH.match(i + " ")]  # "Congress and President Trump": a person
        known = [i for i in items if i in found]
        others = [i for i in items if i not in found]
        if not known or not others or not ((len(items) >= 3 and len(known) >= 2)
                                           or (len(items) == 2 and len(others[0].split()) == 1)):
            continue
        for name in others:
            if name not in NOT_ORG and not is_place(name) and not LEADING.match(name + " ") \
                    and not PERSONISH.match(name + " ") and not MONTH.match(name) and not is_person(name, text):
                found.setdefault(name)


# "Oxfam said", "said Tesla": a one-word name that speaks, not a person's surname (checked against the text)
# ("Mercedes-Benz said" is one name: no part after a hyphen)
# ("Oxfam has warned": an auxiliary may stand between)
# ("Johannes !Gawaxab said": a name's click written "!" is part of it, a person's surname like any other)
_SPEAKS = re.compile(r"(?<![\w!’'-])(?P<a>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?|[A-Z][a-zA-Z]*[A-Z][a-zA-Z]*)\s+"
                     r"(?:(?:has|have|had|also)\s+)?(?:said|says|announced|reported|confirmed|declined|warned|urged|"
                     r"called\s+for|called\s+on)\b|\b(?:said|says)\s+(?P<b>[A-Z][a-z]{2,})[.,]"
                     # "Auchan abused its market power", "Halvex cut its forecast": a person's deed takes "his" or
                     # "her"; "its" says a body did it
                     r"|(?<![\w!’'-])(?P<c>[A-Z][a-z]{2,}|[A-Z]{2,6})[ \t]+(?:(?:has|have|had|also)[ \t]+)?"
                     r"[a-z]{2,}(?:ed|s|t)[ \t]+its\b")


_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|around|across)[ \t]+$")
# "PRIVATE-SECTOR economists expect …": a lede's opening words in capitals, joined by a hyphen, are a phrase
_SHOUTED_PHRASE = re.compile(r"[A-Z]{4,}(?:-[A-Z]{4,})+")


def add_speakers(text: str, found: dict[str, None]) -> None:
    """One-word names that say things and are no person's: the article never names them with a first
    name, a title or an age, and they are no place, month or word that opens a sentence."""
    for match in _SPEAKS.finditer(text):
        name = match["a"] or match["b"] or match["c"]
        opens = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1:] in ".!?\"”"
        if opens and name.endswith("s"):
            continue  # "Numbers reported", "Officials said": a plural noun opening a sentence
        if _NAME_TAIL.search(text[max(0, match.start() - 40):match.start()]):
            continue  # "Children in Need said": the tail of a longer name
        if _PLACE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Farmers near Okehampton said": a place the speakers are from
        if name in found or not _bodylike(name, text):
            continue
        found.setdefault(name)
    for name in solo_bodies(text):
        if name not in found and _bodylike(name, text):
            found.setdefault(name)


def _bodylike(name: str, text: str) -> bool:
    """A one-word name found speaking or acting that is no place, month, pronoun or person of the article's."""
    return not (name in NOT_ORG or name in OFFICE_WORDS or name in _PRONOUNS or is_place(name)
                or MONTH.match(name) or LEADING.match(name + " ") or is_person(name, text)
                or speaks_as_person(name, text) or person_before(name, text)
                or (not name.isupper() and _named_as_person(name, text)))  # "The PBO": no surname is an acronym


_PRONOUNS = frozenset(["He", "She", "They", "It", "We", "You", "This", "That", "These", "Those", "There", "Here",
                       "Its", "Their", "Our", "His", "Her", "Whose"])  # "Its shares fell"
# "Baard said that most of his farmer friends", "…,” Hauser said.": a surname the article gives a person's
# pronoun, or one that closes a quotation as reporters attribute a person's words (on the corpus's pages no
# body named by one word only ever did either: seen on South African, US, Irish and Malaysian pages)
_PERSON_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added|explained)\b[^.!?\n]{0,60}?"
                           r"\b(?:he|she|his|her|him)\b")
_QUOTE_BEFORE = re.compile(r"[,.!?]\s?[”\"]\s+$")


def speaks_as_person(name: str, text: str) -> bool:
    """A one-word name that says things the way a person does: with a person's pronoun, or after a quotation."""
    for start in iter_words(text, name, left="-", right="-"):
        end = start + len(name)
        if _PERSON_AFTER.match(text, end) \
                or (_QUOTE_BEFORE.search(text[max(0, start - 4):start])
                    and re.match(r"\s+(?:said|says|added|explained)\b", text[end:])):
            return True
    return False


# what follows a name that is a person's: "Yuan Da, a spokesman", "Harris Kamala said"
_GIVEN_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:,|\s+(?:said|says|told))")


def _named_as_person(name: str, text: str) -> bool:
    """"A.J. Harris", "Yuan Da, a spokesman", "President Lula": the article names ``name`` as a person's."""
    cues, end = person_cues(text), len(name)
    starts = cues.occurrences(name)
    return any(s in cues.first_named and cues.ends_before(s + end) for s in starts) \
        or any(cues.ends_before(s) and _GIVEN_NAME_AFTER.match(text, s + end) for s in starts) \
        or any(s in cues.office and cues.ends_before(s + end) for s in starts)


def is_person(name: str, text: str) -> bool:
    """A name the article uses as a person's: "Spitzer said" after "Gov. Eliot Spitzer", or "Russell, 64,"."""
    words = name.split()
    if len(words) > 3 or CJK.search(name):
        return False
    cues = person_cues(text)
    ends = [start + len(name) for start in cues.occurrences(name)]
    if any(end in cues.ages for end in ends):
        return True
    # "according to Yu" after "Yu Jianhua, head of the customs": a person's surname
    if len(words) == 1 and any(end in cues.roles for end in ends):
        return True
    last = words[-1]
    return len(words) <= 2 and any(start in cues.titled and cues.ends_before(start + len(last))
                                   for start in cues.occurrences(last))
