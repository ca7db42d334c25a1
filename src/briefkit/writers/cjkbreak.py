"""Line breaking for text holding Chinese, Japanese or Korean: break between ideographs, keep the rules.

reportlab breaks lines at spaces; Chinese has none, so a Chinese sentence is
one long "word" that reportlab cuts wherever the width runs out — a line may
then start with a full stop or a closing quote.  Its own CJK mode
(``wordWrap="CJK"``) knows only part of the punctuation that may not start a
line, none that may not end one, and counts back through Latin words only
halfway.

:func:`break_lines` breaks a paragraph's glyphs greedily at the last
permitted opportunity:

- between two characters when either is CJK (no space is ever inserted);
- after a space (the space is dropped at the line's end);
- never inside a run of Latin letters or digits, so words and numbers stay whole;
- never before a character of :data:`CANNOT_START` (，。、；：？！）」』】》…) nor
  after one of :data:`CANNOT_END` (（「『【《…) — the kinsoku rules.

Only a word wider than the whole line is cut, and then not before a
character that cannot start a line.  The lines are reportlab's own
"complex" lines (:func:`makeCJKParaLine`), so drawing, splitting across
frames and tagging are reportlab's.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import _FUZZ, ParaLines, cjkU, makeCJKParaLine

from briefkit.cjk import is_cjk

CANNOT_START = frozenset(
    "，。、；：？！）」』】》〉〕］｝〗〙’”…‥—–～·・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "%‰℃°,.;:?!)]}"
)
"""Characters a line may not start with: closing punctuation, stops, pauses, iteration and small kana."""

CANNOT_END = frozenset("（「『【《〈〔［｛〖〘‘“([{")
"""Characters a line may not end with: opening brackets and quotes."""


def _is_space(char: str) -> bool:
    return char.isspace()


def _is_word(char: str) -> bool:
    """A character of a Latin-script word or number: breaking beside another one would cut the word."""
    return bool(char) and not char.isspace() and not is_cjk(char)


def can_break_before(prev: str, char: str) -> bool:
    """Whether a line may end after ``prev`` and the next start with ``char``."""
    if not prev or not char or _is_space(char):
        return False  # a line never starts with a space: break after it instead
    if char in CANNOT_START or prev in CANNOT_END:
        return False
    if _is_space(prev):
        return True
    return not (_is_word(prev) and _is_word(char))


def glyphs(frags: list[Any]) -> list[Any]:
    """One :class:`cjkU` per character (with its fragment and width), an empty one for a text-less fragment."""
    out: list[Any] = []
    for frag in frags:
        text = frag.text
        if text:
            out.extend(cjkU(c, frag, "utf8") for c in text)
        else:
            out.append(cjkU("", frag, "utf8"))
    return out


def _line_end(units: list[Any], start: int, max_width: float) -> tuple[int, bool]:
    """Where the line starting at ``start`` ends (exclusive) and whether a ``<br/>`` ended it."""
    width, best = 0.0, None
    for i in range(start, len(units)):
        unit = units[i]
        if hasattr(unit.frag, "lineBreak"):
            return i + 1, True
        if i > start and can_break_before(units[i - 1], unit):
            best = i
        width += unit.width
        if width > max_width + _FUZZ and i > start and not _is_space(unit):
            if best is not None and best > start:
                return best, False
            # One word wider than the line: cut it, but not before a character that cannot start a line.
            back = i - 1 if unit in CANNOT_START and i - 1 > start else i
            return back, False
    return len(units), False


def break_lines(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """reportlab's line list for ``frags`` broken by the rules above."""
    units = glyphs(frags)
    lines: list[Any] = []
    start = 0
    while start < len(units):
        if lines and not lines[-1].lineBreak:
            while start < len(units) and _is_space(units[start]):
                start += 1  # the space the line broke at
            if start >= len(units):
                break
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end, hard = _line_end(units, start, max_width)
        line = units[start:end]
        while line and _is_space(line[-1]) and not hasattr(line[-1].frag, "lineBreak"):
            line = line[:-1]
        used = sum(u.width for u in line)
        lines.append(makeCJKParaLine(line, max_width, used, max_width - used, hard, calc_bounds))
        start = end
    return ParaLines(kind=1, lines=lines)
