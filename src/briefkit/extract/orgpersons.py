"""Capitalised names the organisation patterns catch that name a person or an office, not a body.

A pattern reading "President of Uzbekistan Shavkat Mirziyoyev", "Haruhiko Kuroda, the Governor of the Bank of
Japan" or "Sir David Alliance CBE" finds capitalised words that hold a body's word or stand where a body would;
what the words are (an office's rank or remit, a given name and a surname at the end, an honour before a given
name, an office written after the name) says they are someone's, and these checks let
:mod:`briefkit.extract.entities` drop or trim them.
"""

from __future__ import annotations

import re
from collections.abc import Container

from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgshapes import ORG, WHOLE_ORG
from briefkit.extract.places import is_place

# "Deputy Prime Minister for Cabinet", "Principal Deputy Assistant Secretary", "Commissioner for Legal and Special
# Duties": a person's office (a rank before it, or an officer's title and the remit it holds), not a body
_OFFICE = re.compile(r"^(?:Deputy|Principal|Assistant|Senior|Vice|Acting|Former)\s"
                     r"|^(?:Commissioner|Secretary|Minister|Director|Chief)\s+(?:of|for)\s"
                     # "Enterprise Minister Dahlan Iskan", "… Distinguished Professor of Linguistics": a title inside
                     r"|\b(?:Minister|Governor|Secretary|Chairman|Chairwoman|President|Mayor|Senator)\s+[A-Z][a-z]+"
                     r"(?:\s+[A-Z][a-z]+)?$|\bProfessor\b")
# "Graduate Training-Dr": a heading run into the title of the person who leads it
_TITLE_RUN_IN = re.compile(r"-(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?$")
# "However, the bank said", "Therefore, the Bank of Japan is": a sentence's connective before a body's kind
_CONNECTIVES_WORDS = ("However Therefore Moreover Furthermore Nevertheless Nonetheless Additionally Consequently "
                      "Likewise Similarly Otherwise Indeed Instead Finally Overall Separately Elsewhere Meanwhile "
                      "Yesterday Today Thus Hence Still Also")
_CONNECTIVES = frozenset(_CONNECTIVES_WORDS.split())
# "Operationally, the company said", "Year-to-date, the group's sales": any sentence adverb before a body's kind, by
# its ending (an adverb of manner or of stance) or as a capital's compound of lower-case words; no body is named so
_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:al|at|iv|ous|ent|ant|ed|ing|ful|ar|ib|ab)ly|[A-Z][a-z]*(?:-[a-z]+)+")
# "Haruhiko Kuroda, the Governor of the Bank of Japan, said": a person's office after the name
_OFFICE_AFTER = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,2}(?:Governor|Director|"
                           r"President|Chairman|Chairwoman|Chair|Minister|Secretary|CEO|Head|Professor|Senator|Mayor|"
                           r"[Ss]pokes(?:man|woman|person)|[Ff]ounder)\b")


def office(name: str, countries: Container[str]) -> bool:
    """A person's office (``_OFFICE``), a sentence's connective or adverb, a country's government as a notion
    ("Guyana Government"), or a country's name before a person's ("Uzbekistan Shavkat Mirziyoyev", cut from
    "President of Uzbekistan Shavkat Mirziyoyev": two capitalised words after it, no body's word)."""
    if _OFFICE.search(name) or name in _CONNECTIVES or _ADVERB.fullmatch(name) or _TITLE_RUN_IN.search(name):
        return True
    # "Guyana Government", "UK Government": a country's government as a notion, as "中国政府" is (the corpus lists
    # "Government of Canada" and "Welsh Government", never "<country> Government")
    if name.endswith(" Government") and name.removesuffix(" Government") in countries:
        return True
    first, _, rest = name.partition(" ")
    return first in countries and len(rest.split()) == 2 \
        and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in rest.split()) and not ORG.search(rest)


_PERSON_TAIL = re.compile(r"(?:\s+(?:Minister|Governor|Secretary|Chairman|Chairwoman|President|Mayor|CEO|"
                          r"Spokes(?:man|woman|person)|Director|Commissioner|Chairperson))?"
                          r"\s+(?P<given>[A-Z][a-z]+)\s+[A-Z][a-z’'-]+$")


def without_person_tail(name: str) -> str:
    """``name`` without a person named after it: a given name and a surname (an office before them, or none),
    when what is left is a body's whole name with its remit or place ("Ministry of Finance"); again while one
    is cut ("… Spokesman Ajmal Hameed Abdul Rahimzai": a person of four names, an office before them)."""
    tail = _PERSON_TAIL.search(name)
    if not tail or " of " not in name[:tail.start()] or not WHOLE_ORG.fullmatch(name[:tail.start()]):
        return name
    titled = tail.group(0).split()[0] != tail["given"]
    return without_person_tail(name[:tail.start()]) if titled or is_given_name(tail["given"]) else name


def officer(name: str, text: str) -> bool:
    """"James Munn, Director NRC", "Haruhiko Kuroda, the Governor of the Bank of Japan": two or three capitalised
    words without a body's word, followed where the article names them by a person's office."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words) or ORG.search(name):
        return False
    at = text.find(name + ",")
    return at >= 0 and _OFFICE_AFTER.match(text, at + len(name)) is not None


_HONOURS = frozenset(["Sir", "Dame", "Lord", "Lady"])


def titled_person(name: str) -> bool:
    """"PC Tony Garner", "National Statistician Claire Dennis Mapa", "… of Finance Jeff Solberg": capitalised
    words that end on a given name and a surname are a person's title and name, not a body (a body's name
    ends on its institutional word or joins its words: "Massachusetts General Hospital", "Farmers for Free
    Trade")."""
    words = name.split()
    if len(words) >= 3 and words[0] in _HONOURS and is_given_name(words[1]):
        return True  # "Sir David Alliance CBE, Chairman": a knight's name, whatever word ends it
    if len(words) < 3 or not all(re.fullmatch(r"[A-Z][\w’'.-]*", w) for w in words) or WHOLE_ORG.search(name):
        return False
    tail = words[-3:] if len(words) >= 4 and is_given_name(words[-3]) else words[-2:]
    # ("Business Unity South Africa": a name that ends on a country ends on no person)
    return is_given_name(tail[0]) and bool(re.fullmatch(r"[A-Z][a-z’'-]+", tail[-1])) and not is_place(tail[-1]) \
        and not is_place(" ".join(words[-2:]))
