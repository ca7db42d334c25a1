"""The user's on-disk cache: work a cold process would otherwise redo on every run.

What is kept is a pure function of its inputs, so output bytes are the same
with or without the cache:

- compiled templates, through Jinja's own bytecode cache protocol (see
  :mod:`briefkit.templating`);
- the font subsets embedded in Word and PowerPoint files (see
  :mod:`briefkit.writers.ooxml_fonts`), and the facts about fonts they need
  (:mod:`briefkit.fonts_facts`);
- the build fingerprint's hashes of briefkit's source, the templates and the
  theme's files, under those files' sizes and change times
  (:mod:`briefkit.batch.cache`).

The folder is ``BRIEFKIT_CACHE_DIR`` when set (set it empty to turn caching
off), else the platform's user cache folder: ``$XDG_CACHE_HOME/briefkit``
(``~/.cache/briefkit``) on Linux, ``~/Library/Caches/briefkit`` on macOS,
``%LOCALAPPDATA%\\briefkit\\Cache`` on Windows.  Entries are written to a
temporary file and renamed into place and carry a checksum of their payload;
an entry that fails it is ignored (the work is simply redone), and so is a
folder another user could write to.  Every disk problem (read-only home, full
disk) also just means "no cache".  Each kind of entry is kept under
:data:`MAX_BYTES`: past it, the least recently used entries are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ENV_VAR = "BRIEFKIT_CACHE_DIR"
_MAGIC = b"briefkit-cache-1\n"
_DIGEST = 32  # sha256 of the payload follows the magic line
MAX_BYTES = 64 * 1024 * 1024
"""Each kind of entry (templates, fonts) is trimmed to three quarters of this once it grows past it."""
TRIM_EVERY = 50
"""Stores between two size checks (a check lists the folder: cheap, but not free in a batch of thousands)."""
_stores: dict[str, int] = {}


def _platform_dir() -> Path:
    """The platform's per-user cache folder for briefkit (what platformdirs' user_cache_dir gives)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "briefkit" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "briefkit"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base_dir = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # the XDG spec ignores relative paths
    return base_dir / "briefkit"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off (``BRIEFKIT_CACHE_DIR`` set but empty)."""
    chosen = os.environ.get(ENV_VAR)
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    try:
        return _platform_dir()
    except RuntimeError:  # no home folder to put it in
        return None


def _folder(kind: str) -> Path | None:
    """``kind``'s sub-folder of the cache, created private to the user; None if it cannot be."""
    root = cache_dir()
    if root is None:
        return None
    folder = root / kind
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def _private(folder: Path) -> bool:
    """True if only this user can write to ``folder``: compiled templates are code, subsets go into documents.

    A cache folder another user can write to (``BRIEFKIT_CACHE_DIR`` set to
    a shared place) is never read from.
    """
    if not hasattr(os, "geteuid"):  # Windows has no such mode bits; the user's profile folder is private
        return True
    try:
        info = os.stat(folder)
    except OSError:
        return False
    return info.st_uid == os.geteuid() and not info.st_mode & 0o022


def key_of(*parts: str | bytes) -> str:
    """A file-name-safe key for ``parts`` (each length-prefixed, so no two lists collide)."""
    digest = hashlib.sha256()
    for part in parts:
        raw = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "big") + raw)
    return digest.hexdigest()


def load(kind: str, key: str) -> bytes | None:
    """The payload stored under ``kind``/``key``, or None when absent, unreadable or corrupt."""
    root = cache_dir()
    if root is None:
        return None
    if not _private(root / kind):
        return None
    try:
        raw = (root / kind / f"{key}.bin").read_bytes()
    except OSError:
        return None
    head, payload = raw[:len(_MAGIC) + _DIGEST], raw[len(_MAGIC) + _DIGEST:]
    if head != _MAGIC + hashlib.sha256(payload).digest():
        return None  # truncated, damaged or from another format: never trusted
    with contextlib.suppress(OSError):  # a hit counts as a use: trimming removes the least recently used
        os.utime(root / kind / f"{key}.bin")
    return payload


def store(kind: str, key: str, payload: bytes) -> None:
    """Keep ``payload`` under ``kind``/``key``: a temporary file renamed into place, or nothing on any error."""
    folder = _folder(kind)
    if folder is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, folder / f"{key}.bin")
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    count = _stores[kind] = _stores.get(kind, 0) + 1
    if count % TRIM_EVERY == 1:  # the first store of a process, then every so often in a long batch
        trim(folder)


def trim(folder: Path, limit: int = MAX_BYTES) -> None:
    """Remove the least recently used entries of ``folder`` once it holds more than ``limit`` bytes."""
    try:
        entries = [(e.stat().st_mtime_ns, e.stat().st_size, e.path) for e in os.scandir(folder)
                   if e.name.endswith((".bin", ".tmp")) and e.is_file(follow_symlinks=False)]
    except OSError:
        return
    stale = time.time_ns() - 3600 * 10**9  # a temporary file an hour old belongs to a process that died
    for mtime, _, path in entries:
        if path.endswith(".tmp") and mtime < stale:
            with contextlib.suppress(OSError):
                os.unlink(path)
    entries = [entry for entry in entries if entry[2].endswith(".bin")]
    total = sum(size for _, size, _ in entries)
    if total <= limit:
        return
    for _, size, path in sorted(entries):
        with contextlib.suppress(OSError):
            os.unlink(path)
        total -= size
        if total <= limit * 3 // 4:
            break
