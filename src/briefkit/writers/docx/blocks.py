"""Block nodes → Word paragraphs in named styles.

The first level-1 heading is the Title; Markdown ``##``/``###``/``####``
become Heading 1–3 (the title already holds the top level, as in a Word
report).  ``{.subtitle}`` and ``{.byline}`` paragraphs take the Subtitle and
Byline styles; lists the List Bullet / List Number styles, each numbered
list restarting at its own start; speaker notes are left out.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from briefkit.document import nodes as n
from briefkit.document.charts import unit_caption
from briefkit.writers.docx.chart import add_chart
from briefkit.writers.docx.context import TocEntry
from briefkit.writers.docx.elements import PPR_RANK, insert_ordered, ppr, w
from briefkit.writers.docx.oxml import bookmark, child, element
from briefkit.writers.docx.reference import numbering_root
from briefkit.writers.docx.tables import TableBlocks

_CLASS_STYLES = {"subtitle": "Subtitle", "byline": "Byline", "source": "Source Note", "note": "Source Note",
                 "caption": "Caption", "lead": "Normal"}
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc",
               "w:rPr")


class BodyWriter(TableBlocks):
    """Document tree → the body of a python-docx document."""

    # headings and paragraphs ---------------------------------------------------
    def visit_Heading(self, node: n.Heading) -> None:
        text = n.plain_text(node.children)
        self.state.heading = text
        if node.level == 1 and not self.state.title_done:
            self.state.title_done = True
            self.inline.write(self.paragraph("Title"), node.children)
            return
        level = min(max(node.level - 1, 1), 3)
        small, self.inline.small = self.inline.small, None  # headings keep their style's size
        paragraph = self.paragraph(f"Heading {level}")
        self.inline.write(paragraph, node.children)
        self.inline.small = small
        self._small_print(node, level)
        if level <= 2 and len(self._containers) == 1:
            self.state.bookmarks += 1
            name = f"_Toc{self.state.bookmarks:06d}"
            bookmark(paragraph, name, self.state.bookmarks)
            self.state.toc.append(TocEntry(level, text, name, paragraph))

    def _small_print(self, node: n.Heading, level: int) -> None:
        """A heading classed ``.sources`` opens a section set in small, muted type (until a peer heading)."""
        if "sources" in node.classes:
            self.state.small_level = level
            colours, sizes = self.theme.colors, self.theme.sizes
            self.inline.small = (sizes.small + 0.5, colours.muted.lstrip("#"))
        elif self.state.small_level is not None and level <= self.state.small_level:
            self.state.small_level = None
            self.inline.small = None

    def visit_Paragraph(self, node: n.Paragraph) -> None:
        style = next((_CLASS_STYLES[c] for c in node.classes if c in _CLASS_STYLES), "Normal")
        paragraph = self.paragraph(style, "Normal")
        if "source" in node.classes:
            _held_by_table(paragraph)
        if n.plain_text(node.children).rstrip().endswith(":"):
            # A lead-in ("The article's themes:") is read with what it introduces: never last on a page.
            paragraph.paragraph_format.keep_with_next = True
        self.inline.write(paragraph, node.children)

    # lists ---------------------------------------------------------------------
    def visit_BulletList(self, node: n.BulletList) -> None:
        self._list(node.items, "List Bullet", None)

    def visit_OrderedList(self, node: n.OrderedList) -> None:
        num_id = self._restart("List Number", node.start)
        self._list(node.items, "List Number", num_id)

    def _list(self, items: tuple[n.ListItem, ...], style: str, num_id: str | None, depth: int = 0) -> None:
        name = style if depth == 0 else f"{style} 2"
        for item in items:
            first = True
            for block in item.children:
                if isinstance(block, n.Paragraph) and first:
                    paragraph = self.paragraph(name, style)
                    if num_id is not None:
                        _numbered(paragraph, num_id, depth)
                    self.inline.write(paragraph, block.children)
                elif isinstance(block, n.BulletList | n.OrderedList):
                    nested = "List Bullet" if isinstance(block, n.BulletList) else "List Number"
                    self._list(block.items, nested, num_id if nested == style else None, min(depth + 1, 1))
                else:
                    self.visit(block)
                first = False

    def _restart(self, style_name: str, start: int) -> str | None:
        """A new list instance of the style's numbering, so this list counts from ``start``."""
        style = self.styles.paragraph(style_name)
        num = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}") if style is not None else None
        if num is None:
            return None
        root = numbering_root(self.document)
        source = root.find(f"{qn('w:num')}[@{qn('w:numId')}='{num.get(qn('w:val'))}']")
        if source is None:
            return None
        used = [int(x.get(qn("w:numId"))) for x in root.iterfind(qn("w:num"))]
        new_id = str(max(used) + 1)
        new = element("w:num", w_numId=new_id)
        new.append(element("w:abstractNumId", w_val=source.find(qn("w:abstractNumId")).get(qn("w:val"))))
        override = element("w:lvlOverride", w_ilvl="0")
        override.append(element("w:startOverride", w_val=str(start)))
        new.append(override)
        root.append(new)
        return new_id

    # other blocks --------------------------------------------------------------
    def visit_BlockQuote(self, node: n.BlockQuote) -> None:
        for block in node.children:
            if isinstance(block, n.Paragraph):
                style = "Quote Attribution" if n.is_attribution(block) else "Quote"
                self.inline.write(self.paragraph(style, "Quote"), block.children)
            else:
                self.visit(block)

    def visit_CodeBlock(self, node: n.CodeBlock) -> None:
        items: list[n.Inline] = []
        for line in node.text.rstrip("\n").split("\n"):
            items += [n.LineBreak(), n.Text(line)] if items else [n.Text(line)]
        self.inline.write(self.paragraph("Source Code"), tuple(items))

    def visit_SlideBreak(self, node: n.SlideBreak) -> None:
        paragraph = self.paragraph("Normal")
        ppr = paragraph._p.get_or_add_pPr()
        borders = child(ppr, "w:pBdr", _AFTER_PBDR)
        borders.append(element("w:bottom", w_val="single", w_sz="4", w_space="1",
                               w_color=self.theme.colors.rule.lstrip("#")))

    def visit_Notes(self, node: n.Notes) -> None:
        """Speaker notes belong to the deck, not the document."""

    def visit_Chart(self, node: n.Chart) -> None:
        self.state.charts += 1
        if node.title:
            self.inline.text(self.paragraph("Caption"),
                             self.labels.get("chart_caption", number=self.state.charts, title=node.title))
        # As under the PDF's chart: the unit (when the values do not show it) and the source.
        source = self.labels.get("source_prefix", source=node.source) if node.source else ""
        unit = unit_caption(node, self.labels.get("unit_caption"))
        note = " · ".join(part for part in (unit, source) if part)
        if note:
            # The same line under two charts is one sentence printed twice: the later one points back.
            before = self.state.chart_notes.get(note)
            self.state.chart_notes[note] = self.state.charts
            note = self.labels.get("same_note" if unit else "same_source", number=before) if before else note
        paragraph = self.paragraph("Normal")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = bool(note)
        add_chart(paragraph, node, self.theme, self.inline.east_asian_font, min(self.width / 360000, 16.0),
                  self.state.charts)
        if note:
            self.inline.text(self.paragraph("Source Note"), note)


