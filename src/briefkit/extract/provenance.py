"""Provenance: every item must name a sentence that is verbatim in the article.

Extraction only copies text, so a mismatch here is a bug; the item is
dropped with a warning rather than shown to a reader without its source.
"""

from __future__ import annotations

from typing import Any

from briefkit.content.model import Brief
from briefkit.extract.textcache import text_cache

_LISTS = ("key_points", "sections", "figures", "timeline", "quotes", "organisations", "places", "questions")


_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


# (a pure function of its text: many items quote the same sentence, and each sentence is folded for the lookup)
@text_cache(maxsize=2048)
def normalise(text: str) -> str:
    """Whitespace folded, curly quotes straightened: the form texts are compared in."""
    return " ".join(text.translate(_STRAIGHT).split())


def verify(brief: Brief, article_text: str, warnings: list[str],
           sentences: list[str] | None = None) -> tuple[Brief, list[str]]:
    """Drop items whose ``source_text`` is not in ``article_text``; warn for each.

    Items quote whole sentences, so a set of the sentences answers almost every
    lookup; only the rest pay for a substring search of the whole text.
    """
    haystack = normalise(article_text)
    known = {normalise(s) for s in sentences or []}

    def traced(source: str | None) -> bool:
        return source is None or normalise(source) in known or normalise(source) in haystack

    updates: dict[str, Any] = {}
    for name in _LISTS:
        items = getattr(brief, name)
        kept = [i for i in items if traced(i.source_text)]
        for item in items:
            if item not in kept:
                warnings.append(f"{name}: dropped an item whose source text is not in the article")
        updates[name] = kept
    return brief.model_copy(update=updates), warnings
