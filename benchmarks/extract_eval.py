"""Evaluate ``briefkit extract`` on the test articles in benchmarks/articles/.

Each article ``NAME.txt|.md|.html|.docx`` has ``NAME.expected.yaml``: the facts
a careful reader would take from it.  Each folder is scored apart:

- ``articles/``: the set the extractor was developed on;
- ``articles/heldout/``: written after that; first scored blind (figures recall
  0.72, events recall 0.43, places recall 0.40, organisations 0.71/0.50), then
  used to fix what it showed, so no longer blind;
- ``articles/fresh/``: written last and never used to change the extractor.  The script prints precision and recall
per field (micro-averaged over all articles), boilerplate leaks, articles per
second over the set, and the in-process extraction time of the sample article.

    python benchmarks/extract_eval.py [--rounds 20] [-v]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.content.model import Brief  # noqa: E402
from briefkit.extract import extract_article as _extract  # noqa: E402
from briefkit.extract.dates import find_dates  # noqa: E402
from briefkit.extract.dump import dump_brief  # noqa: E402

ARTICLES = ROOT / "benchmarks" / "articles"
SAMPLE = ROOT / "content" / "articles" / "ai-cooperation-2024.txt"
SUFFIXES = (".txt", ".md", ".html", ".docx")


@dataclass
class Score:
    """Matches, extracted and expected counts of one field."""

    hits_p: int = 0
    extracted: int = 0
    hits_r: int = 0
    expected: int = 0

    def add(self, hits_p: int, extracted: int, hits_r: int, expected: int) -> None:
        """Add one article's counts."""
        self.hits_p += hits_p
        self.extracted += extracted
        self.hits_r += hits_r
        self.expected += expected

    def row(self, name: str) -> str:
        """One table row."""
        p = self.hits_p / self.extracted if self.extracted else 1.0
        r = self.hits_r / self.expected if self.expected else 1.0
        return f"{name:<14} {p:>9.2f} {r:>7.2f} {self.extracted:>10} {self.expected:>9}"


def _norm(text: Any) -> str:
    return " ".join(str(text).lower().replace("’", "'").strip(" ,.;:\"'“”«»").split())


def _unit_match(expected: str | None, found: str | None) -> bool:
    if not expected:
        return True
    if not found:
        return False
    e, f = _norm(expected), _norm(found)
    return e in f or f in e or e.split()[-1][:5] == f.split()[-1][:5]


def _value_match(expected: float, found: float) -> bool:
    return abs(expected - found) <= max(0.05, abs(expected) * 0.0005)


def _match(expected: list[Any], found: list[Any], same: Callable[[Any, Any], bool]) -> tuple[int, int]:
    """Greedy one-to-one matching; returns (found items matched, expected items matched)."""
    free = list(range(len(found)))
    hits = 0
    for item in expected:
        j = next((j for j in free if same(item, found[j])), None)
        if j is not None:
            free.remove(j)
            hits += 1
    return hits, hits


def _scalar(score: Score, expected: Any, found: Any) -> None:
    ok = expected is not None and found is not None and _norm(expected) == _norm(found)
    score.add(int(ok), int(found is not None), int(ok), int(expected is not None))


def _list(score: Score, expected: list[Any], found: list[Any], same: Callable[[Any, Any], bool]) -> None:
    hits_p, hits_r = _match(expected, found, same)
    score.add(hits_p, len(found), hits_r, len(expected))


