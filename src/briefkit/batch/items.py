"""Which files a build covers, and the output folder (slug) each one gets.

Folders contribute their content files and articles (not recursively).  Two
items with the same stem would write into the same folder, so slugs are made
unique deterministically: items are ordered by path (a content file before an
article of the same name), the first keeps its stem, the next ones get their
folder's name appended, or their type when they share the folder (``-2``,
``-3`` if that is taken too), and the renaming is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefkit.batch.jobs import Kind, item_kind
from briefkit.errors import BriefkitError
from briefkit.yamlio import display_path

RESERVED = frozenset({"build-report.json", ".briefkit-cache.json", ".briefkit-cache.jsonl", ".briefkit.lock"})
"""Names the build itself writes at the top of the output folder."""


@dataclass(frozen=True)
class Item:
    """One input file with its output folder name."""

    path: Path
    kind: Kind
    slug: str
    note: str | None = None
    """Why the slug differs from the file's stem, if it does."""

    @property
    def source(self) -> str:
        """The path as the user reads it."""
        return display_path(self.path)


def _folder_files(folder: Path) -> list[Path]:
    # Symlinks in a content folder are skipped: one could lead to any file on the machine.
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink() and not p.name.startswith(".")
                  and item_kind(p) is not None and p.name not in ("briefkit.yaml", "briefkit.yml"))


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files, and the files in folders, without duplicates, in the order given."""
    files: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            found = _folder_files(path)
        elif path.is_file():
            found = [path]
        elif path.exists():
            raise BriefkitError(f"{display_path(path)}: not a regular file or folder (a device, pipe or socket)")
        else:
            raise BriefkitError(f"{display_path(path)}: no such file or folder")
        if path.is_file() and item_kind(path) is None:
            raise BriefkitError(f"{display_path(path)}: not a content file (.yaml, .json) or an article "
                                "(.txt, .md, .html, .docx)")
        for file in found:
            files.setdefault(file.resolve(), file)
    return list(files.values())


def _candidates(path: Path, clash: list[Path]) -> list[str]:
    """Suffixes that tell ``path`` apart: its folder's name, or its type when the folder is shared."""
    parent = path.resolve().parent
    if any(other.resolve().parent == parent for other in clash):
        return [f"{path.stem}-{path.suffix.lstrip('.').lower()}"]
    return [f"{path.stem}-{parent.name}"] if parent.name else []


def _order(path: Path) -> tuple[str, str, bool, str]:
    # A curated content file keeps the plain slug before an article of the same name.
    return (str(path.resolve().parent), path.stem, item_kind(path) != "content", path.name)


def assign_slugs(paths: list[Path]) -> list[Item]:
    """An :class:`Item` per path, each with a slug no other item shares (case-insensitively)."""
    taken = set(RESERVED)
    slugs: dict[Path, tuple[str, str | None]] = {}
    stems: dict[str, list[Path]] = {}
    for path in paths:
        stems.setdefault(path.stem.casefold(), []).append(path)
    for path in sorted(paths, key=_order):
        clash = [p for p in stems[path.stem.casefold()] if p != path]
        slug = path.stem
        if slug.casefold() in taken:
            slug = _unique(path, clash, taken)
        taken.add(slug.casefold())
        note = (f"slug '{path.stem}' is shared with {display_path(clash[0])}; writing to '{slug}'"
                if slug != path.stem else None)
        slugs[path] = (slug, note)
    return [Item(p, item_kind(p) or "content", *slugs[p]) for p in paths]


def _unique(path: Path, clash: list[Path], taken: set[str]) -> str:
    for slug in _candidates(path, clash):
        if slug.casefold() not in taken:
            return slug
    number = 2
    while f"{path.stem}-{number}".casefold() in taken:
        number += 1
    return f"{path.stem}-{number}"
