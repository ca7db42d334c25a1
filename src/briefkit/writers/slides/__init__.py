"""The slides writer: a designed deck PDF, handouts and an overflow report.

The deck is planned once (every text measured, shrunk or continued by the
overflow policy), then drawn page by page; handouts draw the same plans as
vector forms, several to a sheet.  See docs/slides.md for the layouts.
"""

from __future__ import annotations

import weakref
from typing import ClassVar

from briefkit.document.nodes import Document
from briefkit.labels import Labels
from briefkit.theme import Theme
from briefkit.writers.base import Rendered, RenderOptions
from briefkit.writers.slides.deck import Deck, plan_deck, report
from briefkit.writers.slides.handouts import HANDOUTS, handout_pdf
from briefkit.writers.slides.pdfout import deck_pdf
from briefkit.writers.slides.reportjson import dumps_indented

_LAST: list[tuple[weakref.ref[Document], Theme, bool, Labels | None, Deck]] = []
"""The last plan made, kept while its document lives: the PDF and the PowerPoint deck of one render share it."""


def plan(doc: Document, theme: Theme, links: bool = True, labels: Labels | None = None) -> Deck:
    """The deck's plan: every slide laid out, measured, shrunk or continued, with its notes.

    The one place both decks come from: the PDF deck and its handouts draw
    it with reportlab, the PowerPoint writer (:mod:`briefkit.writers.pptx`)
    draws the same plan with python-pptx.  Drawing never changes a plan, so
    the two writers of one render get the same one, planned once.
    """
    if _LAST:
        ref, known_theme, known_links, known_labels, deck = _LAST[0]
        if ref() is doc and known_links == links and known_theme == theme and known_labels is labels:
            return deck
    deck = plan_deck(doc, theme, links=links, labels=labels)
    _LAST[:] = [(weakref.ref(doc), theme, links, labels, deck)]
    return deck


class SlidesWriter:
    """Document tree → slide-deck PDF (+ handouts, + JSON overflow report)."""

    name: ClassVar[str] = "slides"
    extension: ClassVar[str] = "pdf"
    binary: ClassVar[bool] = True

    def render(self, doc: Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render the deck, the requested handouts and the report."""
        deck = plan(doc, theme, links=True, labels=options.labels)
        attachments: dict[str, bytes] = {}
        wanted = [h for h in HANDOUTS if h in options.handouts]
        if wanted:
            paper = plan(doc, theme, links=False, labels=options.labels)
            for kind in wanted:
                attachments[f"slides-handout-{kind}.pdf"] = handout_pdf(paper, kind, options.pdfa)
        data = report(deck)
        attachments["slides-report.json"] = (dumps_indented(data) + "\n").encode()
        return Rendered(deck_pdf(deck, options.pdfa), attachments, list(deck.warnings))


__all__ = ["SlidesWriter", "plan"]
