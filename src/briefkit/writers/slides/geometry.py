"""Deck geometry: slide size by aspect, the master's grid and boxes.

All measures derive from the slide's width and height, so 16:9, 4:3 and
A4-landscape decks keep the same proportions of margin, title and footer.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape

from briefkit.theme import Theme

SIZES: dict[str, tuple[float, float]] = {
    "16:9": (960.0, 540.0),
    "4:3": (720.0, 540.0),
    "a4-landscape": (float(landscape(A4)[0]), float(landscape(A4)[1])),
}
"""Slide size in points per aspect (16:9 is PowerPoint's 13.33 × 7.5 in)."""


@dataclass(frozen=True)
class Box:
    """A rectangle in slide coordinates (origin bottom left)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        """The y of the top edge."""
        return self.y + self.height

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    def as_list(self) -> list[float]:
        """[x0, y0, x1, y1] rounded for the report."""
        return [round(self.x, 2), round(self.y, 2), round(self.right, 2), round(self.top, 2)]

    def below(self, top: float) -> Box:
        """This box cut to start at ``top``."""
        return Box(self.x, self.y, self.width, max(0.0, top - self.y))

    def columns(self, count: int, gutter: float) -> list[Box]:
        """Split into ``count`` equal columns separated by ``gutter``."""
        width = (self.width - gutter * (count - 1)) / count
        return [Box(self.x + i * (width + gutter), self.y, width, self.height) for i in range(count)]


@dataclass(frozen=True)
class Grid:
    """The master's grid for one slide size."""

    width: float
    height: float

    @property
    def margin(self) -> float:
        """Left and right margin."""
        return round(self.width * 0.06, 2)

    @property
    def unit(self) -> float:
        """The vertical rhythm unit (1/45 of the height: 12 pt on a 540 pt slide)."""
        return self.height / 45

    @property
    def inner_width(self) -> float:
        """Width between the margins."""
        return self.width - 2 * self.margin

    @property
    def title_top(self) -> float:
        """Where the title's first line starts."""
        return self.height - 3.5 * self.unit

    @property
    def footer_line(self) -> float:
        """The y of the rule above the footer."""
        return 3.4 * self.unit

    @property
    def footer_text(self) -> float:
        """The baseline of the footer's text."""
        return 1.6 * self.unit

    def body(self, title_bottom: float) -> Box:
        """The body frame below a title ending at ``title_bottom``."""
        top = title_bottom - 2.6 * self.unit
        bottom = self.footer_line + 1.6 * self.unit
        return Box(self.margin, bottom, self.inner_width, max(self.unit, top - bottom))


def slide_size(theme: Theme) -> tuple[float, float]:
    """The slide size for the theme's aspect."""
    return SIZES[theme.slides.aspect]
