"""Plain-text writer: the document as a reader sees it in a text-only mail client.

Lines wrap at 72 columns; headings are underlined, lists keep their markers
with hanging indents, links print their address, tables become aligned
columns (or "label: value" lines when too wide).  Speaker notes are left out.
"""

from __future__ import annotations

import textwrap
from typing import ClassVar

from briefkit.document import nodes as n
from briefkit.document.charts import format_number
from briefkit.labels import Labels, english
from briefkit.theme import Theme
from briefkit.writers.base import NodeVisitor, Rendered, RenderOptions

WIDTH = 72


def wrap(text: str, indent: str = "", first: str | None = None, width: int = WIDTH) -> str:
    """Wrap ``text`` to ``width`` columns, keeping hard line breaks."""
    lines: list[str] = []
    lead = indent if first is None else first
    for part in text.split("\n"):
        wrapped = textwrap.wrap(part, width, initial_indent=lead, subsequent_indent=indent,
                                break_long_words=False, break_on_hyphens=False) or [lead.rstrip()]
        lines.extend(wrapped)
        lead = indent
    return "\n".join(lines)


class PlainTextWriter(NodeVisitor):
    """Document tree → UTF-8 plain text."""

    name: ClassVar[str] = "text"
    extension: ClassVar[str] = "txt"
    binary: ClassVar[bool] = False
    writer_name: ClassVar[str] = "plain-text"

    def __init__(self, labels: Labels | None = None) -> None:
        self.width = WIDTH
        """The room left for text: nested list items have less."""
        self.labels = labels or english()
        """Words the writer adds ("Source: …"), in the document's language."""

    def render(self, doc: n.Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render the whole document."""
        self.labels = options.labels
        return Rendered(self.text(doc).encode("utf-8"))

    def text(self, doc: n.Document) -> str:
        """The document as a string."""
        parts = [self.visit(b) for b in doc.blocks]
        return "\n\n".join(p for p in parts if p).strip() + "\n"

    # inline -----------------------------------------------------------------
    def inline(self, items: tuple[n.Inline, ...]) -> str:
        """Render inline nodes."""
        return "".join(self.visit(i) for i in items)

    def visit_Text(self, node: n.Text) -> str:
        return node.text

    def visit_Strong(self, node: n.Strong) -> str:
        return self.inline(node.children)

    def visit_Emph(self, node: n.Emph) -> str:
        return self.inline(node.children)

    def visit_Code(self, node: n.Code) -> str:
        return node.text

    def visit_Link(self, node: n.Link) -> str:
        label = self.inline(node.children)
        return node.url if label.strip() in ("", node.url) else f"{label} <{node.url}>"

    def visit_LineBreak(self, node: n.LineBreak) -> str:
        return "\n"

    # blocks -----------------------------------------------------------------
    def visit_Heading(self, node: n.Heading) -> str:
        text = wrap(" ".join(self.inline(node.children).split()))
        if node.level >= 3:
            return text
        longest = max(len(line) for line in text.splitlines())
        return f"{text}\n{('=' if node.level == 1 else '-') * longest}"

    def visit_Paragraph(self, node: n.Paragraph) -> str:
        return wrap(self.inline(node.children), width=self.width)

    def _item(self, marker: str, item: n.ListItem) -> str:
        pad = " " * len(marker)
        self.width -= len(marker)
        try:
            body = "\n\n".join(self.visit(b) for b in item.children)
        finally:
            self.width += len(marker)
        lines = body.splitlines() or [""]
        return "\n".join([marker + lines[0].lstrip(), *(pad + line if line else "" for line in lines[1:])])

    def visit_BulletList(self, node: n.BulletList) -> str:
        return "\n".join(self._item("- ", i) for i in node.items)

    def visit_OrderedList(self, node: n.OrderedList) -> str:
        width = len(str(node.start + len(node.items) - 1))
        return "\n".join(self._item(f"{node.start + k:>{width}}. ", i) for k, i in enumerate(node.items))

    def visit_BlockQuote(self, node: n.BlockQuote) -> str:
        body = "\n\n".join(self.visit(b) for b in node.children)
        return "\n".join("> " + line if line else ">" for line in body.splitlines())

    def visit_CodeBlock(self, node: n.CodeBlock) -> str:
        return "\n".join("    " + line for line in node.text.rstrip().splitlines())

    def _columns(self, rows: list[list[str]]) -> str:
        """Aligned columns; the last one wraps when the table is wider than a line."""
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lead = sum(widths[:-1]) + 2 * (len(widths) - 1)
        if lead + widths[-1] > WIDTH and lead > WIDTH // 2:
            header, *body = rows
            return "\n\n".join("\n".join(wrap(f"{h}: {c}" if h else c, "  ", "")
                                         for h, c in zip(header, row, strict=False) if c) for row in body)
        last = min(widths[-1], WIDTH - lead)
        lines = []
        for row in rows:
            prefix = "".join(c.ljust(w) + "  " for c, w in zip(row[:-1], widths, strict=False))
            lines.append(wrap(row[-1], " " * len(prefix), prefix).rstrip())
        lines.insert(1, "  ".join("-" * w for w in [*widths[:-1], last]))
        return "\n".join(lines)

    def visit_Table(self, node: n.Table) -> str:
        rows = [[self.inline(c) for c in node.header], *([self.inline(c) for c in row] for row in node.rows)]
        return self._columns(rows)

    def visit_SlideBreak(self, node: n.SlideBreak) -> str:
        return "-" * WIDTH

    def visit_Notes(self, node: n.Notes) -> str:
        return ""

    def visit_Figures(self, node: n.Figures) -> str:
        width = max((len(t.value) for t in node.items), default=0)
        return "\n".join(wrap(self.inline(t.label), " " * (width + 3), f"{t.value:>{width}}   ") for t in node.items)

    def visit_Timeline(self, node: n.Timeline) -> str:
        return "\n".join(wrap(self.inline(e.children), "  ", f"{e.date}: ") for e in node.events)

    def visit_Chart(self, node: n.Chart) -> str:
        unit = f" ({node.unit})" if node.unit else ""
        title = f"{node.title}{unit}\n" if node.title or unit else ""
        rows = "\n".join(wrap(f"{p.label}: {p.display or format_number(p.value)}", "  ", "- ", self.width)
                         for p in node.points)
        source = "\n" + self.labels.get("source_prefix", source=node.source) if node.source else ""
        return title + rows + source

    def visit_Callout(self, node: n.Callout) -> str:
        # The title names the callout in the reader's language; the kind is markup, shown only without one.
        head = f"[{node.title}]" if node.title else f"[{node.kind.upper()}]"
        body = "\n\n".join(self.visit(b) for b in node.children)
        return head + "\n" + "\n".join("  " + line if line else "" for line in body.splitlines())

    def visit_Columns(self, node: n.Columns) -> str:
        return "\n\n".join(self.visit(b) for col in node.columns for b in col)
