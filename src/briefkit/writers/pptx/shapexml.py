"""Shapes as PresentationML text: text frames, filled rectangles and dots, positioned in EMU.

A slide is written as XML text, never parsed: its shapes are strings, put
in drawing order and numbered when the slide is complete
(:func:`slide_xml`), which is several times faster than building elements
through python-pptx's API and serialising them.  The text is what lxml
writes for the same elements (attribute and text escaping, namespace
declarations on the root), so the slide parts are those of a parsed deck.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefkit.writers.slides.geometry import Box

NSDECL = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
XML_HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
"""The declaration lxml writes (python-pptx serialises every part so)."""
_DECORATIVE = ('<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
               '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
               '</a:ext></a:extLst>')
_SLIDE_HEAD = (f'{XML_HEAD}<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:cSld><p:spTree>'
               '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>')
"""A new slide as python-pptx makes it (``CT_Slide.new``), up to its first shape."""
_SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_CONTROLS = bytes(c for c in range(256) if c in (9, 10, 13) or c >= 32)
"""Every byte but the C0 controls XML refuses (tab, line feed and carriage return are allowed)."""

BENEATH, TITLE, ABOVE = 0, 1, 2
"""Where a shape is stacked: beneath every other (a watermark), the title, the rest in drawing order."""


def xml_text(text: str) -> str:
    """``text`` as element content, as lxml writes it (``&``, ``<``, ``>`` escaped; a CR as a line feed,
    as a parser reads it)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def xml_attr(value: str) -> str:
    """``value`` as a double-quoted attribute's content, as lxml writes it (line ends and tabs as references)."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    if "\n" in value or "\r" in value or "\t" in value:
        value = value.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#9;")
    return value


@dataclass(frozen=True)
class Shape:
    """One shape's XML, split around its ``p:cNvPr`` id and name (given when the slide is written)."""

    head: str
    """The XML before ``<p:cNvPr``: the shape's tag and its non-visual properties' tag."""
    name: str
    tail: str
    """The XML after the name attribute, from the rest of ``p:cNvPr`` to the shape's end tag."""
    rank: int = ABOVE

    def xml(self, shape_id: int, name: str | None = None) -> str:
        """The shape with ``shape_id`` and ``name`` (default its own)."""
        return f'{self.head}<p:cNvPr id="{shape_id}" name="{xml_attr(self.name if name is None else name)}"{self.tail}'


def element(tag: str, attrs: str, inner: str) -> str:
    """``<tag attrs>inner</tag>``, or ``<tag attrs/>`` when ``inner`` is empty (as lxml writes an empty element)."""
    return f"<{tag}{attrs}>{inner}</{tag}>" if inner else f"<{tag}{attrs}/>"


def without_illegal(text: str) -> str:
    """``text`` without the characters no XML may hold."""
    return _NOT_XML.sub("", text)


def xml_bytes(text: str) -> bytes:
    """``text`` as UTF-8 without the characters no XML may hold (a parser would refuse the part).

    Checked on the bytes: deleting every byte but the C0 controls is much
    faster than a regular expression over the text.
    """
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate
        return without_illegal(text).encode()
    if data.translate(None, _NOT_CONTROLS) or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        return without_illegal(text).encode()
    return data


def slide_xml(shapes: list[Shape]) -> bytes:
    """A slide part holding ``shapes``, stacked by rank, then in order, numbered 2, 3, 4… and named "Name N".

    The reading order is the shapes' order: the title first (it overlaps
    nothing it could hide), under it only decorative shapes screen readers skip.
    """
    ordered = sorted(shapes, key=lambda s: s.rank)
    body = "".join(s.xml(number, f"{s.name} {number - 1}") for number, s in enumerate(ordered, 2))
    return xml_bytes(f"{_SLIDE_HEAD}{body}{_SLIDE_TAIL}")


@dataclass(frozen=True)
class Frame:
    """Slide geometry: points (origin bottom left, as the plan) → EMU (origin top left)."""

    height: float
    """The plan's slide height in points."""
    emu: float
    """EMU per point (12700, or another scale for a reference deck of another size)."""

    def rect(self, box: Box) -> tuple[int, int, int, int]:
        """x, y, cx, cy in EMU."""
        return (round(box.x * self.emu), round((self.height - box.top) * self.emu),
                max(1, round(box.width * self.emu)), max(1, round(box.height * self.emu)))

    def xfrm(self, box: Box) -> str:
        """``<a:xfrm>`` for ``box``."""
        x, y, cx, cy = self.rect(box)
        return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'


def body_xml(paras: list[str], tag: str = "p:txBody", anchor: str = "t", fit: str = "noAutofit") -> str:
    """A text body with no insets; ``fit`` 'noAutofit' (the text was measured to fit) or 'normAutofit'."""
    return (f'<{tag}><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}" '
            f'rtlCol="0"><a:{fit}/></a:bodyPr><a:lstStyle/>{"".join(paras)}</{tag}>')


_SP = "<p:sp><p:nvSpPr>"


def textbox(name: str, xfrm: str, paras: list[str], fit: str = "noAutofit") -> Shape:
    """A text box holding ``paras``."""
    return Shape(_SP, name, f'/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm}<a:prstGeom prst="rect">'
                            f'<a:avLst/></a:prstGeom><a:noFill/></p:spPr>{body_xml(paras, fit=fit)}</p:sp>')


def placeholder(name: str, ph_attrs: str, xfrm: str, paras: list[str], fit: str = "noAutofit",
                anchor: str = "t", rank: int = ABOVE) -> Shape:
    """A placeholder of the slide's layout (``ph_attrs``: its ``p:ph`` attributes) holding ``paras``."""
    return Shape(_SP, name, f'/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph {ph_attrs}/></p:nvPr>'
                            f'</p:nvSpPr><p:spPr>{xfrm}</p:spPr>{body_xml(paras, anchor=anchor, fit=fit)}</p:sp>',
                 rank)


def filled(name: str, xfrm: str, fill: str, round_: bool = False) -> Shape:
    """A filled rectangle (or ellipse) without outline, marked decorative for screen readers."""
    geom = "ellipse" if round_ else "rect"
    return Shape(_SP, name, f'>{_DECORATIVE}</p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm}'
                            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>{fill}<a:ln><a:noFill/></a:ln>'
                            f'</p:spPr></p:sp>')


def graphic_frame(name: str, rect: tuple[int, int, int, int], uri: str, data: str, descr: str | None = None) -> Shape:
    """A graphic frame (a table or a chart) as python-pptx makes one, holding ``data`` of kind ``uri``."""
    x, y, cx, cy = rect
    alt = f' descr="{xml_attr(descr)}"' if descr is not None else ""
    return Shape("<p:graphicFrame><p:nvGraphicFramePr>", name,
                 f'{alt}/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
                 f'</p:nvGraphicFramePr><p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></p:xfrm>'
                 f'<a:graphic><a:graphicData uri="{uri}">{data}</a:graphicData></a:graphic></p:graphicFrame>')


def picture(name: str, descr: str, rid: str, rect: tuple[int, int, int, int]) -> Shape:
    """A picture filling ``rect``, as python-pptx's ``add_picture`` makes one."""
    x, y, cx, cy = rect
    return Shape("<p:pic><p:nvPicPr>", name,
                 f' descr="{xml_attr(descr)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/>'
                 f'</p:nvPicPr><p:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
                 f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                 f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')
