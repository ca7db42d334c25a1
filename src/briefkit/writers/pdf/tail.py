"""The Sources block kept with the content above it: a page never holds the reference matter alone.

A briefing note ends on its Sources.  When the content above fills page 1 to the foot, the Sources went
to page 2 alone, which reads as a page printed by mistake (a note of 1-2 pages whose second page is a
list of sources).  The last unit of content above them (the section under the nearest heading when it is
short, a chart under its heading; else the last block) and the Sources are kept together: when they do not
fit below what page 1 holds, they start page 2 together.  No extra layout pass: reportlab's KeepTogether
decides it while laying out the page.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, ListFlowable

from briefkit.writers.pdf.page import HeadingParagraph

_MOST_HELD = 360.0
"""Points of content above held with the Sources at most: a longer section gives its last block only."""


def _flattened(flows: list[Flowable]) -> list[Flowable]:
    """``flows`` with each KeepTogether opened and without conditional breaks."""
    return [p for f in flows for p in (f._content if isinstance(f, KeepTogether) else [f])
            if not isinstance(p, CondPageBreak)]


def _height(flows: list[Flowable], width: float) -> float:
    """The height of ``flows``; a list's is only known on a canvas: such a section counts as long."""
    parts = _flattened(flows)
    if any(isinstance(p, ListFlowable) for p in parts):
        return float("inf")
    return float(sum(p.wrap(width, 1e6)[1] for p in parts))


def kept_with_tail(flows: list[Flowable], width: float) -> list[Flowable]:
    """``flows`` with the reference heading (``HeadingParagraph.reference``) and what follows it held
    together with the unit of content above it."""
    at = next((i for i, f in enumerate(flows) if isinstance(f, HeadingParagraph) and f.reference), None)
    while at is not None and at > 0 and isinstance(flows[at - 1], CondPageBreak):
        at -= 1  # the break holding the heading to its list goes with it
    if at is None or at == 0:
        return flows
    heading = max((i for i in range(at) if isinstance(flows[i], HeadingParagraph)), default=None)
    start = heading if heading is not None and _height(flows[heading:at], width) <= _MOST_HELD else at - 1
    if start == 0:
        return flows
    # inside, no conditional break (the one holding the heading to its list would split them again) and no
    # KeepTogether of its own (a chart's): reportlab measures a nested one as taller than any page
    return [*flows[:start], KeepTogether(_flattened(flows[start:]))]
