"""Freed heap given back to the operating system between items (glibc's ``malloc_trim``).

An item's render allocates and frees tens of megabytes (document trees,
layouts, the files themselves).  glibc keeps most of what is freed inside
the process, scattered between live blocks, so a worker's resident memory
creeps up item after item although what it holds does not.  ``malloc_trim``
hands the free pages back: a few megabytes per worker, for well under a
millisecond an item.  Elsewhere (another C library, another system) it is
not there and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _trimmer() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the process's C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter already runs on
    except (OSError, AttributeError):  # musl and others: no such function
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Give the heap's free pages back to the system; True when it could be asked."""
    trim = _trimmer()
    if trim is None:
        return False
    trim(0)
    return True
