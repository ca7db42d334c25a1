"""Chinese, Japanese and Korean text: which characters are CJK, and whitespace that is not really there.

Shared by the locale (numbers beside Chinese units), the Markdown steps
(line ends inside a Chinese paragraph) and the writers (line breaking,
language of runs).  No dependency beyond :mod:`re`, so the document layer
can use it.
"""

from __future__ import annotations

import re

_RANGES = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
CJK = re.compile(f"[{_RANGES}]")
"""One CJK character: ideographs, kana, hangul, CJK and full-width punctuation."""

CJK_RUN = re.compile(f"[{_RANGES}]+")
KANA = re.compile("[\u3040-\u30ff]")
HANGUL = re.compile("[\uac00-\ud7af]")
_GAP = re.compile(f"(?<=[{_RANGES}])\\s+(?=[{_RANGES}])")


def is_cjk(char: str) -> bool:
    """Whether ``char`` is a CJK character."""
    return CJK.match(char) is not None


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds any CJK character (ASCII text, most of it, is ruled out in constant time)."""
    return not text.isascii() and CJK.search(text) is not None


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
    return _GAP.sub("", text) if has_cjk(text) else text
