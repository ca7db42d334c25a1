"""How a key figure's number is shown: as the article wrote it, with the thousands separators English always prints
("54000" is shown "54,000"), and in Chinese copy with the measure word written right after it ("80.3万吨")."""

from __future__ import annotations

import re

from briefkit.extract.wordcount import CJK


def shown(text: str, start: int, end: int, unit: str | None, noun: str | None) -> str:
    """The number as a tile shows it: :func:`grouped`, and in Chinese copy with the measure word written right after
    it ("80.3万吨", "46所", "3.86亿人次"), which the tile would otherwise lose ("80.3万" over 全年粮食产量)."""
    if unit is None and noun and CJK.match(noun) and text.startswith(noun, end):
        return text[start:end + len(noun)]
    return grouped(text[start:end], text)


_UNGROUPED = re.compile(r"(?<![\d.,])\d{4,}(?=\.\d|[^\d.,]|,(?!\d)|$)")


def grouped(display: str, sentence: str) -> str:
    """A number as the article wrote it, but with the thousands separators English always prints ("54000" is
    shown "54,000", as a reader of English expects; years and codes never reach here).  Chinese copy keeps its
    own form ("3068名")."""
    if CJK.search(sentence):
        return display
    return _UNGROUPED.sub(lambda m: f"{int(m.group(0)):,}", display)
