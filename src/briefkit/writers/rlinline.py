"""Inline nodes → reportlab paragraph markup, shared by the PDF and slides writers.

reportlab reads paragraph text as markup, so content never reaches it raw:
each writer's :meth:`InlineRenderer.text` escapes literal text (through
:meth:`briefkit.fonts.FontChain.markup`, which also splits it by script over
the font fallback chain).  The writers differ only in how code spans look
and which links become live, so those are the two hooks.
"""

from __future__ import annotations

from typing import ClassVar

from briefkit.document import nodes as n
from briefkit.errors import WriterError


class InlineRenderer:
    """Bold, italic and line breaks as reportlab tags; text, code and links by the subclass."""

    writer_name: ClassVar[str] = "PDF"

    def text(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """Escaped markup for literal ``text``."""
        raise NotImplementedError

    def code(self, node: n.Code, bold: bool, italic: bool) -> str:
        """A code span: plain text unless the writer sets it apart."""
        return self.text(node.text, bold, italic)

    def link(self, node: n.Link, inner: str) -> str:
        """A link around the already rendered ``inner`` markup."""
        raise NotImplementedError

    def render(self, items: tuple[n.Inline, ...], bold: bool = False, italic: bool = False) -> str:
        """Markup for a sequence of inline nodes."""
        return "".join(self._one(item, bold, italic) for item in items)

    def _one(self, node: n.Inline, bold: bool, italic: bool) -> str:
        if isinstance(node, n.Text):
            return self.text(node.text, bold, italic)
        if isinstance(node, n.Strong):
            return f"<b>{self.render(node.children, True, italic)}</b>"
        if isinstance(node, n.Emph):
            return f"<i>{self.render(node.children, bold, True)}</i>"
        if isinstance(node, n.Code):
            return self.code(node, bold, italic)
        if isinstance(node, n.Link):
            return self.link(node, self.render(node.children, bold, italic))
        if isinstance(node, n.LineBreak):
            return "<br/>"
        raise WriterError(f"the {self.writer_name} writer cannot render a {type(node).__name__} node")
