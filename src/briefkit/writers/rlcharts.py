"""Vector charts with reportlab.graphics, from a :class:`~briefkit.document.nodes.Chart`.

Three kinds, drawn from plain shapes so labels can wrap, use the font
fallback chain and never leave the drawing's box:

* ``column``: vertical bars, value above each bar, category below;
* ``bar``: horizontal bars, category on the left, value at the bar's end;
* ``share``: a 0–100 track per point with the filled share (percentages).

reportlab's own chart classes cannot wrap category labels or split text by
script, which is why the bars are laid out here.  Every writer that draws a
chart (slides, PDF note) calls :func:`chart_drawing`.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor

from briefkit.document.charts import UNIT_CAPTION, unit_caption, value_text
from briefkit.document.nodes import Chart, ChartPoint
from briefkit.fonts import FontChain
from briefkit.theme import Theme

_GAP = 0.35
"""Space between bars as a share of the bar pitch."""


class Widths:
    """Text widths for one drawing, each measured once.

    Label fitting wraps the same text at many trial widths and sizes (see
    :func:`balanced`), so the same prefixes are measured over and over.
    """

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self._known: dict[tuple[str, float, bool], float] = {}

    def __call__(self, text: str, size: float, bold: bool = False) -> float:
        """The width of ``text`` in points, as :meth:`FontChain.width` measures it."""
        key = (text, size, bold)
        width = self._known.get(key)
        if width is None:
            width = self._known[key] = self.chain.width(text, size, bold)
        return width


def wrap_text(chain: FontChain | Widths, text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap measured with the font chain; a token wider than ``width`` breaks by character."""
    measure = chain if isinstance(chain, Widths) else chain.width
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and measure(current + char, size, bold) > width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines or [""]


def text_group(chain: FontChain | Widths, text: str, x: float, y: float, size: float, color: Color,
               anchor: str = "start", bold: bool = False) -> Group:
    """One line of text as String shapes, one per font run (so CJK gets its own face)."""
    measure = chain if isinstance(chain, Widths) else Widths(chain)
    total = measure(text, size, bold)
    left = {"start": x, "middle": x - total / 2, "end": x - total}[anchor]
    group = Group()
    for font, chunk in measure.chain.string_runs(text, bold):
        group.add(String(left, y, chunk, fontName=font, fontSize=size, fillColor=color))
        left += measure(chunk, size, bold)
    return group


class _Style:
    """Colours and type sizes derived from the theme and the drawing's size."""

    def __init__(self, theme: Theme, chain: FontChain, width: float, height: float) -> None:
        self.chain = chain
        self.widths = Widths(chain)
        self.size = max(7.0, min(18.0, min(width / 40, height / 14)))
        self.text = HexColor(theme.colors.text)
        self.muted = HexColor(theme.colors.muted)
        self.rule = HexColor(theme.colors.rule)
        self.track = HexColor(theme.colors.light)
        self.palette = [HexColor(c) for c in theme.colors.palette]
        self.accent = HexColor(theme.colors.accent)

    def colour(self, chart: Chart, point: ChartPoint) -> Color:
        """One series, one colour: the palette's first; the chart's ``emphasis`` point in the accent colour."""
        return self.accent if chart.emphasis and point.label == chart.emphasis else self.palette[0]

    def lines(self, group: Group, lines: list[str], x: float, top: float, size: float,
              anchor: str = "start", bold: bool = False, color: Color | None = None) -> float:
        """Draw wrapped lines downward from ``top``; return the y below the last line."""
        y = top - size
        for line in lines:
            group.add(text_group(self.widths, line, x, y, size, color or self.text, anchor, bold))
            y -= size * 1.2
        return y + size * 1.2 - size * 0.3


def _fit_lines(style: _Style, text: str, width: float, max_lines: int, bold: bool = False) -> tuple[list[str], float]:
    """Wrap ``text`` into at most ``max_lines`` lines, shrinking to 70 % of the base size if needed."""
    size = style.size
    floor = style.size * 0.7
    while True:
        lines = wrap_text(style.widths, text, size, width, bold)
        if len(lines) <= max_lines or size <= floor:
            return balanced(style.widths, text, size, width, len(lines), bold), size
        size = max(floor, size - 0.5)


def balanced(chain: FontChain | Widths, text: str, size: float, width: float, count: int,
             bold: bool = False) -> list[str]:
    """Wrap into ``count`` lines of even length (no lone last word), still within ``width``."""
    low, high = width / 2, width
    for _ in range(8):  # bisect the narrowest width that still needs no more lines
        mid = (low + high) / 2
        if len(wrap_text(chain, text, size, mid, bold)) <= count:
            high = mid
        else:
            low = mid
    return wrap_text(chain, text, size, high, bold)


