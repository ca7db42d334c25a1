"""The state the page shows, and a version number the event stream waits on."""

from __future__ import annotations

import json
import threading
from typing import Any


class Hub:
    """Thread-safe holder of the page's state; every change bumps :attr:`version`."""

    def __init__(self) -> None:
        self.version = 0
        self._state: dict[str, Any] = {}
        self._changed = threading.Condition()
        self.closed = False

    def publish(self, state: dict[str, Any]) -> None:
        """Replace the state and wake every waiting event stream."""
        with self._changed:
            self.version += 1
            self._state = {**state, "version": self.version}
            self._changed.notify_all()

    def snapshot(self) -> bytes:
        """The current state as JSON bytes."""
        with self._changed:
            return json.dumps(self._state, ensure_ascii=False).encode("utf-8")

    def wait(self, seen: int, timeout: float) -> int:
        """Block until the version differs from ``seen``, the hub closes or ``timeout`` passes."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen or self.closed, timeout)
            return self.version

    def close(self) -> None:
        """Wake every stream so it can end."""
        with self._changed:
            self.closed = True
            self._changed.notify_all()
