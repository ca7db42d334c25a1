"""Saving a .docx so the same input gives the same bytes.

python-docx stamps every zip entry with the wall-clock time; a document is
re-zipped here with one fixed timestamp, fixed permissions and a fixed entry
order (``[Content_Types].xml`` first, as Word writes it, then by name).
Core properties are set from the document's metadata, never from the clock.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from briefkit.writers.base import build_time
from briefkit.writers.docx.oxml import clean

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The earliest time a zip entry can hold: fixed, so rebuilds are byte-identical."""


def save(document: Any) -> bytes:
    """The document as deterministic .docx bytes."""
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Re-zip ``data`` with fixed entry times, permissions and order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name), compresslevel=6)
    return out.getvalue()


def _stamp(meta: dict[str, Any]) -> dt.datetime:
    """Created/modified time: SOURCE_DATE_EPOCH, else the document's date (see ``build_time``)."""
    return dt.datetime(*build_time(meta.get("date"))[:6])


def _people(meta: dict[str, Any]) -> str:
    authors = [str(a) for a in meta.get("authors") or [] if a]
    if authors:
        return "; ".join(authors)
    return str(meta.get("source") or meta.get("outlet") or "")


def set_core_properties(document: Any, meta: dict[str, Any], product: str) -> None:
    """Title, author, subject, keywords, language and dates from the front matter."""
    props = document.core_properties
    stamp = _stamp(meta)
    props.title = clean(str(meta.get("title") or ""))[:255]
    props.author = clean(_people(meta))[:255]
    props.last_modified_by = props.author
    props.subject = clean(str(meta.get("subject") or meta.get("subtitle") or ""))[:255]
    props.keywords = clean(", ".join(str(k) for k in meta.get("keywords") or []))[:255]
    props.language = clean(str(meta.get("lang") or "en"))
    props.category = clean(product)
    props.comments = clean(str(meta.get("subtitle") or ""))[:255]
    props.identifier = clean(str(meta.get("url") or ""))
    props.content_status = ""
    props.version = ""
    props.revision = 1
    props.created = stamp
    props.modified = stamp
