"""Batch build throughput, memory and incremental rebuilds, against Pandoc on the same cores.

For each N (default 10, 100 and 1,000 variations of the sample) this prints:
documents and output files per second for ``briefkit build`` at ``--jobs 1``
and ``--jobs 2`` (all products), the peak memory of the whole process tree
(parent and workers, sampled with psutil), the time of a no-op rebuild, and
the Word summaries alone (``--product summary --format docx``) against Pandoc
converting the same briefs' Markdown to DOCX one process per file, as many
processes at once as briefkit has workers.  With ``--corpus`` the items are
the real articles of ``benchmarks/articles`` (English and Chinese, each with
its own length and characters), cycled to N and built straight from the
article (extraction and every product), as a newsletter batch is.  Targets
are reported, never asserted.  With ``--executor dask`` each build also runs
on a Dask LocalCluster of as many workers (``briefkit build --executor dask``),
printed beside the local pool's with the overhead and the bytes that would
cross the network per item.  Run from the repository root:

    python benchmarks/batch_bench.py [--sizes 10 100 1000] [--jobs 1 2] [--executor dask] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from corpus import articles_in
from gen_briefs import write_briefs

ROOT = Path(__file__).resolve().parents[1]
BRIEFKIT = [sys.executable, "-m", "briefkit"]


@dataclass
class Run:
    """One measured command."""

    seconds: float
    peak_mb: float
    report: dict  # type: ignore[type-arg]

    def per_second(self, key: str) -> float:
        """Items (``items``) or files (``files``) per second."""
        return self.report["summary"][key] / self.seconds if self.seconds else 0.0


def _tree_rss(proc: object) -> int:
    import psutil

    assert isinstance(proc, psutil.Process)
    total = 0
    for member in [proc, *proc.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue  # a worker that just exited
    return total


def measured(cmd: list[str], cwd: Path, report: Path) -> Run:
    """Run ``cmd``, sampling the RSS of its process tree every 20 ms; it must succeed."""
    import psutil

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched, peak = psutil.Process(proc.pid), 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, _tree_rss(watched))
            except psutil.Error:
                return
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return Run(seconds, peak / 2**20, json.loads(report.read_text(encoding="utf-8")))


def build(work: Path, out: str, *args: str) -> Run:
    """``briefkit build content --out OUT ARGS`` in ``work``."""
    cmd = [*BRIEFKIT, "build", "content", "--out", out, "--quiet", *args]
    return measured(cmd, work, work / out / "build-report.json")


def pandoc_loop(pandoc: str, markdown: list[Path], out: Path, jobs: int) -> float:
    """Seconds for Pandoc to convert each Markdown file to DOCX, one process per file, ``jobs`` at once.

    Pandoc converts one file per process; running as many processes at once
    as briefkit has workers compares the two on the same number of cores.
    """
    out.mkdir(parents=True, exist_ok=True)

    def convert(task: tuple[int, Path]) -> None:
        index, source = task
        subprocess.run([pandoc, "-f", "gfm", "-t", "docx", "-o", str(out / f"{index}.docx"), str(source)],
                       check=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(convert, enumerate(markdown)))
    return time.perf_counter() - start


def _line(count: int, label: str, run: Run) -> str:
    return (f"N={count:5d} {label}: {run.seconds:7.1f} s  {run.per_second('items'):6.1f} docs/s"
            f"  {run.per_second('files'):6.1f} files/s  ({run.report['summary']['files']} files)"
            f"  peak RSS {run.peak_mb:6.0f} MB")


def network_bytes(work: Path, run: Run) -> tuple[float, float]:
    """Mean KB per item sent to a worker (the content file) and returned (the rendered outputs)."""
    items = run.report["items"]
    sent = sum((work / item["source"]).stat().st_size for item in items) / len(items)
    back = sum(o["bytes"] for item in items for o in item["outputs"]) / len(items)
    return sent / 1024, back / 1024


def bench_dask(count: int, j: int, work: Path, local: Run, figures: dict[str, float]) -> None:
    """The same build on a Dask LocalCluster of ``j`` workers, printed beside the local pool's."""
    run = build(work, f"out-dask-j{j}", "--jobs", str(j), "--force", "--executor", "dask")
    figures[f"dask_files_j{j}"] = run.per_second("files")
    figures[f"dask_overhead_j{j}"] = 100 * (run.seconds / local.seconds - 1)
    print(_line(count, f"all products dask  --jobs {j}", run), flush=True)
    sent, back = network_bytes(work, run)
    print(f"N={count:5d} dask vs local --jobs {j}: {run.seconds:.1f} s vs {local.seconds:.1f} s, overhead "
          f"{figures[f'dask_overhead_j{j}']:+.1f} % (target <= 15 %); per item {sent:.1f} KB sent, "
          f"{back:.1f} KB returned", flush=True)


