"""A repeating interval timer whose signal stops runaway work, shared by the template and item limits."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


def timers_usable() -> bool:
    """Interval timers exist here and this is the main thread (the only one signals reach)."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextmanager
def repeating_timer(timer: int, signum: int, handler: Callable[[int, Any], None], seconds: float) -> Iterator[None]:
    """Call ``handler`` on ``signum`` after ``seconds``, then every second, until the block ends.

    Repeating past the limit matters: should one signal land where its
    exception is swallowed (inside a library's broad ``except``), the next
    one a second later still stops the work.  The previous handler is restored.
    """
    previous = signal.signal(signum, handler)
    signal.setitimer(timer, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
