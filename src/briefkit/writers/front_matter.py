"""The title block's pieces, shared by the PDF and HTML writers.

The template says what the title block holds: a leading level-1 heading is
the title, and ``{.subtitle}`` / ``{.byline}`` paragraphs right after it are
the subtitle and the date/source line.  Whatever the template leaves out is
taken from the front matter, so any document tree gets a proper title block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefkit.document import nodes as n

PRODUCT_LABELS = {"note": "Briefing note", "summary": "Summary", "slides": "Slides",
                  "newsletter": "Newsletter"}
"""What headers call each product."""


def product_label(product: str) -> str:
    """'note' → 'Briefing note'; unknown names are capitalised."""
    return PRODUCT_LABELS.get(product, product.replace("-", " ").capitalize())


def source_line(meta: dict[str, Any]) -> str:
    """'16 August 2024 · XinhuaNet (New Society)' from the front matter."""
    date = str(meta.get("date_text") or meta.get("date") or "")
    source = str(meta.get("source") or "")
    outlet = str(meta.get("outlet") or "")
    where = f"{source} ({outlet})" if source and outlet else source or outlet
    return " · ".join(part for part in (date, where) if part)


@dataclass(frozen=True)
class TitleParts:
    """The title block's pieces and the blocks that follow it."""

    title: tuple[n.Inline, ...]
    subtitle: tuple[n.Inline, ...]
    byline: tuple[n.Inline, ...]
    rest: tuple[n.Block, ...]


def _classed(block: n.Block, name: str) -> bool:
    return isinstance(block, n.Paragraph) and name in block.classes


def split_title(doc: n.Document) -> TitleParts:
    """Take the title block's pieces off the front of ``doc``."""
    blocks = list(doc.blocks)
    title: tuple[n.Inline, ...] = (n.Text(doc.title),) if doc.title else ()
    first = blocks[0] if blocks else None
    if isinstance(first, n.Heading) and first.level == 1:
        title = first.children
        blocks.pop(0)
    found: dict[str, tuple[n.Inline, ...]] = {}
    while blocks and any(_classed(blocks[0], c) and c not in found for c in ("subtitle", "byline")):
        block = blocks.pop(0)
        assert isinstance(block, n.Paragraph)
        found["subtitle" if "subtitle" in block.classes else "byline"] = block.children
    sub = str(doc.meta.get("subtitle") or "")
    subtitle = found.get("subtitle", (n.Text(sub),) if sub else ())
    line = source_line(doc.meta)
    byline = found.get("byline", (n.Text(line),) if line else ())
    return TitleParts(title, subtitle, byline, tuple(blocks))
