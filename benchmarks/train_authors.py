"""Train the writer-candidate scorer (src/briefkit/extract/data/authors.json) on the development corpus's gold.

Every person-shaped name on a page's head, near-title and closing lines
(:func:`briefkit.extract.authorfeatures.candidates`) is one example, labelled by whether the page's gold
``authors`` list it.  A logistic model (L2-regularised, fitted by Newton steps; deterministic) weighs the
cues.  Only ``benchmarks/articles/`` and ``benchmarks/articles/heldout/`` are read, never ``fresh/``.

``--cv`` trains once per batch (file prefix: m23-, h26-, zh- …, and the rest) with that batch left out and
scores the batch with it, at several thresholds (and first, for comparison, ten folds of pages with the batches
mixed: the scorer alone):

- *scorer alone*: the scorer's guess on every page of the batch (how it would do with no byline rules);
  the ``alone`` line sums it over all batches at each threshold;
- *fallback*: the rules' authors (the extractor with the scorer off), and the scorer's guess only on the
  pages where the rules named no one: what the extractor does with the model in place.

The threshold written to the model is the lowest at which the fallback's guesses on unseen batches were
right at least :data:`MIN_PRECISION` of the time, over all folds.

    python benchmarks/train_authors.py [--cv [--rules-cache FILE]] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from briefkit.extract import titlepick  # noqa: E402
from briefkit.extract.authorfeatures import Cand, candidates  # noqa: E402
from briefkit.extract.authorscore import ENV, MODEL, Model, allowed_names, pick, probability  # noqa: E402
from briefkit.extract.linecues import LineCues  # noqa: E402
from briefkit.readers import read_article  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402
from train_lines import batch_of  # noqa: E402

L2 = 1.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MIN_PRECISION = 0.7


def _norm(text: Any) -> str:
    return " ".join(str(text).lower().replace("’", "'").strip(" ,.;:\"'“”«»").split())


class Page:
    """One page's candidates, gold writers and the rules' writers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.batch = batch_of(path) if path.parent == ARTICLES else "heldout"
        gold = YAML(typ="safe", pure=True).load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        self.scored = "authors" in gold or not gold.get("heads_only")
        self.gold = [_norm(a) for a in gold.get("authors") or []]
        article = read_article(path)
        picked = LineCues.of(article).title(titlepick.pick(article))  # the title line as the extractor picks it
        self.cands: list[Cand] = candidates(article, picked.line if picked else None, picked.value if picked else None)
        self.rules: list[str] = []
        # the names the extractor lets the scorer choose among (any model's: the filter reads the page alone)
        self.allowed = allowed_names([c.name for c in self.cands], article, picked.value if picked else None)

    def labels(self) -> list[int]:
        """1 for a candidate the gold lists as a writer."""
        return [int(_norm(c.name) in self.gold) for c in self.cands]


def fit(pages: list[Page], vocab: list[str]) -> Model:
    """Logistic weights of the cues over ``pages`` (Newton's method with an L2 penalty)."""
    rows = [(c.features, y) for p in pages for c, y in zip(p.cands, p.labels(), strict=True)]
    x = np.array([[1.0] + [f.get(k, 0.0) for k in vocab] for f, _ in rows])
    y = np.array([float(label) for _, label in rows])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w -= np.linalg.solve(hessian, gradient)
    return Model({k: round(float(v), 4) for k, v in zip(vocab, w[1:], strict=True)}, round(float(w[0]), 4), 0.5)


def guess(page: Page, model: Model, threshold: float) -> list[str]:
    """The scorer's writers on ``page`` at ``threshold``, as the extractor keeps them (authorscore's pick among
    the candidates that pass the filter every source of writer names goes through)."""
    found = pick([(probability(c.features, model), c) for c in page.cands if c.name in page.allowed], threshold)
    return [_norm(n) for n in found.names] if found else []


def _counts(found: list[str], gold: list[str]) -> tuple[int, int, int]:
    return len([g for g in gold if g in found]), len(found), len(gold)


def _rules(pages: list[Page], cache: Path | None = None) -> None:
    """The rules' writers on every page: the extractor with the scorer off.  With ``cache``, read from that file
    when it exists and written to it when not (a run that changes only the scorer need not extract every page
    again; delete the file after changing a rule)."""
    from extract_eval import extract_article

    stored = json.loads(cache.read_text(encoding="utf-8")) if cache and cache.is_file() else {}
    os.environ[ENV] = "off"
    for page in pages:
        if page.path.name not in stored:
            stored[page.path.name] = [_norm(a) for a in extract_article(page.path)[0].meta.authors]
        page.rules = stored[page.path.name]
    del os.environ[ENV]
    if cache:
        cache.write_text(json.dumps(stored, indent=0, sort_keys=True), encoding="utf-8")


PAGE_FOLDS = 10


