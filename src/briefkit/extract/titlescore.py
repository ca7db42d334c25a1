"""What a title shares with the text under it: a cue that tells the headline from the page's other lines.

A page pasted as text may open with a ticker of other stories, a slogan or a
section's teasers, each a headline-like line.  The article's own headline is
about what its first paragraphs say, so it shares their content words (for
Chinese, their two-character words); a teaser for another story does not.
The cue only breaks ties between candidates that look alike otherwise.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
_STOP = frozenset({
    "the", "and", "for", "with", "that", "this", "from", "have", "has", "had", "are", "was", "were", "will",
    "would", "its", "their", "they", "them", "than", "then", "into", "over", "under", "after", "before", "about",
    "more", "most", "some", "such", "what", "when", "where", "which", "while", "who", "whom", "why", "how", "not",
    "but", "all", "any", "can", "could", "may", "might", "new", "says", "said", "say", "also", "been", "being",
    "our", "your", "his", "her", "she", "him"
})


def _stem(word: str) -> str:
    """A crude stem, enough to meet "budget"/"budgets", "approves"/"approved"."""
    word = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[:-len(suffix)]
    return word


def _terms(text: str) -> set[str]:
    terms = {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP}
    chars = "".join(_CJK.findall(text))
    return terms | {chars[i:i + 2] for i in range(len(chars) - 1)}


def shares_subject(line: str, body: str) -> bool:
    """``line`` shares enough of its content words with ``body`` to be about the same thing."""
    mine = _terms(line)
    if not mine or not body:
        return False
    shared = len(mine & _terms(body))
    return shared >= 2 and shared * 3 >= len(mine)
