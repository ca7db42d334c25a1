"""What goes into a newsletter issue: its briefs, in order, and its settings.

PATHs are collected as for ``briefkit build`` (content files, articles,
folders, or one ``briefkit.yaml`` whose ``newsletter:`` section gives the
issue's defaults).  Every item is loaded before anything is rendered, and
all load errors are reported together: an issue silently missing an article
would be worse than no issue.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefkit.batch.items import expand_paths
from briefkit.batch.jobs import item_kind, load_item
from briefkit.batch.manifest import expand_items, is_manifest, load_manifest, manifest_in, output_folder
from briefkit.batch.newsletter import Issue
from briefkit.content import Brief
from briefkit.errors import BriefkitError
from briefkit.yamlio import display_path


@dataclass
class IssuePlan:
    """The issue's settings and briefs, ready to render."""

    issue: Issue
    briefs: list[Brief]
    warnings: list[str] = field(default_factory=list)
    out_dir: Path | None = None
    templates: Path | None = None
    theme: Path | None = None


def _load_all(paths: list[Path]) -> tuple[list[Brief], list[str]]:
    briefs: list[Brief] = []
    warnings: list[str] = []
    errors: list[str] = []
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            brief, notes = load_item(path, item_kind(path) or "content")
        except BriefkitError as exc:
            errors.append(str(exc))
            continue
        # The same brief twice (a copied file, an article beside its extracted content) is printed once.
        same = seen.setdefault(brief.model_dump_json(), path)
        if same != path:
            warnings.append(f"{display_path(path)}: the same brief as {display_path(same)}; included once")
            continue
        briefs.append(brief)
        warnings.extend(f"{display_path(path)}: {note}" for note in notes)
    if errors:
        raise BriefkitError("\n".join(errors))
    return briefs, warnings


def collect_issue(paths: list[Path], title: str | None = None, number: int | None = None,
                  date: dt.date | None = None, intro: str | None = None) -> IssuePlan:
    """Load the briefs of ``paths``; arguments given here win over a manifest's settings."""
    manifests = [p for p in paths if is_manifest(p)]
    if manifests and len(paths) > 1:
        raise BriefkitError("give either one manifest (briefkit.yaml) or content paths, not both")
    plan = IssuePlan(Issue(), [])
    if manifests:
        path = manifests[0]
        loaded = load_manifest((manifest_in(path) or path) if path.is_dir() else path)
        spec = loaded.spec.newsletter
        title, number = title or spec.title, number or spec.issue
        date, intro = date or spec.date, intro or spec.intro
        plan.out_dir = output_folder(loaded)
        plan.templates, plan.theme = loaded.resolve(loaded.spec.templates), loaded.resolve(loaded.spec.theme)
        paths = expand_items(loaded)
    files = expand_paths(paths)
    if not files:
        raise BriefkitError("nothing to put in the newsletter: no content files or articles found")
    plan.briefs, plan.warnings = _load_all(files)
    if not manifests:
        # Without a manifest to give the order, newest first (undated last); a manifest's order stands.
        plan.briefs.sort(key=lambda b: b.meta.date.toordinal() if b.meta.date else 0, reverse=True)
    plan.issue = Issue(title or "Newsletter", number, date, intro, issue_language(plan.briefs))
    return plan


def issue_language(briefs: list[Brief]) -> str:
    """The language most of the issue's briefs are written in; on a tie, the first brief's.

    Four English briefs and one Chinese make an English issue whichever is newest.
    """
    if not briefs:
        return "en"
    counts = Counter(b.meta.language for b in briefs)
    top = max(counts.values())
    return next(b.meta.language for b in briefs if counts[b.meta.language] == top)
