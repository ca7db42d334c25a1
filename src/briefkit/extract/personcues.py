"""Where an article's text names a person: one scan per article, then a look-up per name.

Whether a name is a person's ("Russell, 64,", "Gov. Eliot Spitzer", "Anne Tyler", "Tyler said") was
asked with a regular expression built around each name, compiled anew for every name of every article
(and evicting the fixed patterns from ``re``'s cache as it went).  Here the cues around a name are
found once per text, as the positions where a name would have to start or end, and a name is checked
by finding its occurrences there: the same answers, with no pattern compiled per name.

Each cue below gives the positions with exactly the matches the per-name pattern it replaces would
find (its comment quotes that pattern, NAME standing for the escaped name).  The index is kept for the
last few texts (a function of the text alone, so it cannot go stale between articles).
"""

from __future__ import annotations

import functools
import re

from briefkit.extract.textcache import text_cache

_BOUNDARY = re.compile(r"\b")
# NAME,\s*\d{1,3},  ("Russell, 64,"): where the age follows; one comma at a time, so none is skipped
_AGE = re.compile(r",(?=\s*\d{1,3},)")
# NAME\s+[A-Z][a-z]+,\s+(?:the\s+)?(?:head|…)\b  ("Yu Jianhua, head of the customs"): the run of spaces
# before the given name, each position of which may end the name
_ROLE = re.compile(r"\s+(?=[A-Z][a-z]+,\s+(?:the\s+)?(?:head|chief|director|minister|spokes\w+|president|chairman|"
                   r"governor|deputy|secretary|professor|economist|analyst|vice)\b)")
# \b(?:Gov|Dr|Mr|Mrs|Ms|Sen|Rep|Prof)\.?\s+(?:[A-Z]\w+\s+)?NAME\b  ("Gov. Eliot Spitzer"); the \b before the
# title is checked apart, so the pattern opens with a letter and the engine skips to the candidates
_HONORIFIC = re.compile(r"(?:Gov|Dr|Mr|Mrs|Ms|Sen|Rep|Prof)\.?\s+")
_GIVEN = re.compile(r"[A-Z]\w+\s+")
# (?:\b[A-Z][a-z]+|\b[A-Z]\.(?:[A-Z]\.)?)\s+(?:[A-Z]\.\s+)?NAME\b  ("A.J. Harris", "Yuan Da")
_FIRST = re.compile(r"[A-Z](?:[a-z]+|\.(?:[A-Z]\.)?)\s+")
_INITIAL = re.compile(r"[A-Z]\.\s+")
# \b(?:President|…|Spokes\w+)\s+NAME\b  ("President Lula")
_OFFICE = re.compile(r"(?:President|Minister|Secretary|Chancellor|Premier|Governor|Mayor|Judge|Senator|"
                     r"Professor|Director|Chairman|Spokes\w+)\s+")
# \b(?!(?:The|In|…)\s)(?:[A-Z][a-z]+|[A-Z]\.)\s+NAME  ("Anne Tyler"; "The Darfur" is no first name)
_FORENAME = re.compile(r"[A-Z](?:[a-z]+|\.)\s+")
_NOT_FORENAME = re.compile(r"(?:The|In|At|From|To|Of|And|For|With|By|On)\s")
# \b(?:in|at|from|near|of|to|outside)\s+NAME\s+[A-Z]  ("in Tyler Park": a place's name)
_PLACE_WORD = re.compile(r"(?:in|at|from|near|of|to|outside)\s+")


class PersonCues:
    """The positions in one text where a person's name would start or end, by cue (each found when first asked)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def ages(self) -> frozenset[int]:
        """Where a name ending here is followed by its age."""
        return frozenset(m.start() for m in _AGE.finditer(self.text))

    @functools.cached_property
    def roles(self) -> frozenset[int]:
        """Where a name ending here is followed by a given name and a role."""
        roles: set[int] = set()
        for match in _ROLE.finditer(self.text):
            roles.update(range(match.start(), match.end()))  # the name may end anywhere before the given name
        return frozenset(roles)

    @functools.cached_property
    def titled(self) -> frozenset[int]:
        """Where a name starting here follows "Dr", "Gov." (and perhaps a given name)."""
        titled = _ends(_HONORIFIC, self.text)
        return frozenset(titled | {m.end() for m in (_GIVEN.match(self.text, end) for end in titled) if m})

    @functools.cached_property
    def first_named(self) -> frozenset[int]:
        """Where a name starting here follows a capitalised word or initials ("A.J. Harris")."""
        named = _ends(_FIRST, self.text)
        return frozenset(named | {m.end() for m in (_INITIAL.match(self.text, end) for end in named) if m})

    @functools.cached_property
    def office(self) -> frozenset[int]:
        """Where a name starting here follows an office ("President Lula")."""
        return frozenset(_ends(_OFFICE, self.text))

    @functools.cached_property
    def forenamed(self) -> frozenset[int]:
        """Where a name starting here follows a first name ("Anne Tyler"), not "The", "In" …"""
        return frozenset(m.end() for m in _FORENAME.finditer(self.text)
                         if _BOUNDARY.match(self.text, m.start()) and not _NOT_FORENAME.match(self.text, m.start()))

    @functools.cached_property
    def placed(self) -> frozenset[int]:
        """Where a name starting here follows "in", "at", "from" …"""
        return frozenset(_ends(_PLACE_WORD, self.text))

    def occurrences(self, name: str) -> list[int]:
        """Where ``name`` starts in the text, overlapping occurrences included (as a regex search tries them)."""
        found, start = [], self.text.find(name)
        while start >= 0 and name:
            found.append(start)
            start = self.text.find(name, start + 1)
        return found

    def ends_before(self, end: int) -> bool:
        """A word boundary at ``end`` (what ``NAME\\b`` asks after the name)."""
        return _BOUNDARY.match(self.text, end) is not None


def _ends(pattern: re.Pattern[str], text: str) -> set[int]:
    """The ends of ``pattern``'s matches that start at a word boundary (as the ``\\b`` before it asked).

    A match that does not start at a boundary hides none that does: the patterns here are a capitalised
    word or a title and then spaces, and no boundary lies inside a run of letters.
    """
    return {m.end() for m in pattern.finditer(text) if _BOUNDARY.match(text, m.start())}


@text_cache(maxsize=8)
def person_cues(text: str) -> PersonCues:
    """The cues of ``text`` (kept for the last few texts: the organisations and the places ask of one text)."""
    return PersonCues(text)
