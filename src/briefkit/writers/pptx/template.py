"""The deck the slides are added to: briefkit's own master, or an office's reference deck.

The built-in master is python-pptx's default deck made to the plan's slide
size, with the theme's colours and fonts in its theme part, the master's
furniture (the top bar, the footer rule) on the master, and the title and
section layouts set on the brand colour.  It is made once per theme and size
and kept as bytes.

A reference deck (``--reference-pptx``, a .pptx or a .potx template) gives
its masters, layouts and theme; its slides are dropped, and so is every
relationship to something outside the package (a linked picture, a web
link), so the deck never fetches anything when it is opened.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.util import Emu

from briefkit.errors import WriterError
from briefkit.theme import Theme
from briefkit.writers.pptx.layouts import Mapped, map_layouts
from briefkit.writers.pptx.package import static_zip
from briefkit.writers.pptx.shapexml import NSDECL, Frame, filled
from briefkit.writers.pptx.themexml import colour_xml, slots_for, themed_xml
from briefkit.writers.slides.geometry import Box, Grid

MAX_REFERENCE_BYTES = 64 * 1024 * 1024
"""A reference deck larger than this is refused (it is read whole into memory)."""
MAX_REFERENCE_UNPACKED = 256 * 1024 * 1024
"""...and one that unpacks to more than this (python-pptx holds every part in memory)."""
MAX_REFERENCE_MEMBERS = 5000

_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.{}.main+xml"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DARK_LAYOUTS = ("Title Slide", "Section Header")
"""The built-in layouts set on the brand colour (briefkit's title and section slides)."""


def _scale_shapes(part_element: Any, sx: float, sy: float) -> None:
    """Stretch every placed shape of a master or layout from the template's size to the deck's."""
    for xfrm in part_element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm"):
        for child in xfrm:
            if child.tag.endswith("}off"):
                child.set("x", str(round(int(child.get("x")) * sx)))
                child.set("y", str(round(int(child.get("y")) * sy)))
            elif child.tag.endswith("}ext"):
                child.set("cx", str(round(int(child.get("cx")) * sx)))
                child.set("cy", str(round(int(child.get("cy")) * sy)))


def _place(sp: Any, frame: Frame, box: Box) -> None:
    x, y, cx, cy = frame.rect(box)
    sp.left, sp.top, sp.width, sp.height = x, y, cx, cy


def _master_furniture(master: Any, theme: Theme, grid: Grid, frame: Frame) -> None:
    """The bar along the top and the rule above the footer; the placeholders on the plan's grid."""
    slots = slots_for(theme)
    tree = master.shapes._spTree
    bar = filled("Top bar", frame.xfrm(Box(0, grid.height - grid.unit * 0.5, grid.width, grid.unit * 0.5)),
                 colour_xml(theme.colors.primary, slots)).xml(900)
    rule = filled("Footer rule", frame.xfrm(Box(grid.margin, grid.footer_line - 0.375, grid.inner_width, 0.75)),
                  colour_xml(theme.colors.rule, slots)).xml(901)
    for shape in reversed(list(parse_xml(f"<p:spTree {NSDECL}>{bar}{rule}</p:spTree>"))):
        tree.insert(2, shape)  # behind the placeholders
    title_bottom = grid.title_top - theme.sizes.slide_title * 1.15
    places = {"title": Box(grid.margin, title_bottom, grid.inner_width, grid.title_top - title_bottom),
              "body": grid.body(title_bottom),
              "ftr": Box(grid.margin, grid.unit * 0.6, grid.inner_width - grid.unit * 7, grid.footer_line - grid.unit),
              "sldNum": Box(grid.width - grid.margin - grid.unit * 6, grid.unit * 0.6, grid.unit * 6,
                            grid.footer_line - grid.unit)}
    kinds = {PP_PLACEHOLDER.TITLE: "title", PP_PLACEHOLDER.BODY: "body", PP_PLACEHOLDER.FOOTER: "ftr",
             PP_PLACEHOLDER.SLIDE_NUMBER: "sldNum"}
    for ph in master.placeholders:
        kind = kinds.get(ph.placeholder_format.type)
        if kind is not None:
            _place(ph, frame, places[kind])


def _dark(layout: Any, slots_xml: str) -> None:
    """A layout on the brand colour, without the master's bar and rule."""
    c_sld = layout._element.cSld
    bg = parse_xml(f'<p:bg xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
                   f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:bgPr>{slots_xml}'
                   f'<a:effectLst/></p:bgPr></p:bg>')
    c_sld.insert(0, bg)
    layout._element.set("showMasterSp", "0")


@dataclass(frozen=True)
class Template:
    """A deck to draw on, as bytes to open once per render, with its members no render changes."""

    data: bytes
    static: tuple[bytes, frozenset[str]]
    _parsed: list[Any] = field(default_factory=list, compare=False, repr=False)
    _known: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What every deck opened from the template shares: its layout mapping and part names."""

    def open(self) -> Any:
        """A fresh python-pptx Presentation of this deck, to draw one render on.

        Parsed once, then deep-copied for each render: copying the parsed
        parts takes a third of the time of parsing the package again.  The
        parsed XML of the members in :attr:`static` (masters, layouts,
        themes) is shared, not copied: a render only reads them (their bytes
        in the deck come from :attr:`static`, so a change would be lost anyway).
        """
        if not self._parsed:
            prs = Presentation(io.BytesIO(self.data))
            self._parsed.append(prs)
            self._known["shared"] = {id(x): x for part in prs.part.package.iter_parts()
                                     for x in _unchanged(part, self.static[1])}
        return copy.deepcopy(self._parsed[0], dict(self._known["shared"]))

    def layouts(self, prs: Any) -> dict[str, Mapped]:
        """Every briefkit layout → a slide layout of ``prs`` (opened from this template), mapped once."""
        layouts = list(prs.slide_layouts)
        found = self._known.get("layouts")
        if found is None:
            index = {id(layout.part): k for k, layout in enumerate(layouts)}
            found = self._known["layouts"] = {name: (index[id(m.layout.part)], m.how)
                                              for name, m in map_layouts(prs).items()}
        return {name: Mapped(layouts[k], how) for name, (k, how) in found.items()}

    def part_names(self, prs: Any) -> frozenset[str]:
        """The names of the parts of a deck opened from this template (before anything is drawn on it)."""
        names: frozenset[str] | None = self._known.get("names")
        if names is None:
            names = self._known["names"] = frozenset(str(p.partname) for p in prs.part.package.iter_parts())
        return names


def _unchanged(part: Any, static: frozenset[str]) -> list[Any]:
    """What a deck opened from a template may share with it: a part's name, and its XML if no render changes it."""
    element = getattr(part, "_element", None)
    return [part.partname] + ([element] if element is not None and part.partname.membername in static else [])


@lru_cache(maxsize=8)
def builtin_deck(theme: Theme, size: tuple[float, float]) -> Template:
    """briefkit's own master at ``size`` points, themed."""
    prs = Presentation()
    width, height = size
    sx, sy = width * 12700 / int(prs.slide_width or 1), height * 12700 / int(prs.slide_height or 1)
    prs.slide_width, prs.slide_height = Emu(round(width * 12700)), Emu(round(height * 12700))
    master = prs.slide_masters[0]
    for part in [master, *master.slide_layouts]:
        _scale_shapes(part._element, sx, sy)
        for node in part._element.xpath(".//*[@cap]"):
            del node.attrib["cap"]  # the PDF never sets titles in capitals: neither does the master
    frame = Frame(height, 12700.0)
    _master_furniture(master, theme, Grid(width, height), frame)
    fill = colour_xml(theme.colors.primary, slots_for(theme))
    for layout in master.slide_layouts:
        if layout.name in _DARK_LAYOUTS:
            _dark(layout, fill)
    _notes_master = prs.part.notes_master_part  # made once here, kept in the bytes every render opens
    theme_part = master.part.part_related_by(RT.THEME)
    theme_part._blob = themed_xml(theme_part.blob, theme, slots_for(theme))
    return _template(prs)


def _template(prs: Any) -> Template:
    out = io.BytesIO()
    prs.save(out)
    data = out.getvalue()
    return Template(data, static_zip(data))


def _check_bounds(path: Path, package: zipfile.ZipFile) -> None:
    """Refuse a package that would unpack to too much (a zip bomb) before anything reads it."""
    members = package.infolist()
    if len(members) > MAX_REFERENCE_MEMBERS:
        raise WriterError(f"{path}: reference deck has {len(members):,} parts, over the "
                          f"{MAX_REFERENCE_MEMBERS:,}-part limit")
    total = sum(m.file_size for m in members)
    if total > MAX_REFERENCE_UNPACKED:
        raise WriterError(f"{path}: reference deck unpacks to {total:,} bytes, over the "
                          f"{MAX_REFERENCE_UNPACKED:,}-byte limit")


def _as_presentation(path: Path, data: bytes) -> bytes:
    """A .potx differs from a .pptx only in its main content type: rewrite it so it opens as a deck."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            _check_bounds(path, src)
            types = src.read("[Content_Types].xml").decode("utf-8")
            if "macroEnabled" in types:
                raise WriterError(f"{path}: macro-enabled decks and templates are not accepted as a reference")
            if _MAIN.format("template") not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    blob = src.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        blob = types.replace(_MAIN.format("template"), _MAIN.format("presentation")).encode()
                    dst.writestr(info, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        raise WriterError(f"{path}: not a PowerPoint deck or template ({exc})") from None


def _strip_external(package: Any) -> int:
    """Drop every relationship to outside the package, and the references to it; return how many."""
    dropped = 0
    for part in list(package.iter_parts()):
        external = [rid for rid, rel in part.rels.items() if rel.is_external]
        if not external:
            continue
        element = getattr(part, "_element", None)
        for rid in external:
            part.rels.pop(rid)
            dropped += 1
            if element is None:
                continue
            for node in element.xpath(f".//*[@*[namespace-uri()='{_R}' and .='{rid}']]"):
                if node.tag.endswith(("}hlinkClick", "}hlinkHover", "}hlinkMouseOver")):
                    node.getparent().remove(node)
                else:
                    for name in [a for a in node.attrib if a.startswith(f"{{{_R}}}") and node.get(a) == rid]:
                        del node.attrib[name]
    return dropped


def reference_deck(path: Path) -> Template:
    """The reference deck's masters and layouts, without its slides or external links.

    Kept while the file's size and time stay the same (a batch opens it once).
    """
    try:
        stat = path.stat()
    except OSError as exc:
        raise WriterError(f"{path}: cannot read the reference deck: {exc.strerror or exc}") from None
    return _reference(path.resolve(), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=4)
def _reference(path: Path, size: int, mtime: int) -> Template:
    try:
        if path.stat().st_size > MAX_REFERENCE_BYTES:
            raise WriterError(f"{path}: reference deck larger than {MAX_REFERENCE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise WriterError(f"{path}: cannot read the reference deck: {exc.strerror or exc}") from None
    try:
        prs = Presentation(io.BytesIO(_as_presentation(path, data)))
    except WriterError:
        raise
    except Exception as exc:  # python-pptx raises many types for a broken package
        raise WriterError(f"{path}: not a PowerPoint deck or template ({exc})") from None
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)
    for custom in prs._element.findall("{http://schemas.openxmlformats.org/presentationml/2006/main}custShowLst"):
        prs._element.remove(custom)  # custom shows name the dropped slides
    _strip_external(prs.part.package)
    if not list(prs.slide_layouts):
        raise WriterError(f"{path}: the reference deck has no slide layouts")
    return _template(prs)
