"""A planned slide: everything measured and placed, ready to draw any number of times.

Layouts turn a :class:`~briefkit.writers.slides.model.Slide` into one or more
:class:`Planned` slides (more than one when text continues).  The deck and
every handout draw the same plans, so what is on paper is what was on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefkit.document import nodes as n
from briefkit.labels import Labels, english
from briefkit.theme import Theme
from briefkit.writers.rlpara import Para
from briefkit.writers.slides.fit import Fitted, Piece
from briefkit.writers.slides.geometry import Box, Grid
from briefkit.writers.slides.model import Slide
from briefkit.writers.slides.text import TextKit


@dataclass
class Planned:
    """One slide of the deck, measured and placed."""

    source: Slide
    layout: str
    title_text: str
    pieces: list[Piece]
    title: Piece | None = None
    dark: bool = False
    part: int = 1
    parts: int = 1
    size: float | None = None
    start: float | None = None
    oversized: bool = False
    number: int = 0
    key: str = ""
    notes: tuple[n.Block, ...] = ()
    extra_notes: list[str] = field(default_factory=list)
    body: Box | None = None
    """The body frame the layout filled (set by flow layouts)."""

    def frames(self) -> list[Box]:
        """Every box text may be drawn in (title and text pieces)."""
        boxes = [self.title.box] if self.title else []
        return boxes + [p.box for p in self.pieces if p.flows and not p.decor]


@dataclass
class Context:
    """What every layout needs: the theme, its grid, the text kit and the deck's facts."""

    theme: Theme
    grid: Grid
    kit: TextKit
    logo_width: float = 0.0
    section_count: int = 0
    labels: Labels = field(default_factory=english)
    agenda: dict[str, int] = field(default_factory=dict)
    """Agenda item text → its number, so a section divider carries the number the agenda gave it."""

    @property
    def cont(self) -> str:
        """' (cont.)' in the deck's language, for continued slides' titles."""
        return " " + self.labels.get("cont")

    @property
    def body(self) -> float:
        """The body size (points)."""
        return self.theme.sizes.slide_body

    @property
    def floor(self) -> float:
        """The overflow policy's smallest size."""
        return self.theme.sizes.slide_min


def title_piece(ctx: Context, slide: Slide, cont: bool) -> Piece:
    """The title in the master's title area: up to two lines, shrinking, never clipped."""
    grid = ctx.grid
    width = grid.inner_width - (ctx.logo_width + grid.unit * 2 if ctx.logo_width else 0)
    markup = ctx.kit.markup(slide.title, bold=True) + (ctx.kit.text(ctx.cont) if cont else "")
    big = ctx.theme.sizes.slide_title
    floor = max(ctx.floor, big * 0.7)
    size = big
    while True:
        para = Para(markup, ctx.kit.style(size, bold=True, color="primary", leading=1.15))
        height = para.wrap(width, 1e9)[1]
        if height <= size * 1.15 * 2 + 0.01 or size <= floor:
            break
        size = max(floor, size - 1)
    return Piece(Box(grid.margin, grid.title_top - height, width, height), [para])


def body_box(ctx: Context, title: Piece | None) -> Box:
    """The body frame below a title (or from the title's place on an untitled slide)."""
    grid = ctx.grid
    return grid.body(title.box.y if title else grid.title_top + 2 * grid.unit)


def planned_parts(ctx: Context, slide: Slide, layout: str, fitted: Fitted,
                  titles: list[Piece]) -> list[Planned]:
    """One :class:`Planned` per part of a fitted slide; titles[0] first, titles[-1] for the rest."""
    out = []
    for k, pieces in enumerate(fitted.parts):
        title = (titles[0] if k == 0 else titles[-1]) if titles else None
        text = slide.title_text + (ctx.cont if k else "")
        out.append(Planned(slide, layout, text, pieces, title, part=k + 1, parts=len(fitted.parts),
                           size=fitted.size, start=fitted.start, oversized=fitted.oversized,
                           notes=slide.notes if k == 0 else ()))
    return out
