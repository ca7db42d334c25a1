"""Where each flowable of a planned piece sits: text groups, tables, timeline rows, fills, charts.

A piece's flowables are positioned exactly as the PDF draws them (top-down,
or centred, in the piece's box); runs of paragraphs become one text frame
each, with the spacers and rules between them turned into paragraph spacing,
so one list stays one list of paragraphs in PowerPoint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import KeepInFrame, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from briefkit.writers.slides.fit import Piece, stack
from briefkit.writers.slides.geometry import Box
from briefkit.writers.slides.shapes import Fill, TimelineRow


@dataclass
class TextGroup:
    """Paragraphs set one after another in one frame; ``title`` for the slide's heading."""

    box: Box
    paras: list[tuple[Any, float]] = field(default_factory=list)
    """Each paragraph with the space above it (points)."""
    title: bool = False
    after_title: bool = False


@dataclass
class Item:
    """Anything else: a table, a timeline row, a fill, a rule or a chart, in its box."""

    kind: str
    box: Box
    flow: Any


def _flat(flows: list[Any]) -> list[Any]:
    """Flowables with oversized ones (kept whole in a frame) unwrapped."""
    out: list[Any] = []
    for flow in flows:
        out.extend(_flat(list(flow._content)) if isinstance(flow, KeepInFrame) else [flow])
    return out


def layout_piece(piece: Piece) -> list[TextGroup | Item]:
    """The groups and items of ``piece``, in drawing order, with slide coordinates."""
    if any(isinstance(f, KeepInFrame) for f in piece.flows):
        piece = Piece(piece.box, _flat(piece.flows), piece.valign, piece.text, piece.decor, piece.alt)
    heights, top = stack(piece)
    box = piece.box
    out: list[TextGroup | Item] = []
    group: TextGroup | None = None
    pending = 0.0
    seen_title = False
    for flow, height in zip(piece.flows, heights, strict=True):
        rect = Box(box.x, top - height, box.width, height)
        top -= height
        if isinstance(flow, Paragraph):
            heading = getattr(flow, "struct_role", None) == "H1"
            if group is None or heading or group.title:
                group = TextGroup(rect, title=heading, after_title=seen_title and not heading)
                out.append(group)
                group.paras.append((flow, 0.0))
            else:
                group.paras.append((flow, pending))
                group.box = Box(box.x, rect.y, box.width, group.box.top - rect.y)
            seen_title = seen_title or heading
            pending = 0.0
            continue
        if isinstance(flow, Spacer | HRFlowable):
            pending += height
            if isinstance(flow, HRFlowable):
                out.append(Item("rule", rect, flow))
            continue
        group, pending = None, 0.0
        out.append(Item(_kind(flow), rect, flow))
    return out


def _kind(flow: Any) -> str:
    if isinstance(flow, Table):
        return "table"
    if isinstance(flow, TimelineRow):
        return "timeline"
    if isinstance(flow, Fill):
        return "fill"
    if isinstance(flow, Drawing):
        return "chart"
    raise TypeError(f"the pptx writer cannot place a {type(flow).__name__}")
