"""Bold for fonts that have none (Droid Sans Fallback): the glyphs filled and stroked in their own colour.

A CJK heading set in the fallback font would look no bolder than body text.
:mod:`briefkit.fonts` registers such a face's bold under a second name
(:data:`briefkit.fonts.FAUX_BOLD` holds those names); text objects made by
:class:`FauxBoldCanvas` draw runs in one of them with text render mode 2
(fill, then stroke) and a hairline of the fill colour, which thickens every
stroke the way word processors' synthetic bold does.  The text stays one copy
of each character, so extraction, search and screen readers are unaffected.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import toColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from briefkit.fonts import FAUX_BOLD

WEIGHT = 0.035
"""Stroke width as a share of the font size (about what Word adds for a synthetic bold)."""


def _rgb(color: Any, operator: str) -> str:
    red, green, blue = toColor(color).rgb()
    return f"{red:.4g} {green:.4g} {blue:.4g} {operator}"


class FauxBoldText(PDFTextObject):  # type: ignore[misc]  # reportlab is untyped
    """A text object that strokes runs in a :data:`FAUX_BOLD` font, and leaves the canvas state as it found it."""

    def __init__(self, canvas: Any, *args: Any, **kwargs: Any) -> None:
        self._faux = False
        self._fill = canvas._fillColorObj
        super().__init__(canvas, *args, **kwargs)

    def _setFont(self, psfontname: str, size: float) -> None:  # reportlab's names
        super()._setFont(psfontname, size)
        bold = psfontname in FAUX_BOLD
        if bold:
            self._code.append(f"{_rgb(self._fill, 'RG')} {WEIGHT * size:.3f} w 2 Tr")
        elif self._faux:
            self._restore()
        self._faux = bold

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:  # reportlab's names
        super().setFillColor(aColor, alpha)
        self._fill = aColor
        if self._faux:
            self._code.append(_rgb(aColor, "RG"))

    def _restore(self) -> None:
        canvas = self._canvas
        self._code.append(f"0 Tr {_rgb(canvas._strokeColorObj, 'RG')} {canvas._lineWidth} w")

    def getCode(self) -> str:  # reportlab's names
        """The text object's operators, with the canvas's stroke state restored if a bold run was last."""
        if self._faux:
            self._restore()
            self._faux = False
        code: str = super().getCode()
        return code


class FauxBoldCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas whose text objects embolden :data:`FAUX_BOLD` fonts."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> FauxBoldText:  # reportlab's names
        """A fresh :class:`FauxBoldText` at (x, y)."""
        return FauxBoldText(self, x, y, direction=direction)
