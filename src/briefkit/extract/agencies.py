"""News agencies, newswires and wire broadcasters, from the data file ``data/agencies.tsv``.

A page credits a wire in many places (a dateline's "(AFP)", a closing "-VNA", "Source: IRNA", a
"(GLOBE NEWSWIRE)" tag), and only a list tells "(KUNA)" from "(File)".  The list is kept as data,
broad rather than tuned: the world agencies, the national agencies by country, the press-release
newswires.  An acronym that is also a word or a given name ("MAP", "ANA", "SPA") counts only when
written exactly so, in capitals.
"""

from __future__ import annotations

import functools
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "agencies.tsv"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Lower-cased forms → kind, exact (case-sensitive) forms → kind, and any form → the agency's first name."""
    loose: dict[str, str] = {}
    exact: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, *rest = line.split("\t")
        forms = [name, *(rest[0].split("|") if rest and rest[0] else [])]
        for form in forms:
            if form.startswith("="):
                exact[form[1:]] = kind
                canonical[form[1:]] = name
            else:
                loose[form.lower()] = kind
                canonical[form.lower()] = name
    return loose, exact, canonical


_EDGE = " .,;:()[]/-–—"


def _bare(name: str) -> str:
    """The name with its spacing folded, edge punctuation and a leading "the" dropped.

    Plain string operations, not a regular expression: a source line's every word run is looked up here
    (a hundred-odd calls a page), and the ``re`` module's per-call overhead was a tenth of extraction."""
    bare = " ".join(name.split()).strip(_EDGE)
    return bare[4:] if bare[:4].lower() == "the " else bare


def kind(name: str) -> str | None:
    """"world", "national", "newswire" or "broadcaster" for an agency's name or short form, else None."""
    loose, exact, _ = _table()
    bare = _bare(name)
    return exact.get(bare) or loose.get(bare.lower())


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency, newswire or wire broadcaster ("AFP", "The Canadian Press", "KUNA")."""
    return kind(name) is not None


@functools.lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every agency form, lower-cased and without edge punctuation."""
    loose, exact, _ = _table()
    return frozenset(form.split()[0].strip(_EDGE).lower() for form in [*loose, *exact] if form.split())


def first_run(words: list[str], longest: int = 4) -> str | None:
    """The first run of ``words`` (of at most ``longest``) that names an agency, longer runs first.

    The same answer as trying every run, but only runs that could open an agency's name are tried: a
    paragraph-long line has hundreds of runs and almost none starts with an agency's first word. A run may
    also open on "the" or on a word of bare punctuation, which :func:`_bare` drops."""
    firsts = _first_words()
    starts = [i for i, word in enumerate(words) if (key := word.strip(_EDGE).lower()) in firsts or key in ("", "the")]
    for n in range(longest, 0, -1):
        for i in starts:
            if i + n <= len(words) and is_agency(candidate := " ".join(words[i:i + n])):
                return candidate
    return None


def full_name(name: str) -> str | None:
    """The agency's name as the list first gives it ("IRNA" → "Islamic Republic News Agency")."""
    _, exact, canonical = _table()
    bare = _bare(name)
    return canonical.get(bare) if bare in exact else canonical.get(bare.lower())


def loose_forms() -> frozenset[str]:
    """Every lower-cased form that is no common word: what a case-blind test may look up."""
    return frozenset(_table()[0])


@functools.lru_cache(maxsize=1)
def _written_forms() -> frozenset[str]:
    """Every form as the list writes it, its case kept ("BUSINESS WIRE", "MONTSAME")."""
    forms: set[str] = set()
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _, name, *rest = line.split("\t")
            forms.update(f.lstrip("=") for f in [name, *(rest[0].split("|") if rest and rest[0] else [])])
    return frozenset(forms)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in {"of", "the", "and", "for", "&"})


def as_credited(name: str, text: str) -> str:
    """An agency's credit in the form a reader would cite: a name the page shouts in capitals ("REUTERS") in
    the list's own case ("Reuters") unless the list writes it so ("BUSINESS WIRE"), and initials ("NAN") as the full
    name when ``text`` (the page) spells it out ("The News Agency of Nigeria (NAN) recalls …"); any other name as it
    is."""
    full = full_name(name)
    if full is None or not name.isascii():
        return name
    if name.isupper() and name.lower() == full.lower() and not full.isupper() and name not in _written_forms():
        return full  # (a form the list itself writes in capitals, "BUSINESS WIRE", is how the agency signs)
    if name.isupper() and name.replace(".", "") == _initials(full).upper() and full in text:
        return full
    return name
