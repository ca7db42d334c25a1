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

import contextlib
import hashlib
import json
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from briefkit import atomic
from briefkit.batch.jobs import Job, JobResult, Output, RenderSpec
from briefkit.batch.paths import regular_file, same_bytes
from briefkit.safepath import inside, is_real_below
from briefkit.yamlio import read_limited

CACHE_FILE = ".briefkit-cache.json"
JOURNAL_FILE = ".briefkit-cache.jsonl"
FORMAT_VERSION = 3
"""3: earlier outputs are recorded with their hash and size, so --clean can prove they are ours."""

MAX_HASHED_BYTES = 64 * 1024 * 1024
"""The largest template, theme, font or reference file the fingerprint reads (the largest any loader accepts)."""


_PDFA = {False: "", True: "\0pdfa"}
"""Appended to the options' hash: PDF/A output is a different build, older caches stay valid without it."""


def _hash_files(digest: Any, files: Iterable[Path], label: str) -> None:
    for path in sorted(set(files)):
        digest.update(f"\0{label}\0{path.name}\0".encode())
        try:
            digest.update(read_limited(path, MAX_HASHED_BYTES))
        except OSError as exc:  # too large or not a regular file: the render refuses it with its own message
            digest.update(f"\0unreadable\0{exc}".encode())


_ORCHESTRATION = frozenset({"cli", "batch", "preview"})
"""Packages that decide what to build, report or show, not what an output holds."""
_BATCH_LOADERS = frozenset({"jobs.py"})
"""The batch modules that do shape outputs: they load the content."""


def _engine_files() -> list[Path]:
    """briefkit's source that shapes outputs: a code change rebuilds them even without a version bump."""
    package = Path(__file__).resolve().parents[1]
    files = []
    # os.walk without the __pycache__ folders: pathlib's rglob lists them too (a few ms of a cold build).
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        where = Path(folder).relative_to(package).parts
        for name in names:
            first = where[0] if where else name
            if name.endswith(".py") and (first not in _ORCHESTRATION or (first == "batch" and name in _BATCH_LOADERS)):
                files.append(Path(folder, name))
    return files


def _template_files(products: tuple[str, ...], templates: Path | None) -> list[Path]:
    from briefkit.packs import builtin_dir

    files: list[Path] = []
    if templates is not None:  # symlinks are never read as templates, so they are not hashed either
        files += [p for p in templates.rglob("*") if is_real_below(templates, p) and p.is_file()]
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
    """The hash of ``files``' names and bytes, from the user's cache while none of them changed.

    A cold build would otherwise read and hash briefkit's source and the
    theme's fonts (5 MB with the CJK fallback) on every run.  Entries are
    keyed by each file's path, size, inode and modification and change times
    (the change time cannot be set back by hand), as git's index trusts them.
    """
    from briefkit import usercache

    ordered = sorted(set(files))
    stamps = _stamps(ordered)
    if stamps is None:  # a file missing or not a regular file: hash what there is, remember nothing
        return _digest(ordered, label)
    key = usercache.key_of("hashed", label, *stamps)
    cached = usercache.load("hashes", key)
    if cached is not None and len(cached) == 64 and cached.isalnum():
        return cached.decode("ascii")
    value = _digest(ordered, label)
    usercache.store("hashes", key, value.encode("ascii"))
    return value


def _digest(files: list[Path], label: str) -> str:
    digest = hashlib.sha256()
    _hash_files(digest, files, label)
    return digest.hexdigest()


RACY_NS = 2 * 10**9
"""A file changed this recently may change again within the clock's tick, unseen: its set is hashed each time."""


def _stamps(files: list[Path]) -> list[str] | None:
    """Each file's identity and last change, or None when one cannot be trusted that way (git's "racy" rule)."""
    stamps = []
    recent = time.time_ns() - RACY_NS
    for path in files:
        try:
            info = path.stat()
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode) or max(info.st_mtime_ns, info.st_ctime_ns) > recent:
            return None
        stamps.append(f"{path}\0{info.st_size}\0{info.st_ino}\0{info.st_mtime_ns}\0{info.st_ctime_ns}")
    return stamps


def engine_hash() -> str:
    """The hash of briefkit's code that shapes outputs (see :func:`build_fingerprint`)."""
    return _hashed(_engine_files(), "engine")


def templates_hash(products: tuple[str, ...], templates: Path | None) -> str:
    """The hash of the template packs ``products`` render with (a user folder's and the built-ins)."""
    return _hashed(_template_files(products, templates), "template")


def theme_hash(theme: Path | None, templates: Path | None) -> str:
    """The hash of the theme file and the fonts and logo it names."""
    return _hashed(_theme_files(theme, templates), "theme")


def build_fingerprint(spec: RenderSpec) -> Fingerprint:
    """Hash, part by part, everything an item's outputs depend on besides its own content (once per build).

    Kept apart so a rebuild can say *why* (``theme changed``), not only that something did.
    """
    from briefkit import __version__

    parts = {
        "briefkit": f"{__version__}:{engine_hash()}",
        "options": hashlib.sha256(f"{spec.products}\0{spec.formats}\0{spec.handouts}{_PDFA[spec.pdfa]}".encode()
                                  ).hexdigest(),
        "templates": templates_hash(spec.products, spec.templates),
        "theme": theme_hash(spec.theme, spec.templates),
    }
    if spec.reference_docx is not None:
        parts["reference document"] = _hashed([spec.reference_docx], "reference")
    if spec.reference_pptx is not None:
        parts["reference deck"] = _hashed([spec.reference_pptx], "reference")
    return parts


