"""A bounded cache that keeps only what recurs: the shared store of :mod:`.zipcache` and :mod:`.rlserial`.

Those two remember compressed bytes of large zip members and PDF streams
from one file to the next.  Of what a batch item's files hold, few members
recur: the font subsets and the reference's styles, about a dozen a worker,
a few hundred kilobytes.  The rest (each item's document, charts, workbooks,
pictures) is new every time.  Keeping every large value filled each cache
to its byte limit with values never asked for again: about 4 MB a worker
process, held for nothing.

So a value is kept only from the second time its key is offered.  The first
time, only the key's hash is noted (a few bytes; a hash shared by two keys
can only let a value in early, never give a wrong one back, since values are
found by the whole key).  A value that recurs is then worked out twice per
process instead of once, and nothing that does not recur is held.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

SEEN_MAX = 4096
"""Hashes of keys offered once that are remembered; past this many, the notes start afresh."""


class RecurringCache(Generic[K, V]):
    """Values by key, kept from a key's second offer on, least recently used forgotten past ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.kept: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self.kept_bytes = 0
        self.seen: set[int] = set()
        self._lock = threading.Lock()  # a threaded executor may save two files at once

    def get(self, key: K) -> V | None:
        """The value kept for ``key``, or None."""
        with self._lock:
            found = self.kept.get(key)
            if found is None:
                return None
            self.kept.move_to_end(key)
            return found[0]

    def offer(self, key: K, value: V, size: int) -> None:
        """Keep ``value`` (``size`` bytes with its key) if ``key`` was offered before; else note the key."""
        marker = hash(key)
        with self._lock:
            if marker not in self.seen:
                if len(self.seen) >= SEEN_MAX:
                    self.seen.clear()
                self.seen.add(marker)
                return
            if key in self.kept:
                return
            self.kept[key] = (value, size)
            self.kept_bytes += size
            while self.kept_bytes > self.max_bytes and len(self.kept) > 1:
                _, (_, gone) = self.kept.popitem(last=False)
                self.kept_bytes -= gone

    def clear(self) -> None:
        """Forget every value and every note."""
        with self._lock:
            self.kept.clear()
            self.kept_bytes = 0
            self.seen.clear()
