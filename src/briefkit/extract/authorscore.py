"""Writers guessed by a learned scorer of person-name candidates, where no byline rule named any.

Each candidate of :mod:`briefkit.extract.authorfeatures` (a name on a head, near-title or closing line, with
its cues) gets a probability from a logistic model whose weights (``data/authors.json``) were learned from the
development corpus's gold by ``benchmarks/train_authors.py``.  That script also checks the model batch by batch
(``--cv``: one fold per file prefix, each batch scored by a model that never saw it) and sets the threshold
there: :data:`THRESHOLD` is the lowest probability at which the guesses on batches the model had not seen were
right most of the time.  Below it the scorer abstains.  Every guess carries the weak-guess warning.

The environment variable ``BRIEFKIT_AUTHOR_MODEL`` names another weights file (``off`` for none): the
cross-validation scores each fold through the real extractor with it.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefkit.extract import authorcands, givennames, notwriters
from briefkit.extract.authorfeatures import Cand, candidates
from briefkit.extract.authorfilter import WriterFilter
from briefkit.readers import Article

MODEL = Path(__file__).with_name("data") / "authors.json"
ENV = "BRIEFKIT_AUTHOR_MODEL"


@dataclass(frozen=True)
class Model:
    """Learned weights of the cues, the bias and the probability a guess must reach."""

    weights: dict[str, float]
    bias: float
    threshold: float


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    """The model stored at ``path`` (None when there is no such file)."""
    if not Path(path).is_file():
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Model({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                 float(data["threshold"]))


def model() -> Model | None:
    """The model in use: ``$BRIEFKIT_AUTHOR_MODEL`` when set (``off`` for none), else the packaged one."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen.lower() in {"off", "none", "0"}:
        return None
    return _load(chosen or str(MODEL))


