"""Which of a deck's slide layouts each briefkit layout is drawn on.

For each briefkit layout, in this order (see docs/slides.md):

1. a layout named like it ("Chart", "bullets", "Key figures", "Two columns"…:
   its name or an alias, ignoring case, spaces and hyphens);
2. the usual Office name for that kind of slide ("Title Slide", "Section
   Header", "Title and Content", "Two Content", "Title Only");
3. a fallback: the layout its parent kind was drawn on (text slides take
   the bullets slide's layout, figures and timelines the chart's, charts and
   dividers the bullets'), else any layout with a title and a body (text
   slides) or a title (others) that is not the cover's, else the first.

How each was found is reported, so a template that lacks a layout is
noticed rather than silently drawn on the wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER

from briefkit.writers.slides.model import ALIASES, LAYOUTS

OFFICE_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("Title Slide",),
    "section": ("Section Header", "Section Title"),
    "agenda": ("Title and Content",),
    "bullets": ("Title and Content",),
    "takeaways": ("Title and Content",),
    "sources": ("Title and Content",),
    "quote": ("Title and Content",),
    "columns": ("Two Content", "Comparison"),
    "figures": ("Title Only",),
    "chart": ("Title Only",),
    "timeline": ("Title Only",),
}
"""The Office layout each briefkit layout is drawn on when no layout carries its own name."""

PARENT: dict[str, str] = {"agenda": "bullets", "takeaways": "bullets", "sources": "bullets", "quote": "bullets",
                          "columns": "bullets", "figures": "chart", "timeline": "chart", "chart": "bullets",
                          "section": "bullets"}
"""The kind whose layout a kind falls back to when no layout carries its name."""
_ORDER = ("title", "bullets", "chart", *(k for k in LAYOUTS if k not in ("title", "bullets", "chart")))
"""Parents are mapped before the kinds that fall back to them."""

TEXT_LAYOUTS = frozenset({"agenda", "bullets", "takeaways", "sources", "quote", "columns"})
BODY_TYPES = frozenset({PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE})
TITLE_TYPES = frozenset({PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE})


@dataclass(frozen=True)
class Mapped:
    """A briefkit layout's slide layout and how it was found ('name', 'office name' or 'fallback')."""

    layout: Any
    how: str

    @property
    def name(self) -> str:
        """The slide layout's name."""
        return str(self.layout.name)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _types(layout: Any) -> set[Any]:
    return {ph.placeholder_format.type for ph in layout.placeholders}


def _fallback(name: str, layouts: list[Any], cover: Any) -> Any:
    for layout in layouts:
        types = _types(layout)
        if layout is not cover and types & TITLE_TYPES and (name not in TEXT_LAYOUTS or types & BODY_TYPES):
            return layout
    return layouts[0]


def map_layouts(prs: Any) -> dict[str, Mapped]:
    """Every briefkit layout → a slide layout of ``prs``'s first master."""
    layouts = list(prs.slide_layouts)
    by_key: dict[str, Any] = {}
    for layout in layouts:
        by_key.setdefault(_key(layout.name), layout)
    mapping: dict[str, Mapped] = {}
    for name in _ORDER:
        own = [name] + [alias for alias, target in ALIASES.items() if target == name]
        found = next((by_key[_key(k)] for k in own if _key(k) in by_key), None)
        if found is not None:
            mapping[name] = Mapped(found, "name")
            continue
        found = next((by_key[_key(k)] for k in OFFICE_NAMES[name] if _key(k) in by_key), None)
        if found is not None:
            mapping[name] = Mapped(found, "office name")
        elif name in PARENT:
            mapping[name] = Mapped(mapping[PARENT[name]].layout, "fallback")
        else:
            cover = mapping["title"].layout if "title" in mapping else None
            mapping[name] = Mapped(_fallback(name, layouts, cover), "fallback")
    return {name: mapping[name] for name in LAYOUTS}
