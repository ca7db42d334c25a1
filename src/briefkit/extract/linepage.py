"""Cues of a line that only the whole page gives: where it stands against the story's first long
paragraph, how much of that paragraph's wording it shares, and whether the page prints it twice.

Every page has these, whatever its site or language, which is why they transfer to layouts nobody
has seen where a site's wording does not:

- a headline sits a few lines *over* the story's first long paragraph (the lede) and is about what the
  lede says, so it shares the lede's content words; a menu or a teaser for another story shares few,
  and a line under the lede is the story's or the page's furniture after it;
- a headline is often printed twice — in a "<headline> | <site>" line over it, or again in a list of
  links — while a menu line is a few words that recur everywhere.

Used by :func:`briefkit.extract.linefeatures.sequence_features` for the learned line labeller.
"""

from __future__ import annotations

import re

from briefkit.extract.wordcount import CJK

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPACE = re.compile(r"[\s\W_]+")
LEDE_WORDS = 20  # a block this long (or of 50 Chinese characters) is a paragraph of the story
REPEAT_CHARS = 12  # a shorter line (a menu's word, "Share") recurs on every page: its repeat says nothing


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    return str(next((i for i, edge in enumerate(edges) if value <= edge), len(edges)))


def _is_lede(line: str, kind: str) -> bool:
    """A block long enough to be a paragraph of the story."""
    return kind == "block" and (len(_WORD.findall(CJK.sub(" ", line))) >= LEDE_WORDS or len(CJK.findall(line)) >= 50)


def _folded(line: str) -> str:
    """The line's letters and digits alone, lower-cased: "Title | Site" and "title – site" compare alike."""
    return _SPACE.sub(" ", line.lower()).strip()


def lede_index(lines: list[str], kinds: list[str]) -> int | None:
    """The index of the story's first long paragraph among ``lines`` (None when there is none): the first of two
    long blocks at most a line apart, as a story runs on, else the first long block.  A lone long block over the
    headline is a site's description or a prompt ("The full edition of the report is available at …")."""
    long = [_is_lede(line, kind) for line, kind in zip(lines, kinds, strict=True)]
    return next((i for i in range(len(long)) if long[i] and any(long[i + 1:i + 3])),
                next((i for i in range(len(long)) if long[i]), None))


def page_cues(lines: list[str], kinds: list[str], terms: list[set[str]]) -> list[list[str]]:
    """CRFsuite features for each of ``lines`` from the page around it (``terms``: each line's content terms)."""
    lede = lede_index(lines, kinds)
    story: set[str] = set()
    if lede is not None:  # the lede and the long paragraph after it: what the story is about
        ledes = [i for i in range(lede, len(lines)) if _is_lede(lines[i], kinds[i])][:2]
        story = set().union(*(terms[i] for i in ledes))
    folded = [_folded(line) for line in lines]
    cues: list[list[str]] = []
    for i, own in enumerate(folded):
        item = [_where(i, lede)]
        if terms[i] and story and i != lede:
            item.append(f"lede_share={_bucket(len(terms[i] & story) / len(terms[i]), (0.0, 0.2, 0.4, 0.6))}")
        if len(own) >= REPEAT_CHARS:
            others = [other for j, other in enumerate(folded) if j != i and len(other) >= REPEAT_CHARS]
            if own in others:
                item.append("repeat=same")
            elif any(own in other for other in others):
                item.append("repeat=inside")  # "<headline> | <site>" over the headline
            elif any(other in own for other in others):
                item.append("repeat=holds")
        cues.append(item)
    return cues


def _where(i: int, lede: int | None) -> str:
    """Where line ``i`` stands against the lede: how many lines over it, the lede itself, or under it."""
    if lede is None:
        return "lede=none"
    if i == lede:
        return "lede=at"
    return f"lede=over{_bucket(lede - i, (1, 2, 3, 5, 8))}" if i < lede else "lede=under"
