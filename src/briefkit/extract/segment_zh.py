"""jieba's part-of-speech tokens of a Chinese text: the segmenter loads once, each text is cut once.

Organisations (:mod:`briefkit.extract.entities_zh`) and counties (:mod:`briefkit.extract.counties_zh`) both
read the same tokens; cutting a text is the costly part of Chinese extraction, so it is kept per text.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from briefkit.extract.textcache import text_cache

_CHUNK = re.compile(r"[^。！？；\n]{1,120}")


@functools.lru_cache(maxsize=1)
def _segmenter() -> Callable[..., Iterable[Any]]:
    """jieba's part-of-speech segmenter, imported and quieted on first use only."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    cut: Callable[..., Iterable[Any]] = jieba.posseg.cut
    return cut


@text_cache(maxsize=8)
def tokens(text: str) -> tuple[tuple[str, str], ...]:
    """(word, flag) pairs, sentence by sentence and at most 120 characters at a time, from jieba's dictionary.

    Without its HMM for unknown words: tagging an unknown run costs far more than the run is long
    (600 ms for 120 repeated characters, 170 ms for a sentence in traditional characters), while the
    dictionary alone takes well under a millisecond a sentence and still knows the institutions.
    """
    cut = _segmenter()
    out: list[tuple[str, str]] = []
    for chunk in _CHUNK.finditer(text):
        out += [(str(t.word), str(t.flag)) for t in cut(chunk.group(0), HMM=False)]
        end = text[chunk.end():chunk.end() + 1]
        if end:  # the sentence's closing mark, kept as jieba tags punctuation: no name runs across it
            out.append((end, "x"))
    return tuple(out)


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for a word it does not hold): 工业 and 行政 are common words
    (over 20,000), a district's name rare (龙海 8, 江夏 1,874)."""
    _segmenter()
    import jieba

    jieba.dt.check_initialized()
    return int(jieba.dt.FREQ.get(word) or 0)
