"""Page furniture: paper and margins, header and footer, table of contents.

Page numbers are PAGE and NUMPAGES fields, so Word and LibreOffice count the
pages themselves.  The table of contents is a TOC field pre-filled with the
headings (linked to bookmarks) and flagged for Word to update when the file
opens (``w:updateFields``), so it shows page numbers after the first open.
An organisation's reference document keeps its own header and footer.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Emu, Mm

from briefkit.labels import Labels
from briefkit.theme import Theme
from briefkit.writers.docx.context import TocEntry
from briefkit.writers.docx.inline import InlineWriter
from briefkit.writers.docx.oxml import add_field, begin_field, element, end_field, hyperlink
from briefkit.writers.docx.placeholders import fill
from briefkit.writers.docx.stylebook import StyleBook, set_style
from briefkit.writers.front_matter import Identity, identity

PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
_AFTER_UPDATE_FIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
                        "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                        "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
                        "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
                        "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")


def setup_page(document: Any, theme: Theme) -> None:
    """Paper size and margins from the theme (built-in reference only)."""
    for section in document.sections:
        section.page_width, section.page_height = PAPER[theme.page.size]
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(theme.page.margin_mm))


def source_line(meta: dict[str, Any]) -> str:
    """'XinhuaNet (New Society) · 16 August 2024' from the front matter."""
    source = str(meta.get("source") or "")
    if meta.get("outlet"):
        source = f"{source} ({meta['outlet']})" if source else str(meta["outlet"])
    parts = [p for p in (source, str(meta.get("date_text") or meta.get("date") or "")) if p]
    return " · ".join(parts)


def _has_content(part: Any) -> bool:
    element_ = part._element
    return any(t.text for t in element_.iter(qn("w:t"))) or element_.find(".//" + qn("w:fldChar")) is not None


def _right_tab(paragraph: Any, section: Any, style: Any = None) -> None:
    """One right-aligned tab stop at the text edge, clearing the stops of ``style`` (default: the paragraph's)."""
    width = Emu(int(section.page_width - section.left_margin - section.right_margin))
    stops = paragraph.paragraph_format.tab_stops
    style = style if style is not None else paragraph.style  # python-docx's lookup scans styles.xml
    while style is not None:
        for stop in style.paragraph_format.tab_stops:
            if stop.position != width:
                stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        style = style.base_style
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def header_footer(document: Any, meta: dict[str, Any], product: str, inline: InlineWriter, keep: bool,
                  labels: Labels) -> None:
    """The brief's identity in the header and footer: marking, DRAFT, product, source article, 'Page X of Y'.

    ``keep``: leave a header or footer the reference document already fills, filling in its
    ``{title}``, ``{date}``, ``{source}``, ``{subtitle}``, ``{product}``, ``{marking}`` and
    ``{status}`` placeholders.
    """
    who = identity(meta, product, labels)
    values = {"title": str(meta.get("title") or ""), "subtitle": str(meta.get("subtitle") or ""),
              "date": str(meta.get("date_text") or meta.get("date") or ""), "product": who.label,
              "source": source_line({**meta, "date_text": "", "date": ""}), "marking": who.marking,
              "status": who.draft}
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            if keep and not part.is_linked_to_previous:
                fill(part, values)
        if not (keep and _has_content(section.header)):
            _header(section, inline, who, str(meta.get("title") or ""))
        if not (keep and _has_content(section.footer)):
            _footer(section, inline, who, labels)


def _header(section: Any, inline: InlineWriter, who: Identity, title: str) -> None:
    """Marking on top, then 'DRAFT · Briefing note' and the title."""
    section.header.is_linked_to_previous = False
    style = inline.styles.paragraph("Header")
    paragraph = _fresh(section.header, style)
    if who.marking:
        _marking(paragraph.insert_paragraph_before(), inline, who.marking, style)
    _right_tab(paragraph, section, style)
    label = " · ".join(p for p in (who.draft, who.label) if p)
    short = title if len(title) <= 80 else title[:78].rstrip() + "…"
    inline.text(paragraph, label + "\t" + short)


def _footer(section: Any, inline: InlineWriter, who: Identity, labels: Labels) -> None:
    """Reference, product and source article with 'Page X of Y'; the marking last."""
    section.footer.is_linked_to_previous = False
    style = inline.styles.paragraph("Footer")
    paragraph = _fresh(section.footer, style)
    _right_tab(paragraph, section, style)
    before, _, rest = labels.get("page_of").partition("{page}")
    between, _, after = rest.partition("{total}")
    inline.text(paragraph, who.footer + "\t" + before)
    add_field(paragraph, "PAGE", "1")
    inline.text(paragraph, between)
    add_field(paragraph, "NUMPAGES", "1")
    if after:
        inline.text(paragraph, after)
    if who.marking:
        _marking(section.footer.add_paragraph(), inline, who.marking, style)


def _marking(paragraph: Any, inline: InlineWriter, marking: str, style: Any) -> None:
    """A centred, bold marking line (first line of the header, last of the footer)."""
    if style is not None:
        set_style(paragraph, style)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    inline.text(paragraph, marking)
    for run in paragraph.runs:
        run.bold = True


def _fresh(part: Any, style: Any) -> Any:
    """The part's only paragraph, emptied (a header or footer always holds one)."""
    paragraphs = part.paragraphs
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    paragraph = paragraphs[0]
    for run in list(paragraph._p):
        if run.tag != qn("w:pPr"):
            paragraph._p.remove(run)
    if style is not None:
        set_style(paragraph, style)
    return paragraph


def table_of_contents(document: Any, entries: list[TocEntry], inline: InlineWriter, heading: str = "Contents") -> None:
    """A TOC field before the first heading, pre-filled with the headings, that Word refreshes on opening."""
    if not entries:
        return
    styles: StyleBook = inline.styles
    anchor = entries[0].paragraph
    title = anchor.insert_paragraph_before()
    toc_heading = styles.paragraph("TOC Heading", "Heading 1")
    if toc_heading is not None:
        set_style(title, toc_heading)
    inline.text(title, heading)
    lines = []
    for entry in entries:
        line = anchor.insert_paragraph_before()
        style = styles.paragraph(f"TOC {entry.level}")
        if style is not None:
            set_style(line, style)
        lines.append(line)
    begin_field(lines[0]._p, 'TOC \\o "1-2" \\h \\z \\u', dirty=True)
    for line, entry in zip(lines, entries, strict=True):
        inline.linked(line, hyperlink(line, "#" + entry.bookmark), entry.text)
    end_field(lines[-1]._p)
    update_fields_on_open(document)


def update_fields_on_open(document: Any) -> None:
    """Ask Word to refresh every field (the TOC's page numbers) when the file opens."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    flag = element("w:updateFields", w_val="true")
    for tag in _AFTER_UPDATE_FIELDS:
        found = settings.find(qn(tag))
        if found is not None:
            found.addprevious(flag)
            return
    settings.append(flag)
