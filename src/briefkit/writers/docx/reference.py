"""The reference document: where every Word style comes from.

Like Pandoc's ``--reference-doc``, the styles live in a .docx, not in code:
the built-in ``templates/summary/reference.docx``, or an organisation's own
template.  An organisation's template seldom defines every style we use
(Word keeps most built-ins latent), so missing ones are copied in from the
built-in file, numbering definitions included, instead of failing with a
``KeyError`` as python-docx would (python-docx#504).
"""

from __future__ import annotations

import copy
import io
import zipfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from lxml import etree

from briefkit.errors import BriefkitError
from briefkit.yamlio import read_error, read_limited

STYLES: tuple[str, ...] = (
    "Normal", "Title", "Subtitle", "Byline", "Heading 1", "Heading 2", "Heading 3",
    "List Bullet", "List Bullet 2", "List Number", "List Number 2", "Quote", "Quote Attribution",
    "Caption", "Source Note", "Table Text", "Figure Tile", "Source Code", "TOC Heading", "TOC 1", "TOC 2",
    "Header", "Footer", "Hyperlink", "Figure Value", "Verbatim Char",
    "Briefkit Figures", "Briefkit Callout", "Briefkit Plain", "Briefkit Tiles",
)
"""Every style the writer asks for, by its name as Word shows it."""


def builtin_reference() -> Path:
    """``reference.docx`` of the built-in summary pack (wheel or checkout)."""
    packaged = Path(str(resources.files("briefkit"))) / "_templates" / "summary" / "reference.docx"
    if packaged.is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[4] / "templates" / "summary" / "reference.docx"
    if checkout.is_file():
        return checkout
    raise BriefkitError("the built-in reference.docx is missing: the installation is incomplete")


@lru_cache(maxsize=4)
def _read(path: str) -> bytes:
    return Path(path).read_bytes()


_TEMPLATE_TYPES = (b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                   b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
                   b"application/vnd.ms-word.document.macroEnabled.main+xml")
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


MAX_REFERENCE_BYTES = 20 * 1024 * 1024
"""A reference document file larger than this is refused before it is read whole."""

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""The parts of a reference document may declare at most this many bytes unpacked (zip bombs)."""

MAX_PARTS = 2000
"""A reference document may hold at most this many parts."""


def as_document(data: bytes, source: str = "reference document") -> bytes:
    """A reference package briefkit may copy parts from, as a plain .docx python-docx opens.

    Its parts are bounded before any is unpacked (:data:`MAX_PARTS`,
    :data:`MAX_UNPACKED_BYTES`); the attached template (``settings.xml.rels``)
    is dropped and any other relationship pointing outside the package
    (``TargetMode="External"``: remote images, links) refuses the file, so no
    generated document calls anywhere when it is opened.  A Word template
    (.dotx/.dotm) or macro document is re-labelled as a plain document;
    :func:`open_reference` then drops any macro project.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            _check_sizes(src.infolist(), source)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    blob = vetted_part(info.filename, src.read(info.filename), source)
                    if info.filename == "[Content_Types].xml":
                        for kind in _TEMPLATE_TYPES:
                            blob = blob.replace(kind, _DOCUMENT_TYPE)
                    dst.writestr(info, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, EOFError):
        return data  # python-docx reports it below


def _check_sizes(infos: list[zipfile.ZipInfo], source: str) -> None:
    # zipfile never unpacks more than a member declares (a lie fails its CRC), so the
    # declared sizes bound the memory the parts can take.
    if len(infos) > MAX_PARTS:
        raise BriefkitError(f"{source}: {len(infos):,} parts, over the {MAX_PARTS:,}-part limit")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise BriefkitError(f"{source}: unpacks to {unpacked:,} bytes, over the {MAX_UNPACKED_BYTES:,}-byte limit")


_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ATTACHED = "/attachedTemplate"


def vetted_part(name: str, blob: bytes, source: str) -> bytes:
    """``blob`` without its attached-template link; refuse any other relationship to outside."""
    if name.endswith(".rels"):
        return _vetted_rels(name, blob, source)
    if name == "word/settings.xml" and b"attachedTemplate" in blob:
        root = _xml(blob)
        for element in root.iter(qn("w:attachedTemplate")):
            element.getparent().remove(element)
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
    return blob


def _xml(blob: bytes) -> Any:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(blob, parser)


def _vetted_rels(name: str, blob: bytes, source: str) -> bytes:
    root = _xml(blob)
    changed = False
    for rel in list(root.iter(f"{{{_RELS_NS}}}Relationship")):
        if str(rel.get("Type", "")).endswith(_ATTACHED):
            root.remove(rel)
            changed = True
        elif str(rel.get("TargetMode", "")).lower() == "external":
            target = str(rel.get("Target", ""))[:80].encode("unicode_escape").decode("ascii")
            raise BriefkitError(f"{source}: {name} links outside the document ({target}); a reference "
                                "document must not load or link anything from elsewhere")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)) if changed else blob


def open_reference(path: str | None) -> tuple[Any, bool]:
    """A fresh document built on ``path`` (or the built-in reference); True when built-in."""
    builtin = path is None
    source = str(builtin_reference()) if builtin else str(path)
    try:
        data = _read(source) if builtin else as_document(read_limited(Path(source), MAX_REFERENCE_BYTES), source)
        document = docx.Document(io.BytesIO(data))
    except FileNotFoundError:
        raise BriefkitError(f"{source}: reference document not found") from None
    except BriefkitError:
        raise
    except OSError as exc:
        raise BriefkitError(f"{source}: {read_error(exc)}") from None
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError for non-Word files
        raise BriefkitError(f"{source}: not a usable Word document ({type(exc).__name__})") from None
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith(("/vbaProject", "/attachedTemplate", "/customXml")):
            del document.part.rels[rel.rId]
    body = document.element.body
    for block in list(body):
        if block.tag != qn("w:sectPr"):  # the reference's sample text is not ours to keep
            body.remove(block)
    if not builtin:
        complete_styles(document, docx.Document(io.BytesIO(_read(str(builtin_reference())))))
    return document, builtin


