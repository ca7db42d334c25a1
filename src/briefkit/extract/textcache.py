"""Caches of what the extractor works out from a text alone, and one switch that empties them all.

A sentence's date, a line's date, a text's person cues or regions: each is a function of its text
(and of nothing else), asked several times in one extraction by different modules, so it is kept
in a small least-recently-used cache and cannot go stale between articles (another article is
another text).  :func:`clear` empties every such cache: the speed benchmark calls it before each
extraction, so that extracting one article several times measures the work, not the caches.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])
_CACHES: list[Any] = []


def text_cache(maxsize: int) -> Callable[[_F], _F]:
    """``functools.lru_cache(maxsize)`` for a function of texts, emptied by :func:`clear`."""
    def decorate(function: _F) -> _F:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return decorate


def clear() -> None:
    """Empty every text cache (see the module)."""
    for cached in _CACHES:
        cached.cache_clear()
