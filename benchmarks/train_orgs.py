"""Train the organisation scorer (src/briefkit/extract/data/orgs.crfsuite) on the development corpus's gold.

Every candidate of every English page whose gold lists ``organisations``
(:func:`briefkit.extract.orgmodel.rows`, on the text the rules read) becomes one example, labelled Y when it
names one of the gold organisations (the eval's rule: the same name, or one inside the other at half its
length or more) and N otherwise.  python-crfsuite trains a binary logistic model on them (each example a
one-item sequence).  Only ``benchmarks/articles/`` (its top folder) and ``heldout/`` are read, never
``fresh/``.  Training is deterministic: the same corpus gives a byte-identical model.

    python benchmarks/train_orgs.py [--out PATH] [--cv [-v] [--show P]] [--unseen BATCH ...]

``--cv`` trains once per batch (file prefix) with that batch left out and scores the batch's pages with the
fold's model: organisation precision and recall per batch for the rules alone and for the rules plus the
candidates the fold's model adds at each threshold, pooled over all folds.  Today's rules were fitted to every
development page, so ``--unseen BATCH …`` is the fairer judge: each batch's pages read by the extractor of the
commit that added the batch (before anyone studied it), plus what the model trained on the other batches adds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["BRIEFKIT_ORG_MODEL"] = "off"  # the rules' own organisations, before any model

from briefkit.content.model import Entity  # noqa: E402
from briefkit.extract import extract_article, orgmodel  # noqa: E402
from briefkit.extract.entities import _may_be_added  # noqa: E402
from briefkit.extract.orgfeatures import PageWords, candidates, features  # noqa: E402
from extract_eval import _same_org  # noqa: E402
from train_lines import batch_of, corpus  # noqa: E402
from train_sources import fit  # noqa: E402

PARAMS = {"c1": 0.0, "c2": 0.1, "max_iterations": 200}
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
VETOES = (0.02, 0.05, 0.1, 0.2, 0.3)


@dataclass
class Page:
    """One page's gold organisations, the rules' organisations and the candidates with their features."""

    name: str
    batch: str
    gold: list[str]
    rules: list[str]
    text: str
    rows: list[orgmodel.Row]
    development: bool = True
    """A page of the development set's top folder (False for ``heldout/``: trained on and pooled into the
    totals, never listed page by page nor read by an earlier extractor)."""


def pages() -> list[Page]:
    """Every English page of the development set whose gold lists ``organisations``, read with the model off."""
    yaml = YAML(typ="safe")
    seen: list[str] = []
    real_extend = orgmodel.extend

    def record(text: str, organisations: list[Entity], keep: object) -> list[Entity]:
        seen.append(text)
        return organisations

    orgmodel.extend = record  # type: ignore[assignment]
    out = []
    try:
        for path in corpus():
            want = yaml.load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
            if "organisations" not in want:
                continue
            seen.clear()
            brief, _ = extract_article(path)
            if not seen or (brief.meta.language or "").startswith("zh"):
                continue
            out.append(Page(path.name, batch_of(path), [str(o) for o in want.get("organisations") or []],
                            [o.name for o in brief.organisations], seen[0], orgmodel.rows(seen[0]),
                            path.parent == ROOT / "benchmarks" / "articles"))
    finally:
        orgmodel.extend = real_extend  # type: ignore[assignment]
    return out


def label(page: Page, name: str) -> str:
    return "Y" if any(_same_org(gold, name) for gold in page.gold) else "N"


def train(train_pages: list[Page], out: Path) -> None:
    """Train on the pages' candidates and write the model to ``out``."""
    fit(((feats, label(page, name)) for page in train_pages for name, feats in page.rows), PARAMS, out)


class Tally:
    """Organisation precision and recall over pages, as extract_eval scores them."""

    def __init__(self) -> None:
        self.hits = self.found = self.expected = 0

    def add(self, gold: list[str], got: list[str]) -> None:
        used: set[int] = set()
        for name in got:
            hit = next((i for i, g in enumerate(gold) if i not in used and _same_org(g, name)), None)
            if hit is not None:
                used.add(hit)
        self.hits += len(used)
        self.found += len(got)
        self.expected += len(gold)

    def row(self) -> str:
        p = self.hits / self.found if self.found else 0.0
        r = self.hits / self.expected if self.expected else 0.0
        return f"{p:.2f}/{r:.2f} ({self.hits}/{self.found}/{self.expected})"


