"""Plan a whole deck: cut the tree into slides, lay each out, number them, report.

The report lists, per slide, its layout, the text size used and whether it
shrank or continued, plus every frame text may be drawn in (tests check
that no word lands outside them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.utils import ImageReader

from briefkit.document import nodes as n
from briefkit.errors import WriterError
from briefkit.fonts import font_chain
from briefkit.labels import Labels, english
from briefkit.theme import Theme
from briefkit.writers.front_matter import identity
from briefkit.writers.slides import layouts_text as lt
from briefkit.writers.slides import layouts_visual as lv
from briefkit.writers.slides.budget import condensed, labels_said, lists_only, words
from briefkit.writers.slides.geometry import Grid, slide_size
from briefkit.writers.slides.master import LOGO_HEIGHT, Master
from briefkit.writers.slides.model import Slide, slides_of
from briefkit.writers.slides.plan import Context, Planned
from briefkit.writers.slides.text import TextKit

LAYOUT_FUNCS: dict[str, Callable[[Context, Slide], list[Planned]]] = {
    "title": lv.title, "section": lv.section, "figures": lv.figures, "chart": lv.chart,
    "timeline": lv.timeline, "bullets": lt.bullets, "columns": lt.columns, "agenda": lt.agenda,
    "takeaways": lt.takeaways, "quote": lt.quote, "sources": lt.sources,
}

_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


@dataclass
class Deck:
    """A planned deck: its slides, the master, the document's metadata and warnings."""

    plans: list[Planned]
    master: Master
    meta: dict[str, Any]
    theme: Theme
    size: tuple[float, float]
    warnings: list[str] = field(default_factory=list)


def agenda_numbers(slides: list[Slide]) -> dict[str, int]:
    """The agenda's items by text → number: a divider titled like an item carries its number."""
    for slide in slides:
        if slide.layout == "agenda":
            items = [b for b in slide.blocks if isinstance(b, n.BulletList | n.OrderedList)]
            if items:
                return {" ".join(n.block_text(i.children[0]).split()): k
                        for k, i in enumerate(items[0].items, 1) if i.children}
    return {}


def _keys(slides: list[Slide]) -> list[str]:
    keys: list[str] = []
    for index, slide in enumerate(slides, 1):
        key = _KEY_UNSAFE.sub("-", slide.anchor) if slide.anchor else f"slide-{index}"
        keys.append(key if key not in keys else f"{key}-{index}")
    return keys


def _logo(theme: Theme, grid: Grid) -> tuple[float, float]:
    if theme.logo is None:
        return 0.0, 0.0
    try:
        width, height = ImageReader(str(theme.logo)).getSize()
    except Exception as exc:  # reportlab/PIL raise many types for a bad image
        raise WriterError(f"{theme.logo}: cannot read the logo: {exc}") from None
    h = grid.unit * LOGO_HEIGHT
    return min(h * width / height, grid.width * 0.2), h


def plan_deck(doc: n.Document, theme: Theme, links: bool = True, labels: Labels | None = None) -> Deck:
    """Lay out every slide of ``doc``; ``links`` off for handouts (forms cannot hold links)."""
    warnings: list[str] = []
    labels = labels or english()
    planned = slides_of(doc, warnings)
    said = labels_said(planned)
    slides = [condensed(slide, theme.slides.body_words, said) for slide in planned]
    if not slides:
        raise WriterError("the deck has no slides: the template produced no content")
    kit = TextKit(theme, font_chain(theme), links)
    keys = _keys(slides)
    kit.anchors = set(keys)
    kit.titles = {" ".join(s.title_text.split()): k for s, k in zip(slides, keys, strict=True) if s.title_text}
    size = slide_size(theme)
    grid = Grid(*size)
    logo = _logo(theme, grid)
    ctx = Context(theme, grid, kit, logo[0], labels=labels, agenda=agenda_numbers(slides))
    plans: list[Planned] = []
    for slide, key in zip(slides, keys, strict=True):
        for plan in LAYOUT_FUNCS[slide.layout](ctx, slide):
            plan.key = key if plan.part == 1 else f"{key}-{plan.part}"
            plans.append(plan)
    for number, plan in enumerate(plans, 1):
        plan.number = number
    who = identity(doc.meta, str(doc.meta.get("product") or "slides"), labels)
    master = Master(grid, kit, who.footer, len(plans), theme.logo, logo, who=who, labels=labels)
    deck = Deck(plans, master, doc.meta, theme, size, warnings)
    deck.warnings += overflow_warnings(deck) + glyph_warnings(deck)
    return deck


def overflow_warnings(deck: Deck) -> list[str]:
    """Human lines for slides that shrank or continued."""
    out = []
    for plan in deck.plans:
        name = f"slide {plan.number} '{plan.title_text or plan.layout}'"
        if plan.part == 1 and plan.parts > 1:
            out.append(f"{name}: text continues on {plan.parts - 1} more slide(s) at {plan.size:g} pt")
        elif plan.part == 1 and plan.size is not None and plan.start is not None and plan.size < plan.start - 0.01:
            out.append(f"{name}: text shrunk from {plan.start:g} to {plan.size:g} pt to fit")
        if plan.oversized:
            out.append(f"{name}: an element taller than the slide was kept whole")
    return out


def glyph_warnings(deck: Deck) -> list[str]:
    """A warning naming every character no font of the theme can draw."""
    chain = deck.master.kit.chain
    text = "".join(deck.master.kit.seen) + deck.master.footer
    missing = chain.missing(text)
    if not missing:
        return []
    names = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:20])
    more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
    return [f"no font in the theme has a glyph for {names}{more}: add a fallback font that covers them"]


def report(deck: Deck) -> dict[str, Any]:
    """The overflow report written next to the deck as JSON."""
    width, height = deck.size
    left, right = deck.master.footer_boxes()
    slides = []
    for plan in deck.plans:
        frames = plan.frames() + [right] + ([left] if not plan.dark and deck.master.footer else [])
        frames += deck.master.marking_boxes()
        slides.append({
            "number": plan.number, "title": plan.title_text, "layout": plan.layout,
            "part": plan.part, "parts": plan.parts,
            "size": plan.size, "start_size": plan.start,
            "shrunk": bool(plan.size and plan.start and plan.size < plan.start - 0.01),
            "continued": plan.parts > 1, "oversized": plan.oversized,
            "words": words(plan.source.blocks), "budget": deck.theme.slides.body_words,
            "condensed": plan.source.condensed, "lists_only": lists_only(plan.source),
            "frames": [b.as_list() for b in frames],
        })
    return {
        "page": [width, height], "floor": deck.theme.sizes.slide_min, "slides": slides,
        "shrunk": [s["number"] for s in slides if s["shrunk"] and s["part"] == 1],
        "continued": [s["number"] for s in slides if s["continued"] and s["part"] == 1],
        "warnings": deck.warnings,
    }
