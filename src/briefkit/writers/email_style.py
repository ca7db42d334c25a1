"""Inline styles for the e-mail writer, computed once from the theme.

Mail clients drop ``<style>`` blocks and classes (Gmail strips some, Outlook
renders with Word's engine), so every element carries its own ``style``
attribute.  Sizes are in px: mail clients ignore print units.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefkit.theme import Theme

WIDTH = 600
"""The single column's width in px: what common mail clients show without scaling."""
PAD = 32
"""Horizontal padding inside the column."""


@dataclass(frozen=True)
class EmailStyles:
    """One ``style`` string per element kind: each method is named after the element it styles."""

    theme: Theme

    @property
    def font(self) -> str:
        """The theme's HTML font stack, with single quotes so it fits in a style attribute."""
        return self.theme.fonts.html_stack.replace('"', "'")

    @property
    def c(self) -> dict[str, str]:
        """The theme's colours by name."""
        colors = self.theme.colors
        return {"primary": colors.primary, "accent": colors.accent, "text": colors.text, "muted": colors.muted,
                "light": colors.light, "rule": colors.rule, "bg": colors.background}

    def body(self) -> str:
        return f"margin:0;padding:0;background-color:{self.c['light']};"

    def text(self) -> str:
        return f"font-family:{self.font};font-size:16px;line-height:1.55;color:{self.c['text']};"

    def p(self) -> str:
        return "margin:0 0 14px 0;"

    def byline(self) -> str:
        return f"margin:0 0 14px 0;font-size:13px;line-height:1.4;color:{self.c['muted']};"

    def heading(self, level: int) -> str:
        size, top = {1: (26, 0), 2: (21, 30), 3: (17, 22)}.get(level, (16, 18))
        return (f"margin:{top}px 0 10px 0;font-family:{self.font};font-size:{size}px;line-height:1.3;"
                f"font-weight:bold;color:{self.c['primary']};")

    def link(self) -> str:
        return f"color:{self.c['primary']};text-decoration:underline;"

    def code(self) -> str:
        return f"font-family:Consolas,Menlo,monospace;font-size:14px;background-color:{self.c['light']};"

    def pre(self) -> str:
        return (f"margin:0 0 16px 0;padding:12px;font-family:Consolas,Menlo,monospace;font-size:13px;"
                f"line-height:1.4;white-space:pre-wrap;background-color:{self.c['light']};")

    def list(self) -> str:
        return "margin:0 0 16px 0;padding:0 0 0 24px;"

    def item(self) -> str:
        return "margin:0 0 6px 0;"

    def quote(self) -> str:
        return (f"margin:0 0 16px 0;padding:2px 0 2px 14px;border-left:3px solid {self.c['accent']};"
                f"color:{self.c['muted']};")

    def table(self) -> str:
        return "width:100%;border-collapse:collapse;margin:0 0 18px 0;"

    def th(self, align: str) -> str:
        return (f"padding:7px 8px;font-size:14px;line-height:1.35;text-align:{align};font-weight:bold;"
                f"color:#FFFFFF;background-color:{self.c['primary']};")

    def td(self, align: str) -> str:
        # Right-aligned cells hold figures: keep '61,439 applications' on one line.
        nowrap = "white-space:nowrap;" if align == "right" else ""
        return (f"padding:7px 8px;font-size:14px;line-height:1.4;text-align:{align};vertical-align:top;{nowrap}"
                f"border-bottom:1px solid {self.c['rule']};")

    def rule(self) -> str:
        return f"border:0;border-top:1px solid {self.c['rule']};height:0;margin:30px 0 0 0;"

    def tile(self) -> str:
        return f"padding:12px;vertical-align:top;background-color:{self.c['light']};border:4px solid {self.c['bg']};"

    def tile_value(self) -> str:
        return f"margin:0 0 4px 0;font-size:24px;line-height:1.2;font-weight:bold;color:{self.c['accent']};"

    def small(self) -> str:
        return f"margin:0;font-size:13px;line-height:1.4;color:{self.c['text']};"

    def callout(self, kind: str) -> str:
        edge = self.c["accent"] if kind in ("warning", "important") else self.c["primary"]
        return f"padding:12px 16px;background-color:{self.c['light']};border-left:4px solid {edge};"

    def bar(self, index: int) -> str:
        palette = self.theme.colors.palette
        return f"height:14px;font-size:0;line-height:0;background-color:{palette[index % len(palette)]};"

    def band(self) -> str:
        return f"padding:28px {PAD}px 24px {PAD}px;background-color:{self.c['primary']};color:#FFFFFF;"

    def band_text(self, size: int, bold: bool = False) -> str:
        weight = "bold" if bold else "normal"
        return (f"margin:0 0 6px 0;font-family:{self.font};font-size:{size}px;line-height:1.3;"
                f"font-weight:{weight};color:#FFFFFF;")

    def accent_strip(self) -> str:
        return f"height:4px;font-size:0;line-height:0;background-color:{self.c['accent']};"

    def content(self) -> str:
        return f"padding:24px {PAD}px 12px {PAD}px;background-color:{self.c['bg']};" + self.text()

    def footer(self) -> str:
        return (f"padding:16px {PAD}px 24px {PAD}px;font-family:{self.font};font-size:12px;line-height:1.4;"
                f"color:{self.c['muted']};background-color:{self.c['bg']};border-top:1px solid {self.c['rule']};")

    def preheader(self) -> str:
        return "display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;"
