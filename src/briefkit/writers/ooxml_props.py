"""Core properties (title, author, dates…) of the Word and PowerPoint packages, filled alike.

The author is who prepared the brief (``prepared_by``), never the article's
authors, editors or outlet: the document is the brief's, not the outlet's.
Dates come from ``SOURCE_DATE_EPOCH`` or the content's date, for
byte-identical rebuilds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from briefkit.writers.base import build_time


def fill_core_properties(props: Any, meta: dict[str, Any], category: str, clean: Callable[[str], str]) -> None:
    """Fill python-docx's or python-pptx's ``core_properties`` from the front matter ``meta``."""
    stamp = dt.datetime(*build_time(meta.get("date"))[:6])
    props.title = clean(str(meta.get("title") or ""))[:255]
    props.author = clean(str(meta.get("prepared_by") or ""))[:255]
    props.last_modified_by = props.author
    props.subject = clean(str(meta.get("subject") or meta.get("subtitle") or ""))[:255]
    props.keywords = clean(", ".join(str(k) for k in meta.get("keywords") or []))[:255]
    props.language = clean(str(meta.get("lang") or "en"))
    props.category = clean(category)
    props.comments = clean(str(meta.get("subtitle") or ""))[:255]
    props.identifier = clean(str(meta.get("url") or ""))
    props.content_status = ""
    props.version = ""
    props.revision = 1
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
