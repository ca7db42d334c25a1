"""What a cluster worker runs: one item, rendered from the bytes its task carries.

A worker shares no folder with the build.  A :class:`Task` carries one item's
content bytes and file name; a :class:`Shared` object, sent once per build to
every worker, carries the render settings, the user's own files (a
``--templates`` folder, a ``--theme`` with its fonts and logo, a
``--reference-docx``) and the hashes of what the worker must bring itself:
briefkit's code, the built-in packs and theme, and the libraries that shape
output bytes.  A worker whose own differ refuses the task instead of mixing
outputs of two versions.  The worker returns the rendered bytes; the client
writes them (:func:`~briefkit.batch.jobs.write_job`).

Nothing here imports Dask: these are plain functions, testable in-process.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path, PurePosixPath

from briefkit.batch.jobs import Job, JobResult, Kind, RenderSpec, render_job

LIBRARIES = ("reportlab", "python-docx", "XlsxWriter", "pillow", "Jinja2", "markdown-it-py", "pydantic")
"""Libraries whose version can change an output's bytes: client and workers must agree on them."""


@dataclass(frozen=True)
class Task:
    """One item as it travels to a worker: its bytes, not its path."""

    slug: str
    source: str
    kind: Kind
    name: str
    """The file's name: its suffix picks the reader, its stem can become a title."""
    content: bytes
    key: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shared:
    """What every task of a build needs besides its item: settings, user files, the expected environment."""

    products: tuple[str, ...]
    formats: tuple[str, ...]
    handouts: tuple[str, ...]
    expected: dict[str, str]
    files: dict[str, bytes] = field(default_factory=dict)
    """User files by relative path under ``templates/``, ``theme/`` and ``reference/``."""
    templates: str | None = None
    theme: str | None = None
    reference: str | None = None
    origins: dict[str, str] = field(default_factory=dict)
    """The client's path for each of those, so messages name the user's files."""
    source_date_epoch: str | None = None
    digest: str = ""


@dataclass
class Rendered:
    """A worker's answer: the item's result and its files by path under the output folder."""

    result: JobResult
    files: dict[str, bytes] = field(default_factory=dict)
    refused: str | None = None
    """Why this worker would not render at all (another briefkit, another pack)."""


def environment(products: tuple[str, ...], builtin_theme: bool) -> dict[str, str]:
    """What this process brings to a render: briefkit's version and code, built-in packs and theme, libraries."""
    from briefkit import __version__
    from briefkit.batch.cache import engine_hash, templates_hash, theme_hash

    found = {"briefkit": f"{__version__} (code {engine_hash()[:12]})",
             "built-in template packs": templates_hash(products, None)[:16]}
    if builtin_theme:
        found["built-in theme"] = theme_hash(None, None)[:16]
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


@lru_cache(maxsize=8)
def _own_environment(products: tuple[str, ...], builtin_theme: bool) -> dict[str, str]:
    # A worker's code and packs do not change under it: hash them once per process.
    return environment(products, builtin_theme)


def identity(shared: Shared) -> Shared:
    """The build's shared object as a task's result, so a cluster can recompute it after losing a worker."""
    return shared


def differences(expected: dict[str, str], found: dict[str, str]) -> list[str]:
    """``name: X here, Y there`` for every part that differs."""
    return [f"{name} {want} on the client, {found.get(name, 'unknown')} on the worker"
            for name, want in expected.items() if found.get(name) != want]


def _safe(rel: str) -> PurePosixPath:
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"unsafe path in a shared bundle: {rel!r}")
    return path


_ROOTS: dict[str, Path] = {}


