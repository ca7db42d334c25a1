"""Blocks that become Word tables: data tables, key-figure tiles, timelines,
callouts and columns.

Data tables use the named table style ("Briefkit Figures") with a header row
Word repeats on every page; layout tables (tiles, timeline, columns) use
borderless or shaded styles so they read as part of the page.
"""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from briefkit.document import nodes as n
from briefkit.writers.docx.context import WriterBase
from briefkit.writers.docx.elements import PPR_RANK, P, cells, insert_ordered, ppr, set_paragraph_style, w
from briefkit.writers.docx.oxml import (
    cell_look,
    keep_row_together,
    repeat_header,
    table_borders,
    table_caption,
    table_look,
)
from briefkit.writers.docx.stylebook import set_style

_ALIGN = {"left": "left", "center": "center", "right": "right", None: None}
"""Markdown column alignment → ``w:jc`` value (python-docx's WD_ALIGN_PARAGRAPH in XML)."""
_JC, _SPACING, _VAL, _AFTER = w("jc"), w("spacing"), w("val"), w("after")
EVENT_GAP = "80"
"""Space after each timeline entry, in twips (4 pt)."""


def _set_property(p: Any, tag: str, attr: str, value: str) -> None:
    """Set one attribute of a paragraph property (``w:jc``, ``w:spacing``…), creating it in schema order."""
    props = ppr(p)
    found = props.find(tag)
    if found is None:
        found = insert_ordered(props, props.makeelement(tag), PPR_RANK)
    found.set(attr, value)


def column_weights(columns: list[list[str]]) -> list[float]:
    """Relative column widths from the longest text of each column (bounded both ways)."""
    weights = []
    for texts in columns:
        longest = max((len(t) for t in texts), default=0)
        weights.append(min(max(longest, 6), 48) + 4.0)
    total = sum(weights)
    return [w / total for w in weights]


def header_colour(table: Any) -> str | None:
    """The header-row text colour of the table's style.

    The paragraph style of the cell text would override the table style's
    colour (Word's precedence), so the writer repeats it on the runs.
    """
    style = table.style
    if style is None:
        return None
    found = style.element.xpath("w:tblStylePr[@w:type='firstRow']/w:rPr/w:color/@w:val")
    return str(found[0]) if found and found[0] != "auto" else None


