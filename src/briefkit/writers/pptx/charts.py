"""Native PowerPoint charts: the content's figures as a series, their workbook embedded ("Edit Data").

The data goes through python-pptx's chart data, whose workbook writer
(XlsxWriter) makes the sheet PowerPoint edits; its dates are fixed here (the
writer would stamp the clock), so rebuilds stay byte-identical.  The chart
part itself is written as XML — a clustered bar or column chart, one colour
series in one colour (the theme's first chart colour; the chart's ``emphasis``
bar in the accent colour, as in the PDF), values as data labels in the same words as
the PDF (a number format where one renders the figure's text, the text itself
where none can: "over 140", "one third").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from xlsxwriter import Workbook

from briefkit.document import nodes as n
from briefkit.document.charts import value_text
from briefkit.writers.pptx.shapexml import XML_HEAD, Shape, element, graphic_frame, xml_attr, xml_bytes, xml_text
from briefkit.writers.pptx.themexml import Slots, colour_xml

CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_CREATED = dt.datetime(2000, 1, 1)
"""The embedded workbook's creation date: fixed, like the Word charts' sheets."""
_NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_FLAGS = ('<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
          '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')


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


def chart_data(chart: n.Chart) -> Any:
    """The chart's figures as python-pptx chart data: labels as categories, one series of values."""
    make: Any = ChartData  # python-pptx leaves its constructors untyped
    data = make(number_format="General")
    data.categories = [p.label for p in chart.points]
    data.add_series(chart.title or chart.unit or "Values", [p.value for p in chart.points])
    return data


def number_format(chart: n.Chart) -> tuple[str, Any]:
    """The data labels' number format and how it renders a value (to compare with the PDF's text)."""
    percent = chart.unit in ("%", "percent")
    mark = "%" if percent else ""
    if all(float(p.value).is_integer() for p in chart.points):
        return "#,##0" + ('"%"' if percent else ""), lambda v: f"{v:,.0f}{mark}"

    def decimals(v: float) -> str:
        text = f"{v:,.2f}"
        return (text[:-1] if text.endswith("0") else text) + mark
    return "#,##0.0#" + ('"%"' if percent else ""), decimals


def _text_props(size: float, bold: bool, fill: str) -> str:
    props = element("a:defRPr", f' sz="{round(size * 100)}" b="{int(bold)}"', fill)
    return f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{props}</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'


def _labels(chart: n.Chart, size: float, fill: str) -> str:
    fmt, render = number_format(chart)
    bold_size = f' lang="en-US" sz="{round(size * 110)}" b="1"'
    own = []
    for index, point in enumerate(chart.points):
        text = value_text(chart, point)
        if render(point.value) != text:
            own.append(f'<c:dLbl><c:idx val="{index}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
                       f'{element("a:rPr", bold_size, fill)}<a:t>{xml_text(text)}</a:t>'
                       f'</a:r></a:p></c:rich></c:tx><c:dLblPos val="outEnd"/>{_FLAGS}</c:dLbl>')
    return (f'<c:dLbls>{"".join(own)}<c:numFmt formatCode="{xml_attr(fmt)}" sourceLinked="0"/>'
            f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{_text_props(size * 1.1, True, fill)}'
            f'<c:dLblPos val="outEnd"/>{_FLAGS}</c:dLbls>')


def _bar_fills(chart: n.Chart, slots: Slots | None, colours: dict[str, Any] | None) -> tuple[str, str]:
    """The series' fill, and its emphasised bar's points (``c:dPt``): one series, one colour, as the PDF.

    On a reference deck the office's own first accent and second accent.
    """
    if colours:
        bar, accent = colour_xml(colours["palette"][0], slots), colour_xml(colours["accent"], slots)
    else:
        bar, accent = (f'<a:solidFill><a:schemeClr val="accent{k}"/></a:solidFill>' for k in (1, 2))
    points = "".join(f'<c:dPt><c:idx val="{k}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>'
                     f'<c:spPr>{accent}</c:spPr></c:dPt>'
                     for k, p in enumerate(chart.points) if chart.emphasis and p.label == chart.emphasis)
    return f"<c:spPr>{bar}</c:spPr>", points


