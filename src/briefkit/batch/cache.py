"""The incremental build cache: skip an item whose inputs and outputs are unchanged.

An item's key hashes its content bytes with a *build fingerprint* computed
once per build: briefkit's version and source, every template file that can
reach the output, the theme file with its fonts and logo, and the products,
formats and options asked for.  An item is fresh when its key matches the
recorded one and every recorded output is still there with its sha256.

Outputs are checked like git's index does: a file whose size and mtime match
the record is trusted; any other is re-hashed.  The cache file is replaced
atomically at the end of a build, and every finished item is also appended
to a journal right away, so a build killed midway (even ``kill -9``) keeps
what it finished and the rerun builds only the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from briefkit import atomic
from briefkit.batch.jobs import Job, JobResult, Output, RenderSpec

CACHE_FILE = ".briefkit-cache.json"
JOURNAL_FILE = ".briefkit-cache.jsonl"
FORMAT_VERSION = 2


def _hash_files(digest: Any, files: Iterable[Path], label: str) -> None:
    for path in sorted(set(files)):
        digest.update(f"\0{label}\0{path.name}\0".encode())
        digest.update(path.read_bytes())


_ORCHESTRATION = frozenset({"cli", "batch"})
"""Packages that decide what to build and report, not what an output holds."""
_BATCH_LOADERS = frozenset({"jobs.py"})
"""The batch modules that do shape outputs: they load the content."""


def _engine_files() -> list[Path]:
    """briefkit's source that shapes outputs: a code change rebuilds them even without a version bump."""
    package = Path(__file__).resolve().parents[1]
    files = []
    for path in package.rglob("*.py"):
        parts = path.relative_to(package).parts
        if parts[0] not in _ORCHESTRATION or (parts[0] == "batch" and parts[-1] in _BATCH_LOADERS):
            files.append(path)
    return files


def _template_files(products: tuple[str, ...], templates: Path | None) -> list[Path]:
    from briefkit.packs import builtin_dir

    files: list[Path] = []
    if templates is not None:
        files += [p for p in templates.rglob("*") if p.is_file()]
    for name in (*products, "base"):
        pack_dir = builtin_dir() / name
        if pack_dir.is_dir():
            files += [p for p in pack_dir.rglob("*") if p.is_file() and "fonts" not in p.parts]
    return files


def _theme_files(theme: Path | None, templates: Path | None) -> list[Path]:
    from briefkit.render import cached_theme, default_theme_path

    path = (theme or default_theme_path(templates)).resolve()
    loaded = cached_theme(path)
    return [path, *loaded.font_files(), *([loaded.logo] if loaded.logo else [])]


Fingerprint = dict[str, str]
"""Named hashes of what outputs depend on: ``briefkit``, ``options``, ``templates``, ``theme``…"""


def _hashed(files: Iterable[Path], label: str) -> str:
    digest = hashlib.sha256()
    _hash_files(digest, files, label)
    return digest.hexdigest()


def build_fingerprint(spec: RenderSpec) -> Fingerprint:
    """Hash, part by part, everything an item's outputs depend on besides its own content (once per build).

    Kept apart so a rebuild can say *why* (``theme changed``), not only that something did.
    """
    from briefkit import __version__

    parts = {
        "briefkit": f"{__version__}:{_hashed(_engine_files(), 'engine')}",
        "options": hashlib.sha256(f"{spec.products}\0{spec.formats}\0{spec.handouts}".encode()).hexdigest(),
        "templates": _hashed(_template_files(spec.products, spec.templates), "template"),
        "theme": _hashed(_theme_files(spec.theme, spec.templates), "theme"),
    }
    if spec.reference_docx is not None:
        parts["reference document"] = _hashed([spec.reference_docx], "reference")
    if spec.reference_pptx is not None:
        parts["reference deck"] = _hashed([spec.reference_pptx], "reference")
    return parts


def item_parts(fingerprint: Fingerprint, job: Job) -> Fingerprint:
    """The fingerprint plus the item's own bytes, kind and slug."""
    digest = hashlib.sha256(f"{job.kind}\0{job.slug}\0".encode())
    digest.update(job.path.read_bytes())
    return {**fingerprint, "content": digest.hexdigest()}


