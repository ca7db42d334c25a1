"""Native PowerPoint charts: the content's figures as series, their workbook embedded ("Edit Data").

python-pptx writes the chart part and, through XlsxWriter, the embedded
workbook PowerPoint edits; the workbook's dates are fixed here (XlsxWriter
would stamp the clock) so rebuilds stay byte-identical.  Values are shown
as data labels in the same words as the PDF: a number format where it
renders the figure's own text, the figure's text itself where it cannot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_TICK_MARK
from pptx.util import Emu, Pt
from xlsxwriter import Workbook

from briefkit.document import nodes as n
from briefkit.document.charts import value_text

_CREATED = dt.datetime(2000, 1, 1)
"""The embedded workbook's creation date: fixed, like the Word charts' sheets."""


class _FixedDateWriter(CategoryWorkbookWriter):
    """python-pptx's workbook writer with the workbook's dates fixed."""

    @contextmanager
    def _open_worksheet(self, xlsx_file: Any) -> Iterator[tuple[Any, Any]]:
        workbook = Workbook(xlsx_file, {"in_memory": True})
        workbook.set_properties({"created": _CREATED})
        worksheet = workbook.add_worksheet()
        yield workbook, worksheet
        workbook.close()


class ChartData(CategoryChartData):
    """Category chart data whose embedded workbook is byte-identical across builds."""

    @property
    def _workbook_writer(self) -> CategoryWorkbookWriter:
        writer: CategoryWorkbookWriter | None = self.__dict__.get("_fixed_writer")
        if writer is None:
            make: Any = _FixedDateWriter  # python-pptx leaves its constructors untyped
            writer = self.__dict__["_fixed_writer"] = make(self)
        return writer


def _number_format(chart: n.Chart) -> tuple[str, Any]:
    """The data labels' number format and how it renders a value (to compare with the PDF's text)."""
    percent = chart.unit in ("%", "percent")
    suffix = '"%"' if percent else ""
    if all(float(p.value).is_integer() for p in chart.points):
        return "#,##0" + suffix, lambda v: f"{v:,.0f}" + ("%" if percent else "")

    def decimals(v: float) -> str:
        text = f"{v:,.2f}"
        return (text[:-1] if text.endswith("0") else text) + ("%" if percent else "")
    return "#,##0.0#" + suffix, decimals


def series_name(chart: n.Chart) -> str:
    """The series name: the chart's title, else its unit, else 'Values' (the sheet's column head)."""
    return chart.title or chart.unit or "Values"


def add_chart(shapes: Any, chart: n.Chart, rect: tuple[int, int, int, int], size: float,
              colours: dict[str, str] | None) -> Any:
    """A native bar or column chart of ``chart`` in ``rect`` (EMU); text at ``size`` points."""
    make: Any = ChartData  # python-pptx leaves its constructors untyped
    data = make(number_format="General")
    data.categories = [p.label for p in chart.points]
    data.add_series(series_name(chart), [p.value for p in chart.points])
    kind = XL_CHART_TYPE.COLUMN_CLUSTERED if chart.kind == "column" else XL_CHART_TYPE.BAR_CLUSTERED
    frame = shapes.add_chart(kind, *(Emu(v) for v in rect), data)
    plot_chart = frame.chart
    plot_chart.has_legend = False
    plot_chart.has_title = False
    plot_chart.font.size = Pt(size)
    plot = plot_chart.plots[0]
    plot.vary_by_categories = True  # one theme accent per bar, as the PDF colours them
    plot.gap_width = 50
    _axes(plot_chart, chart, size, colours)
    _labels(plot, chart, size, colours)
    return frame


def _axes(plot_chart: Any, chart: n.Chart, size: float, colours: dict[str, str] | None) -> None:
    values = plot_chart.value_axis
    values.visible = False
    values.has_major_gridlines = False
    values.minimum_scale = 0
    if chart.kind == "share":
        values.maximum_scale = 100
    categories = plot_chart.category_axis
    categories.major_tick_mark = XL_TICK_MARK.NONE
    categories.tick_labels.font.size = Pt(size)
    if chart.kind != "column":
        categories.reverse_order = True  # the first figure on top, as in the PDF
    if colours:
        categories.tick_labels.font.color.rgb = _rgb(colours["muted"])
        categories.format.line.color.rgb = _rgb(colours["rule"])


def _labels(plot: Any, chart: n.Chart, size: float, colours: dict[str, str] | None) -> None:
    fmt, render = _number_format(chart)
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = fmt
    labels.number_format_is_linked = False
    labels.show_value = True
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.font.bold = True
    labels.font.size = Pt(size * 1.1)
    if colours:
        labels.font.color.rgb = _rgb(colours["text"])
    series = plot.series[0]
    for index, point in enumerate(chart.points):
        text = value_text(chart, point)
        if render(point.value) != text:
            # A figure whose own words no number format renders ("over 140", "one third").
            label = series.points[index].data_label
            label.position = XL_LABEL_POSITION.OUTSIDE_END
            frame = label.text_frame
            frame.text = text
            run = frame.paragraphs[0].runs[0]
            run.font.bold, run.font.size = True, Pt(size * 1.1)


def _rgb(value: str) -> Any:
    from pptx.dml.color import RGBColor

    make: Any = RGBColor.from_string
    return make(value.lstrip("#"))
