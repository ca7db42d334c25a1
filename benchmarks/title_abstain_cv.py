"""Title precision and recall by abstention threshold, each batch held out (sets :mod:`titleabstain`'s weights
and threshold).

For each batch (as ``train_lines.py --cv`` splits them) the line labeller is trained without it, and each of
its pages is extracted with that fold model and abstention turned off: the final title, and the raw facts
the abstention weighs (the pick, whether the rules only guessed it, the label marginals of its line and the
two under it, the story's first paragraphs).  The weighing (a logistic model over
:func:`briefkit.extract.titleabstain.cues_of`) is then fitted once per batch without it, so each page's
probability comes from a labeller *and* a weighing that never saw its batch.  The table shows, for a grid of
thresholds, the title precision and recall over all batches (and per batch for a few) had the extractor
abstained below them, with the right titles that would be lost and the wrong ones dropped; the last line
prints the weights fitted on every batch (copied into :mod:`briefkit.extract.titleabstain`).  Only the
development set's top folder and ``heldout/`` are read, never ``fresh/``.

    python benchmarks/title_abstain_cv.py [--hold PREFIX] [--dump FILE.json] [--load FILE.json]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.extract import titleabstain, titlepick  # noqa: E402
from briefkit.extract.linecues import LineCues  # noqa: E402
from briefkit.extract.linemodel import ENV  # noqa: E402
from briefkit.readers import read_article  # noqa: E402
from extract_eval import extract_article, scored  # noqa: E402
from train_lines import _norm, batch_of, corpus, sequences, train  # noqa: E402

GRID = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
L2 = 1.0
BATCHES = ["h32-", "h31-", "h30-", "h27-", "h26-", "zh-", "rest"]


def _record(path: Path) -> dict[str, Any] | None:
    """One page's title facts under the line model in use, abstention off (None for a page without a
    scored title)."""
    want = YAML(typ="safe", pure=True).load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    if not scored(want, "title"):
        return None
    brief, warnings = extract_article(path)
    titled = not any(w.startswith("no title line found") for w in warnings)
    article = read_article(path)
    cues = LineCues.of(article)
    picked = cues.title(titlepick.pick(article))
    body = " ".join(article.paragraphs[:2])
    at = titleabstain.line_index(picked, cues.top) if picked is not None and not article.title else None
    raw = None if at is None or picked is None else {
        "value": picked.value, "weak": picked.weak, "marginals": [i.probability for i in cues.top[at:at + 3]],
        "body": body}
    gold = want.get("title")
    title = brief.meta.title if titled else None
    return {"page": path.name, "batch": batch_of(path), "gold": gold is not None, "found": title is not None,
            "right": gold is not None and title is not None and _norm(gold) == _norm(title), "raw": raw,
            "title": title}


def records(hold: str | None) -> list[dict[str, Any]]:
    """Every page's record, each batch extracted with the fold model trained without it."""
    pages = corpus()
    data = {path: sequences(path) for path in pages}
    batches = sorted({batch_of(p) for p in pages}, key=lambda b: (b == "rest", b))
    found: list[dict[str, Any]] = []
    saved = titleabstain.THRESHOLD
    titleabstain.THRESHOLD = 0.0  # the report applies the thresholds itself
    try:
        with tempfile.TemporaryDirectory() as folder:
            for batch in [b for b in batches if hold is None or b == hold]:
                model = Path(folder) / f"{batch}.crfsuite"
                train([s for p, seqs in data.items() if batch_of(p) != batch for s in seqs], model)
                os.environ[ENV] = str(model)
                found += [r for p in pages if batch_of(p) == batch and (r := _record(p)) is not None]
    finally:
        titleabstain.THRESHOLD = saved
        os.environ.pop(ENV, None)
    return found


def _cues(found: list[dict[str, Any]]) -> None:
    """Each record's cues, from its stored raw facts (so a cue can change without extracting again)."""
    for r in found:
        raw = r["raw"]
        r["cues"] = None if raw is None else titleabstain.cues_of(raw["value"], raw["weak"], raw["marginals"],
                                                                   raw["body"])


def fit(rows: list[dict[str, Any]]) -> tuple[dict[str, float], float]:
    """Logistic weights of the cues over ``rows`` (found titles: right or not), by Newton steps with an L2
    penalty: deterministic."""
    x = np.array([[1.0] + [r["cues"][k] for k in titleabstain.FEATURES] for r in rows])
    y = np.array([float(r["right"]) for r in rows])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + penalty, x.T @ (p - y) + penalty @ w)
    return {k: round(float(v), 4) for k, v in zip(titleabstain.FEATURES, w[1:], strict=True)}, round(float(w[0]), 4)


def held_out(found: list[dict[str, Any]]) -> None:
    """Each record's probability from a weighing fitted without its batch (``score``; None without cues)."""
    usable = [r for r in found if r["found"] and r["cues"] is not None]
    for batch in sorted({r["batch"] for r in found}):
        weights, bias = fit([r for r in usable if r["batch"] != batch])
        for r in (r for r in found if r["batch"] == batch):
            r["score"] = None if r["cues"] is None else 1.0 / (1.0 + math.exp(-(bias + sum(
                weights[k] * r["cues"][k] for k in titleabstain.FEATURES))))


def _kept(record: dict[str, Any], threshold: float) -> bool:
    return bool(record["found"]) and (record.get("score") is None or record["score"] >= threshold)


def table(found: list[dict[str, Any]], by_batch: list[str]) -> None:
    """Title precision/recall (and the right titles lost, the wrong ones dropped) by threshold, over all
    batches held out, and per batch at each threshold for the batches in ``by_batch``."""
    wanted = sum(r["gold"] for r in found)
    print(f"{len(found)} pages with a scored title, {wanted} with a gold title")
    print(f"{'threshold':>9} {'P':>5} {'R':>5} {'F1':>5} {'right lost':>10} {'wrong dropped':>13}  "
          + " ".join(f"{b:>11}" for b in by_batch))
    for threshold in GRID:
        cells = []
        for chosen in [found] + [[r for r in found if r["batch"] == b] for b in by_batch]:
            kept = [r for r in chosen if _kept(r, threshold)]
            right = sum(r["right"] for r in kept)
            cells.append((right / max(len(kept), 1), right / max(sum(r["gold"] for r in chosen), 1), right, kept))
        p, rec, right, kept = cells[0]
        lost = sum(r["right"] for r in found) - right
        dropped = sum(r["found"] and not r["right"] for r in found) - (len(kept) - right)
        print(f"{threshold:>9.2f} {p:>5.2f} {rec:>5.2f} {2 * p * rec / max(p + rec, 1e-9):>5.2f} {lost:>10} "
              f"{dropped:>13}  " + " ".join(f"{c[0]:>5.2f}/{c[1]:.2f}" for c in cells[1:]))


def main() -> None:
    """Run the leave-one-batch-out extraction and print the threshold table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", metavar="PREFIX", default=None, help="only this batch's fold (h27-)")
    parser.add_argument("--dump", type=Path, default=None, help="write the per-page records to this JSON file")
    parser.add_argument("--load", type=Path, default=None, help="read the records from a --dump file instead")
    args = parser.parse_args()
    found = json.loads(args.load.read_text()) if args.load else records(args.hold)
    if args.dump:
        args.dump.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    _cues(found)
    held_out(found)
    table(found, BATCHES)
    weights, bias = fit([r for r in found if r["found"] and r["cues"] is not None])
    print(f"weights fitted on every batch: {weights} bias {bias}")


if __name__ == "__main__":
    main()