_KEEP_NEXT = w("keepNext")


def _held_by_table(paragraph: Any) -> None:
    """A source line right under a table stays on the page of the table's last row (keep with next)."""
    table = paragraph._p.getprevious()
    if table is None or table.tag != qn("w:tbl"):
        return
    rows = table.findall(qn("w:tr"))
    for p in rows[-1].iter(qn("w:p")) if rows else ():
        props = ppr(p)
        if props.find(_KEEP_NEXT) is None:
            insert_ordered(props, props.makeelement(_KEEP_NEXT), PPR_RANK)


def _numbered(paragraph: Any, num_id: str, depth: int) -> None:
    """``w:numPr`` (level and list instance), written directly: one per list item."""
    props = ppr(paragraph._p)
    if props.find(_NUMPR) is not None:  # never on a new paragraph; python-docx edits an existing one
        numpr = props.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = depth
        numpr.get_or_add_numId().val = int(num_id)
        return
    numpr = insert_ordered(props, props.makeelement(_NUMPR), PPR_RANK)
    numpr.append(numpr.makeelement(_ILVL, {_VAL: str(depth)}))
    numpr.append(numpr.makeelement(_NUMID, {_VAL: str(int(num_id))}))


_NUMPR, _ILVL, _NUMID, _VAL = w("numPr"), w("ilvl"), w("numId"), w("val")
