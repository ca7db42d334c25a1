"""Fonts embedded in Word and PowerPoint files, so they look the same on every machine.

python-docx and python-pptx cannot embed fonts, yet Word, PowerPoint and
LibreOffice all read fonts a package carries.  This module adds them to a
finished package's members (a ``{part name: bytes}`` mapping):

- each face (regular, bold, italic, bold italic — only those the document
  uses) is subset with fontTools to the characters the package holds that
  the face has, plus a shared base set (ASCII, Latin-1, common punctuation:
  what fields and number formats produce when opened, and what most briefs
  use, so a batch makes one subset per face, not one per file);
- **Word** (ECMA-376 Part 1 §17.8): the subset is obfuscated (§17.8.1: its
  first 32 bytes XORed with the font key, a GUID) and stored as
  ``word/fonts/fontN.odttf``; ``fontTable.xml`` names it in
  ``w:embedRegular``/``w:embedBold``/… with that key, and ``settings.xml``
  says ``w:embedTrueTypeFonts`` (and ``w:saveSubsetFonts``);
- **PowerPoint** (§19.2.1.9): see :mod:`briefkit.writers.pptx_fonts`, which
  builds on the helpers here.

Keys are derived from the family, style and font bytes (never random), and
subsetting keeps the font's own timestamps, so the same input gives the same
bytes.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import string
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from briefkit.fonts_facts import file_facts, font_facts
from briefkit.theme import Theme

SLOTS = ("regular", "bold", "italic", "bold_italic")
"""The four faces of a family, in the order the formats list them."""
ALWAYS = string.printable.strip() + " \u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026"
"""Kept in every subset: what page numbers, updated fields and chart number formats may draw."""

BASE = frozenset(ALWAYS + "".join(map(chr, range(0xA0, 0x100))) + "\u2010\u2011\u2012\u2032\u2033\u2039\u203a"
                 "\u201a\u201e\u2030\u2122\u20ac\u2212\u00b7\u2192\u2190\u2191\u2193\u2264\u2265\u2248\u2260")
"""The characters every embedded subset covers, used or not: ASCII, Latin-1 and common punctuation.

Most briefs use only these, so their subsets are one subset per face for
a whole batch (subsetting a face costs about 70 ms; a batch of articles
would otherwise pay it per file); a brief with other characters adds them.
It costs about 6 kB a face."""

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
ODTTF_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_KEY_SPACE = uuid.UUID("5b1e7d3c-8f0a-4c5e-9d6b-2a4f1e0c7b93")
"""Namespace for the font keys: uuid5 of the family, style and subset bytes."""


@dataclass(frozen=True)
class Family:
    """A font family to embed: the name documents ask for and its TrueType files by slot."""

    name: str
    files: Mapping[str, Path]


def theme_families(theme: Theme) -> list[Family]:
    """The theme's body family under the name office files ask for; none when ``embed_fonts`` is off."""
    if not theme.embed_fonts:
        return []
    body = theme.fonts.body
    files = {slot: path for slot in SLOTS if (path := getattr(body, slot)) is not None}
    return [Family(theme.fonts.office_family, files)]


@dataclass(frozen=True)
class EmbeddedFace:
    """One subset face: its slot, its key (a braced GUID) and the plain TrueType bytes."""

    slot: str
    key: str
    data: bytes


def subset_font(path: Path, chars: Iterable[str]) -> bytes:
    """``path`` cut down to the glyphs of ``chars`` (plus :data:`ALWAYS`), as TrueType bytes.

    Kept in memory for the process and on disk in the user's cache
    (:mod:`briefkit.usercache`), keyed by everything the bytes depend on, so a
    cold run of the same document neither imports nor runs the subsetter.
    """
    return _subset(path, frozenset({*chars, *ALWAYS}))