def _series(chart: n.Chart, data: Any, size: float, fill: str, bars: tuple[str, str]) -> str:
    series = data[0]
    cats = "".join(f'<c:pt idx="{k}"><c:v>{xml_text(p.label)}</c:v></c:pt>' for k, p in enumerate(chart.points))
    vals = "".join(f'<c:pt idx="{k}"><c:v>{p.value!r}</c:v></c:pt>' for k, p in enumerate(chart.points))
    count = len(chart.points)
    return (f'<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>{data.series_name_ref(series)}</c:f>'
            f'<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{xml_text(series.name)}</c:v></c:pt></c:strCache>'
            f'</c:strRef></c:tx>{bars[0]}<c:invertIfNegative val="0"/>{bars[1]}{_labels(chart, size, fill)}'
            f'<c:cat><c:strRef><c:f>{data.categories_ref}</c:f><c:strCache><c:ptCount val="{count}"/>{cats}'
            f'</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>{data.values_ref(series)}</c:f><c:numCache>'
            f'<c:formatCode>General</c:formatCode><c:ptCount val="{count}"/>{vals}</c:numCache></c:numRef></c:val>'
            f'</c:ser>')


def chart_xml(chart: n.Chart, data: Any, size: float, slots: Slots | None, colours: dict[str, Any] | None) -> bytes:
    """The chart part: bars, category labels, data labels; no legend, no value axis (the labels say it)."""
    column = chart.kind == "column"
    text = colour_xml(colours["text"], slots) if colours else ""
    muted = colour_xml(colours["muted"], slots) if colours else ""
    rule = f'<c:spPr><a:ln w="9525">{colour_xml(colours["rule"], slots)}</a:ln></c:spPr>' if colours else ""
    top = '<c:max val="100"/>' if chart.kind == "share" else ""
    series = _series(chart, data, size, text, _bar_fills(chart, slots, colours))
    xml = (f'{XML_HEAD}<c:chartSpace {_NS}><c:date1904 val="0"/>'
           f'<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart>'
           f'<c:barDir val="{"col" if column else "bar"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
           f'{series}<c:gapWidth val="50"/><c:axId val="1001"/><c:axId val="1002"/>'
           f'</c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation '
           f'val="{"minMax" if column else "maxMin"}"/></c:scaling><c:delete val="0"/>'
           f'<c:axPos val="{"b" if column else "l"}"/><c:numFmt formatCode="General" sourceLinked="1"/>'
           f'<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{rule}'
           f'{_text_props(size, False, muted)}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/>'
           f'<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx>'
           f'<c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>{top}<c:min val="0"/></c:scaling>'
           f'<c:delete val="1"/><c:axPos val="{"l" if column else "b"}"/><c:numFmt formatCode="General" '
           f'sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
           f'<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
           f'</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
           f'{_text_props(size, False, "")}<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
           f'</c:chartSpace>')
    return xml_bytes(xml)


def add_chart(slide_part: Any, chart: n.Chart, rect: tuple[int, int, int, int], size: float, number: int,
              slots: Slots | None, colours: dict[str, Any] | None, alt: str) -> Shape:
    """Add the ``number``-th chart of the deck to the slide in ``rect`` (EMU); return its graphic frame."""
    package = slide_part.package
    data = chart_data(chart)
    part = Part(PackURI(f"/ppt/charts/chart{number}.xml"), CT.DML_CHART, package,
                chart_xml(chart, data, size, slots, colours))
    sheet = EmbeddedXlsxPart(PackURI(f"/ppt/embeddings/Microsoft_Excel_Sheet{number}.xlsx"), CT.SML_SHEET,
                             package, data.xlsx_blob)
    part.relate_to(sheet, RT.PACKAGE)  # rId1, as the chart's externalData says
    rid = slide_part.relate_to(part, RT.CHART)
    return graphic_frame("Chart", rect, CHART_URI, f'<c:chart xmlns:c="{CHART_URI}" r:id="{rid}"/>', alt)
