"""One writer at a time per output folder.

Two builds into one ``--out`` would sweep each other's temporary files and
race on the cache, and a ``render`` or ``newsletter`` into a folder a build
is cleaning could lose its files.  Each of them holds an exclusive lock on
``OUT/.briefkit.lock`` for its whole run; a second one refuses at once with
a clear message.  The
operating system releases the lock when the process ends, however it ends
(``kill -9`` included), so a stale lock file never blocks a later build.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefkit.errors import BriefkitError
from briefkit.yamlio import display_path

LOCK_FILE = ".briefkit.lock"


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock while the block runs (creating the folder if needed)."""
    where = display_path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as exc:
        raise BriefkitError(f"{where}: cannot write into the output folder: {exc.strerror or exc}") from None
    try:
        _acquire(fd, where)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def folder_lock_if_any(out_dir: Path) -> Iterator[None]:
    """The output lock of ``out_dir`` if the folder exists; nothing if it does not.

    For ``render`` and ``newsletter``, which write a few files atomically: what
    they must not meet is a build cleaning the folder, and no build can clean a
    folder that is not there yet.  A failed render into a new folder then
    leaves nothing behind, not even a lock file.
    """
    if out_dir.is_dir():
        with output_lock(out_dir):
            yield
    else:
        yield


def _acquire(fd: int, where: str) -> None:
    if sys.platform == "win32":  # pragma: no cover - msvcrt locks a byte range instead
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise _busy(where) from None
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise _busy(where) from None


def _busy(where: str) -> BriefkitError:
    return BriefkitError(f"{where}: another briefkit command is writing into this folder; "
                         "wait for it to finish or choose another --out")
