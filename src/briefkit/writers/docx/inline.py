"""Inline nodes → Word runs: bold, italic, code, real hyperlinks, line breaks.

Text is literal: it goes into ``w:t`` as characters, so ``<``, ``&`` and
``{{ }}`` show as typed.  Runs holding CJK get the East-Asian font slot.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from docx.oxml.simpletypes import ST_HpsMeasure
from docx.shared import Pt, RGBColor

from briefkit.document import nodes as n
from briefkit.writers.base import NodeVisitor
from briefkit.writers.docx.elements import PPR_RANK, RPR, RunProps, add_break, add_run, insert_ordered, ppr, w
from briefkit.writers.docx.oxml import clean, has_east_asian, hyperlink, set_color, set_size

_RSTYLE, _RFONTS, _B, _I, _COLOR, _SZ, _SZCS, _LANG = (
    w(tag) for tag in ("rStyle", "rFonts", "b", "i", "color", "sz", "szCs", "lang"))
_VAL, _EAST_ASIA = w("val"), w("eastAsia")
EAST_ASIAN_LANG = "zh-CN"
"""Language of runs holding CJK: with the East-Asian font slot, it makes Word lay them out as CJK."""


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
        self._props: dict[tuple[Any, ...], RunProps] = {}

    def write(self, paragraph: Any, items: tuple[n.Inline, ...], **fmt: Any) -> None:
        """Append ``items`` to ``paragraph`` (``fmt``: bold, italic, char_style, color as RRGGBB)."""
        self.paragraph = paragraph
        if self.small:
            self._small_mark(paragraph)
        if not fmt:  # the common case: no context manager, no dataclass copy
            for item in items:
                self.visit(item)
            return
        with self._format(**fmt):
            for item in items:
                self.visit(item)

    def _small_mark(self, paragraph: Any) -> None:
        """Shrink the paragraph mark too, so list numbers and bullets match small print."""
        assert self.small is not None
        points, colour = self.small
        props = ppr(paragraph._p)
        mark = props.find(RPR)
        if mark is not None:  # an existing mark may hold other properties: insert in schema order
            set_size(mark, points)
            set_color(mark, colour)
            return
        mark = insert_ordered(props, props.makeelement(RPR), PPR_RANK)
        half = str(round(points * 2))
        for tag, value in ((_COLOR, colour.lstrip("#").upper()), (_SZ, half), (_SZCS, half)):
            mark.append(mark.makeelement(tag, {_VAL: value}))

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
        """A run (``w:r`` element) of ``text`` in the current format."""
        fmt = self.fmt
        key = (fmt.bold, fmt.italic, fmt.char_style, fmt.color, self.small, has_east_asian(text))
        props = self._props.get(key)
        if props is None:
            props = self._props[key] = self._run_props(*key)
        parent = fmt.link if fmt.link is not None else self.paragraph._p
        return add_run(parent, clean(text), props)

    def _run_props(self, bold: bool, italic: bool, char_style: str | None, color: str | None,
                   small: tuple[float, str] | None, east_asian: bool) -> RunProps:
        """The ``w:rPr`` children python-docx's run.bold/.italic/.style/.font would write, in schema order.

        Computed once per format; CJK runs also get the East-Asian font and language (python-docx#154).
        """
        props: list[tuple[str, dict[str, str]]] = []
        style = self.styles.character(char_style)
        if style:
            props.append((_RSTYLE, {_VAL: style.style_id}))
        if east_asian:
            props.append((_RFONTS, {_EAST_ASIA: self.east_asian_font} if self.east_asian_font else {}))
        if bold:
            props.append((_B, {}))
        if italic:
            props.append((_I, {}))
        colour = color or (small[1] if small else None)
        if colour:
            props.append((_COLOR, {_VAL: str(RGBColor.from_string(colour))}))
        if small:
            props.append((_SZ, {_VAL: ST_HpsMeasure.convert_to_xml(Pt(small[0]))}))
        if east_asian:
            props.append((_LANG, {_EAST_ASIA: EAST_ASIAN_LANG}))
        return tuple(props)

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
        add_break(self.run(""))
