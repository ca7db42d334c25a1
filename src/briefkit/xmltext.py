"""XML escaping for markup built as text (reportlab paragraphs, DrawingML parts).

Same results as :func:`xml.sax.saxutils.escape` and :func:`~xml.sax.saxutils.quoteattr`,
without importing that module: it imports ``urllib.request`` (and with it
``http.client``, ``email`` and ``ssl``), about 30 ms of every cold render.
"""

from __future__ import annotations

from html import escape as _html_escape


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities."""
    return _html_escape(text, quote=False)


def quoteattr(value: str) -> str:
    """``value`` escaped and quoted as an attribute value, newlines and tabs as character references."""
    value = escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"{}"'.format(value.replace('"', "&quot;"))
