"""Deck build time: the sample deck and a generated 100-slide deck.

Each is timed in-process (the pipeline from a loaded Brief to the deck's
bytes, after a warm-up) and as a whole ``python -m briefkit render`` process
(interpreter start, imports, font registration included).  Prints figures;
asserts nothing.  Run from the repository root:

    python benchmarks/slides_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
sys.path.insert(0, str(ROOT / "src"))


def _with_sections(target: Path, count: int) -> Path:
    """Write the sample with ``count`` sections (cycling through its own) to ``target``."""
    yaml = YAML()
    data = yaml.load(SAMPLE.read_text(encoding="utf-8"))
    template = data["sections"]
    data["sections"] = [
        {"heading": f"{template[k % len(template)]['heading']} ({k + 1})",
         "paragraphs": list(template[k % len(template)]["paragraphs"]),
         "bullets": list(template[k % len(template)]["bullets"])}
        for k in range(count)
    ]
    with target.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    return target


def big_brief(target: Path, slides: int = 100) -> Path:
    """The sample with as many generated sections as make a deck of ``slides`` slides.

    The deck's length also depends on the overflow policy (the section
    divider lists every section and continues), so the count is corrected
    by rendering until it matches.
    """
    sections = slides - 12  # the sample deck has 16 slides, four of them sections
    for _ in range(5):
        count = in_process(_with_sections(target, sections), 0)[1]
        if count == slides:
            break
        sections -= count - slides
    return target


def in_process(content: Path, repeat: int, handouts: tuple[str, ...] = ()) -> tuple[float, int]:
    """Median seconds to render the slides product of ``content`` in memory, and its slide count."""
    from briefkit.content import load_brief
    from briefkit.render import RenderRequest, render_brief

    brief = load_brief(content)
    with tempfile.TemporaryDirectory() as tmp:
        request = RenderRequest(content, Path(tmp), ("slides",), handouts=handouts)
        result = render_brief(brief, request, content.name)  # warm-up: imports, fonts, templates
        runs = [0.0]
        for _ in range(repeat):
            start = time.perf_counter()
            render_brief(brief, request, content.name)
            runs.append(time.perf_counter() - start)
    runs = runs[1:] or runs
    report = next(data for path, data in result.files.items() if path.name == "slides-report.json")
    return statistics.median(runs), len(json.loads(report)["slides"])


def whole_process(content: Path, repeat: int) -> float:
    """Median seconds of ``python -m briefkit render CONTENT -p slides``."""
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "briefkit", "render", str(content), "-p", "slides", "-o", tmp],
                           cwd=ROOT, check=True, capture_output=True,
                           env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
            runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = big_brief(Path(tmp) / "big-deck.yaml")
        for name, content in (("sample", SAMPLE), ("generated", big)):
            seconds, count = in_process(content, args.repeat)
            print(f"{name:9} deck, {count:3d} slides, in-process        median {seconds * 1000:7.0f} ms")
            seconds, _ = in_process(content, max(1, args.repeat // 2), ("1", "2", "3", "4", "6", "notes"))
            print(f"{name:9} deck, {count:3d} slides, + all handouts   median {seconds * 1000:7.0f} ms")
            seconds = whole_process(content, args.repeat)
            print(f"{name:9} deck, {count:3d} slides, whole process    median {seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
