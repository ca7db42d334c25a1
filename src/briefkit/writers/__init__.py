"""Writer registry: a format name → the class that writes it, imported lazily.

Importing reportlab or python-docx costs time, so nothing is imported until a
writer is asked for (``briefkit --help`` stays fast).
"""

from __future__ import annotations

import importlib

from briefkit.errors import BriefkitError
from briefkit.writers.base import NodeVisitor, Rendered, RenderOptions, Writer

_REGISTRY: dict[str, str] = {
    "md": "briefkit.writers.markdown:MarkdownWriter",
    "html": "briefkit.writers.html:HtmlWriter",
    "email": "briefkit.writers.email:EmailWriter",
    "text": "briefkit.writers.plaintext:PlainTextWriter",
    "pdf": "briefkit.writers.pdf:PdfWriter",
    "slides": "briefkit.writers.slides:SlidesWriter",
    "docx": "briefkit.writers.docx:DocxWriter",
    "pptx": "briefkit.writers.pptx:PptxWriter",
}


def writer_names() -> list[str]:
    """Every registered writer name."""
    return sorted(_REGISTRY)


def writer_module(name: str) -> str:
    """The module that holds the writer called ``name`` (for preloading it), without importing it."""
    target = _REGISTRY.get(name)
    if target is None:
        raise BriefkitError(f"unknown writer '{name}' (known: {', '.join(writer_names())})")
    return target.partition(":")[0]


def get_writer(name: str) -> Writer:
    """A fresh instance of the writer called ``name``."""
    module = importlib.import_module(writer_module(name))
    writer: Writer = getattr(module, _REGISTRY[name].partition(":")[2])()
    return writer


__all__ = ["NodeVisitor", "RenderOptions", "Rendered", "Writer", "get_writer", "writer_module", "writer_names"]
