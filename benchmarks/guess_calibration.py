"""How often the draft's head facts are right when they are firm and when they come with a "guess" warning.

For the title, date and source of every development page (``benchmarks/articles/``, never ``fresh/``), the draft's
value is sorted by whether ``extract`` warned that it is a guess, then counted as right, wrong (the gold gives
another), spurious (the gold gives none) or missing (the draft gives none where the gold gives one).  A kind of
guess whose spurious share is high is one the extractor should abstain on; ``--list`` names the pages behind the
wrong and spurious counts so the kind can be read.  Comparisons are ``extract_eval``'s own.

    python benchmarks/guess_calibration.py [--only PREFIX] [--list]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from ruamel.yaml import YAML

from corpus import ARTICLES, articles_in
from extract_eval import _norm, _same_source, extract_article

FIELDS = ("title", "date", "source")
OUTCOMES = ("right", "wrong", "spurious", "missing")


def _outcome(field: str, expected: Any, found: Any) -> str | None:
    """right, wrong, spurious or missing; None when both are empty."""
    if found is None:
        return "missing" if expected is not None else None
    if expected is None:
        return "spurious"
    same = _same_source if field == "source" else (lambda a, b: _norm(a) == _norm(b))
    return "right" if same(str(expected), str(found)) else "wrong"


def main() -> None:
    """Print the table (and with ``--list`` the pages behind its wrong and spurious cells)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="score only the pages whose file name starts with PREFIX")
    parser.add_argument("--list", action="store_true", help="name the wrong and spurious pages")
    args = parser.parse_args()
    yaml = YAML(typ="safe")
    table: Counter[tuple[str, str, str]] = Counter()
    listed: list[str] = []
    for path in articles_in(ARTICLES):
        if args.only and not path.name.startswith(args.only):
            continue
        want = yaml.load(path.with_name(re.sub(r"\.\w+$", "", path.name) + ".expected.yaml").read_text())
        brief, warnings = extract_article(path)
        untitled = any(w.startswith("no title line found") for w in warnings)
        found = {"title": None if untitled else brief.meta.title, "date": brief.meta.date,
                 "source": brief.meta.source}
        for field in FIELDS:
            if field not in want or (outcome := _outcome(field, want[field], found[field])) is None:
                continue
            warned = next((w for w in warnings if w.startswith(f"meta.{field} is a guess")), None)
            kind = "guess" if warned else "firm"
            table[(field, kind, outcome)] += 1
            if args.list and outcome in ("wrong", "spurious"):
                listed.append(f"  {field:6} {kind:5} {outcome:8} {path.name[:50]:50} {found[field]!s:.40} "
                              f"(gold {want[field]!s:.30})")
    print(f"{'field':8}{'kind':7}" + "".join(f"{o:>10}" for o in OUTCOMES) + "   right share")
    for field in FIELDS:
        for kind in ("firm", "guess"):
            row = [table[(field, kind, o)] for o in OUTCOMES]
            given = sum(row[:3])
            share = f"{row[0] / given:.2f}" if given else "—"
            print(f"{field:8}{kind:7}" + "".join(f"{n:>10}" for n in row) + f"   {share:>11}")
    print("\n".join(listed))


if __name__ == "__main__":
    main()
