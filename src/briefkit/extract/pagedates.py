"""Dates a page states outside its body's first lines: under a title read among the body's blocks,
on a line that also holds labelled fields ("2017年04月20日10:28 | 来源:中国新闻网"), closing the page, and the
year of the copyright notice closing wire copy."""

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


_NOTICE_YEAR = re.compile(r"^\s*(?:©|\(c\)|copyright\b).{0,60}?\b(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")


def notice_year(tail: list[str]) -> int | None:
    """"(c) Copyright Thomson Reuters 2022. Click For Restrictions": the year wire copy was sent, to date
    a dateline that gives only day and month; a span of years ("© 2010-2024") says nothing of the story."""
    for line in tail:
        if (match := _NOTICE_YEAR.match(line)) and not _SPAN.search(line):
            return int(match["year"])
    return None


_ASKED = re.compile(r"\b(?:asked|tabled)\s+on\b", re.IGNORECASE)
_ANSWERED = re.compile(r"\banswered\s+on\b", re.IGNORECASE)


def answer_date(article: Article) -> dt.date | None:
    """A written question's page ("(asked on 8th February 2021)" … "This question was answered on 16th
    February 2021") is dated by its answer, which is what the page publishes."""
    lines = article.head + [b.text for b in article.blocks[:12] if len(b.text) <= 120]
    if not any(_ASKED.search(line) and parse_date(line) for line in lines):
        return None
    for line in lines:
        if (answered := _ANSWERED.search(line)) and (found := parse_date(line[answered.end():])):
            return dt.date.fromisoformat(found.value)
    return None