@lru_cache(maxsize=32)
def _subset(path: Path, chars: frozenset[str]) -> bytes:
    """The subset itself, once per process for the same font and characters.

    The name table keeps the family and style names (clients match on them),
    and the head table's dates are not refreshed, so rebuilds are identical.
    OpenType layout features (GSUB/GPOS) are dropped: closing over them is 80 %
    of the subsetting time, and the PDF writer does not kern either, so the
    Word file sets text as the PDF does.  Hinting is dropped too (half the
    size; LibreOffice and Word's DirectWrite render unhinted outlines well).
    The disk cache's key holds the font's bytes, the characters, the options
    and the fontTools and briefkit versions: any of them changing is a miss.
    """
    import fontTools

    from briefkit import __version__, usercache

    settings = {"name_IDs": [0, 1, 2, 3, 4, 5, 6], "notdef_outline": True, "recalc_timestamp": False,
                "layout_features": [], "hinting": False}
    also_dropped = ["DSIG"]
    raw = path.read_bytes()
    key = usercache.key_of(hashlib.sha256(raw).digest(), "".join(sorted(chars)), repr(settings),
                           repr(also_dropped), fontTools.version, __version__)
    cached = usercache.load("fonts", key)
    if cached is not None:
        return cached
    from fontTools import subset  # 0.1 s to import: only on a cache miss
    from fontTools.ttLib import TTFont

    options = subset.Options(**settings)
    options.drop_tables += also_dropped
    font = TTFont(io.BytesIO(raw), recalcTimestamp=False, lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    usercache.store("fonts", key, out.getvalue())
    return out.getvalue()


@lru_cache(maxsize=32)
def covered(path: Path) -> frozenset[str]:
    """The characters the font at ``path`` has a glyph for (its best cmap), read once per process.

    From :func:`~briefkit.fonts_facts.file_facts`: a warm cache answers without fontTools.
    """
    return frozenset(map(chr, file_facts(path).coverage))


def font_key(family: str, slot: str, data: bytes) -> str:
    """A stable font key: the same family, style and bytes always give the same GUID."""
    digest = hashlib.sha256(data).hexdigest()
    return "{" + str(uuid.uuid5(_KEY_SPACE, f"{family}\0{slot}\0{digest}")).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 Part 1 §17.8.1: XOR the first 32 bytes with the key's 16 bytes, last byte first.

    The same operation undoes itself, so it also de-obfuscates.
    """
    secret = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ secret[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def embed_faces(family: Family, chars: Iterable[str], slots: Iterable[str]) -> list[EmbeddedFace]:
    """The wanted faces of ``family`` that have a file, subset to ``chars`` and :data:`BASE`."""
    text = BASE.union(chars)
    faces = []
    for slot in SLOTS:
        path = family.files.get(slot)
        if slot in slots and path is not None:
            # Only the characters the face has: a Chinese brief's ideographs are drawn by another font,
            # and leaving them out keeps its subsets those of every other brief (one subset per batch).
            data = subset_font(path, text & covered(path))
            faces.append(EmbeddedFace(slot, font_key(family.name, slot, data), data))
    return faces


def package_text(blobs: Mapping[str, bytes], prefix: str) -> set[str]:
    """Every character of the XML parts under ``prefix`` that :data:`BASE` may lack.

    Taken from the serialised parts, not their parsed text: walking the tree
    is twenty times slower.  Printable ASCII is in every subset, so only the
    bytes past it are decoded — ``bytes.translate`` drops the ASCII bytes of a
    part at C speed, and what is left is still UTF-8 (continuation bytes are
    never ASCII) — plus the few ASCII controls XML can hold.  Character
    references (``&#8212;``), which a serialiser may write for any character,
    are resolved so their character is embedded too.
    """
    chars: set[str] = set()
    for name, blob in blobs.items():
        if name.startswith(prefix) and name.endswith(".xml"):
            chars.update(blob.translate(None, _ASCII).decode("utf-8"))
            chars.update(c for c in _XML_CONTROLS if c.encode() in blob)
            if b"&#" in blob:
                chars.update(html.unescape(m) for m in _CHAR_REF.findall(blob.decode("utf-8")))
    return chars


_ASCII = bytes(range(0x80))
_XML_CONTROLS = "\t\n\r\x7f"
"""The ASCII characters outside :data:`BASE` that an XML part can hold."""
_CHAR_REF = re.compile(r"&#(?:[0-9]+|x[0-9a-fA-F]+);")
_BOLD = (b' b="1"', b"<w:b/>", b'<w:b w:val="1"/>', b'<w:b w:val="true"/>', b'<w:b w:val="on"/>')
_ITALIC = (b' i="1"', b"<w:i/>", b'<w:i w:val="1"/>', b'<w:i w:val="true"/>', b'<w:i w:val="on"/>')
"""How a run asks for bold or italic (Word ``w:b``/``w:i``, DrawingML ``b="1"``/``i="1"``), as literals:
``bytes.find`` scans a part far faster than one regular expression with alternatives."""
_RUN_PROPS = re.compile(rb"<w:rPr>.*?</w:rPr>|<a:(?:rPr|defRPr|endParaRPr)\b[^>]*>", re.S)
"""One run's properties: Word's as child elements, DrawingML's as attributes of the start tag."""


def _asks(blob: bytes, forms: tuple[bytes, ...]) -> bool:
    return any(form in blob for form in forms)


def slots_used(blobs: Mapping[str, bytes], prefix: str) -> set[str]:
    """Which faces the parts under ``prefix`` ask for (Word ``w:b``/``w:i``, DrawingML ``b="1"``/``i="1"``)."""
    used = {"regular"}
    for name, part in blobs.items():
        if not (name.startswith(prefix) and name.endswith(".xml")):
            continue
        blob = _used_styles(blobs, name) if name == "word/styles.xml" else part
        has_bold, has_italic = _asks(blob, _BOLD), _asks(blob, _ITALIC)
        used.update(name for name, found in (("bold", has_bold), ("italic", has_italic)) if found)
        # Run by run only when the part has both: most parts have no italic at all.
        if has_bold and has_italic and "bold_italic" not in used and any(
                _asks(m.group(0), _BOLD) and _asks(m.group(0), _ITALIC) for m in _RUN_PROPS.finditer(blob)):
            used.add("bold_italic")
    return used


def _used_styles(blobs: Mapping[str, bytes], name: str) -> bytes:
    """The document defaults and the styles the Word parts use (with those they are based on), as XML.

    A reference document defines dozens of styles nobody applies (Intense
    Quote is bold italic); only the used ones decide which faces to embed.
    """
    root = etree.fromstring(blobs[name])
    styles = {str(s.get(f"{{{_W}}}styleId")): s for s in root.iter(f"{{{_W}}}style")}
    todo = [sid for sid, s in styles.items() if s.get(f"{{{_W}}}default") in ("1", "true")]
    refs = re.compile(rb'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"')
    for part, blob in blobs.items():
        if part.startswith("word/") and part != name and part.endswith(".xml"):
            todo += [value.decode() for value in refs.findall(blob)]
    seen: set[str] = set()
    while todo:
        sid = todo.pop()
        if sid in seen or sid not in styles:
            continue
        seen.add(sid)
        todo += [str(e.get(f"{{{_W}}}val")) for tag in ("basedOn", "link")
                 if (e := styles[sid].find(f"{{{_W}}}{tag}")) is not None]
    chosen = [root.find(f"{{{_W}}}docDefaults"), *(styles[sid] for sid in sorted(seen))]
    return b"".join(etree.tostring(e) for e in chosen if e is not None)


def xml_bytes(root: etree._Element) -> bytes:
    """A part's XML with the declaration Office writes."""
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def add_default_type(blobs: dict[str, bytes], extension: str, content_type: str) -> None:
    """Declare ``extension`` in ``[Content_Types].xml`` (once)."""
    root = etree.fromstring(blobs["[Content_Types].xml"])
    if not any(d.get("Extension") == extension for d in root.iter(f"{{{_CT}}}Default")):
        default = etree.Element(f"{{{_CT}}}Default", Extension=extension, ContentType=content_type)
        root.insert(0, default)
    blobs["[Content_Types].xml"] = xml_bytes(root)


def add_relationships(blobs: dict[str, bytes], rels_name: str, targets: list[str], rel_type: str) -> list[str]:
    """Add one relationship per target to the rels part ``rels_name``; returns their ids."""
    root = (etree.fromstring(blobs[rels_name]) if rels_name in blobs
            else etree.Element(f"{{{RELS_NS}}}Relationships", nsmap={None: RELS_NS}))
    taken = {r.get("Id") for r in root}
    ids = []
    number = 1
    for target in targets:
        while f"rIdF{number}" in taken:
            number += 1
        rid = f"rIdF{number}"
        taken.add(rid)
        etree.SubElement(root, f"{{{RELS_NS}}}Relationship", Id=rid, Type=rel_type, Target=target)
        ids.append(rid)
    blobs[rels_name] = xml_bytes(root)
    return ids


def docx_embed(blobs: dict[str, bytes], families: Iterable[Family]) -> None:
    """Embed ``families`` into the Word package ``blobs`` (changed in place).

    The faces are subset to the characters of the ``word/`` parts (body,
    headers, footers, numbering, charts) and only the styles they use.
    """
    chars, slots = package_text(blobs, "word/"), slots_used(blobs, "word/")
    table = _font_table_name(blobs)
    rels_name = table.replace("word/", "word/_rels/", 1) + ".rels"
    root = etree.fromstring(blobs[table]) if table in blobs else etree.Element(f"{{{_W}}}fonts", nsmap={"w": _W})
    number = sum(1 for name in blobs if name.startswith("word/fonts/")) + 1
    for family in families:
        faces = embed_faces(family, chars, slots)
        targets = [f"fonts/font{number + i}.odttf" for i in range(len(faces))]
        ids = add_relationships(blobs, rels_name, targets, FONT_REL)
        for face, target in zip(faces, targets, strict=True):
            blobs[f"word/{target}"] = obfuscate(face.data, face.key)
        number += len(faces)
        _font_entry(root, family.name, faces, ids)
    blobs[table] = xml_bytes(root)
    add_default_type(blobs, "odttf", ODTTF_TYPE)
    _embed_setting(blobs)


def _font_table_name(blobs: dict[str, bytes]) -> str:
    """The font table's part name, from the document's relationships (added when missing)."""
    rels = etree.fromstring(blobs["word/_rels/document.xml.rels"])
    for rel in rels:
        if rel.get("Type") == FONT_TABLE_REL:
            return "word/" + str(rel.get("Target")).lstrip("/").removeprefix("word/")
    add_relationships(blobs, "word/_rels/document.xml.rels", ["fontTable.xml"], FONT_TABLE_REL)
    root = etree.fromstring(blobs["[Content_Types].xml"])
    etree.SubElement(root, f"{{{_CT}}}Override", PartName="/word/fontTable.xml",
                     ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml")
    blobs["[Content_Types].xml"] = xml_bytes(root)
    return "word/fontTable.xml"


def _font_entry(root: etree._Element, name: str, faces: list[EmbeddedFace], ids: list[str]) -> None:
    """Replace the table's entry for ``name`` with one that points at the embedded faces."""
    for old in root.findall(f"{{{_W}}}font"):
        if old.get(f"{{{_W}}}name") == name:
            root.remove(old)
    entry = etree.SubElement(root, f"{{{_W}}}font", {f"{{{_W}}}name": name})
    if faces:
        digits = font_facts(faces[0].data).panose.hex().upper()
        etree.SubElement(entry, f"{{{_W}}}panose1", {f"{{{_W}}}val": digits})
    for tag, value in (("charset", "00"), ("family", "swiss"), ("pitch", "variable")):
        etree.SubElement(entry, f"{{{_W}}}{tag}", {f"{{{_W}}}val": value})
    for face, rid in zip(faces, ids, strict=True):
        tag = "embed" + "".join(part.title() for part in face.slot.split("_"))
        etree.SubElement(entry, f"{{{_W}}}{tag}", {f"{{{_R}}}id": rid, f"{{{_W}}}fontKey": face.key,
                                                    f"{{{_W}}}subsetted": "1"})


_BEFORE_EMBED = ("writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
                 "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
                 "printFractionalCharacterWidth", "printFormsData")
"""Settings that come before ``w:embedTrueTypeFonts`` in the schema's sequence."""


def _embed_setting(blobs: dict[str, bytes]) -> None:
    """``w:embedTrueTypeFonts`` and ``w:saveSubsetFonts`` in settings.xml, where the schema puts them."""
    name = "word/settings.xml"
    if name not in blobs:
        return
    root = etree.fromstring(blobs[name])
    for tag in ("embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts"):
        for old in root.findall(f"{{{_W}}}{tag}"):
            root.remove(old)
    index = 0
    for i, node in enumerate(root):
        if etree.QName(node).localname in _BEFORE_EMBED:
            index = i + 1
    root.insert(index, etree.Element(f"{{{_W}}}saveSubsetFonts"))
    root.insert(index, etree.Element(f"{{{_W}}}embedTrueTypeFonts"))
    blobs[name] = xml_bytes(root)
