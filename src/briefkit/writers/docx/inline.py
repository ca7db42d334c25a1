"""Inline nodes → Word runs: bold, italic, code, real hyperlinks, line breaks.

Text is literal: it goes into ``w:t`` as characters, so ``<``, ``&`` and
``{{ }}`` show as typed.  Runs holding CJK get the East-Asian font slot.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from docx.shared import Pt, RGBColor

from briefkit.document import nodes as n
from briefkit.writers.base import NodeVisitor
from briefkit.writers.docx.oxml import (
    child,
    clean,
    has_east_asian,
    hyperlink,
    mark_east_asian,
    set_color,
    set_size,
)
from briefkit.writers.docx.stylebook import set_style


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    char_style: str | None = None
    link: Any = None
    color: str | None = None


class InlineWriter(NodeVisitor):
    """Appends inline nodes to one paragraph at a time."""

    writer_name: ClassVar[str] = "DOCX"

    def __init__(self, east_asian_font: str, styles: Any) -> None:
        self.east_asian_font = east_asian_font
        self.styles = styles
        self.paragraph: Any = None
        self.fmt = _Format()
        self.small: tuple[float, str] | None = None
        """(points, RRGGBB) for every run while a small-print section is open, else None."""

    def write(self, paragraph: Any, items: tuple[n.Inline, ...], **fmt: Any) -> None:
        """Append ``items`` to ``paragraph`` (``fmt``: bold, italic, char_style, color as RRGGBB)."""
        self.paragraph = paragraph
        if self.small:
            self._small_mark(paragraph)
        with self._format(**fmt):
            for item in items:
                self.visit(item)

    def _small_mark(self, paragraph: Any) -> None:
        """Shrink the paragraph mark too, so list numbers and bullets match small print."""
        assert self.small is not None
        rpr = child(paragraph._p.get_or_add_pPr(), "w:rPr", ("w:sectPr", "w:pPrChange"))
        set_size(rpr, self.small[0])
        set_color(rpr, self.small[1])

    def text(self, paragraph: Any, text: str, **fmt: Any) -> None:
        """Append plain ``text`` to ``paragraph``."""
        self.write(paragraph, (n.Text(text),), **fmt)

    def linked(self, paragraph: Any, link: Any, text: str) -> None:
        """Append ``text`` inside an existing ``w:hyperlink`` of ``paragraph``."""
        self.paragraph = paragraph
        with self._format(link=link):
            self.run(text)

    @contextmanager
    def _format(self, **changes: Any) -> Iterator[None]:
        saved = self.fmt
        self.fmt = replace(saved, **changes)
        try:
            yield
        finally:
            self.fmt = saved

    def run(self, text: str) -> Any:
        """A run of ``text`` in the current format."""
        run = self.paragraph.add_run(clean(text))
        if self.fmt.bold:
            run.bold = True
        if self.fmt.italic:
            run.italic = True
        style = self.styles.character(self.fmt.char_style)
        if style:
            set_style(run, style)
        colour = self.fmt.color or (self.small[1] if self.small else None)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if self.small:
            run.font.size = Pt(self.small[0])
        if has_east_asian(text):
            mark_east_asian(run, self.east_asian_font)
        if self.fmt.link is not None:
            self.fmt.link.append(run._r)
        return run

    def visit_Text(self, node: n.Text) -> None:
        self.run(node.text)

    def visit_Strong(self, node: n.Strong) -> None:
        with self._format(bold=True):
            for item in node.children:
                self.visit(item)

    def visit_Emph(self, node: n.Emph) -> None:
        with self._format(italic=True):
            for item in node.children:
                self.visit(item)

    def visit_Code(self, node: n.Code) -> None:
        with self._format(char_style="Verbatim Char"):
            self.run(node.text)

    def visit_Link(self, node: n.Link) -> None:
        link = hyperlink(self.paragraph, node.url)
        with self._format(char_style="Hyperlink", link=link):
            for item in node.children or (n.Text(node.url),):
                self.visit(item)

    def visit_LineBreak(self, node: n.LineBreak) -> None:
        self.run("").add_break()
