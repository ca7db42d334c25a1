"""Word documents through python-docx.

Paragraph styles tell headings apart (``Title``, ``Heading N``); the core
properties give the declared title, author and creation date.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from briefkit.errors import BriefkitError
from briefkit.readers.markdown import read_markdown
from briefkit.readers.model import Article
from briefkit.yamlio import display_path


def _style_level(style_name: str) -> int:
    """1–6 for heading styles, 0 for body styles."""
    if style_name == "Title":
        return 1
    if style_name.startswith("Heading "):
        suffix = style_name.removeprefix("Heading ")
        return min(int(suffix), 6) if suffix.isdigit() else 0
    return 0


def read_docx(path: Path) -> Article:
    """An :class:`Article` from a .docx file."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    # lxml's XMLSyntaxError is a SyntaxError: a damaged part inside a valid zip
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as exc:
        raise BriefkitError(f"{display_path(path)}: not a readable Word document ({exc})") from None
    lines: list[str] = []
    for para in document.paragraphs:
        text = " ".join(para.text.split())
        if text:
            level = _style_level(para.style.name if para.style is not None else "")
            lines.append(f"{'#' * level} {text}" if level else text.replace("#", "\\#"))
    if not lines:
        raise BriefkitError(f"{display_path(path)}: the document has no text")
    article = read_markdown("\n\n".join(lines), path, "docx")
    article.fmt = "docx"
    props = document.core_properties
    if props.title:
        article.meta["title"] = props.title
        article.title = article.title or props.title
    if props.author:
        article.meta["author"] = props.author
    return article