def materialize(shared: Shared) -> Path | None:
    """The folder holding the shared user files on this machine (written once per content digest)."""
    if not shared.files:
        return None
    known = _ROOTS.get(shared.digest)
    if known is not None and known.is_dir():
        return known
    base = Path(tempfile.gettempdir()) / f"briefkit-shared-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    base.mkdir(mode=0o700, exist_ok=True)
    final = base / shared.digest[:32]
    if not final.is_dir():
        incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=base))
        for rel, data in shared.files.items():
            target = incoming.joinpath(*_safe(rel).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        try:  # a rename, so a folder that exists is complete; another worker may have won the race
            incoming.rename(final)
        except OSError:
            shutil.rmtree(incoming, ignore_errors=True)
    _ROOTS[shared.digest] = final
    return final


@contextmanager
def _epoch(value: str | None) -> Iterator[None]:
    """The client's ``SOURCE_DATE_EPOCH`` for the duration of a task (workers run one task at a time)."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def _spec(shared: Shared, root: Path | None) -> RenderSpec:
    def local(rel: str | None) -> Path | None:
        return root.joinpath(*_safe(rel).parts) if root is not None and rel else None

    return RenderSpec(shared.products, shared.formats, local(shared.templates), local(shared.theme),
                      shared.handouts, local(shared.reference))


def _translate(text: str | None, places: dict[str, str]) -> str | None:
    """Put the client's paths back into a message that names the worker's copies."""
    if text is None:
        return None
    for here, there in sorted(places.items(), key=lambda p: -len(p[0])):
        text = text.replace(here, there)
    return text


def _places(job: Job, shared: Shared, root: Path | None) -> dict[str, str]:
    from briefkit.yamlio import display_path

    places = {str(job.path): job.source, display_path(job.path): job.source}
    for attr in ("templates", "theme", "reference"):
        rel = getattr(shared, attr)
        if root is not None and rel and attr in shared.origins:
            local = root.joinpath(*_safe(rel).parts)
            places[str(local)] = places[display_path(local)] = shared.origins[attr]
    return places


def run_task(task: Task, shared: Shared) -> Rendered:
    """Render one item on this worker; refuse when its briefkit, packs or libraries are not the client's."""
    found = _own_environment(shared.products, "built-in theme" in shared.expected)
    problems = differences(shared.expected, found)
    if problems:
        where = f"{socket.gethostname()} (pid {os.getpid()})"
        return Rendered(JobResult(task.source, task.slug, "failed", task.key),
                        refused=f"the worker on {where} differs from this client: " + "; ".join(problems))
    root = materialize(shared)
    with tempfile.TemporaryDirectory(prefix="briefkit-item-") as tmp, _epoch(shared.source_date_epoch):
        path = Path(tmp) / PurePosixPath(task.name).name
        path.write_bytes(task.content)
        out = Path(tmp) / "out"
        job = Job(path, task.source, task.kind, task.slug, out, _spec(shared, root), task.key, task.notes)
        result, files = render_job(job)
        places = _places(job, shared, root)
    result.error = _translate(result.error, places)
    result.warnings = [_translate(w, places) or "" for w in result.warnings]
    return Rendered(result, {p.relative_to(out).as_posix(): data for p, data in files.items()})


def digest_of(files: dict[str, bytes]) -> str:
    """One hash for a bundle of files by relative path."""
    digest = hashlib.sha256()
    for rel in sorted(files):
        digest.update(f"\0{rel}\0{len(files[rel])}\0".encode())
        digest.update(files[rel])
    return digest.hexdigest()


def _folder_files(folder: Path, prefix: str) -> dict[str, bytes]:
    return {f"{prefix}/{p.relative_to(folder).as_posix()}": p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def make_shared(spec: RenderSpec) -> Shared:
    """Pack a build's settings and user files for the workers (on the client, once per build)."""
    from briefkit.render import cached_theme, default_theme_path
    from briefkit.yamlio import display_path

    files: dict[str, bytes] = {}
    origins: dict[str, str] = {}
    templates = theme = reference = None
    if spec.templates is not None:
        files.update(_folder_files(spec.templates, "templates"))
        templates, origins["templates"] = "templates", display_path(spec.templates)
    if spec.theme is not None:
        path = spec.theme.resolve()
        loaded = cached_theme(path)
        for used in (path, *loaded.font_files(), *([loaded.logo] if loaded.logo else [])):
            files[f"theme/{used.relative_to(path.parent).as_posix()}"] = used.read_bytes()
        theme, origins["theme"] = f"theme/{path.name}", display_path(spec.theme)
    if spec.reference_docx is not None:
        reference = f"reference/{spec.reference_docx.name}"
        files[reference], origins["reference"] = spec.reference_docx.read_bytes(), display_path(spec.reference_docx)
    builtin_theme = spec.theme is None and default_theme_path(spec.templates) == default_theme_path(None)
    return Shared(spec.products, spec.formats, spec.handouts, environment(spec.products, builtin_theme), files,
                  templates, theme, reference, origins, os.environ.get("SOURCE_DATE_EPOCH"), digest_of(files))