def snapshot(document: Any) -> bytes:
    """``document`` as an uncompressed package, for :func:`reopen` to parse again and again."""
    packed = io.BytesIO()
    document.save(packed)
    out = io.BytesIO()
    with zipfile.ZipFile(packed) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def reopen(data: bytes) -> Any:
    """A fresh python-docx document from :func:`snapshot` bytes."""
    return docx.Document(io.BytesIO(data))


# ---------------------------------------------------------------- style lookup


def _name(style: Any) -> str:
    name = style.find(qn("w:name"))
    return str(name.get(qn("w:val"))).lower() if name is not None else ""


def style_by_name(root: Any, name: str) -> Any:
    """The ``w:style`` element whose name is ``name`` (case-insensitive), or None."""
    wanted = name.lower()
    return next((s for s in root.iterfind(qn("w:style")) if _name(s) == wanted), None)


def _by_id(root: Any, style_id: str) -> Any:
    return root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")


def has_style(document: Any, name: str) -> bool:
    """True when the document defines a style called ``name``."""
    return style_by_name(document.styles.element, name) is not None


# ------------------------------------------------------------ copying styles


def complete_styles(target: Any, source: Any) -> list[str]:
    """Copy every style of :data:`STYLES` that ``target`` lacks from ``source``; return their names."""
    copied = []
    for name in STYLES:
        if not has_style(target, name) and has_style(source, name):
            _copy_style(target, source, style_by_name(source.styles.element, name))
            copied.append(name)
    return copied


def _copy_style(target: Any, source: Any, style: Any) -> str:
    """Copy ``style`` (and the styles it is based on) into ``target``; return its id there."""
    troot, sroot = target.styles.element, source.styles.element
    existing = style_by_name(troot, _name(style))
    if existing is not None:
        return str(existing.get(qn("w:styleId")))
    new = copy.deepcopy(style)
    new_id = _free_id(troot, str(style.get(qn("w:styleId"))))
    new.set(qn("w:styleId"), new_id)
    new.attrib.pop(qn("w:default"), None)
    _relink(new, "w:basedOn", lambda sid: _copy_style(target, source, _by_id(sroot, sid)), sroot)
    _relink(new, "w:next", lambda sid: _existing_id(troot, sroot, sid), sroot)
    _relink(new, "w:link", lambda sid: _existing_id(troot, sroot, sid), sroot)
    _copy_numbering(target, source, new)
    troot.append(new)
    return new_id


def _free_id(root: Any, wanted: str) -> str:
    candidate, n = wanted, 1
    while _by_id(root, candidate) is not None:
        n += 1
        candidate = f"{wanted}{n}"
    return candidate


def _existing_id(troot: Any, sroot: Any, source_id: str) -> str | None:
    source_style = _by_id(sroot, source_id)
    found = style_by_name(troot, _name(source_style)) if source_style is not None else None
    return str(found.get(qn("w:styleId"))) if found is not None else None


def _relink(style: Any, tag: str, resolve: Any, sroot: Any) -> None:
    """Point a reference (basedOn/next/link) at the target's id for the same style, or drop it."""
    ref = style.find(qn(tag))
    if ref is None:
        return
    source_id = str(ref.get(qn("w:val")))
    target_id = resolve(source_id) if _by_id(sroot, source_id) is not None else None
    if target_id is None:
        style.remove(ref)
    else:
        ref.set(qn("w:val"), target_id)


# ------------------------------------------------------------------ numbering


def numbering_root(document: Any) -> Any:
    """The ``w:numbering`` element, creating the numbering part when the document has none."""
    try:
        return document.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, document.part.package)
        document.part.relate_to(part, RT.NUMBERING)
        return element


def _copy_numbering(target: Any, source: Any, style: Any) -> None:
    """Give a copied list style its own copy of the list definition it numbers with."""
    num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if num_id is None:
        return
    sroot, troot = numbering_root(source), numbering_root(target)
    num = sroot.find(f"{qn('w:num')}[@{qn('w:numId')}='{num_id.get(qn('w:val'))}']")
    if num is None:
        num_id.getparent().getparent().remove(num_id.getparent())
        return
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = copy.deepcopy(sroot.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']"))
    new_abstract = str(_next_number(troot, "w:abstractNum", "w:abstractNumId"))
    abstract.set(qn("w:abstractNumId"), new_abstract)
    for pstyle in abstract.iter(qn("w:pStyle")):  # level → style links would point at source ids
        pstyle.getparent().remove(pstyle)
    new_num = str(_next_number(troot, "w:num", "w:numId"))
    first_num = troot.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before any num
    else:
        troot.append(abstract)
    troot.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{new_num}">'
                           f'<w:abstractNumId w:val="{new_abstract}"/></w:num>'))
    num_id.set(qn("w:val"), new_num)


def _next_number(root: Any, tag: str, attr: str) -> int:
    used = [int(el.get(qn(attr))) for el in root.iterfind(qn(tag)) if str(el.get(qn(attr))).isdigit()]
    return max(used, default=0) + 1
