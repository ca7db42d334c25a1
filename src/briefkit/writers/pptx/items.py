"""Tables, timeline rows, fills and rules of a planned piece as PowerPoint shapes."""

from __future__ import annotations

from typing import Any

from pptx.oxml import parse_xml
from pptx.util import Emu

from briefkit.writers.pptx.place import Item
from briefkit.writers.pptx.runs import EMU, Ink, hex_of, para_xml
from briefkit.writers.pptx.shapexml import NSDECL, Frame, body_xml, filled, parse_shapes, textbox
from briefkit.writers.pptx.themexml import colour_xml
from briefkit.writers.slides.geometry import Box

NO_STYLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"
"""PowerPoint's "No Style, No Grid" table style: the cells carry their own fills and rules."""


_PH = "{http://schemas.openxmlformats.org/presentationml/2006/main}ph"


def _is_title(element: Any) -> bool:
    # A shape's first child holds its non-visual properties: p:cNvPr, its kind, then p:nvPr (with p:ph).
    ph = element[0][-1].find(_PH)
    return ph is not None and ph.get("type") in ("title", "ctrTitle")


class Shapes:
    """Collects one slide's shapes in drawing order: XML strings, and elements python-pptx made."""

    def __init__(self, slide: Any, frame: Frame, ink: Ink) -> None:
        self.slide, self.frame, self.ink = slide, frame, ink
        self.tree = slide.shapes._spTree
        self.next_id = 2
        self.order: list[str | Any] = []
        self.bottom: set[int] = set()
        """Indexes in ``order`` of shapes stacked beneath everything (a watermark)."""

    def new_id(self) -> int:
        """A provisional shape id (:meth:`finish` numbers every shape in order)."""
        self.next_id += 1
        return self.next_id - 1

    def add(self, shape: str | Any) -> None:
        """A shape (XML, or an element already in the tree) on top of those added before."""
        self.order.append(shape)

    def beneath(self, shape: str) -> None:
        """A decorative shape (XML) stacked under every other, the title included."""
        self.bottom.add(len(self.order))
        self.order.append(shape)

    def text(self, box: Box, paras: list[str], name: str = "Text") -> None:
        """A text box."""
        self.add(textbox(self.new_id(), name, self.frame.xfrm(box), paras, self.ink.fit))

    def fill(self, box: Box, colour: str, round_: bool = False, name: str = "Shape") -> None:
        """A filled, decorative rectangle or ellipse."""
        self.add(filled(self.new_id(), name, self.frame.xfrm(box), colour_xml(colour, self.ink.slots), round_))

    def finish(self) -> None:
        """Put every shape into the slide's tree in drawing order, with ids 2, 3, 4…"""
        parsed = iter(parse_shapes([s for s in self.order if isinstance(s, str)]))
        elements = [next(parsed) if isinstance(s, str) else s for s in self.order]
        # The reading order is the shapes' order: the title first (it overlaps nothing it could hide),
        # under it only decorative shapes screen readers skip.
        below = {id(elements[k]) for k in self.bottom}
        elements.sort(key=lambda e: 0 if id(e) in below else 1 if _is_title(e) else 2)
        for number, element in enumerate(elements, 2):
            self.tree.append(element)
            c_nv_pr = element[0][0]  # p:cNvPr, first in every shape's non-visual properties
            c_nv_pr.set("id", str(number))
            c_nv_pr.set("name", f"{c_nv_pr.get('name')} {number - 1}")

    def item(self, item: Item) -> None:
        """Draw a table, a timeline row, a fill or a rule."""
        if item.kind == "table":
            self.table(item.box, item.flow)
        elif item.kind == "timeline":
            self.timeline(item.box, item.flow)
        elif item.kind == "fill":
            self.fill(item.box, hex_of(item.flow.colour), item.flow.round)
        elif item.kind == "rule":
            thick = max(0.5, float(item.flow.lineWidth))
            self.fill(Box(item.box.x, item.box.y + item.box.height / 2 - thick / 2, item.box.width, thick),
                      hex_of(item.flow.color), name="Rule")

    def timeline(self, box: Box, row: Any) -> None:
        """One event: its stretch of the line, the dot, the date right-aligned, the text."""
        date_h, text_h = row._heights
        x_line = box.x + row.date_width + row.gutter / 2
        first_line = row.text.style.leading
        top = box.top - first_line / 2 if row.first else box.top
        self.fill(Box(x_line - 0.75, box.y, 1.5, max(0.5, top - box.y)), hex_of(row.line), name="Line")
        if row.date is not None:
            r = row.dot_size
            self.fill(Box(x_line - r, box.top - first_line * 0.55 - r, 2 * r, 2 * r), hex_of(row.dot), True, "Dot")
            self.text(Box(box.x, box.top - date_h, row.date_width, date_h), [para_xml(row.date, self.ink)], "Date")
        left = box.x + row.date_width + row.gutter
        self.text(Box(left, box.top - text_h, box.right - left, text_h), [para_xml(row.text, self.ink)], "Event")

    def table(self, box: Box, table: Any) -> None:
        """A real table: header row tinted, a rule under every row, cell text as measured."""
        rows, widths, heights = table._cellvalues, table._colWidths, table._rowHeights
        x, y, _, _ = self.frame.rect(box)
        k = self.frame.emu
        frame = self.slide.shapes.add_table(len(rows), len(widths), Emu(x), Emu(y),
                                            Emu(round(sum(widths) * k)), Emu(round(sum(heights) * k)))
        self.order.append(frame._element)
        tbl = frame.table
        tbl.first_row, tbl.horz_banding = True, False
        tbl._tbl.tblPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}tableStyleId").text = NO_STYLE
        for c, width in enumerate(widths):
            tbl.columns[c].width = Emu(round(width * k))
        for r, (row, height) in enumerate(zip(rows, heights, strict=True)):
            tbl.rows[r].height = Emu(round(height * k))
            for c, value in enumerate(row):
                self._cell(tbl.cell(r, c), value, r == 0, table, table._cellStyles[r][c])

    def _cell(self, cell: Any, value: Any, header: bool, table: Any, style: Any) -> None:
        flows = value if isinstance(value, list | tuple) else [value]
        paras = [para_xml(f, self.ink) for f in flows if hasattr(f, "frags")]
        tc = cell._tc
        old = tc.txBody
        new = parse_xml(body_xml(paras or ["<a:p/>"], "a:txBody", ns=True))
        old.addprevious(new)
        tc.remove(old)
        k = EMU * self.ink.scale
        pads = [round(getattr(style, f"{side}Padding") * k) for side in ("left", "right", "top", "bottom")]
        rule = colour_xml(hex_of(table._linecmds[0][4]) if table._linecmds else "#C9D1D9", self.ink.slots)
        fill = colour_xml(hex_of(table._bkgrndcmds[0][3]), self.ink.slots) if header and table._bkgrndcmds \
            else "<a:noFill/>"
        tc_pr = parse_xml(f'<a:tcPr {NSDECL} marL="{pads[0]}" marR="{pads[1]}" marT="{pads[2]}" marB="{pads[3]}">'
                          f'<a:lnB w="6350">{rule}</a:lnB>{fill}</a:tcPr>')
        old_pr = tc.find("{http://schemas.openxmlformats.org/drawingml/2006/main}tcPr")
        if old_pr is not None:
            tc.remove(old_pr)
        tc.append(tc_pr)
