"""The PowerPoint writer: the slides writer's plan, drawn as an editable deck.

The deck is planned by :func:`briefkit.writers.slides.plan` — the same
slides, text, sizes and continuations as the PDF deck — and drawn on
briefkit's own master or on an office's reference deck
(``--reference-pptx``): python-pptx holds the package, its masters and
layouts and their relationships; the slides, notes and charts are written
as XML text (:mod:`.shapexml`).  See docs/slides.md ("PowerPoint").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI

from briefkit.document import nodes as n
from briefkit.document.nodes import Document
from briefkit.theme import Theme
from briefkit.writers.base import Rendered, RenderOptions
from briefkit.writers.ooxml_fonts import theme_families
from briefkit.writers.pptx.draw import LayoutInfo, Look, SlideDrawer, layout_info
from briefkit.writers.pptx.items import Shapes
from briefkit.writers.pptx.layouts import Mapped
from briefkit.writers.pptx.notes import add_notes
from briefkit.writers.pptx.package import save, set_core_properties, write_sections
from briefkit.writers.pptx.runs import Ink
from briefkit.writers.pptx.shapexml import Frame, without_illegal, xml_attr
from briefkit.writers.pptx.template import builtin_deck, reference_deck
from briefkit.writers.pptx.themexml import slots_for
from briefkit.writers.slides import plan
from briefkit.writers.slides.deck import Deck
from briefkit.writers.slides.geometry import SIZES

REPORT_NAME = "slides-pptx-layouts.json"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _clean(text: str) -> str:
    """Text without the characters XML cannot hold."""
    return without_illegal(text)


def _aspect_for(prs: Any) -> str:
    """The theme aspect nearest a reference deck's slide shape (the plan is laid out at that aspect)."""
    ratio = prs.slide_width / prs.slide_height
    return min(SIZES, key=lambda name: abs(SIZES[name][0] / SIZES[name][1] - ratio))


