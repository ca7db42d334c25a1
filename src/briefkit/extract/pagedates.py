"""Dates a page states outside its body's first lines: under a title read among the body's blocks,
on a line that also holds labelled fields ("2017年04月20日10:28 | 来源:中国新闻网"), closing the page."""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract import headlines
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import FIELD
from briefkit.readers import Article


def field_date_line(text: str) -> bool:
    """"2017年04月20日10:28 | 来源:中国新闻网": a date and a labelled field on one short line, read as a paragraph."""
    return len(text) <= 60 and FIELD.search(text) is not None and parse_date(text) is not None \
        and not re.search(r"[.。!?！？]$", text)


def date_under_title(article: Article, title_line: str) -> dt.date | None:
    """A date line just under a title read among the body's first blocks (a portal's furniture came first)."""
    texts = [b.text for b in article.blocks[:16]]
    if title_line in article.head or title_line not in texts:
        return None
    start = texts.index(title_line) + 1
    for line in texts[start:start + 2]:
        if headlines.is_date_line(line) and (found := parse_date(line)):
            return dt.date.fromisoformat(found.value)
    return None


def tail_date(tail: list[str]) -> dt.date | None:
    """A date closing the page: only on a date line or a labelled one, not glued to a related headline."""
    for line in tail:
        if is_boilerplate(line):
            continue  # "2014-05-20 Copyright ©1999-2018": the notice's date, not the article's
        if (found := parse_date(line)) and (headlines.is_date_line(line) or FIELD.search(line)):
            return dt.date.fromisoformat(found.value)
    return None
