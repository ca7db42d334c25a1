"""Bibliographic facts: title, date, source, outlet, authors, editors, language.

They come from the reader's declared metadata (front matter, HTML meta, DOCX
properties) first, then from the head and tail lines of the page.  Nothing is
guessed: a missing title or date is a warning, and the file name stands in
for a missing title so the person reviewing sees at once what to replace.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.dates import parse_date
from briefkit.readers import Article

_LABEL = (r"responsible\s+editors?|web\s+editors?|chief\s+editors?|edited\s+by|editors?|edit|"
          r"责任编辑|编辑|校对|proofread(?:er|ing)?|authors?|reporters?|written\s+by|作者|记者|sources?|来源|"
          r"outlet|column|publisher|出处|auteurs?|rédact(?:eur|rice|ion)|éditeur|journaliste")
_FIELD = re.compile(r"(?P<label>" + _LABEL + r")\s*[:：]\s*", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(?i:by|par|de)\s+(?P<names>[A-Z][\w.'-]{1,40}(?:\s+[A-Z][\w.'-]{1,40}){0,4}"
                     r"(?:\s*(?:,|and|et)\s*[A-Z][\w.'-]{1,40}(?:\s+[A-Z][\w.'-]{1,40}){0,4}){0,6})", re.UNICODE)
_CREDIT = re.compile(r"\b(?P<kind>(?:additional\s+)?reporting|writing|editing)\s+by\s+(?P<names>[^;)]+)", re.IGNORECASE)
_NOT_TITLE = re.compile(r"^(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+advisory|"
                        r"communiqué(?:\s+de\s+presse)?|breaking(?:\s+news)?|exclusive|update\s*\d*)[:.!]*$",
                        re.IGNORECASE)
_OUTLET = re.compile(r"\s*[(（](?P<name>[A-Z\u3400-\u9fff][\w\s&.'\u3400-\u9fff-]{1,60})[)）]\s*$")
_DATELINE_SOURCE = re.compile(r"\((?P<agency>Reuters|AP|AFP|Xinhua|Bloomberg|dpa|EFE|ANSA|Kyodo|TASS|Yonhap)\)")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|、|，|\band\b|\bet\b|&)\s*")
_FRENCH = re.compile(r"\b(?:le|la|les|des|du|est|une|pour|dans|qui|avec|sur|selon)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:the|of|and|is|in|to|with|for|that|on)\b", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class MetaFacts:
    """Metadata found in an article, with the reasons for anything missing."""

    title: str
    date: dt.date | None = None
    source: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str = "en"
    title_found: bool = True


def labelled_fields(line: str) -> list[tuple[str, str]]:
    """``Edit:Yi Jing Responsible editor:Li Nian`` → [(edit, Yi Jing), (responsible editor, Li Nian)]."""
    matches = list(_FIELD.finditer(line))
    out: list[tuple[str, str]] = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[match.end():end].strip(" |,;·")
        if value:
            out.append((" ".join(match["label"].lower().split()), value))
    return out


_ROLE = re.compile(r"\b(?:correspondent|editor|reporter|writer|staff|columnist|contributor|desk|bureau|"
                   r"chief|analyst|journaliste|rédact\w*|envoyée?\s+spéciale?)\b", re.IGNORECASE)


def _names(value: str, roles: bool = False) -> list[str]:
    """Names in a byline or field; job titles ("Economics Correspondent") are left out unless ``roles``."""
    return [n.strip() for n in _SPLIT_NAMES.split(value)
            if n.strip() and len(n.strip()) <= 60 and (roles or not _ROLE.search(n))]


def _kind(label: str) -> str:
    if "edit" in label or label in {"责任编辑", "编辑", "校对"} or label.startswith("proofread"):
        return "editors"
    if label.startswith(("rédact", "éditeur")):
        return "editors"
    if label.startswith(("source", "来源", "publisher", "出处")):
        return "source"
    if label in {"outlet", "column"}:
        return "outlet"
    return "authors"


def _language(article: Article) -> str:
    declared = article.meta.get("lang") or article.meta.get("language")
    if isinstance(declared, str) and declared:
        return declared.split("-")[0].lower()
    sample = " ".join(article.paragraphs)[:4000]
    if len(_CJK.findall(sample)) > len(sample) * 0.2:
        return "zh"
    return "fr" if len(_FRENCH.findall(sample)) > len(_ENGLISH.findall(sample)) else "en"


def _declared(article: Article, facts: MetaFacts) -> None:
    meta = article.meta
    for key in ("author", "authors"):
        value = meta.get(key)
        # declared metadata names the author as the publisher meant it, even "Trade Desk"
        names = value if isinstance(value, list) else _names(value, roles=True) if value else []
        facts.authors += [n for n in names if n not in facts.authors]
    for key in ("editors", "editor"):
        value = meta.get(key)
        facts.editors += value if isinstance(value, list) else _names(value, roles=True) if value else []
    source = meta.get("source") or meta.get("sitename") or meta.get("publisher")
    facts.source = str(source) if source else None
    facts.outlet = str(meta["outlet"]) if meta.get("outlet") else None
    facts.url = str(meta["url"]) if meta.get("url") else None
    date = meta.get("date")
    if isinstance(date, str):
        found = parse_date(date)
        facts.date = dt.date.fromisoformat(found.value) if found else None


def _lines(facts: MetaFacts, lines: list[str]) -> None:
    for line in lines:
        if is_boilerplate(line):
            continue
        for label, value in labelled_fields(line):
            kind = _kind(label)
            if kind == "source" and facts.source is None:
                facts.source = value.split("  ")[0].strip()
            elif kind == "outlet" and facts.outlet is None:
                facts.outlet = value
            elif kind in {"editors", "authors"}:
                target = facts.editors if kind == "editors" else facts.authors
                target += [n for n in _names(value) if n not in target]
        for credit in _CREDIT.finditer(line):
            target = facts.editors if credit["kind"].lower() == "editing" else facts.authors
            target += [n for n in _names(credit["names"]) if n not in target]
        byline = _BYLINE.match(line)
        if byline and not _FIELD.search(line):
            facts.authors += [n for n in _names(byline["names"]) if n not in facts.authors]
        if facts.date is None and (found := parse_date(line)):
            facts.date = dt.date.fromisoformat(found.value)


def _title(article: Article) -> str | None:
    if article.title:
        return " ".join(article.title.split())
    for line in article.head:
        if is_boilerplate(line) or _FIELD.match(line) or _BYLINE.match(line) or _NOT_TITLE.match(line):
            continue
        found = parse_date(line)
        if found and len(line) - len(found.original) < 25:
            continue
        return line
    return None


def read_metadata(article: Article) -> tuple[MetaFacts, list[str]]:
    """Metadata of ``article`` and warnings for anything that had to be left out."""
    warnings: list[str] = []
    title = _title(article)
    facts = MetaFacts(title=title or article.source_path.stem, title_found=title is not None)
    if title is None:
        warnings.append("no title line found: meta.title is the file name, replace it")
    _declared(article, facts)
    _lines(facts, article.head + article.tail)
    paragraphs = article.paragraphs
    if facts.date is None and paragraphs and (found := parse_date(paragraphs[0][:160])):
        facts.date = dt.date.fromisoformat(found.value)
    if facts.source is None and paragraphs and (agency := _DATELINE_SOURCE.search(paragraphs[0][:200])):
        facts.source = agency["agency"]
    if paragraphs and facts.outlet is None and (outlet := _OUTLET.search(paragraphs[-1])):
        facts.outlet = outlet["name"].strip()
    if facts.date is None:
        warnings.append("no publication date found: relative dates such as 'last year' are left out")
    facts.language = _language(article)
    return facts, warnings


def strip_outlet(paragraph: str) -> str:
    """The last paragraph without its trailing ``(Outlet)`` credit."""
    return _OUTLET.sub("", paragraph)
