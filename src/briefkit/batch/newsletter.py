"""The newsletter issue: many briefs rendered through one template into one document.

The ``newsletter`` pack's template receives ``issue`` (title, number, date,
intro, …) and ``briefs`` in reading order; the resulting document goes to the
pack's writers like any single brief's (the HTML format is the e-mail writer).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefkit.content import Brief
from briefkit.document import Document, parse
from briefkit.errors import BriefkitError
from briefkit.labels import labels_for
from briefkit.packs import find_pack
from briefkit.render import RenderResult, cached_theme, default_theme_path
from briefkit.templating import render_template
from briefkit.writers import RenderOptions, get_writer
from briefkit.writers.base import build_epoch
from briefkit.writers.repeats import drop_repeats

PACK = "newsletter"

EMAIL_CLIP_BYTES = 102 * 1024
"""Gmail clips an HTML message larger than this behind a "View entire message" link; others are similar."""


@dataclass(frozen=True)
class Issue:
    """What the issue says about itself."""

    title: str = "Newsletter"
    number: int | None = None
    date: dt.date | None = None
    intro: str | None = None
    lang: str = "en"


@dataclass(frozen=True)
class NewsletterRequest:
    """Where and how to write the issue."""

    out_dir: Path = Path("output")
    formats: tuple[str, ...] = ()
    templates: Path | None = None
    theme: Path | None = None
    reference_docx: Path | None = None
    slug: str = "newsletter"
    pdfa: bool = False
    """The PDF as PDF/A-2b."""


def issue_date(issue: Issue, briefs: list[Brief]) -> dt.date | None:
    """The issue's date: as given, else SOURCE_DATE_EPOCH, else the newest brief's date."""
    if issue.date is not None:
        return issue.date
    epoch = build_epoch()
    if epoch:
        return dt.datetime.fromtimestamp(epoch, dt.UTC).date()
    dates = [b.meta.date for b in briefs if b.meta.date is not None]
    return max(dates) if dates else None


def article_key(brief: Brief) -> str:
    """What makes two briefs the same article: its URL, else its title, outlet and date."""
    if brief.meta.url:
        return brief.meta.url.strip().rstrip("/").lower()
    where = brief.meta.source or brief.meta.outlet or ""
    return " | ".join((" ".join(brief.meta.title.lower().split()), where.lower(), str(brief.meta.date or "")))


@dataclass(frozen=True)
class Item:
    """One article of the issue: its brief (the first one given) and how many briefs reported it."""

    brief: Brief
    copies: int = 1


def merge_duplicates(briefs: list[Brief]) -> tuple[list[Item], list[str]]:
    """One item per article, in first-seen order; a warning for every article given more than once.

    A reviewed brief wins over a draft of the same article: it is the one a person checked.
    """
    found: dict[str, list[Brief]] = {}
    for brief in briefs:
        found.setdefault(article_key(brief), []).append(brief)
    items, warnings = [], []
    for group in found.values():
        best = next((b for b in group if b.meta.status == "reviewed"), group[0])
        items.append(Item(best, len(group)))
        if len(group) > 1:
            warnings.append(f"'{best.meta.title}' was given {len(group)} times: merged into one item")
    return items, warnings


def _context(issue: Issue, items: list[Item], templates: Path | None) -> dict[str, Any]:
    briefs = [i.brief for i in items]
    date = issue_date(issue, briefs)
    titles = "; ".join(b.meta.title for b in briefs)
    keywords = sorted({tag for b in briefs for tag in b.meta.tags})
    drafts = sum(1 for b in briefs if b.meta.status == "draft")
    labels = labels_for(issue.lang, templates)
    # An issue nobody named is called "Newsletter" in its own language, not in English.
    title = labels.get("product_newsletter") if issue.title == Issue.title else issue.title
    return {"issue": {"title": title, "number": issue.number, "date": date, "intro": issue.intro,
                      "lang": issue.lang, "keywords": keywords,
                      "subject": issue.intro or titles, "drafts": drafts, "reviewed": len(briefs) - drafts},
            "briefs": briefs, "items": items, "pack": PACK, "labels": labels}


def newsletter_document(issue: Issue, briefs: list[Brief], templates: Path | None = None,
                        warnings: list[str] | None = None) -> Document:
    """Template + parse: the issue's document tree (the same article given twice is one item)."""
    if not briefs:
        raise BriefkitError("a newsletter needs at least one brief")
    pack = find_pack(PACK, templates)
    items, merged = merge_duplicates(briefs)
    if warnings is not None:
        warnings.extend(merged)
    context = _context(issue, items, templates)
    text = render_template(pack.entry, context, f"{len(briefs)} briefs", templates)
    return drop_repeats(parse(text, f"{pack.root.name}/{pack.spec.entry} (rendered for the newsletter)"))


def render_newsletter(issue: Issue, briefs: list[Brief], request: NewsletterRequest) -> RenderResult:
    """Render every requested format of the issue into memory."""
    pack = find_pack(PACK, request.templates)
    formats = list(request.formats) or list(pack.spec.default_formats or pack.spec.formats)
    unknown = [f for f in formats if f not in pack.spec.formats]
    if unknown:
        raise BriefkitError(f"the {PACK} pack has no format {', '.join(unknown)} "
                            f"(it has: {', '.join(pack.spec.formats)})")
    result = RenderResult(request.slug)
    doc = newsletter_document(issue, briefs, request.templates, result.warnings)
    theme = cached_theme((request.theme or default_theme_path(request.templates)).resolve())
    options = RenderOptions(product=pack.spec.product,
                            reference_docx=str(request.reference_docx) if request.reference_docx else None,
                            pdfa=request.pdfa, labels=labels_for(issue.lang, request.templates))
    folder = request.out_dir / request.slug
    for fmt in formats:
        rendered = get_writer(pack.spec.formats[fmt]).render(doc, theme, options)
        result.files[folder / f"{pack.spec.output}.{fmt}"] = rendered.data
        for name, data in rendered.attachments.items():
            result.files[folder / name] = data
        result.warnings.extend(f"{pack.spec.output}.{fmt}: {w}" for w in rendered.warnings)
        if pack.spec.formats[fmt] == "email" and len(rendered.data) > EMAIL_CLIP_BYTES:
            result.warnings.append(f"{pack.spec.output}.{fmt}: {len(rendered.data):,} bytes; mail clients clip "
                                   f"messages over about {EMAIL_CLIP_BYTES // 1024} KB (Gmail at 102 KB), so readers "
                                   f"will not see all {len(briefs)} briefs: split the issue")
    return result
