"""A learned scorer for the organisations an English article names and the rules left out.

The rules of :mod:`briefkit.extract.entities` find bodies by their shape and their sentence; a body with no
institutional word and no cue they know ("Statistics Canada's survey", "StockMarketWire.com") is missed.  Every
run of capitalised words the rules did not take (:func:`briefkit.extract.orgfeatures.candidates`) is scored by a
logistic model (python-crfsuite over one-item sequences, as :mod:`briefkit.extract.outletmodel`) trained on the
development gold by ``benchmarks/train_orgs.py``; one whose probability reaches :data:`ADD`, whose shape is no
place's, pointer's or role's (:func:`briefkit.extract.orgfeatures.unlikely`) and which passes the rules' own test
of a name is added.

The model is judged where the rules had not seen the pages: each full-gold batch (a25 … a39, b25, s24, w24, x24,
z24; 533 gold organisations) scored with the extractor as it was when the batch was added, unseen, plus what the
model trained on the other batches adds (``train_orgs.py --unseen``).  Rules alone .74/.66 precision/recall; with
the model at 0.7 .74/.71 (+27 right, +8 wrong); at 0.5 .72/.71.  On the development set with today's rules, which
were fitted to those pages, leave-one-batch-out (``--cv``): rules .92/.87, with the model at 0.7 .91/.87 (+5 right,
+8 wrong).  Features tried and left out because neither judge moved: every lower-case context word, the word after
next, the name's letter shape and last letters, its initials written elsewhere, a list's neighbour the rules found;
dropping the rules' names the model finds improbable cost more right names than wrong ones.  A run's inner names
are candidates too: a list's items ("SSE and EDF") and the body before a role and its holder ("United Nations
Secretary-General Ban Ki-moon").

The model ships as package data (``data/orgs.crfsuite``).  ``BRIEFKIT_ORG_MODEL`` names another file (the
cross-validation's fold models); ``off`` turns the model off, so the rules alone decide.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefkit.content.model import Entity
from briefkit.extract import crfmodels
from briefkit.extract.orgfeatures import PageWords, candidates, features, unlikely
from briefkit.extract.orgslips import trimmed
from briefkit.extract.wordfind import has_word

MODEL = Path(__file__).with_name("data") / "orgs.crfsuite"
ENV = "BRIEFKIT_ORG_MODEL"
ADD = 0.75
"""The probability at or above which a candidate the rules left out is added (see the module: on the batches the
rules had not seen, 0.7 kept the rules' precision and added 5 points of recall; 0.5 added 0.5 more for 1.5 points of
precision; leave-one-batch-out on today's rules chose no other)."""
Row = tuple[str, dict[str, float]]


def model_path() -> Path | None:
    """The model in use: ``$BRIEFKIT_ORG_MODEL`` when set (``off`` for none), else the packaged one."""
    return crfmodels.chosen(ENV, MODEL)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def overlaps(name: str, found: Sequence[str]) -> bool:
    """Whether ``name`` is one of the ``found`` bodies written another way: inside one, one inside it, or its
    initials."""
    low = name.lower()
    # ("PURA" for "Connecticut Public Utilities Regulatory Authority": the initials may leave a place out)
    return any(_inside(low, other.lower()) or _inside(other.lower(), low)
               or name in {_initials(other), _initials(other)[1:]} for other in found)


def _inside(short: str, long: str) -> bool:
    """Whether ``short`` is written in ``long`` as whole words.  A body found as "E" (a firm's one-letter name) is
    no part of "Competition and Markets Authority", and letters inside a word blocked every candidate holding
    them: on the batches the rules had not seen, whole words add 5 right names and 1 wrong."""
    return has_word(long, short)


def rows(text: str, found: Sequence[str] = ()) -> list[Row]:
    """Every candidate of ``text`` with its features, first mention first, but those ``found`` already."""
    page = PageWords(text)
    return [(name, features(name, mentions, page)) for name, mentions in candidates(text).items()
            if not (found and overlaps(name, found))]


def probabilities(tagger: Any, scored: list[Row]) -> list[tuple[str, float]]:
    """Each candidate's probability of being an organisation."""
    return list(zip((name for name, _ in scored), crfmodels.marginals(tagger, [feats for _, feats in scored]),
                    strict=True))


def chosen(ranked: list[tuple[str, float]], found: Sequence[str], threshold: float = ADD) -> list[str]:
    """The candidates to add: probable enough, not a body already found, each once (the longer spelling
    first found wins over a later one inside it)."""
    added: list[str] = []
    for name, probability in ranked:
        if probability >= threshold and not unlikely(name) and not overlaps(name, [*found, *added]):
            added.append(name)
    return added


def extend(text: str, organisations: list[Entity], keep: Callable[[str, str], bool]) -> list[Entity]:
    """``organisations`` with the candidates of ``text`` the model finds probable and ``keep`` (the rules' own
    test of a name found, given the name and the text) lets stand (unchanged without a model)."""
    path = model_path()
    tagger = crfmodels.tagger(str(path)) if path else None
    if tagger is None or not re.search(r"[A-Z]", text):
        return organisations
    found = [o.name for o in organisations]
    scored = rows(text, found)
    # ("If Congress": a clause's opening the candidate ran over is no part of the name)
    added = [n for n in map(trimmed, chosen(probabilities(tagger, scored), found)) if keep(n, text)]
    return organisations + [Entity(name=n, kind="organisation") for n in added]
