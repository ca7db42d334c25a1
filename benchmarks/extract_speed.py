"""Time in-process extraction per article, English and Chinese apart: the median the speed target is read on.

Issue 12's target is at most 50 ms per English article (``briefkit.extract.extract_article`` on a read
article).  Each article of the development set (the held-out and fresh sets stay out) is extracted once to
load the data and models, then ``--rounds`` times with the text caches emptied before each run (as
``extract_eval.py`` does), so a run measures the work and not what an earlier run kept; an article's time is
the median of its runs, and the script prints the median, the mean and the slowest of those per language.
The machine's other work shows in the figures: compare two trees by timing them alternately in one minute.

    python benchmarks/extract_speed.py [--rounds 3] [--only PREFIX] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.errors import BriefkitError  # noqa: E402
from briefkit.extract import extract_article  # noqa: E402
from briefkit.extract.dates import find_dates  # noqa: E402
from briefkit.extract.textcache import clear as clear_text_caches  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402


def chinese(path: Path) -> bool:
    """Whether the article is one of the corpus's Chinese pages (named ``zh-…`` or ``…-zh-…``)."""
    return path.name.startswith("zh-") or "-zh" in path.stem


def timed(path: Path) -> float:
    """Milliseconds one extraction of ``path`` takes with cold text caches."""
    find_dates.cache_clear()
    clear_text_caches()
    start = time.perf_counter()
    extract_article(path)
    return (time.perf_counter() - start) * 1000


def readable(path: Path) -> bool:
    """Whether extract reads the article (one it refuses is left out of the timing)."""
    try:
        extract_article(path)
    except BriefkitError:
        return False
    return True


def spread(articles: list[Path], limit: int) -> list[Path]:
    """At most ``limit`` of ``articles``, taken evenly across the sorted list (every batch of the corpus)."""
    if limit <= 0 or len(articles) <= limit:
        return articles
    step = len(articles) / limit
    return [articles[int(i * step)] for i in range(limit)]


def report(language: str, articles: list[Path], rounds: int) -> None:
    """Print the per-article median, mean and slowest milliseconds of ``articles``."""
    if not articles:
        return
    per_article = [statistics.median(timed(path) for _ in range(rounds)) for path in articles]
    print(f"{language}: {len(per_article)} articles x {rounds} rounds: median {statistics.median(per_article):.1f} ms "
          f"per article, mean {statistics.mean(per_article):.1f} ms, slowest {max(per_article):.1f} ms")


def main() -> None:
    """Time the development set's articles and print the figures per language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per article (its median counts)")
    parser.add_argument("--only", metavar="PREFIX", default="", help="only the articles whose name starts so")
    parser.add_argument("--limit", type=int, default=0, help="at most N articles per language, spread evenly")
    args = parser.parse_args()
    found = [p for p in articles_in(ARTICLES) if p.name.startswith(args.only) and readable(p)]
    for language, is_chinese in (("English", False), ("Chinese", True)):
        report(language, spread([p for p in found if chinese(p) == is_chinese], args.limit), max(args.rounds, 1))


if __name__ == "__main__":
    main()
