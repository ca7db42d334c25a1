"""The data sheet embedded with each Word chart, so "Edit Data" in Word opens it.

A Word chart keeps its values twice: cached in the chart part (what Word
draws) and in an embedded workbook (what Word edits).  XlsxWriter writes the
workbook; its dates are fixed, so the bytes depend on the data alone.
"""

from __future__ import annotations

import datetime as dt
import io

from briefkit.document import nodes as n
from briefkit.writers.docx.oxml import clean

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET = "Sheet1"
_CREATED = dt.datetime(2000, 1, 1)
"""The workbook's creation date: fixed (XlsxWriter would stamp the clock)."""


def series_title(chart: n.Chart) -> str:
    """The series name: the chart's title, else its unit caption (in the brief's language) or unit, else 'Values'."""
    return clean(chart.title) or clean(chart.caption or "") or clean(chart.unit) or "Values"


def workbook(chart: n.Chart) -> bytes:
    """Labels in column A and values in column B under a header row, as .xlsx bytes."""
    import xlsxwriter  # 17 ms: only a document with a chart pays it

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": _CREATED})
    sheet = book.add_worksheet(SHEET)
    sheet.write_string(0, 1, series_title(chart))  # write_string: a label starting with '=' stays text
    for row, point in enumerate(chart.points, start=1):
        sheet.write_string(row, 0, clean(point.label))
        sheet.write_number(row, 1, point.value)
    sheet.set_column(0, 0, max((len(p.label) for p in chart.points), default=10) * 1.1)
    book.close()
    return buffer.getvalue()


def ranges(chart: n.Chart) -> tuple[str, str, str]:
    """The sheet ranges of the series name, the labels and the values."""
    last = len(chart.points) + 1
    return f"{SHEET}!$B$1", f"{SHEET}!$A$2:$A${last}", f"{SHEET}!$B$2:$B${last}"
