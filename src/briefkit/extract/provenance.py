"""Provenance: every item must name a sentence that is verbatim in the article.

Extraction only copies text, so a mismatch here is a bug; the item is
dropped with a warning rather than shown to a reader without its source.
"""

from __future__ import annotations

from typing import Any

from briefkit.content.model import Brief

_LISTS = ("key_points", "sections", "figures", "timeline", "quotes", "organisations", "places", "questions")


def normalise(text: str) -> str:
    """Whitespace folded, curly quotes straightened: the form texts are compared in."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})
    return " ".join(text.translate(table).split())


def verify(brief: Brief, article_text: str, warnings: list[str]) -> tuple[Brief, list[str]]:
    """Drop items whose ``source_text`` is not in ``article_text``; warn for each."""
    haystack = normalise(article_text)
    updates: dict[str, Any] = {}
    for name in _LISTS:
        items = getattr(brief, name)
        kept = [i for i in items if i.source_text is None or normalise(i.source_text) in haystack]
        for item in items:
            if item not in kept:
                warnings.append(f"{name}: dropped an item whose source text is not in the article")
        updates[name] = kept
    return brief.model_copy(update=updates), warnings
