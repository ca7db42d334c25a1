"""Rendered files in the preview's own temporary folder, named by their content's hash.

The server never joins a requested path onto a folder: it looks the name up
in this store, which only knows files it wrote itself.  Hash names also let
the browser keep a slide whose image did not change.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

NAME = re.compile(r"^[0-9a-f]{24}\.(?:jpg|html|pdf|docx)$")
"""The only shape of name the store hands out, and so the only one the server accepts."""

TYPES = {
    ".jpg": "image/jpeg",
    ".html": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class Store:
    """Content-addressed files under one private folder, removed by :meth:`close`."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="briefkit-preview-")).resolve()
        self._names: set[str] = set()
        self._lock = threading.Lock()

    def put(self, data: bytes, suffix: str) -> str:
        """Store ``data`` (once) and return its name, e.g. ``3f…e1.jpg``."""
        name = hashlib.sha256(data).hexdigest()[:24] + suffix
        with self._lock:
            if name not in self._names:
                tmp = self.root / f".{name}.tmp"
                tmp.write_bytes(data)
                os.replace(tmp, self.root / name)
                self._names.add(name)
        return name

    def path(self, name: str) -> Path | None:
        """The file for a name this store wrote, else None (nothing else is ever served)."""
        if not NAME.match(name):
            return None
        with self._lock:
            if name not in self._names:
                return None
        path = (self.root / name).resolve()
        return path if path.parent == self.root and path.is_file() else None

    def keep_only(self, names: set[str]) -> None:
        """Remove every file not in ``names`` (the views on show and the ones before them)."""
        with self._lock:
            for name in self._names - names:
                (self.root / name).unlink(missing_ok=True)
            self._names &= names

    def close(self) -> None:
        """Remove the folder and everything in it."""
        shutil.rmtree(self.root, ignore_errors=True)


def content_type(name: str) -> str:
    """The media type of a stored name."""
    return TYPES[Path(name).suffix]
