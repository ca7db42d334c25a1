"""How many of the development corpus's gold writers the learned author scorer ever sees as a candidate.

The scorer (:mod:`briefkit.extract.authorscore`) can only pick a name that
:func:`briefkit.extract.authorfeatures.candidates` offers.  For every gold writer (names compared as the
evaluator compares them) this prints whether it is a candidate, whether the extractor found it, and, for a
writer never offered, its page and the first line that prints it (the form a candidate generator misses).
Only ``benchmarks/articles/`` and ``benchmarks/articles/heldout/`` are read, never ``fresh/``.

    python benchmarks/author_coverage.py [--only PREFIX] [--rules]

``--rules`` also runs the extractor, counts the gold writers it finds and lists the writers it misses (marked
by whether they were candidates) and the names it gives that the gold does not list (slower).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import ARTICLES, articles_in  # noqa: E402
from train_authors import Page, _norm  # noqa: E402


def _line_of(page: Page, name: str) -> str:
    """The first line of the page that prints ``name`` (any case), or a marker when none does."""
    for line in page.path.read_text(encoding="utf-8", errors="replace").split("\n"):
        if name in _norm(line) or name.replace(" ", "") in line.lower().replace(" ", ""):
            return line.strip()[:110]
    return "(not printed as such)"


def main() -> None:
    """Print the coverage count and every writer never offered as a candidate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--rules", action="store_true")
    args = parser.parse_args()
    paths = [p for p in articles_in(ARTICLES) + articles_in(ARTICLES / "heldout") if p.name.startswith(args.only)]
    offered = found = wanted = 0
    missing: list[str] = []
    misses: list[str] = []
    for path in paths:
        page = Page(path)
        if not page.scored:
            continue
        names = {_norm(c.name) for c in page.cands}
        if args.rules:
            from extract_eval import extract_article

            got = {_norm(a) for a in extract_article(path)[0].meta.authors}
            found += len([g for g in page.gold if g in got])
            misses += [f"{path.stem:<45} missed {g} ({'candidate' if g in names else 'no candidate'})"
                       for g in page.gold if g not in got]
            misses += [f"{path.stem:<45} extra  {a}" for a in sorted(got) if a not in page.gold]
        for gold in page.gold:
            wanted += 1
            if gold in names:
                offered += 1
            else:
                missing.append(f"{path.stem:<45} {gold:<28} | {_line_of(page, gold)}")
    print(f"{offered}/{wanted} gold writers are candidates ({offered / max(wanted, 1):.0%})"
          + (f"; the extractor finds {found}" if args.rules else ""))
    print("\n".join(missing))
    if misses:
        print("\nthe extractor's misses and extras:\n" + "\n".join(misses))


if __name__ == "__main__":
    main()
