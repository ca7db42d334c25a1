"""Low-level WordprocessingML helpers python-docx has no API for.

Fields (PAGE, NUMPAGES, TOC), hyperlinks, bookmarks, cell shading and
borders, repeating header rows, and the East-Asian font slot
(python-docx#154).  Every string that reaches the XML goes through
:func:`clean` first, because lxml refuses XML-illegal characters.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from briefkit.writers.docx.elements import row_properties, w

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EAST_ASIAN = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (NUL, vertical tab, lone surrogates…)."""
    return _ILLEGAL.sub("", text)


def has_east_asian(text: str) -> bool:
    """True when ``text`` holds Chinese, Japanese or Korean characters."""
    return _EAST_ASIAN.search(text) is not None


def element(tag: str, **attrs: str) -> Any:
    """A new ``w:`` element; keyword ``w_val`` becomes the attribute ``w:val``."""
    el = OxmlElement(tag)
    for key, value in attrs.items():
        prefix, _, local = key.partition("_")
        el.set(qn(f"{prefix}:{local}"), value)
    return el


def child(parent: Any, tag: str, before: tuple[str, ...] = ()) -> Any:
    """The first ``tag`` child of ``parent``, created (before any of ``before``) when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    el = OxmlElement(tag)
    for name in before:
        anchor = parent.find(qn(name))
        if anchor is not None:
            anchor.addprevious(el)
            return el
    parent.append(el)
    return el


# ------------------------------------------------------------------- run fonts

_RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
              "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish",
              "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight",
              "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath")
"""The schema's order of run properties: a new one goes before every later one present."""


def _after(tag: str) -> tuple[str, ...]:
    return _RPR_ORDER[_RPR_ORDER.index(tag) + 1:]


def set_fonts(rpr: Any, latin: str | None = None, east_asian: str | None = None) -> None:
    """Set the Latin (ascii/hAnsi/cs) and East-Asian font slots of a ``w:rPr``."""
    fonts = child(rpr, "w:rFonts", _after("w:rFonts"))
    for attr in ("ascii", "hAnsi", "cs"):
        if latin:
            fonts.attrib.pop(qn(f"w:{attr}Theme"), None)
            fonts.set(qn(f"w:{attr}"), latin)
    if east_asian:
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
        fonts.set(qn("w:eastAsia"), east_asian)


def set_size(rpr: Any, points: float) -> None:
    """Font size in points, for Latin and complex scripts alike."""
    half = str(round(points * 2))
    child(rpr, "w:sz", _after("w:sz")).set(qn("w:val"), half)
    child(rpr, "w:szCs", _after("w:szCs")).set(qn("w:val"), half)


def set_color(rpr: Any, hex_colour: str) -> None:
    """Text colour (#RRGGBB), dropping any theme colour reference that would win over it."""
    colour = child(rpr, "w:color", _after("w:color"))
    for attr in ("themeColor", "themeShade", "themeTint"):
        colour.attrib.pop(qn(f"w:{attr}"), None)
    colour.set(qn("w:val"), hex_colour.lstrip("#").upper())


# ---------------------------------------------------------------------- fields


def add_field(paragraph: Any, instruction: str, cached: str = "") -> None:
    """A complex field (``w:fldChar`` begin/separate/end) with a cached result."""
    begin_field(paragraph._p, instruction)
    if cached:
        paragraph._p.append(_text_run(cached))
    end_field(paragraph._p)


def _fld_run(inner: Any) -> Any:
    run = OxmlElement("w:r")
    run.append(inner)
    return run


def _text_run(text: str) -> Any:
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = clean(text)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    return run


