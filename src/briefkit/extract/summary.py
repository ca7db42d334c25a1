"""Extractive summary, key points and open questions.

Nothing is paraphrased: the summary is the article's own sentences, chosen
for carrying figures, dates and names and for coming early, then put back in
text order.  A sentence that is a question is an open question, not a point.
"""

from __future__ import annotations

import re

from briefkit.content.model import Point
from briefkit.extract.body import Sentence
from briefkit.readers.plaintext import words as count_words

_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_SUMMARY_SENTENCES = 3
_KEY_POINTS = 5
_MAX_WORDS = 60
_CONCISE_WORDS = 30


def _score(sentence: Sentence, total: int, has_fact: set[int]) -> float:
    words = count_words(sentence.text)
    if words < 6 or words > _MAX_WORDS or sentence.text.endswith("?"):
        return -1.0
    position = 1.0 - sentence.index / max(total, 1)
    fact = 1.5 if sentence.index in has_fact else 0.0
    names = min(len(_NAME.findall(sentence.text)), 3) * 0.3
    digits = 0.5 if _NUMBER.search(sentence.text) else 0.0
    length = -0.03 * max(0, words - _CONCISE_WORDS)  # a summary reads better in short sentences
    return position + fact + names + digits + length


def _top(sentences: list[Sentence], has_fact: set[int], count: int) -> list[Sentence]:
    ranked = sorted(sentences, key=lambda s: -_score(s, len(sentences), has_fact))
    chosen = [s for s in ranked[:count] if _score(s, len(sentences), has_fact) > 0]
    return sorted(chosen, key=lambda s: s.index)


def summarise(sentences: list[Sentence], has_fact: set[int]) -> tuple[str, list[Point]]:
    """The summary text and the key points; ``has_fact`` marks sentences with figures or events."""
    summary = " ".join(s.text for s in _top(sentences, has_fact, _SUMMARY_SENTENCES))
    factual = [s for s in sentences if s.index in has_fact] or sentences
    points = [Point(text=s.text, source_text=s.text) for s in _top(factual, has_fact, _KEY_POINTS)]
    return summary, points


def find_questions(sentences: list[Sentence]) -> list[Point]:
    """The article's own questions."""
    return [Point(text=s.text, source_text=s.text) for s in sentences
            if s.text.endswith(("?", "？")) and count_words(s.text) >= 4]
