"""Inline nodes → reportlab paragraph markup.

reportlab reads paragraph text as markup, so content never reaches it raw:
every piece of text goes through :meth:`FontChain.markup`, which escapes
``<``, ``&`` and ``>`` and wraps runs a fallback font must draw (CJK, say).
Characters no font covers are collected so the writer can warn about them.
"""

from __future__ import annotations

from briefkit.document import nodes as n
from briefkit.fonts import FontChain
from briefkit.writers.rlinline import InlineRenderer
from briefkit.xmltext import quoteattr


class InlineMarkup(InlineRenderer):
    """Render inline nodes with the font chain, remembering uncovered characters."""

    def __init__(self, chain: FontChain, link_color: str) -> None:
        self.chain = chain
        self.link_color = link_color
        self.missing: dict[str, None] = {}

    def text(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """Markup for a literal string."""
        for char in self.chain.missing(text):
            self.missing.setdefault(char, None)
        return self.chain.markup(text, bold, italic)

    def code(self, node: n.Code, bold: bool, italic: bool) -> str:
        """Code in the link colour: no monospace face is embedded, so code is set apart by colour only."""
        return f'<font color="{self.link_color}">{self.text(node.text, bold, italic)}</font>'

    def link(self, node: n.Link, inner: str) -> str:
        """A live link (the parser already refused unsafe schemes)."""
        return f"<a href={quoteattr(node.url)} color={quoteattr(self.link_color)}>{inner}</a>"

    def warnings(self) -> list[str]:
        """One warning listing the characters no font could draw (empty if none)."""
        if not self.missing:
            return []
        listed = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in self.missing)
        return [f"no font in the theme covers {listed}; they may print as empty boxes"]
