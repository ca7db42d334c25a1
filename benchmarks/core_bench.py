"""Wall time of `briefkit build` on the sample and of `briefkit --help`, and what its floor is made of.

A cold build is timed twice: as a first-ever run (the user cache folder
empty: templates compiled, fonts subset) and as a new process with a warm
cache.  Every run uses a cache folder of its own (``BRIEFKIT_CACHE_DIR``), so
the user's cache is never read or written.  The floor is the interpreter's
start and the import of the libraries a build of all products needs; the
*unavoidable* floor is the import of those a build of the sample cannot do
without, in a process that treats its collector as ``briefkit`` does.

briefkit's own modules are compiled to bytecode first, as installing the
package does: with ``PYTHONDONTWRITEBYTECODE`` set (as in many containers) a
source tree without ``__pycache__`` would otherwise be compiled again on every
run, some 0.2-0.4 s that no installed copy pays.  Times are wall clock, with
the CPU time the process used beside them (steadier on a shared machine).

Prints figures; asserts nothing.  Run from the repository root:

    python benchmarks/core_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import compileall
import gc
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
LIBRARIES = ("click", "pydantic", "yaml", "jinja2", "markdown_it", "mdit_py_plugins", "babel.dates", "babel.numbers",
             "reportlab.platypus", "reportlab.graphics.shapes", "docx", "pptx", "lxml.etree", "xlsxwriter", "PIL.Image",
             "fontTools.ttLib")
"""Third-party libraries a build of all products imports (the floor of a cold build)."""
UNAVOIDABLE = ("click", "pydantic", "yaml", "jinja2", "markdown_it", "mdit_py_plugins", "babel.dates",
               "babel.numbers", "reportlab.platypus", "reportlab.graphics.shapes", "docx", "pptx", "xlsxwriter")
"""Of :data:`LIBRARIES`, those the sample's build must import: the rest (fontTools, PIL through reportlab
only, lxml through docx) come along or are only needed on a cache miss.  xlsxwriter writes the workbook
behind the deck's native chart; reportlab.graphics draws the PDF charts."""
AS_BRIEFKIT = "import gc; gc.set_threshold({thresholds}); {imports}; gc.freeze()"
"""A process that imports like ``briefkit`` does: its collector thresholds, no collection at exit."""


class Run(NamedTuple):
    """One timed command: wall-clock seconds and the CPU seconds (user + system) it used."""

    wall: float
    cpu: float


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """How long one command takes; it must succeed."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status:
        raise SystemExit(f"{' '.join(cmd)} failed: {child.stderr.read().decode() if child.stderr else status}")
    return Run(wall, usage.ru_utime + usage.ru_stime)


def ms(runs: list[Run]) -> str:
    """Median and minimum wall time of ``runs`` in milliseconds, and their median CPU time."""
    walls = [run.wall for run in runs]
    return (f"median {statistics.median(walls) * 1000:7.0f} ms  (min {min(walls) * 1000:.0f} ms; "
            f"CPU median {statistics.median(run.cpu for run in runs) * 1000:.0f} ms)")


def cold_builds(exe: list[str], repeat: int) -> dict[str, list[Run]]:
    """Cold builds into a fresh output folder: first-ever (empty cache), warm cache, and a no-op rebuild."""
    runs: dict[str, list[Run]] = {"first": [], "warm": [], "noop": []}
    with tempfile.TemporaryDirectory() as scratch:
        cache = Path(scratch, "cache")
        env = {**os.environ, "BRIEFKIT_CACHE_DIR": str(cache)}
        for i in range(repeat):
            shutil.rmtree(cache, ignore_errors=True)  # first-ever run: nothing compiled or subset yet
            out = Path(scratch, f"first{i}")
            runs["first"].append(timed([*exe, "build", str(SAMPLE), "--out", str(out)], ROOT, env))
        for i in range(repeat):  # the cache is warm from the runs above; the output folder is new
            out = Path(scratch, f"warm{i}")
            runs["warm"].append(timed([*exe, "build", str(SAMPLE), "--out", str(out)], ROOT, env))
            runs["noop"].append(timed([*exe, "build", str(SAMPLE), "--out", str(out)], ROOT, env))
    return runs


def floor(repeat: int) -> dict[str, list[Run]]:
    """The interpreter's start; plus importing :data:`LIBRARIES`; plus :data:`UNAVOIDABLE` as briefkit would."""
    start = [timed([sys.executable, "-c", "pass"], ROOT) for _ in range(repeat)]
    code = "import " + ", ".join(LIBRARIES)
    libraries = [timed([sys.executable, "-c", code], ROOT) for _ in range(repeat)]
    sys.path.insert(0, str(ROOT / "src"))
    from briefkit.cli import GC_THRESHOLDS

    code = AS_BRIEFKIT.format(thresholds=", ".join(map(str, GC_THRESHOLDS)), imports="import " + ", ".join(UNAVOIDABLE))
    unavoidable = [timed([sys.executable, "-c", code], ROOT) for _ in range(repeat)]
    return {"start": start, "libraries": libraries, "unavoidable": unavoidable}


