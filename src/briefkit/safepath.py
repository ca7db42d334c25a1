"""Paths that must stay inside their folder: no ``..``, no absolute path, no symlink on the way.

Template packs, content folders, manifests and the output folder each name
files relative to a folder a user chose.  A name in them is only a claim: it
is accepted when it is a plain relative path whose every part below that
folder is a real folder or file, never a symlink (which could lead anywhere,
``/etc/passwd`` included).  The chosen folder itself may be a symlink.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath


def plain_parts(rel: object) -> tuple[str, ...] | None:
    """The ``/``-separated parts of ``rel`` when it is a plain relative path, else None.

    Refused: not a string, empty, absolute, a drive or backslash, a NUL, and
    empty, ``.`` or ``..`` parts.
    """
    if not isinstance(rel, str) or not rel or "\\" in rel or "\0" in rel or rel.startswith("/"):
        return None
    parts = rel.split("/")
    if any(p in ("", ".", "..") for p in parts) or PurePosixPath(rel).is_absolute() or ":" in parts[0]:
        return None
    return tuple(parts)


def inside(root: Path, rel: object) -> Path | None:
    """``root / rel`` when ``rel`` is plain and no existing part of it below ``root`` is a symlink, else None."""
    parts = plain_parts(rel)
    if parts is None:
        return None
    path = root
    for part in parts:
        path = path / part
        try:
            if stat.S_ISLNK(path.lstat().st_mode):
                return None
        except OSError:
            break  # not there (yet): nothing can redirect through it
    return root.joinpath(*parts)


def real_file(root: Path, rel: object) -> Path | None:
    """``root / rel`` when it is a regular file reached through real folders below ``root``, else None."""
    path = inside(root, rel)
    if path is None:
        return None
    try:
        return path if stat.S_ISREG(path.lstat().st_mode) else None
    except OSError:
        return None


def is_real_below(root: Path, path: Path) -> bool:
    """True when ``path`` lies below ``root`` (lexically) and no part of it below ``root`` is a symlink."""
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        return False
    return inside(root, rel) is not None


def shown(path: Path) -> str:
    """``path`` as the user should read it, relative to the cwd when below it, *without* following symlinks.

    (:func:`briefkit.yamlio.display_path` resolves them, which would name the
    link's target instead of the link a message is about.)
    """
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return str(path) if relative.startswith("..") else relative
