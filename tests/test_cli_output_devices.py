"""Output paths that are no regular file (robustness): ``-o /dev/null`` is a file to write to, never a folder
to create, and a device is written to in place, never replaced by a renamed file; a path that cannot be
written is one line naming it, no traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.atomic import write_bytes
from conftest import ARTICLE


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefkit", *args], capture_output=True, text=True, cwd=cwd)


def test_extract_to_the_null_device_writes_through_it(tmp_path: Path) -> None:
    refused = _run("extract", str(ARTICLE), "-o", os.devnull, cwd=tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().splitlines()[-1].startswith(f"{os.devnull}: exists")
    done = _run("extract", str(ARTICLE), "-o", os.devnull, "--force", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # still the device, not a file renamed over it


def test_a_pipe_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    write_bytes(fifo, b"meta: {}\n")
    out, _ = reader.communicate(timeout=10)
    assert out == b"meta: {}\n" and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_file_where_a_folder_is_needed_is_one_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        write_bytes(blocker / "inside" / "out.yaml", b"x")  # the caller says what failed
    result = _run("extract", str(ARTICLE), "-o", str(blocker / "sub" / "out.yaml"), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot write" in result.stderr
