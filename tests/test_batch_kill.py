"""A build killed with SIGKILL midway leaves no partial output, and a rerun completes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.gen_briefs import write_briefs

import briefkit

COUNT = 60


def visible_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and not p.name.startswith(".") and p.parent != out}


def _journal_lines(out: Path) -> int:
    journal = out / ".briefkit-cache.jsonl"
    return journal.read_text(encoding="utf-8").count("\n") if journal.exists() else 0


def test_killed_build_leaves_no_partial_file_and_rerun_completes(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "out"
    write_briefs(COUNT, content)
    command = [sys.executable, "-m", "briefkit", "build", str(content), "--out", str(out),
               "--jobs", "2", "-p", "note", "-f", "md", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(Path(briefkit.__file__).parents[1])}
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while _journal_lines(out) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "the build finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the parent and its workers
    proc.wait()

    after_kill = visible_files(out)
    assert 0 < len(after_kill) < COUNT
    assert all(name.endswith("/briefing-note.md") for name in after_kill)
    assert not (out / "build-report.json").exists()

    rerun = subprocess.run(command[:-1], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["summary"]["built"] + report["summary"]["skipped"] == COUNT
    assert report["summary"]["skipped"] >= 1  # what the killed build finished is not redone
    final = visible_files(out)
    assert len(final) == COUNT
    for name, data in after_kill.items():  # whatever survived the kill was complete
        assert final[name] == data, name
    assert not list(out.rglob("*.tmp"))
    assert not (out / ".briefkit-cache.jsonl").exists()
