"""DOCX writer: the document tree as a Word file built on a reference document.

Styles come from ``templates/summary/reference.docx`` (or the organisation's
own with ``--reference-docx``); with the built-in reference the theme sets
their fonts, sizes and colours, so Word output carries the same brand as the
PDF and the HTML.  The writer adds core properties, header and footer with
page fields, a table of contents for long documents, and re-zips the
package so rebuilds are byte-identical.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

from docx.oxml.ns import qn

from briefkit.document import nodes as n
from briefkit.theme import Theme
from briefkit.writers.base import Rendered, RenderOptions
from briefkit.writers.docx.blocks import BodyWriter
from briefkit.writers.docx.oxml import child
from briefkit.writers.docx.package import save, set_core_properties
from briefkit.writers.docx.page import header_footer, setup_page, table_of_contents
from briefkit.writers.docx.reference import open_reference, reopen, snapshot
from briefkit.writers.docx.theming import apply_theme, defaults_rpr, single_line, tighten
from briefkit.writers.ooxml_fonts import theme_families

TOC_MIN_WORDS = 1400
"""A document this long (and with enough headings) gets a table of contents."""
TOC_MIN_HEADINGS = 5
COMPACT_PRODUCTS = ("note",)
"""Products set denser, so a briefing note keeps to two pages."""


class DocxWriter:
    """Document tree → .docx bytes."""

    name: ClassVar[str] = "docx"
    extension: ClassVar[str] = "docx"
    binary: ClassVar[bool] = True

    def render(self, doc: n.Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render ``doc`` on the reference document and return deterministic bytes."""
        product = str(doc.meta.get("product") or options.product)
        builtin = options.reference_docx is None
        if builtin:
            document = reopen(_themed_reference(theme, product in COMPACT_PRODUCTS))
        else:
            document, _ = open_reference(options.reference_docx)
        east_asian = _east_asian_font(document, theme)
        _set_language(document, str(doc.meta.get("lang") or ""))
        body = BodyWriter(document, theme, east_asian)
        body.labels = options.labels
        for block in doc.blocks:
            body.visit(block)
        body.inline.small = None  # a small-print section ends with the body, not in the TOC or footer
        if wants_toc(doc, len(body.state.toc)):
            table_of_contents(document, body.state.toc, body.inline, options.labels.get("contents"))
        header_footer(document, doc.meta, product, body.inline, keep=not builtin, labels=options.labels)
        set_core_properties(document, doc.meta, product)
        # An organisation's reference names its own fonts: the theme's are embedded only in the built-in one.
        fonts = theme_families(theme) if builtin else []
        return Rendered(save(document, fonts), warnings=body.warnings)


@lru_cache(maxsize=8)
def _themed_reference(theme: Theme, compact: bool) -> bytes:
    """The built-in reference with the theme's styles and page, once per process and theme.

    Only the theme decides this part of the document, so each item parses the
    finished styles instead of opening the reference and restyling it again.
    """
    document, _ = open_reference(None)
    apply_theme(document, theme)
    setup_page(document, theme)
    if compact:
        tighten(document, line=single_line(theme.fonts.body.regular))
    return snapshot(document)


def wants_toc(doc: n.Document, headings: int) -> bool:
    """Front matter ``toc: true/false`` decides; otherwise long documents with many headings get one."""
    if "toc" in doc.meta and doc.meta["toc"] is not None:
        return bool(doc.meta["toc"])
    words = sum(len(n.block_text(b).split()) for b in doc.blocks)
    return words >= TOC_MIN_WORDS and headings >= TOC_MIN_HEADINGS


def _east_asian_font(document: Any, theme: Theme) -> str:
    """The reference's own East-Asian body font when it names one, else the theme's."""
    for path in (f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}",):
        fonts = document.styles.element.find(path)
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return str(fonts.get(qn("w:eastAsia")))
    return theme.fonts.office_east_asian


def _set_language(document: Any, lang: str) -> None:
    """The document's proofing language (docDefaults ``w:lang``)."""
    if not lang:
        return
    rpr = defaults_rpr(document.styles.element)
    element = child(rpr, "w:lang", ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    if lang.split("-")[0].lower() in ("zh", "ja", "ko"):
        # As Word in a Chinese install does: ideographs in the document's language, Latin words as English.
        element.set(qn("w:eastAsia"), "zh-CN" if lang.lower() in ("zh", "zh-hans", "zh-cn") else lang)
        element.set(qn("w:val"), "en-US")
    else:
        element.set(qn("w:val"), lang)
