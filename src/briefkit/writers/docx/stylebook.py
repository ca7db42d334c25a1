"""Style lookup that never raises: a missing style falls back to another, then to none.

python-docx looks styles up by a UI name and raises ``KeyError`` for one the
document lacks (python-docx#504); Word's own names are lower-case in the
XML ("heading 1", "toc 1").  :class:`StyleBook` matches names
case-insensitively and returns ``None`` rather than failing, so any
organisation's template renders.
"""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE


class StyleBook:
    """The document's styles by lower-case name, per type."""

    def __init__(self, document: Any) -> None:
        self._by_type: dict[Any, dict[str, Any]] = {}
        for style in document.styles:
            if style.name:
                self._by_type.setdefault(style.type, {})[style.name.lower()] = style

    def _find(self, kind: Any, names: tuple[str | None, ...]) -> Any:
        table = self._by_type.get(kind, {})
        for name in names:
            if name and name.lower() in table:
                return table[name.lower()]
        return None

    def paragraph(self, *names: str | None) -> Any:
        """The first paragraph style of ``names`` the document has, or None (Normal applies)."""
        return self._find(WD_STYLE_TYPE.PARAGRAPH, names)

    def character(self, *names: str | None) -> Any:
        """The first character style of ``names`` the document has, or None."""
        return self._find(WD_STYLE_TYPE.CHARACTER, names)

    def table(self, *names: str | None) -> Any:
        """The first table style of ``names`` the document has, or None."""
        return self._find(WD_STYLE_TYPE.TABLE, names)

    def has(self, name: str) -> bool:
        """True when any style is called ``name``."""
        return any(name.lower() in table for table in self._by_type.values())


def set_style(target: Any, style: Any) -> None:
    """Give a paragraph, run or table ``style`` by writing its style id directly.

    python-docx's ``.style = `` setter looks up the document's default style
    by scanning every style on each call, which made style assignment the
    largest single cost of a Word summary; the id is all the XML needs.
    """
    if style is None:
        return
    if hasattr(target, "_p"):
        target._p.style = style.style_id
    elif hasattr(target, "_r"):
        target._r.style = style.style_id
    else:
        target._tbl.tblStyle_val = style.style_id
