"""Draw one planned slide on a PowerPoint slide: placeholders first, then text boxes and shapes.

The slide's title goes into the layout's title placeholder; the body text
of each piece into the layout's body placeholders, in order, while there are
some (so the outline view, reflow and the reading order work); everything
else becomes text boxes, tables, charts and filled shapes at the places the
plan measured.  Shapes are stacked in the order the PDF paints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from briefkit.document import nodes as n
from briefkit.writers.pptx.charts import add_chart
from briefkit.writers.pptx.items import Shapes
from briefkit.writers.pptx.place import TextGroup, layout_piece
from briefkit.writers.pptx.runs import para_xml
from briefkit.writers.pptx.shapexml import ABOVE, TITLE, picture, placeholder
from briefkit.writers.pptx.watermark import watermark_shape
from briefkit.writers.rlcharts import _Style
from briefkit.writers.slides.deck import Deck
from briefkit.writers.slides.fit import Piece
from briefkit.writers.slides.geometry import Box
from briefkit.writers.slides.master import watermark_look
from briefkit.writers.slides.plan import Planned

_SLIDENUM_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
"""The slide-number field's id: fixed, as PowerPoint only needs it unique within a paragraph."""


@dataclass
class Look:
    """Deck-wide drawing settings."""

    deck: Deck
    builtin: bool
    """True on briefkit's own master: draw its title rule and logo (a reference deck has its own)."""
    colours: dict[str, Any] | None
    """Brand colours for chart text (None with a reference deck: its theme decides)."""
    taken: frozenset[str]
    """Part names the deck already holds (a reference deck's masters may hold charts of their own)."""
    charts: int = 0
    """Charts drawn so far (their parts are numbered in order)."""
    logo_part: Any = None
    """The logo's image part, once a slide has it (every slide shows the same picture)."""
    furniture: dict[object, Any] = field(default_factory=dict)
    """What the master prints alike on every slide (light or dark), written for the first and reused."""

    def next_chart(self) -> int:
        """The number of the next chart part whose names are free."""
        self.charts += 1
        while (f"/ppt/charts/chart{self.charts}.xml" in self.taken
               or f"/ppt/embeddings/Microsoft_Excel_Sheet{self.charts}.xlsx" in self.taken):
            self.charts += 1
        return self.charts


def _levels(group: TextGroup) -> list[int]:
    indents = sorted({round(p.style.bulletIndent, 2) for p, _ in group.paras if p.bulletText})
    out = []
    for para, _ in group.paras:
        mine = round(para.style.bulletIndent if para.bulletText else para.style.leftIndent, 2)
        out.append(max([k for k, v in enumerate(indents) if v <= mine + 0.01] or [0]) if para.bulletText else
                   max([k for k, v in enumerate(indents) if v < mine - 0.01] or [0]))
    return out


def group_paras(group: TextGroup, shapes: Shapes) -> list[str]:
    """The paragraphs of a text group, with their spacing and list levels."""
    return [para_xml(p, shapes.ink, space, level)
            for (p, space), level in zip(group.paras, _levels(group), strict=True)]


_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_TITLE_KINDS = ("title", "ctrTitle")
_BODY_KINDS = ("body", "obj", "subTitle")


@dataclass(frozen=True)
class LayoutInfo:
    """A slide layout's placeholders, as ``p:ph`` attribute strings, by kind."""

    title: str | None
    bodies: tuple[str, ...]
    footer: str | None
    number: str | None


def layout_info(layout: Any) -> LayoutInfo:
    """Read a layout's title, body, footer and slide-number placeholders (once per layout and render)."""
    title, bodies, footer, number = None, [], None, None
    for ph in layout._element.iter(f"{_P}ph"):
        kind = ph.get("type", "obj")
        attrs = " ".join(f'{k}="{v}"' for k, v in ph.attrib.items() if k in ("type", "idx", "orient", "sz"))
        if kind in _TITLE_KINDS and title is None:
            title = attrs
        elif kind in _BODY_KINDS and ph.get("orient") != "vert":
            bodies.append((int(ph.get("idx", "0")), attrs))
        elif kind == "ftr":
            footer = attrs
        elif kind == "sldNum":
            number = attrs
    return LayoutInfo(title, tuple(a for _, a in sorted(bodies)), footer, number)


