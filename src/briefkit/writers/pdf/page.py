"""Page furniture and the document template: header, footer, outline, metadata.

"Page X of Y" needs the page count before the pages are drawn, so the writer
builds twice (the first pass only counts); reportlab's deferred-canvas trick
would break bookmarks, which must point at the page being drawn.
"""

from __future__ import annotations

import calendar
import copy
import io
import time
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefkit.errors import WriterError
from briefkit.fonts import FontChain
from briefkit.labels import Labels
from briefkit.writers.front_matter import Identity
from briefkit.writers.pdf.styles import Styles, margin, page_size
from briefkit.writers.rloutline import draw_outlined, faint
from briefkit.writers.rlpara import Para
from briefkit.writers.rltagging import Elem, MeasuringCanvas, TaggingCanvas, as_artifact


class HeadingParagraph(Para):
    """A heading: a paragraph that also becomes an entry of the PDF outline."""

    def __init__(self, markup: str, style: Any, outline_text: str, outline_level: int,
                 reference: bool = False) -> None:
        super().__init__(markup, style)
        self.outline_text = outline_text
        self.outline_level = outline_level
        self.reference = reference
        """Whether it opens the reference matter (the note's Sources), kept with the content above it."""


@dataclass(frozen=True)
class Furniture:
    """What the header and footer say: the brief's own identity, marking and draft state."""

    who: Identity
    running_title: str
    total_pages: int
    labels: Labels


def draw_text(canv: Canvas, chain: FontChain, text: str, x: float, y: float, size: float,
              color: Color, bold: bool = False, anchor: str = "start") -> None:
    """Draw one line with font fallback runs; ``anchor`` is start, middle or end."""
    shift = {"end": 1.0, "middle": 0.5}.get(anchor, 0.0)
    left = x - shift * chain.width(text, size, bold)
    canv.setFillColor(color)
    for font, chunk in chain.string_runs(text, bold):
        canv.setFont(font, size)
        canv.drawString(left, y, chunk)
        left += chain.width(chunk, size, bold)