def phases_child(out: Path) -> None:
    """In this fresh process: build the sample step by step, printing ``seconds<TAB>phase`` per step."""
    sys.path.insert(0, str(ROOT / "src"))
    marks = [("", time.perf_counter())]

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    import briefkit.cli
    briefkit.cli.tune_process()  # as the command does: its collector settings, no pydantic plugin scan
    from briefkit.batch.build import BuildSettings, RenderSpec, make_plan
    from briefkit.batch.items import assign_slugs, expand_paths
    mark("import the CLI and the build modules")
    make_plan(assign_slugs(expand_paths([SAMPLE])), BuildSettings(out, RenderSpec(("note", "slides", "summary"))))
    mark("plan: theme loaded (pydantic's first model), engine/templates/theme hashed")
    from briefkit import render
    from briefkit.content import load_brief
    from briefkit.writers import RenderOptions, get_writer
    brief = load_brief(SAMPLE)
    theme = render.cached_theme(render.default_theme_path().resolve())
    mark("load and validate the content (imports the Brief model)")
    for product in ("note", "slides", "summary"):
        pack = render.find_pack(product, None)
        doc = render.document_for(brief, pack, SAMPLE.name, None)
        options = RenderOptions(product=pack.spec.product, labels=render.labels_of(brief, None))
        mark(f"{product}: labels, template, parse" + (" (first: imports Jinja, markdown-it, babel)" if
                                                      product == "note" else ""))
        doc, _ = render.within_budget(doc, theme, options)
        mark(f"{product}: page budget" + (" (imports reportlab and the PDF writer, lays out)" if
                                          product == "note" else ""))
        for fmt in pack.spec.default_formats or pack.spec.formats:
            writer = get_writer(pack.spec.formats[fmt])
            mark(f"{product}.{fmt}: import the writer")
            writer.render(doc, theme, options)
            mark(f"{product}.{fmt}: render")
    for (_, before), (name, after) in itertools.pairwise(marks):
        print(f"{after - before:.6f}\t{name}")
    gc.freeze()  # and leave as the command does: without the interpreter's last collection


def phases(repeat: int) -> dict[str, float]:
    """Median seconds of each step of a cold build, in fresh processes with a warm cache."""
    runs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "BRIEFKIT_CACHE_DIR": str(Path(scratch, "cache"))}
        for i in range(repeat + 1):  # the first run fills the cache
            start = time.perf_counter()
            done = subprocess.run([sys.executable, __file__, "--phases-child", str(Path(scratch, f"out{i}"))],
                                  cwd=ROOT, env=env, check=True, capture_output=True, text=True)
            whole = time.perf_counter() - start
            steps = [line.split("\t") for line in done.stdout.splitlines()]
            for seconds, name in steps if i else []:
                runs.setdefault(name, []).append(float(seconds))
            if i:
                runs.setdefault(REST, []).append(whole - sum(float(seconds) for seconds, _ in steps))
    return {name: statistics.median(values) for name, values in runs.items()}


REST = "the rest: the interpreter's start and exit, and this script's own imports"


def in_process(repeat: int) -> dict[str, float]:
    """Median seconds per product rendered in-process, after one warm-up."""
    sys.path.insert(0, str(ROOT / "src"))
    os.environ["BRIEFKIT_CACHE_DIR"] = ""  # warm in memory after the warm-up; the user's cache is left alone
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
    parser.add_argument("--phases-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phases_child:
        phases_child(args.phases_child)
        return
    compileall.compile_dir(ROOT / "src" / "briefkit", quiet=1)  # what an install does; see the module's doc
    exe = [sys.executable, "-m", "briefkit"]
    help_runs = [timed([*exe, "--help"], ROOT) for _ in range(args.repeat)]
    print(f"briefkit --help                                    {ms(help_runs)}")
    runs = cold_builds(exe, args.repeat)
    print(f"briefkit build (sample, all), first run, no cache  {ms(runs['first'])}")
    print(f"briefkit build (sample, all), warm disk cache      {ms(runs['warm'])}")
    print(f"briefkit build again (no-op)                       {ms(runs['noop'])}")
    base = floor(args.repeat)
    print(f"floor: python -c pass                              {ms(base['start'])}")
    print(f"floor: python -c 'import <{len(LIBRARIES)} libraries a build needs>' {ms(base['libraries'])}")
    print(f"floor: the {len(UNAVOIDABLE)} libraries the sample cannot do without, imported as briefkit does "
          f"{ms(base['unavoidable'])}")
    steps = phases(args.repeat)
    print(f"where a cold build's time goes (fresh process, warm cache), medians, "
          f"total {sum(steps.values()) * 1000:.0f} ms:")
    for name, seconds in steps.items():
        print(f"    {seconds * 1000:7.0f} ms  {name}")
    for product, seconds in in_process(args.repeat).items():
        print(f"in-process render, {product:<8} (warm process)   median {seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
