"""Large fuzz run: render thousands of generated Briefs and count how many pass.

Uses the strategy and the check of ``tests/test_fuzz.py`` (every product in
every format, no exception, no word lost), but keeps going after a failure
and prints the count passed and failed, with the first problems of each
failing brief.  Usage::

    python benchmarks/fuzz_large.py [COUNT] [--seed N] [--failures FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from tests.test_fuzz import brief_data, check_brief  # noqa: E402

from briefkit.content import Brief  # noqa: E402


def run(count: int, random_seed: int, failures_file: Path | None) -> dict[str, int]:
    """Generate ``count`` briefs, check each, and return the tally."""
    tally = {"passed": 0, "failed": 0}
    failures: list[dict[str, Any]] = []
    started = time.perf_counter()

    @seed(random_seed)
    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(data=brief_data())
    def one(data: dict[str, Any]) -> None:
        try:
            brief = Brief.model_validate(data)
            with tempfile.TemporaryDirectory() as tmp:
                problems = check_brief(brief, Path(tmp)).problems
        except Exception as exc:  # a crash is a failure to count, not a reason to stop
            problems = ["exception: " + "".join(traceback.format_exception_only(exc)).strip()]
        done = tally["passed"] + tally["failed"] + 1
        if problems:
            tally["failed"] += 1
            failures.append({"problems": problems[:5], "brief": repr(data)})
            print(f"[{done}] FAILED {problems[0][:160]}", flush=True)
        else:
            tally["passed"] += 1
        if done % 100 == 0:
            rate = done / (time.perf_counter() - started)
            print(f"[{done}] passed {tally['passed']}, failed {tally['failed']} ({rate:.1f} briefs/s)", flush=True)

    one()
    if failures_file is not None:
        failures_file.write_text(json.dumps(failures, indent=1, ensure_ascii=False), encoding="utf-8")
    return tally


def main() -> None:
    """Parse the arguments, run, print the tally."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20241126)
    parser.add_argument("--failures", type=Path, default=None, help="write failing briefs here (JSON)")
    args = parser.parse_args()
    started = time.perf_counter()
    tally = run(args.count, args.seed, args.failures)
    total = tally["passed"] + tally["failed"]
    print(f"generated briefs: {total}, passed: {tally['passed']}, failed: {tally['failed']}, "
          f"wall time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
