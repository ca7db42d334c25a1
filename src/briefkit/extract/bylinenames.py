"""A line of writers' names alone ("Jane Doe and Odhiambo Wekesa", "Jane Doe, Tom Lee"), as sites print them
under a title or over a report, without a "By"; a wire agency after a name ("Jane Doe Reuters"); and a name run
into the outlet or place printed beside it ("Jane DoeNewsWire").

Names from everywhere stand in such lines, many of which no list of given names holds ("Odhiambo Wekesa"), while
capitalised headings, menus and bodies take the same shape ("Trade and Industry", "Sales, Marketing"). So the line
is read as names only when one of them at least has a known given name, and every other one reads as a person's
by its shape: two to four capitalised words, none a place, none one of English's most frequent words.
"""

from __future__ import annotations

import re

from briefkit.extract import credits, givennames, notwriters

# "A and B", "A & B", "A, B and C", "A / B": what parts the writers of one credit
_JOINERS = re.compile(r"\s*(?:,\s*and\b|,|&|\band\b|\s/\s)\s*")


# "Port Elizabeth", "Fort Worth", "Mount Hagen": a place's name opens on the kind of place it is
_PLACE_FIRST = re.compile(r"^(?:Port|Fort|Mount|Mt\.?|Lake|Saint|St\.?|San|Santa|Cape|Glen|North|South|East|West|"
                          r"New)\s")


# a heading's words: a participle ("Serving", "Breaking") or a plural ("Counties", "Markets") opening or closing it
_HEADING_WORD = re.compile(r"^[A-Z][a-z]+ing$|^[A-Z][a-z]*[a-z][^s]s$")


def _shaped(name: str) -> bool:
    """Whether a name no given-name list holds still reads as a person's beside one that is listed: no place, no
    body, none of English's most frequent words, and no heading's participle or plural (an unlisted surname
    that ends so, "Jones", comes with a listed given name)."""
    return not notwriters.place_name(name) and not _PLACE_FIRST.match(name) \
        and not givennames.has_frequent_word(name) and not notwriters.institution(name) \
        and not any(_HEADING_WORD.match(w) for w in name.split())


# what opens a line about someone, never a writer's name: a letter's salutation ("Dear Jane Doe"), a profile's
# heading ("Meet Jane Doe"), or an office before its holder ("Chief Executive Jane Doe" under a statement's title:
# a credit form gives its signer without the office, fields.strip_office)
_NO_WRITER_OPENING = re.compile(r"^(?:Dear|Meet|Hi|Hello|Welcome|Introducing|Remembering|Congratulations|Thanks|"
                                r"Prime|Minister|President|Vice|Deputy|Secretary|Chief|Executive|Director|Governor|"
                                r"Chairman|Chairwoman|Chairperson|Chancellor|Premier|Mayor|Senator|Ambassador|"
                                r"Commissioner|Spokes(?:person|man|woman)|Treasurer|"
                                # a local office ("Councillor Ann Moore" under a council story's title)
                                r"Council(?:l?or|man|woman|member)|Alder(?:man|woman)|Assembly(?:man|woman|member)|"
                                r"Sheriff|Judge|Superintendent|Inspector|Detective|Sergeant|Constable)\s",
                                re.IGNORECASE)


def opens_on_no_writer(name: str) -> bool:
    """Whether a "name" opens on a salutation, a heading's verb or an office: someone the line is about."""
    return bool(_NO_WRITER_OPENING.match(name.strip()))


def without_agency(name: str) -> str:
    """``name`` without the wire agency a byline prints after it with no comma ("Jane Doe Reuters", "Jane Doe
    Associated Press": the agency is the story's source); the name keeps two words at least ("Michael
    Bloomberg" is a person)."""
    words = name.split()
    for size in (2, 1):
        if len(words) - size >= 2 and " ".join(words[-size:]).lower() in credits.AGENCIES:
            return " ".join(words[:-size])
    return name


# "Jane DoeNewsWire", "Jane DoeIsle of Man": the name's last word run into the outlet or place a pasted page
# printed beside it, a capital straight after small letters
_GLUED = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+[A-Z][\w'’-]*?[a-z]{2})"
                    r"(?P<tail>[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+){0,3})$")


def glued_credit(line: str) -> str | None:
    """The writer of a short line holding a name run into an outlet or a place ("Jane DoeNewsWire"), when the
    name opens with a known given name and what is glued to it is an outlet or a known place."""
    match = _GLUED.match(line.strip()) if len(line) <= 60 else None
    if match is None or not givennames.reads_as_person(match["name"]):
        return None
    from briefkit.extract.places import known_place  # (lazy: the place lists load on first use)

    tail = match["tail"]
    return match["name"] if credits.is_outlet(tail) or known_place(tail) else None


def people_line(line: str) -> list[str]:
    """The people a line names when it is two or more names and nothing else; [] for any other line.

    With no "and" or "&" the names must each have two words at least ("Jane Doe, Springfield" is a signature's
    name and town)."""
    text = line.strip()
    if not (" and " in text or "&" in text or "," in text or " / " in text):
        return []
    parts = [p for p in _JOINERS.split(text) if p]
    people = [n for p in parts if (n := credits.person_line(p))]
    if len(parts) < 2 or len(people) != len(parts):
        return []
    known = [givennames.reads_as_person(n) for n in people]
    if not any(known) or not all(k or _shaped(n) for n, k in zip(people, known, strict=True)):
        return []
    if not (" and " in text or "&" in text) and any(len(n.split()) < 2 for n in people):
        return []
    return people


# "Mrs Hannah Crawford": a British courtesy title, written without its full stop, before a full name
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\s+(?=[A-Z][a-z'’-]+\s+[A-Z])")


def courtesy_off(name: str) -> str:
    """A writer's name without a courtesy title before the given name and surname ("Mrs Hannah Crawford" →
    "Hannah Crawford"); "Mr Smith" keeps it, the surname alone being no name to credit."""
    return _COURTESY.sub("", name.strip(), count=1)
