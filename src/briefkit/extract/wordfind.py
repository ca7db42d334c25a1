"""Find a given word or name in a text between boundaries, without compiling a pattern for each name.

The extractor asks, for each name an article holds, whether the text writes it elsewhere as a whole word
("Orange" beside "orange juice", "Eskom" said as a person): ``re.search(r"(?<![\\w’'-])" + re.escape(name) +
r"(?![\\w-])", text)``.  Each such pattern is new, so ``re`` compiles it (a tenth of a millisecond or more), and
the stream of one-off patterns pushes the extractor's constant patterns out of ``re``'s cache (a first-in,
first-out cache of 512), so those are compiled again and again.  :func:`find_word` finds the same first match
with ``str.find`` and a look at the characters on either side; :func:`iter_words` gives what ``re.finditer``
would.

A word character is what ``\\w`` matches in a ``str`` pattern: a letter, a digit or any character Unicode calls
numeric (``str.isalnum``), or the underscore.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SPAN = re.compile(r".*", re.DOTALL)


def _clear(ch: str, forbidden: str) -> bool:
    """Whether ``ch`` (one character, or "" at the text's edge) is neither a word character nor in ``forbidden``."""
    return not ch or not (ch.isalnum() or ch == "_" or ch in forbidden)


def find_word(text: str, word: str, pos: int = 0, endpos: int | None = None, *, left: str = "",
              right: str = "") -> int:
    """Where ``word`` first stands in ``text`` between ``pos`` and ``endpos`` with neither a word character nor
    one of ``left`` right before it, and neither a word character nor one of ``right`` right after it; -1 if
    nowhere.  The same as ``re.search(r"(?<![\\w<left>])" + re.escape(word) + r"(?![\\w<right>])", text, pos,
    endpos)``: the character before ``pos`` counts (a look-behind sees it), the text ends at ``endpos``."""
    end = len(text) if endpos is None else min(max(endpos, 0), len(text))
    at = text.find(word, min(max(pos, 0), len(text)), end)  # a search from past the end starts at the end
    while at >= 0:
        after = at + len(word)
        if _clear(text[at - 1] if at else "", left) and _clear(text[after] if after < end else "", right):
            return at
        at = text.find(word, at + 1, end)
    return -1


def has_word(text: str, word: str, *, left: str = "", right: str = "") -> bool:
    """Whether ``text`` holds ``word`` between boundaries (see :func:`find_word`)."""
    return find_word(text, word, left=left, right=right) >= 0


def word_match(text: str, word: str, pos: int = 0, endpos: int | None = None, *, left: str = "",
               right: str = "") -> re.Match[str] | None:
    """The first match :func:`find_word` finds, as a match object over ``text`` (its start, end and group(0)
    are what the equivalent pattern's search gives), or None."""
    at = find_word(text, word, pos, endpos, left=left, right=right)
    return None if at < 0 else _SPAN.match(text, at, at + len(word))


def iter_words(text: str, word: str, *, left: str = "", right: str = "") -> Iterator[int]:
    """Where ``word`` stands between boundaries, left to right and without overlap: the starts ``re.finditer``
    gives with the pattern of :func:`find_word` (an empty word stands at each position whose sides are clear)."""
    at = find_word(text, word, left=left, right=right)
    while at >= 0:
        yield at
        after = at + (len(word) or 1)
        at = find_word(text, word, after, left=left, right=right) if after <= len(text) else -1
