"""Paragraph styles for printed documents, all derived from the theme.

One place decides the type scale and spacing of notes and summaries, so the
hierarchy (title, section headings, sub-headings, body, small print) stays
consistent and a theme change moves every size together.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from briefkit.fonts import FontChain
from briefkit.theme import Theme


@dataclass(frozen=True)
class Palette:
    """The theme's colours as reportlab colours."""

    primary: Color
    accent: Color
    text: Color
    muted: Color
    light: Color
    rule: Color
    series: tuple[Color, ...]

    @classmethod
    def of(cls, theme: Theme) -> Palette:
        """Convert the theme's hex colours."""
        c = theme.colors
        return cls(HexColor(c.primary), HexColor(c.accent), HexColor(c.text), HexColor(c.muted),
                   HexColor(c.light), HexColor(c.rule), tuple(HexColor(x) for x in c.palette))


def page_size(theme: Theme) -> tuple[float, float]:
    """Portrait page size in points."""
    width, height = A4 if theme.page.size == "A4" else LETTER
    return float(width), float(height)


def margin(theme: Theme) -> float:
    """The page margin in points."""
    return float(theme.page.margin_mm * mm)


class Styles:
    """Every paragraph style the PDF writer uses, keyed by role."""

    def __init__(self, theme: Theme, chain: FontChain) -> None:
        self.theme = theme
        self.chain = chain
        self.colors = Palette.of(theme)
        self.font = chain.body.regular
        self.bold = chain.body.bold
        s = theme.sizes
        self.body = self._style("body", s.body, leading=s.body * 1.25, spaceAfter=s.body * 0.45)
        self.small = self._style("small", s.small, leading=s.small * 1.3, textColor=self.colors.muted)
        self.title = self._style("title", s.title, leading=s.title * 1.15, font=self.bold,
                                 textColor=self.colors.primary, spaceAfter=s.title * 0.25)
        self.subtitle = self._style("subtitle", s.h3, leading=s.h3 * 1.3, textColor=self.colors.muted,
                                    spaceAfter=2)
        self.note = self._style("note", s.small, leading=s.small * 1.3, textColor=self.colors.muted,
                                spaceAfter=s.body * 0.6)
        self.byline = self._style("byline", s.small, leading=s.small * 1.35, textColor=self.colors.muted)
        self.label = self._style("label", s.small, leading=s.small * 1.2, font=self.bold,
                                 textColor=self.colors.accent, spaceAfter=4)
        self.headings = {
            1: self._style("h1", s.h1, leading=s.h1 * 1.2, font=self.bold, textColor=self.colors.primary,
                           spaceBefore=s.h1 * 0.6, spaceAfter=s.h1 * 0.3),
            2: self._style("h2", s.h2, leading=s.h2 * 1.2, font=self.bold, textColor=self.colors.primary,
                           spaceBefore=s.h2 * 0.7, spaceAfter=s.h2 * 0.28),
            3: self._style("h3", s.h3, leading=s.h3 * 1.25, font=self.bold, textColor=self.colors.text,
                           spaceBefore=s.h3 * 0.45, spaceAfter=s.h3 * 0.2),
            4: self._style("h4", s.body, leading=s.body * 1.3, font=self.bold, textColor=self.colors.muted,
                           spaceBefore=s.body * 0.4, spaceAfter=s.body * 0.15),
        }
        self.list_item = self._style("li", s.body, leading=s.body * 1.25, spaceAfter=s.body * 0.2)
        # Reference matter (sources, notes) under a heading marked {.compact} or {.sources}.
        self.compact = self._style("compact", s.small + 0.5, leading=(s.small + 0.5) * 1.3,
                                   spaceAfter=s.small * 0.3)
        self.quote = self._style("quote", s.body, leading=s.body * 1.35, textColor=self.colors.text,
                                 font=chain.body.italic)
        self.attribution = self._style("attribution", s.small, leading=s.small * 1.3,
                                       textColor=self.colors.muted, alignment=TA_RIGHT)
        self.code = self._style("code", s.small, leading=s.small * 1.35, textColor=self.colors.text)
        self.cell = self._style("cell", s.small + 0.5, leading=(s.small + 0.5) * 1.25)
        self.cell_right = self._style("cell_r", s.small + 0.5, leading=(s.small + 0.5) * 1.25, alignment=TA_RIGHT)
        self.cell_head = self._style("cell_h", s.small + 0.5, leading=(s.small + 0.5) * 1.25, font=self.bold,
                                     textColor=white)
        self.cell_head_right = self._style("cell_hr", s.small + 0.5, leading=(s.small + 0.5) * 1.25,
                                           font=self.bold, textColor=white, alignment=TA_RIGHT)
        self.tile_value = self._style("tile_v", s.h1, leading=s.h1 * 1.1, font=self.bold,
                                      textColor=self.colors.primary)
        self.tile_label = self._style("tile_l", s.small, leading=s.small * 1.25, textColor=self.colors.text)
        # Space above: a chart or table caption right under a table's last rule reads as part of that table.
        self.caption = self._style("caption", s.small, leading=s.small * 1.3, font=self.bold,
                                   textColor=self.colors.text, spaceBefore=s.body * 0.6, spaceAfter=3)
        self.callout_title = self._style("callout_t", s.body, leading=s.body * 1.3, font=self.bold,
                                         textColor=self.colors.primary, spaceAfter=2)

    def _style(self, name: str, size: float, leading: float, font: str | None = None,
               **extra: object) -> ParagraphStyle:
        extra.setdefault("textColor", self.colors.text)
        if name.startswith("h"):
            extra.setdefault("keepWithNext", 1)  # never strand a heading at the foot of a page
        extra.setdefault("alignment", TA_LEFT)
        return ParagraphStyle(name, fontName=font or self.font, fontSize=size, leading=leading, **extra)

    def table_style(self, commands: list[tuple[object, ...]]) -> TableStyle:
        """A TableStyle whose cell font is the body face.

        reportlab sets each cell's font before drawing it, even for Paragraph
        cells; left at its Helvetica default that font lands in the PDF unembedded.
        """
        return TableStyle([("FONT", (0, 0), (-1, -1), self.font, self.theme.sizes.small), *commands])

    def heading(self, level: int) -> ParagraphStyle:
        """The style of a heading level (levels deeper than 4 look like 4)."""
        return self.headings[min(max(level, 1), 4)]
