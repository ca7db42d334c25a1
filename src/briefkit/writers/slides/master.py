"""The master: background, title bar, footer (source, date, slide number) and logo.

:func:`draw_slide` draws one planned slide on any canvas in slide
coordinates; the deck calls it page by page and the handouts call it inside
a form, scaled, so every slide is drawn by this one function.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from briefkit.labels import Labels, english
from briefkit.writers.front_matter import Identity
from briefkit.writers.rloutline import draw_outlined, faint
from briefkit.writers.rlpara import Para
from briefkit.writers.rltagging import Elem, as_artifact
from briefkit.writers.slides.fit import Piece, draw_piece
from briefkit.writers.slides.geometry import Box, Grid
from briefkit.writers.slides.plan import Planned
from briefkit.writers.slides.tagged import draw_tagged
from briefkit.writers.slides.text import TextKit

LOGO_HEIGHT = 2.4
"""Logo height in grid units."""


@dataclass
class Master:
    """What the master needs besides the slide: the grid, the text kit, the footer line, the logo."""

    grid: Grid
    kit: TextKit
    footer: str
    total: int = 0
    logo: Path | None = None
    logo_size: tuple[float, float] = (0.0, 0.0)
    who: Identity | None = None
    """The brief's marking and draft state, printed on every slide."""
    labels: Labels = field(default_factory=english)
    _cache: dict[tuple[int, bool], list[Piece]] = field(default_factory=dict)
    _source: Piece | None = None

    def footer_boxes(self) -> tuple[Box, Box]:
        """Left (source and date) and right (slide number) footer boxes."""
        grid = self.grid
        number_width = grid.unit * 6
        height = grid.footer_line - grid.unit * 0.8
        left = Box(grid.margin, grid.unit * 0.6, grid.inner_width - number_width - grid.unit, height)
        right = Box(grid.width - grid.margin - number_width, grid.unit * 0.6, number_width, height)
        return left, right

    def marking_boxes(self) -> list[Box]:
        """Where the marking and DRAFT lines are drawn (top and bottom), for the report's frames."""
        who, grid = self.who, self.grid
        if who is None or not (who.marking or who.draft):
            return []
        top = Box(grid.margin, grid.height - grid.unit * 2.0, grid.inner_width, grid.unit * 1.4)
        return [top] + ([Box(grid.margin, 0.0, grid.inner_width, grid.unit * 1.2)] if who.marking else [])

    def footer_pieces(self, number: int, dark: bool) -> list[Piece]:
        """The footer's text, shrunk to fit one line where it can (never clipped)."""
        key = (number, dark)
        if key not in self._cache:
            right = self.footer_boxes()[1]
            colour = "#C9D3DF" if dark else "muted"
            size = self._footer_size()
            pieces = [Piece(right, [Para(self.kit.text(f"{number} / {self.total}"),
                                         self.kit.style(size, color=colour, align="right"))], "middle")]
            if not dark and self.footer:
                pieces.append(self._source_piece())
            self._cache[key] = pieces
        return self._cache[key]

    def _footer_size(self) -> float:
        return max(8.0, self.grid.unit * 0.85)

    def _source_piece(self) -> Piece:
        """The source and date, the same on every light slide: one paragraph, laid out once, drawn on each."""
        if self._source is None:
            left = self.footer_boxes()[0]
            size = self._footer_size()
            text = self.kit.text(self.footer)
            while self.kit.chain.width(self.footer, size) > left.width and size > 7:
                size -= 0.5
            self._source = Piece(left, [Para(text, self.kit.style(size, color="muted"))], "middle")
        return self._source


def _background(canvas: Canvas, master: Master, plan: Planned) -> None:
    grid, colours = master.grid, master.kit.theme.colors
    canvas.setFillColor(HexColor(colours.primary if plan.dark else colours.background))
    canvas.rect(0, 0, grid.width, grid.height, stroke=0, fill=1)
    if plan.dark:
        return
    canvas.setFillColor(HexColor(colours.primary))
    canvas.rect(0, grid.height - grid.unit * 0.5, grid.width, grid.unit * 0.5, stroke=0, fill=1)
    canvas.setStrokeColor(HexColor(colours.rule))
    canvas.setLineWidth(0.75)
    canvas.line(grid.margin, grid.footer_line, grid.width - grid.margin, grid.footer_line)


