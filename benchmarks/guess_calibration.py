"""How often the draft's head facts are right when they are firm, when they come with a "guess" warning, and
when the draft withholds them and only names the candidate.

For the title, date, source and authors of every development page (``benchmarks/articles/``, never
``fresh/``), the draft's value is sorted by the warning ``extract`` gave (none: firm; "is a guess": a guess, by the
evidence the warning names — the outlet scorer, the page's furniture, the line model, a name beside the title …;
"left empty: the page may credit X": withheld, the candidate X scored as if it had been given), then counted as
right, wrong (the gold gives another), spurious (the gold gives none) or missing (the draft gives none where the
gold gives one).  The authors are counted name by name: a name the gold lacks is wrong where the gold names
others and spurious where it names none, a gold name the draft lacks is missing.  A kind of guess whose spurious
share is high is one the extractor should abstain on; ``--list`` names the pages behind the wrong and spurious
counts so the kind can be read (and, for the authors, the writers missed).  Comparisons are ``extract_eval``'s own.

A page the development set holds has been read and tuned on, and the learned scorers were trained on it, so its
guesses look better than they are.  ``--at-gathering`` scores each held-back batch (``a46-``, ``h46-`` …, given as
prefixes) with the code of the commit the batch was gathered on — the parent of the commit that added its gold —
which had never seen it: the calibration a user's unseen page gets.  It needs the repository's history (a clone,
not an export).

    python benchmarks/guess_calibration.py [--only PREFIX] [--list]
    python benchmarks/guess_calibration.py --at-gathering a44- h44- a45- h45- j45- k45- a46- h46- [--list]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from corpus import ARTICLES, articles_in
from extract_eval import _norm, _same_source, extract_article

FIELDS = ("title", "date", "source", "authors")
OUTCOMES = ("right", "wrong", "spurious", "missing")
ROOT = Path(__file__).resolve().parents[1]
# the evidence a guess's warning names, in the words extract writes it
_GUESS_KINDS = (("scored", "scorer"), ("name scorer", "names"), ("alone over", "lone"), ("beside the title", "beside"),
                ("furniture", "furniture"), ("line model", "lines"), ("address", "address"),
                ("closing credit", "credit"), ("from the line", "line"), ("from '", "line"))
_WITHHELD = re.compile(r"^meta\.(?P<field>\w+) left empty: the page may credit '(?P<name>.*)' \(")


def _outcome(field: str, expected: Any, found: Any) -> str | None:
    """right, wrong, spurious or missing; None when both are empty."""
    if found is None:
        return "missing" if expected is not None else None
    if expected is None:
        return "spurious"
    same = _same_source if field == "source" else (lambda a, b: _norm(a) == _norm(b))
    return "right" if same(str(expected), str(found)) else "wrong"


def _names(expected: Any, found: list[str]) -> list[tuple[str, str]]:
    """Each author's outcome with the name it concerns: a found name right, wrong or spurious, a gold one missing."""
    gold = [str(x) for x in expected or []]
    left = list(gold)
    out: list[tuple[str, str]] = []
    for name in found:
        same = next((g for g in left if _norm(g) == _norm(name)), None)
        if same is not None:
            left.remove(same)
        out.append(("right" if same is not None else "wrong" if gold else "spurious", name))
    return out + [("missing", g) for g in left]


def _kind(field: str, warnings: list[str]) -> tuple[str, str | None]:
    """The kind of the draft's value (firm, guess by its evidence, or withheld) and a withheld candidate."""
    for warning in warnings:
        if (withheld := _WITHHELD.match(warning)) and withheld["field"] == field:
            return "withheld", withheld["name"]
    warned = next((w for w in warnings if w.startswith(f"meta.{field} is a guess")), None)
    if warned is None:
        return "firm", None
    return "guess:" + next((kind for words, kind in _GUESS_KINDS if words in warned), "other"), None


def calibrate(only: str | None, table: Counter[tuple[str, str, str]], listed: list[str]) -> None:
    """Count each development page's head facts into ``table`` (and its wrong and spurious ones into ``listed``)."""
    yaml = YAML(typ="safe")
    for path in articles_in(ARTICLES):
        if only and not path.name.startswith(only):
            continue
        want = yaml.load(path.with_name(re.sub(r"\.\w+$", "", path.name) + ".expected.yaml").read_text())
        brief, warnings = extract_article(path)
        untitled = any(w.startswith("no title line found") for w in warnings)
        found = {"title": None if untitled else brief.meta.title, "date": brief.meta.date,
                 "source": brief.meta.source}
        for field in FIELDS[:3]:
            kind, candidate = _kind(field, warnings)
            value = candidate if kind == "withheld" else found[field]
            if field not in want or (outcome := _outcome(field, want[field], value)) is None:
                continue
            table[(field, kind, outcome)] += 1
            if outcome in ("wrong", "spurious"):
                listed.append(f"  {field:6} {kind:16} {outcome:8} {path.name[:50]:50} {value!s:.40} "
                              f"(gold {want[field]!s:.30})")
        if "authors" in want or not want.get("heads_only"):  # a full gold file's absent authors mean none
            _authors(path.name, want.get("authors"), brief.meta.authors, warnings, table, listed)