class TableBlocks(WriterBase):
    """Handlers for the table-shaped nodes."""

    def write_blocks(self, blocks: tuple[n.Block, ...]) -> None:
        """Visit blocks in the current container (the block writer defines how)."""
        for block in blocks:
            self.visit(block)

    def _separate(self) -> None:
        """Two body-level tables in a row would merge in Word: put a paragraph between."""
        body = self.document.element.body
        blocks = [el for el in body if not el.tag.endswith("}sectPr")]
        if self._containers[-1] is self.document and blocks and blocks[-1].tag.endswith("}tbl"):
            self.paragraph("Table Text")

    def _cell_text(self, table: Any, tc: Any, items: tuple[n.Inline, ...], align: str | None = None,
                   **fmt: Any) -> None:
        """Write ``items`` into the first paragraph of cell ``tc`` in Table Text (``align``: left/center/right)."""
        p = tc.find(P)
        style = self.styles.paragraph("Table Text")
        if style is not None:
            set_paragraph_style(p, style.style_id)
        if align is not None:
            _set_property(p, _JC, _VAL, align)  # python-docx's paragraph.alignment, without its lookups
        self.inline.write(Paragraph(p, _Cell(tc, table)), items, **fmt)

    def visit_Table(self, node: n.Table) -> None:
        self._separate()
        self.state.tables += 1
        if node.caption:
            self.inline.text(self.paragraph("Caption"), node.caption)
        cols = len(node.header)
        table = self.table(1 + len(node.rows), cols, "Briefkit Figures", "Table Grid")
        table_look(table, first_row=True, banded=True)
        texts = [[n.plain_text(c) for c in (node.header[i], *(r[i] for r in node.rows))] for i in range(cols)]
        self.set_widths(table, [round(self.width * share) for share in column_weights(texts)])
        grid = cells(table._tbl)
        rows = table._tbl.tr_lst
        repeat_header(rows[0])
        table_caption(table, node.caption or self.state.heading)
        colour = header_colour(table)
        for i, tc in enumerate(grid[0]):
            self._cell_text(table, tc, node.header[i], _ALIGN[node.aligns[i]], bold=True, color=colour)
        for r, row in enumerate(node.rows, start=1):
            keep_row_together(rows[r])
            for i, tc in enumerate(grid[r]):
                self._cell_text(table, tc, row[i], _ALIGN[node.aligns[i]])

    def visit_Figures(self, node: n.Figures) -> None:
        self._separate()
        per_row = 4 if len(node.items) in (4, 7, 8) or len(node.items) > 9 else 3
        per_row = min(per_row, len(node.items)) or 1
        rows = -(-len(node.items) // per_row)
        table = self.table(rows, per_row, "Briefkit Tiles", "Table Grid")
        table_look(table, first_row=False, banded=False)
        self.set_widths(table, [self.width // per_row] * per_row)
        colours = self.theme.colors
        for k, tc in enumerate(tc for row in cells(table._tbl) for tc in row):
            cell = _Cell(tc, table)
            if k >= len(node.items):
                cell_look(cell, colours.background)
                continue
            cell_look(cell, colours.light, colours.accent, colours.background)
            tile = node.items[k]
            self.inline.text(self._tile_paragraph(cell, "Figure Tile"), tile.value)
            self.inline.write(self._tile_paragraph(cell, "Table Text"), tile.label)
        for tr in table._tbl.tr_lst:
            keep_row_together(tr)

    def _tile_paragraph(self, cell: Any, style_name: str) -> Any:
        first = cell.paragraphs[0]
        paragraph = first if not first.text and not first._p.r_lst else cell.add_paragraph()
        style = self.styles.paragraph(style_name, "Table Text")
        if style is not None:
            set_style(paragraph, style)
        return paragraph

    def visit_Timeline(self, node: n.Timeline) -> None:
        self._separate()
        table = self.table(len(node.events), 2, "Briefkit Plain")
        table_look(table, first_row=False, banded=False)
        date_width = min(self.width // 4, 1_500_000)
        self.set_widths(table, [date_width, self.width - date_width])
        for tr, row, event in zip(table._tbl.tr_lst, cells(table._tbl), node.events, strict=True):
            keep_row_together(tr)
            self._cell_text(table, row[0], (n.Text(event.date),), char_style="Figure Value")
            self._cell_text(table, row[1], event.children)
            for tc in row:
                _set_property(tc.find(P), _SPACING, _AFTER, EVENT_GAP)

    def visit_Callout(self, node: n.Callout) -> None:
        self._separate()
        table = self.table(1, 1, "Briefkit Callout")
        table_look(table, first_row=False, banded=False)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        self.set_widths(table, [self.width])
        cell = _Cell(cells(table._tbl)[0][0], table)
        with self.inside(cell, self.width - 400 * 635):
            if node.title:
                self.inline.text(self.paragraph("Heading 3"), node.title)
            self.write_blocks(node.children)

    def visit_Columns(self, node: n.Columns) -> None:
        self._separate()
        count = max(len(node.columns), 1)
        table = self.table(1, count, "Briefkit Plain")
        table_look(table, first_row=False, banded=False)
        table_borders(table, top="nil", left="nil", bottom="nil", right="nil", insideH="nil", insideV="nil")
        widths = [self.width // count] * count
        self.set_widths(table, widths)
        for tc, blocks, width in zip(cells(table._tbl)[0], node.columns, widths, strict=False):
            with self.inside(_Cell(tc, table), width):
                self.write_blocks(blocks)
