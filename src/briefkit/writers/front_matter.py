"""The title block's pieces, shared by the PDF and HTML writers.

The template says what the title block holds: a leading level-1 heading is
the title, and ``{.subtitle}`` / ``{.byline}`` paragraphs right after it are
the subtitle and the date/source line.  Whatever the template leaves out is
taken from the front matter, so any document tree gets a proper title block.
Blocks a template puts above its title (a marking line, a notice) stay above
the title block as its *lead*, instead of pushing the title down into the body
where the writer would print a second title block.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from briefkit.document import nodes as n
from briefkit.labels import Labels, english


def product_label(product: str, labels: Labels | None = None) -> str:
    """'note' → 'Briefing note' (from the label catalogue); unknown names are capitalised."""
    key = f"product_{product}"
    text = (labels or english()).get(key)
    return text if text != key else product.replace("-", " ").capitalize()


@dataclass(frozen=True)
class Identity:
    """Who the document is by and how it is handled: what headers and footers print on every page."""

    label: str
    """The product, e.g. 'Briefing note'."""
    marking: str
    """The handling marking, e.g. 'OFFICIAL-SENSITIVE'; '' when none."""
    draft: str
    """The DRAFT notice while nobody has reviewed the content; '' once reviewed."""
    citation: str
    """'Source article: XinhuaNet, 16 August 2024'; '' when the article is unknown."""
    reference: str
    author: str
    """Who prepared the brief: the documents' author (never the article's editors)."""

    @property
    def footer(self) -> str:
        """'BN-2024-031 · Briefing note · Source article: XinhuaNet, 16 August 2024'."""
        return " · ".join(p for p in (self.reference, self.label, self.citation) if p)


def citation(meta: dict[str, Any]) -> str:
    """'XinhuaNet (New Society), 16 August 2024': the article a brief is based on."""
    where = source_line({**meta, "date_text": "", "date": ""})
    if not where:
        return ""  # a date alone does not say which article
    date = str(meta.get("date_text") or meta.get("date") or "")
    return ", ".join(p for p in (where, date) if p)


def identity(meta: dict[str, Any], product: str, labels: Labels | None = None) -> Identity:
    """The page furniture's words for a document with front matter ``meta``."""
    labels = labels or english()
    cited = citation(meta)
    draft = labels.get("draft") if str(meta.get("status") or "") == "draft" else ""
    return Identity(product_label(product, labels), str(meta.get("marking") or ""), draft,
                    labels.get("source_article", citation=cited) if cited else "",
                    str(meta.get("reference") or ""), str(meta.get("prepared_by") or ""))


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
    lead: tuple[n.Block, ...] = ()
    """Blocks the template put above its title."""
    warnings: tuple[str, ...] = ()


def _classed(block: n.Block, name: str) -> bool:
    return isinstance(block, n.Paragraph) and name in block.classes


def _title_index(blocks: list[n.Block]) -> int | None:
    """Where the template's title heading is: the first heading, if it is level 1."""
    for i, block in enumerate(blocks):
        if isinstance(block, n.Heading):
            return i if block.level == 1 else None
    return None


def _second_title(blocks: list[n.Block]) -> list[str]:
    """A warning when the body holds another title block (a level-1 heading with a byline)."""
    for block, after in itertools.pairwise(blocks):
        if isinstance(block, n.Heading) and block.level == 1 and (
                _classed(after, "byline") or _classed(after, "subtitle")):
            return [f"the template writes a second title block ('{n.plain_text(block.children)}'); "
                    "only the first is the document's title"]
    return []


def split_title(doc: n.Document) -> TitleParts:
    """Take the title block's pieces (and any blocks above the title) off the front of ``doc``."""
    blocks = list(doc.blocks)
    title: tuple[n.Inline, ...] = (n.Text(doc.title),) if doc.title else ()
    at = _title_index(blocks)
    lead: tuple[n.Block, ...] = ()
    if at is not None:
        lead, heading, blocks = tuple(blocks[:at]), blocks[at], blocks[at + 1:]
        assert isinstance(heading, n.Heading)
        title = heading.children
    found: dict[str, tuple[n.Inline, ...]] = {}
    while blocks and any(_classed(blocks[0], c) and c not in found for c in ("subtitle", "byline")):
        block = blocks.pop(0)
        assert isinstance(block, n.Paragraph)
        found["subtitle" if "subtitle" in block.classes else "byline"] = block.children
    sub = str(doc.meta.get("subtitle") or "")
    subtitle = found.get("subtitle", (n.Text(sub),) if sub else ())
    line = source_line(doc.meta)
    byline = found.get("byline", (n.Text(line),) if line else ())
    return TitleParts(title, subtitle, byline, tuple(blocks), lead, tuple(_second_title(blocks)))