def _authors(name: str, expected: Any, found: list[str], warnings: list[str],
             table: Counter[tuple[str, str, str]], listed: list[str]) -> None:
    """Count one page's authors name by name into ``table`` (a withheld candidate as if given)."""
    kind, candidate = _kind("authors", warnings)
    for outcome, value in _names(expected, candidate.split(", ") if candidate else found):
        table[("authors", kind, outcome)] += 1
        if outcome != "right":  # (a missed writer too: the kinds of byline the rules do not read)
            listed.append(f"  authors {kind:16} {outcome:8} {name[:50]:50} {value!s:.40} (gold {expected!s:.30})")


def _gathering_commit(prefix: str) -> str:
    """The commit a held-back batch was gathered on: the parent of the first commit adding its gold."""
    gold = sorted(ARTICLES.glob(f"{prefix}*.expected.yaml"))
    if not gold:
        sys.exit(f"guess_calibration: no gold for the batch {prefix!r} in {ARTICLES}")
    added = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", str(gold[0].relative_to(ROOT))],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return subprocess.run(["git", "rev-parse", f"{added[-1]}^"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def _print(table: Counter[tuple[str, str, str]], listed: list[str]) -> None:
    print(f"{'field':8}{'kind':18}" + "".join(f"{o:>10}" for o in OUTCOMES) + "   right share")
    for field in FIELDS:
        for kind in sorted({k for f, k, _ in table if f == field}, key=lambda k: (k != "firm", k)):
            row = [table[(field, kind, o)] for o in OUTCOMES]
            given = sum(row[:3])
            share = f"{row[0] / given:.2f}" if given else "—"
            print(f"{field:8}{kind:18}" + "".join(f"{n:>10}" for n in row) + f"   {share:>11}")
    print("\n".join(listed))


def main() -> None:
    """Print the table (and with ``--list`` the pages behind its wrong and spurious cells)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="score only the pages whose file name starts with PREFIX")
    parser.add_argument("--list", action="store_true", help="name the wrong and spurious pages")
    parser.add_argument("--at-gathering", nargs="+", metavar="PREFIX",
                        help="score these held-back batches with the code each was gathered on")
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)  # one batch's counts, for --at-gathering
    args = parser.parse_args()
    if args.at_gathering:
        _pooled(args.at_gathering, args.list)
        return
    table: Counter[tuple[str, str, str]] = Counter()
    listed: list[str] = []
    calibrate(args.only, table, listed)
    if args.raw:
        print_counts(table, listed if args.list else [])
        return
    _print(table, listed if args.list else [])


def _pooled(prefixes: list[str], show: bool) -> None:
    """The batches' counts, each scored with the code it was gathered on, pooled into one table."""
    counts, listed = at_gathering(Path(__file__).name, prefixes, show)
    table: Counter[tuple[str, str, str]] = Counter({(k[0], k[1], k[2]): n for k, n in counts.items()})
    _print(table, listed)


def print_counts(table: Counter[Any], listed: list[str]) -> None:
    """One batch's counts as :func:`at_gathering` reads them back: a tab-separated ``COUNT`` line per key (its fields,
    then the count), then the listed lines."""
    for key, count in sorted(table.items()):
        print("\t".join(["COUNT", *key, str(count)]))
    for line in listed:
        print(line)


def at_gathering(script: str, prefixes: list[str], show: bool) -> tuple[Counter[tuple[str, ...]], list[str]]:
    """Run the benchmark ``script`` with ``--only PREFIX --raw`` on each held-back batch, with the source tree of the
    commit the batch was gathered on, and pool what it prints: its tab-separated ``COUNT`` lines (key fields, then
    the count) summed by key, its other lines listed."""
    counts: Counter[tuple[str, ...]] = Counter()
    listed: list[str] = []
    trees: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="calibration-") as scratch:
        for prefix in prefixes:
            commit = _gathering_commit(prefix)
            if commit not in trees:
                trees[commit] = _tree_at(commit, Path(scratch) / commit[:10])
            print(f"{prefix}: scored with the code of {commit[:10]}", file=sys.stderr)
            command = [sys.executable, str(trees[commit] / "benchmarks" / script), "--only", prefix, "--raw",
                       *(["--list"] if show else [])]
            env = dict(os.environ, PYTHONPATH=str(trees[commit] / "src"))
            text = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
            for line in text.splitlines():
                if line.startswith("COUNT\t"):
                    *key, count = line.split("\t")[1:]
                    counts[tuple(key)] += int(count)
                elif line.strip():
                    listed.append(line)
    return counts, listed


def _tree_at(commit: str, tree: Path) -> Path:
    """``commit``'s source tree with today's benchmark scripts beside it and the corpus linked in."""
    (tree / "benchmarks").mkdir(parents=True)
    archive = subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    for script in (ROOT / "benchmarks").glob("*.py"):
        shutil.copy(script, tree / "benchmarks")
    (tree / "benchmarks" / "articles").symlink_to(ARTICLES)
    return tree


if __name__ == "__main__":
    main()
