"""Charts for Word: the chart block as a native DrawingML chart part.

Word and LibreOffice draw the chart themselves, so it is vector at any zoom,
its labels are real text (searchable, read aloud, translated with the
document), and a reader can restyle it in Word.  python-docx has no chart
API, so the part's XML is written here from the schema's element order;
the values are cached in the chart and kept in an embedded data sheet
(:mod:`.chartdata`), so Word's "Edit Data" opens them.  The XML holds only
the data and the theme, so the bytes are the same on every rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from briefkit.document import nodes as n
from briefkit.document.charts import value_text
from briefkit.theme import Theme
from briefkit.writers.docx.chartdata import CONTENT_TYPE as SHEET_TYPE
from briefkit.writers.docx.chartdata import ranges, series_title, workbook
from briefkit.writers.docx.oxml import clean
from briefkit.xmltext import escape, quoteattr

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
_NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_NO_LINE = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
_CM = 360000  # EMU per centimetre
FONT_SIZE = 850
"""Label size in hundredths of a point, as in the PDF's charts."""
MAX_HEIGHT_CM = 20.0
"""A long bar chart is squeezed into this height so it still fits on one page."""


@dataclass(frozen=True)
class ChartSize:
    """The chart's frame in EMU."""

    width: int
    height: int


def chart_size(chart: n.Chart, width_cm: float) -> ChartSize:
    """Horizontal bars get a row each (up to a page's height); columns a fixed, wide frame."""
    rows = min(MAX_HEIGHT_CM, 0.9 + 0.85 * len(chart.points))
    height_cm = min(7.5, max(5.0, width_cm * 0.45)) if chart.kind == "column" else rows
    return ChartSize(round(width_cm * _CM), round(height_cm * _CM))


def _colour(value: str) -> str:
    return value.lstrip("#").upper()


def _text_props(theme: Theme, east_asian: str, bold: bool = False, size: int = FONT_SIZE) -> str:
    """A ``c:txPr``: the theme's body font, colour and size for labels."""
    weight = ' b="1"' if bold else ' b="0"'
    font = quoteattr(theme.fonts.office_family)  # the name Word and LibreOffice look fonts up by
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}"{weight}>'
            f'<a:solidFill><a:srgbClr val="{_colour(theme.colors.text)}"/></a:solidFill>'
            f'<a:latin typeface={font}/><a:ea typeface={quoteattr(east_asian)}/><a:cs typeface={font}/>'
            '</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>')


def _labels(chart: n.Chart, theme: Theme, east_asian: str) -> str:
    """One data label per point with its exact text, so Word and the PDF print the same figures.

    Unwrapped: 'less than 10%' beside a short bar stays one line, as in the PDF.
    """
    points = "".join(
        f'<c:dLbl><c:idx val="{i}"/><c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:r>'
        f'<a:t>{escape(clean(value_text(chart, p)))}</a:t></a:r></a:p></c:rich></c:tx>'
        f'{_NO_LINE}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>'
        '<c:showBubbleSize val="0"/></c:dLbl>'
        for i, p in enumerate(chart.points))
    return (f'<c:dLbls>{points}{_NO_LINE}{_text_props(theme, east_asian, bold=True)}<c:dLblPos val="outEnd"/>'
            '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
            '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>')


def _series(chart: n.Chart, theme: Theme, east_asian: str) -> str:
    """The one series: name, labels and values as references into the embedded sheet, with their caches."""
    count = len(chart.points)
    name_ref, cat_ref, val_ref = ranges(chart)
    cats = "".join(f'<c:pt idx="{i}"><c:v>{escape(clean(p.label))}</c:v></c:pt>' for i, p in enumerate(chart.points))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{p.value!r}</c:v></c:pt>' for i, p in enumerate(chart.points))
    name = (f'<c:tx><c:strRef><c:f>{name_ref}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0">'
            f'<c:v>{escape(series_title(chart))}</c:v></c:pt></c:strCache></c:strRef></c:tx>')
    return (f'<c:ser><c:idx val="0"/><c:order val="0"/>{name}'
            f'<c:spPr><a:solidFill><a:srgbClr val="{_colour(theme.colors.palette[0])}"/></a:solidFill></c:spPr>'
            f'<c:invertIfNegative val="0"/>{_emphasis(chart, theme)}{_labels(chart, theme, east_asian)}'
            f'<c:cat><c:strRef><c:f>{cat_ref}</c:f><c:strCache><c:ptCount val="{count}"/>{cats}</c:strCache>'
            f'</c:strRef></c:cat><c:val><c:numRef><c:f>{val_ref}</c:f><c:numCache><c:formatCode>General'
            f'</c:formatCode><c:ptCount val="{count}"/>{vals}</c:numCache></c:numRef></c:val></c:ser>')


