"""A whole preview: store, session, watcher and server, started and stopped together."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from briefkit.preview.hub import Hub
from briefkit.preview.server import PreviewServer
from briefkit.preview.session import Session
from briefkit.preview.store import Store
from briefkit.preview.watch import Watcher


class Preview:
    """Render once, then watch and serve until :meth:`close` (also usable as a context manager)."""

    def __init__(self, content: Path, products: Iterable[str], templates: Path | None = None,
                 theme: Path | None = None, port: int = 0) -> None:
        self.store = Store()
        self.hub = Hub()
        self.session = Session(content, products, templates, theme, self.store, self.hub)
        self.watcher = Watcher(self.session)
        try:
            self.server = PreviewServer(port, self.hub, self.store)
        except OSError:
            self.store.close()
            raise
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The page's address."""
        return self.server.url

    def start(self, background: bool = True) -> None:
        """Render every view, start watching, and serve (in a thread, or here until closed)."""
        self.session.start()
        self.watcher.start()
        if background:
            self._thread = threading.Thread(target=self.server.serve_forever, name="briefkit-preview-http",
                                            daemon=True)
            self._thread.start()
        else:
            self.server.serve_forever()

    def close(self) -> None:
        """Stop watching and serving, end open event streams, remove the rendered files."""
        self.watcher.stop()
        self.hub.close()
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=5)
        self.server.server_close()
        if self.watcher.is_alive():
            self.watcher.join(timeout=5)
        self.store.close()

    def __enter__(self) -> Preview:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
