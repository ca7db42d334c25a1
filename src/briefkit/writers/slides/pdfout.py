"""The deck PDF: metadata, a bookmark and outline entry per slide, tagged, repeatable bytes."""

from __future__ import annotations

import calendar
import io
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from briefkit.writers.base import build_time
from briefkit.writers.rltagging import TaggingCanvas
from briefkit.writers.rltext import TextCanvas
from briefkit.writers.slides.deck import Deck
from briefkit.writers.slides.master import draw_slide


def _listing(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return [str(value)] if value else []


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], meta: dict[str, Any],
               font: str, title_suffix: str = "", tagged: bool = False) -> Canvas:
    """A canvas with the document's metadata and a timestamp from the content, never the clock.

    ``font`` replaces reportlab's initial Helvetica, which would otherwise be
    listed in the PDF as a font that is not embedded; ``tagged`` gives a
    :class:`~briefkit.writers.rltagging.TaggingCanvas`.
    """
    maker = TaggingCanvas if tagged else TextCanvas
    canvas = maker(buffer, pagesize=pagesize, invariant=1, pageCompression=1,
                   lang=str(meta.get("lang") or "en"), initialFontName=font)
    if tagged:
        canvas.setViewerPreference("DisplayDocTitle", "true")
    when = build_time(meta.get("date"))
    stamp = canvas._doc._timeStamp
    stamp.t, stamp.lt, stamp.YMDhms = calendar.timegm(when), when, tuple(when)[:6]
    stamp.dhh = stamp.dmm = 0
    # The deck is by whoever prepared the brief, never the article's authors, editors or outlet.
    authors = _listing(meta.get("prepared_by"))
    canvas.setTitle(str(meta.get("title") or "") + title_suffix)
    canvas.setAuthor(", ".join(authors))
    canvas.setSubject(str(meta.get("subject") or meta.get("subtitle") or ""))
    canvas.setKeywords(", ".join(_listing(meta.get("keywords"))))
    canvas.setCreator("briefkit")
    return canvas


def deck_pdf(deck: Deck, pdfa: bool = False) -> bytes:
    """Draw every slide on its own page with a named destination and an outline entry (PDF/A-2b if ``pdfa``)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, deck.size, deck.meta, deck.master.kit.chain.body.regular, tagged=True)
    canvas.pdfa = pdfa
    for plan in deck.plans:
        canvas.bookmarkPage(plan.key)
        canvas.addOutlineEntry(plan.title_text or f"Slide {plan.number}", plan.key, level=0)
        draw_slide(canvas, deck.master, plan, canvas.root.add("Sect"))
        canvas.showPage()
    canvas.showOutline()
    canvas.save()
    return buffer.getvalue()