def _emphasis(chart: n.Chart, theme: Theme) -> str:
    """A ``c:dPt`` painting the chart's emphasised point in the accent colour ('' without one)."""
    for i, point in enumerate(chart.points):
        if chart.emphasis and point.label == chart.emphasis:
            return (f'<c:dPt><c:idx val="{i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>'
                    f'<a:solidFill><a:srgbClr val="{_colour(theme.colors.accent)}"/></a:solidFill></c:spPr></c:dPt>')
    return ""


def _axes(chart: n.Chart, theme: Theme, east_asian: str) -> str:
    """A category axis with the labels (top to bottom for bars) and a hidden value axis from zero."""
    bars = chart.kind != "column"
    ceiling = '<c:max val="100"/>' if chart.kind == "share" else ""
    rule = (f'<c:spPr><a:ln w="7620"><a:solidFill><a:srgbClr val="{_colour(theme.colors.muted)}"/>'
            '</a:solidFill></a:ln></c:spPr>')
    return (f'<c:catAx><c:axId val="501"/><c:scaling><c:orientation val="{"maxMin" if bars else "minMax"}"/>'
            f'</c:scaling><c:delete val="0"/><c:axPos val="{"l" if bars else "b"}"/>'
            '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>'
            f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{rule}{_text_props(theme, east_asian)}'
            '<c:crossAx val="502"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
            '<c:lblOffset val="100"/><c:noMultiLvlLbl val="1"/></c:catAx>'
            f'<c:valAx><c:axId val="502"/><c:scaling><c:orientation val="minMax"/>{ceiling}<c:min val="0"/>'
            f'</c:scaling><c:delete val="1"/><c:axPos val="{"b" if bars else "l"}"/>'
            '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>'
            '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="501"/>'
            '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>')


def chart_xml(chart: n.Chart, theme: Theme, east_asian: str, data_rid: str) -> bytes:
    """The chart part (``c:chartSpace``) for ``chart`` in the theme's font and colours; ``data_rid`` its sheet."""
    direction = "col" if chart.kind == "column" else "bar"
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<c:chartSpace {_NS}><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>'
           '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>'
           f'<c:barChart><c:barDir val="{direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
           f'{_series(chart, theme, east_asian)}<c:gapWidth val="70"/><c:axId val="501"/><c:axId val="502"/>'
           f'</c:barChart>{_axes(chart, theme, east_asian)}{_NO_LINE}</c:plotArea>'
           '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
           f'{_NO_LINE}{_text_props(theme, east_asian)}'
           f'<c:externalData r:id="{data_rid}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>')
    return xml.encode("utf-8")


def inline_xml(rid: str, size: ChartSize, shape_id: int, name: str, descr: str, title: str) -> str:
    """The ``w:drawing`` that places the chart part ``rid`` in a run, with its text alternative."""
    title_attr = f" title={quoteattr(clean(title))}" if title else ""
    return (
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        f'{_NS}><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{size.width}" cy="{size.height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name={quoteattr(name)} descr={quoteattr(clean(descr))}{title_attr}/>'
        '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>')


class _ChartPart(Part):
    """A chart part whose XML is written once its data sheet is related (it names the sheet's rId)."""

    def __init__(self, partname: Any, package: Any, chart: n.Chart, theme: Theme, east_asian: str) -> None:
        super().__init__(partname, CONTENT_TYPE, b"", package)
        data = Part(package.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"), SHEET_TYPE,
                    workbook(chart), package)
        self._xml = chart_xml(chart, theme, east_asian, self.relate_to(data, RT.PACKAGE))

    @property
    def blob(self) -> bytes:
        """The chart XML."""
        return self._xml


def add_chart(paragraph: Any, chart: n.Chart, theme: Theme, east_asian: str, width_cm: float, number: int) -> None:
    """Add ``chart`` (and its data sheet) as new parts of the paragraph's document, placed inline in ``paragraph``."""
    story = paragraph.part
    package = story.package
    part = _ChartPart(package.next_partname("/word/charts/chart%d.xml"), package, chart, theme, east_asian)
    rid = story.relate_to(part, RT.CHART)
    drawing = inline_xml(rid, chart_size(chart, width_cm), story.next_id, f"Chart {number}",
                         chart.alt or chart.title, chart.title)
    paragraph.add_run()._r.append(parse_xml(drawing))
