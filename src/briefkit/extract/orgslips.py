"""Capitalised names the organisation rules or the scorer take that a careful reader would not list.

Seen on pages the rules were never fitted to (the heads-only batches, whose gold lists no organisations):

- a person's office, alone or before its holder ("Australian Federal Police Commissioner", "Tamil Nadu CM",
  "Communications Minister Mayi Antillón", "PM Shehbaz", "Cr Shepherd"): the README's stop-36 ruling, a person's
  office alone names no organisation, and a person named after it is none either;
- a thing a body makes, not the body ("National Resilience Plan", "Budget Appropriation Bill", "Monetary Policy
  Statement", "Special Rate Variation"): a plan, a bill, a statement, a number or a rule;
- a general term's acronym the scorer reads as a body's ("GDP", "COVID"), a country's abbreviation cut of its last
  dot ("U.S"), a sum ("RM920"), a compound adjective ("San José-based") and a lede's words set in capitals ("WITH");
- a sentence's or a clause's opening run into a body's word ("If Council", "Tuesday's Commissioner");
- a place the gazetteer knows, taken alone or run together with another ("Antwerp", "Essen Germany"): a body named
  by its place is written with its kind ("Antwerp Port Authority");
- an office's remit ("the Minister for Regional Services, Sport …"), which is no body of its own.

:func:`trimmed` mends a name a scraped line ran into a dateline or a word ("LIBERIA-The Central Bank of Liberia",
"NEW YORK--Verizon Communications", "CNAThe Cabinet").
"""

from __future__ import annotations

import re

from briefkit.extract.orgshapes import ORG, ORG_WORDS, WEAK_WORDS, WHOLE_ORG, without_sited
from briefkit.extract.places import is_place

# general terms' acronyms, never a body's ("RMB", a currency, is also a bank's)
_TERMS = frozenset(["GDP", "GNP", "CPI", "PPI", "PMI", "COVID", "ICU", "VAT", "GST", "PhD", "GMT", "UTC", "EST", "EDT",
                    "CEO", "CFO", "AI", "MPs"])
# the offices every test below reads (each adds its own): a body's head and its spokesperson
_HEADS = r"Commissioner|Minister|Governor|Secretary|Chair(?:man|woman|person)|President"
_SPOKES = r"Spokes(?:man|woman|person)"
# an office's word ending the name: the office itself, no body ("Trade Commissioner", "Tamil Nadu CM")
_OFFICE_END = re.compile(r"(?<![\w’'-])(?:" + _HEADS + "|" + _SPOKES + r"|Mayor|Senator|CM|PM|MP|MPs|MLA|MLC|"
                         r"Dr|Mr|Mrs|Ms)$")
# an office's word and then one to three capitalised words without a body's word: its holder ("Senate Majority Leader
# Migz Zubiri", "PNG PM Marape", "Cr Shepherd")
_HOLDER = re.compile(r"(?<![\w’'-])(?:" + _HEADS + r"|Leader|Mayor|Senator|CM|PM|MP|MLA|Cr|Cllr|Dr)"
                     r"(?P<holder>(?:[ \t]+[A-Z][\w’'.-]*){1,3})$")
# what a body makes or sets, written in capitals as its title: a plan, a bill, a statement, a figure, a rule
_THING_END = re.compile(r"(?<![\w’'-])(?:Plan|Bill|Statement|Summary|Regulation|Number|Tag|Variation|Coverage|"
                        r"Voucher|Strategy|Bills|Outcome)$")
# a body's head word before the thing's, which makes the whole a body ("Department for … Industrial Strategy")
_HEAD_FIRST = re.compile(r"^(?:[A-Z][\w’'-]*[ \t]+){0,3}(?:Department|Ministry|Office|Institute|Centre|Center|"
                         r"Council|Commission|Agency|Authority|Bureau|Board|Foundation)[ \t]+(?:of|for)[ \t]")
# a clause's or a day's opening before a body's word: "If Council decides", "Tuesday's Commissioner meeting"
_OPENING = re.compile(r"^(?:If|When|Whether|While|Whilst|Although|Though|Because|Unless|Until|Once|Departing|"
                      r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)(?:[ \t]|$)")
