"""The deck's theme part: the brand's colours and fonts, so PowerPoint's Design tab restyles the deck.

Shapes and text refer to theme slots (``tx1``, ``accent2``…) instead of
fixed colours wherever a brand colour has one, so picking another theme or
colour variant in PowerPoint recolours the whole deck, charts included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree

from briefkit.theme import Theme

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_Q = f"{{{A}}}"


@dataclass(frozen=True)
class Slots:
    """Brand colour → theme slot: the scheme every shape's colour is looked up in."""

    scheme: dict[str, str]
    """Scheme element (dk1, lt1, accent1…) → #RRGGBB written into the theme part."""
    lookup: dict[str, str]
    """#RRGGBB → the slot name slides use (tx1, bg1, tx2, bg2, accent1…)."""


def slots_for(theme: Theme) -> Slots:
    """The colour scheme of ``theme``: text, background, primary, light, then the chart palette."""
    c = theme.colors
    accents = list(dict.fromkeys([*c.palette, c.primary, c.accent, c.muted, c.rule, c.light, c.text]))[:6]
    while len(accents) < 6:
        accents.append(c.muted)
    scheme = {"dk1": c.text, "lt1": c.background, "dk2": c.primary, "lt2": c.light}
    scheme |= {f"accent{k}": v for k, v in enumerate(accents, 1)}
    scheme |= {"hlink": c.primary, "folHlink": c.muted}
    # Slides name dk1/lt1/dk2/lt2 through the master's colour map (tx1, bg1, tx2, bg2).
    names = {"dk1": "tx1", "lt1": "bg1", "dk2": "tx2", "lt2": "bg2"}
    lookup: dict[str, str] = {}
    for slot, value in scheme.items():
        if slot not in ("hlink", "folHlink"):
            lookup.setdefault(value.upper(), names.get(slot, slot))
    return Slots(scheme, lookup)


def colour_xml(hex_value: str, slots: Slots | None) -> str:
    """``<a:solidFill>`` for a colour: its theme slot when it has one, else the fixed value."""
    value = hex_value.upper().lstrip("#")
    slot = slots.lookup.get(f"#{value}") if slots else None
    inner = f'<a:schemeClr val="{slot}"/>' if slot else f'<a:srgbClr val="{value}"/>'
    return f"<a:solidFill>{inner}</a:solidFill>"


def _set_colour(parent: Any, value: str) -> None:
    for child in list(parent):
        parent.remove(child)
    etree.SubElement(parent, f"{_Q}srgbClr", val=value.lstrip("#").upper())


def _set_font(parent: Any, tag: str, typeface: str) -> None:
    node = parent.find(f"{_Q}{tag}")
    if node is None:
        node = etree.SubElement(parent, f"{_Q}{tag}")
    node.set("typeface", typeface)
    node.attrib.pop("panose", None)


def themed_xml(blob: bytes, theme: Theme, slots: Slots) -> bytes:
    """The theme part ``blob`` with the brand's colour scheme and fonts."""
    root = etree.fromstring(blob)
    elements = root.find(f"{_Q}themeElements")
    colours = elements.find(f"{_Q}clrScheme")
    colours.set("name", theme.name)
    for slot, value in slots.scheme.items():
        node = colours.find(f"{_Q}{slot}")
        if node is not None:
            _set_colour(node, value)
    fonts = elements.find(f"{_Q}fontScheme")
    fonts.set("name", theme.name)
    for kind in ("majorFont", "minorFont"):
        group = fonts.find(f"{_Q}{kind}")
        _set_font(group, "latin", theme.fonts.office_family)
        _set_font(group, "ea", theme.fonts.office_east_asian)
    root.set("name", theme.name)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
