"""The template loader: real files inside the pack's folders only, of a bounded size.

A template pack is untrusted input: a file in it that is a symbolic link to
``/etc/passwd``, or a gigabyte of text, must be refused before it is read, with
an error naming the file (see SECURITY.md).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, TemplateNotFound
from jinja2.loaders import split_template_path

from briefkit.errors import TemplateError
from briefkit.safepath import real_file, shown
from briefkit.yamlio import TooLarge, display_path, read_error, read_limited

MAX_TEMPLATE_BYTES = 1024 * 1024
"""A template file larger than this is refused before it is read."""


class BoundedLoader(FileSystemLoader):
    """A file-system loader for real files inside its folders only, refusing oversized ones before reading.

    A template name is a path below one of the loader's folders: every part of
    it must be a real folder or file there, never a symlink (a pack file that
    links to ``/etc/passwd`` would otherwise be rendered into the output), and
    the file must be a regular one of at most :data:`MAX_TEMPLATE_BYTES`.
    """

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        """The template's text, its file name and an up-to-date check, as Jinja expects."""
        parts = split_template_path(template)  # raises TemplateNotFound for '..'
        for root in self.searchpath:
            lexical = Path(root, *parts)
            if not os.path.lexists(lexical):
                continue
            path = real_file(Path(root), "/".join(parts))
            if path is None:
                raise TemplateError(f"{shown(lexical)}: a template must be a regular file inside its "
                                    "folder, not a symbolic link, device or folder")
            return self._read(path)
        raise TemplateNotFound(template)

    def _read(self, path: Path) -> tuple[str, str, Any]:
        try:
            raw = read_limited(path, MAX_TEMPLATE_BYTES)
        except TooLarge:
            raise TemplateError(f"{display_path(path)}: template is {path.stat().st_size:,} bytes, over the "
                                f"{MAX_TEMPLATE_BYTES:,}-byte limit") from None
        except OSError as exc:
            raise TemplateError(f"{display_path(path)}: {read_error(exc)}") from None
        try:
            text = raw.decode(self.encoding)
        except UnicodeDecodeError as exc:
            raise TemplateError(f"{display_path(path)}: not valid UTF-8 (byte {exc.start})") from None
        mtime = path.stat().st_mtime

        def uptodate() -> bool:
            try:
                return path.stat().st_mtime == mtime
            except OSError:
                return False

        return text, os.path.normpath(path), uptodate
