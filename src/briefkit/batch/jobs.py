"""Jobs and their results: plain, picklable data and one pure unit of work.

:func:`run_job` maps a :class:`Job` to a :class:`JobResult` and never raises
for a bad item, so any executor (the process pool, a Dask cluster) can map
it over a list and a poisoned item cannot stop the others.  It is
:func:`render_job` (in memory) then :func:`write_job` (atomic writes), which
a cluster runs on two sides: workers render, the client writes.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from briefkit.batch.trim import release_freed_memory
from briefkit.errors import BriefkitError
from briefkit.timers import repeating_timer, timers_usable

if TYPE_CHECKING:
    from briefkit.content import Brief

T = TypeVar("T")
Kind = Literal["content", "article"]
Status = Literal["built", "skipped", "failed", "cancelled"]

CONTENT_SUFFIXES = (".yaml", ".yml", ".json")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class RenderSpec:
    """What every item of a build is rendered into, and with which templates, theme and reference."""

    products: tuple[str, ...]
    formats: tuple[str, ...] = ()
    templates: Path | None = None
    theme: Path | None = None
    handouts: tuple[str, ...] = ()
    reference_docx: Path | None = None
    pdfa: bool = False
    reference_pptx: Path | None = None


@dataclass(frozen=True)
class Job:
    """Everything needed to build one item, and nothing that cannot be pickled."""

    path: Path
    source: str
    """The path as the user should read it (used in messages and the report)."""
    kind: Kind
    slug: str
    out_dir: Path
    spec: RenderSpec
    key: str = ""
    """The item's cache key, carried through to the result."""
    notes: tuple[str, ...] = ()
    """Warnings known before rendering (for example a renamed slug)."""


@dataclass(frozen=True)
class Output:
    """One written file: its path relative to the output folder and its identity."""

    path: str
    sha256: str
    size: int
    mtime_ns: int


@dataclass
class JobResult:
    """What happened to one item."""

    source: str
    slug: str
    status: Status
    key: str = ""
    outputs: list[Output] = field(default_factory=list)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    reason: str = ""
    """Why the item was built (``new``, ``content changed``, ``--force``…); empty when skipped."""


def item_kind(path: Path) -> Kind | None:
    """``content`` for YAML/JSON Briefs, ``article`` for raw articles, else None."""
    suffix = path.suffix.lower()
    if suffix in CONTENT_SUFFIXES:
        return "content"
    if suffix in ARTICLE_SUFFIXES:
        return "article"
    return None


def load_item(path: Path, kind: Kind) -> tuple[Brief, list[str]]:
    """The Brief of a content file, or of an article extracted on the fly."""
    if kind == "content":
        from briefkit.content import load_brief

        return load_brief(path), []
    try:
        extract = importlib.import_module("briefkit.extract").extract_article
    except (ImportError, AttributeError):
        raise BriefkitError(f"{path}: article extraction is not available in this installation") from None
    brief, warnings = extract(path)
    return brief, list(warnings)


def sweep_temporaries(folder: Path) -> None:
    """Remove temporary files an interrupted earlier build left in ``folder`` (never through a symlink)."""
    if folder.is_dir() and not folder.is_symlink():
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


def _record(path: Path, out_dir: Path, data: bytes) -> Output:
    stat = path.stat()
    rel = path.relative_to(out_dir).as_posix()
    return Output(rel, hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns)


ITEM_SECONDS = 300.0
"""Processing time (CPU seconds) one item may take; ``BRIEFKIT_ITEM_SECONDS`` overrides it."""


def item_seconds() -> float:
    """The per-item limit: :data:`ITEM_SECONDS`, or ``BRIEFKIT_ITEM_SECONDS`` when set to a positive number."""
    try:
        value = float(os.environ.get("BRIEFKIT_ITEM_SECONDS", ITEM_SECONDS))
    except ValueError:
        return ITEM_SECONDS
    return value if 0 < value < float("inf") else ITEM_SECONDS


class ItemTimeout(BaseException):
    """An item used up its processing time (a BaseException: no library's ``except Exception`` swallows it)."""


class ItemTimedOut(BriefkitError):
    """What :func:`run_limited` raises when the work used up its time."""


