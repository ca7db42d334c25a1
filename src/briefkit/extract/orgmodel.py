"""A learned scorer for the organisations an English article names and the rules left out.

The rules of :mod:`briefkit.extract.entities` find bodies by their shape and their sentence; a body with no
institutional word and no cue they know ("Statistics Canada's survey", "StockMarketWire.com") is missed.  Every
run of capitalised words the rules did not take (:func:`briefkit.extract.orgfeatures.candidates`) is scored by a
logistic model (python-crfsuite over one-item sequences, as :mod:`briefkit.extract.outletmodel`) trained on the
development gold by ``benchmarks/train_orgs.py``; one whose probability reaches :data:`ADD`, whose shape is no
place's, pointer's or role's (:func:`briefkit.extract.orgfeatures.unlikely`) and which passes the rules' own test
of a name is added.

The model is judged where the rules had not seen the pages: each full-gold batch (a25 … a45, b25, j45, s24, w24,
x24, z24; 278 pages, 622 gold organisations) scored with the extractor as it was when the batch was added, unseen,
plus what the model trained on the other batches adds (``train_orgs.py --unseen``). Rules alone .75/.68
precision/recall (420 right of 558); with the model at 0.7 .76/.72 (448/593); at 0.8 .76/.72 (446/589); at 0.9
.76/.70; at 0.5 .74/.73. On the development set with today's rules, which were fitted to those pages,
leave-one-batch-out (``--cv``, 394 pages, 913 gold): rules .93/.88 (801/862), with the model at 0.7 .92/.88
(808/875), at 0.95 .93/.88 (802/865). Between 0.7 and 0.8 both judges move by three names or fewer, so the threshold
stays. A calibrated veto (drop a name the rules found that the fold's model scores below a floor, ``--cv``'s last
rows) costs far more right names than wrong ones: below 0.02, 22 right for 3 wrong; a second model trained on the
rules' own names (today's and the earlier extractors'; measured once, not kept in the script) did better on the
unseen batches (below 0.2: 3 right for 11 wrong) but worse on the development folds (11 right for 3 wrong), so
neither ships. Features tried and left out because neither judge moved: every lower-case context word, the word
after next, the name's letter shape and last letters, its initials written elsewhere, a list's neighbour the rules
found; a stronger (c2 0.3 … 3) or weaker (0.03) L2 penalty. A run's inner names are candidates too: a list's items
("SSE and EDF") and the body before a role and its holder ("United Nations Secretary-General Ban Ki-moon"; a title of
two words cut off whole, "National Treasury Cabinet Secretary …"; none left ending "of the": "Offices of the
President").

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
ADD = 0.7
"""The probability at or above which a candidate the rules left out is added (see the module: on the batches the
rules had not seen, 0.7 kept the rules' precision and added 4 points of recall; 0.5 added 1 more for 1.5 points of
precision; 0.8 and 0.75 differ from 0.7 by three names or fewer on either judge)."""
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
