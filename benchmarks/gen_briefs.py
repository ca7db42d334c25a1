"""Generate N briefs as variations of the sample, for batch benchmarks.

Each variation changes the title, the date, the URL and the figures' values,
so no two items render alike, while keeping the sample's size and structure.
Usage: ``python benchmarks/gen_briefs.py N OUT_DIR``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"

_TITLE = re.compile(r"^(  title: )(.*)$", re.MULTILINE)
_DATE = re.compile(r"^  date: \d{4}-\d{2}-\d{2}$", re.MULTILINE)
_VALUE = re.compile(r"^(    value: )([\d.]+)$", re.MULTILINE)
_DISPLAY = re.compile(r"^    display: .*\n", re.MULTILINE)


def variation(text: str, index: int) -> str:
    """Variation ``index`` of the sample's YAML text (plain text edits keep this fast)."""
    rng = random.Random(index)  # seeded: the same N always gives the same briefs
    date = dt.date(2024, 1, 1) + dt.timedelta(days=index % 365)
    text = _TITLE.sub(lambda m: f"{m.group(1)}{m.group(2)} (brief {index:04d})", text, count=1)
    text = _DATE.sub(f"  date: {date.isoformat()}\n  url: https://example.org/briefs/{index:04d}", text, count=1)
    text = _DISPLAY.sub("", text)
    return _VALUE.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * rng.uniform(0.8, 1.2):.1f}", text)


def write_briefs(count: int, out_dir: Path) -> list[Path]:
    """Write ``count`` variations of the sample into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for index in range(count):
        path = out_dir / f"brief-{index:04d}.yaml"
        path.write_text(variation(text, index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command line: N and the output folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    paths = write_briefs(args.count, args.out_dir)
    print(f"wrote {len(paths)} briefs to {args.out_dir}")


if __name__ == "__main__":
    main()
