"""Text objects for the reportlab writers: bold for fonts that have none, and the language of each run.

**Faux bold.**  A CJK heading set in Droid Sans Fallback (which has no bold)
would look no bolder than body text.  :mod:`briefkit.fonts` registers such a
face's bold under a second name (:data:`briefkit.fonts.FAUX_BOLD`); a
:class:`RunText` draws runs in one of those names with text render mode 2
(fill, then stroke) and a hairline in the fill colour, which thickens every
stroke the way word processors' synthetic bold does.  The text stays one copy
of each character, so extraction, search and screen readers are unaffected,
and the canvas's stroke colour and width are restored before the text object
ends.

**Language of runs.**  On a canvas that knows the document's language
(:attr:`TextCanvas.language`, set by the tagged canvases), a run in another
language — Chinese quoted in an English brief, English words in a Chinese
one — is drawn inside a ``/Span <</Lang (zh)>> BDC … EMC`` marked-content
sequence, the PDF way of telling a screen reader to switch voice.  Runs are
already split by font (the fallback chain), so one run holds one script.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.colors import toColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from briefkit.cjk import has_cjk, script_language
from briefkit.fonts import FAUX_BOLD

WEIGHT = 0.035
"""Stroke width as a share of the font size (about what Word adds for a synthetic bold)."""

_LATIN = re.compile("[A-Za-z]")
CJK_LANGUAGES = ("zh", "ja", "ko")


def run_language(text: str, document: str) -> str | None:
    """The language of ``text`` when it differs from the ``document``'s, else None.

    Ideographs in a non-CJK document are Chinese (Japanese with kana, Korean
    with hangul); Latin letters in a CJK document are taken as English.
    Digits and punctuation belong to every language and are never marked.
    """
    if document.split("-")[0].lower() in CJK_LANGUAGES:
        return "en" if _LATIN.search(text) and not has_cjk(text) else None
    return script_language(text) if has_cjk(text) else None


def _rgb(color: Any, operator: str) -> str:
    red, green, blue = toColor(color).rgb()
    return f"{red:.4g} {green:.4g} {blue:.4g} {operator}"


class RunText(PDFTextObject):  # type: ignore[misc]  # reportlab is untyped
    """A text object that emboldens :data:`FAUX_BOLD` fonts and marks runs in another language."""

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

    def _textOut(self, text: str, TStar: int = 0) -> None:  # reportlab's names
        document = getattr(self._canvas, "language", None)
        lang = run_language(text, document) if document and text else None
        if lang is None:
            super()._textOut(text, TStar)
            return
        self._code.append(f"/Span <</Lang ({lang})>> BDC")
        super()._textOut(text, 0)
        self._code.append("EMC T*" if TStar else "EMC")

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


class TextCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas whose text objects are :class:`RunText`."""

    language: str | None = None
    """The document's language tag; runs in another language are marked (None: not marked)."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> RunText:  # reportlab's names
        """A fresh :class:`RunText` at (x, y)."""
        return RunText(self, x, y, direction=direction)
