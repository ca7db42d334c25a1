"""Train the head-line labeller (src/briefkit/extract/data/lines.crfsuite) on the development corpus's gold.

Each page's first and last lines (:func:`briefkit.extract.linemodel.page_lines`) are labelled from
its gold file (``NAME.expected.yaml``), by this precedence when a line qualifies for several:

1. TITLE: the line holds the gold title (and is not much longer than it);
2. BYLINE: a credit-sized line (at most 12 words, or one the names fill a quarter of) holds a gold
   author's name;
3. DATE: a credit-sized line states the gold date (a day-precise date that parses to it);
4. SOURCE: a credit-sized line names the gold source;
5. BODY: a paragraph of the story (a block of at least 12 words, or 30 Chinese characters);
6. OTHER: anything else — the page's furniture.

Only ``benchmarks/articles/`` (its top folder) and ``benchmarks/articles/heldout/`` are read, never
``fresh/``, the blind set.  Training is deterministic (fixed L-BFGS parameters, files in name order):
the same corpus gives a byte-identical model.

    python benchmarks/train_lines.py [--out PATH] [--cv]

Heads-only gold files (``heads_only: true``, e.g. the ``h26-`` batch: many page heads from sites
nobody tuned on, with title, date, source, authors and editors but no figures) train it like the
others: only those facts label lines.

``--cv`` trains once per batch (each file prefix of a letter and two digits, such as m23-, a25- or
h26-, then zh-, and the rest) with that batch left out, and scores the batch through the real
extractor with the rules alone (``BRIEFKIT_LINE_MODEL=off``) and with the model
(``BRIEFKIT_LINE_MODEL=<fold model>``): title, date, source and authors, precision and recall.  That
number, not the dev score, says whether the model helps; a batch gathered after the rules were written
(h26-) says it for the rules too.  ``--hold PREFIX`` runs that one fold only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycrfsuite
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.extract.dates import find_dates  # noqa: E402
from briefkit.extract.linefeatures import sequence_features  # noqa: E402
from briefkit.extract.linemodel import ENV, MODEL, page_lines  # noqa: E402
from briefkit.readers import read_article  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402

_BATCH = re.compile(r"[a-z]\d{2}-|zh-")  # a batch's file prefix: a letter and two digits (m23-, h26-), or zh-
PARAMS = {"c1": 1.0, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
_CJK = re.compile(r"[\u3400-\u9fff]")
Sequence = tuple[list[list[str]], list[str]]


def corpus() -> list[Path]:
    """The training pages: the development set's top folder and ``heldout/`` (never ``fresh/``)."""
    return articles_in(ARTICLES) + articles_in(ARTICLES / "heldout")


def batch_of(path: Path) -> str:
    """The batch a page belongs to: its file prefix, or "rest"."""
    return found[0] if (found := _BATCH.match(path.name)) else "rest"


