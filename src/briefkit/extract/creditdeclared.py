"""The facts a page's own metadata declares: front matter, HTML meta, DOCX properties.

A publisher's metadata names its writers and editors as it means them ("Trade Desk" stays), its site or
source, outlet, address and date; a wire agency declared as the author is the source of its copy reposted on
a paper's site, and a bare domain declared as the source is spelt as the page spells its outlet.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from briefkit.extract import bylines_en, credits
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import names as _names
from briefkit.readers import Article
from briefkit.readers.htmlpage import title_parts

if TYPE_CHECKING:
    from briefkit.extract.metadata import MetaFacts


def page_address(article: Article) -> str | None:
    """The page's address where the page or the user gives one (a canonical link, ``url:``, ``--url``)."""
    url = article.meta.get("url")
    return str(url) if url else None


def declared(article: Article, facts: MetaFacts) -> None:
    """Fill ``facts`` with what the article's declared metadata gives."""
    meta = article.meta
    wire = None
    for key in ("author", "authors"):
        value = meta.get(key)
        # declared metadata names the author as the publisher meant it, even "Trade Desk"
        names, outlet = ([str(v) for v in value], None) if isinstance(value, list) else \
            bylines_en.declared_authors(value) if value else ([], None)
        facts.authors += [n for n in names if n not in facts.authors]
        facts.sources.append(outlet or "")
        if outlet and re.sub(r"^the\s+", "", outlet.lower()) in credits.AGENCIES:
            wire = outlet  # a wire agency declared as the author: its copy on a paper's site (wire repost rule)
    for key in ("editors", "editor"):
        value = meta.get(key)
        facts.editors += value if isinstance(value, list) else _names(value, roles=True) if value else []
    source = meta.get("source") or wire or meta.get("sitename") or meta.get("publisher")
    facts.source = str(source) if source else None
    if facts.source and credits.is_domain(facts.source):
        facts.source = _outlet_of_domain(facts.source, meta)
    facts.outlet = str(meta["outlet"]) if meta.get("outlet") else None
    facts.url = str(meta["url"]) if meta.get("url") else None
    date = meta.get("date")
    if isinstance(date, str):
        found = parse_date(date)
        facts.date = dt.date.fromisoformat(found.value) if found else None


def _outlet_of_domain(domain: str, meta: dict[str, str | list[str]]) -> str:
    """The outlet's name for a bare domain, as the page spells it in its <title> suffix or copyright line."""
    names = []
    if isinstance(title := meta.get("page_title"), str):
        names += title_parts(title)[1:]
    if isinstance(notice := meta.get("copyright"), str) and (holder := credits.copyright_holder(notice)):
        names.append(holder)
    return credits.outlet_of_domain(domain, names) or domain