# a body's word before "of" or "for" makes the name the body's ("Office of the Prime Minister", "Council for the Mayor")
_BODY_OF = re.compile(r"\b(?:" + ORG_WORDS + r")[ \t]+(?:of|for)[ \t]")
# a lede's opening words set in capitals ("WITH the country …", "WE ALL need …"): function words, no acronym
_SHOUTED_WORDS = frozenset(["WITH", "WE", "ALL", "THE", "AND", "FOR", "THIS", "THAT", "IN", "ON", "AT", "AS", "BY",
                           "FROM", "OF", "TO", "IT", "IS", "ARE", "WAS", "BUT", "IF", "SO", "OUR", "YOUR", "THEY",
                           "HE", "SHE", "YOU", "AN", "A", "NOT", "NO", "YES", "NOW", "HERE", "THERE", "WHEN", "WHAT",
                           "WHY", "HOW"])
# "San José-based", "March-end": a compound adjective or a date's end, no name
_ADJECTIVE_END = re.compile(r"-(?:based|end|led|owned|backed|funded|run|born|made|listed)$")
# "RM920": a sum in a currency's letters
_SUM = re.compile(r"[A-Z]{2,3}\$?\d[\d,.]*$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "HomeLIfestyleThe", "CNAThe Cabinet": words run together into "The" where a line's spaces were lost
_GLUED = re.compile(r"[a-z]The(?:$|[ \t])")
# "Office of the Prime Minister", "Council for the Mayor": the office a body serves, named after "of the"
_OFFICE_OF_THE = re.compile(r"\b(?:" + ORG_WORDS + r")[ \t]+(?:of|for)[ \t]+the[ \t]")
_HEAD = re.compile(r"\b(?:" + ORG_WORDS + r")\b")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# a dateline in capitals run into the body's name ("LIBERIA-The Central Bank …", "NEW YORK--Verizon …")
_DATELINE = re.compile(r"^[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2}[ \t]*(?:-{1,2}|–|—)[ \t]*(?:The[ \t]+)?(?=[A-Z][a-z])")
# a person's office and honorific ending the name, cut from the person they precede ("Central Bank of Barbados
# Governor Dr. DeLisle Worrell")
_HONORIFIC_END = re.compile(r"(?:[ \t]+(?:" + _HEADS + "|" + _SPOKES + r"|Director|CEO))?"
                            r"[ \t]+(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?$")
# an officer's title after the body's whole name ("… Police Service Deputy Commissioner")
_RANKED_OFFICE_END = re.compile(r"(?:[ \t]+(?:Deputy|Assistant|Acting|Vice|Chief|Senior))?[ \t]+(?:" + _HEADS + "|"
                                + _SPOKES + r"|Director|Superintendent|Inspector)$")
# a word run into "The" where a space was lost ("CNAThe Cabinet")
_GLUED_THE = re.compile(r"^[A-Z][\w’'-]*?(?<=[A-Za-z])The[ \t]+(?=[A-Z])")


# what stands before a person's surname and before no body's one-word name: a bare initial ("Chief Minister K
# Palaniswami", not "A" or "I", which open sentences) or a given name spelt with letters beyond ASCII ("governor Jiří
# Rusnok"), which the person cues' ASCII given names miss
_PERSON_BEFORE = re.compile(r"(?<![\w’'.-])(?:[B-HJ-Z]|[A-Z][^\W\d_]*[^\W\d_a-zA-Z][^\W\d_]*)[ \t]+$")


def person_before(name: str, text: str) -> bool:
    """Whether ``text`` writes the one-word ``name`` after a bare initial or a non-ASCII given name (see above)."""
    at = text.find(name)
    while at >= 0:
        if _PERSON_BEFORE.search(text, max(0, at - 24), at) and not text[at + len(name):at + len(name) + 1].isalnum():
            return True
        at = text.find(name, at + 1)
    return False


# an office's remit before the name, the name inside its list ("the Minister for Regional Services, Sport …",
# "Minister of Finance and the Public Service", "Vice-President for Finance and Risk Management")
_REMIT_BEFORE = re.compile(r"(?:Minister|Ministers|Secretary|Commissioner|President|MEC)[ \t]+(?:of|for)[ \t]+"
                           r"(?:the[ \t]+)?(?:[A-Z][\w’'-]*(?:[ \t]+|,[ \t]*|[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?))*$")
# the remit written before a lower-case office ("Plantation Industries and Commodities minister Datuk …")
_REMIT_AFTER = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?[ \t]+(?:minister|"
                          r"secretary|commissioner)\b")


def remit_only(name: str, text: str) -> bool:
    """Whether every place ``text`` writes ``name`` is an office's remit (see above), which names no body."""
    if _BODY_OF.search(name) or any(w not in WEAK_WORDS for w in _HEAD.findall(name)):
        return False  # "The Minister of State, Department for Business …", "President of the National Electoral
        # Commission": a body's word other than a remit's ("Public Service", "Regional Services") makes a body
    at, seen = text.find(name), False
    while at >= 0:
        if not (_REMIT_BEFORE.search(text, max(0, at - 90), at) or _REMIT_AFTER.match(text, at + len(name))):
            return False
        seen, at = True, text.find(name, at + 1)
    return seen


def trimmed(name: str) -> str:
    """``name`` without a capitalised dateline, a glued word or a clause's opening run into it ("If Congress",
    "Thursday's New York Times"); unchanged otherwise, and when only a body's kind would be left ("If Council")."""
    if (cut := _DATELINE.match(name) or _GLUED_THE.match(name)) and ORG.search(name[cut.end():]):
        return name[cut.end():]
    if (tail := _HONORIFIC_END.search(name)) and ORG.search(name[:tail.start()]):
        return name[:tail.start()]  # "State Department for Agriculture Dr": the title of the person named next
    if (tail := _RANKED_OFFICE_END.search(name)) and WHOLE_ORG.fullmatch(name[:tail.start()]) \
            and not _OFFICE_OF_THE.search(name):
        return name[:tail.start()]  # "Malawi Police Service Deputy Commissioner": the body the officer serves
    if (rest := without_sited(name)) != name:
        return rest  # "Siddaramaiah-led Congress": who leads the body is no part of its name
    if (cut := _OPENING.match(name)) and (rest := name[cut.end():].strip()) and rest[:1].isupper() \
            and (" " in rest or not ORG.fullmatch(rest)):
        return rest
    return name


def slip(name: str, text: str = "") -> bool:
    """Whether ``name`` is an office, its holder, a body's thing, a term, an opening, a place or a remit (see the
    module)."""
    return _shape_slip(name) or _office(name) or _place(name, text) or remit_only(name, text)


def _shape_slip(name: str) -> bool:
    """A term, a sum, an adjective, an opening, words run together, a thing's title or a lede's capitals."""
    if name in _TERMS or _DOTTED.fullmatch(name) or _OPENING.match(name) or _SUM.match(name) \
            or _ADJECTIVE_END.search(name) or _GLUED.search(name):
        return True
    if _THING_END.search(name) and not _HEAD_FIRST.match(name):
        return True
    # "WITH the country …", "WE ALL need …": a lede's first words set in capitals, no acronym
    return name.isupper() and all(w in _SHOUTED_WORDS for w in name.split())


def _office(name: str) -> bool:
    """An office's word ending the name, or an office before its holder."""
    if _OFFICE_END.search(name) and not _OFFICE_OF_THE.search(name):
        return True
    return bool((holder := _HOLDER.search(name)) and not ORG.search(holder["holder"]))


def _place(name: str, text: str) -> bool:
    """A place the gazetteer knows, alone ("HARARE" in a lede's capitals too) or run together with another; a
    place's name alone counts only where ``text`` also writes it as a place's ("in Antwerp"), never after "the"
    ("the Metro": a paper's)."""
    if name.isupper():
        return is_place(name.title())
    parts = _CAMEL.sub(" ", name).split()
    if len(parts) >= 2 and all(p[:1].isupper() and is_place(p) for p in parts):
        return True  # "Essen Germany", "AustriaMuscat": places run together (a list's or a dateline's)
    # ("clubs like Arsenal and Liverpool": a place's name the text never writes as a place's is a club's or a firm's)
    return " " not in name and is_place(name) and f"the {name}" not in text \
        and re.search(r"\b(?:in|at|near|from|outside|across|of|to)[ \t]+" + re.escape(name) + r"\b", text) is not None
