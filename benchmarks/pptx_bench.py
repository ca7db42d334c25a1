"""PowerPoint deck build time: the sample deck as .pptx, in-process after a warm-up.

Times the pptx writer alone (document tree → .pptx bytes: the plan and the
drawing), its drawing and saving alone (the plan made beforehand, as when a
render writes the PDF deck first), the same on a reference deck, and the
whole slides product (PDF deck + PowerPoint deck, from a loaded Brief).
On a shared machine the wall median follows the host; the CPU minimum is
the work itself.  Prints figures; asserts
nothing.  Run from the repository root:

    python benchmarks/pptx_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import copy
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
sys.path.insert(0, str(ROOT / "src"))


def runs_ms(work: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Milliseconds of each of ``repeat`` calls of ``work`` after one warm-up call, read on ``clock``.

    ``time.process_time`` gives this process's CPU time: on a shared machine the wall median follows the
    host, the CPU minimum is the work itself.
    """
    work()
    runs = []
    for _ in range(repeat):
        start = clock()
        work()
        runs.append((clock() - start) * 1000)
    return runs


def median_ms(work: Callable[[], object], repeat: int) -> float:
    """Median wall milliseconds of ``work`` after one warm-up call."""
    return statistics.median(runs_ms(work, repeat))


def main() -> None:
    """Print the figures."""
    from pptx import Presentation

    from briefkit.content import load_brief
    from briefkit.packs import find_pack
    from briefkit.render import RenderRequest, cached_theme, default_theme_path, document_for, render_brief
    from briefkit.writers import RenderOptions, get_writer

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    brief = load_brief(SAMPLE)
    doc = document_for(brief, find_pack("slides", None), SAMPLE.name, None)
    theme = cached_theme(default_theme_path().resolve())
    writer = get_writer("pptx")
    options = RenderOptions(product="slides")
    data = writer.render(doc, theme, options).data
    count = len(Presentation(io.BytesIO(data)).slides)
    from briefkit.writers.slides import plan

    ms = median_ms(lambda: plan(copy.copy(doc), theme), args.repeat)
    print(f"sample deck, {count} slides, the slide plan alone          median {ms:6.1f} ms  (shared with the PDF)")
    # A copy of the tree each time: the slides writer keeps the last plan for the same tree (the PDF and
    # the PowerPoint deck of one render share it), and this figure must include the planning.
    ms = median_ms(lambda: writer.render(copy.copy(doc), theme, options), args.repeat)
    print(f"sample deck, {count} slides, pptx writer in-process      median {ms:6.1f} ms  (target <= 60 ms)")
    cpu = runs_ms(lambda: writer.render(copy.copy(doc), theme, options), args.repeat, time.process_time)
    print(f"sample deck, {count} slides, pptx writer CPU time        median {statistics.median(cpu):6.1f} ms  "
          f"(min {min(cpu):.1f} ms)")
    # The same tree each time: its plan is made once, as when a render writes the PDF deck first.
    cpu = runs_ms(lambda: writer.render(doc, theme, options), args.repeat, time.process_time)
    print(f"sample deck, {count} slides, pptx drawing + saving CPU   median {statistics.median(cpu):6.1f} ms  "
          f"(min {min(cpu):.1f} ms; the plan made beforehand)")
    with tempfile.TemporaryDirectory() as tmp:
        reference = Path(tmp) / "reference.pptx"
        Presentation().save(str(reference))
        with_ref = RenderOptions(product="slides", extra={"reference_pptx": str(reference)})
        ms = median_ms(lambda: writer.render(copy.copy(doc), theme, with_ref), args.repeat)
        print(f"sample deck, {count} slides, pptx on a reference deck    median {ms:6.1f} ms")
        request = RenderRequest(SAMPLE, Path(tmp), ("slides",))
        ms = median_ms(lambda: render_brief(brief, request, SAMPLE.name), max(1, args.repeat // 4))
        print(f"sample deck, {count} slides, slides product (pdf + pptx) median {ms:6.1f} ms")


if __name__ == "__main__":
    main()
