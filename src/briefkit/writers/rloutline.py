"""Text drawn as glyph outlines, for marks that must never be read as text.

The diagonal DRAFT mark sits behind a page's text.  Drawn as text, every
extractor that ignores artifacts (pdftotext, search, copy and paste in many
viewers) reads its letters into the middle of the page's words; drawn as the
font's outlines it is a shape, seen but never read.  A pale solid colour
stands in for transparency, which PDF/A files and handout forms handle badly.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from briefkit.fonts import FontChain


def faint(colour: Color, backdrop: Color, share: float) -> Color:
    """``colour`` at ``share`` opacity over ``backdrop``, as one opaque colour."""
    def mix(a: float, b: float) -> float:
        return b + (a - b) * share

    return Color(mix(colour.red, backdrop.red), mix(colour.green, backdrop.green), mix(colour.blue, backdrop.blue))


@lru_cache(maxsize=8)
def _font(path: str) -> Any:
    from fontTools.ttLib import TTFont  # only for draft marks: most documents never import it

    # Only the outlines and metrics are needed: no layout tables.
    return TTFont(path, lazy=True)


@lru_cache(maxsize=1)
def _pen_class() -> Any:
    """The pen class, made on first use: fontTools is imported only when a draft mark is drawn."""
    from fontTools.pens.basePen import BasePen

    class PathPen(_PathPen, BasePen):  # type: ignore[misc]  # fontTools ships no type hints
        pass

    return PathPen


class _PathPen:
    """Drawing into a reportlab path, scaled and moved to the glyph's place (mixed into a fontTools pen)."""

    def __init__(self, glyphs: Any, path: Any, scale: float, x: float, y: float) -> None:
        super().__init__(glyphs)  # type: ignore[call-arg]  # BasePen.__init__, after this mixin
        self.path, self.scale, self.x, self.y = path, scale, x, y

    def _at(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def _moveTo(self, pt: tuple[float, float]) -> None:
        self.path.moveTo(*self._at(pt))

    def _lineTo(self, pt: tuple[float, float]) -> None:
        self.path.lineTo(*self._at(pt))

    def _curveToOne(self, pt1: tuple[float, float], pt2: tuple[float, float], pt3: tuple[float, float]) -> None:
        self.path.curveTo(*self._at(pt1), *self._at(pt2), *self._at(pt3))

    def _closePath(self) -> None:
        self.path.close()


def draw_outlined(canv: Canvas, chain: FontChain, text: str, x: float, y: float, size: float, colour: Color,
                  bold: bool = True, anchor: str = "middle") -> None:
    """Fill ``text``'s glyph outlines at baseline (x, y); ``anchor`` is start, middle or end."""
    shift = {"end": 1.0, "middle": 0.5}.get(anchor, 0.0)
    left = x - shift * chain.width(text, size, bold)
    path, pen = canv.beginPath(), _pen_class()
    for name, chunk in chain.string_runs(text, bold):
        font = _font(str(pdfmetrics.getFont(name).face.filename))
        glyphs, cmap, scale = font.getGlyphSet(), font.getBestCmap(), size / font["head"].unitsPerEm
        for char in chunk:
            glyph = cmap.get(ord(char))
            if glyph is None:
                continue
            glyphs[glyph].draw(pen(glyphs, path, scale, left, y))
            left += glyphs[glyph].width * scale
    canv.setFillColor(colour)
    canv.drawPath(path, stroke=0, fill=1, fillMode=1)  # non-zero winding: TrueType contours