def by_page(pages: list[Page], vocab: list[str]) -> None:
    """Ten folds of pages dealt out by name, the batches mixed: the scorer alone at each threshold.  Set beside
    the leave-one-batch-out figures, the gap between the two is how much the scorer leans on forms a batch shares
    (the by-batch figure is the honest one for pages from sites nobody has seen)."""
    alone = {t: [0, 0, 0] for t in THRESHOLDS}
    ordered = sorted(pages, key=lambda p: p.path.name)
    for fold in range(PAGE_FOLDS):
        held = [p for k, p in enumerate(ordered) if k % PAGE_FOLDS == fold and p.scored]
        model = fit([p for k, p in enumerate(ordered) if k % PAGE_FOLDS != fold], vocab)
        for t in THRESHOLDS:
            for p in held:
                alone[t] = [a + b for a, b in zip(alone[t], _counts(guess(p, model, t), p.gold), strict=True)]
    print("by page  " + " " * 11 + " ".join(f"{_pr(alone[t]):>10}" for t in THRESHOLDS) + "   (scorer alone)")


def cross_validate(pages: list[Page], vocab: list[str], cache: Path | None = None) -> float:
    """Leave one batch out at a time; print each batch's scores; return the threshold chosen."""
    by_page(pages, vocab)
    _rules(pages, cache)
    batches = sorted({p.batch for p in pages})
    totals = {t: [0, 0, 0, 0, 0, 0] for t in THRESHOLDS}  # fallback hits, found, wanted; guessed right, guessed
    alone = {t: [0, 0, 0] for t in THRESHOLDS}  # the scorer alone: hits, found, wanted
    print(f"{'batch':<8} {'rules P/R':>10} " + " ".join(f"{'fb@' + str(t):>10}" for t in THRESHOLDS)
          + "   scorer alone @0.5")
    for batch in batches:
        held = [p for p in pages if p.batch == batch and p.scored]
        model = fit([p for p in pages if p.batch != batch], vocab)
        rules = [sum(x) for x in zip(*(_counts(p.rules, p.gold) for p in held), strict=True)] or [0, 0, 0]
        row = [f"{batch:<8} {_pr(rules):>10}"]
        for t in THRESHOLDS:
            got = [0, 0, 0]
            for p in held:
                found = p.rules or guess(p, model, t)
                got = [a + b for a, b in zip(got, _counts(found, p.gold), strict=True)]
                if not p.rules and (g := guess(p, model, t)):
                    totals[t][3] += int(all(n in p.gold for n in g))
                    totals[t][4] += 1
            totals[t][:3] = [a + b for a, b in zip(totals[t][:3], got, strict=True)]
            row.append(f"{_pr(got):>10}")
        for t in THRESHOLDS:  # the scorer with no rules: how it reads forms it has not seen, over many more pages
            batch_alone = [sum(x) for x in zip(*(_counts(guess(p, model, t), p.gold) for p in held), strict=True)]
            alone[t] = [a + b for a, b in zip(alone[t], batch_alone, strict=True)]
            if t == 0.5:
                row.append(f"   {_pr(batch_alone)}")
        print(" ".join(row))
    print("all      " + " " * 11 + " ".join(f"{_pr(totals[t][:3]):>10}" for t in THRESHOLDS))
    print("alone    " + " " * 11 + " ".join(f"{_pr(alone[t]):>10}" for t in THRESHOLDS))
    print("fallback guesses right / made: " + ", ".join(f"@{t}: {totals[t][3]}/{totals[t][4]}" for t in THRESHOLDS))
    right = [t for t in THRESHOLDS if totals[t][4] and totals[t][3] / totals[t][4] >= MIN_PRECISION]
    return min(right) if right else max(THRESHOLDS)


def _pr(counts: list[int]) -> str:
    hits, found, wanted = counts[:3]
    return f"{hits / found if found else 1:.2f}/{hits / wanted if wanted else 1:.2f}"


def main() -> None:
    """Train (optionally cross-validate first) and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--rules-cache", type=Path, default=None,
                        help="a file keeping the rules' writers between runs of --cv (delete it after a rule change)")
    args = parser.parse_args()
    paths = articles_in(ARTICLES) + articles_in(ARTICLES / "heldout")
    pages = [Page(p) for p in paths]
    vocab = sorted({k for p in pages for c in p.cands for k in c.features})
    positives = sum(sum(p.labels()) for p in pages)
    print(f"{len(pages)} pages, {sum(len(p.cands) for p in pages)} candidates, {positives} writers among them")
    stored = json.loads(args.out.read_text())["threshold"] if args.out.is_file() else 0.5
    threshold = cross_validate(pages, vocab, args.rules_cache) if args.cv else stored
    model = fit(pages, vocab)
    data = {"bias": model.bias, "threshold": threshold, "weights": dict(sorted(model.weights.items()))}
    temporary = args.out.with_name(args.out.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    temporary.replace(args.out)
    print(f"threshold {threshold}; weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in
                                                          sorted(model.weights.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
