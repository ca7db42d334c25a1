"""The overflow policy: measure, shrink to the theme's floor, then continue.

A slide's text sits in one or more :class:`Piece` boxes.  :func:`fit` builds
the flowables at the layout's starting size and measures them; while any box
overflows it rebuilds them one point smaller, down to ``sizes.slide_min``.
If the text still does not fit at the floor, every box is paginated (a
paragraph splits between lines) and the slide becomes several parts, drawn
as "(cont.)" slides.  Nothing is ever clipped or dropped: a flowable that
cannot split and cannot fit a whole box is scaled into a part of its own and
reported.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from briefkit.writers.slides.geometry import Box

_EPS = 0.01


@dataclass
class Piece:
    """Flowables placed in a box.

    ``text`` pieces are measured by the overflow policy; ``decor`` pieces
    (panels, rules) hold no text and are left out of the report's frames.
    """

    box: Box
    flows: list[Flowable] = field(default_factory=list)
    valign: str = "top"
    text: bool = True
    decor: bool = False
    alt: str | None = None
    """A chart's text alternative: the piece is read as one figure."""


Builder = Callable[[float], list[Piece]]


@dataclass
class Fitted:
    """The outcome: the size used and the pieces of each part (one part = one slide)."""

    size: float
    parts: list[list[Piece]]
    start: float
    oversized: bool = False

    @property
    def shrunk(self) -> bool:
        """True when the text had to be set smaller than the layout's size."""
        return self.size < self.start - _EPS


def flows_height(flows: list[Flowable], width: float) -> float:
    """The total height of ``flows`` set ``width`` wide."""
    return float(sum(f.wrap(width, 1e9)[1] for f in flows))


def overflow(pieces: list[Piece]) -> float:
    """The worst ratio of needed to available height over text pieces (≤ 1 fits)."""
    worst = 0.0
    for piece in pieces:
        if piece.flows and piece.text:
            need = flows_height(piece.flows, piece.box.width)
            worst = max(worst, need / max(piece.box.height, _EPS))
    return worst


def _next_size(size: float, floor: float, ratio: float) -> float:
    # Height grows roughly with the square of the size: jump straight to the
    # floor when even that cannot save the slide, instead of trying each step.
    if ratio * (floor / size) ** 2 > 1.05:
        return floor
    return max(floor, size - 1)


def fit(build: Builder, start: float, floor: float) -> Fitted:
    """Shrink from ``start`` towards ``floor`` until every piece fits, else paginate at the floor."""
    size = max(start, floor)
    while True:
        pieces = build(size)
        ratio = overflow(pieces)
        if ratio <= 1 + 1e-6:
            return Fitted(size, [pieces], start)
        if size <= floor + _EPS:
            break
        size = _next_size(size, floor, ratio)
    return _paginate_all(pieces, size, start)


def _paginate_all(pieces: list[Piece], size: float, start: float) -> Fitted:
    pages = [paginate(p.flows, p.box) if p.text else ([p.flows], False) for p in pieces]
    count = max(len(flows) for flows, _ in pages)
    parts = []
    for k in range(count):
        part = []
        for piece, (flows, _) in zip(pieces, pages, strict=True):
            if piece.text:
                part.append(Piece(piece.box, flows[k] if k < len(flows) else [], piece.valign, True))
            elif k == 0 or (piece.decor and _holds_text(piece.box, pieces, pages, k)):
                part.append(piece)
        parts.append(part)
    return Fitted(size, parts, start, any(over for _, over in pages))


def _inside(inner: Box, outer: Box) -> bool:
    return (inner.x >= outer.x - _EPS and inner.y >= outer.y - _EPS and inner.right <= outer.right + _EPS
            and inner.top <= outer.top + _EPS)


def _holds_text(box: Box, pieces: list[Piece], pages: list[tuple[list[list[Flowable]], bool]], k: int) -> bool:
    """True when a text piece inside ``box`` (a panel) has flowables on part ``k``."""
    return any(p.text and _inside(p.box, box) and k < len(flows) and flows[k]
               for p, (flows, _) in zip(pieces, pages, strict=True))


def paginate(flows: list[Flowable], box: Box) -> tuple[list[list[Flowable]], bool]:
    """Cut ``flows`` into pages that fit ``box``; True when one flowable had to overflow."""
    pages: list[list[Flowable]] = []
    queue = list(flows)
    oversized = False
    while queue or not pages:
        page, over = take_page(queue, box)
        pages.append(page)
        oversized = oversized or over
    return pages, oversized


def take_page(queue: list[Flowable], box: Box) -> tuple[list[Flowable], bool]:
    """Remove from ``queue`` what fits one ``box`` (splitting the last flowable between lines).

    Returns the page and True when a flowable that can neither fit nor split
    had to be placed whole on a page of its own.
    """
    page: list[Flowable] = []
    avail = box.height
    while queue:
        flow = queue.pop(0)
        if isinstance(flow, Spacer) and not page:
            continue
        height = flow.wrap(box.width, avail)[1]
        if height <= avail + _EPS:
            page.append(flow)
            avail -= height
            continue
        parts = flow.split(box.width, avail) if avail > 1 else []
        if len(parts) > 1:
            page.append(parts[0])
            queue[0:0] = parts[1:]
        elif not page:
            # Neither fits nor splits (a picture-like flowable): scale it into the frame, never clip.
            return [KeepInFrame(box.width, box.height, [flow], mode="shrink")], True
        else:
            queue.insert(0, flow)
        break
    return page, False


def draw_piece(canvas: Canvas, piece: Piece,
               mark: Callable[[Flowable], AbstractContextManager[Any]] | None = None) -> None:
    """Draw a piece's flowables top-down (or centred) inside its box.

    ``mark`` (see :mod:`.tagged`) wraps the drawing of each flowable, for
    example in the marked content of its structure element.
    """
    heights, top = stack(piece)
    for flow, height in zip(piece.flows, heights, strict=True):
        with mark(flow) if mark else nullcontext():
            flow.drawOn(canvas, piece.box.x, top - height)
        top -= height


def stack(piece: Piece) -> tuple[list[float], float]:
    """The heights of a piece's flowables and where the first one's top goes (top, middle or bottom)."""
    box = piece.box
    heights = [float(f.wrap(box.width, box.height)[1]) for f in piece.flows]
    total = sum(heights)
    top = box.top
    if piece.valign == "middle" and total < box.height:
        top = box.top - (box.height - total) / 2
    elif piece.valign == "bottom" and total < box.height:
        top = box.y + total
    return heights, top