class SlideDrawer:
    """Draws one plan onto one slide."""

    def __init__(self, look: Look, part: Any, plan: Planned, shapes: Shapes, info: LayoutInfo) -> None:
        self.look, self.part, self.plan, self.shapes, self.info = look, part, plan, shapes, info
        self.title_free = info.title is not None
        self.bodies = list(info.bodies)

    def draw(self) -> None:
        """Pieces in order, then the title, the footer and the logo, as the PDF paints them."""
        charts = [b for b in self.plan.source.blocks if isinstance(b, n.Chart)]
        for piece in self.plan.pieces:
            if piece.alt is not None and charts:
                self._chart(piece, charts.pop(0))
                continue
            for element in layout_piece(piece):
                if isinstance(element, TextGroup):
                    self._group(element, piece)
                else:
                    self.shapes.item(element)
        if self.plan.title is not None:
            self._title(self.plan.title)
        self._footer()
        self._marking()
        self._watermark()
        if self.look.builtin:
            self._logo()
        self.shapes.finish()

    def _placeholder(self, attrs: str, name: str, box: Box, paras: list[str]) -> None:
        rank = TITLE if attrs is self.info.title else ABOVE
        self.shapes.add(placeholder(name, attrs, self.shapes.frame.xfrm(box), paras, self.shapes.ink.fit, rank=rank))

    def _group(self, group: TextGroup, piece: Piece) -> None:
        paras = group_paras(group, self.shapes)
        if group.title and self.title_free and self.info.title is not None:
            self.title_free = False
            self._placeholder(self.info.title, "Title", group.box, paras)
            return
        if self.bodies and piece.text and (group.after_title or not self.plan.dark):
            self._placeholder(self.bodies.pop(0), "Content", group.box, paras)
            return
        self.shapes.text(group.box, paras)

    def _title(self, title: Piece) -> None:
        paras = [para_xml(f, self.shapes.ink) for f in title.flows]
        if self.title_free and self.info.title is not None:
            self.title_free = False
            self._placeholder(self.info.title, "Title", title.box, paras)
        else:
            self.shapes.text(title.box, paras, "Title")
        if self.look.builtin:
            grid = self.look.deck.master.grid
            self.shapes.fill(Box(grid.margin, title.box.y - grid.unit * 1.1, grid.unit * 4, grid.unit * 0.35),
                             self.look.deck.theme.colors.accent, name="Title rule")

    def _chart(self, piece: Piece, chart: n.Chart) -> None:
        from briefkit.document.charts import unit_caption

        box, deck = piece.box, self.look.deck
        # The PDF chart's type size, from the same rule (rlcharts: the drawing's width and height).
        size = _Style(deck.theme, deck.master.kit.chain, box.width, box.height).size
        caption = unit_caption(chart, deck.master.labels.get("unit_caption"))
        if caption:
            height = size * 0.85 * 1.2 + size * 0.6
            kit = deck.master.kit
            para = kit.para(kit.text(caption), kit.style(size * 0.85, color="muted"))
            self.shapes.text(Box(box.x, box.top - height, box.width, height), [para_xml(para, self.shapes.ink)],
                             "Unit")
            box = Box(box.x, box.y, box.width, box.height - height)
        self.shapes.native_name("Chart")  # named "Chart" below, but counted as python-pptx counts its frames
        self.shapes.add(add_chart(self.part, chart, self.shapes.frame.rect(box), size * self.shapes.ink.scale,
                                  self.look.next_chart(), self.shapes.ink.slots, self.look.colours, piece.alt or ""))

    def _footer(self) -> None:
        """The slide number (a field PowerPoint renumbers) and, on light slides, the source and date."""
        master = self.look.deck.master
        key = ("footer", self.plan.dark)
        if key not in self.look.furniture:
            # Every slide's number is set alike: its paragraph is written once, the number put in on each.
            pieces = master.footer_pieces(self.plan.number, self.plan.dark)
            xml = para_xml(pieces[0].flows[0], self.shapes.ink)
            start, end = xml.index("<a:r>"), xml.index("<a:endParaRPr")
            props = xml[start + len("<a:r>"):xml.index("<a:t>", start)]
            source = (pieces[1].box, para_xml(pieces[1].flows[0], self.shapes.ink)) if len(pieces) > 1 else None
            self.look.furniture[key] = (pieces[0].box, xml[:start], props, xml[end:], source)
        box, head, props, tail, source = self.look.furniture[key]
        field_ = (f'<a:fld id="{_SLIDENUM_ID}" type="slidenum">{props}<a:t>{self.plan.number}</a:t></a:fld>'
                  f'<a:r>{props}<a:t> / {master.total}</a:t></a:r>')
        self._footer_text(self.info.number, "Slide Number", box, head + field_ + tail)
        if source is not None:
            self._footer_text(self.info.footer, "Footer", *source)

    def _marking(self) -> None:
        """The handling marking at the top and bottom, DRAFT at the top right, where the PDF's master prints them."""
        master = self.look.deck.master
        who, kit = master.who, master.kit
        if who is None or not (who.marking or who.draft):
            return
        key = ("marking", self.plan.dark)
        if key not in self.look.furniture:
            boxes, size = master.marking_boxes(), master.grid.unit * 0.8
            lines = [(box, who.marking, size, "#FFFFFF" if self.plan.dark else "text", "center", "Marking")
                     for box in boxes if who.marking]
            if who.draft:
                lines.append((boxes[0], who.draft, size * 1.2, "accent", "right", "Draft"))
            paras = [kit.para(kit.text(text, bold=True), kit.style(points, bold=True, color=colour, align=align))
                     for _, text, points, colour, align, _ in lines]
            self.look.furniture[key] = [(line[0], para_xml(para, self.shapes.ink), line[-1])
                                        for line, para in zip(lines, paras, strict=True)]
        for box, para, name in self.look.furniture[key]:
            self.shapes.text(box, [para], name)

    def _watermark(self) -> None:
        """The faint diagonal DRAFT of a draft, at the PDF's size and colour, beneath everything."""
        master = self.look.deck.master
        who, grid, kit = master.who, master.grid, master.kit
        if who is None or not who.draft:
            return
        size, colour, _ = watermark_look(master, who.draft, self.plan.dark)
        ink = self.shapes.ink
        self.shapes.add(watermark_shape(who.draft, size * ink.scale, kit.chain.width(who.draft, size, True),
                                        (grid.width, grid.height), self.shapes.frame, colour, ink.slots, ink.lang))

    def _footer_text(self, attrs: str | None, name: str, box: Box, para: str) -> None:
        """The footer's text in a copy of the layout's footer placeholder, else in a text box."""
        if attrs is None:
            self.shapes.text(box, [para], name)
        else:
            self.shapes.add(placeholder(name, attrs, self.shapes.frame.xfrm(box), [para], anchor="ctr"))

    def _logo(self) -> None:
        """The theme's logo at the top right, as the PDF's master draws it; its alt text names the brand."""
        deck = self.look.deck
        if deck.master.logo is None:
            return
        width, height = deck.master.logo_size
        grid = deck.master.grid
        box = Box(grid.width - grid.margin - width, grid.title_top - height, width, height)
        if self.look.logo_part is None:
            self.look.logo_part = self.part.package.get_or_add_image_part(str(deck.master.logo))
        rid = self.part.relate_to(self.look.logo_part, RT.IMAGE)
        self.shapes.add(picture(self.shapes.native_name("Picture"), deck.theme.name, rid, self.shapes.frame.rect(box)))
