"""A key point that gives again a figure the draft has given already: the same fact in other words.

"That is despite $24.5 billion in new infrastructure funding across the entire nation" in the summary,
and further down "Funds of $24.5 billion have been set aside for infrastructure across the nation": the
second's only figure is the first's, and half its words are the first's too, so as a point of its own
it tells a reader nothing new.  A sentence that brings a figure of its own ("…, one-third of it on
transport links"), or that says mostly other things about the figure ("4.1 per cent, the lowest since
records began"), says something new and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefkit.extract.keypoints import bag

_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that carry a quantity of their own: a point holding one brings a figure the digits do not show.
_QUANTITY_WORDS = frozenset(re.findall(r"\w+", """
    half halves third thirds quarter quarters fifth fifths tenth tenths twice double doubled triple tripled
    two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands"""))
# The scale and unit words around a figure: sharing them is sharing the figure, not the subject.
_SCALES = frozenset(re.findall(r"\w+", "million millions billion billions trillion per cent percent percentage pct"))
_SHARED_WORDS = 2  # at least two words about the figure in common …
_SHARED_SHARE = 0.4  # … making up this share of the point's words


def _numbers(text: str) -> set[str]:
    """The numbers of ``text`` that name a figure (thousands separators dropped; years and single digits,
    which many sentences share by chance, left out)."""
    found = {m.group().replace(",", "") for m in _NUMBER.finditer(text)}
    return {n for n in found if ("." in n or float(n) >= 10) and not _YEAR.fullmatch(n)}


def _words(text: str) -> set[str]:
    """The point's words that are neither numbers nor the figure's scale."""
    return {w for w in bag(text) if not w[0].isdigit() and w not in _SCALES}


def repeats_figure(text: str, said: Iterable[str]) -> bool:
    """Whether ``text`` only gives again figures one of the ``said`` texts gave, about the same thing."""
    mine = _numbers(text)
    words = _words(text)
    if not mine or _QUANTITY_WORDS.intersection(re.findall(r"[a-z]+", text.lower())):
        return False
    if any(n.isdigit() and float(n) < 10 for n in (m.group() for m in _NUMBER.finditer(text))):
        return False  # a small count of its own ("3 new lines") is a figure too
    for other in said:
        if mine <= _numbers(other):
            shared = words & _words(other)
            if len(shared) >= _SHARED_WORDS and len(shared) >= _SHARED_SHARE * len(words):
                return True
    return False
