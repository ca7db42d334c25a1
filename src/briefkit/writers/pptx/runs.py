"""Paragraphs as DrawingML: reportlab's measured paragraphs become ``<a:p>`` with runs.

The plan holds reportlab paragraphs (already split where the overflow
policy cut them); their fragments carry the text, the face, the size, the
colour and the link of each run, so the deck shows exactly the words the
PDF shows on the same slide.  Sizes and line spacing are exact, so the text
takes the room it was measured to take.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt

from briefkit.writers.pptx.shapexml import element, xml_text
from briefkit.writers.pptx.themexml import Slots, colour_xml

EMU = 12700
"""EMU per point."""

_ALIGN = {TA_CENTER: "ctr", TA_RIGHT: "r"}
_BULLET_CHARS = {"•", "–", "-", "▪"}


@dataclass
class Ink:
    """How runs are coloured and linked on one slide."""

    slots: Slots | None
    coloured: bool
    """False with a reference deck: text takes the colours of the office's own layouts."""
    link: Callable[[str], str | None]
    """A link target → the relationship id of the slide's hyperlink (None: plain text)."""
    lang: str = "en-GB"
    scale: float = 1.0
    fit: str = "noAutofit"
    """'normAutofit' with a reference deck: its fonts were not the ones measured, so text may shrink to fit."""
    """Sizes are multiplied by this when a reference deck's slide is larger or smaller than the plan's."""


_HEX: dict[int, tuple[Any, str]] = {}
"""Colour object id → (the colour, kept alive so its id is not reused; #RRGGBB): a deck asks for a few
colours hundreds of times (every run and bullet)."""


def hex_of(colour: Any) -> str:
    """A reportlab colour as #RRGGBB."""
    known = _HEX.get(id(colour))
    if known is not None:
        return known[1]
    # From the components: reportlab's hexval() formats through a list of bitmaps, a hot spot per run.
    red, green, blue = (int(c * 255) & 255 for c in (colour.red, colour.green, colour.blue))  # as hexval()
    if len(_HEX) >= 256:  # a batch makes new colour objects for each deck: keep the latest few
        _HEX.clear()
    value = f"#{red:02X}{green:02X}{blue:02X}"
    _HEX[id(colour)] = (colour, value)
    return value


def _face(frag: Any) -> tuple[bool, bool]:
    try:
        _, bold, italic = ps2tt(frag.fontName)
    except ValueError:  # a fallback face registered without a family (CJK): take the fragment's flags
        bold, italic = getattr(frag, "bold", 0), getattr(frag, "italic", 0)
    return bool(bold), bool(italic)


def rpr(size: float, bold: bool, italic: bool, colour: str | None, ink: Ink, rid: str | None = None,
        tag: str = "a:rPr") -> str:
    """Run properties: language, exact size, weight, slant, colour and link."""
    attrs = f' lang="{ink.lang}" sz="{max(100, round(size * ink.scale * 100))}"'
    attrs += ' b="1"' if bold else ' b="0"'
    attrs += ' i="1"' if italic else ""
    fill = colour_xml(colour, ink.slots) if colour and ink.coloured else ""
    link = ""
    if rid:
        action = ' action="ppaction://hlinksldjump"' if rid.startswith("#") else ""
        link = f'<a:hlinkClick r:id="{rid.lstrip("#")}"{action}/>'
    return element(tag, f'{attrs} dirty="0"', fill + link)


def run_xml(text: str, props: str) -> str:
    """One run (line breaks in ``text`` are not expected: fragments carry them apart)."""
    return f"<a:r>{props}<a:t>{xml_text(text)}</a:t></a:r>"


def _fragments(para: Any) -> Iterator[tuple[Any, str | None]]:
    """The paragraph's fragments, each with its text (None: the fragment's own).

    Once reportlab has wrapped a paragraph of several fragments it keeps them
    as words, ``[width, (frag, text), …]``: those come back one by one with
    their fragment's style, a space between words.
    """
    for item in para.frags:
        if not isinstance(item, list):
            yield item, None
            continue
        yield from item[1:]
        yield item[-1][0], " "


def _props(frag: Any, ink: Ink) -> str:
    bold, italic = _face(frag)
    links = getattr(frag, "link", None) or []
    rid = ink.link(str(links[0][1])) if links else None
    return rpr(frag.fontSize, bold, italic, hex_of(frag.textColor), ink, rid)


