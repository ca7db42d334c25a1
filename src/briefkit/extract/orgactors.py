"""Organisations of several words found by what they do, without an institutional word.

News copy names bodies as the subjects of reporting verbs ("Human Rights Watch
said", "Deutsche Bahn has announced", "Medecins Sans Frontieres warned") and of
verbs with "its" ("Goldman Sachs raised its forecast": a person has "his" or
"her").  People do the same, so a name counts only when a cue says it is no
person's:

- it is not shaped as a person's: no given name (see
  :mod:`briefkit.extract.givennames`) before its last word, or a joining word,
  an acronym or a digit inside ("Save the Children", "Deutsche Bahn");
- or "its" follows it ("X cut its forecast": "X said it would" is a person's
  phrase as well), or ", which";
- and never when the article names it as a person's: its last word alone
  ("Smith said"), a title or a role before it ("economist John Smith"), an age.

Capitalised names joined by an ampersand in running text ("the Johnson &
Johnson vaccine") are a firm's.
"""

from __future__ import annotations

import re

from briefkit.extract.givennames import is_given_name
from briefkit.extract.orgcues import DEMONYMS, is_persons
from briefkit.extract.orgshapes import LEADING, MONTH, NOT_ORG, OFFICE_WORDS, PERSONISH, clean
from briefkit.extract.places import is_place

_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'-]*)"  # "U.S." keeps its dots; "Tong." ends a sentence
# not "and": "EDF and British Gas announced" are two bodies
_JOIN = r"(?:of|for|the|de|du|des|la|le|&)"
_NAME = _WORD + r"(?:[ \t]+(?:" + _JOIN + r"[ \t]+){0,2}" + _WORD + r"){1,5}"
_VERBS = (r"said|says|announced|announces|reported|reports|warned|warns|urged|urges|confirmed|confirms|declined|"
          r"called|calls|added|plans|planned|expects|expected|estimated|estimates|agreed|launched|launches|"
          r"unveiled|filed|sued|denied|acquired|bought|sold|cut|raised|posted|reported|"
          # what a company does to its services and staff: "Deutsche Bahn cancelled trains"
          r"cancelled|canceled|suspended|halted|resumed|recalled|hired|invested|opened|"
          # what a rating agency does: "S&P Global upgraded Oman's credit rating"
          r"upgraded|downgraded|affirmed")
_ACTOR = re.compile(r"(?<![\w’'&.-])(?P<name>" + _NAME + r")(?:[ \t]+(?:has|have|had|also|previously|recently|"
                    r"on[ \t]+\w+day))*[ \t]+(?P<verb>" + _VERBS + r")\b(?P<rest>[ \t]+\S+)?")
# a person's role or a word of speech before a name: "economist John Smith said", "told John Smith"
_ROLE_BEFORE = re.compile(r"\b(?:[a-z]+(?:ist|er|or|ant|ent|man|woman|person|chief|head|boss|official|"
                          r"director|secretary|minister|leader|spokesperson)"
                          # a hyphenated office: "MPC secretary-general Piti Disyatat said", "editor-in-chief"
                          r"|[a-z]+(?:-[a-z]+)*-(?:general|chief|elect|designate)|said|says|told|by)[ \t]+$")
# a title inside the name: "Federal Reserve Chairman Ben Bernanke said", "Cisco CEO Chuck Robbins said"
_TITLE_WORD = re.compile(r"\b(?:Chair(?:man|woman)?|CEO|CFO|Chief|President|Minister|Minsister|Secretary|Director|"
                         r"Governor|Mayor|Senator|Spokes\w+|Officer|Founder|Commissioner|Ambassador|Professor|Judge)\b")
_SELF = re.compile(r"[ \t]+its\b")


def _person_shaped(name: str) -> bool:
    """Two to four capitalised words of letters, a given name before the last: as people's names are
    ("John Smith", "Analyst Jane Doe"; not "Deutsche Bahn" or "Human Rights Watch")."""
    words = name.split()
    # "Analyst Jane Doe said": a capitalised role may open the sentence before the given name
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z’'-]+|[A-Z]\.", w) for w in words) \
        and any(is_given_name(w) for w in words[:-1])


def _named_as_person(name: str, text: str, start: int) -> bool:
    """The article names ``name`` as a person's: its last word alone, a role before it, an age after it."""
    last = re.escape(name.split()[-1])
    alone = text.replace(name, "")  # the last word where it stands without the rest of the name
    return bool(_ROLE_BEFORE.search(text[max(0, start - 30):start])
                or re.search(re.escape(name) + r",\s*\d{1,3},", text)
                or re.search(r"(?<![\w’'-])" + last + r"(?:[ \t]+(?:said|says|told|added|"
                             r"noted|explained)\b|[’']s\b(?![ \t]+(?:shares|stock|board|chief|executive)))", alone)
                or re.search(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+" + last + r"\b", alone)
                or is_persons(name, text))


# "Johnson & Johnson vaccine", "Procter & Gamble said": capitalised names joined by an ampersand in running
# text are a firm's (a menu's "News & Events" stands on its own line, followed by no lowercase word)
_AMPERSAND = re.compile(r"(?<![\w’'&-])(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][a-z][\w’'-]*)?[ \t]+&[ \t]+[A-Z][\w’'-]+"
                        r"(?:[ \t]+[A-Z][a-z][\w’'-]*)?)(?=[ \t]+[a-z]|[,;’'])")


def add_actors(text: str, found: dict[str, None]) -> None:
    """Add to ``found`` the names of several words that act as bodies do (see the module's docstring)."""
    if " & " in text:
        for match in _AMPERSAND.finditer(text):
            name = clean(match["name"])
            if " & " in name and not PERSONISH.match(name + " ") and not is_place(name.split(" & ")[0]):
                found.setdefault(name)
    if not re.search(r"\b(?:" + _VERBS + r")\b", text):
        return
    for match in _ACTOR.finditer(text):
        name = clean(match["name"])
        words = name.split()
        if len(words) < 2 or min(len(w) for w in words) < 2 or _TITLE_WORD.search(name):
            continue  # "U.S. I expected", "Cisco CEO Chuck Robbins said": a person, or no name
        if name in found or name in NOT_ORG or PERSONISH.match(name + " ") \
                or LEADING.match(name + " ") or MONTH.match(words[0]) or words[0] in DEMONYMS \
                or words[-1] in OFFICE_WORDS or is_place(name) or any(is_place(w) for w in words[-1:]):
            continue
        start = match.start("name") + match["name"].find(name)
        # a name shaped as a person's is a body's only when "its" or ", which" says so
        strong = not _person_shaped(name) or bool(_SELF.match(match["rest"] or "")) \
            or bool(re.search(re.escape(name) + r",?[ \t]+which\b", text))
        if strong and not _named_as_person(name, text, start) and not _titled(text, start):
            found.setdefault(name)


def _titled(text: str, start: int) -> bool:
    """"represented President Goodluck Jonathan said": a person's title before the name (cut off the name as a
    sentence's opening word is) makes it a person's."""
    before = text[max(0, start - 24):start].split()
    return bool(before) and bool(PERSONISH.match(before[-1] + " "))
