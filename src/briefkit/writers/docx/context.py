"""What the block writers share: the current container, styles and measurements.

Blocks go into the document body or, inside callouts, columns and tiles,
into a table cell; :class:`WriterBase` keeps the container stack so every
handler just asks for "a new paragraph here" or "a new table here".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar

from docx.shared import Emu, Pt
from docx.text.paragraph import Paragraph

from briefkit.labels import Labels, english
from briefkit.theme import Theme
from briefkit.writers.base import NodeVisitor
from briefkit.writers.docx.elements import GRIDCOL, TCPR, TCW, W_ATTR, add_paragraph, cells, w
from briefkit.writers.docx.inline import InlineWriter
from briefkit.writers.docx.stylebook import StyleBook, set_style


@dataclass
class TocEntry:
    """A heading the table of contents lists."""

    level: int
    text: str
    bookmark: str
    paragraph: Any


@dataclass
class State:
    """Counters that must run across the whole document."""

    bookmarks: int = 0
    charts: int = 0
    chart_notes: dict[str, int] = field(default_factory=dict)
    """Each unit-and-source line under a chart, with the number of the latest chart it was under."""
    tables: int = 0
    title_done: bool = False
    small_level: int | None = None
    heading: str = ""
    """Text of the latest heading (names the tables under it for screen readers)."""
    toc: list[TocEntry] = field(default_factory=list)


AFTER_TABLE = Pt(8)
"""Space between a body-level table and the paragraph after it."""


def _space_before(style: Any) -> int:
    """A paragraph style's space before, following its base styles (0 when none sets it)."""
    while style is not None:
        if style.paragraph_format.space_before is not None:
            return int(style.paragraph_format.space_before)
        style = style.base_style
    return 0


class WriterBase(NodeVisitor):
    """Shared plumbing of the DOCX block writer."""

    writer_name: ClassVar[str] = "DOCX"

    def __init__(self, document: Any, theme: Theme, east_asian_font: str) -> None:
        self.document = document
        self.theme = theme
        self.styles = StyleBook(document)
        self.inline = InlineWriter(east_asian_font, self.styles)
        self.state = State()
        self._containers: list[Any] = [document]
        self._widths: list[int] = [self._body_width()]
        self.warnings: list[str] = []
        self.labels: Labels = english()
        """Words the writer prints itself (chart captions), in the document's language."""
        self._after_table = False
        self._body = document.element.body

    def _body_width(self) -> int:
        section = self.document.sections[-1]
        return int(section.page_width - section.left_margin - section.right_margin)

    @property
    def width(self) -> int:
        """Width available to the current container, in EMU."""
        return self._widths[-1]

    @contextmanager
    def inside(self, cell: Any, width: int) -> Iterator[None]:
        """Write the blocks of the ``with`` body into ``cell`` (``width`` EMU wide)."""
        self._containers.append(cell)
        self._widths.append(width)
        try:
            yield
        finally:
            self._containers.pop()
            self._widths.pop()

    def _placeholder(self) -> Any:
        """A cell's trailing empty paragraph (Word requires one), which the next block may take over."""
        container = self._containers[-1]
        if container is self.document:
            return None
        last = container._tc[-1]
        if last.tag.endswith("}p") and len(last) <= 1 and not last.r_lst:
            return last
        return None

    def paragraph(self, *styles: str) -> Any:
        """A new paragraph in the current container, in the first of ``styles`` that exists."""
        container = self._containers[-1]
        placeholder = self._placeholder()
        if placeholder is not None:
            paragraph = Paragraph(placeholder, container)
        elif container is self.document:
            paragraph = Paragraph(add_paragraph(self._body), self.document._body)
        else:
            paragraph = Paragraph(add_paragraph(container._tc), container)
        style = self.styles.paragraph(*styles)
        if style is not None:
            set_style(paragraph, style)
        if container is self.document:
            if self._after_table and _space_before(style) < AFTER_TABLE:
                paragraph.paragraph_format.space_before = AFTER_TABLE  # tables carry no spacing of their own
            self._after_table = False
        return paragraph

    def table(self, rows: int, cols: int, *styles: str) -> Any:
        """A new table in the current container, in the first of ``styles`` that exists."""
        container = self._containers[-1]
        if container is self.document:
            table = self.document.add_table(rows, cols)
            self._after_table = True
        else:
            placeholder = self._placeholder()
            table = container.add_table(rows, cols)  # python-docx adds the closing paragraph
            if placeholder is not None:
                container._tc.remove(placeholder)
        style = self.styles.table(*styles)
        if style is not None:
            set_style(table, style)
        table.autofit = False
        return table

    def set_widths(self, table: Any, widths: list[int]) -> None:
        """Fixed column widths (EMU): grid, every cell and the table itself."""
        twips = [str(Emu(width).twips) for width in widths]  # python-docx's ST_TwipsMeasure
        tbl = table._tbl
        for col, value in zip(tbl.tblGrid.findall(GRIDCOL), twips, strict=True):
            col.set(W_ATTR, value)
        for row in cells(tbl):
            for tc, width, value in zip(row, widths, twips, strict=True):
                tcw = tc.find(f"{TCPR}/{TCW}")
                if tcw is None:  # python-docx's new tables always have one; keep its API as the fallback
                    tc.get_or_add_tcPr().width = Emu(width)
                    continue
                tcw.set(_TYPE, "dxa")
                tcw.set(W_ATTR, value)


_TYPE = w("type")
