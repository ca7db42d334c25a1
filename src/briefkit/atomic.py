"""Atomic file output: write to a temporary file beside the target, then rename.

A reader (or an interrupted build) therefore sees either the old file or the
complete new one, never half of it.  :func:`write_group` writes one item's
files all or none, and never through a symbolic link inside the output folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefkit.errors import BriefkitError
from briefkit.safepath import is_real_below, shown
from briefkit.yamlio import display_path


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating parent folders; a device or a pipe (``/dev/stdout``,
    ``/dev/null``, a FIFO) is written to as it is, since renaming a file over it would replace the device.
    Problems are ``OSError`` as ``open`` raises them (callers decide whether one stops the command)."""
    if path.exists() and not path.is_file() and not path.is_dir():
        with path.open("wb") as handle:
            handle.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    write_bytes(path, text.encode("utf-8"))


def check_folders(root: Path, files: list[Path]) -> None:
    """Refuse an output whose folder below ``root`` is a symlink (it would redirect the write elsewhere).

    A symlink at the output's own name is harmless: the rename replaces the link, never its target.
    """
    for path in files:
        if path.parent != root and not is_real_below(root, path.parent):
            raise BriefkitError(f"{shown(path.parent)}: is a symbolic link or outside the output folder; "
                                "briefkit writes only into real folders inside it")


def write_group(root: Path, files: dict[Path, bytes]) -> None:
    """Write all of one item's files below ``root`` or none: every temporary file first, then the renames.

    A full disk or a quota met halfway leaves the earlier files as they were
    and no temporary file behind; every problem is one :class:`BriefkitError`
    line naming the file.

    Outputs are not synced to the disk one by one (single files such as the
    cache and the report are): they can always be rendered again, and a file
    a power cut leaves short or empty no longer matches the size the build
    cache recorded, so the next build redoes it.  The rename still means no
    reader and no interrupted build ever sees half a file.  Syncing cost
    about 2 ms a file here (18 ms an item of nine files).
    """
    check_folders(root, list(files))
    written: list[tuple[str, Path]] = []
    current = root
    try:
        for current, data in files.items():
            if current.is_dir():
                raise BriefkitError(f"{display_path(current)}: output path is a folder")
            current.parent.mkdir(parents=True, exist_ok=True)
            check_folders(root, [current])  # now that the folder exists, nothing may have swapped it for a link
            written.append((_temporary(current, data, durable=False), current))
        for tmp, current in written:
            os.replace(tmp, current)
    except BaseException as exc:
        for tmp, _ in written:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BriefkitError(f"{display_path(current)}: cannot write: {exc.strerror or exc}") from None
        raise


def _temporary(path: Path, data: bytes, durable: bool = True) -> str:
    """``data`` in a temporary file beside ``path`` (a name sweeps recognise), returned by name.

    ``durable`` syncs it to the disk before it is renamed into place.
    """
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
