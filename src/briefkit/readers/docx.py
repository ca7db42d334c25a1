"""Word documents through python-docx.

Paragraph styles tell headings apart (``Title``, ``Heading N``); the core
properties give the declared title, author and creation date.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefkit.errors import BriefkitError
from briefkit.readers.decode import read_bytes
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


MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""The parts of a Word article may declare at most this many bytes unpacked (zip bombs)."""

MAX_PARTS = 2000
"""A Word article may hold at most this many parts."""

MAX_PARAGRAPHS = 100_000
"""A Word article may hold at most this many paragraphs (600,000 empty ones fit in 200 KB and take minutes)."""


def _check_package(raw: bytes, name: str) -> None:
    """Refuse a package whose parts would unpack past the limits, before python-docx unpacks any.

    zipfile never returns more than a member declares (a lie fails its CRC
    check), so the declared sizes bound what reading the parts can take.
    """
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        infos = package.infolist()
    if len(infos) > MAX_PARTS:
        raise BriefkitError(f"{name}: {len(infos):,} parts in the Word document, over the {MAX_PARTS:,}-part limit")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise BriefkitError(f"{name}: the Word document unpacks to {unpacked:,} bytes, over the "
                            f"{MAX_UNPACKED_BYTES:,}-byte limit")


def read_docx(path: Path, raw: bytes | None = None) -> Article:
    """An :class:`Article` from a .docx file (``raw``: its bytes, already read within the size limit)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn

    try:
        data = raw if raw is not None else read_bytes(path)
        _check_package(data, display_path(path))
        document = docx.Document(io.BytesIO(data))
    # lxml's XMLSyntaxError is a SyntaxError: a damaged part inside a valid zip
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as exc:
        raise BriefkitError(f"{display_path(path)}: not a readable Word document ({exc})") from None
    count = len(document.element.body.findall(qn("w:p")))
    if count > MAX_PARAGRAPHS:
        raise BriefkitError(f"{display_path(path)}: {count:,} paragraphs, over the {MAX_PARAGRAPHS:,}-paragraph "
                            "limit for articles")
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
