"""The document tree every writer consumes.

Templates emit Markdown; :mod:`briefkit.document.parse` turns it into these
nodes.  The tree is format-neutral: it says *what* is there (a heading, a
key-figures block, a chart), and each writer decides how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# ---------------------------------------------------------------- inline nodes


@dataclass(frozen=True)
class Text:
    """Literal text: never markup, whatever characters it holds."""

    text: str


@dataclass(frozen=True)
class Strong:
    """Bold (``**x**``)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Emph:
    """Italic (``*x*``)."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Code:
    """Inline code."""

    text: str


@dataclass(frozen=True)
class Link:
    """A hyperlink; ``url`` is already validated by markdown-it-py."""

    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class LineBreak:
    """A hard line break."""


Inline = Text | Strong | Emph | Code | Link | LineBreak

# ----------------------------------------------------------------- block nodes


@dataclass(frozen=True)
class Heading:
    """A heading; ``classes`` come from a ``{.name}`` line before it."""

    level: int
    children: tuple[Inline, ...]
    classes: tuple[str, ...] = ()
    id: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of inline content."""

    children: tuple[Inline, ...]
    classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListItem:
    """One item of a list: blocks, usually a single paragraph."""

    children: tuple[Block, ...]


@dataclass(frozen=True)
class BulletList:
    """An unordered list."""

    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class OrderedList:
    """A numbered list starting at ``start``."""

    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True)
class BlockQuote:
    """A quotation; a final paragraph starting with an em dash is the attribution."""

    children: tuple[Block, ...]


@dataclass(frozen=True)
class CodeBlock:
    """Preformatted text."""

    text: str
    info: str = ""


Align = Literal["left", "center", "right"] | None


@dataclass(frozen=True)
class Table:
    """A GFM table: a header row and body rows of inline cells."""

    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    aligns: tuple[Align, ...]
    caption: str | None = None


@dataclass(frozen=True)
class SlideBreak:
    """``---``: a new slide in decks, a rule in documents."""


@dataclass(frozen=True)
class Notes:
    """``::: notes``: speaker notes for the current slide (hidden elsewhere)."""

    children: tuple[Block, ...]


@dataclass(frozen=True)
class FigureTile:
    """One key figure: its value as printed and what it measures."""

    value: str
    label: tuple[Inline, ...]


@dataclass(frozen=True)
class Figures:
    """``::: figures``: key-figure tiles."""

    items: tuple[FigureTile, ...]


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event."""

    date: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Timeline:
    """``::: timeline``: events in order."""

    events: tuple[TimelineEvent, ...]


@dataclass(frozen=True)
class ChartPoint:
    """One bar of a chart."""

    label: str
    value: float
    display: str | None = None


@dataclass(frozen=True)
class Chart:
    """A chart block (```` ```chart ````): data to draw, plus its text alternative."""

    kind: Literal["bar", "column", "share"]
    title: str
    points: tuple[ChartPoint, ...]
    unit: str = ""
    source: str | None = None
    alt: str = ""
    emphasis: str | None = None
    """The label of the point drawn in the accent colour; every other point takes the series colour."""
    caption: str | None = None
    """What the values measure ('Patent applications, 2014–2023')."""


@dataclass(frozen=True)
class Callout:
    """``::: callout KIND [title]``: a highlighted box."""

    kind: str
    title: str
    children: tuple[Block, ...]


@dataclass(frozen=True)
class Columns:
    """``:::: columns`` holding ``::: column`` blocks, side by side on slides."""

    columns: tuple[tuple[Block, ...], ...]


Block = (Heading | Paragraph | BulletList | OrderedList | BlockQuote | CodeBlock | Table
         | SlideBreak | Notes | Figures | Timeline | Chart | Callout | Columns)


@dataclass(frozen=True)
class Document:
    """A parsed document: front-matter metadata and its blocks."""

    meta: dict[str, Any] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()

    @property
    def title(self) -> str:
        """The document title from front matter ('' if none)."""
        return str(self.meta.get("title") or "")


def plain_text(inlines: tuple[Inline, ...] | list[Inline]) -> str:
    """The text of inline nodes without any formatting."""
    out: list[str] = []
    for node in inlines:
        if isinstance(node, Text | Code):
            out.append(node.text)
        elif isinstance(node, LineBreak):
            out.append("\n")
        else:
            out.append(plain_text(node.children))
    return "".join(out)


def block_text(block: Block) -> str:
    """All visible text of a block (notes included), for tests and previews."""
    if isinstance(block, Heading | Paragraph):
        return plain_text(block.children)
    if isinstance(block, BulletList | OrderedList):
        return "\n".join(block_text(b) for item in block.items for b in item.children)
    if isinstance(block, BlockQuote | Notes | Callout):
        head = [block.title] if isinstance(block, Callout) and block.title else []
        return "\n".join(head + [block_text(b) for b in block.children])
    if isinstance(block, CodeBlock):
        return block.text
    if isinstance(block, Table):
        cells = [*block.header, *(c for row in block.rows for c in row)]
        return "\n".join(plain_text(c) for c in cells)
    if isinstance(block, Figures):
        return "\n".join(f"{t.value} {plain_text(t.label)}" for t in block.items)
    if isinstance(block, Timeline):
        return "\n".join(f"{e.date} {plain_text(e.children)}" for e in block.events)
    if isinstance(block, Chart):
        return "\n".join([block.title, *(p.label for p in block.points)])
    if isinstance(block, Columns):
        return "\n".join(block_text(b) for col in block.columns for b in col)
    return ""


ATTRIBUTION_DASHES = ("—", "–", "--")
"""What opens a quotation's attribution line ("— Minister Wang")."""


def is_attribution(block: Block) -> bool:
    """True for a paragraph that opens with a dash: in a quotation, who said it."""
    return isinstance(block, Paragraph) and plain_text(block.children).lstrip().startswith(ATTRIBUTION_DASHES)
