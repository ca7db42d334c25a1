"""Data blocks: tables, key-figure tiles, timelines and charts as flowables.

Column widths follow the content (like a browser's automatic table layout):
every column gets at least its longest word, and the rest of the width goes
where the text is longest, so short figures do not waste a third of the page.
"""

from __future__ import annotations

import re

from reportlab.lib.colors import white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from briefkit.document import nodes as n
from briefkit.labels import Labels, english
from briefkit.writers.pdf.inline import InlineMarkup
from briefkit.writers.pdf.layout import first_wraps, share_widths, shortest_widths
from briefkit.writers.pdf.styles import Styles
from briefkit.writers.rlcharts import chart_drawing
from briefkit.writers.rlpara import Para
from briefkit.writers.rltagging import Elem, decoration_marker, tag

_WIDTHS_MAX = 256
"""Tables whose column widths are remembered at most (see :meth:`DataBlocks._widths`)."""
_WIDTHS: dict[tuple[n.Table, float], tuple[Styles, tuple[float, ...]]] = {}
"""Balanced column widths by (table, width): with the styles they were worked out in (checked by identity)."""

_NUMBER = re.compile(r"^[\s(]*[-+−]?[$€£¥]?\d[\d,.\s]*(%|[kKmMbB]n?)?\)?$")
_PAD = 4.0


def labelled_list(parent: Elem, pairs: list[tuple[Flowable, Flowable]]) -> list[list[Flowable]]:
    """(label, body) pairs as table rows, tagged as a list under ``parent``: L > LI > Lbl + LBody."""
    listing = parent.add("L", ListNumbering="None")
    rows = []
    for label, body in pairs:
        item = listing.add("LI")
        rows.append([tag(label, item.add("Lbl")), tag(body, item.add("LBody"))])
    return rows


