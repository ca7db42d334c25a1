"""Where a ``briefkit.yaml`` manifest is, without loading its schema.

Most builds name content files, not a manifest: asking "is this a
manifest?" must not import pydantic and build the manifest's models
(:mod:`briefkit.batch.manifest` does that when one is loaded).
"""

from __future__ import annotations

from pathlib import Path

MANIFEST_NAMES = ("briefkit.yaml", "briefkit.yml")


def is_manifest(path: Path) -> bool:
    """A ``briefkit.yaml`` file, or a folder holding one."""
    return path.name in MANIFEST_NAMES or (path.is_dir() and manifest_in(path) is not None)


def manifest_in(folder: Path) -> Path | None:
    """The manifest file inside ``folder``, if any."""
    return next((folder / n for n in MANIFEST_NAMES if (folder / n).is_file()), None)