def write_articles(count: int, out_dir: Path) -> None:
    """``count`` articles of the corpus (benchmarks/articles, not its fresh or held-out sets), cycled."""
    sources = articles_in()
    out_dir.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        source = sources[index % len(sources)]
        shutil.copyfile(source, out_dir / f"{index:05d}-{source.name}")


def bench_size(count: int, jobs: list[int], base: Path, pandoc: str | None, extras: bool,
               executor: str = "local", corpus: bool = False) -> dict[str, float]:
    """Every figure for one N; prints as it goes."""
    work = base / f"n{count}{'-corpus' if corpus else ''}"
    if corpus:
        write_articles(count, work / "content")
    else:
        write_briefs(count, work / "content")
    print(f"N={count:5d} load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    figures: dict[str, float] = {}
    for j in jobs:
        run = build(work, f"out-j{j}", "--jobs", str(j), "--force")
        figures[f"docs_j{j}"], figures[f"files_j{j}"] = run.per_second("items"), run.per_second("files")
        figures[f"peak_j{j}"] = run.peak_mb
        print(_line(count, f"all products local --jobs {j}", run), flush=True)
        if executor == "dask":
            bench_dask(count, j, work, run, figures)
    print(f"N={count:5d} load average after builds: {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    if not extras:
        return figures
    noop = build(work, f"out-j{jobs[-1]}", "--jobs", str(jobs[-1]))
    assert noop.report["summary"]["skipped"] == count, noop.report["summary"]
    figures["noop"] = noop.seconds
    print(f"N={count:5d} no-op rebuild:            {noop.seconds:7.2f} s  (all {count} skipped)", flush=True)
    summary = build(work, "out-summary", "--jobs", str(jobs[-1]), "--force", "-p", "summary", "-f", "docx")
    figures["summary"] = summary.seconds
    line = f"N={count:5d} summary DOCX --jobs {jobs[-1]}:    {summary.seconds:7.1f} s"
    if pandoc:
        build(work, "out-md", "--jobs", str(jobs[-1]), "-p", "note", "-f", "md")
        markdown = sorted((work / "out-md").glob("*/briefing-note.md"))
        figures["pandoc"] = pandoc_loop(pandoc, markdown, work / "out-pandoc", jobs[-1])
        line += (f"   Pandoc, {jobs[-1]} processes at once: {figures['pandoc']:7.1f} s   Pandoc / briefkit = "
                 f"{figures['pandoc'] / summary.seconds:4.2f}")
    else:
        line += "   Pandoc NOT INSTALLED: no comparison (apt-get install pandoc)"
    print(line, flush=True)
    return figures


def main() -> None:
    """Run the benchmark and print the figures against the targets."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--executor", choices=["local", "dask"], default="local",
                        help="dask: also build each N on a Dask LocalCluster and report it beside the local pool.")
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it (default: a temporary one).")
    parser.add_argument("--corpus", action="store_true",
                        help="Build the real articles of benchmarks/articles (cycled to N), not sample variations.")
    parser.add_argument("--builds-only", action="store_true",
                        help="Measure the all-products builds only (no no-op rebuild, summaries or Pandoc).")
    args = parser.parse_args()
    try:
        import psutil  # noqa: F401
    except ImportError:
        raise SystemExit("psutil is needed to measure the process tree's memory: pip install psutil") from None
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("WARNING: pandoc is not installed (Debian: apt-get install pandoc); the comparison is skipped.")
    else:
        version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        print(f"comparing against {version}")
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    base = args.keep or Path(tempfile.mkdtemp(prefix="briefkit-bench-"))
    results = {n: bench_size(n, args.jobs, base, pandoc, not args.builds_only, args.executor, args.corpus)
               for n in args.sizes}
    print(f"load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not args.builds_only:
        targets(results, args.jobs[-1])
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)


def targets(results: dict[int, dict[str, float]], jobs: int) -> None:
    """Print each target with the measured figure."""
    largest = max(results)
    figures = results[largest]
    print(f"\ntargets (N={largest}, --jobs {jobs}):")
    print(f"  all products >= 60 files/s:           {figures[f'files_j{jobs}']:6.1f} files/s")
    if "pandoc" in figures:
        print(f"  summary DOCX faster than Pandoc ({jobs} at once): {figures['summary']:6.1f} s vs "
              f"{figures['pandoc']:.1f} s")
    print(f"  no-op rebuild < 2 s:                  {figures['noop']:6.2f} s")
    peaks = {n: f[f"peak_j{jobs}"] for n, f in results.items()}
    print("  peak RSS (MB) by N:                   " + ", ".join(f"{n}: {p:.0f}" for n, p in peaks.items()))
    if 100 in peaks and largest > 100:
        print(f"  peak RSS change 100 -> {largest}:          {100 * (peaks[largest] / peaks[100] - 1):+.0f} % "
              "(target within 20 %, under 300 MB)")


if __name__ == "__main__":
    main()
