"""Which link targets become clickable, in every format: one allow-list.

A link in content or a template reaches PDF annotations, Word hyperlinks,
HTML anchors and e-mails.  Schemes such as ``ms-msdt:`` or ``search-ms:``
launch programs on the reader's machine, ``//host`` borrows whatever scheme
the viewer uses (``file:`` in a local file), ``data:`` and ``javascript:``
carry code: only web, mail and in-page links are kept; any other link keeps
its words as plain text.  The document parser applies this once, so every
writer sees the same links; the HTML writers check again with the same rule.
"""

from __future__ import annotations

import re

_ALLOWED = re.compile(r"(?:https?://[^\s/\\]|mailto:[^\s/\\]|#)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")

SCHEMES = ("http", "https", "mailto")
"""The schemes a link may have (besides ``#fragment`` links inside the document)."""


def is_safe_link(url: str) -> bool:
    """True for ``http(s)://host…``, ``mailto:…`` and ``#fragment`` links without spaces or control characters."""
    return bool(_ALLOWED.match(url)) and not _CONTROL.search(url)
