"""The build report (``OUT/build-report.json``): what happened to every item.

Per item: its source, slug, status (built, skipped, failed, or cancelled by
``--fail-fast``), its outputs with sha256 and size, the seconds it took, its
warnings (overflow actions, font fallbacks, renamed slugs) and its error.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from briefkit import __version__, atomic
from briefkit.batch.jobs import JobResult

REPORT_NAME = "build-report.json"
STATUSES = ("built", "skipped", "failed", "cancelled")


def summary(results: list[JobResult]) -> dict[str, int]:
    """Counts per status, the number of output files, and how many items nobody has reviewed yet."""
    from briefkit.render import DRAFT_WARNING  # the renderer's libraries are not loaded for this name
    counts: Counter[str] = Counter(r.status for r in results)
    return {"items": len(results), **{s: counts.get(s, 0) for s in STATUSES},
            "files": sum(len(r.outputs) for r in results if r.status in ("built", "skipped")),
            "unreviewed": sum(1 for r in results if DRAFT_WARNING in r.warnings)}


def item_entry(result: JobResult) -> dict[str, Any]:
    """One item of the report."""
    return {
        "source": result.source,
        "slug": result.slug,
        "status": result.status,
        "reason": result.reason or None,
        "seconds": result.seconds,
        "outputs": [{"path": o.path, "sha256": o.sha256, "bytes": o.size} for o in result.outputs],
        "warnings": result.warnings,
        "error": result.error,
    }


def make_report(results: list[JobResult], out_dir: Path, workers: int, seconds: float,
                old_outputs: list[str] | None = None, removed: bool = False) -> dict[str, Any]:
    """The whole report as JSON-ready data; ``old_outputs`` are files earlier builds made and this one did not."""
    old = old_outputs or []
    return {
        "briefkit": __version__,
        "out": str(out_dir),
        "jobs": workers,
        "seconds": round(seconds, 3),
        "summary": {**summary(results), "old_outputs": len(old)},
        "old_outputs": {"removed": removed, "paths": old},
        "items": [item_entry(r) for r in results],
    }


def dumps(report: dict[str, Any]) -> str:
    """The report as JSON: the header indented, then one line per item.

    ``json.dumps(indent=...)`` falls back to pure Python; encoding each item
    compactly keeps a thousand-item report fast to write and still readable.
    """
    head = {k: v for k, v in report.items() if k != "items"}
    lines = json.dumps(head, ensure_ascii=False, indent=2)[:-2]
    items = ",\n    ".join(json.dumps(item, ensure_ascii=False) for item in report["items"])
    return f'{lines},\n  "items": [\n    {items}\n  ]\n}}\n' if items else lines + ',\n  "items": []\n}\n'


def write_report(report: dict[str, Any], path: Path) -> None:
    """Write the report atomically."""
    atomic.write_text(path, dumps(report))
