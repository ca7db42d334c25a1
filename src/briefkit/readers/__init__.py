"""Article readers: plain text, Markdown, HTML and DOCX into an :class:`Article`.

:func:`read_article` picks the reader from the file's suffix (and, for a
``.txt`` file holding HTML, from its first bytes).  Every problem with the
input (missing, empty, binary, oversized, undecodable) is a one-line
:class:`~briefkit.errors.BriefkitError`.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.readers.decode import decode, read_bytes
from briefkit.readers.model import Article, Block
from briefkit.readers.ruby import without_ruby
from briefkit.readers.shortcodes import without_shortcodes

__all__ = ["Article", "Block", "read_article"]

_MARKDOWN = {".md", ".markdown", ".mdown"}
_HTML = {".html", ".htm", ".xhtml"}


def read_article(path: Path) -> Article:
    """Read an article file of any supported format."""
    suffix = path.suffix.lower()
    raw = read_bytes(path)
    if suffix == ".docx":
        from briefkit.readers.docx import read_docx

        return read_docx(path, raw)
    text, encoding, warnings = decode(raw, path)
    article = _read_text(without_shortcodes(without_ruby(text)), path, encoding, suffix)
    article.warnings[:0] = warnings
    return article


def _read_text(text: str, path: Path, encoding: str, suffix: str) -> Article:
    head = text.lstrip()[:200].lower()
    if suffix in _HTML or head.startswith(("<!doctype html", "<html")):
        from briefkit.readers.html import read_html

        return read_html(text, path, encoding)
    if suffix in _MARKDOWN or text.startswith("---\n"):
        from briefkit.readers.markdown import read_markdown

        return read_markdown(text, path, encoding)
    from briefkit.readers.plaintext import read_text

    return read_text(text, path, encoding)