def clip(chain: FontChain, text: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width``."""
    if chain.width(text, size) <= width:
        return text
    while text and chain.width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Decorator:
    """Draws the header and footer on every page."""

    def __init__(self, styles: Styles, furniture: Furniture) -> None:
        self.styles = styles
        self.furniture = furniture
        self.width, self.height = page_size(styles.theme)
        self.margin = margin(styles.theme)

    def __call__(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if getattr(canv, "measuring", False):
            return  # the furniture sits in the margins: it never moves the body, so a page count skips it
        with as_artifact(canv):  # header and footer: skipped by screen readers
            canv.saveState()
            if self.furniture.who.draft:
                self._watermark(canv)
            self._header(canv, canv.getPageNumber())
            self._footer(canv, canv.getPageNumber())
            canv.restoreState()

    def _watermark(self, canv: Canvas) -> None:
        """A large, faint diagonal DRAFT behind the text: nobody mistakes the page for a reviewed brief."""
        canv.saveState()
        pale = faint(self.styles.colors.accent, HexColor(self.styles.theme.colors.background), 0.07)
        canv.translate(self.width / 2, self.height / 2)
        canv.rotate(50)
        text = self.furniture.who.draft
        size = min(150.0, 0.9 * self.height / max(1.0, self.styles.chain.width(text, 1, True)))
        draw_outlined(canv, self.styles.chain, text, 0, -size / 3, size, pale)
        canv.restoreState()

    def _header(self, canv: Canvas, page: int) -> None:
        s, chain, f = self.styles, self.styles.chain, self.furniture
        size = s.theme.sizes.small
        y = self.height - self.margin + size * 1.2
        label = " · ".join(p for p in (f.who.draft, f.who.label.upper()) if p)
        draw_text(canv, chain, label, self.margin, y, size, s.colors.accent, bold=True)
        used = chain.width(label, size, True)
        if f.who.marking:
            self._marking(canv, y + size * 1.5)
        if page == 1 and s.theme.logo is not None:
            self._logo(canv, y)
        if page > 1 and f.running_title and f.running_title.lower() != f.who.label.lower():
            room = self.width - 2 * self.margin - used - 24
            draw_text(canv, chain, clip(chain, f.running_title, size, room), self.width - self.margin, y,
                      size, s.colors.muted, anchor="end")

    def _marking(self, canv: Canvas, y: float) -> None:
        """The handling marking, centred and bold, as the first and last line of every page."""
        s, chain, text = self.styles, self.styles.chain, self.furniture.who.marking
        size = s.theme.sizes.small + 0.5
        room = self.width - 2 * self.margin
        draw_text(canv, chain, clip(chain, text, size, room), self.width / 2, y, size, s.colors.text,
                  bold=True, anchor="middle")

    def _logo(self, canv: Canvas, baseline: float) -> None:
        """The theme's logo at the top right of the first page, in the margin band."""
        height = min(self.margin * 0.5, 12 * mm)
        try:
            canv.drawImage(ImageReader(str(self.styles.theme.logo)), self.width - self.margin - 4 * height,
                           baseline - 2, 4 * height, height, mask="auto", preserveAspectRatio=True, anchor="se")
        except OSError as exc:
            raise WriterError(f"{self.styles.theme.logo}: cannot use this logo: {exc}") from None

    def _footer(self, canv: Canvas, page: int) -> None:
        s, chain, f = self.styles, self.styles.chain, self.furniture
        size = s.theme.sizes.small - 0.5
        y = self.margin - size * 2.6
        canv.setStrokeColor(s.colors.rule)
        canv.setLineWidth(0.5)
        canv.line(self.margin, y + size * 1.4, self.width - self.margin, y + size * 1.4)
        number = f.labels.get("page_of", page=page, total=max(f.total_pages, page))
        draw_text(canv, chain, number, self.width - self.margin, y, size, s.colors.muted, anchor="end")
        room = self.width - 2 * self.margin - chain.width(number, size) - 24
        draw_text(canv, chain, clip(chain, f.who.footer, size, room), self.margin, y, size, s.colors.muted)
        if f.who.marking:
            self._marking(canv, y - size * 1.9)


def dated_canvas(when: time.struct_time, root: Elem, pdfa: bool = False, measure: bool = False) -> Any:
    """A tagging canvas factory for the tree ``root``, stamping ``when`` (not the clock) as its dates.

    With ``measure`` the canvas only counts pages (:class:`MeasuringCanvas`).
    """

    def make(*args: Any, **kwargs: Any) -> Canvas:
        canv = (MeasuringCanvas if measure else TaggingCanvas)(*args, **kwargs)
        canv.root = root
        canv.pdfa = pdfa
        stamp = canv._doc._timeStamp
        stamp.t, stamp.lt, stamp.YMDhms = calendar.timegm(when), when, tuple(when)[:6]
        stamp.dhh = stamp.dmm = 0
        return canv

    return make


_ATOMIC = (int, float, str, bool, type(None))
"""Values :func:`copy.deepcopy` returns as they are."""


class BodyFrame(Frame):  # type: ignore[misc]  # reportlab is untyped
    """The page's frame, deep-copied without :mod:`copy`'s generic walk.

    reportlab deep-copies the current frame each time it measures a kept-together
    group (``_listWrapOn``): a heading with its first paragraph, a chart with its
    caption, the Sources with the block above.  A frame holds numbers and a list
    of backgrounds; copying those directly gives what ``copy.deepcopy``'s reduce
    protocol gives (a new object, its ``__dict__``'s values deep-copied), with
    none of its per-value dispatch.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> BodyFrame:
        clone: BodyFrame = object.__new__(type(self))
        memo[id(self)] = clone
        clone.__dict__.update({key: value if type(value) in _ATOMIC else copy.deepcopy(value, memo)
                               for key, value in self.__dict__.items()})
        return clone


class PagesOver(Exception):
    """A measuring layout reached a page past its limit (see :class:`DocTemplate`)."""


class DocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """One portrait frame inside the theme's margins; headings feed the outline.

    With ``page_limit`` (a page count, not a render) nothing is drawn or saved
    and the layout stops with :class:`PagesOver` as soon as a page past the
    limit begins: a budget check needs to know "over", not by how much.
    """

    def __init__(self, buffer: io.BytesIO, styles: Styles, decorator: Decorator, when: time.struct_time,
                 root: Elem, pdfa: bool = False, page_limit: int = 0, **meta: Any) -> None:
        width, height = page_size(styles.theme)
        edge = margin(styles.theme)
        super().__init__(buffer, pagesize=(width, height), leftMargin=edge, rightMargin=edge,
                         topMargin=edge, bottomMargin=edge, invariant=1, pageCompression=1,
                         initialFontName=styles.font, displayDocTitle=1, **meta)
        frame = BodyFrame(edge, edge, width - 2 * edge, height - 2 * edge, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=decorator)])
        self._outline_level = -1
        self._outline_count = 0
        self._canvasmaker = dated_canvas(when, root, pdfa, measure=page_limit > 0)
        self._page_limit = page_limit
        self._doSave = 0 if page_limit else 1  # reportlab's own switch: a count writes no PDF

    def build(self, flowables: list[Flowable]) -> None:
        """Lay out ``flowables`` on a canvas dated from the content."""
        super().build(flowables, canvasmaker=self._canvasmaker)

    def handle_pageBegin(self) -> None:  # reportlab's name
        """Start a page; a measuring layout stops at the first page past its limit."""
        if self._page_limit and self.page >= self._page_limit:
            raise PagesOver
        super().handle_pageBegin()

    def last_fill(self) -> float:
        """How much of the current (after a build: the last) page's frame the content fills, 0 to 1."""
        frame = getattr(self, "frame", None)
        if frame is None or not frame._height:
            return 1.0
        return float(min(1.0, max(0.0, (frame._y1 + frame._height - frame._y) / frame._height)))

    def afterFlowable(self, flowable: Flowable) -> None:
        """Bookmark headings; outline levels may deepen one step at a time only."""
        if not isinstance(flowable, HeadingParagraph):
            return
        level = min(flowable.outline_level, self._outline_level + 1)
        self._outline_level = level
        self._outline_count += 1
        key = f"h{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level=level, closed=False)
        self.canv.showOutline()
