"""Run the real CLI in a subprocess under a memory limit, for the adversarial tests.

Each call is ``python -m briefkit ARGS`` with ``RLIMIT_AS`` at 1 GiB (a
render needs about 400 MB of address space), so an input that makes briefkit
allocate gigabytes fails the test with a MemoryError or a killed process
instead of exhausting the machine.  ``timeout`` bounds hangs (a FIFO read).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import briefkit

MEMORY_LIMIT = 1024 * 1024 * 1024
SRC = Path(briefkit.__file__).resolve().parents[1]
OK = "meta:\n  title: A fine title\nsummary: Short.\nkey_points: [One point.]\n"


def _limits(file_size: int | None) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        if file_size is not None:  # a full disk, simulated: writes past this size fail with EFBIG
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
    return apply


def env() -> dict[str, str]:
    """The environment for a subprocess that runs this checkout's briefkit."""
    return {**os.environ, "PYTHONPATH": str(SRC), "COLUMNS": "200"}


def command(*args: str | Path) -> list[str]:
    """``python -m briefkit ARGS``."""
    return [sys.executable, "-m", "briefkit", *map(str, args)]


def bk(cwd: Path, *args: str | Path, timeout: float = 120, file_size: int | None = None
       ) -> subprocess.CompletedProcess[str]:
    """Run the CLI in ``cwd`` under the memory limit; ``file_size`` caps every file it writes."""
    return subprocess.run(command(*args), cwd=cwd, env=env(), capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_limits(file_size))


def spawn(cwd: Path, *args: str | Path) -> subprocess.Popen[str]:
    """Start the CLI in its own session (so a signal can reach its whole group), under the memory limit."""
    return subprocess.Popen(command(*args), cwd=cwd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_limits(None))


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a clean failure (exit 1, no traceback); fails the test otherwise."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (symlinks not followed) with its bytes."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not p.is_symlink()}
