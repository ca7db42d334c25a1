"""Head blocks that read as a headline: one printed twice at the top, or one short sentence over its date.

Moved out of :mod:`briefkit.extract.metadata` so that module stays readable; the rules are unchanged.
"""

from __future__ import annotations

import re

from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.fields import FIELD as _FIELD
from briefkit.extract.titlefurniture import is_widget
from briefkit.extract.wordcount import word_count
from briefkit.readers import Article


def repeated_block(article: Article) -> str | None:
    """A short block printed twice close together at the top ("<title>" / "Source: …" / "<title>"): the headline.

    Only short lines may stand between the two copies: a caption repeated after paragraphs is a chart's; a
    Chinese sentence closed by its full stop is a prompt printed twice ("請同意我們的隱私權規範…。"), no headline.
    """
    texts = [b.text.strip() for b in article.blocks[:12]]
    for i, text in enumerate(texts):
        if text not in texts[i + 1:] or not 3 <= word_count(text) <= 30 \
                or text.endswith((":", "：", "。")) or re.search(r"[.!?]\s+\S|[。！？]\s*\S", text) \
                or _FIELD.match(text) \
                or is_boilerplate(text) or is_widget(text):  # an image's markup printed twice
            continue
        between = texts[i + 1:texts.index(text, i + 1)]
        if len(between) <= 3 and all(len(t.split()) <= 12 for t in between):
            return text
    return None


def one_short_sentence(text: str) -> bool:
    """A line of at most 20 words with no sentence break inside: a headline with a full stop."""
    return 3 <= len(text.split()) <= 20 and not re.search(r"[.!?。！？]\s+\S", text.strip())