class DataBlocks:
    """Builds the flowables of data-carrying nodes for a given width."""

    def __init__(self, styles: Styles, markup: InlineMarkup, labels: Labels | None = None) -> None:
        self.styles = styles
        self.markup = markup
        self.labels = labels or english()
        """Words the writer adds ("Source: …"), in the document's language."""

    # tables -------------------------------------------------------------------
    def _measure(self, column: list[str], size: float) -> tuple[float, float]:
        chain = self.styles.chain
        words = [w for cell in column for w in cell.split()]
        longest = max((chain.width(w, size, True) for w in words), default=0.0)
        natural = max((chain.width(cell, size, True) for cell in column), default=0.0)
        return longest + 2 * _PAD + 1, natural + 2 * _PAD + 1

    def _right_aligned(self, node: n.Table) -> list[bool]:
        right = []
        for i, align in enumerate(node.aligns):
            cells = [n.plain_text(row[i]).strip() for row in node.rows if i < len(row)]
            numeric = bool(cells) and all(_NUMBER.match(c) for c in cells if c) and any(cells)
            right.append(align == "right" or (align is None and numeric))
        return right

    def table(self, node: n.Table, width: float, parent: Elem) -> list[Flowable]:
        """A ruled table with a coloured, repeating header row and zebra body rows, tagged under ``parent``."""
        s = self.styles
        right = self._right_aligned(node)
        texts = [[n.plain_text(c) for c in col] for col in zip(node.header, *node.rows, strict=False)]
        limits = [self._measure(col, s.cell.fontSize) for col in texts]
        # A short column (figures, dates) never wraps: its natural width is its minimum.
        limits = [(nat if nat <= width * 0.22 else low, nat) for low, nat in limits]

        structure = parent.add("Table")
        caption = structure.add("Caption") if node.caption else None

        def cell(items: tuple[n.Inline, ...], i: int, row: Elem, head: bool) -> Flowable:
            style = (s.cell_head_right if right[i] else s.cell_head) if head else (
                s.cell_right if right[i] else s.cell)
            elem = row.add("TH", O="Table", Scope="Column") if head else row.add("TD")
            return tag(Para(self.markup.render(items), style), elem)

        ncols = len(node.header)
        head_row = structure.add("TR")
        data = [[cell(c, i, head_row, True) for i, c in enumerate(node.header)]]
        for row in node.rows:
            tr = structure.add("TR")
            data.append([cell(row[i] if i < len(row) else (), i, tr, False) for i in range(ncols)])
        columns = [[row[i] for row in data] for i in range(ncols)]
        widths = self._widths(node, width, columns, share_widths(limits, width, right), [low for low, _ in limits])
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1, renderCB=decoration_marker)
        table.setStyle(self.styles.table_style([
            ("BACKGROUND", (0, 0), (-1, 0), s.colors.primary),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, s.colors.light]),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, s.colors.primary),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ]))
        out: list[Flowable] = [table, Spacer(1, s.body.spaceAfter)]
        if caption is not None:
            out.insert(0, tag(Para(self.markup.text(node.caption or ""), s.caption), caption))
        return out

    def _widths(self, node: n.Table, width: float, columns: list[list[Flowable]], start: list[float],
                minimum: list[float]) -> list[float]:
        """:func:`shortest_widths` of the table, worked out once per table, width and styles in a process.

        The widths depend on nothing else, and the note's page budget makes the same
        tables again for its final layout (and a batch, for briefs that share a table).
        """
        key = (node, width)
        known = _WIDTHS.get(key)
        if known is not None and known[0] is self.styles:
            first_wraps(columns, start, _PAD)
            return list(known[1])
        widths = shortest_widths(columns, start, minimum, _PAD)
        if len(_WIDTHS) >= _WIDTHS_MAX:
            _WIDTHS.clear()
        _WIDTHS[key] = (self.styles, tuple(widths))
        return widths

    # key figures --------------------------------------------------------------
    def _value_style(self, values: list[str], width: float) -> ParagraphStyle:
        """The tile value style, shrunk so the widest value fits on one line."""
        s = self.styles
        size = s.tile_value.fontSize
        widest = max(s.chain.width(v, size, True) for v in values)
        if widest > width:
            size = max(s.theme.sizes.body, size * width / widest)
        return ParagraphStyle("tile_fit", parent=s.tile_value, fontSize=size, leading=size * 1.15)

    def figures(self, node: n.Figures, width: float, parent: Elem) -> list[Flowable]:
        """Key-figure tiles, up to four a row: the value large, what it measures below.

        Read aloud as a list: each tile an item, its value the label.
        """
        s = self.styles
        per_row = min(4, max(1, len(node.items)))
        gap = 6.0
        tile_w = (width - gap * (per_row - 1)) / per_row
        value_style = self._value_style([t.value for t in node.items], tile_w - 2 * 8)
        tiles = labelled_list(parent, [(Para(self.markup.text(t.value, bold=True), value_style),
                                        Para(self.markup.render(t.label), s.tile_label)) for t in node.items])
        rows: list[list[object]] = []
        for start in range(0, len(tiles), per_row):
            row: list[object] = []
            for tile in tiles[start:start + per_row]:
                row += [tile, ""]
            rows.append((row + ["", ""] * per_row)[:2 * per_row - 1])
        widths = [tile_w if i % 2 == 0 else gap for i in range(2 * per_row - 1)]
        table = Table(rows, colWidths=widths, hAlign="LEFT", renderCB=decoration_marker)
        commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                              ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                              ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                              ("TOPPADDING", (0, 0), (-1, -1), 6),
                                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
        for r in range(len(rows)):
            for c in range(0, 2 * per_row - 1, 2):
                if r * per_row + c // 2 < len(tiles):
                    commands += [("BACKGROUND", (c, r), (c, r), s.colors.light),
                                 ("LINEABOVE", (c, r), (c, r), 2, s.colors.accent)]
        table.setStyle(self.styles.table_style(commands))
        return [table, Spacer(1, s.body.spaceAfter + 2)]

    # timeline -----------------------------------------------------------------
    def timeline(self, node: n.Timeline, width: float, parent: Elem) -> list[Flowable]:
        """Dated events: the date on the left, a thin accent rule, the event (a list: date, then event)."""
        s = self.styles
        date_style = ParagraphStyle("tl_date", parent=s.cell, fontName=s.bold, textColor=s.colors.primary,
                                    alignment=TA_RIGHT)
        dates = [e.date for e in node.events]
        widest = max(s.chain.width(d, date_style.fontSize, True) for d in dates)
        date_w = min(width * 0.3, widest + 8 + 2)  # the right padding below, plus rounding room
        rows = labelled_list(parent, [(Para(self.markup.text(e.date, bold=True), date_style),
                                       Para(self.markup.render(e.children), s.cell)) for e in node.events])
        table = Table(rows, colWidths=[date_w, width - date_w], hAlign="LEFT", splitInRow=1,
                      renderCB=decoration_marker)
        table.setStyle(self.styles.table_style([
            ("LINEBEFORE", (1, 0), (1, -1), 1.5, s.colors.accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("LEFTPADDING", (1, 0), (1, -1), 8),
            ("RIGHTPADDING", (0, 0), (0, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return [table, Spacer(1, s.body.spaceAfter)]

    # chart --------------------------------------------------------------------
    def chart(self, node: n.Chart, width: float, parent: Elem) -> list[Flowable]:
        """A vector chart with its title above and its source below, kept together.

        Tagged as a Figure whose text alternative lists the data.
        """
        s = self.styles
        rows = len(node.points)
        # chart_drawing sets its type at min(width / 40, height / 14): a drawing at most 40 body
        # sizes wide and at least 14 small sizes tall keeps chart labels between small and body size.
        width = min(width, 40 * s.theme.sizes.body)
        floor = 14 * (s.theme.sizes.small + 0.5)
        tall = min(width * 0.6, max(floor, 26.0 * rows + 26))
        height = min(width * 0.45, 230.0) if node.kind == "column" else tall
        parts: list[Flowable] = []
        if node.title:
            parts.append(tag(Para(self.markup.text(node.title), s.caption), parent.add("Caption")))
        drawing = chart_drawing(node, s.theme, s.chain, width, height, self.labels.get("unit_caption"))
        drawing.hAlign = "LEFT"
        parts.append(tag(drawing, parent.add("Figure", alt=node.alt or node.title or "Chart")))
        if node.source:
            source = self.labels.get("source_prefix", source=node.source)
            parts.append(tag(Para(self.markup.text(source), s.small), parent.add("P")))
        return [KeepTogether(parts), Spacer(1, s.body.spaceAfter + 2)]
