"""Wall time of `briefkit build` on the sample and of `briefkit --help`.

Prints figures; asserts nothing.  Run from the repository root:

    python benchmarks/core_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"


def timed(cmd: list[str], cwd: Path) -> float:
    """Seconds one command takes; it must succeed."""
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def in_process(repeat: int) -> dict[str, float]:
    """Median seconds per product rendered in-process, after one warm-up."""
    sys.path.insert(0, str(ROOT / "src"))
    from briefkit.content import load_brief
    from briefkit.render import RenderRequest, render_brief

    brief = load_brief(SAMPLE)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for product in ("note", "slides", "summary"):
            request = RenderRequest(SAMPLE, Path(tmp), (product,))
            render_brief(brief, request, SAMPLE.name)  # warm-up: imports, fonts, templates
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                render_brief(brief, request, SAMPLE.name)
                runs.append(time.perf_counter() - start)
            figures[product] = statistics.median(runs)
    return figures


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = [sys.executable, "-m", "briefkit"]
    help_runs = [timed([*exe, "--help"], ROOT) for _ in range(args.repeat)]
    print(f"briefkit --help                       median {statistics.median(help_runs) * 1000:7.0f} ms")
    build_runs, noop_runs = [], []
    for _ in range(args.repeat):
        # A fresh output folder each time: a second build into the same folder is an incremental no-op.
        with tempfile.TemporaryDirectory() as tmp:
            build_runs.append(timed([*exe, "build", str(SAMPLE), "--out", tmp], ROOT))
            noop_runs.append(timed([*exe, "build", str(SAMPLE), "--out", tmp], ROOT))
    print(f"briefkit build (sample, all products) median {statistics.median(build_runs) * 1000:7.0f} ms"
          f"  (min {min(build_runs) * 1000:.0f} ms)")
    print(f"briefkit build again (no-op)          median {statistics.median(noop_runs) * 1000:7.0f} ms")
    for product, seconds in in_process(args.repeat).items():
        print(f"in-process render, {product:<8}            median {seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
