"""CPU seconds one batch item costs, in one warm process: the figures docs/scaling.md plans with.

Two kinds of item, each rendered to every product and default format in
memory (nothing written), timed with ``time.process_time`` after one warm-up
item:

- content files: variations of the sample brief (``gen_briefs.py``);
- raw articles: every article of ``benchmarks/articles`` (English and
  Chinese, each with its own length and characters), extracted and then
  rendered, as ``briefkit build article.txt`` does.

Prints the median, mean and spread per kind, and where the time goes by
product for the content files.  Asserts nothing.  Run from the repository
root:

    python benchmarks/item_cost.py [--count N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

PRODUCTS = ("note", "slides", "summary")


def cpu(work: Callable[[], object]) -> float:
    """CPU seconds ``work`` takes in this process."""
    start = time.process_time()
    work()
    return time.process_time() - start


def spread(label: str, seconds: list[float]) -> None:
    """One line: median, mean, min and max in milliseconds."""
    ms = [s * 1000 for s in seconds]
    print(f"{label:<44} median {statistics.median(ms):6.0f} ms  mean {statistics.mean(ms):6.0f}  "
          f"min {min(ms):5.0f}  max {max(ms):6.0f}  ({len(ms)} items)")


def content_files(count: int, out: Path) -> None:
    """Sample variations: the whole item, then each product alone."""
    from briefkit.content import load_brief
    from briefkit.render import RenderRequest, render_brief
    from gen_briefs import write_briefs

    paths = write_briefs(count + 1, out / "content")

    def item(path: Path, products: tuple[str, ...]) -> None:
        render_brief(load_brief(path), RenderRequest(path, out, products), path.name)

    item(paths[0], PRODUCTS)  # warm-up: imports, fonts, templates, font subsets
    spread("content file, all products", [cpu(lambda p=p: item(p, PRODUCTS)) for p in paths[1:]])
    for product in PRODUCTS:
        spread(f"  of which {product}", [cpu(lambda p=p, w=product: item(p, (w,))) for p in paths[1:]])


def articles(out: Path) -> None:
    """Every development article, extracted and rendered."""
    from briefkit.extract import extract_article
    from briefkit.render import RenderRequest, render_brief
    from corpus import articles_in

    sources = articles_in()

    def item(path: Path) -> None:
        brief, _ = extract_article(path)
        render_brief(brief, RenderRequest(path, out, PRODUCTS), path.name)

    chinese = next(p for p in sources if p.name.startswith("zh-"))
    print(f"{'first Chinese article (loads the segmenter)':<44} {cpu(lambda: item(chinese)) * 1000:6.0f} ms")
    item(sources[0])
    rest = [p for p in sources[1:] if p != chinese]
    spread("raw article: extraction + all products", [cpu(lambda p=p: item(p)) for p in rest])


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=30, help="content files to time (default 30)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        content_files(args.count, Path(tmp))
        articles(Path(tmp))


if __name__ == "__main__":
    main()
