"""A learned labeller for a page's head and closing lines: TITLE, DATE, BYLINE, SOURCE, BODY or OTHER.

Rules written for one site's layout do not carry to sites nobody has seen; a sequence labeller
(a linear-chain CRF, python-crfsuite) trained on the development corpus's gold facts learns what
title, byline, date and credit lines look like from cues that do (:mod:`briefkit.extract.linefeatures`),
and that labels depend on their neighbours (a title, then a byline, then a date line).  It is a cue
beside the rules, never a replacement: :mod:`briefkit.extract.linecues` asks it only where the rules
found nothing or only guessed.

The model ships as package data (``data/lines.crfsuite``, written by ``benchmarks/train_lines.py``)
and loads once per process, on first use.  The environment variable ``BRIEFKIT_LINE_MODEL`` names
another model file (the training script's leave-one-batch-out validation uses it); set to ``off``
it turns the model off, so the rules alone decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefkit.extract import crfmodels
from briefkit.extract.linefeatures import sequence_features
from briefkit.readers import Article

MODEL = Path(__file__).with_name("data") / "lines.crfsuite"
ENV = "BRIEFKIT_LINE_MODEL"
LABELS = ("TITLE", "DATE", "BYLINE", "SOURCE", "BODY", "OTHER")
TOP = 40  # the first lines of a page hold its title, byline, date and source
BOTTOM = 15  # the last lines hold sign-offs, credits and "Source:" notes


@dataclass(frozen=True)
class PageLines:
    """The lines of a page the labeller reads: its top and its bottom, each with where it stands."""

    top: list[str]
    top_kinds: list[str]
    bottom: list[str]
    bottom_kinds: list[str]


def page_lines(article: Article) -> PageLines:
    """The first :data:`TOP` non-empty lines of ``article`` (head lines, then blocks) and the last
    :data:`BOTTOM` (closing blocks, then tail lines), those of the top left out of the bottom."""
    lines = [(t, "head") for t in article.head] + \
        [(b.text, "heading" if b.is_heading else "block") for b in article.blocks] + [(t, "tail") for t in article.tail]
    lines = [(text[:400], kind) for text, kind in lines if text.strip()]
    top = lines[:TOP]
    bottom = lines[max(TOP, len(lines) - BOTTOM):]
    return PageLines([t for t, _ in top], [k for _, k in top], [t for t, _ in bottom], [k for _, k in bottom])


def model_path() -> Path | None:
    """The model in use: ``$BRIEFKIT_LINE_MODEL`` when set (``off`` for none), else the packaged one."""
    return crfmodels.chosen(ENV, MODEL)


@dataclass(frozen=True)
class Labelled:
    """One line, the label the model gives it and the marginal probability of each label."""

    text: str
    label: str
    probability: dict[str, float]


def label_lines(lines: list[str], kinds: list[str]) -> list[Labelled]:
    """Label ``lines`` with the model in use; an empty list when there is none."""
    path = model_path()
    tagger = crfmodels.tagger(str(path)) if path is not None and lines else None
    if tagger is None:
        return []
    tagger.set(sequence_features(lines, kinds))
    labels = tagger.tag()
    known = set(tagger.labels())
    return [Labelled(line, label, {name: tagger.marginal(name, i) if name in known else 0.0 for name in LABELS})
            for i, (line, label) in enumerate(zip(lines, labels, strict=True))]


def label_page(article: Article) -> tuple[list[Labelled], list[Labelled]]:
    """The labelled top and bottom lines of ``article`` (empty lists when no model is in use)."""
    page = page_lines(article)
    return label_lines(page.top, page.top_kinds), label_lines(page.bottom, page.bottom_kinds)