def probability(features: dict[str, float], weights: Model) -> float:
    """The model's probability that a candidate with ``features`` is one of the page's writers."""
    z = weights.bias + sum(weights.weights.get(key, 0.0) * value for key, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Guess:
    """The names the scorer picks, the line they stand on and the best probability."""

    names: list[str]
    line: str
    probability: float


def guess(article: Article, title_line: str | None, title: str | None = None,
          editors: tuple[str, ...] = ()) -> Guess | None:
    """The writers the learned scorer points to, or None when no candidate reaches the threshold.

    The best candidate's line gives the guess; another name on that line joins it when it also reaches the
    threshold ("By Jane Doe and Tom Lee").  Only candidates that could be the writer compete
    (:func:`eligible`): a teaser's byline at the foot or a photographer scoring highest must not hide the
    writer's own line below it."""
    weights = model()
    if weights is None:
        return None
    scored = [(probability(c.features, weights), c) for c in candidates(article, title_line, title)]
    return pick(eligible(scored, article, title, editors), weights.threshold)


def eligible(scored: list[tuple[float, Cand]], article: Article, title: str | None,
             editors: tuple[str, ...] | list[str] = ()) -> list[tuple[float, Cand]]:
    """The candidates that could be the page's writer, as every source of names is checked
    (:class:`briefkit.extract.authorfilter.WriterFilter`: no outlet, photographer, teaser's writer, press contact,
    place or interface word), that read as a person's name, that the page does not credit as an editor and
    that neither speak in the title nor head a quotation of a round-up, on a line that neither cites a work nor
    introduces a quotation (:func:`briefkit.extract.authorcands.cites_or_quotes`).  Checked before the best is
    picked, not after: a best that the filter takes out would leave the page with no writer where a lower
    candidate is the right one."""
    allowed = allowed_names([c.name for _, c in scored], article, title, editors)
    return [(p, c) for p, c in scored if c.name in allowed and not notwriters.passive_agent(c.name, c.line)
            and not authorcands.cites_or_quotes(c.line, c.name)]


def allowed_names(names: list[str], article: Article, title: str | None,
                  editors: tuple[str, ...] | list[str] = ()) -> set[str]:
    """Which of ``names`` (candidates' names on ``article``) may be its writer, by :func:`eligible`'s tests."""
    if not names:
        return set()
    names = list(dict.fromkeys(names))
    # (the scorer weighs a quoted source among its cues: its names count as credited)
    keep = WriterFilter(article, article.head)
    kept = set(keep.writers(names, names))
    lowered = givennames.lower_words(article.text)
    return {n for n in names if (n in kept or notwriters.without_postnominals(n) in kept) and n not in editors
            and givennames.plausible_guess(n, lowered) and not _speaks_in_title(n, title)
            and not keep.speaker_over_quote(n)}


def pick(scored: list[tuple[float, Cand]], threshold: float) -> Guess | None:
    """The guess from candidates and their probabilities: the best candidate at or above ``threshold``, with the
    names its line joins to it as one credit ("By Jane Doe and Tom Lee": the second name's own cues are weaker,
    its credit word standing before the first)."""
    above = [(p, c) for p, c in scored if p >= threshold]
    if not above:
        return None
    best_p, best = max(above, key=lambda pc: (pc[0], -pc[1].index))
    lowered = best.line.lower()  # (a credit in capitals names "Jane Doe": its names are found in lower case)
    on_line = sorted({c.name for _, c in scored if c.index == best.index}, key=lambda n: lowered.find(n.lower()))
    return Guess(joined(on_line, best.name, best.line), best.line, best_p)


# what stands between two writers of one credit: "A and B", "A, B", "A/B", "崔静、韩洁", "朱方芳 臧赫"
_JOINER = re.compile(r"^\s*(?:,|;|&|/|\||、|，|\band\b|,\s*and\b)?\s*$", re.IGNORECASE)


def joined(names: list[str], best: str, line: str) -> list[str]:
    """The names of ``line`` joined to ``best`` as one credit ("A and B", "A, B"): a name further on, after
    other words ("Posted by A“If …,” B wrote"), is someone the text is about."""
    groups: list[list[str]] = []
    end = 0
    lowered = line.lower()  # a credit in capitals ("By JANE DOE and TOM LEE") names "Jane Doe" and "Tom Lee"
    for name in names:
        at = lowered.find(name.lower(), end)
        if at < 0:
            groups.append([name])
            continue
        if groups and _JOINER.match(line[end:at]):
            groups[-1].append(name)
        else:
            groups.append([name])
        end = at + len(name)
    return next((g for g in groups if best in g), [best])


def _speaks_in_title(name: str, title: str | None) -> bool:
    """Whether the title opens with ``name`` and a colon ("李明华:不提呈明年财案"): what that person said, the
    story's subject, not its writer (a title led by its authors is read before any guess is made)."""
    return bool(title and re.match(re.escape(name) + r"\s*[:：]", title.strip()))


def writers(article: Article, title_line: str | None, title: str | None,
            editors: list[str]) -> tuple[list[str], list[str]]:
    """The scorer's writers on ``article`` and their weak-guess warning; none where it abstains.

    A name the page credits as an editor (``editors``: "Compiled by Tom Lee", an editing credit, is its own
    field) is left out; the caller's :class:`briefkit.extract.authorfilter.WriterFilter` takes out the rest
    (outlets, photographers, teasers' writers), as it does for every source of names."""
    found = guess(article, title_line, title, tuple(editors))
    # "Statement by Jane Doe, Director of …:" over a quotation: a writer's credit never introduces a quote,
    # a speaker's does (a speech or statement has no author, README)
    if found is None or found.line.rstrip().endswith((":", "：")):
        return [], []
    names = [notwriters.without_postnominals(n) for n in found.names]
    if not names:
        return [], []
    return names, [f"meta.authors is a guess (the name scorer read '{found.line[:60]}' as the byline, "
                   f"p={found.probability:.2f}): check it"]


# Below this probability a guess is withheld, its names kept in the warning.  Scored by the code of the stop each
# batch was gathered in (``benchmarks/guess_calibration.py --at-gathering``), the held-back batches since the scorer
# came in drew 13 guesses: of the 6 under 0.7 two were right, of the 7 at or over it four (the three wrong ones each
# of a kind a rule now takes out: a link's "Read More", a heading's "Key Takeaways", a round-up's speaker).  The
# leave-one-batch-out figures of ``train_authors.py --cv``, on rules tuned to every other batch, agree in direction
# (2 right of 3 in 0.6-0.7).
FIRM = 0.7
_GUESS_P = re.compile(r"^meta\.authors is a guess \(the name scorer read '(?P<line>.*)' as the byline, "
                      r"p=(?P<p>[\d.]+)\): check it$")


def withheld(names: list[str], warned: list[str]) -> tuple[list[str], list[str]]:
    """The scorer's ``names`` and warning ``warned`` as the draft gives them: a guess under :data:`FIRM` left out,
    the names kept in the warning for the reviewer (a wrong writer is a misattribution a reader repeats; an empty
    field with the candidate named costs one look)."""
    guessed = next((m for w in warned if (m := _GUESS_P.match(w))), None)
    if guessed is None or not names or float(guessed["p"]) >= FIRM:
        return names, warned
    return [], [f"meta.authors left empty: the page may credit '{', '.join(names)}' (a guess scored {guessed['p']} "
                f"by the name scorer, from the line '{guessed['line']}'): set it if so"]


def scored_candidates(article: Article, title_line: str | None, title: str | None,
                      weights: Model) -> list[tuple[float, Cand]]:
    """Every candidate with its probability under ``weights`` (for the training script's checks)."""
    return [(probability(c.features, weights), c) for c in candidates(article, title_line, title)]
