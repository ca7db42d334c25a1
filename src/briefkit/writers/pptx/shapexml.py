"""Shapes as PresentationML: text frames, filled rectangles and dots, positioned in EMU.

Shapes are written as XML and parsed once (python-pptx's own element
classes), which is several times faster than setting each property through
its API; the XML is what PowerPoint itself writes for the same shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from pptx.oxml import parse_xml

from briefkit.writers.slides.geometry import Box

NSDECL = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
_DECORATIVE = ('<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
               '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
               '</a:ext></a:extLst>')


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


def body_xml(paras: list[str], tag: str = "p:txBody", anchor: str = "t", ns: bool = False,
             fit: str = "noAutofit") -> str:
    """A text body with no insets; ``fit`` 'noAutofit' (the text was measured to fit) or 'normAutofit'."""
    decl = f" {NSDECL}" if ns else ""
    return (f'<{tag}{decl}><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}" '
            f'rtlCol="0"><a:{fit}/></a:bodyPr><a:lstStyle/>{"".join(paras)}</{tag}>')


def textbox(shape_id: int, name: str, xfrm: str, paras: list[str], fit: str = "noAutofit") -> str:
    """A text box holding ``paras``."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/><p:cNvSpPr txBox="1"/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr>{xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f'{body_xml(paras, fit=fit)}</p:sp>')


def placeholder(shape_id: int, name: str, ph_attrs: str, xfrm: str, paras: list[str],
                fit: str = "noAutofit") -> str:
    """A placeholder of the slide's layout (``ph_attrs``: its ``p:ph`` attributes) holding ``paras``."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            f'</p:cNvSpPr><p:nvPr><p:ph {ph_attrs}/></p:nvPr></p:nvSpPr><p:spPr>{xfrm}</p:spPr>'
            f'{body_xml(paras, fit=fit)}</p:sp>')


def filled(shape_id: int, name: str, xfrm: str, fill: str, round_: bool = False) -> str:
    """A filled rectangle (or ellipse) without outline, marked decorative for screen readers."""
    geom = "ellipse" if round_ else "rect"
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}>{_DECORATIVE}</p:cNvPr>'
            f'<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{xfrm}<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
            f'{fill}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>')


def parse_shapes(shapes: list[str]) -> list[Any]:
    """Shape XML strings as elements, parsed in one go."""
    if not shapes:
        return []
    return list(parse_xml(f"<p:spTree {NSDECL}>{''.join(shapes)}</p:spTree>"))
