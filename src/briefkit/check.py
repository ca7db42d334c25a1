"""``briefkit check``: every number, date and quote of a content file, traced to its article.

A content file is checked field by field (so each problem has a line):

- figure values, and every number written in any text field, must be numbers
  of the article ("38,000" matches "38000", "33.3" matches "one third",
  "1.2 billion" matches "1,200 million"), read to the precision written;
- dates (meta.date, timeline dates, dates written in text) must be dates of
  the article, relative ones ("October last year") resolved against its
  publication date; a timeline ``original`` must be the article's wording;
- quotes, and any phrase in quotation marks, must be verbatim in the article;
- every ``source_text`` must be verbatim in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.content.loader import validate
from briefkit.errors import Problem
from briefkit.extract.dates import find_dates, inside
from briefkit.extract.figures import rank_values
from briefkit.extract.metadata import read_metadata
from briefkit.extract.numbers import find_numbers, same_number
from briefkit.extract.provenance import normalise
from briefkit.readers import read_article
from briefkit.yamlio import display_path, format_loc, locate, read_yaml

_QUOTED = re.compile(r'"([^"]{3,})"|“([^”]{3,})”|«\s*([^»]{3,}?)\s*»|「([^」]{2,})」')
_SKIP = {"url", "language", "precision", "kind", "unit",
         # The brief's own words and identity, not the article's claims: who, for whom, when, what is asked.
         "status", "marking", "prepared_for", "prepared_by", "contact", "reference", "date_prepared",
         "recommendation", "decision"}
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")


@dataclass
class ArticleFacts:
    """What an article can vouch for."""

    text: str
    numbers: list[float]
    dates: set[str]


def article_facts(path: Path) -> ArticleFacts:
    """The numbers, dates and normalised text of the article at ``path``."""
    article = read_article(path)
    published = read_metadata(article)[0].date
    text = article.text
    numbers = [q.value for q in find_numbers(text)] + [float(m[1]) for m in _ORDINAL.finditer(text)]
    numbers += rank_values(text)
    dates: set[str] = set()
    for mention in find_dates(text, published):
        parts = mention.value.split("-")
        dates.update("-".join(parts[:n]) for n in range(1, len(parts) + 1))
    dates.update(str(int(n)) for n in numbers if 1900 <= n <= 2100 and n == int(n))
    if published is not None:
        dates.update({published.isoformat(), published.isoformat()[:7], str(published.year)})
    return ArticleFacts(normalise(text).lower(), numbers, dates)


def _strings(node: Any, loc: tuple[int | str, ...] = ()) -> Iterator[tuple[tuple[int | str, ...], Any]]:
    """Every leaf of the content tree with its location."""
    if isinstance(node, dict):
        for key, value in node.items():
            if str(key) not in _SKIP:
                yield from _strings(value, (*loc, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, (*loc, i))
    else:
        yield loc, node


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if text.endswith(".0") else len(text.split(".")[1])


def _has_number(facts: ArticleFacts, value: float, decimals: int, scale: float = 1.0) -> bool:
    return any(same_number(value, n, decimals, scale) for n in facts.numbers)


def _check_text(value: str, facts: ArticleFacts) -> list[str]:
    """Numbers, dates and quoted phrases of one text field that the article lacks."""
    missing: list[str] = []
    dates = find_dates(value)
    for mention in dates:
        if mention.value not in facts.dates:
            missing.append(f"date '{mention.original}' is not in the article")
    for q in find_numbers(value):
        if inside(dates, q.start):
            continue
        if q.is_year and str(int(q.value)) not in facts.dates:
            missing.append(f"year {int(q.value)} is not in the article")
        elif not q.is_year and not _has_number(facts, q.value, q.decimals, q.scale):
            missing.append(f"number '{q.display}' is not in the article")
    for match in _QUOTED.finditer(value):
        phrase = next(g for g in match.groups() if g is not None)
        if normalise(phrase).lower().strip(" ,.") not in facts.text:
            missing.append(f"quoted phrase \"{phrase}\" is not in the article")
    return missing


def _check_leaf(loc: tuple[int | str, ...], value: Any, facts: ArticleFacts) -> list[str]:
    key = loc[-1] if loc else ""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int | float) and key == "value":
        return [] if _has_number(facts, float(value), _decimals(float(value))) else [
            f"{value:g} is not a number of the article"]
    text = str(value)
    if key == "date" or (loc[:1] == ("meta",) and key == "date"):
        return [] if text in facts.dates else [f"date {text} is not a date of the article"]
    if key in {"source_text", "original"} or (loc[:1] == ("quotes",) and key == "text"):
        found = normalise(text).lower().strip(" .") in facts.text
        what = {"source_text": "source text", "original": "original wording"}.get(str(key), "quote")
        return [] if found else [f"{what} is not verbatim in the article"]
    return _check_text(text, facts)


def check_content(content: Path, article: Path) -> list[Problem]:
    """Every claim of ``content`` that ``article`` does not support."""
    data = read_yaml(content)
    name = display_path(content)
    validate(data, name)
    facts = article_facts(article)
    problems: list[Problem] = []
    meta = data.get("meta") if isinstance(data, dict) else None
    title = str(meta.get("title") or "").strip() if isinstance(meta, dict) else None
    if title is not None and title in ("", article.stem):
        # the page printed no title (extract left it empty, or gave the file name): a person writes one
        problems.append(Problem(name, locate(data, ("meta", "title")), "meta.title",
                                "no title: the article printed none; write one before the brief is shared"))
    for loc, value in _strings(data):
        for message in _check_leaf(loc, value, facts):
            problems.append(Problem(name, locate(data, loc), format_loc(loc), message))
    return problems
