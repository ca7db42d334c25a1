"""The outlet a republishing note says first printed the story, by its name or by its address.

:func:`briefkit.extract.notices.republished` reads a note naming the first printer with a capitalised name ("This
article was originally published on The Conversation"); a reposting site's template as often gives the address in
small letters ("This post first appeared on lakeviewpost.com"), which is the outlet's name as the gold spells it.
"""

from __future__ import annotations

import re

from briefkit.extract import credits
from briefkit.extract.dates import parse_date

# "This post first appeared on lakeviewpost.com", "Originally published at lakeview-news.co.uk": the first printer's
# address closing the note (a link to a page on it, "…/2024/story", is an address too: only the host is kept)
_ADDRESS_NOTE = re.compile(r"\b(?i:(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at)|"
                           r"(?:appeared|published|ran)\s+(?:originally|first)\s+(?:on|in|at))\s+"
                           r"(?:https?://)?(?:www\.)?(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})"
                           r"(?:/\S*)?\s*[.!]?\s*$")


# "Reprinted with permission from the Lakeview Ledger.", "Reproduced with the kind permission of Lakeview Radio": a
# note that the text is the named outlet's, used by leave ("republished with permission" is the notices' own form)
# the outlet's name closing such a note: up to six capitalised words, "of", "&" or "and" between them
_CLOSING_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})\s*[.!]?\s*$"
_REPRINTED = re.compile(r"\b(?i:(?:reprinted|reproduced|used|shared|reposted)\s+(?:here\s+)?with\s+(?:the\s+)?"
                        r"(?:kind\s+)?permission\s+(?:from|of|by))\s+(?:the\s+)?" + _CLOSING_NAME)


def first_printer(text: str) -> str | None:
    """The outlet a note names as the story's first printer: "… originally published on The Conversation" → "The
    Conversation", "This post first appeared on lakeviewpost.com" → "lakeviewpost.com", "Reprinted with permission
    from the Lakeview Ledger." → "Lakeview Ledger"."""
    return credits.republished(text) or address_note(text) or reprinted(text) or printed_in(text)


# "Opinion in The Indian Express, October 06, 2006", "Published in The Lakeview Post on 3 May 2019": a line of its own
# under a column a writer's blog reposts, naming the paper that printed it and the day
_PRINTED_IN = re.compile(r"^(?i:(?:first\s+|originally\s+)?(?:published|appeared|printed|ran)|opinion|op-?ed|column|"
                         r"commentary)\s+in\s+(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+|and\s+)?"
                         r"[A-Z][\w&'’.-]*){0,5}),?\s+(?:on\s+)?(?P<date>[\w ,.]{6,30}?)\.?$")


def printed_in(text: str) -> str | None:
    """The paper a dated line names as the column's printer ("Opinion in The Indian Express, October 06, 2006" →
    "The Indian Express"), or None: the date must read as one, so a sentence ("published in Lakeview last year")
    is none."""
    match = _PRINTED_IN.match(text.strip())
    if match is None or (found := parse_date(match["date"])) is None or found.end - found.start < 6:
        return None
    return match["name"]


# "Edited translation from Al-Ahram Weekly": a paper's note on a story it translated from another's, which names
# the first printer (a language after it, "translation from Arabic", names none)
_TRANSLATED = re.compile(r"^(?i:(?:edited\s+)?translation\s+from|translated\s+from)\s+(?:the\s+)?"
                         r"(?!(?:Arabic|French|Spanish|Chinese|German|Russian|Portuguese|Japanese|Korean|Turkish|"
                         r"Persian|Farsi|Hebrew|Italian|Dutch|Urdu|Hindi|English)\b)" + _CLOSING_NAME)


def reprinted(text: str) -> str | None:
    """The outlet a closing "Reprinted with permission from X." or "Edited translation from X" note names, or None."""
    match = _REPRINTED.search(text.strip()[-160:]) or _TRANSLATED.search(text.strip())
    return match["name"].rstrip(".") if match else None


def address_note(text: str) -> str | None:
    """The address a note closing ``text`` names as the first printer ("… first appeared on lakeviewpost.com")."""
    match = _ADDRESS_NOTE.search(text.strip()[-160:])
    return match["host"] if match else None


def address_note_line(blocks: list[str]) -> str | None:
    """The first printer's address on a short line of its own anywhere in the page's blocks: a copy may drop such a
    line from the story's paragraphs and keep the site's related links after it."""
    return next((s for text in blocks if len(text) <= 120 and (s := address_note(text))), None)
