"""Fonts embedded in PowerPoint files (ECMA-376 Part 1 §19.2.1.9), for a PPTX writer.

Each used face of the theme's family, subset like Word's (see
:mod:`briefkit.writers.ooxml_fonts`), goes into ``ppt/fonts/fontN.fntdata``
as Embedded OpenType (EOT 2.1, uncompressed — what PowerPoint itself
writes), and ``presentation.xml`` lists it in ``p:embeddedFontLst``.
:func:`pptx_fonts` returns the parts and XML for a writer that assembles its
own package; :func:`pptx_embed` adds them to a saved package's members.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from briefkit.fonts_facts import font_facts
from briefkit.writers.ooxml_fonts import (
    FONT_REL,
    RELS_NS,
    SLOTS,
    Family,
    add_default_type,
    embed_faces,
    package_text,
    slots_used,
    xml_bytes,
)

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FNTDATA_TYPE = "application/x-fontdata"


@dataclass(frozen=True)
class PptxFonts:
    """What a PowerPoint package needs to carry fonts (see :func:`pptx_fonts`)."""

    parts: dict[str, bytes]
    """Part name (``ppt/fonts/fontN.fntdata``) → EOT bytes."""
    relationships: list[tuple[str, str]]
    """(relationship id, target relative to ``ppt/``) for ``ppt/_rels/presentation.xml.rels``."""
    embedded_font_lst: bytes
    """The ``<p:embeddedFontLst>`` element for ``presentation.xml``, naming those ids."""
    content_type: tuple[str, str] = ("fntdata", FNTDATA_TYPE)
    """The ``Default`` entry for ``[Content_Types].xml``."""


def pptx_fonts(families: Iterable[Family], chars: Iterable[str], slots: Iterable[str] = SLOTS,
               first: int = 1, taken: Iterable[str] = ()) -> PptxFonts:
    """The embedded-font parts and ``p:embeddedFontLst`` for a deck using ``chars`` in ``slots``.

    For a PPTX writer that assembles its own package: add the parts, the
    relationships and the content type, and put the list in presentation.xml
    after ``p:notesSz`` (:func:`pptx_embed` does all of that on a saved package).
    ``taken`` are relationship ids already in use.
    """
    text, wanted, used = set(chars), set(slots), set(taken)
    parts: dict[str, bytes] = {}
    rels: list[tuple[str, str]] = []
    lst = etree.Element(f"{{{_P}}}embeddedFontLst", nsmap={"p": _P, "r": _R})
    for family in families:
        entry = etree.SubElement(lst, f"{{{_P}}}embeddedFont")
        etree.SubElement(entry, f"{{{_P}}}font", typeface=family.name, pitchFamily="34", charset="0")
        for face in embed_faces(family, text, wanted):
            target = f"fonts/font{first + len(parts)}.fntdata"
            parts[f"ppt/{target}"] = eot(face.data)
            rid = _free_id(used)
            rels.append((rid, target))
            tag = {"bold_italic": "boldItalic"}.get(face.slot, face.slot)
            etree.SubElement(entry, f"{{{_P}}}{tag}", {f"{{{_R}}}id": rid})
    return PptxFonts(parts, rels, etree.tostring(lst))


def _free_id(used: set[str]) -> str:
    number = 1
    while f"rIdF{number}" in used:
        number += 1
    used.add(f"rIdF{number}")
    return f"rIdF{number}"


_AFTER_FONTS = ("custShowLst", "photoAlbum", "custDataLst", "kinsoku", "defaultTextStyle", "modifyVerifier",
                "extLst")
"""Children of ``p:presentation`` that come after ``p:embeddedFontLst`` in the schema's sequence."""


def pptx_embed(blobs: dict[str, bytes], families: Iterable[Family]) -> None:
    """Embed ``families`` into the PowerPoint package ``blobs`` (changed in place)."""
    chars, slots = package_text(blobs, "ppt/"), slots_used(blobs, "ppt/")
    rels_name = "ppt/_rels/presentation.xml.rels"
    taken = [str(r.get("Id")) for r in etree.fromstring(blobs[rels_name])]
    first = sum(1 for name in blobs if name.startswith("ppt/fonts/")) + 1
    fonts = pptx_fonts(families, chars, slots, first, taken)
    blobs.update(fonts.parts)
    rels = etree.fromstring(blobs[rels_name])
    for rid, target in fonts.relationships:
        etree.SubElement(rels, f"{{{RELS_NS}}}Relationship", Id=rid, Type=FONT_REL, Target=target)
    blobs[rels_name] = xml_bytes(rels)
    add_default_type(blobs, *fonts.content_type)
    root = etree.fromstring(blobs["ppt/presentation.xml"])
    for old in root.findall(f"{{{_P}}}embeddedFontLst"):
        root.remove(old)
    later = [i for i, node in enumerate(root) if etree.QName(node).localname in _AFTER_FONTS]
    root.insert(later[0] if later else len(root), etree.fromstring(fonts.embedded_font_lst))
    root.set("embedTrueTypeFonts", "1")
    root.set("saveSubsetFonts", "1")
    blobs["ppt/presentation.xml"] = xml_bytes(root)


@lru_cache(maxsize=16)
def eot(data: bytes) -> bytes:
    """TrueType bytes wrapped as an uncompressed Embedded OpenType 2.1 file (what PowerPoint stores).

    Kept for the next deck: a batch embeds the same few subsets in every deck.
    """
    facts = font_facts(data)  # the font's own tables, read once (without fontTools when cached)
    italic = 1 if facts.fs_selection & 1 else 0
    head = struct.pack("<IIII", 0, len(data), 0x00020001, 0) + facts.panose
    head += struct.pack("<BBIHH", 1, italic, facts.weight_class, facts.fs_type, 0x504C)
    head += struct.pack("<4I", *facts.unicode_ranges)
    head += struct.pack("<2I", *facts.codepage_ranges)
    head += struct.pack("<I4I", facts.checksum_adjustment, 0, 0, 0, 0)
    for name_id in (1, 2, 5, 4):
        text = facts.names[name_id].encode("utf-16-le")
        head += struct.pack("<HH", 0, len(text)) + text
    head += struct.pack("<HH", 0, 0)  # an empty RootString: the font may be used by any document
    return struct.pack("<I", len(head) + len(data)) + head[4:] + data