class PptxWriter:
    """Document tree → editable .pptx deck (+ a JSON report of the layouts used)."""

    name: ClassVar[str] = "pptx"
    extension: ClassVar[str] = "pptx"
    binary: ClassVar[bool] = True

    def render(self, doc: Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Plan the deck as the PDF does, then draw it on the built-in master or the reference deck."""
        reference = options.extra.get("reference_pptx")
        if reference:
            template = reference_deck(Path(reference))
            prs = template.open()
            aspect = _aspect_for(prs)
            if aspect != theme.slides.aspect:
                theme = theme.model_copy(update={"slides": theme.slides.model_copy(update={"aspect": aspect})})
            deck = plan(doc, theme, labels=options.labels)
        else:
            deck = plan(doc, theme, labels=options.labels)
            template = builtin_deck(theme, deck.size)
            prs = template.open()
        mapping = template.layouts(prs)
        draw_deck(prs, deck, mapping, builtin=not reference, taken=template.part_names(prs))
        set_core_properties(prs, doc.meta, _clean)
        report = {"reference": str(reference) if reference else None,
                  "layouts": {k: {"layout": m.name, "found_by": m.how} for k, m in mapping.items()}}
        used = {p.layout for p in deck.plans}
        warnings = list(deck.warnings) + [
            f"layout '{k}' drawn on '{m.name}' (no layout of that name in the reference deck)"
            for k, m in mapping.items() if reference and m.how == "fallback" and k in used]
        attachments = {REPORT_NAME: (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode()}
        # An office's deck names its own fonts: the theme's are embedded only on the built-in master.
        fonts = [] if reference else theme_families(theme)
        return Rendered(save(prs, template.static, fonts), attachments, warnings)


def draw_deck(prs: Any, deck: Deck, mapping: dict[str, Mapped], builtin: bool,
              taken: frozenset[str] | None = None) -> None:
    """Add one slide per plan, draw it, write its notes; name the deck's sections.

    ``taken``: the names of the deck's parts (found in it when not given).
    """
    width, height = deck.size
    frame = Frame(height, prs.slide_width / width)
    slots = slots_for(deck.theme)
    scale = frame.emu / 12700
    colours = deck.theme.colors.model_dump() if builtin else None
    if taken is None:
        taken = frozenset(str(p.partname) for p in prs.part.package.iter_parts())
    look = Look(deck, builtin, colours, taken)
    lang = xml_attr(str(deck.meta.get("lang") or "en"))
    added = _add_slides(prs, [mapping[p.layout].layout for p in deck.plans])
    slides = [part for part, _ in added]
    keys = {p.key: s for p, s in zip(deck.plans, slides, strict=True)}
    infos: dict[int, LayoutInfo] = {}
    masters: list[Any] = []
    for number, (plan_, slide) in enumerate(zip(deck.plans, slides, strict=True), 1):
        layout = mapping[plan_.layout].layout
        info = infos.get(id(layout))
        if info is None:
            info = infos[id(layout)] = layout_info(layout)
        ink = Ink(slots, builtin, _linker(slide, keys), lang, scale, "noAutofit" if builtin else "normAutofit")
        SlideDrawer(look, slide, plan_, Shapes(slide, frame, ink), info).draw()
        _notes(prs, slide, number, plan_, lang, masters)
    write_sections(prs, _sections(deck, [slide_id for _, slide_id in added]))


def _add_slides(prs: Any, layouts: list[Any]) -> list[tuple[Part, int]]:
    """A slide part on each of ``layouts`` and its slide id, named and listed as python-pptx adds slides.

    A part holds its slide as text, written when drawn (see :mod:`.shapexml`):
    python-pptx's slide part would parse a blank slide, then serialise every
    shape added to it.  A new part has no relationship yet: one is added
    without relate_to's search (it regroups every relationship of the
    presentation on each call), and the slide ids are counted on from the
    highest instead of being searched for on each slide.
    """
    id_list = prs.slides._sldIdLst
    first, package = len(id_list), prs.part.package
    next_id = max([255, *(int(entry.get("id")) for entry in id_list)]) + 1
    out = []
    for number, layout in enumerate(layouts, first + 1):
        part = Part(PackURI(f"/ppt/slides/slide{number}.xml"), CT.PML_SLIDE, package)
        part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        rid = prs.part.rels._add_relationship(RT.SLIDE, part)
        slide_id = next_id + number - first - 1
        etree.SubElement(id_list, f"{{{_P}}}sldId", {"id": str(slide_id), f"{{{_R}}}id": rid})
        out.append((part, slide_id))
    return out


def _linker(part: Part, keys: dict[str, Part]) -> Any:
    def link(url: str) -> str | None:
        if url.startswith("#"):
            target = keys.get(url[1:])
            return "#" + part.relate_to(target, RT.SLIDE) if target is not None else None
        if url.startswith(("http://", "https://", "mailto:")):
            return str(part.relate_to(url, RT.HYPERLINK, is_external=True))
        return None
    return link


def _notes(prs: Any, slide: Part, number: int, plan_: Any, lang: str, masters: list[Any]) -> None:
    """The slide's notes page, if it has notes; ``masters``: the notes master once a page needed it."""
    lines = [n.block_text(b) for b in plan_.notes] + list(plan_.extra_notes)
    lines = [_clean(part).strip() for line in lines for part in line.split("\n") if part.strip()]
    if lines:
        if not masters:  # looked up (made, on a deck without one) once: the lookup scans every relationship
            masters.append(prs.part.notes_master_part)
        add_notes(masters[0], slide, number, lines, lang)


def _sections(deck: Deck, ids: list[int]) -> list[tuple[str, list[int]]]:
    """A section from the first slide, and one from each section divider, named by its title."""
    sections: list[tuple[str, list[int]]] = []
    for plan_, slide_id in zip(deck.plans, ids, strict=True):
        if not sections or (plan_.layout == "section" and plan_.part == 1):
            sections.append((_clean(plan_.title_text or plan_.layout)[:255], []))
        sections[-1][1].append(slide_id)
    return sections


__all__ = ["PptxWriter", "draw_deck"]
