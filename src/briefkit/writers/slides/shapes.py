"""Small vector decorations (panels, rules, dots) as flowables a piece can hold."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph

from briefkit.writers.slides.fit import Piece
from briefkit.writers.slides.geometry import Box


def panel(box: Box, fill: Color, stroke: Color | None = None) -> Piece:
    """A filled rectangle behind other pieces."""
    drawing = Drawing(box.width, box.height)
    drawing.add(Rect(0, 0, box.width, box.height, fillColor=fill, strokeColor=stroke,
                     strokeWidth=0.75 if stroke else 0))
    return Piece(box, [drawing], text=False, decor=True)


def bar(box: Box, fill: Color) -> Piece:
    """A solid bar (accent rules, tile edges)."""
    return panel(box, fill)


def vline(x: float, y0: float, y1: float, colour: Color, width: float = 0.75) -> Piece:
    """A vertical rule from ``y0`` to ``y1``."""
    drawing = Drawing(max(width, 1.0), y1 - y0)
    drawing.add(Line(width / 2, 0, width / 2, y1 - y0, strokeColor=colour, strokeWidth=width))
    return Piece(Box(x - width / 2, y0, max(width, 1.0), y1 - y0), [drawing], text=False, decor=True)


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


def dot(x: float, y: float, r: float, colour: Color) -> Piece:
    """A filled circle centred on (x, y)."""
    drawing = Drawing(2 * r, 2 * r)
    drawing.add(Circle(r, r, r, fillColor=colour, strokeColor=None))
    return Piece(Box(x - r, y - r, 2 * r, 2 * r), [drawing], text=False, decor=True)
