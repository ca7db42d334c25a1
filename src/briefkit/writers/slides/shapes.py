"""Small vector decorations (panels, rules, dots) as flowables a piece can hold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph

from briefkit.writers.slides.fit import Piece
from briefkit.writers.slides.geometry import Box


class Fill(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A filled rectangle or circle drawn straight on the canvas.

    Not a reportlab Drawing: a drawing's renderer selects Helvetica first,
    which would put an unembedded font into the PDF.
    """

    def __init__(self, width: float, height: float, colour: Color, round_: bool = False) -> None:
        super().__init__()
        self.width, self.height, self.colour, self.round = width, height, colour, round_

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Its own fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Paint the shape."""
        self.canv.setFillColor(self.colour)
        if self.round:
            self.canv.circle(self.width / 2, self.height / 2, self.width / 2, stroke=0, fill=1)
        else:
            self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)


def panel(box: Box, fill: Color) -> Piece:
    """A filled rectangle behind other pieces."""
    return Piece(box, [Fill(box.width, box.height, fill)], text=False, decor=True)


def bar(box: Box, fill: Color) -> Piece:
    """A solid bar (accent rules, tile edges)."""
    return panel(box, fill)


def dot(x: float, y: float, r: float, colour: Color) -> Piece:
    """A filled circle centred on (x, y)."""
    return Piece(Box(x - r, y - r, 2 * r, 2 * r), [Fill(2 * r, 2 * r, colour, True)], text=False, decor=True)


class TimelineRow(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One event: the date in a right-aligned column, a dot on the line, the text.

    The row draws its own stretch of the vertical line, so a timeline split
    over several slides keeps its line on each.
    """

    def __init__(self, date: Paragraph | None, text: Paragraph, date_width: float, gutter: float,
                 line: Color, dot: Color, gap: float, first: bool, dot_size: float) -> None:
        super().__init__()
        self.date, self.text = date, text
        self.date_width, self.gutter, self.gap = date_width, gutter, gap
        self.line, self.dot, self.first, self.dot_size = line, dot, first, dot_size
        self._heights = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Height of the taller column plus the gap below."""
        date_h = self.date.wrap(self.date_width, avail_height)[1] if self.date else 0.0
        text_h = self.text.wrap(avail_width - self.date_width - self.gutter, avail_height)[1]
        self._heights = (date_h, text_h)
        self.width, self.height = avail_width, max(date_h, text_h) + self.gap
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Split the event text between lines; the date stays with the first part."""
        text_width = avail_width - self.date_width - self.gutter
        self.text.wrap(text_width, avail_height)
        parts = self.text.split(text_width, avail_height - self.gap)
        if len(parts) < 2:
            return []
        args = (self.date_width, self.gutter, self.line, self.dot, self.gap)
        head = TimelineRow(self.date, parts[0], *args, self.first, self.dot_size)
        tail = [TimelineRow(None, p, *args, True, self.dot_size) for p in parts[1:]]
        return [head, *tail]

    def draw(self) -> None:
        """Draw date, line, dot and text (origin at the row's bottom left)."""
        canvas = self.canv
        date_h, text_h = self._heights
        x_line = self.date_width + self.gutter / 2
        top = self.height
        first_line = self.text.style.leading
        canvas.saveState()
        canvas.setStrokeColor(self.line)
        canvas.setLineWidth(1.5)
        canvas.line(x_line, 0, x_line, top if not self.first else top - first_line / 2)
        if self.date is not None:
            canvas.setFillColor(self.dot)
            canvas.circle(x_line, top - first_line * 0.55, self.dot_size, stroke=0, fill=1)
        canvas.restoreState()
        if self.date is not None:
            self.date.drawOn(canvas, 0, top - date_h)
        self.text.drawOn(canvas, self.date_width + self.gutter, top - text_h)



class LaterDrawing(Drawing):  # type: ignore[misc]  # reportlab is untyped
    """A drawing of a known size whose shapes are made when it is first drawn.

    A chart's box is decided by the plan, never by its shapes (charts are not
    measured), so the shapes wait until a writer draws them: the PDF deck
    draws them, the PowerPoint deck draws the chart natively from the same
    plan and never needs them.
    """

    def __init__(self, make: Callable[[], Drawing], width: float, height: float) -> None:
        super().__init__(width, height)
        self.__dict__["_make"] = make  # past reportlab's attribute checks, as the made drawing's state is

    def made(self) -> Drawing:
        """This drawing with its shapes (made on the first call)."""
        make = self.__dict__.pop("_make", None)
        if make is not None:
            self.__dict__.update(make().__dict__)
        return self

    def draw(self, *args: Any, **kwargs: Any) -> None:
        """Draw the shapes (made first)."""
        self.made()
        super().draw(*args, **kwargs)
