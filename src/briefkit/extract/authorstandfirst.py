"""Contributors a standfirst names: "Jane Doe, SAN, John Roe and Dr Ann Lee discuss the issues …", and the writer
an author box over the story names with the outlet ("Legit.ng’s Pascal Oparada has reported on …").

A feature or a debate page with several writers introduces them in the standfirst over the copy, each named
with the courtesy title and honours the page gives them, as the subject of a verb of writing in the present
tense ("discuss", "examines", "writes").  A news lead tells what people did ("discussed", "said"), in
the past; so only the present tense counts, only in the opening paragraphs, and each name must read as a
person's (a known given name first), so a body ("The Treasury examines …") names no one.
"""

from __future__ import annotations

import re

from briefkit.extract import credits, givennames, notwriters

# a courtesy or academic title the standfirst writes before a name
_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Chief|Justice|Hon)\.?\s+)?"
# a name's word: a capital then small letters, or an initial ("Jane Q. Doe"); honours in capitals are apart
# ("O’Connell", "McKay", "MacLeod": a prefix before the name's second capital)
_WORD = r"(?:(?:O['’]|Mc|Mac|D['’])?[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
_NAME = _WORD + r"(?:\s+" + _WORD + r"){1,3}"
_HONOURS = r"(?:,\s+[A-Z][A-Za-z.]{1,5}(?=[\s,]))*"


def _item(group: str) -> str:
    """One contributor: a title, the name (in the group ``group``) and the honours after it."""
    return _TITLE + r"(?P<" + group + ">" + _NAME + r")" + _HONOURS


# (not "argues" or "says": a news analysis has the people it is about argue and say in the present tense too)
_VERBS = r"(?:discuss(?:es)?|examines?|explores?|debates?|analy[sz]es?|assess(?:es)?|writes?|reflects?|looks?\s+at|" \
    r"explains)"
_ITEMS = 4
_LIST = re.compile(
    # ("In the last of this three-part series explaining how …, Jane Doe explains …": a series' own framing)
    r"(?:^|(?<=[.?!]\s))(?:Here,\s+|In\s+this\s+(?:piece|article|essay|edition|report),\s+|"
    r"In\s+(?:the|this)\s+(?:first|second|third|last|final|latest|next)\s+(?:part\s+)?of\s+(?:this|our|a)\s+[^,.]{3,120},\s+)?"
    + _item("n0")
    + "".join(r"(?:,?\s+(?:and\s+)?" + _item(f"n{i}") + ")?" for i in range(1, _ITEMS))
    + r"\s+" + _VERBS + r"\b")
_VERB = re.compile(r"\s" + _VERBS + r"\b")  # a cheap first test: most openings hold no verb of writing


def _person(name: str) -> str | None:
    """``name`` when it reads as a person's: a known given name first and a name's shape."""
    bare = notwriters.without_postnominals(name.strip())
    return bare if credits.person_line(bare) and givennames.reads_as_person(bare) else None


def contributors(paragraphs: list[str]) -> list[str]:
    """The writers an opening standfirst names as the subject of a verb of writing, or none."""
    for paragraph in paragraphs[:2]:
        if not _VERB.search(paragraph[:3000]):
            continue
        for match in _LIST.finditer(paragraph[:3000]):
            names = [match[f"n{i}"] for i in range(_ITEMS) if match[f"n{i}"]]
            people = [p for n in names if (p := _person(n))]
            if people and len(people) == len(names):
                return people
    return []


# "Legit.ng’s Pascal Oparada has reported on tech … for over a decade.": an author box over the story, naming the
# outlet the writer works for before the writer
_OUTLET_BOX = re.compile(r"^(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?P<name>" + _NAME + r")\s+"
                         r"(?:has\s+(?:reported|covered|written)\s+(?:on|about|for)|"
                         r"is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:reporter|journalist|correspondent|writer|editor)\b)")


def outlet_writer_box(paragraphs: list[str]) -> tuple[str, str] | None:
    """The outlet and the writer an author box among the opening paragraphs names, when the name reads as a
    person's and the box is one short sentence."""
    for paragraph in paragraphs[:4]:
        match = _OUTLET_BOX.match(paragraph.strip())
        if match and len(paragraph.split()) <= 40 and (name := _person(match["name"])):
            return match["outlet"], name
    return None
