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
from docx.styles.style import StyleFactory

from briefkit.writers.docx.elements import set_paragraph_style, set_run_style, set_table_style, w

_STYLE, _NAME, _VAL, _TYPE = w("style"), w("name"), w("val"), w("type")


class StyleBook:
    """The document's styles by lower-case name, per type."""

    def __init__(self, document: Any) -> None:
        # Read names and types straight from styles.xml and wrap only the styles asked for:
        # python-docx builds a proxy object and resolves several attributes for every style.
        self._by_type: dict[Any, dict[str, Any]] = {}
        for element in document.styles.element.iterfind(_STYLE):
            name = element.find(_NAME)
            value = name.get(_VAL) if name is not None else None
            if value:  # Word's "heading 1" and python-docx's "Heading 1" differ only in case
                kind = element.get(_TYPE)
                kind = WD_STYLE_TYPE.from_xml(kind) if kind is not None else WD_STYLE_TYPE.PARAGRAPH
                self._by_type.setdefault(kind, {})[value.lower()] = element
        self._styles: dict[tuple[Any, str], Any] = {}

    def _find(self, kind: Any, names: tuple[str | None, ...]) -> Any:
        table = self._by_type.get(kind, {})
        for name in names:
            if name and name.lower() in table:
                key = (kind, name.lower())
                if key not in self._styles:
                    self._styles[key] = StyleFactory(table[name.lower()])
                return self._styles[key]
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
    largest single cost of a Word summary; the id is all the XML needs, and
    :mod:`~briefkit.writers.docx.elements` writes it without python-docx's
    schema-order probing.
    """
    if style is None:
        return
    if hasattr(target, "_p"):
        set_paragraph_style(target._p, style.style_id)
    elif hasattr(target, "_r"):
        set_run_style(target._r, style.style_id)
    else:
        set_table_style(target._tbl, style.style_id)
