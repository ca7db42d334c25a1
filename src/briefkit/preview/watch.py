"""Watch the content file, the template folders, the theme, its fonts and its logo.

watchfiles (Rust ``notify``: inotify, FSEvents, ReadDirectoryChangesW) reports
changes in batches; each batch becomes one :meth:`Session.refresh`.  Folders
are watched rather than files because editors save by writing a new file and
renaming it over the old one.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from watchfiles import Change, watch

from briefkit.preview.session import Session

STEP_MS = 20
"""How long a batch stays open for more changes once one arrived (watchfiles' ``step``)."""


def roots(session: Session) -> list[Path]:
    """The folders to watch: none inside another one."""
    wanted = {session.content.parent, *session.template_dirs(), *(p.parent for p in session.theme_files())}
    wanted = {p for p in wanted if p.is_dir()}
    return sorted(p for p in wanted if not any(p != q and p.is_relative_to(q) for q in wanted))


def _is_scratch(path: Path) -> bool:
    """Editor and tool leftovers: swap files, backups, hidden temporaries."""
    name = path.name
    return name.startswith((".", "#")) or name.endswith(("~", ".swp", ".swx", ".tmp")) or name.isdigit()


class Watcher(threading.Thread):
    """A daemon thread that re-renders the session's views when their inputs change."""

    def __init__(self, session: Session) -> None:
        super().__init__(name="briefkit-preview-watch", daemon=True)
        self.session = session
        self.stop_event = threading.Event()
        self.ready = threading.Event()
        """Set once the watcher is installed: a change saved after this is seen."""

    def relevant(self, _change: Change, raw: str) -> bool:
        """True for the content file, the theme's files and template files."""
        path = Path(raw)
        if path == self.session.content or path in self.session.theme_files():
            return True
        return not _is_scratch(path) and any(path.is_relative_to(d) for d in self.session.template_dirs())

    def run(self) -> None:
        """Watch until stopped; start again when the theme moves its fonts or logo."""
        while not self.stop_event.is_set():
            watched = roots(self.session)
            for batch in watch(*watched, watch_filter=self.relevant, step=STEP_MS, stop_event=self.stop_event,
                               yield_on_timeout=True, rust_timeout=500, raise_interrupt=False):
                self.ready.set()
                if batch:
                    self._refresh({Path(raw) for _, raw in batch})
                if roots(self.session) != watched:
                    break

    def _refresh(self, paths: set[Path]) -> None:
        try:
            self.session.refresh(self.session.classify(paths))
        except Exception:  # a bug must not end the watching: say so and wait for the next save
            traceback.print_exc()

    def stop(self) -> None:
        """End the watch loop (within about half a second)."""
        self.stop_event.set()