def added(page: Page, ranked: list[tuple[str, float]], threshold: float) -> list[str]:
    """What the model adds to the rules' organisations at ``threshold``, as :func:`orgmodel.extend` does."""
    return [n for n in orgmodel.chosen(ranked, page.rules, threshold) if _may_be_added(n, page.text)]


def rule_rows(page: Page) -> list[orgmodel.Row]:
    """The rules' own names of ``page`` with the features the scorer would give them: their mentions as a
    candidate, else wherever the name is written whole (a name never written so has none and is never vetoed)."""
    runs, words = candidates(page.text), PageWords(page.text)
    out = []
    for name in page.rules:
        mentions = runs.get(name) or list(re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", page.text))
        if mentions:
            out.append((name, features(name, mentions, words)))
    return out


def veto_table(pages: list[Page], vetoed: dict[str, dict[str, float]], ranked: dict[str, list[tuple[str, float]]]) \
        -> None:
    """The calibrated veto, pooled: the rules' names the fold's model scores below each floor dropped, alone and
    with the additions at :data:`orgmodel.ADD`."""
    for floor in VETOES:
        alone, both = Tally(), Tally()
        for page in pages:
            kept = [n for n in page.rules if vetoed[page.name].get(n, 1.0) >= floor]
            alone.add(page.gold, kept)
            both.add(page.gold, kept + added(page, ranked[page.name], orgmodel.ADD))
        print(f"veto<{floor:<4} {'':3}  {alone.row():22} with add {orgmodel.ADD}: {both.row()}")


def cross_validate(all_pages: list[Page], verbose: bool, show: float = orgmodel.ADD) -> None:
    """Leave one batch out: per batch, the rules alone and rules + the fold's additions at each threshold; then
    the rules' names the fold's model finds improbable dropped (a veto), pooled."""
    ranked: dict[str, list[tuple[str, float]]] = {}
    vetoed: dict[str, dict[str, float]] = {}
    batches = sorted({p.batch for p in all_pages})
    with tempfile.TemporaryDirectory() as tmp:
        for batch in batches:
            model = Path(tmp) / f"{batch}.crfsuite"
            train([p for p in all_pages if p.batch != batch], model)
            tagger: Any = pycrfsuite.Tagger()
            tagger.open(str(model))
            for page in all_pages:
                if page.batch == batch:
                    ranked[page.name] = orgmodel.probabilities(tagger, page.rows)
                    vetoed[page.name] = dict(orgmodel.probabilities(tagger, rule_rows(page)))
    print(f"{'batch':8} {'pages':>5}  {'rules alone':22} " + " ".join(f"{'add ' + str(t):22}" for t in THRESHOLDS))
    totals = [Tally() for _ in range(len(THRESHOLDS) + 1)]
    scored = [p for p in all_pages if p.development]  # heldout/ is trained on, never judged here
    for batch in batches:
        group = [p for p in scored if p.batch == batch]
        tallies = [Tally() for _ in totals]
        for page in group:
            picks = [page.rules] + [page.rules + added(page, ranked[page.name], t) for t in THRESHOLDS]
            for tally, total, pick in zip(tallies, totals, picks, strict=True):
                tally.add(page.gold, pick)
                total.add(page.gold, pick)
        if group:
            print(f"{batch:8} {len(group):5}  " + " ".join(f"{t.row():22}" for t in tallies))
    print(f"{'all':8} {len(scored):5}  " + " ".join(f"{t.row():22}" for t in totals))
    veto_table(scored, vetoed, ranked)
    if verbose:
        extra: dict[str, list[str]] = defaultdict(list)
        for page in (p for p in all_pages if p.development):
            for name in added(page, ranked[page.name], show):
                extra[page.name].append(f"{name}{'' if label(page, name) == 'Y' else ' (wrong)'}")
        for name, names in sorted(extra.items()):
            print(f"  {name}: {names}")


# the helper run under an earlier tree's ``src/``: the organisations that tree's extractor gives each page named
_OLD_RUN = ("import json, sys; from pathlib import Path; from briefkit.extract import extract_article; "
            "print(json.dumps({n: [o.name for o in extract_article(Path(n))[0].organisations] for n in sys.argv[1:]}))")


_CACHE = Path(tempfile.gettempdir()) / "briefkit-train-orgs"


def _old_organisations(commit: str, paths: list[str], tmp: Path) -> dict[str, list[str]]:
    """The organisations the extractor of ``commit`` gives each page of ``paths``: its ``src/`` exported with ``git
    archive`` and run on them, the answer kept in a cache file named by the commit and the pages (a commit's
    extractor always gives the same answer, and running it is most of the judge's time)."""
    key = hashlib.sha1("\n".join([commit, *paths]).encode()).hexdigest()[:16]
    cached = _CACHE / f"{commit[:12]}-{key}.json"
    if cached.exists():
        return dict(json.loads(cached.read_text(encoding="utf-8")))
    tree = tmp / commit
    tree.mkdir(exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    out = subprocess.run([sys.executable, "-c", _OLD_RUN, *paths], capture_output=True, text=True, env=env,
                         check=True).stdout
    _CACHE.mkdir(exist_ok=True)
    cached.write_text(out, encoding="utf-8")
    return dict(json.loads(out))


def unseen(all_pages: list[Page], batches: list[str], show: float | None = None) -> None:
    """The model judged where the rules had not seen the pages: each batch's pages read by the extractor of the
    commit that added the batch's gold (its ``src/`` exported with ``git archive`` to a temporary folder), plus what
    the model trained on the other batches adds, at each threshold; with ``show``, what it adds at that threshold."""
    notes: list[str] = []
    articles = ROOT / "benchmarks" / "articles"
    totals = [Tally() for _ in range(len(THRESHOLDS) + 1)]
    with tempfile.TemporaryDirectory() as tmp:
        for batch in batches:
            group = [p for p in all_pages if p.batch == batch and p.development]
            log = subprocess.run(["git", "-C", str(ROOT), "log", "--format=%H", "--diff-filter=A", "--",
                                  f"benchmarks/articles/{batch}*.expected.yaml"], capture_output=True, text=True)
            if not group or not log.stdout.split():
                continue
            old = _old_organisations(log.stdout.split()[-1], [str(articles / p.name) for p in group], Path(tmp))
            model = Path(tmp) / f"{batch}.crfsuite"
            train([p for p in all_pages if p.batch != batch], model)
            tagger: Any = pycrfsuite.Tagger()
            tagger.open(str(model))
            tallies = [Tally() for _ in totals]
            for page in group:
                then = Page(page.name, batch, page.gold, old[str(articles / page.name)], page.text, page.rows)
                ranked = orgmodel.probabilities(tagger, page.rows)
                picks = [then.rules] + [then.rules + added(then, ranked, t) for t in THRESHOLDS]
                for tally, total, pick in zip(tallies, totals, picks, strict=True):
                    tally.add(page.gold, pick)
                    total.add(page.gold, pick)
                if show is not None and (extra := added(then, ranked, show)):
                    notes.append(f"  {page.name}: " + str([f"{n}{'' if label(page, n) == 'Y' else ' (wrong)'}"
                                                           for n in extra]))
            print(f"{batch:8} {len(group):5}  " + " ".join(f"{t.row():22}" for t in tallies))
    print(f"{'all':8} {'':5}  " + " ".join(f"{t.row():22}" for t in totals))
    print("\n".join(notes))


def main() -> None:
    """Train (default) or cross-validate (``--cv``, ``-v`` lists what the folds add)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=orgmodel.MODEL)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--unseen", nargs="+", metavar="BATCH", help="judge on these batches' pages as read by the "
                        "extractor of the commit that added them (e.g. a33- a31- a30-)")
    parser.add_argument("--show", type=float, default=orgmodel.ADD, help="the threshold whose additions -v lists")
    args = parser.parse_args()
    all_pages = pages()
    print(f"{len(all_pages)} pages, {sum(len(p.rows) for p in all_pages)} candidates, "
          f"{sum(label(p, n) == 'Y' for p in all_pages for n, _ in p.rows)} of them a gold organisation")
    if args.unseen:
        print(f"{'batch':8} {'pages':>5}  {'rules then':22} " + " ".join(f"{'add ' + str(t):22}" for t in THRESHOLDS))
        unseen(all_pages, args.unseen, args.show if args.verbose else None)
    elif args.cv:
        cross_validate(all_pages, args.verbose, args.show)
    else:
        train(all_pages, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
