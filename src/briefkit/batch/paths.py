"""Which paths under the output folder a build may touch.

The cache file names the outputs an earlier build wrote, but anyone can edit,
copy or forge it: a path in it is only a claim.  Before a build trusts,
re-hashes or removes a recorded file, the path must be one plain relative
path below ``--out`` (no ``..``, no absolute path, no symlink on the way) and,
to be removed, the file must still hold exactly the bytes briefkit recorded.
Writes follow the same rule: a symlinked folder already inside ``--out`` must
not redirect an output elsewhere.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path

from briefkit.errors import BriefkitError
from briefkit.safepath import inside, is_real_below, shown
from briefkit.yamlio import display_path

_HASH_CHUNK = 1 << 20


def _sha256(path: Path, size: int) -> str | None:
    """The sha256 of the file's first ``size + 1`` bytes (so a grown file never matches)."""
    digest = hashlib.sha256()
    left = size + 1
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        while left > 0:
            chunk = handle.read(min(_HASH_CHUNK, left))
            if not chunk:
                break
            digest.update(chunk)
            left -= len(chunk)
    return digest.hexdigest() if left == 1 else None


def regular_file(path: Path) -> os.stat_result | None:
    """The ``lstat`` of ``path`` when it is a regular file (not a symlink, device or FIFO), else None."""
    try:
        info = path.lstat()
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def owned(out_dir: Path, rel: object, sha256: object, size: object) -> Path | None:
    """The file at ``rel`` when it is a regular file under ``out_dir`` holding exactly the recorded bytes."""
    path = inside(out_dir, rel)
    if path is None or not isinstance(sha256, str) or not isinstance(size, int) or isinstance(size, bool):
        return None
    info = regular_file(path)
    if info is None or info.st_size != size:
        return None
    return path if _sha256(path, size) == sha256 else None


def same_bytes(path: Path, sha256: str, size: int) -> bool:
    """True when the regular file at ``path`` holds exactly ``size`` bytes hashing to ``sha256``."""
    info = regular_file(path)
    return info is not None and info.st_size == size and _sha256(path, size) == sha256


def check_writable_paths(out_dir: Path, files: list[Path]) -> None:
    """Refuse an output whose folder below ``out_dir`` is a symlink (it would redirect the write).

    A symlink at the output's own name is harmless: the atomic rename replaces the link, never its target.
    """
    for path in files:
        if path.parent != out_dir and not is_real_below(out_dir, path.parent):
            raise BriefkitError(f"{shown(path.parent)}: is a symbolic link or outside the output folder; "
                                "briefkit writes only into real folders inside it")


def write_item(out_dir: Path, files: dict[Path, bytes]) -> None:
    """Write all of one item's files or none: every temporary file first, then the renames.

    A full disk or a quota met halfway leaves the item's earlier outputs as
    they were and no temporary file behind; the error is one line.
    """
    check_writable_paths(out_dir, list(files))
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            if path.is_dir():
                raise BriefkitError(f"{display_path(path)}: output path is a folder")
            path.parent.mkdir(parents=True, exist_ok=True)
            check_writable_paths(out_dir, [path])  # mkdir followed nothing: check again now it exists
            written.append((_temporary(path, data), path))
        for tmp, path in written:
            os.replace(tmp, path)
    except OSError as exc:
        for tmp, _ in written:
            Path(tmp).unlink(missing_ok=True)
        where = display_path(Path(exc.filename)) if exc.filename else display_path(out_dir)
        raise BriefkitError(f"{where}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        for tmp, _ in written:
            Path(tmp).unlink(missing_ok=True)
        raise


def _temporary(path: Path, data: bytes) -> str:
    """``data`` in a synced temporary file beside ``path`` (the name a sweep recognises), returned by name."""
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