def runs_of(para: Any, ink: Ink) -> list[str]:
    """The runs of a reportlab paragraph, fragment by fragment, neighbours of one look merged.

    A wrapped paragraph comes back word by word (see :func:`_fragments`):
    merging the words that share their properties gives the runs a person
    would have typed, a deck a third the size, and less XML to write and zip.
    The words of one fragment share its properties, worked out once.
    """
    out: list[str] = []
    props, texts = "", list[str]()  # the run being gathered
    looks: dict[int, str] = {}  # id(fragment) → its run properties (the paragraph keeps its fragments alive)
    spaced = True  # the text so far ends in a space (or a line starts): a fragment's leading space is one too many
    for frag, text in _fragments(para):
        if getattr(frag, "lineBreak", False):
            out += _run(texts, props)
            props, texts, spaced = "", [], True
            out.append(f"<a:br>{rpr(frag.fontSize, False, False, None, ink, tag='a:rPr')}</a:br>")
            continue
        if text is None:
            # A paragraph the overflow policy cut keeps the words of its lines instead of a text.
            text = getattr(frag, "text", None)
            if text is None:
                text = " ".join(getattr(frag, "words", ()))
        if spaced:
            # "Decision required: " in bold, then the word space: PowerPoint would show both spaces.
            text = text.lstrip(" ")
        if not text:
            continue
        spaced = text.endswith(" ")
        run_props = looks.get(id(frag))
        if run_props is None:
            run_props = looks[id(frag)] = _props(frag, ink)
        if run_props != props:
            out += _run(texts, props)
            props, texts = run_props, []
        texts.append(text)
    return out + _run(texts, props)


def _run(texts: list[str], props: str) -> list[str]:
    return [run_xml("".join(texts), props)] if texts else []


def _bullet(para: Any, ink: Ink) -> tuple[str, list[str]]:
    """The bullet's pPr XML, and runs to put first (numbers PowerPoint cannot format, quote marks)."""
    mark = para.bulletText
    style = para.style
    if not mark:
        return "<a:buNone/>", []
    colour = hex_of(style.bulletColor)
    clr = f"<a:buClr>{colour_xml(colour, ink.slots)[len('<a:solidFill>'):-len('</a:solidFill>')]}</a:buClr>" \
        if ink.coloured else ""
    if mark in _BULLET_CHARS:
        return f'{clr}<a:buFont typeface="Arial"/><a:buChar char="{escape(mark)}"/>', []
    if mark.endswith(".") and mark[:-1].isdigit():
        return f'{clr}<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod" startAt="{mark[:-1]}"/>', []
    # "01" and the opening quote mark: text in the hanging indent, then a tab to the text's edge.
    props = rpr(style.bulletFontSize, True, False, colour, ink)
    return "<a:buNone/>", [run_xml(mark, props), run_xml("\t", props)]


def para_xml(para: Any, ink: Ink, space_before: float = 0.0, level: int = 0) -> str:
    """One paragraph: alignment, hanging indent, exact leading, spacing, bullet and runs."""
    style = para.style
    k = ink.scale
    indent = style.leftIndent
    hang = style.bulletIndent - indent if para.bulletText else 0.0
    algn = _ALIGN.get(style.alignment, "l")
    bullet, lead = _bullet(para, ink)
    tabs = f'<a:tabLst><a:tab pos="{round(indent * EMU * k)}" algn="l"/></a:tabLst>' if lead else ""
    ppr = (f'<a:pPr marL="{round(indent * EMU * k)}" indent="{round(hang * EMU * k)}" algn="{algn}" lvl="{level}">'
           f'<a:lnSpc><a:spcPts val="{round(style.leading * k * 100)}"/></a:lnSpc>'
           f'<a:spcBef><a:spcPts val="{round(max(0.0, space_before) * k * 100)}"/></a:spcBef>'
           f'<a:spcAft><a:spcPts val="0"/></a:spcAft>{bullet}{tabs}</a:pPr>')
    end = rpr(style.fontSize, False, False, None, ink, tag="a:endParaRPr")
    return f"<a:p>{ppr}{''.join(lead + runs_of(para, ink))}{end}</a:p>"
