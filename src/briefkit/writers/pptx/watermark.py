"""The faint diagonal DRAFT across a draft's slides, as the PDF deck's master paints it.

A text box, not a picture: it is turned 25 degrees, set in the theme's bold
face at the PDF's size, filled with the PDF's colour at the same 7 % (as
transparency, so it tints what lies under it the way the PDF's mixed colour
does), marked decorative so screen readers skip it, and stacked at the
bottom so it never covers the slide's text.
"""

from __future__ import annotations

from briefkit.writers.pptx.shapexml import BENEATH, Frame, Shape, xml_text
from briefkit.writers.pptx.themexml import Slots, colour_xml
from briefkit.writers.slides.geometry import Box
from briefkit.writers.slides.master import WATERMARK_SHARE, WATERMARK_TURN


def watermark_shape(text: str, size: float, width: float, slide: tuple[float, float], frame: Frame, colour: str,
                    slots: Slots | None, lang: str) -> Shape:
    """The watermark shape: ``text``, ``width`` points wide at ``size``, across a ``slide`` (width, height)."""
    box_w, box_h = width * 1.1, size * 1.3
    centre_x, centre_y = slide[0] / 2, slide[1] / 2
    # The PDF sets the baseline a third of the size below the centre: the box centre sits at the text's middle.
    box = Box(centre_x - box_w / 2, centre_y - box_h / 2, box_w, box_h)
    x, y, cx, cy = frame.rect(box)
    rotation = round((360 - WATERMARK_TURN) * 60000)  # DrawingML turns clockwise, in 60,000ths of a degree
    fill = _translucent(colour_xml(colour, slots), WATERMARK_SHARE)
    run = (f'<a:r><a:rPr lang="{lang}" sz="{max(100, round(size * 100))}" b="1" dirty="0">{fill}</a:rPr>'
           f"<a:t>{xml_text(text)}</a:t></a:r>")
    return Shape("<p:sp><p:nvSpPr>", "Draft watermark",
                 '><a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative '
                 'xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext>'
                 '</a:extLst></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
                 f'<p:spPr><a:xfrm rot="{rotation}"><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                 '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
                 '<p:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" rtlCol="0">'
                 f'<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="ctr"/>{run}</a:p></p:txBody></p:sp>',
                 BENEATH)


def _translucent(fill: str, share: float) -> str:
    """``<a:solidFill>`` with an alpha child on its colour: ``share`` opaque."""
    alpha = f'<a:alpha val="{round(share * 100000)}"/>'
    for tag in ("a:schemeClr", "a:srgbClr"):
        start = fill.find(f"<{tag} ")
        if start >= 0:
            end = fill.index("/>", start)
            return f"{fill[:end]}>{alpha}</{tag}>{fill[end + 2:]}"
    return fill