def begin_field(p: Any, instruction: str, dirty: bool = False) -> None:
    """Open a field whose cached result the caller appends, then :func:`end_field`."""
    begin = element("w:fldChar", w_fldCharType="begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    p.append(_fld_run(begin))
    instr = element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    p.append(_fld_run(instr))
    p.append(_fld_run(element("w:fldChar", w_fldCharType="separate")))


def end_field(p: Any) -> None:
    """Close a field opened with :func:`begin_field`."""
    p.append(_fld_run(element("w:fldChar", w_fldCharType="end")))


# ------------------------------------------------------- hyperlinks, bookmarks


def hyperlink(paragraph: Any, url: str) -> Any:
    """A ``w:hyperlink`` appended to ``paragraph``: external for URLs, an anchor for ``#name``."""
    link = OxmlElement("w:hyperlink")
    if url.startswith("#"):
        link.set(qn("w:anchor"), clean(url[1:]))
    else:
        rel = paragraph.part.relate_to(clean(url), _HYPERLINK_RT, is_external=True)
        link.set(qn("r:id"), rel)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


_HYPERLINK_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def bookmark(paragraph: Any, name: str, number: int) -> None:
    """Wrap a paragraph's content in a bookmark (TOC entries and links point at it)."""
    p = paragraph._p
    start = element("w:bookmarkStart", w_id=str(number), w_name=name)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(element("w:bookmarkEnd", w_id=str(number)))


# ------------------------------------------------------------- table plumbing


def repeat_header(tr: Any) -> None:
    """Mark a table row (``w:tr``) as a header row Word repeats on every page (``w:tblHeader``)."""
    trpr = row_properties(tr)
    trpr.append(trpr.makeelement(_TBL_HEADER))
    trpr.append(trpr.makeelement(_CANT_SPLIT))


def keep_row_together(tr: Any) -> None:
    """Do not split a table row (``w:tr``) across pages."""
    trpr = row_properties(tr)
    trpr.append(trpr.makeelement(_CANT_SPLIT))


_TBL_HEADER, _CANT_SPLIT = w("tblHeader"), w("cantSplit")


def cell_look(cell: Any, fill: str, top: str | None = None, gap: str | None = None) -> None:
    """Direct cell fill and borders: a coloured top rule, ``gap``-coloured (page) sides, no bottom.

    Word and LibreOffice read a table style's per-cell borders differently, so
    tiles carry theirs directly; thick page-coloured edges make the gutters.
    """
    tcpr = cell._tc.get_or_add_tcPr()
    borders = element("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        colour = top if edge == "top" else (None if edge == "bottom" else gap)
        if colour:
            borders.append(element(f"w:{edge}", w_val="single", w_sz="18" if edge == "top" else "36", w_space="0",
                                   w_color=colour.lstrip("#")))
        else:
            borders.append(element(f"w:{edge}", w_val="nil"))
    tcpr.append(borders)
    tcpr.append(element("w:shd", w_val="clear", w_color="auto", w_fill=fill.lstrip("#")))


def table_borders(table: Any, **edges: str) -> None:
    """Direct table borders, e.g. ``top='none'``; unnamed edges keep the style's."""
    tblpr = table._tbl.tblPr
    borders = child(tblpr, "w:tblBorders", ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if edge in edges:
            borders.append(element(f"w:{edge}", w_val=edges[edge], w_sz="0", w_space="0", w_color="auto"))


def table_look(table: Any, first_row: bool = True, banded: bool = True) -> None:
    """Which conditional formats of the table style apply (header row, banded rows)."""
    tblpr = table._tbl.tblPr
    look = child(tblpr, "w:tblLook")
    look.attrib.clear()
    look.set(qn("w:val"), "04A0" if first_row else "0400")
    for attr, on in (("firstRow", first_row), ("lastRow", False), ("firstColumn", False),
                     ("lastColumn", False), ("noHBand", not banded), ("noVBand", True)):
        look.set(qn(f"w:{attr}"), "1" if on else "0")


def table_caption(table: Any, caption: str) -> None:
    """The table's name for screen readers (``w:tblCaption``, Word's table alt text)."""
    if caption:
        table._tbl.tblPr.append(element("w:tblCaption", w_val=clean(caption)[:255]))
