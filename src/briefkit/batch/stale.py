"""Outputs an earlier build wrote that this build no longer makes.

A content file removed from the folder, a format no longer asked for, a
renamed product: their old files stay in the output folder, and a newsletter
editor publishing that folder would ship them.  Only files the cache records
as briefkit's own outputs are considered, never anything else in the folder,
and the last good outputs of an item that failed this time are kept.  The
build report lists them; ``--clean`` removes them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from briefkit.batch.cache import BuildCache, Record, paths_of
from briefkit.batch.jobs import JobResult
from briefkit.batch.paths import owned


def recorded_outputs(cache: BuildCache) -> dict[str, dict[str, Record]]:
    """Per slug, the outputs the cache recorded before this build, with their hash and size."""
    return {slug: paths_of(entry) for slug, entry in cache.entries.items() if isinstance(entry, dict)}


def leftovers(previous: dict[str, dict[str, Record]], results: list[JobResult], out_dir: Path) -> list[str]:
    """Recorded outputs this build did not produce that are still briefkit's (relative to ``out_dir``).

    "Still briefkit's" is proved, not assumed: a plain relative path below
    ``out_dir`` reached through real folders, naming a regular file that holds
    exactly the bytes recorded for it.  A forged record (``../x``, ``/etc/x``,
    a path through a symlink) or a file someone changed since is never listed.
    """
    produced = {o.path for r in results for o in r.outputs}
    kept = {r.slug for r in results if r.status in ("failed", "cancelled")}
    return sorted({path for slug, records in previous.items() if slug not in kept
                   for path, (sha, size) in records.items()
                   if path not in produced and owned(out_dir, path, sha, size) is not None})


def remove(out_dir: Path, paths: list[str], cache: BuildCache, live: set[str],
           previous: dict[str, dict[str, Record]] | None = None) -> list[str]:
    """Delete ``paths`` that are still proven ours, then item folders left empty; return what was removed.

    Each file is proved again just before it is removed (the folder may have
    changed since the plan); only the folders those files were in are
    removed, and only when empty.
    """
    records = {p: r for recs in (previous or recorded_outputs(cache)).values() for p, r in recs.items()}
    removed = []
    for rel in paths:
        sha, size = records.get(rel, ("", -1))
        path = owned(out_dir, rel, sha, size)
        if path is not None:
            path.unlink(missing_ok=True)
            removed.append(rel)
    for folder in sorted({(out_dir / p).parent for p in removed}, reverse=True):
        if folder != out_dir:
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only ever an empty folder
    for slug in [s for s in cache.entries if s not in live]:
        del cache.entries[slug]
    gone = set(removed)
    for entry in cache.entries.values():
        entry["earlier"] = [e for e in entry.get("earlier", []) if isinstance(e, dict) and e.get("path") not in gone]
    cache.save()
    return removed
