"""What every writer shares: options, results and node dispatch.

A writer is a class with one ``visit_<Node>`` method per node type, like a
mistune or markdown-it-py renderer; :meth:`NodeVisitor.visit` fails loudly,
naming the node, when a method is missing.  Writers know the document tree
and the theme, never the content model or the templates.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from briefkit.document.nodes import Document
from briefkit.errors import WriterError
from briefkit.labels import Labels, english
from briefkit.theme import Theme


@dataclass(frozen=True)
class RenderOptions:
    """Per-run settings a writer may honour."""

    product: str = "note"
    handouts: tuple[str, ...] = ()
    """Slides only: handout variants to add ('1', '2', '3', '4', '6', 'notes')."""
    reference_docx: str | None = None
    """DOCX only: an organisation's template whose styles and page setup to use."""
    pdfa: bool = False
    """PDF writers: write PDF/A-2b (XMP identification, sRGB output intent)."""
    labels: Labels = field(default_factory=english)
    """Words readers see (DRAFT, 'Page X of Y', '(cont.)'…) in the document's language."""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rendered:
    """A writer's output: the main file, side files and warnings."""

    data: bytes
    attachments: dict[str, bytes] = field(default_factory=dict)
    """Extra files, keyed by the name that replaces the main file's, e.g. 'slides-handout-2.pdf'."""
    warnings: list[str] = field(default_factory=list)


class Writer(Protocol):
    """The interface the registry hands out."""

    name: ClassVar[str]
    extension: ClassVar[str]
    binary: ClassVar[bool]

    def render(self, doc: Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render ``doc`` to bytes."""
        ...


class NodeVisitor:
    """Dispatch a node to ``visit_<ClassName>``; unknown nodes are an error."""

    writer_name: ClassVar[str] = "writer"

    def visit(self, node: object) -> Any:
        """Call the handler for ``node``'s type and return its result."""
        method = getattr(self, f"visit_{type(node).__name__}", None)
        if method is None:
            raise WriterError(f"the {self.writer_name} writer cannot render a {type(node).__name__} node")
        return method(node)


def build_epoch() -> int:
    """Seconds since the epoch for 'created' stamps: ``SOURCE_DATE_EPOCH`` or 0.

    Output must be byte-identical for the same input, so the wall clock is
    never used; 0 is replaced by the content's own date where a writer has one.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else 0


def build_time(meta_date: Any = None) -> time.struct_time:
    """The timestamp to stamp into files: SOURCE_DATE_EPOCH, else the document date."""
    epoch = build_epoch()
    if epoch:
        return time.gmtime(epoch)
    if meta_date:
        text = str(meta_date)[:10]
        try:
            return time.strptime(text, "%Y-%m-%d")
        except ValueError:
            pass
    return time.gmtime(946684800)  # 2000-01-01: a fixed, obviously synthetic date