def _on_item_timer(signum: int, frame: object) -> None:
    raise ItemTimeout


@contextmanager
def item_time_limit(seconds: float) -> Iterator[None]:
    """Stop the block after ``seconds`` of CPU time (a profiling timer: the template's wall-clock alarm is apart).

    It repeats every second past the limit, in case the first signal lands
    where it cannot stop the work.  Off the main thread, or where there are
    no interval timers, the block runs unbounded.
    """
    if not (timers_usable() and hasattr(signal, "ITIMER_PROF")):
        yield
        return
    with repeating_timer(signal.ITIMER_PROF, signal.SIGPROF, _on_item_timer, seconds):
        yield


def run_limited(source: str, func: Callable[..., T], *args: Any) -> T:
    """``func(*args)`` within the per-item time limit; past it, a :class:`BriefkitError` naming ``source``."""
    limit = item_seconds()
    try:
        with item_time_limit(limit):
            return func(*args)
    except ItemTimeout:
        raise ItemTimedOut(f"{source}: took over {limit:g} s of processing time, the per-item limit "
                           "(BRIEFKIT_ITEM_SECONDS)") from None


def _failure(job: Job, exc: Exception) -> str:
    """The error message of a failed item: the user's own for bad input, located for a bug."""
    if isinstance(exc, BriefkitError):
        return str(exc)
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    return f"{job.source}: internal error {type(exc).__name__}: {exc} (at {where})"


def render_job(job: Job) -> tuple[JobResult, dict[Path, bytes]]:
    """Load and render one item in memory, within its time limit: its result so far and its files.

    The files (none when the item failed) are keyed by their path under
    ``job.out_dir``; :func:`write_job` writes them.  An executor whose workers
    share no folder with the build (see :mod:`.dask_executor`) renders
    remotely and writes on the client.
    """
    start = time.perf_counter()
    result = JobResult(job.source, job.slug, "failed", job.key, warnings=list(job.notes))
    files: dict[Path, bytes] = {}
    try:
        files = run_limited(job.source, _render_item, job, result)
        result.status = "built"
    except ItemTimedOut as exc:
        result.error = f"{exc}; not built"
    except Exception as exc:  # fault isolation: a bug met by one item must not stop the batch
        result.error = _failure(job, exc)
    result.seconds = round(time.perf_counter() - start, 4)
    return result, files


def _render_item(job: Job, result: JobResult) -> dict[Path, bytes]:
    from briefkit.render import RenderRequest, render_brief

    brief, warnings = load_item(job.path, job.kind)
    result.warnings.extend(warnings)
    spec = job.spec
    request = RenderRequest(job.path, job.out_dir, spec.products, spec.formats, spec.templates, spec.theme,
                            spec.handouts, spec.reference_docx, job.slug, spec.pdfa, spec.reference_pptx)
    rendered = render_brief(brief, request, job.source)
    result.warnings.extend(rendered.warnings)
    if not rendered.files:
        raise BriefkitError(f"{job.source}: no product offers the formats {', '.join(job.spec.formats)}")
    return rendered.files


def write_job(job: Job, result: JobResult, files: dict[Path, bytes]) -> JobResult:
    """Write a rendered item's files, all or none, and record them; a write error fails the item."""
    from briefkit.atomic import write_group

    if result.status != "built":
        return result
    start = time.perf_counter()
    try:
        sweep_temporaries(job.out_dir / job.slug)
        write_group(job.out_dir, files)
        result.outputs = [_record(p, job.out_dir, d) for p, d in files.items()]
    except Exception as exc:
        result.status, result.error = "failed", _failure(job, exc)
    result.seconds = round(result.seconds + time.perf_counter() - start, 4)
    return result


def run_job(job: Job) -> JobResult:
    """Load, render and atomically write one item; failures become a ``failed`` result."""
    return write_job(job, *render_job(job))


def run_chunk(jobs: tuple[Job, ...], fail_fast: bool = False) -> list[JobResult]:
    """Run several jobs in one call (fewer round trips to a worker process)."""
    results: list[JobResult] = []
    for job in jobs:
        results.append(run_job(job))
        release_freed_memory()  # what the item freed goes back to the system, not into the worker's peak
        if fail_fast and results[-1].status == "failed":
            break
    return results
