"""Saving a deck so the same input gives the same bytes: zip order and times, properties, sections.

python-pptx zips with the clock's time; the members are taken from its
package writer and zipped here with one fixed time and a fixed order, as the
DOCX writer does.  Core
properties come from the front matter and ``SOURCE_DATE_EPOCH``, never from
the clock; the deck's sections are written as PowerPoint 2010's
``p14:sectionLst`` extension, with ids derived from their names.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.serialized import _ContentTypesItem

from briefkit.writers.ooxml_fonts import Family
from briefkit.writers.ooxml_props import fill_core_properties
from briefkit.writers.pptx.shapexml import XML_HEAD, xml_attr
from briefkit.writers.pptx_fonts import pptx_embed
from briefkit.writers.zipcache import write_member

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The earliest time a zip entry can hold: fixed, so rebuilds are byte-identical."""
_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
_NS = uuid.UUID("6f1c0b3e-8d4a-4c1e-9a57-1b2f3c4d5e6f")
"""Namespace of the section ids: a section's id follows from its name and place alone."""


class _Members:
    """Collects a package's members in memory, in the shape of python-pptx's physical writer."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def write(self, uri: Any, blob: bytes) -> None:
        """Keep one member (``uri`` is a python-pptx PackURI)."""
        self.blobs[uri.membername] = blob


DYNAMIC = frozenset({"[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
                     "docProps/core.xml", "docProps/thumbnail.jpeg"})
"""Members of a template every render rewrites (the rest — masters, layouts, themes — it only reads)."""


_PACKED = (".xlsx", ".png", ".jpeg", ".jpg", ".gif")
"""Members already compressed (a workbook is a zip, pictures are packed): stored as they are, since
deflating them again costs time and saves next to nothing."""


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
    info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_PACKED) else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    return info


def static_zip(template: bytes) -> tuple[bytes, frozenset[str]]:
    """The members of ``template`` no render changes, zipped once; and their names.

    A deck's masters, layouts and themes are the same in every render from
    one template: they are compressed once, and each render appends its own
    slides, charts and notes to a copy of this zip.
    """
    out = io.BytesIO()
    names: list[str] = []
    with zipfile.ZipFile(io.BytesIO(template)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            if name not in DYNAMIC:
                dst.writestr(_entry(name), src.read(name), compresslevel=6)
                names.append(name)
    return out.getvalue(), frozenset(names)


def save(prs: Any, static: tuple[bytes, frozenset[str]], fonts: Sequence[Family] = ()) -> bytes:
    """The presentation as deterministic .pptx bytes: the template's unchanged members, then the rest.

    python-pptx's own save zips with the clock's time and recompresses
    every part; here the template's members come from ``static``
    (see :func:`static_zip`) and the parts this render made or changed are
    appended in a fixed order with a fixed time.  No thumbnail: it would
    show another deck.
    """
    package = prs.part.package
    for rid, rel in list(package._rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package._rels.pop(rid)
    members = _Members()
    parts = tuple(package.iter_parts())
    members.blobs["[Content_Types].xml"] = content_types_xml(parts)
    members.blobs["_rels/.rels"] = rels_xml(package._rels)
    kept = static[1]
    for part in parts:
        if part.partname.membername not in kept:
            members.write(part.partname, part.blob)
            if part._rels:
                members.write(part.partname.rels_uri, rels_xml(part.rels))
    if fonts:  # the theme's body fonts travel with the deck, subset to its characters
        pptx_embed(members.blobs, fonts)
    out = io.BytesIO(static[0])
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a") as dst:
        for name in sorted(members.blobs, key=lambda n: (n != "[Content_Types].xml", n)):
            write_member(dst, _entry(name), members.blobs[name], 1)  # the font subsets recur: compressed once
    return out.getvalue()


def content_types_xml(parts: Sequence[Any]) -> bytes:
    """``[Content_Types].xml`` for ``parts``: python-pptx's defaults and overrides, written as text as it writes them.

    Built as elements and serialised, it takes as long as zipping the slides.
    """
    defaults, overrides = _ContentTypesItem(parts)._defaults_and_overrides
    items = [f'<Default Extension="{xml_attr(ext)}" ContentType="{xml_attr(kind)}"/>'
             for ext, kind in sorted(defaults.items())]
    items += [f'<Override PartName="{xml_attr(name)}" ContentType="{xml_attr(kind)}"/>'
              for name, kind in sorted(overrides.items())]
    return (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'{"".join(items)}</Types>').encode()


def rels_xml(rels: Any) -> bytes:
    """A part's relationships as a .rels member, in rId order, as python-pptx writes them.

    Written as text: python-pptx builds one parsed element per relationship,
    the costliest step of saving a deck.
    """
    def order(rid: str) -> tuple[int, str]:
        return (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid)

    items = []
    for rid in sorted(rels.keys(), key=order):
        rel = rels[rid]
        mode = ' TargetMode="External"' if rel.is_external else ""
        target = rel.target_ref if rel.is_external else relative_ref(str(rel.target_part.partname), rels._base_uri)
        items.append(f'<Relationship Id="{xml_attr(rid)}" Type="{xml_attr(rel.reltype)}" '
                     f'Target="{xml_attr(target)}"{mode}/>')
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{"".join(items)}'
            "</Relationships>").encode()


def relative_ref(partname: str, base_uri: str) -> str:
    """``partname`` relative to the folder ``base_uri``, as python-pptx writes a target (``../slides/slide1.xml``).

    What ``posixpath.relpath`` gives for two absolute package paths, without its
    normalising of both paths, the costliest step of writing a deck's relationships.
    """
    if base_uri == "/":
        return partname[1:]
    start, path = [p for p in base_uri.split("/") if p], [p for p in partname.split("/") if p]
    common = 0
    while common < min(len(start), len(path)) and start[common] == path[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + path[common:]) or "."


def set_core_properties(prs: Any, meta: dict[str, Any], clean: Any) -> None:
    """Title, author (who prepared the brief), subject, keywords, language and dates from the front matter."""
    fill_core_properties(prs.core_properties, meta, "slides", clean)


def write_sections(prs: Any, sections: list[tuple[str, list[int]]]) -> None:
    """Name the deck's sections: (name, slide ids) each, replacing any the reference deck had."""
    root = prs.part._element
    ext_list = root.find(f"{{{_P}}}extLst")
    if ext_list is None:
        ext_list = etree.SubElement(root, f"{{{_P}}}extLst")
    for ext in ext_list.findall(f"{{{_P}}}ext"):
        if ext.get("uri") == _SECTIONS_URI:
            ext_list.remove(ext)
    if not sections:
        return
    ext = etree.SubElement(ext_list, f"{{{_P}}}ext", uri=_SECTIONS_URI)
    lst = etree.SubElement(ext, f"{{{_P14}}}sectionLst", nsmap={"p14": _P14})
    for index, (name, ids) in enumerate(sections):
        sid = "{" + str(uuid.uuid5(_NS, f"{index}:{name}")).upper() + "}"
        section = etree.SubElement(lst, f"{{{_P14}}}section", name=name, id=sid)
        id_list = etree.SubElement(section, f"{{{_P14}}}sldIdLst")
        for slide_id in ids:
            etree.SubElement(id_list, f"{{{_P14}}}sldId", id=str(slide_id))
