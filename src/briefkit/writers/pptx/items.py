"""Tables, timeline rows, fills and rules of a planned piece as PowerPoint shapes."""

from __future__ import annotations

from typing import Any

from briefkit.writers.pptx.place import Item
from briefkit.writers.pptx.runs import EMU, Ink, hex_of, para_xml
from briefkit.writers.pptx.shapexml import Frame, Shape, body_xml, filled, graphic_frame, slide_xml, textbox
from briefkit.writers.pptx.themexml import colour_xml
from briefkit.writers.slides.geometry import Box

NO_STYLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"
"""PowerPoint's "No Style, No Grid" table style: the cells carry their own fills and rules."""
TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"


class Shapes:
    """Collects one slide's shapes in drawing order, as XML, and writes the slide part when it is complete."""

    def __init__(self, part: Any, frame: Frame, ink: Ink) -> None:
        self.part, self.frame, self.ink = part, frame, ink
        self.order: list[Shape] = []
        self.native = 0
        """Tables, charts and pictures so far: named "Table 1", "Picture 2"… as python-pptx names what it adds."""

    def add(self, shape: Shape) -> None:
        """A shape on top of those added before (or beneath all, or the title, by its rank)."""
        self.order.append(shape)

    def native_name(self, kind: str) -> str:
        """The name python-pptx gives the next table, chart or picture it adds to a slide."""
        self.native += 1
        return f"{kind} {self.native}"

    def text(self, box: Box, paras: list[str], name: str = "Text") -> None:
        """A text box."""
        self.add(textbox(name, self.frame.xfrm(box), paras, self.ink.fit))

    def fill(self, box: Box, colour: str, round_: bool = False, name: str = "Shape") -> None:
        """A filled, decorative rectangle or ellipse."""
        self.add(filled(name, self.frame.xfrm(box), colour_xml(colour, self.ink.slots), round_))

    def finish(self) -> None:
        """Write the slide part: every shape in stacking order, with ids 2, 3, 4…"""
        self.part.blob = slide_xml(self.order)

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
        rect = (x, y, round(sum(widths) * k), round(sum(heights) * k))
        name = self.native_name("Table")
        grid = "".join(f'<a:gridCol w="{round(width * k)}"/>' for width in widths)
        body = []
        for r, (row, height) in enumerate(zip(rows, heights, strict=True)):
            cells = "".join(self._cell(value, r == 0, table, table._cellStyles[r][c]) for c, value in enumerate(row))
            body.append(f'<a:tr h="{round(height * k)}">{cells}</a:tr>')
        self.add(graphic_frame(name, rect, TABLE_URI,
                               f'<a:tbl><a:tblPr firstRow="1"><a:tableStyleId>{NO_STYLE}</a:tableStyleId></a:tblPr>'
                               f'<a:tblGrid>{grid}</a:tblGrid>{"".join(body)}</a:tbl>'))

    def _cell(self, value: Any, header: bool, table: Any, style: Any) -> str:
        flows = value if isinstance(value, list | tuple) else [value]
        paras = [para_xml(f, self.ink) for f in flows if hasattr(f, "frags")]
        k = EMU * self.ink.scale
        pads = [round(getattr(style, f"{side}Padding") * k) for side in ("left", "right", "top", "bottom")]
        rule = colour_xml(hex_of(table._linecmds[0][4]) if table._linecmds else "#C9D1D9", self.ink.slots)
        fill = colour_xml(hex_of(table._bkgrndcmds[0][3]), self.ink.slots) if header and table._bkgrndcmds \
            else "<a:noFill/>"
        return (f'<a:tc>{body_xml(paras or ["<a:p/>"], "a:txBody")}<a:tcPr marL="{pads[0]}" marR="{pads[1]}" '
                f'marT="{pads[2]}" marB="{pads[3]}"><a:lnB w="6350">{rule}</a:lnB>{fill}</a:tcPr></a:tc>')
