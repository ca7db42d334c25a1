"""Progress output: a bar with counts and ETA on a terminal, plain lines otherwise.

``quiet`` prints failures only, ``verbose`` adds skipped items, output paths
and warnings, and ``json`` stays silent so the caller can print the report.
Lines go to stdout; failures and the bar go to stderr.
"""

from __future__ import annotations

import sys
import time
from typing import Literal, TextIO

from briefkit.batch.jobs import JobResult
from briefkit.errors import safe_text

Mode = Literal["auto", "quiet", "verbose", "json"]
BAR_WIDTH = 24


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes}:{secs:02d}"


class Progress:
    """Receives results as they finish and shows them."""

    def __init__(self, mode: Mode = "auto", out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.mode = mode
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.tty = mode in ("auto", "verbose") and self.err.isatty()
        self.total = 0
        self.counts = {"built": 0, "skipped": 0, "failed": 0, "cancelled": 0}
        self.start = time.perf_counter()
        self._to_run = 0
        self._ran = 0

    def begin(self, total: int, to_run: int) -> None:
        """A build of ``total`` items, ``to_run`` of which need building, starts."""
        self.total, self._to_run = total, to_run
        self.start = time.perf_counter()
        self._bar()

    def __call__(self, result: JobResult) -> None:
        """Show one finished (or skipped) item."""
        self.counts[result.status] += 1
        if result.status != "skipped":
            self._ran += 1
        if result.status == "failed" and self.mode != "json":
            self._clear()
            print(safe_text(f"failed {result.slug}: {result.error}"), file=self.err)
        elif self._show_line(result):
            self._clear()
            print(safe_text(self._line(result)), file=self.out)
            if self.mode == "verbose":
                for output in result.outputs:
                    print(safe_text(f"  {output.path}"), file=self.out)
        if self.mode == "verbose" or (self.mode == "auto" and result.status == "built"):
            for warning in result.warnings:
                self._clear()
                print(safe_text(f"warning: {result.slug}: {warning}"), file=self.err)
        self._bar()

    def _show_line(self, result: JobResult) -> bool:
        if self.mode in ("quiet", "json") or result.status == "failed":
            return False
        return self.mode == "verbose" or (result.status == "built" and not self.tty)

    def _line(self, result: JobResult) -> str:
        done = sum(self.counts.values())
        files = len(result.outputs)
        why = f": {result.reason}" if self.mode == "verbose" and result.reason else ""
        return f"[{done}/{self.total}] {result.status} {result.slug} ({files} files, {result.seconds:.2f} s){why}"

    def _clear(self) -> None:
        if self.tty:
            self.err.write("\r\x1b[2K")

    def _bar(self) -> None:
        if not self.tty or not self.total:
            return
        done = sum(self.counts.values())
        filled = round(BAR_WIDTH * done / self.total)
        elapsed = time.perf_counter() - self.start
        left = self._to_run - self._ran
        eta = _clock(elapsed / self._ran * left) if self._ran and left else "--:--"
        c = self.counts
        self.err.write(f"\r\x1b[2K[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{self.total} "
                       f"built {c['built']} skipped {c['skipped']} failed {c['failed']} · ETA {eta}")
        self.err.flush()

    def end(self, summary: dict[str, int], cleaned: bool = False) -> None:
        """Print the closing line from the report's summary (it also counts items never started)."""
        self._clear()
        if self.mode == "json" or (self.mode == "quiet" and not summary["failed"]):
            return
        seconds = time.perf_counter() - self.start
        line = (f"{summary['items']} items: {summary['built']} built, {summary['skipped']} skipped, "
                f"{summary['failed']} failed" + (f", {summary['cancelled']} not built" if summary["cancelled"] else "")
                + f"; {summary['files']} files in {seconds:.1f} s")
        print(line, file=self.out)
        old = summary.get("old_outputs", 0)
        if old and self.mode != "quiet":
            print(f"{old} files of earlier builds removed" if cleaned else
                  f"{old} files of earlier builds are no longer produced (listed in the report; --clean removes them)",
                  file=self.out)