def _norm(text: Any) -> str:
    return " ".join(str(text).lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def _size(line: str) -> int:
    return len(re.sub(_CJK, " ", line).split()) + len(_CJK.findall(line)) // 2


def _credit_sized(line: str, named: int) -> bool:
    """A line short enough to be a credit (at most 12 words), or one the credited name or date fills a
    quarter of."""
    return _size(line) <= 12 or named >= len(line.strip()) / 4


def line_label(line: str, kind: str, gold: dict[str, Any]) -> str:
    """The label of one line from the page's gold facts, by the precedence in the module docstring."""
    text = _norm(line)
    title = _norm(gold.get("title") or "")
    if title and title in text and len(text) <= 2 * len(title) + 20:
        return "TITLE"
    # a credit line is short, or the name fills much of it: a sentence that mentions a writer or an outlet
    # ("Reuters reported on Monday that …") is the story, not its credit
    authors = [n for a in gold.get("authors") or [] if (n := _norm(a)) and n in text]
    if authors and _credit_sized(text, sum(len(a) for a in authors)):
        return "BYLINE"
    date = str(gold.get("date") or "")
    dates = [d for d in find_dates(line) if d.value == date and d.precision == "day"] if date else []
    if dates and _credit_sized(line, sum(d.end - d.start for d in dates)):
        return "DATE"
    source = _norm(gold.get("source") or "")
    if source and re.search(rf"(?<!\w){re.escape(source)}(?!\w)", text) and _credit_sized(text, len(source)):
        return "SOURCE"
    if kind == "block" and ((_size(line) >= 12 and not _CJK.search(line)) or len(_CJK.findall(line)) >= 30):
        return "BODY"
    return "OTHER"


def sequences(path: Path) -> list[Sequence]:
    """The labelled top and bottom sequences of one page."""
    gold = YAML(typ="safe", pure=True).load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    page = page_lines(read_article(path))
    found: list[Sequence] = []
    for lines, kinds in ((page.top, page.top_kinds), (page.bottom, page.bottom_kinds)):
        if lines:
            found.append((sequence_features(lines, kinds), [line_label(t, k, gold) for t, k in zip(lines, kinds,
                                                                                                   strict=True)]))
    return found


def train(data: Iterable[Sequence], out: Path) -> None:
    """Train on ``data`` and write the model to ``out`` (through a temporary file, then renamed)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for items, labels in data:
        trainer.append(items, labels)
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".tmp")
    trainer.train(str(temporary))
    temporary.replace(out)


def _label_counts(data: list[Sequence]) -> str:
    counts: dict[str, int] = {}
    for _, labels in data:
        for label in labels:
            counts[label] = counts.get(label, 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def _score(paths: list[Path], model: str, seen: dict[str, list[str]]) -> dict[str, list[int]]:
    """Precision and recall counts of title, date, source and authors over ``paths``, extracted with
    ``model`` as the line model ("off": the rules alone)."""
    from extract_eval import _match, _same_source, extract_article, scored

    os.environ[ENV] = model
    counts = {name: [0, 0, 0, 0] for name in ("title", "date", "source", "authors")}  # hits, found, hits, wanted
    for path in paths:
        want = YAML(typ="safe", pure=True).load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        brief, warnings = extract_article(path)
        meta = brief.meta
        seen.setdefault(path.name, []).append(f"title={meta.title!r} date={meta.date} source={meta.source!r} "
                                              f"authors={meta.authors}")
        titled = not any(w.startswith("no title line found") for w in warnings)
        pairs = [("title", want.get("title"), meta.title if titled else None, lambda a, b: _norm(a) == _norm(b)),
                 ("date", want.get("date"), meta.date.isoformat() if meta.date else None,
                  lambda a, b: str(a) == str(b)), ("source", want.get("source"), meta.source, _same_source)]
        # the fields the benchmark scores for this gold file: a heads-only file only the keys it gives
        for name, expected, found, same in [p for p in pairs if scored(want, p[0])]:
            ok = int(expected is not None and found is not None and same(expected, found))
            counts[name] = [c + d for c, d in zip(counts[name], (ok, int(found is not None), ok,
                                                                int(expected is not None)), strict=True)]
        if not scored(want, "authors"):
            continue
        wanted = [str(a) for a in want.get("authors") or []]
        hits = _match(wanted, meta.authors, lambda a, b: _norm(a) == _norm(b))
        counts["authors"] = [c + d for c, d in zip(counts["authors"], (hits, len(meta.authors), hits, len(wanted)),
                                                   strict=True)]
    return counts


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.2f}" if total else "  - "


def _tag_lines(model: Path, held: list[Sequence], counts: dict[str, list[int]]) -> None:
    """Add the held-out lines' label counts (right, predicted, gold) to ``counts``."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    for items, gold in held:
        for predicted, wanted in zip(tagger.tag(items), gold, strict=True):
            for label, add in ((predicted, (int(predicted == wanted), 1, 0)), (wanted, (0, 0, 1))):
                counts[label] = [a + b for a, b in zip(counts.get(label, [0, 0, 0]), add, strict=True)]
    tagger.close()


def cross_validate(data: dict[Path, list[Sequence]], verbose: bool, lines_only: bool = False,
                   hold: str | None = None) -> None:
    """Leave one batch out at a time (only ``hold`` when given): train without it, score it with the rules
    alone and with the model."""
    batches = sorted({batch_of(p) for p in data}, key=lambda b: (b == "rest", b))
    batches = [b for b in batches if hold is None or b == hold]
    print(f"{'batch':<6} {'pages':>5} " + " ".join(f"{n + ' P/R':>19}" for n in ("title", "date", "source", "authors")))
    print(f"{'':<6} {'':>5} " + " ".join(f"{'rules':>9} {'+model':>9}" for _ in range(4)))
    totals = {"off": {}, "model": {}}  # type: dict[str, dict[str, list[int]]]
    line_counts: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for batch in batches:
            model = Path(folder) / f"{batch}.crfsuite"
            train([s for p, seqs in data.items() if batch_of(p) != batch for s in seqs], model)
            held = [p for p in data if batch_of(p) == batch]
            _tag_lines(model, [s for p in held for s in data[p]], line_counts)
            if lines_only:
                continue
            row = []
            seen: dict[str, list[str]] = {}
            for name, chosen in (("off", "off"), ("model", str(model))):
                counts = _score(held, chosen, seen)
                for field, c in counts.items():
                    totals[name][field] = [a + b for a, b in zip(totals[name].get(field, [0] * 4), c, strict=True)]
                row.append(counts)
            print(f"{batch:<6} {len(held):>5} " + " ".join(
                f"{_ratio(*row[0][f][:2])}/{_ratio(*row[0][f][2:])} {_ratio(*row[1][f][:2])}/{_ratio(*row[1][f][2:])}"
                for f in ("title", "date", "source", "authors")))
            for page, (rules, learned) in seen.items():
                if verbose and rules != learned:
                    print(f"    {page}\n      rules: {rules}\n      model: {learned}")
    print("held-out line labels (each batch tagged by the model trained without it), precision/recall:")
    print("  " + "  ".join(f"{label} {_ratio(c[0], c[1])}/{_ratio(c[0], c[2])}"
                           for label, c in sorted(line_counts.items())))
    if lines_only:
        return
    print(f"{'all':<6} {len(data):>5} " + " ".join(
        f"{_ratio(*totals['off'][f][:2])}/{_ratio(*totals['off'][f][2:])} "
        f"{_ratio(*totals['model'][f][:2])}/{_ratio(*totals['model'][f][2:])}"
        for f in ("title", "date", "source", "authors")))
    os.environ.pop(ENV, None)


def main() -> None:
    """Train the packaged model, or run the leave-one-batch-out validation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--cv", action="store_true", help="leave one batch out at a time and score it")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --cv: the pages the model changes")
    parser.add_argument("--lines-only", action="store_true", help="with --cv: only the held-out line labels")
    parser.add_argument("--hold", metavar="PREFIX", default=None, help="with --cv: only this batch's fold (h26-)")
    parser.add_argument("--corpus", type=Path, default=None, help="train on this folder's pages instead")
    args = parser.parse_args()
    if args.corpus and args.corpus.resolve().is_relative_to((ARTICLES / "fresh").resolve()):
        parser.error("the fresh set is blind: never train on it")
    pages = articles_in(args.corpus) if args.corpus else corpus()
    data = {path: sequences(path) for path in pages}
    if args.cv:
        cross_validate(data, args.verbose, args.lines_only, args.hold)
        return
    start = time.perf_counter()
    every = [s for path in pages for s in data[path]]
    train(every, args.out)
    print(f"trained on {len(pages)} pages ({_label_counts(every)}) in {time.perf_counter() - start:.1f} s; "
          f"model {args.out} is {args.out.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