def _evaluate(brief: Brief, want: dict[str, Any], scores: dict[str, Score], verbose: bool) -> int:
    """Score one article; return its boilerplate leaks."""
    meta = brief.meta
    for key, value in (("title", meta.title), ("date", meta.date), ("source", meta.source),
                       ("language", meta.language)):
        if key in want or key in {"title", "date"}:
            _scalar(scores[key], want.get(key), value if key != "date" or value is None else value.isoformat())
    for key, got in (("authors", meta.authors), ("editors", meta.editors),
                     ("sections", [s.heading for s in brief.sections]),
                     ("places", [p.name for p in brief.places]),
                     ("organisations", [o.name for o in brief.organisations]),
                     ("quotes", [q.text for q in brief.quotes]), ("events", [e.date for e in brief.timeline])):
        expected = want.get(key, [])
        found = sorted(set(got)) if key == "events" else got
        _list(scores[key], [str(x) for x in dict.fromkeys(expected)] if key == "events" else expected, found,
              lambda a, b: _norm(a) == _norm(b))
    figures = [(f.value, f.unit) for f in brief.figures]
    expected_figures = [(float(f["value"]), f.get("unit")) for f in want.get("figures", [])]
    _list(scores["figures"], expected_figures, figures,
          lambda e, f: _value_match(e[0], f[0]) and _unit_match(e[1], f[1]))
    _list(scores["figure values"], [v for v, _ in expected_figures], [v for v, _ in figures], _value_match)
    if "attributions" in want:
        said = [q.attribution for q in brief.quotes if q.attribution]
        _list(scores["attributions"], want["attributions"], said, lambda a, b: _norm(a) in _norm(b))
    text = dump_brief(brief, Path("article"))
    leaks = [s for s in want.get("absent", []) if s in text]
    if verbose:
        missing = [f for f in expected_figures if not any(_value_match(f[0], g[0]) and _unit_match(f[1], g[1])
                                                          for g in figures)]
        print(f"    figures missed: {missing}; leaks: {leaks}")
    return len(leaks)


def extract_article(path: Path) -> tuple[Brief, list[str]]:
    """Extract with a cold date cache, so repeated runs measure real work."""
    find_dates.cache_clear()
    return _extract(path)


def _timed(path: Path, rounds: int) -> tuple[float, float]:
    first = time.perf_counter()
    extract_article(path)
    cold = time.perf_counter() - first
    runs = []
    for _ in range(rounds):
        start = time.perf_counter()
        extract_article(path)
        runs.append(time.perf_counter() - start)
    return cold, statistics.median(runs)


def _score_set(name: str, articles: list[Path], verbose: bool) -> None:
    fields = ["title", "date", "source", "language", "authors", "editors", "sections", "figures", "figure values",
              "events", "quotes", "attributions", "places", "organisations"]
    scores = {field: Score() for field in fields}
    leaks = 0
    for path in articles:
        want = YAML(typ="safe", pure=True).load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        brief, warnings = extract_article(path)
        if verbose:
            print(f"  {path.name}: {len(brief.figures)} figures, {len(brief.timeline)} events; warnings {warnings}")
        leaks += _evaluate(brief, want, scores, verbose)
    print(f"\n{name}: {len(articles)} articles")
    print(f"{'field':<14} {'precision':>9} {'recall':>7} {'extracted':>10} {'expected':>9}")
    for field in fields:
        print(scores[field].row(field))
    print(f"boilerplate leaks (expected-absent strings found in the YAML): {leaks}")


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)


def main() -> None:
    """Run the evaluation and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if SAMPLE.exists():
        cold, warm = _timed(SAMPLE, args.rounds)
        print(f"sample article, in-process extraction: first call {cold * 1000:.1f} ms (imports and data loading), "
              f"then median {warm * 1000:.1f} ms over {args.rounds} runs")
    articles: list[Path] = []
    for name, folder in (("development set", ARTICLES), ("held-out set, since used", ARTICLES / "heldout"),
                         ("fresh set, never used for tuning", ARTICLES / "fresh")):
        found = _articles(folder)
        _score_set(f"{name} ({folder.relative_to(ROOT)})", found, args.verbose)
        articles += found
    start = time.perf_counter()
    for _ in range(args.rounds):
        for path in articles:
            extract_article(path)
    elapsed = time.perf_counter() - start
    print(f"\nthroughput: {len(articles) * args.rounds / elapsed:.1f} articles/s "
          f"({len(articles)} articles x {args.rounds} rounds in {elapsed:.2f} s, one process)")


if __name__ == "__main__":
    main()