def key_of(parts: Fingerprint) -> str:
    """One cache key for all the parts."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def changed_parts(old: Fingerprint | None, new: Fingerprint) -> str:
    """'content changed', 'theme and templates changed'… (or just 'changed' without a record)."""
    if not old:
        return "changed"
    names = [name for name in new if old.get(name) != new[name]] + [name for name in old if name not in new]
    if not names:
        return "changed"
    return " and ".join(names) + " changed"


def _intact(out_dir: Path, output: Output) -> bool:
    path = out_dir / output.path
    try:
        stat = path.stat()
    except OSError:
        return False
    if stat.st_size == output.size and stat.st_mtime_ns == output.mtime_ns:
        return True
    return stat.st_size == output.size and hashlib.sha256(path.read_bytes()).hexdigest() == output.sha256


def paths_of(entry: dict[str, Any]) -> list[str]:
    """Every output path a cache entry knows: this build's outputs and earlier ones not yet removed."""
    paths = [str(o.get("path", "")) for o in entry.get("outputs", []) if isinstance(o, dict)]
    return [p for p in paths + list(entry.get("earlier", [])) if p]


class BuildCache:
    """Recorded keys and outputs per slug for one output folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.entries: dict[str, dict[str, Any]] = {}
        self._journal: Any = None
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads((self.out_dir / CACHE_FILE).read_text(encoding="utf-8"))
            if data.get("format") == FORMAT_VERSION:
                self.entries = dict(data.get("items", {}))
        except (OSError, ValueError, AttributeError):
            self.entries = {}
        self._replay_journal()

    def _replay_journal(self) -> None:
        """Take in items finished by a build that never reached its final save."""
        try:
            lines = (self.out_dir / JOURNAL_FILE).read_text(encoding="utf-8").splitlines()
        except OSError:
            return
        for line in lines:
            try:
                entry = json.loads(line)
                self.entries[entry["slug"]] = entry
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a kill: that item is simply rebuilt

    def reason(self, job: Job, parts: Fingerprint) -> str | None:
        """Why ``job`` must be built (``new``, ``content changed``…), or None when it is fresh."""
        entry = self.entries.get(job.slug)
        if not entry:
            return "new"
        if entry.get("key") != job.key:
            return changed_parts(entry.get("parts"), parts)
        try:
            outputs = [Output(**o) for o in entry["outputs"]]
        except (KeyError, TypeError):
            return "no record of its outputs"
        damaged = next((o.path for o in outputs if not _intact(self.out_dir, o)), None)
        if not outputs or damaged:
            return f"{damaged or 'an output'} missing or modified"
        return None

    def skipped(self, job: Job) -> JobResult:
        """The ``skipped`` result of a fresh job, with the warnings of its last build."""
        entry = self.entries[job.slug]
        outputs = [Output(**o) for o in entry["outputs"]]
        return JobResult(job.source, job.slug, "skipped", job.key, outputs, 0.0, list(entry.get("warnings", [])))

    def record(self, result: JobResult, parts: Fingerprint | None = None) -> None:
        """Remember a built item (and the parts of its key), in memory and in the journal (at once)."""
        if result.status != "built":
            self.entries.pop(result.slug, None)
            return
        made = {o.path for o in result.outputs}
        # Files the item's earlier builds made and this one did not: remembered until --clean removes them.
        earlier = sorted(set(paths_of(self.entries.get(result.slug, {}))) - made)
        entry = {"slug": result.slug, "key": result.key, "source": result.source, "parts": parts or {},
                 "outputs": [asdict(o) for o in result.outputs], "warnings": result.warnings, "earlier": earlier}
        self.entries[result.slug] = entry
        if self._journal is None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self._journal = (self.out_dir / JOURNAL_FILE).open("a", encoding="utf-8")
        self._journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._journal.flush()

    def save(self) -> None:
        """Replace the cache file atomically, then drop the journal it now contains."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if not self.entries and not (self.out_dir / CACHE_FILE).exists():
            return
        data = {"format": FORMAT_VERSION, "items": dict(sorted(self.entries.items()))}
        # Compact JSON: the C encoder writes a thousand entries in milliseconds.
        atomic.write_text(self.out_dir / CACHE_FILE, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        (self.out_dir / JOURNAL_FILE).unlink(missing_ok=True)