def _caption(style: _Style, drawing: Drawing, chart: Chart, width: float, pattern: str) -> float:
    """Draw the unit caption at the top; return the height it takes."""
    caption = unit_caption(chart, pattern)
    if not caption:
        return 0.0
    small = style.size * 0.85
    group = Group()
    lines = wrap_text(style.widths, caption, small, width)
    style.lines(group, lines, 0, drawing.height, small, color=style.muted)
    drawing.add(group)
    return len(lines) * small * 1.2 + small * 0.6


def _column(style: _Style, drawing: Drawing, chart: Chart, top: float) -> None:
    """Vertical bars; labels below, values above."""
    count = len(chart.points)
    pitch = drawing.width / count
    bar = pitch * (1 - _GAP)
    label_lines = [_fit_lines(style, p.label, pitch * 0.94, 3) for p in chart.points]
    label_height = max(len(lines) * size * 1.2 for lines, size in label_lines) + style.size * 0.5
    value_height = style.size * 1.15 * 1.5
    base = label_height
    plot = max(1.0, top - base - value_height)
    peak = max((p.value for p in chart.points), default=0) or 1.0
    group = Group()
    group.add(Line(0, base, drawing.width, base, strokeColor=style.rule, strokeWidth=1))
    for i, point in enumerate(chart.points):
        centre = pitch * (i + 0.5)
        height = max(0.0, point.value) / peak * plot
        group.add(Rect(centre - bar / 2, base, bar, height, fillColor=style.colour(chart, point), strokeColor=None))
        vsize = min(style.size * 1.15, _shrink_to(style, value_text(chart, point), pitch * 0.98, style.size * 1.15))
        group.add(text_group(style.widths, value_text(chart, point), centre, base + height + vsize * 0.45,
                             vsize, style.text, "middle", bold=True))
        lines, size = label_lines[i]
        style.lines(group, lines, centre, base - style.size * 0.35, size, "middle", color=style.muted)
    drawing.add(group)


def _shrink_to(style: _Style, text: str, width: float, size: float) -> float:
    """The largest size ≤ ``size`` at which ``text`` fits ``width`` on one line."""
    measured = style.widths(text, size, True)
    return size if measured <= width else max(1.0, size * width / measured)


def _rows(style: _Style, drawing: Drawing, chart: Chart, top: float, share: bool) -> None:
    """Horizontal bars (``bar``) or 0–100 tracks (``share``), one row per point."""
    width = drawing.width
    label_width = width * 0.38
    value_width = max(style.widths(value_text(chart, p), style.size * 1.1, True) for p in chart.points)
    value_width = min(value_width + style.size * 0.6, width * 0.2)
    plot = max(1.0, width - label_width - value_width - style.size)
    pitch = top / len(chart.points)
    bar = min(pitch * (1 - _GAP), style.size * 2.2)
    peak = 100.0 if share else (max((p.value for p in chart.points), default=0) or 1.0)
    group = Group()
    x0 = label_width + style.size * 0.5
    for i, point in enumerate(chart.points):
        centre = top - pitch * (i + 0.5)
        lines, size = _fit_lines(style, point.label, label_width, max(1, int(pitch // (style.size * 1.2))))
        block = len(lines) * size * 1.2
        style.lines(group, lines, label_width, centre + block / 2 + size * 0.05, size, "end")
        if share:
            group.add(Rect(x0, centre - bar / 2, plot, bar, fillColor=style.track, strokeColor=None))
        length = max(0.0, min(point.value, peak)) / peak * plot
        group.add(Rect(x0, centre - bar / 2, length, bar, fillColor=style.colour(chart, point), strokeColor=None))
        text = value_text(chart, point)
        vsize = _shrink_to(style, text, value_width, style.size * 1.1)
        end = x0 + (plot if share else length) + style.size * 0.4
        group.add(text_group(style.widths, text, end, centre - vsize * 0.35, vsize, style.text, bold=True))
    drawing.add(group)


def chart_drawing(chart: Chart, theme: Theme, chain: FontChain, width: float, height: float,
                  unit_pattern: str = UNIT_CAPTION) -> Drawing:
    """A vector drawing of ``chart`` that fits ``width`` × ``height`` points exactly.

    ``unit_pattern`` words the unit caption (the label catalogue's ``unit_caption``).

    Bars take the palette's first colour (the emphasised one the accent); values carry the chart's unit;
    the chart's title is left to the caller (it usually becomes a heading).
    """
    drawing = Drawing(width, height)
    # The renderer starts from the drawing's font; reportlab's default would add an unembedded Helvetica.
    drawing.initialFontName = chain.body.regular
    style = _Style(theme, chain, width, height)
    if not chart.points:
        return drawing
    top = height - _caption(style, drawing, chart, width, unit_pattern)
    if chart.kind == "column":
        _column(style, drawing, chart, top)
    else:
        _rows(style, drawing, chart, top, share=chart.kind == "share")
    return drawing
