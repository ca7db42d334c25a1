"""Bodies named by four cues the other rules miss: an outlet a story cites, a person's party, a role's field, a
collective's plural verb.

- an outlet named with its medium's word and cited as a source: "told Sky News", "Sky News reported",
  "according to ITV News", "told LBC radio" (a broadcaster's name has no institutional word, and "Sky" alone
  is a common word);
- a party's or a union's acronym in brackets after a person's name: "Olaf Scholz (SPD)", "Hubertus Heil
  (SPD)" (German, Indian and European copy name a politician's party so; the acronym spells no name of the
  text, so no rule of defined acronyms takes it);
- the body after a role and the role's field: "head of commodities research at Halvex", "director of
  policy at Citizens Advice" (the role patterns want the body right after "of" or "at");
- a group named by one word that takes a plural verb after "the": "the Taliban have seized" (a plural's "s"
  would make it a people's or a family's: "the Smiths were").

Each name found is checked afterwards by the rules' own test of a body
(:func:`briefkit.extract.entities.may_be_body`).
"""

from __future__ import annotations

import re

from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgshapes import NOT_ACRONYM, NOT_ORG, ORG_WORDS
from briefkit.extract.textcache import text_cache

_CAP = r"[A-Z][\w&’'-]*"
# an outlet's medium closing its name: "Sky News", "ITV News", "Channel 4 News", "BBC Radio", "France Télévisions"
_MEDIUM = r"(?:News|Radio|TV|Television|Broadcasting|Online)"
_OUTLET = r"(?P<{0}>" + _CAP + r"(?:[ \t]+(?:" + _CAP + r"|\d+))?[ \t]+" + _MEDIUM + r")(?![\w’'-]|[ \t]+[A-Z])"
# "told Sky News", "according to Sky News", "Sky News reported", "in an interview with Sky News"
_CITED_OUTLET = re.compile(r"\b(?:told|according[ \t]+to|interview[ \t]+with|speaking[ \t]+to|reported[ \t]+by|"
                           r"quoted[ \t]+by|cited[ \t]+by)[ \t]+(?:the[ \t]+)?" + _OUTLET.format("a")
                           + r"|" + _OUTLET.format("b") + r"[ \t]+(?:reported|reports|said|says|understands|"
                           r"has[ \t]+learned|learned|revealed)\b")
# "told LBC radio", "on RTE radio", "ABC television said": an acronym before its medium in lower case
_ACRONYM_MEDIUM = re.compile(r"(?<![\w’'-])(?P<acr>[A-Z]{2,6})[ \t]+(?:radio|television|TV)\b")
# "Olaf Scholz (SPD)": a person's given name and surname, then an acronym alone in brackets
_PARTY = re.compile(r"(?<![\w’'-])(?P<given>[A-Z][a-z]+)[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:[A-Z][a-z’'-]+)[ \t]+"
                    r"\((?P<acr>[A-Z]{2,6}(?:/[A-Z]{2,6})?)\)")
# "head of commodities research at Halvex": a role, its field in lower case, then the body
_FIELD_AT = re.compile(r"\b(?i:head|director|manager|chief|officer|lead)[ \t]+of[ \t]+(?:[a-z][a-z-]*[ \t]+){1,3}"
                       r"(?:at|for)[ \t]+(?:the[ \t]+)?(?P<name>" + _CAP + r"(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?"
                       + _CAP + r"){0,4})")
# "the Taliban have seized", "The Taliban are": one capitalised word, no plural's "s", that takes a plural verb
# after "the" is a collective's name (a people's is a demonym, which the rules' test drops)
_COLLECTIVE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+(?P<name>[A-Z][a-z]{3,}[a-rt-z])[ \t]+(?:have|are|were)[ \t]+[a-z]")
# "Amish families", "Rohingya refugees": a people's name, written before its people
_PEOPLE = (r"[ \t]+(?:people|peoples|community|communities|women|men|children|families|refugees|villagers|farmers|"
           r"population|tribes?|minority|descent|language)\b")
# an institution's or a state's bare word, capitalised for one named in full elsewhere ("the Ministry are")
_STRONG = re.compile(ORG_WORDS + r"|Government|Cabinet|Country|Nation|State")
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"})


def cited_bodies(text: str) -> list[str]:
    """The bodies of ``text`` named by the module's four cues, first found first."""
    found = dict.fromkeys(party_acronyms(text))
    for match in _CITED_OUTLET.finditer(text):
        found.setdefault(match["a"] or match["b"])
    for match in _ACRONYM_MEDIUM.finditer(text):
        if match["acr"] not in NOT_ACRONYM:
            found.setdefault(match["acr"])
    for match in _FIELD_AT.finditer(text):
        found.setdefault(match["name"])
    for match in _COLLECTIVE.finditer(text):
        if _collective(match["name"], text):
            found.setdefault(match["name"])
    return [name for name in found if name not in NOT_ORG]


def _collective(name: str, text: str) -> bool:
    """Whether ``name``, taking a plural verb after "the", is a group's: no people's (written before its people),
    no institution's bare word ("the Ministry are": the body is named in full elsewhere), and named again (a
    noun a writer capitalised once, "the rest of the Country are", is no name)."""
    return not re.search(r"\b" + name + _PEOPLE, text) and not _STRONG.fullmatch(name) \
        and len(re.findall(r"(?<![\w’'-])" + name + r"(?![\w’'-])", text)) >= 2


@text_cache(maxsize=8)
def party_acronyms(text: str) -> tuple[str, ...]:
    """The parties ``text`` names in brackets after a person's name ("Olaf Scholz (SPD)"): no credit tag, though
    written in brackets as an agency's is ("(AFP)").  (Cached: the organisation finder asks for them twice.)"""
    found: dict[str, None] = {}
    for match in _PARTY.finditer(text) if " (" in text else ():
        if _party(match):
            found.update(dict.fromkeys(match["acr"].split("/")))
    return tuple(found)


def _party(match: re.Match[str]) -> bool:
    """Whether the bracketed acronym after a name is a person's party: the name opens on a given name or a
    title, and its words' initials are not the acronym (which would define it: "Bank Of Xanadu (BOX)")."""
    words = match.group(0).split(" (")[0].split()
    initials = "".join(w[0] for w in words)
    # ("National Consumer Price Index (NCPI)": the acronym ends on the initials of the words before it)
    if match["acr"] in NOT_ACRONYM or initials.endswith(match["acr"]) or match["acr"].endswith(initials[-2:]):
        return False
    # ("Chancellor Olaf Scholz (SPD)": a title may stand before the given name)
    return any(w in _TITLES or is_given_name(w) for w in words[:2])
