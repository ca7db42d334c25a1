"""PDF writer for printed documents (briefing notes, Word summaries as PDF).

reportlab platypus lays out any document tree on A4 or Letter portrait pages
with the theme's margins, colours and embedded TrueType fonts.  The PDF is
tagged (see :mod:`~briefkit.writers.rltagging`): headings, paragraphs,
lists, tables and figures with their text alternatives form a structure
tree that screen readers follow.  Output is
byte-identical for the same input (``invariant=1``), dated from the content
(or ``SOURCE_DATE_EPOCH``), never from the clock.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

from reportlab.platypus import Spacer
from reportlab.platypus.doctemplate import LayoutError

from briefkit.document import nodes as n
from briefkit.errors import WriterError
from briefkit.fonts import font_chain
from briefkit.theme import Theme
from briefkit.writers.base import Rendered, RenderOptions, build_time
from briefkit.writers.front_matter import TitleParts, identity, split_title
from briefkit.writers.pdf.blocks import BlockBuilder
from briefkit.writers.pdf.inline import InlineMarkup
from briefkit.writers.pdf.page import Decorator, DocTemplate, Furniture, PagesOver
from briefkit.writers.pdf.styles import Styles, margin, page_size
from briefkit.writers.pdf.title import title_block
from briefkit.writers.pdf.trials import TrialFlowables
from briefkit.writers.rltagging import Elem


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v)
    return str(value or "")


def pdf_metadata(meta: dict[str, Any]) -> dict[str, str]:
    """Document information from the front matter (title, author, subject, keywords, language).

    The author is who prepared the brief: the article's authors, editors or
    outlet did not write this document, so they are never named as its author.
    """
    author = _text(meta.get("prepared_by"))
    return {
        "title": _text(meta.get("title")),
        "author": author,
        "subject": _text(meta.get("subject")),
        "keywords": _text(meta.get("keywords")),
        "creator": "briefkit",
        "lang": _text(meta.get("lang")) or "en",
    }


@lru_cache(maxsize=8)
def styles_for(theme: Theme) -> Styles:
    """The theme's paragraph styles, made once per process and theme.

    Nothing changes a style once made, and the same style objects across a
    page budget's trial layouts (and a batch's documents) let paragraphs of
    the same text share their first line breaks (see :mod:`briefkit.writers.rlpara`).
    """
    return Styles(theme, font_chain(theme))


@dataclass(frozen=True)
class _Drawn:
    """A PDF a page count drew in full, and what it was drawn from (see :meth:`PdfWriter.measure_drawn`)."""

    doc: n.Document
    styles: Styles
    options: RenderOptions
    total: int
    """The page total its footers print ('Page X of Y')."""
    data: bytes
    pages: int
    markup: InlineMarkup


class PdfWriter:
    """Document tree → paginated PDF with title block, header, footer and outline."""

    name: ClassVar[str] = "pdf"
    extension: ClassVar[str] = "pdf"
    binary: ClassVar[bool] = True

    _last_total: ClassVar[int] = 2
    """The page count of the previous document, the guess for the next one's 'of Y'."""
    _last_fill: float = 1.0
    """How much of the last page the previous layout filled (see :meth:`measure`)."""
    _trials: TrialFlowables | None = None
    """Block flowables this writer's page counts reuse (see :mod:`~briefkit.writers.pdf.trials`)."""
    _drawn: ClassVar[_Drawn | None] = None
    """The last PDF :meth:`measure_drawn` drew, until :meth:`render` is asked for that very document."""

    def render(self, doc: n.Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render ``doc`` with the right total in 'Page X of Y'.

        The footer needs the page count before the pages exist.  In a batch,
        documents of one kind have the same length, so the previous count is
        guessed first and a second pass runs only when the guess was wrong;
        the footer never changes the layout, so the bytes are those of a
        build that knew the total from the start.
        """
        styles = styles_for(theme)
        parts = split_title(doc)
        guess = PdfWriter._last_total
        drawn, PdfWriter._drawn = PdfWriter._drawn, None
        if drawn is not None and (drawn.doc, drawn.styles, drawn.options, drawn.total) == (doc, styles, options, guess):
            data, pages, markup = drawn.data, drawn.pages, drawn.markup  # the page count drew this very PDF
        else:
            data, pages, markup = self._build(doc, parts, styles, options, guess)
        if pages != guess:
            data, _, markup = self._build(doc, parts, styles, options, pages)
        PdfWriter._last_total = pages
        return Rendered(data, warnings=[*parts.warnings, *markup.warnings()])

    def count_pages(self, doc: n.Document, theme: Theme, options: RenderOptions, limit: int = 500) -> int:
        """How many pages ``doc`` takes, or ``limit + 1`` once it runs past ``limit``.

        One layout pass that draws nothing (the footer never changes the
        layout) and stops at the first page past the limit.
        """
        return self.measure(doc, theme, options, limit)[0]

    def measure(self, doc: n.Document, theme: Theme, options: RenderOptions, limit: int = 500) -> tuple[int, float]:
        """How many pages ``doc`` takes (``limit + 1`` past ``limit``, as :meth:`count_pages`), and how much
        of its last page's text area the content fills (0 to 1; 1 past the limit), from the same pass."""
        styles = styles_for(theme)
        self._last_fill = 1.0
        owner = (styles, options.labels)
        if self._trials is None or not self._trials.fits(owner):
            self._trials = TrialFlowables(owner)
        self._trials.begin()
        try:
            pages = self._build(doc, split_title(doc), styles, options, PdfWriter._last_total, limit,
                                self._trials)[1]
        except PagesOver:  # reportlab re-raises it with another message: only its class is kept
            return limit + 1, 1.0
        return pages, self._last_fill

    def measure_drawn(self, doc: n.Document, theme: Theme, options: RenderOptions,
                      limit: int = 500) -> tuple[int, float]:
        """What :meth:`measure` gives, from a layout that draws the whole PDF, kept for :meth:`render`.

        A page budget's first count is of the document as it is, and most
        documents fit their budget as they are: the PDF written next is then
        that very document.  Drawing it during the count (in full, as
        :meth:`render` would, with the same 'of Y' guess) lets :meth:`render`
        hand those bytes out instead of laying the document out a second
        time; a document that has to be shortened costs one drawing more.
        """
        styles = styles_for(theme)
        total = PdfWriter._last_total
        data, pages, markup = self._build(doc, split_title(doc), styles, options, total)
        PdfWriter._drawn = _Drawn(doc, styles, options, total, data, pages, markup)
        if pages > limit:
            return limit + 1, 1.0  # as a count that stops past the limit says it
        return pages, self._last_fill

    def _build(self, doc: n.Document, parts: TitleParts, styles: Styles, options: RenderOptions,
               total: int, page_limit: int = 0,
               kept: TrialFlowables | None = None) -> tuple[bytes, int, InlineMarkup]:
        markup = InlineMarkup(styles.chain, styles.theme.colors.primary)
        width = page_size(styles.theme)[0] - 2 * margin(styles.theme)
        root = Elem("Document")
        builder = BlockBuilder(styles, markup, width, root, labels=options.labels)
        story = (builder.blocks(parts.lead, kept) + title_block(parts, styles, markup, root)
                 + builder.blocks(parts.rest, kept))
        while story and isinstance(story[-1], Spacer):
            story.pop()  # space after the last block that does not fit would open a blank last page
        product = options.product or str(doc.meta.get("product") or "")
        furniture = Furniture(identity(doc.meta, product, options.labels), doc.title, total, options.labels)
        buffer = io.BytesIO()
        when = build_time(doc.meta.get("date"))
        template = DocTemplate(buffer, styles, Decorator(styles, furniture), when, root, options.pdfa,
                               page_limit, **pdf_metadata(doc.meta))
        try:
            template.build(story)
        except LayoutError as exc:
            raise WriterError(f"the PDF layout failed: {str(exc).splitlines()[0]}") from None
        self._last_fill = template.last_fill()
        return buffer.getvalue(), int(template.page), markup
