"""Paragraphs, runs and cell properties written straight into the lxml tree.

python-docx finds every insertion point by probing the schema's list of
later siblings (``get_or_add_*``), resolves a namespace prefix on each
lookup (``qn``) and turns ``run.text = …`` into one Python call per
character; for the few shapes this writer makes by the thousand (a styled
paragraph, a formatted run, a cell's width) that bookkeeping cost more than
everything else in a Word file.  These helpers write the same elements, with
the same attributes in the same order, directly: tags are pre-qualified and
children go in at their place in the schema's sequence.
"""

from __future__ import annotations

import re
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(local: str) -> str:
    """The qualified (Clark) name of a ``w:`` tag or attribute."""
    return f"{{{W_NS}}}{local}"


P, PPR, PSTYLE, R, RPR, RSTYLE, T = w("p"), w("pPr"), w("pStyle"), w("r"), w("rPr"), w("rStyle"), w("t")
TAB, BR, VAL, SECTPR, TC, TCPR, TCW = w("tab"), w("br"), w("val"), w("sectPr"), w("tc"), w("tcPr"), w("tcW")
TR, TRPR, TBLPR, TBLSTYLE, GRIDCOL, W_ATTR = w("tr"), w("trPr"), w("tblPr"), w("tblStyle"), w("gridCol"), w("w")

_SPECIAL = re.compile(r"([\t\r\n])")

_PPR_SEQ = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
PPR_RANK = {w(tag): i for i, tag in enumerate(_PPR_SEQ)}
"""Position of each ``w:pPr`` child in the schema's sequence."""

_TBLPREX = w("tblPrEx")


def insert_ordered(parent: Any, el: Any, rank: dict[str, int]) -> Any:
    """Insert ``el`` into ``parent`` before the first child the schema puts after it; return ``el``."""
    mine = rank[el.tag]
    for index, sibling in enumerate(parent):
        if rank.get(sibling.tag, -1) > mine:
            parent.insert(index, el)
            return el
    parent.append(el)
    return el


def _sub(parent: Any, tag: str, attrs: dict[str, str] | None = None) -> Any:
    """A new ``tag`` child appended to ``parent`` (lxml's SubElement, through the element's own API)."""
    el = parent.makeelement(tag, attrs)
    parent.append(el)
    return el


def add_paragraph(container: Any) -> Any:
    """A new empty ``w:p`` at the end of a body (before its ``w:sectPr``) or of a cell."""
    last = container[-1] if len(container) else None
    if last is not None and last.tag == SECTPR:
        p = container.makeelement(P)
        last.addprevious(p)
        return p
    return _sub(container, P)


def ppr(p: Any) -> Any:
    """The paragraph's ``w:pPr`` (always its first child), created when missing."""
    if len(p) and p[0].tag == PPR:
        return p[0]
    el = p.makeelement(PPR)
    p.insert(0, el)
    return el


def set_paragraph_style(p: Any, style_id: str) -> None:
    """``w:pPr/w:pStyle`` (the first property of a paragraph) set to ``style_id``."""
    props = ppr(p)
    if len(props) and props[0].tag == PSTYLE:
        props[0].set(VAL, style_id)
    else:
        props.insert(0, props.makeelement(PSTYLE, {VAL: style_id}))


def set_run_style(r: Any, style_id: str) -> None:
    """``w:rPr/w:rStyle`` (the first property of a run) set to ``style_id``."""
    if len(r) and r[0].tag == RPR:
        props = r[0]
    else:
        props = r.makeelement(RPR)
        r.insert(0, props)
    if len(props) and props[0].tag == RSTYLE:
        props[0].set(VAL, style_id)
    else:
        props.insert(0, props.makeelement(RSTYLE, {VAL: style_id}))


def set_table_style(tbl: Any, style_id: str) -> None:
    """``w:tblPr/w:tblStyle`` (the first table property) set to ``style_id``."""
    props = tbl.find(TBLPR)
    if len(props) and props[0].tag == TBLSTYLE:
        props.remove(props[0])  # python-docx replaces the element rather than editing it
    props.insert(0, props.makeelement(TBLSTYLE, {VAL: style_id}))


RunProps = tuple[tuple[str, dict[str, str]], ...]
"""A run's ``w:rPr`` children in schema order, as (qualified tag, attributes)."""


def add_run(parent: Any, text: str, props: RunProps = ()) -> Any:
    """A ``w:r`` appended to ``parent`` (a paragraph or hyperlink) holding ``text``.

    Like python-docx's ``run.text``: a tab becomes ``w:tab``, a line feed or
    carriage return ``w:br``, and text with leading or trailing white space
    keeps it with ``xml:space="preserve"``.
    """
    r = _sub(parent, R)
    if props:
        rpr = _sub(r, RPR)
        for tag, attrs in props:
            _sub(rpr, tag, attrs)
    if not text:
        return r
    if "\t" in text or "\n" in text or "\r" in text:
        for piece in _SPECIAL.split(text):
            if piece == "\t":
                _sub(r, TAB)
            elif piece in ("\r", "\n"):
                _sub(r, BR)
            elif piece:
                _text(r, piece)
    else:
        _text(r, text)
    return r


def _text(r: Any, text: str) -> None:
    t = _sub(r, T)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(XML_SPACE, "preserve")


def add_break(r: Any) -> None:
    """A line break (``w:br``) at the end of run ``r``."""
    _sub(r, BR)


def row_properties(tr: Any) -> Any:
    """The row's ``w:trPr`` (after any ``w:tblPrEx``), created when missing."""
    found = tr.find(TRPR)
    if found is not None:
        return found
    el = tr.makeelement(TRPR)
    tr.insert(1 if len(tr) and tr[0].tag == _TBLPREX else 0, el)
    return el


def cells(tbl: Any) -> list[list[Any]]:
    """The ``w:tc`` elements of a table without merged cells, row by row."""
    return [tr.findall(TC) for tr in tbl.iterfind(TR)]