def _title(canvas: Canvas, master: Master, title: Piece, heading: Elem | None) -> None:
    draw_piece(canvas, title, (lambda _flow: canvas.marked(heading)) if heading is not None else None)
    grid = master.grid
    with furniture(canvas, heading is not None):
        canvas.setFillColor(HexColor(master.kit.theme.colors.accent))
        canvas.rect(grid.margin, title.box.y - grid.unit * 1.1, grid.unit * 4, grid.unit * 0.35, stroke=0, fill=1)


def _marking(canvas: Canvas, master: Master, plan: Planned) -> None:
    """The handling marking centred at the top and bottom of the slide; DRAFT at the top right."""
    who, grid, kit = master.who, master.grid, master.kit
    if who is None or not (who.marking or who.draft):
        return
    colours = kit.theme.colors
    size = grid.unit * 0.8
    top, bottom = grid.height - grid.unit * 1.6, grid.unit * 0.3
    canvas.setFillColor(HexColor("#FFFFFF" if plan.dark else colours.text))
    for y in (top, bottom) if who.marking else ():
        _line(canvas, kit, who.marking, grid.width / 2, y, size, "middle")
    if who.draft:
        canvas.setFillColor(HexColor(colours.accent))
        _line(canvas, kit, who.draft, grid.width - grid.margin, top, size * 1.2, "end")


WATERMARK_SHARE = 0.07
"""How strongly the diagonal DRAFT shows: this much of its colour over the backdrop."""
WATERMARK_TURN = 25.0
"""Degrees anticlockwise."""


def watermark_look(master: Master, text: str, dark: bool) -> tuple[float, str, str]:
    """The diagonal ``text``'s size, colour and backdrop on a slide (``dark``: a title or divider slide).

    One rule for every deck writer: the PDF mixes the colour into the backdrop, PowerPoint sets it
    translucent.
    """
    grid, kit, colours = master.grid, master.kit, master.kit.theme.colors
    size = min(grid.height * 0.45, 0.75 * grid.width / max(1.0, kit.chain.width(text, 1, True)))
    base, backdrop = (colours.background, colours.primary) if dark else (colours.accent, colours.background)
    return size, base, backdrop


def _watermark(canvas: Canvas, master: Master, plan: Planned) -> None:
    """A large, faint diagonal DRAFT behind the slide's content while nobody has reviewed it."""
    who, grid, kit = master.who, master.grid, master.kit
    if who is None or not who.draft:
        return
    size, base, backdrop = watermark_look(master, who.draft, plan.dark)
    canvas.saveState()
    canvas.translate(grid.width / 2, grid.height / 2)
    canvas.rotate(WATERMARK_TURN)
    draw_outlined(canvas, kit.chain, who.draft, 0, -size / 3, size,
                  faint(HexColor(base), HexColor(backdrop), WATERMARK_SHARE))
    canvas.restoreState()


def _line(canvas: Canvas, kit: TextKit, text: str, x: float, y: float, size: float, anchor: str) -> None:
    """One bold line with font fallback, anchored at its middle or end."""
    width = kit.chain.width(text, size, True)
    left = x - (width / 2 if anchor == "middle" else width)
    for font, chunk in kit.chain.string_runs(text, True):
        canvas.setFont(font, size)
        canvas.drawString(left, y, chunk)
        left += kit.chain.width(chunk, size, True)


def _logo(canvas: Canvas, master: Master) -> None:
    if master.logo is None:
        return
    width, height = master.logo_size
    grid = master.grid
    canvas.drawImage(str(master.logo), grid.width - grid.margin - width, grid.title_top - height,
                     width, height, mask="auto")


def furniture(canvas: Canvas, tagging: bool) -> AbstractContextManager[None]:
    """Backgrounds, rules, footer and logo are artifacts on a tagged slide."""
    return as_artifact(canvas) if tagging else nullcontext()


def draw_slide(canvas: Canvas, master: Master, plan: Planned, section: Elem | None = None) -> None:
    """Draw one slide: master, then the layout's pieces, then title and footer.

    With ``section`` (a ``Sect`` of a tagging canvas) the slide is tagged:
    the title first as ``H1``, then the pieces in layout order.
    """
    tagging = section is not None
    with furniture(canvas, tagging):
        _background(canvas, master, plan)
        _watermark(canvas, master, plan)
    heading = section.add("H1") if section is not None and plan.title is not None else None
    for piece in plan.pieces:
        draw_tagged(canvas, piece, section)
    if plan.title is not None:
        _title(canvas, master, plan.title, heading)
    with furniture(canvas, tagging):
        for piece in master.footer_pieces(plan.number, plan.dark):
            draw_piece(canvas, piece)
        _logo(canvas, master)
        _marking(canvas, master, plan)
