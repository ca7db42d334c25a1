"""Abstain from a title the evidence does not carry: a page that prints no headline gets none.

Many stored copies print no headline at all: a search result's extract, a wire story pasted under a
site's menu, a forum post.  The rules and the line labeller still find *some* line shaped like one —
a photo's caption, a widget's name ("Most Read"), a teaser for another story, a section's label, a
server's error line, the story's first sentence — and a draft headed by a wrong title misleads its
reader more than one headed "replace me" (the file name, with its warning): the reviewer fills in an
empty title at a glance, while a plausible wrong one gets signed.

No single cue tells them apart: the labeller's TITLE marginal (:mod:`briefkit.extract.linemodel`) is
low for many real headlines of layouts it has not seen, and a real headline may be short or share few
words with the lede.  So several cues are weighed together by a small logistic model (:data:`WEIGHTS`):
the marginal, the marginals of a credit (date, byline, source) on the two lines under the pick, whether
the pick shares the story's words, whether it is short as a label or long as a sentence, and whether
the rules only guessed it.  The weights and :data:`THRESHOLD` come from the leave-one-batch-out report
``benchmarks/title_abstain_cv.py``: every page is scored by a labeller *and* a weighing trained without
its batch, so the threshold is set on pages neither model saw.  A title the page declares (front matter,
HTML metadata) or labels ("Title: …", "标题:…") is never doubted, nor a line the labeller did not read.
"""

from __future__ import annotations

import math
import re

from briefkit.extract import headlines
from briefkit.extract.linemodel import Labelled
from briefkit.extract.titlescore import shares_subject
from briefkit.extract.wordcount import CJK, word_count

# "Title: …", "标题:…" (after a stored copy's date stamp): the page names its title, whatever the labeller says
_LABELLED = re.compile(r"^\s*(?:date\s+(?:19|20)\d{2}-\d{2}-\d{2}\s*)?"
                       r"(?:(?:title|headline)\s*[:：]|(?:原)?(?:标题|標題)\s*[:：])", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:said|told|added|noted|stated)\b")

FEATURES = ("own", "other", "body", "credit_under", "about", "short", "long", "sentence", "told", "dated", "weak",
            "cjk")
WEIGHTS = {"own": 0.624, "other": -0.637, "body": 0.5672, "credit_under": 0.0619, "about": 0.9309, "short": -0.3131,
           "long": -0.333, "sentence": 0.2645, "told": -0.3613, "dated": 0.0, "weak": 0.5838, "cjk": 0.803}
"""The cues' weights, as ``benchmarks/title_abstain_cv.py`` printed them fitted on every batch (478 pages)."""
BIAS = 2.1869
THRESHOLD = 0.2
"""A pick the weighing gives a lower probability of being the page's headline is dropped.  Held out (each batch
scored by a labeller and a weighing fitted without it, 478 pages) no right title was lost up to 0.20, while at
0.25-0.45 two were (long headlines the labeller had not seen the like of) for one wrong one dropped: the form
checks (:mod:`briefkit.extract.titlescore`) had taken the wrong picks the weighing caught before them.  So the
weighing abstains only where its doubt is extreme.  Checked again on 755 pages (21 batches): held out, no
threshold from 0.10 to 0.40 loses a right title or drops a wrong one (title 0.93/0.92 at each), 0.45 loses one and
0.60 eight, so 0.20 stands.  The weights refitted on those pages change nothing held out either, but score a
two-word widget the labeller reads as furniture ("Most Read") over the threshold (0.33), so the weights above
stay."""


def line_index(picked: headlines.Pick, top: list[Labelled]) -> int | None:
    """The index of ``picked``'s line among the labelled ``top`` lines (None when it is not among them)."""
    wanted = picked.line[:400].strip()
    return next((i for i, item in enumerate(top) if item.text.strip() == wanted), None)


def features(picked: headlines.Pick, top: list[Labelled], body: str) -> dict[str, float] | None:
    """The cues of ``picked`` among the labelled ``top`` lines (None when its line is not among them)."""
    at = line_index(picked, top)
    if at is None:
        return None
    return cues_of(picked.value, picked.weak, [item.probability for item in top[at:at + 3]], body)


def cues_of(value: str, weak: bool, marginals: list[dict[str, float]], body: str) -> dict[str, float]:
    """The cues of a title ``value`` whose line and the two under it have these label ``marginals``."""
    own = marginals[0]
    credit = max((p["DATE"] + p["BYLINE"] + p["SOURCE"] for p in marginals[1:]), default=0.0)
    size = word_count(value)
    return {"own": math.log(own["TITLE"] + 0.01), "other": own["OTHER"], "body": own["BODY"],
            "credit_under": credit, "about": float(shares_subject(value, body)),
            "short": float(size <= 3), "long": float(size >= 16),
            "sentence": float(value.rstrip("”\"’'").endswith((".", "。"))),
            # a story's sentence reports in the past ("…, he said"); a headline in the present ("says")
            "told": float(bool(_TOLD.search(value))),
            "dated": float(headlines.is_date_line(value)),
            "weak": float(weak), "cjk": float(bool(CJK.search(value)))}


def probability(cues: dict[str, float]) -> float:
    """The weighing's probability that a pick with these ``cues`` is the page's headline."""
    score = BIAS + sum(WEIGHTS[name] * cues[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def abstain(picked: headlines.Pick | None, top: list[Labelled], body: str) -> headlines.Pick | None:
    """``picked``, or None when the weighed cues give it less than :data:`THRESHOLD`."""
    if picked is None or not top or THRESHOLD <= 0.0 or _LABELLED.match(picked.line):
        return picked
    cues = features(picked, top, body)
    if cues is None:
        return picked  # a line the labeller never read (past its window): no evidence either way
    return None if probability(cues) < THRESHOLD else picked
