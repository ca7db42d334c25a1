"""Chinese, Japanese and Korean text: which characters are CJK, and whitespace that is not really there.

Shared by the locale (numbers beside Chinese units), the Markdown steps
(line ends inside a Chinese paragraph) and the writers (line breaking,
language of runs).  No dependency beyond :mod:`re`, so the document layer
can use it.
"""

from __future__ import annotations

import re
from functools import cache

_RANGES = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
_SPANS = ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
          (0x20000, 0x3FFFF))
"""The same ranges as code points: ideographs, kana, hangul, CJK and full-width punctuation."""
_FIRST = chr(_SPANS[0][0])
"""No CJK character sorts below this one."""
KANA = re.compile("[\u3040-\u30ff]")
HANGUL = re.compile("[\uac00-\ud7af]")


# The classes over _RANGES are compiled on first use: the re module fills a table entry per BMP code
# point of a class (about 30 ms for these three), which an English brief would pay for nothing.
@cache
def cjk_pattern() -> re.Pattern[str]:
    """One CJK character."""
    return re.compile(f"[{_RANGES}]")


@cache
def cjk_run_pattern() -> re.Pattern[str]:
    """A run of CJK characters."""
    return re.compile(f"[{_RANGES}]+")


@cache
def _gap_pattern() -> re.Pattern[str]:
    return re.compile(f"(?<=[{_RANGES}])\\s+(?=[{_RANGES}])")


def is_cjk(char: str) -> bool:
    """Whether ``char`` is a CJK character."""
    code = ord(char)
    return code >= _SPANS[0][0] and any(low <= code <= high for low, high in _SPANS)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds any CJK character.

    Text whose every character sorts below the first CJK one (ASCII, Latin
    with dashes and quotes: most text) is ruled out by two C-speed scans.
    """
    return not text.isascii() and max(text) >= _FIRST and cjk_pattern().search(text) is not None


def script_language(run: str) -> str:
    """The language a run of CJK text is in: Japanese with kana, Korean with hangul, else Chinese."""
    if KANA.search(run):
        return "ja"
    return "ko" if HANGUL.search(run) else "zh"


def close_gaps(text: str) -> str:
    """``text`` without whitespace between two CJK characters.

    Chinese has no spaces between words; a space there is a folded line end
    (a YAML ``>`` block, a Markdown soft break) that would print as a gap.
    """
    return _gap_pattern().sub("", text) if has_cjk(text) else text
