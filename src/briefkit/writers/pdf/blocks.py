"""Block nodes → reportlab flowables, one ``visit_<Node>`` method per node type.

The visitor keeps the width it is laying out for (the page's text width, or a
column's inside ``:::: columns``) because tables and charts size themselves to it.

Classes a template may set with a ``{.name}`` line (the same in the HTML writer):
paragraphs ``subtitle``/``lead`` (larger, muted), ``byline`` and ``source``/``small``
(small print); headings ``sources``/``compact`` set their whole section in small type,
as reference matter usually is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, ListFlowable, ListItem, Spacer, Table
from reportlab.platypus.flowables import _ContainerSpace
from reportlab.platypus.xpreformatted import XPreformatted

from briefkit.document import nodes as n
from briefkit.labels import Labels
from briefkit.writers.base import NodeVisitor
from briefkit.writers.pdf.inline import InlineMarkup
from briefkit.writers.pdf.page import HeadingParagraph
from briefkit.writers.pdf.styles import Styles
from briefkit.writers.pdf.tables import DataBlocks
from briefkit.writers.pdf.tail import kept_with_tail
from briefkit.writers.pdf.trials import TrialFlowables
from briefkit.writers.rlpara import Para
from briefkit.writers.rltagging import Elem, artifact, decoration_marker, label_bullets, tag

_STRONG_KINDS = {"warning", "important", "caution", "danger"}
_COMPACT = {"compact", "sources"}
"""Heading classes whose section is set small, like reference matter."""


_MAX_HELD = 360.0
"""Points of an unsplittable block held with its heading at most: a taller one starts its own page anyway."""


class HoldHeading(CondPageBreak):  # type: ignore[misc]  # reportlab is untyped
    """A conditional page break that passes the space after the block above on to the heading below.

    A plain CondPageBreak ends the collapsing of one block's space after with the
    next one's space before, so the heading would sit a few points lower than without it.
    """

    _ZEROSIZE = 1
    _SPACETRANSFER = True


class BlockBuilder(NodeVisitor):
    """Turns the blocks of a document into a list of flowables."""

    writer_name: ClassVar[str] = "PDF"

    def __init__(self, styles: Styles, markup: InlineMarkup, width: float, root: Elem,
                 outline_offset: int = 0, labels: Labels | None = None) -> None:
        self.styles = styles
        self.markup = markup
        self.width = width
        self.struct = root
        """The structure element new content is tagged under (see :mod:`~briefkit.writers.rltagging`)."""
        self.data = DataBlocks(styles, markup, labels)
        self.outline_offset = outline_offset
        """Added to a heading's level - 1 to give its outline level."""
        self.compact_level: int | None = None
        """Level of the heading that opened the current compact section, if any."""

    def blocks(self, blocks: tuple[n.Block, ...] | list[n.Block], kept: TrialFlowables | None = None) -> list[Flowable]:
        """Flowables for a sequence of blocks; with ``kept``, each block's are reused from an earlier
        page count where it has them (see :mod:`~briefkit.writers.pdf.trials`)."""
        out: list[Flowable] = []
        for i, block in enumerate(blocks):
            over_table = False
            if isinstance(block, n.Heading):
                self._enter_section(block)
                over_table = i + 1 < len(blocks) and isinstance(blocks[i + 1], n.Table)
            if kept is None:
                out.extend(self._block(block, over_table))
                continue
            key = (block, over_table, self.compact_level, self.width)
            found = kept.take(key)
            if found is None:
                # a callout's own headings may open or close a compact section: that is kept too
                found = kept.keep(key, self._block(block, over_table), self.compact_level)
            out.extend(found[0])
            self.compact_level = found[1]
        return kept_with_tail(self._headings_held(out), self.width)

    def _block(self, block: n.Block, over_table: bool) -> list[Flowable]:
        """The flowables of one block (a heading over a table held with its first rows only)."""
        if over_table and isinstance(block, n.Heading):
            return self._heading_over_table(block)
        flows: list[Flowable] = self.visit(block)
        return flows

    def _room(self, headings: list[Flowable], below: Flowable) -> float:
        """Height of ``headings`` and of two lines of what follows them, or of all of it when it cannot split.

        A chart (kept together) under its heading would otherwise leave the heading alone at the foot
        of the page and go to the next one.
        """
        tall = sum(h.style.spaceBefore + h.wrap(self.width, 1e6)[1] + h.style.spaceAfter for h in headings)
        parts = below._content if isinstance(below, KeepTogether) else []  # its own wrap needs a canvas
        whole = sum(part.wrap(self.width, 1e6)[1] for part in parts)
        return float(tall + max(2 * self.styles.body.leading, min(whole, _MAX_HELD)))

    def _headings_held(self, flows: list[Flowable]) -> list[Flowable]:
        """A page break before headings that reportlab's keepWithNext cannot hold to what follows.

        reportlab keeps a heading with the next flowable only when that one may go in a
        KeepTogether; lists (ListFlowable) and KeepTogether blocks may not, so a heading
        over a list (the note's "Sources") was left alone at the foot of a page.  Such a
        run of headings now starts a new page unless it fits with two lines below it.
        """
        out: list[Flowable] = []
        run: list[Flowable] = []
        for flow in flows:
            if isinstance(flow, HeadingParagraph) and flow.getKeepWithNext():
                run.append(flow)
                continue
            if run and isinstance(flow, _ContainerSpace):
                out.append(HoldHeading(self._room(run, flow)))
            out.extend(run)
            run = []
            out.append(flow)
        return out + run

    def _heading_over_table(self, node: n.Heading) -> list[Flowable]:
        """A heading that stays with the first rows of its table, not the whole table.

        Keeping a heading with the next flowable keeps it with the whole table, which then
        jumps to the next page and leaves a gap; a page-budgeted note cannot afford that.
        """
        flows = self.visit_Heading(node)
        flows[-1].keepWithNext = 0
        room = self.styles.heading(node.level).fontSize * 3 + 4 * (self.styles.theme.sizes.body * 1.5)
        return [CondPageBreak(room), *flows]

    def _enter_section(self, heading: n.Heading) -> None:
        """Track whether the text that follows belongs to a compact (reference) section."""
        if self.compact_level is not None and heading.level <= self.compact_level:
            self.compact_level = None
        if _COMPACT & set(heading.classes):
            self.compact_level = heading.level

    @contextmanager
    def inside(self, elem: Elem) -> Iterator[Elem]:
        """Tag the content built inside under ``elem``."""
        saved, self.struct = self.struct, elem
        try:
            yield elem
        finally:
            self.struct = saved

    def para(self, markup: str, style: ParagraphStyle, role: str = "P") -> Flowable:
        """A paragraph tagged as ``role`` under the current structure element."""
        return tag(Para(markup, style), self.struct.add(role))

    @contextmanager
    def narrower(self, width: float) -> Iterator[None]:
        """Lay out nested content for a smaller width."""
        saved, self.width = self.width, width
        try:
            yield
        finally:
            self.width = saved

    def boxed(self, flowables: list[Flowable], background: Color | None, bar: Color | None,
              bar_width: float = 2.5, pad: float = 8) -> Table:
        """Content in a one-cell table: an optional shaded background and left bar."""
        box = Table([[flowables]], colWidths=[self.width], hAlign="LEFT", splitInRow=1, renderCB=decoration_marker)
        commands: list[tuple[object, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), pad + (bar_width if bar else 0)),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.75), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.4),
        ]
        if background is not None:
            commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
        if bar is not None:
            commands.append(("LINEBEFORE", (0, 0), (0, -1), bar_width, bar))
        box.setStyle(self.styles.table_style(commands))
        return box

    # headings and text -------------------------------------------------------------
    def visit_Heading(self, node: n.Heading) -> list[Flowable]:
        style = self.styles.heading(node.level)
        text = n.plain_text(node.children)
        markup = self.markup.render(node.children)
        heading = HeadingParagraph(markup, style, text, node.level - 1 + self.outline_offset,
                                   reference="sources" in node.classes)
        return [tag(heading, self.struct.add(f"H{min(node.level, 6)}"))]

    def visit_Paragraph(self, node: n.Paragraph) -> list[Flowable]:
        s = self.styles
        by_class = {"byline": s.byline, "subtitle": s.subtitle, "lead": s.subtitle, "source": s.note, "note": s.note,
                    "small": s.note}
        plain = s.compact if self.compact_level is not None else s.body
        style = next((by_class[c] for c in node.classes if c in by_class), plain)
        return [self.para(self.markup.render(node.children), style)]

    def _items(self, items: tuple[n.ListItem, ...], labels: list[Elem]) -> list[ListItem]:
        """The list's items, tagged LI > Lbl + LBody under the current ``L``; ``labels`` gets each Lbl."""
        out = []
        with self.narrower(self.width - self._indent()):
            for item in items:
                li = self.struct.add("LI")
                labels.append(li.add("Lbl"))
                built: list[Flowable] = []
                with self.inside(li.add("LBody")):
                    for block in item.children:
                        if isinstance(block, n.Paragraph):
                            compact = self.compact_level is not None
                            style = self.styles.compact if compact else self.styles.list_item
                            built.append(self.para(self.markup.render(block.children), style))
                        else:
                            built.extend(self.visit(block))
                out.append(ListItem(built))
        return out

    def _indent(self) -> float:
        return self.styles.theme.sizes.body * 1.5

    def _list(self, items: tuple[n.ListItem, ...], **kind: object) -> list[Flowable]:
        s = self.styles
        size = s.compact.fontSize if self.compact_level is not None else s.theme.sizes.body
        options: dict[str, object] = {"bulletFontName": s.font, "bulletFontSize": size,
                                      "bulletColor": s.colors.accent, "leftIndent": self._indent(),
                                      "spaceAfter": s.body.spaceAfter * 0.6}
        labels: list[Elem] = []
        with self.inside(self.struct.add("L", ListNumbering="Disc" if kind["bulletType"] == "bullet" else "Decimal")):
            flow = ListFlowable(self._items(items, labels), **{**options, **kind})
        label_bullets(flow, labels)
        return [flow]

    def visit_BulletList(self, node: n.BulletList) -> list[Flowable]:
        return self._list(node.items, bulletType="bullet", start="•")

    def visit_OrderedList(self, node: n.OrderedList) -> list[Flowable]:
        return self._list(node.items, bulletType="1", start=node.start, bulletFormat="%s.",
                          bulletFontName=self.styles.bold)

    def visit_BlockQuote(self, node: n.BlockQuote) -> list[Flowable]:
        s = self.styles
        parts: list[Flowable] = []
        with self.inside(self.struct.add("BlockQuote")):
            for block in node.children:
                if isinstance(block, n.Paragraph):
                    attribution = n.plain_text(block.children).startswith("—")
                    style = s.attribution if attribution else s.quote
                    parts.append(self.para(self.markup.render(block.children, italic=not attribution), style))
                else:
                    with self.narrower(self.width - 24):
                        parts.extend(self.visit(block))
        return [self.boxed(parts, None, s.colors.accent, 2, 10), Spacer(1, s.body.spaceAfter)]

    def visit_CodeBlock(self, node: n.CodeBlock) -> list[Flowable]:
        s = self.styles
        text = tag(XPreformatted(self.markup.text(node.text.rstrip("\n")), s.code), self.struct.add("Code"))
        return [self.boxed([text], s.colors.light, None, pad=6), Spacer(1, s.body.spaceAfter)]

    # directives ----------------------------------------------------------------
    def visit_SlideBreak(self, node: n.SlideBreak) -> list[Flowable]:
        return [artifact(HRFlowable(width="100%", thickness=0.5, color=self.styles.colors.rule,
                                    spaceBefore=4, spaceAfter=8))]

    def visit_Notes(self, node: n.Notes) -> list[Flowable]:
        return []  # speaker notes belong to the deck, not to printed documents

    def visit_Callout(self, node: n.Callout) -> list[Flowable]:
        s = self.styles
        bar = s.colors.accent if node.kind in _STRONG_KINDS else s.colors.primary
        parts: list[Flowable] = []
        with self.inside(self.struct.add("Div")):
            if node.title:
                parts.append(self.para(self.markup.text(node.title), s.callout_title))
            with self.narrower(self.width - 22):
                parts.extend(self.blocks(node.children))
        return [self.boxed(parts, s.colors.light, bar, 3, 9), Spacer(1, s.body.spaceAfter + 2)]

    def visit_Columns(self, node: n.Columns) -> list[Flowable]:
        gap = 14.0
        count = max(1, len(node.columns))
        col_w = (self.width - gap * (count - 1)) / count
        cells: list[list[Flowable]] = []
        with self.narrower(col_w), self.inside(self.struct.add("Div")) as group:
            for col in node.columns:
                with self.inside(group.add("Div")):
                    cells.append(self.blocks(col))
        widths = [col_w + (gap if i < count - 1 else 0) for i in range(count)]
        table = Table([cells], colWidths=widths, hAlign="LEFT", splitInRow=1, renderCB=decoration_marker)
        table.setStyle(self.styles.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), gap), ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [table]

    def visit_Table(self, node: n.Table) -> list[Flowable]:
        return self.data.table(node, self.width, self.struct)

    def visit_Figures(self, node: n.Figures) -> list[Flowable]:
        return self.data.figures(node, self.width, self.struct)

    def visit_Timeline(self, node: n.Timeline) -> list[Flowable]:
        return self.data.timeline(node, self.width, self.struct)

    def visit_Chart(self, node: n.Chart) -> list[Flowable]:
        return self.data.chart(node, self.width, self.struct)