MAX_CACHE_BYTES = 64 * 1024 * 1024
"""A cache or journal file larger than this is ignored, so parsing it stays well under a gigabyte.

An item takes about 1.8 kB, so this holds some 35,000 items; a larger build
simply rebuilds (its cache is only a hint).
"""

MAX_ITEM_BYTES = 20 * 1024 * 1024
"""At most this much of an item is hashed: the largest input any reader accepts (articles)."""


def item_parts(fingerprint: Fingerprint, job: Job) -> Fingerprint:
    """The fingerprint plus the item's own bytes, kind and slug.

    Only regular files are hashed, and only up to the readers' size limit: a
    3 GB file is refused by its reader, so hashing past the limit would only
    spend memory and time (an oversized item gets an unreadable-item error).
    """
    digest = hashlib.sha256(f"{job.kind}\0{job.slug}\0".encode())
    digest.update(read_limited(job.path, MAX_ITEM_BYTES))
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
    path = inside(out_dir, output.path)  # a forged record must not make us read /dev/zero or ../x
    info = regular_file(path) if path is not None else None
    if path is None or info is None or info.st_size != output.size:
        return False
    return info.st_mtime_ns == output.mtime_ns or same_bytes(path, output.sha256, output.size)


Record = tuple[str, int]
"""The sha256 and size of an output's bytes as briefkit wrote them."""


def paths_of(entry: dict[str, Any]) -> dict[str, Record]:
    """Every output a cache entry knows, with its recorded bytes: this build's and earlier ones not yet removed.

    Records without a hash and size (hand-written or from an older format) are
    left out: nothing proves such a file is briefkit's.
    """
    found: dict[str, Record] = {}
    for record in [*entry.get("earlier", []), *entry.get("outputs", [])]:
        if not isinstance(record, dict):
            continue
        path, sha, size = record.get("path"), record.get("sha256"), record.get("size")
        if isinstance(path, str) and path and isinstance(sha, str) and isinstance(size, int):
            found[path] = (sha, size)
    return found


class BuildCache:
    """Recorded keys and outputs per slug for one output folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.entries: dict[str, dict[str, Any]] = {}
        self._journal: Any = None
        self._load()

    def _load(self) -> None:
        # The cache is only a hint: unreadable, oversized, not a regular file or
        # not the expected shape, it is ignored and every item is rebuilt.
        try:
            data = json.loads(read_limited(self.out_dir / CACHE_FILE, MAX_CACHE_BYTES).decode("utf-8"))
            items = data.get("items", {}) if data.get("format") == FORMAT_VERSION else {}
            self.entries = {k: v for k, v in items.items() if isinstance(k, str) and isinstance(v, dict)}
        except (OSError, ValueError, AttributeError, RecursionError):
            self.entries = {}
        self._replay_journal()

    def _replay_journal(self) -> None:
        """Take in items finished by a build that never reached its final save."""
        try:
            lines = read_limited(self.out_dir / JOURNAL_FILE, MAX_CACHE_BYTES).decode("utf-8").splitlines()
        except (OSError, ValueError):
            return
        for line in lines:
            try:
                entry = json.loads(line)
                if isinstance(entry, dict) and isinstance(entry["slug"], str):
                    self.entries[entry["slug"]] = entry
            except (ValueError, KeyError, TypeError, RecursionError):
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
        # Files the item's earlier builds made and this one did not: remembered, with the hash of
        # their bytes, until --clean removes them.
        known = paths_of(self.entries.get(result.slug, {}))
        earlier = [{"path": p, "sha256": known[p][0], "size": known[p][1]} for p in sorted(set(known) - made)]
        entry = {"slug": result.slug, "key": result.key, "source": result.source, "parts": parts or {},
                 "outputs": [asdict(o) for o in result.outputs], "warnings": result.warnings, "earlier": earlier}
        self.entries[result.slug] = entry
        try:
            if self._journal is None:
                self.out_dir.mkdir(parents=True, exist_ok=True)
                self._journal = (self.out_dir / JOURNAL_FILE).open("a", encoding="utf-8")
            self._journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._journal.flush()
        except OSError:
            pass  # a full or read-only disk: the cache is only a hint, the build goes on and reports it

    def save(self) -> None:
        """Replace the cache file atomically, then drop the journal it now contains."""
        if self._journal is not None:
            with contextlib.suppress(OSError):
                self._journal.close()
            self._journal = None
        if not self.entries and not (self.out_dir / CACHE_FILE).exists():
            return
        data = {"format": FORMAT_VERSION, "items": dict(sorted(self.entries.items()))}
        try:
            # Compact JSON: the C encoder writes a thousand entries in milliseconds.
            atomic.write_text(self.out_dir / CACHE_FILE, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            (self.out_dir / JOURNAL_FILE).unlink(missing_ok=True)
        except OSError:
            pass  # a full or read-only disk: the next build rebuilds what this one could not record
