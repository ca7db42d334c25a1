"""One brand: the theme's fonts, sizes and colours poured into the Word styles.

The reference document defines the styles (spacing, borders, numbering,
table conditional formats); this module sets only what ``theme.yaml`` owns,
on paragraph, character and table styles alike.  It runs on the built-in
reference document, never on an organisation's own (its styles win).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from briefkit.fonts_facts import file_facts
from briefkit.theme import Theme
from briefkit.writers.docx.oxml import child, set_color, set_fonts, set_size

# styleId → (theme size name or None, theme colour name or None)
TEXT_ROLES: dict[str, tuple[str | None, str | None]] = {
    "Normal": ("body", "text"),
    "Title": ("title", "primary"),
    "Subtitle": ("h2", "muted"),
    "Byline": ("small", "muted"),
    "Heading1": ("h2", "primary"),
    "Heading2": ("h3", "primary"),
    "Heading3": ("body", "text"),
    "Quote": ("h3", "primary"),
    "QuoteAttribution": ("small", "muted"),
    "Caption": (None, "primary"),
    "SourceNote": ("small", "muted"),
    "FigureValueParagraph": (None, "primary"),
    "Header": ("small", "muted"),
    "Footer": ("small", "muted"),
    "Hyperlink": (None, "primary"),
    "FigureValue": (None, "primary"),
}

# (styleId, path below the style element, attribute, theme colour name): borders and fills.
COLOUR_SLOTS: tuple[tuple[str, str, str, str], ...] = (
    ("Byline", "w:pPr/w:pBdr/w:bottom", "color", "accent"),
    ("Heading1", "w:pPr/w:pBdr/w:bottom", "color", "rule"),
    ("Quote", "w:pPr/w:pBdr/w:left", "color", "accent"),
    ("Footer", "w:pPr/w:pBdr/w:top", "color", "rule"),
    ("SourceCode", "w:pPr/w:shd", "fill", "light"),
    ("BriefkitFigures", "w:tblPr/w:tblBorders/w:top", "color", "primary"),
    ("BriefkitFigures", "w:tblPr/w:tblBorders/w:bottom", "color", "primary"),
    ("BriefkitFigures", "w:tblPr/w:tblBorders/w:insideH", "color", "rule"),
    ("BriefkitFigures", "w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd", "fill", "primary"),
    ("BriefkitFigures", "w:tblStylePr[@w:type='firstRow']/w:rPr/w:color", "val", "background"),
    ("BriefkitFigures", "w:tblStylePr[@w:type='band2Horz']/w:tcPr/w:shd", "fill", "light"),
    ("BriefkitCallout", "w:tblPr/w:tblBorders/w:left", "color", "accent"),
    ("BriefkitCallout", "w:tcPr/w:shd", "fill", "light"),
    ("BriefkitTiles", "w:tcPr/w:tcBorders/w:top", "color", "accent"),
    ("BriefkitTiles", "w:tcPr/w:shd", "fill", "light"),
    ("BriefkitTiles", "w:tblPr/w:tblBorders/w:insideV", "color", "background"),
)

def _style(root: Any, style_id: str) -> Any:
    return root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")


def defaults_rpr(root: Any) -> Any:
    """The ``w:rPr`` of the document defaults (created when missing)."""
    defaults = child(root, "w:docDefaults", ("w:latentStyles", "w:style"))
    rpr_default = child(defaults, "w:rPrDefault", ("w:pPrDefault",))
    return child(rpr_default, "w:rPr")


def apply_fonts(root: Any, theme: Theme) -> None:
    """Body and East-Asian font names on the document defaults and Normal."""
    family, east_asian = theme.fonts.office_family, theme.fonts.office_east_asian
    set_fonts(defaults_rpr(root), family, east_asian)
    normal = _style(root, "Normal")
    if normal is not None:
        set_fonts(child(normal, "w:rPr"), family, east_asian)


def apply_text_roles(root: Any, theme: Theme) -> None:
    """Sizes and colours of paragraph and character styles."""
    colours = theme.colors.model_dump()
    sizes = theme.sizes.model_dump()
    for style_id, (size, colour) in TEXT_ROLES.items():
        style = _style(root, style_id)
        if style is None:
            continue
        rpr = child(style, "w:rPr", ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"))
        if size:
            set_size(rpr, float(sizes[size]))
        if colour:
            set_color(rpr, str(colours[colour]))


def apply_colour_slots(root: Any, theme: Theme) -> None:
    """Border and fill colours of paragraph and table styles."""
    colours = theme.colors.model_dump()
    for style_id, path, attr, colour in COLOUR_SLOTS:
        style = _style(root, style_id)
        if style is None:
            continue
        for el in style.xpath(path):
            el.set(qn(f"w:{attr}"), str(colours[colour]).lstrip("#"))


def apply_theme(document: Any, theme: Theme) -> None:
    """Give the document's styles the theme's fonts, sizes and colours."""
    root = document.styles.element
    apply_fonts(root, theme)
    apply_text_roles(root, theme)
    apply_colour_slots(root, theme)


def single_line(font_file: Path, leading: float = 1.25) -> str:
    """``w:line`` (240ths of a line) making an "auto" line ``leading`` times the type size in ``font_file``.

    Word and LibreOffice make a single line as tall as the font's ascent plus
    descent (1.36 em for Noto Sans); the PDF writer sets body text at 1.25 em.
    Scaling the single line to that keeps the note's DOCX to the PDF's length.
    """
    facts = file_facts(font_file)
    natural = (facts.win_ascent + facts.win_descent) / facts.units_per_em
    return str(round(240 * leading / natural))


def tighten(document: Any, factor: float = 0.6, line: str = "240") -> None:
    """A denser setting for short products (the two-page note): less space around blocks, lines at ``line``.

    Only paragraph spacing changes; sizes and colours stay the theme's.
    """
    root = document.styles.element
    for spacing in root.iter(qn("w:spacing")):
        if spacing.getparent().tag != qn("w:pPr"):
            continue  # character spacing (w:rPr/w:spacing) is letter spacing, not ours to touch
        for attr in ("before", "after"):
            value = spacing.get(qn(f"w:{attr}"))
            if value and value.isdigit():
                spacing.set(qn(f"w:{attr}"), str(round(int(value) * factor)))
        if spacing.get(qn("w:line")) in ("264", "240") and spacing.get(qn("w:lineRule"), "auto") == "auto":
            spacing.set(qn("w:line"), line)
    for margins in root.iter(qn("w:tblCellMar")):
        for edge in ("top", "bottom"):
            cell = margins.find(qn(f"w:{edge}"))
            if cell is not None and cell.get(qn("w:w"), "0").isdigit():
                cell.set(qn("w:w"), str(round(int(cell.get(qn("w:w"))) * factor)))
