"""Outputs an earlier build wrote that this build no longer makes.

A content file removed from the folder, a format no longer asked for, a
renamed product: their old files stay in the output folder, and a newsletter
editor publishing that folder would ship them.  Only files the cache records
as briefkit's own outputs are considered, never anything else in the folder,
and the last good outputs of an item that failed this time are kept.  The
build report lists them; ``--clean`` removes them.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.batch.cache import BuildCache, paths_of
from briefkit.batch.jobs import JobResult


def recorded_outputs(cache: BuildCache) -> dict[str, list[str]]:
    """Per slug, the output paths the cache recorded before this build (taken before it records anew)."""
    return {slug: paths_of(entry) for slug, entry in cache.entries.items()}


def leftovers(previous: dict[str, list[str]], results: list[JobResult], out_dir: Path) -> list[str]:
    """Recorded outputs still on disk that this build did not produce (relative to ``out_dir``)."""
    produced = {o.path for r in results for o in r.outputs}
    kept = {r.slug for r in results if r.status in ("failed", "cancelled")}
    return sorted({path for slug, paths in previous.items() if slug not in kept for path in paths
                   if path and path not in produced and (out_dir / path).is_file()})


def remove(out_dir: Path, paths: list[str], cache: BuildCache, live: set[str]) -> None:
    """Delete ``paths``, then item folders left empty, and forget items that are no longer built."""
    for path in paths:
        (out_dir / path).unlink(missing_ok=True)
    for folder in sorted({(out_dir / p).parent for p in paths}, reverse=True):
        if folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    for slug in [s for s in cache.entries if s not in live]:
        del cache.entries[slug]
    gone = set(paths)
    for entry in cache.entries.values():
        entry["earlier"] = [p for p in entry.get("earlier", []) if p not in gone]
    cache.save()
