"""GitHub-flavoured Markdown writer: clean, readable text for repositories and wikis.

Directives become plain Markdown a reader understands without briefkit:
key figures a table, the timeline a list, charts a table of their data,
callouts a quoted note.  Speaker notes are left out (they are for the deck).
"""

from __future__ import annotations

import re
from typing import ClassVar

from briefkit.document import nodes as n
from briefkit.document.charts import format_number
from briefkit.labels import Labels, english
from briefkit.theme import Theme
from briefkit.writers.base import NodeVisitor, Rendered, RenderOptions

# Escape only what would otherwise change meaning, so the text stays readable.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_CLOSING_HASHES = re.compile(r"(?<!\\)#+\s*$")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Escape Markdown-significant characters in running text."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;") if re.search(r"&#?\w+;", text) else text


class MarkdownWriter(NodeVisitor):
    """Document tree → GFM text."""

    name: ClassVar[str] = "md"
    extension: ClassVar[str] = "md"
    binary: ClassVar[bool] = False
    writer_name: ClassVar[str] = "Markdown"

    def __init__(self) -> None:
        self.labels: Labels = english()
        """Words the writer adds (table headers, "Source: …"), in the document's language."""

    def render(self, doc: n.Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render the whole document."""
        self.labels = options.labels
        parts = [self.visit(b) for b in doc.blocks]
        text = "\n\n".join(p for p in parts if p).strip() + "\n"
        return Rendered(text.encode("utf-8"))

    # inline -----------------------------------------------------------------
    def inline(self, items: tuple[n.Inline, ...]) -> str:
        """Render inline nodes."""
        return "".join(self.visit(i) for i in items)

    def visit_Text(self, node: n.Text) -> str:
        return escape(node.text)

    def visit_Strong(self, node: n.Strong) -> str:
        return f"**{self.inline(node.children)}**"

    def visit_Emph(self, node: n.Emph) -> str:
        return f"*{self.inline(node.children)}*"

    def visit_Code(self, node: n.Code) -> str:
        fence = "``" if "`" in node.text else "`"
        return f"{fence}{node.text}{fence}"

    def visit_Link(self, node: n.Link) -> str:
        return f"[{self.inline(node.children)}](<{node.url}>)"

    def visit_LineBreak(self, node: n.LineBreak) -> str:
        return "\\\n"

    # blocks -----------------------------------------------------------------
    def para(self, items: tuple[n.Inline, ...]) -> str:
        """A paragraph whose first character cannot start a block by accident."""
        return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), self.inline(items), count=1)

    def visit_Heading(self, node: n.Heading) -> str:
        # A run of '#' at the end of a heading is a closing sequence in CommonMark: escape it.
        text = _CLOSING_HASHES.sub(lambda m: m.group(0).replace("#", "\\#"), self.inline(node.children))
        return "#" * node.level + " " + text

    def visit_Paragraph(self, node: n.Paragraph) -> str:
        return self.para(node.children)

    def _item(self, marker: str, item: n.ListItem) -> str:
        body = "\n\n".join(self.visit(b) for b in item.children)
        pad = " " * len(marker)
        return marker + body.replace("\n", "\n" + pad)

    def visit_BulletList(self, node: n.BulletList) -> str:
        return "\n".join(self._item("- ", i) for i in node.items)

    def visit_OrderedList(self, node: n.OrderedList) -> str:
        return "\n".join(self._item(f"{node.start + k}. ", i) for k, i in enumerate(node.items))

    def visit_BlockQuote(self, node: n.BlockQuote) -> str:
        body = "\n\n".join(self.visit(b) for b in node.children)
        return "\n".join("> " + line if line else ">" for line in body.splitlines())

    def visit_CodeBlock(self, node: n.CodeBlock) -> str:
        fence = "````" if "```" in node.text else "```"
        return f"{fence}{node.info}\n{node.text.rstrip()}\n{fence}"

    def _row(self, cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") or " " for c in cells) + " |"

    def _table(self, header: list[str], rows: list[list[str]], aligns: list[n.Align]) -> str:
        rule = {"left": ":---", "center": ":---:", "right": "---:", None: "---"}
        lines = [self._row(header), "| " + " | ".join(rule[a] for a in aligns) + " |"]
        lines += [self._row(r) for r in rows]
        return "\n".join(lines)

    def visit_Table(self, node: n.Table) -> str:
        header = [self.inline(c) for c in node.header]
        rows = [[self.inline(c) for c in row] for row in node.rows]
        return self._table(header, rows, list(node.aligns))

    def visit_SlideBreak(self, node: n.SlideBreak) -> str:
        return "---"

    def visit_Notes(self, node: n.Notes) -> str:
        return ""

    def visit_Figures(self, node: n.Figures) -> str:
        rows = [[escape(t.value), self.inline(t.label)] for t in node.items]
        header = [escape(self.labels.get("figure")), escape(self.labels.get("what_it_measures"))]
        return self._table(header, rows, ["right", None])

    def visit_Timeline(self, node: n.Timeline) -> str:
        return "\n".join(f"- **{escape(e.date)}** — {self.inline(e.children)}" for e in node.events)

    def visit_Chart(self, node: n.Chart) -> str:
        unit = f" ({node.unit})" if node.unit else ""
        rows = [[escape(p.label), escape(p.display or format_number(p.value))] for p in node.points]
        table = self._table(["", escape(self.labels.get("value") + unit)], rows, [None, "right"])
        caption = f"*{escape(node.title)}*" if node.title else ""
        source = f"\n\n*{escape(self.labels.get('source_prefix', source=node.source))}*" if node.source else ""
        return (caption + "\n\n" if caption else "") + table + source

    def visit_Callout(self, node: n.Callout) -> str:
        kind = {"warning": "WARNING", "important": "IMPORTANT", "tip": "TIP"}.get(node.kind, "NOTE")
        body = "\n\n".join(self.visit(b) for b in node.children)
        title = f"**{escape(node.title)}**\n\n" if node.title else ""
        # GitHub titles an alert with its kind in English ("Note"): a titled callout in another
        # language is a plain quote under its own title instead.
        english = self.labels.language.replace("_", "-").split("-")[0].lower() == "en"
        alert = [f"[!{kind}]"] if english or not node.title else []
        lines = [*alert, *(title + body).splitlines()]
        return "\n".join("> " + line if line else ">" for line in lines)

    def visit_Columns(self, node: n.Columns) -> str:
        return "\n\n".join(self.visit(b) for col in node.columns for b in col)
