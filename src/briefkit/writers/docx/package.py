"""Saving a .docx so the same input gives the same bytes.

python-docx stamps every zip entry with the wall-clock time; a document's
members are zipped here instead, with one fixed timestamp, fixed permissions
and a fixed entry order (``[Content_Types].xml`` first, as Word writes it,
then by name).
Core properties are set from the document's metadata, never from the clock.
The theme's fonts are embedded here, as the last step before zipping (see
:mod:`briefkit.writers.ooxml_fonts`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any

from docx.opc.pkgwriter import PackageWriter

from briefkit.writers.docx.oxml import clean
from briefkit.writers.ooxml_fonts import Family, docx_embed
from briefkit.writers.ooxml_props import fill_core_properties
from briefkit.writers.zipcache import write_member

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The earliest time a zip entry can hold: fixed, so rebuilds are byte-identical."""


class _Members:
    """Collects a package's members in memory, in the shape of python-docx's physical writer."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def write(self, uri: Any, blob: bytes) -> None:
        """Keep one member (``uri`` is a python-docx PackURI)."""
        self.blobs[uri.membername] = blob


def save(document: Any, fonts: Sequence[Family] = ()) -> bytes:
    """The document as deterministic .docx bytes, carrying ``fonts`` (subset) when given.

    python-docx's own save zips with the clock's time; taking the members
    from its package writer and zipping them once here (instead of saving,
    unzipping and zipping again) halves the time spent compressing.
    """
    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    members = _Members()
    writer: Any = PackageWriter  # its helpers are untyped and expect a zip writer; _Members quacks like one
    # The three steps of python-docx's PackageWriter.write, into memory instead of a zip.
    writer._write_content_types_stream(members, parts)
    writer._write_pkg_rels(members, package.rels)
    writer._write_parts(members, parts)
    if fonts:
        docx_embed(members.blobs, fonts)
    return zip_members(members.blobs)


def zip_members(blobs: dict[str, bytes]) -> bytes:
    """Zip ``blobs`` with fixed entry times, permissions and order ([Content_Types].xml first)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(blobs, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            write_member(dst, info, blobs[name], 6)  # the fonts and styles recur: compressed once
    return out.getvalue()


def set_core_properties(document: Any, meta: dict[str, Any], product: str) -> None:
    """Title, author (who prepared the brief), subject, keywords, language and dates from the front matter."""
    fill_core_properties(document.core_properties, meta, product, clean)
