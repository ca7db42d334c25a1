"""Which paths under the output folder a build may touch.

The cache file names the outputs an earlier build wrote, but anyone can edit,
copy or forge it: a path in it is only a claim.  Before a build trusts,
re-hashes or removes a recorded file, the path must be one plain relative
path below ``--out`` (no ``..``, no absolute path, no symlink on the way) and,
to be removed, the file must still hold exactly the bytes briefkit recorded.
Writes follow the same rule (:func:`briefkit.atomic.write_group`).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from briefkit.safepath import inside

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
