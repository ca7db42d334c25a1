"""The deck as a tagged PDF: one ``Sect`` per slide, its title an ``H1``, its text and charts in order.

The deck's slides are drawn piece by piece (see :mod:`.fit`); each piece
that holds text is tagged flowable by flowable, a chart piece becomes one
``Figure`` carrying the chart's text alternative, and panels, rules, the
footer and the logo are artifacts.  Handouts draw the same slides inside
forms on a plain canvas, where nothing is marked.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, ListFlowable, Paragraph, Spacer

from briefkit.writers.rltagging import ARTIFACT, Elem, TaggingCanvas, has_links
from briefkit.writers.slides.fit import Piece, draw_piece
from briefkit.writers.slides.shapes import Fill


def role_of(flow: Flowable) -> str | None:
    """The structure role a slide flowable is read as (None: draws nothing; "Artifact": an ornament)."""
    hinted = getattr(flow, "struct_role", None)
    if isinstance(hinted, str):
        return hinted
    if isinstance(flow, Spacer):
        return None
    if isinstance(flow, HRFlowable | Fill):
        return "Artifact"
    if isinstance(flow, Drawing):
        return "Figure"
    if isinstance(flow, ListFlowable):
        return "L"
    if isinstance(flow, Paragraph):
        return "P"
    return "Div"


def draw_tagged(canvas: Canvas, piece: Piece, parent: Elem | None, role: str | None = None) -> None:
    """Draw ``piece``; on a tagging canvas, tag it under ``parent`` (``role`` overrides each flowable's)."""
    if parent is None or not isinstance(canvas, TaggingCanvas):
        draw_piece(canvas, piece)
    elif piece.decor:
        with canvas.artifact():
            draw_piece(canvas, piece)
    elif piece.alt is not None:
        with canvas.marked(parent.add("Figure", alt=piece.alt)):
            draw_piece(canvas, piece)
    else:
        draw_piece(canvas, piece, lambda flow: _marking(canvas, parent, role or role_of(flow), flow))


def _marking(canvas: TaggingCanvas, parent: Elem, role: str | None, flow: Flowable) -> AbstractContextManager[None]:
    if role is None:
        return nullcontext()
    if role != "Artifact" and has_links(flow):
        return canvas.text_marked(parent.add(role), flow)  # each link's words inside their Link element
    return canvas.marked(ARTIFACT if role == "Artifact" else parent.add(role))
