"""Train the source scorer (src/briefkit/extract/data/sources.crfsuite) on the development corpus's gold.

Every outlet a page names becomes one example (:func:`briefkit.extract.outletfeatures.page_features`, with
the rules' own pick among the candidates, read with the model off), labelled Y when it names the page's gold
``source`` (the same outlet by the eval's rule: the same words or one as the other's initials) and N
otherwise.  python-crfsuite trains a binary logistic model on them (each example a one-item sequence).
Only ``benchmarks/articles/`` (its top folder) and ``heldout/`` are read, never ``fresh/``.  Training is
deterministic (fixed L-BFGS parameters, files in name order): the same corpus gives a byte-identical model.

    python benchmarks/train_sources.py [--out PATH] [--cv [-v]] [--kinds]

``--cv`` trains once per batch (file prefix, as ``train_lines.py --cv``) with that batch left out and
scores the batch's pages with the fold's model: source precision and recall per batch for the rules alone
and for rules + model at each pair of thresholds, and the pair that is best over all folds pooled (the
thresholds :mod:`briefkit.extract.outletmodel` ships with).  ``--kinds`` sorts the rules' source misses by
where the gold outlet is printed (a head line, a masthead, a story sentence, a copyright line …).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["BRIEFKIT_SOURCE_MODEL"] = "off"  # the rules' pick, before any model, is one of the features

from briefkit.extract import outletmodel  # noqa: E402
from briefkit.extract.metadata import read_metadata  # noqa: E402
from briefkit.extract.outletfeatures import page_features  # noqa: E402
from briefkit.readers import read_article  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402
from extract_eval import _same_source  # noqa: E402
from train_lines import batch_of, corpus  # noqa: E402

# (the L2 penalty chosen on --cv, hits/found at the shipped thresholds with the stop-35 candidates: c2 0.03 380/408,
# 0.05 380/409, 0.1 382/411, 0.15 381/411, 0.3 378/407, 1.0 375/407)
PARAMS = {"c1": 0.0, "c2": 0.1, "max_iterations": 200}
Row = tuple[str, dict[str, float]]


@dataclass
class Page:
    """One page's gold source, the rules' pick and kind, and its candidates with their features."""

    name: str
    batch: str
    gold: str | None
    rule: str | None
    kind: str
    rows: list[Row]
    text: str


def pages(paths: list[Path] | None = None) -> list[Page]:
    """Every page (the development set's by default) whose gold gives ``source`` (null included), read with the
    model off."""
    yaml = YAML(typ="safe")
    out = []
    for path in corpus() if paths is None else paths:
        want = yaml.load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        if "source" not in want:
            continue
        article = read_article(path)
        facts, _ = read_metadata(article)
        rows = page_features(article, facts.source, facts.source_kind, facts.site)
        gold = want.get("source")
        out.append(Page(path.name, batch_of(path), None if gold is None else str(gold), facts.source,
                        facts.source_kind, rows, article.text))
    return out


def label(page: Page, name: str) -> str:
    return "Y" if page.gold is not None and _same_source(page.gold, name) else "N"


def train(train_pages: list[Page], out: Path) -> None:
    """Train on the pages' candidates and write the model to ``out``."""
    fit(((feats, label(page, name)) for page in train_pages for name, feats in page.rows), PARAMS, out)


def fit(labelled: Iterable[tuple[dict[str, float], str]], params: dict[str, Any], out: Path) -> None:
    """Train a scorer of one-item rows (each candidate alone, labelled "Y" or "N") and write it to ``out``: the
    source and the organisation scorers are both trained so."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, tag in labelled:
        trainer.append(pycrfsuite.ItemSequence([feats]), [tag])
    trainer.set_params(params)
    trainer.train(str(out))


# which single places may not stand alone (outletmodel._FURNITURE), the shipped set and looser ones, compared by --cv
_ELIGIBILITY: dict[str, tuple[frozenset[str], bool]] = {
    "promo needs a 2nd": (outletmodel._FURNITURE | {"cue_promo"}, outletmodel.ENDS),
    "shipped": (outletmodel._FURNITURE, outletmodel.ENDS),
    "dated alone too": (outletmodel._FURNITURE - {"cue_dated"}, outletmodel.ENDS),
    "line alone too": (outletmodel._FURNITURE - {"cue_line"}, outletmodel.ENDS),
    "masthead alone too": (outletmodel._FURNITURE - {"cue_masthead", "cue_line"}, outletmodel.ENDS),
    "suffix alone too": (outletmodel._FURNITURE - {"cue_suffix", "cue_titlebar"}, outletmodel.ENDS),
    "top+end agree" if not outletmodel.ENDS else "top+end not": (outletmodel._FURNITURE, not outletmodel.ENDS)}


def _ranked(tagger: Any, page: Page, furniture: frozenset[str] = outletmodel._FURNITURE,
            ends: bool = outletmodel.ENDS) -> list[tuple[float, str]]:
    """The page's outlets the shipped decision may give, ranked by the fold's model (as outletmodel.decide)."""
    return outletmodel.ranked(tagger, [row for row in page.rows if outletmodel.eligible(row[1], furniture, ends)])


class Tally:
    """Source precision and recall over pages, as extract_eval scores them."""

    def __init__(self) -> None:
        self.hits = self.found = self.expected = 0

    def add(self, gold: str | None, got: str | None) -> None:
        self.hits += int(gold is not None and got is not None and _same_source(gold, got))
        self.found += int(got is not None)
        self.expected += int(gold is not None)

    def row(self) -> str:
        p = self.hits / self.found if self.found else 0.0
        r = self.hits / self.expected if self.expected else 0.0
        return f"{p:.2f}/{r:.2f} ({self.hits}/{self.found}/{self.expected})"

    def f1(self) -> float:
        return 2 * self.hits / (self.found + self.expected) if self.found + self.expected else 0.0


_GRID = [(a / 100, g / 100) for a in range(20, 95, 5) for g in range(10, 95, 5) if g <= a]


def cross_validate(all_pages: list[Page], verbose: bool = False) -> None:
    """Leave one batch out: per batch, the rules alone and rules + the fold's model (see the module)."""
    batches = sorted({p.batch for p in all_pages})
    ranked: dict[str, list[tuple[float, str]]] = {}
    loose: dict[str, dict[str, list[tuple[float, str]]]] = defaultdict(dict)
    with tempfile.TemporaryDirectory() as tmp:
        for batch in batches:
            model = Path(tmp) / f"{batch}.crfsuite"
            train([p for p in all_pages if p.batch != batch], model)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for page in all_pages:
                if page.batch == batch:
                    ranked[page.name] = _ranked(tagger, page)
                    for rule, (furniture, ends) in _ELIGIBILITY.items():
                        loose[rule][page.name] = _ranked(tagger, page, furniture, ends)
    thresholds(all_pages, loose)
    variants = {"keep shipped": outletmodel.KEEP, "keep declared": frozenset({"declared", "first"}),
                "keep none": frozenset(), "keep any": outletmodel.KEEP | {"guess", "lines"}}
    pooled: dict[tuple[str, float, float], Tally] = {}
    for variant, keep in variants.items():
        for accept, guess in _GRID:
            tally = Tally()
            for page in all_pages:
                tally.add(page.gold, outletmodel.choose(ranked[page.name], page.rule, page.kind, accept, guess,
                                                        keep).name)
            pooled[(variant, accept, guess)] = tally
    for variant in variants:
        best = max((k for k in pooled if k[0] == variant), key=lambda k: (round(pooled[k].f1(), 4), -k[2]))
        print(f"{variant:14} best pooled: accept {best[1]:.2f}, guess {best[2]:.2f}: {pooled[best].row()}")
    best = max(pooled, key=lambda k: (round(pooled[k].f1(), 4), -k[2]))
    shipped = (outletmodel.ACCEPT, outletmodel.GUESS)
    print(f"shipped: keep {sorted(outletmodel.KEEP)}, accept {shipped[0]:.2f}, guess {shipped[1]:.2f}; "
          f"best: {best[0]}, accept {best[1]:.2f}, guess {best[2]:.2f}")
    print(f"{'batch':8} {'pages':>5}  {'rules alone':22} {'rules+model (shipped)':22} {'rules+model (best)':22}")
    totals = [Tally(), Tally(), Tally()]
    for batch in batches:
        tallies = [Tally(), Tally(), Tally()]
        group = [p for p in all_pages if p.batch == batch]
        for page in group:
            picks = [page.rule, outletmodel.choose(ranked[page.name], page.rule, page.kind, *shipped).name,
                     outletmodel.choose(ranked[page.name], page.rule, page.kind, best[1], best[2],
                                        variants[best[0]]).name]
            for tally, total, pick in zip(tallies, totals, picks, strict=True):
                tally.add(page.gold, pick)
                total.add(page.gold, pick)
        print(f"{batch:8} {len(group):5}  " + " ".join(f"{t.row():22}" for t in tallies))
    print(f"{'all':8} {len(all_pages):5}  " + " ".join(f"{t.row():22}" for t in totals))
    calibration(all_pages, ranked)
    if verbose:
        wrong(all_pages, ranked)


def wrong(all_pages: list[Page], ranked: dict[str, list[tuple[float, str]]]) -> None:
    """Each page whose shipped decision (rules + the fold's model) is not its gold source, with both."""
    print("pages the shipped decision gets wrong (cross-validated): gold | given (probability)")
    for page in all_pages:
        decision = outletmodel.choose(ranked[page.name], page.rule, page.kind)
        if (page.gold is None and decision.name is None) or \
                (page.gold is not None and decision.name is not None and _same_source(page.gold, decision.name)):
            continue
        print(f"  {page.name:55} {str(page.gold)[:28]:28} | {str(decision.name)[:28]} ({decision.probability:.2f})")


def thresholds(all_pages: list[Page], loose: dict[str, dict[str, list[tuple[float, str]]]]) -> None:
    """Pooled source precision and recall when the model only fills the rules' abstentions (every rule pick kept),
    per eligibility rule and guess threshold: the evidence the shipped GUESS and furniture set rest on."""
    keeps = {"keep any": frozenset({"stated", "declared", "first", "guess", "lines"}),
             "keep all but guess": frozenset({"stated", "declared", "first", "lines"}),
             "keep stated": frozenset({"stated", "declared", "first"})}
    print("pooled over folds, by rule picks kept, eligibility and guess threshold (hits/found/expected):")
    for name, keep in keeps.items():
        for rule, ranked in loose.items():
            row = []
            for guess in (0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8):
                tally = Tally()
                for page in all_pages:
                    tally.add(page.gold, outletmodel.choose(ranked[page.name], page.rule, page.kind, guess, guess,
                                                            keep).name)
                row.append(f"{guess:.2f} {tally.hits}/{tally.found}")
            print(f"  {name:18} {rule:18} " + "  ".join(row))


def calibration(all_pages: list[Page], ranked: dict[str, list[tuple[float, str]]]) -> None:
    """How often the model's top outlet is the gold source, by its probability, on the pages where the model
    decides (the rules' pick is not kept): what the accept and guess thresholds rest on."""
    bins: dict[float, list[int]] = defaultdict(lambda: [0, 0, 0])
    for page in all_pages:
        if (page.rule and page.kind in outletmodel.KEEP) or not ranked[page.name]:
            continue
        probability, name = ranked[page.name][0]
        low = min(0.9, int(probability * 10) / 10)
        bins[low][0] += 1
        bins[low][1] += int(page.gold is not None and _same_source(page.gold, name))
        bins[low][2] += int(page.gold is None)
    print("model's top outlet on the pages it decides, by probability (cross-validated):")
    for low in sorted(bins):
        count, right, none = bins[low]
        print(f"  {low:.1f}-{low + 0.1:.1f}: {count:3} pages, {right:3} right, {none:3} with no source in gold")


def kinds(all_pages: list[Page]) -> None:
    """The rules' source misses sorted by where the gold outlet is printed, per batch and in all."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for page in all_pages:
        if page.gold is None:
            if page.rule is not None:
                per[page.batch]["false find (no source in gold)"] += 1
            continue
        if page.rule is not None and _same_source(page.gold, page.rule):
            continue
        per[page.batch][miss_kind(page.gold, page.text)] += 1
    total: Counter[str] = Counter()
    for batch in sorted(per):
        total.update(per[batch])
        print(f"{batch:6} " + ", ".join(f"{k}: {n}" for k, n in per[batch].most_common()))
    print("all    " + ", ".join(f"{k}: {n}" for k, n in total.most_common()))


def miss_kind(gold: str, text: str) -> str:
    """Where the page prints the gold outlet, the most telling place first."""
    lines = text.split("\n")
    forms = {gold, re.sub(r"^[Tt]he\s+", "", gold)}
    found = []
    for index, line in enumerate(lines):
        for form in forms:
            flags = re.IGNORECASE if len(form) > 4 else 0
            for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", line, flags):
                found.append(_place(line, match, index, len(lines)))
    order = ["label/credit line", "byline", "dateline", "copyright line", "title suffix", "masthead (head)",
             "short head line", "masthead (tail)", "short tail line", "story-line credit", "story mention"]
    return min(found, key=order.index) if found else "none in text"


def _place(line: str, match: re.Match[str], index: int, count: int) -> str:
    before, after = line[:match.start()], line[match.end():]
    head = index < 12
    if re.search(r"©|\(c\)|copyright|版权|版權|all rights reserved", line, re.IGNORECASE):
        return "copyright line"
    if index < 3 and re.search(r"\s(?:[|｜]|[-–—]|::)\s*$", before) and not after.strip():
        return "title suffix"
    if len(line.split()) <= 4 and len(line) < 50:
        return "masthead (head)" if head else "masthead (tail)"
    if re.search(r"[(（/【\[]\s*$", before) and re.match(r"\s*[)）/】\]]", after) and len(before) < 160:
        return "dateline"
    if re.search(r"(?i:source|来源|來源|via|from)\s*[:：]?\s*$", before) and len(line) < 100:
        return "label/credit line"
    if re.search(r"(?i:\bby)\s*:?\s*(?:the\s+)?$", before) and len(line) < 100:
        return "byline"
    if len(line) <= 100 and (head or index >= count - 8):
        return "short head line" if head else "short tail line"
    if re.search(r"(?i:\b(?:told|with|according\s+to|interview\s+with|shared\s+with|in|published\s+in)\s+(?:the\s+)?)$",
                 before) or re.match(r"(?:'s)?\s+(?i:reported|reports|said|says|learned|contributed|wrote)", after):
        return "story-line credit"
    return "story mention"


def main() -> None:
    """Train (default), cross-validate (``--cv``) or sort the rules' misses (``--kinds``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=outletmodel.MODEL)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--kinds", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --cv, list the pages it gets wrong")
    parser.add_argument("--corpus", type=Path, default=None, help="train on this folder's pages instead")
    args = parser.parse_args()
    if args.corpus and args.corpus.resolve().is_relative_to((ARTICLES / "fresh").resolve()):
        parser.error("fresh/ is the blind set: never trained on")
    all_pages = pages(articles_in(args.corpus) if args.corpus else None)
    examples = sum(len(p.rows) for p in all_pages)
    print(f"{len(all_pages)} pages, {examples} candidates, "
          f"{sum(label(p, n) == 'Y' for p in all_pages for n, _ in p.rows)} of them the gold source")
    if args.kinds:
        kinds(all_pages)
    if args.cv:
        cross_validate(all_pages, args.verbose)
    if not args.kinds and not args.cv:
        train(all_pages, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
