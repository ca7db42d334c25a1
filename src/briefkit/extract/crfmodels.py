"""The packaged learned models (python-crfsuite files under ``data/``): which file is in use, and its tagger.

The line labeller, the source scorer and the organisation scorer each ship a model that an environment variable
can replace or turn off (``off``, ``none`` or ``0``), and each opens its model once per process.  python-crfsuite
is imported on first need: most pages never ask a model anything.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any


def chosen(env: str, packaged: Path) -> Path | None:
    """The model in use: ``$env`` when set (``off`` for none), else the ``packaged`` one."""
    value = os.environ.get(env, "").strip()
    if value.lower() in {"off", "none", "0"}:
        return None
    return Path(value) if value else packaged


@functools.lru_cache(maxsize=8)
def tagger(path: str) -> Any:
    """The tagger for the model at ``path``, opened once per process (None when the file is missing)."""
    if not Path(path).is_file():
        return None
    import pycrfsuite

    opened = pycrfsuite.Tagger()
    opened.open(path)
    return opened


def marginals(opened: Any, rows: list[dict[str, float]]) -> list[float]:
    """Each one-item row's probability of the label "Y" (a candidate scored alone, as the scorers train them)."""
    import pycrfsuite

    found = []
    for feats in rows:
        opened.set(pycrfsuite.ItemSequence([feats]))
        found.append(opened.marginal("Y", 0))
    return found
