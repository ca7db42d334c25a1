"""A word count that holds for English and Chinese lines alike.

Chinese is written without spaces, so a count of whitespace-parted words says a Chinese headline of
twenty characters is one word.  Two Chinese characters count as one word here (most Chinese words
are two characters long), so thresholds written in words ("a headline has at most 25 words") hold
for both scripts.
"""

from __future__ import annotations

import re

CJK = re.compile(r"[\u3400-\u9fff]")
"""A Chinese (CJK unified) character."""


def word_count(line: str) -> int:
    """The words of ``line``: its whitespace-parted runs, plus one for every two Chinese characters."""
    return len(line.split()) + len(CJK.findall(line)) // 2
