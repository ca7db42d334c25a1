"""Charts as inline SVG for the HTML writer.

Every chart kind is drawn as horizontal bars with the category written above
its bar: SVG text cannot wrap, and a label on its own line never collides
with the bar or leaves the picture, whatever its length.  ``share`` charts
draw each bar on a 0–100 track.  The SVG carries the chart's text
alternative as ``<title>`` and ``aria-label``.
"""

from __future__ import annotations

from html import escape

from briefkit.document.charts import value_text
from briefkit.document.nodes import Chart, ChartPoint
from briefkit.theme import Theme

_WIDTH = 640
_ROW = 46
_BAR = 18
_LABEL = 14


def _row(chart: Chart, point: ChartPoint, index: int, peak: float, theme: Theme, plot: float) -> str:
    y = index * _ROW
    # One series, one colour; the emphasised point in the accent colour.
    colour = theme.colors.accent if chart.emphasis and point.label == chart.emphasis else theme.colors.palette[0]
    length = max(0.0, min(point.value, peak)) / peak * plot if peak else 0.0
    parts = [f'<text x="0" y="{y + _LABEL}" class="chart-label">{escape(point.label)}</text>']
    if chart.kind == "share":
        parts.append(f'<rect x="0" y="{y + 20}" width="{plot:.1f}" height="{_BAR}" fill="{theme.colors.light}"/>')
    parts.append(f'<rect x="0" y="{y + 20}" width="{length:.1f}" height="{_BAR}" fill="{colour}"/>')
    end = (plot if chart.kind == "share" else length) + 8
    parts.append(f'<text x="{end:.1f}" y="{y + 20 + _BAR - 4}" class="chart-value">'
                 f"{escape(value_text(chart, point))}</text>")
    return "".join(parts)


def chart_svg(chart: Chart, theme: Theme, ident: str) -> str:
    """An accessible inline SVG of ``chart``; ``ident`` makes its title id unique in the page."""
    values = [value_text(chart, p) for p in chart.points]
    room = 16 + 8 * max((len(v) for v in values), default=0)
    plot = max(120.0, _WIDTH - room)
    peak = 100.0 if chart.kind == "share" else max((p.value for p in chart.points), default=0.0)
    height = max(_ROW, _ROW * len(chart.points))
    rows = "".join(_row(chart, p, i, peak, theme, plot) for i, p in enumerate(chart.points))
    style = (f".chart-label{{font-size:13px;fill:{theme.colors.text}}}"
             f".chart-value{{font-size:13px;font-weight:700;fill:{theme.colors.text}}}")
    return (f'<svg viewBox="0 0 {_WIDTH} {height}" role="img" '
            f'aria-labelledby="{ident}" font-family="inherit">'
            f'<title id="{ident}">{escape(chart.alt)}</title><style>{style}</style>{rows}</svg>')
