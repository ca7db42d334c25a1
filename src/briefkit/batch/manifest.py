"""``briefkit.yaml``: which items to build, with which products, formats, theme and templates.

Paths in a manifest are relative to the manifest's folder; ``items`` entries
may be files, folders or glob patterns.  Errors carry the manifest's file and
line, like every other input file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefkit.batch.manifest_files import MANIFEST_NAMES as MANIFEST_NAMES
from briefkit.batch.manifest_files import is_manifest as is_manifest
from briefkit.batch.manifest_files import manifest_in as manifest_in
from briefkit.errors import InputError, Problem, input_error
from briefkit.safepath import is_real_below, plain_parts
from briefkit.yamlio import display_path, format_loc, locate, read_yaml

Product = Literal["note", "slides", "summary", "all"]
Format = Literal["pdf", "docx", "html", "md", "pptx"]
Handout = Literal["1", "2", "3", "4", "6", "notes"]


class NewsletterSettings(BaseModel):
    """Defaults for ``briefkit newsletter`` when it is given this manifest."""

    # Validators are built on first use: most builds name content files, not a manifest.
    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: str | None = None
    issue: int | None = Field(default=None, ge=1)
    date: dt.date | None = None
    intro: str | None = None


class Manifest(BaseModel):
    """What a ``briefkit.yaml`` may say."""

    # Validators are built on first use: most builds name content files, not a manifest.
    model_config = ConfigDict(extra="forbid", defer_build=True)

    items: list[str] = Field(default_factory=lambda: ["content"], min_length=1,
                             description="Content files, articles, folders or glob patterns.")
    products: list[Product] = Field(default_factory=list)
    formats: list[Format] = Field(default_factory=list)
    out: str | None = None
    theme: str | None = None
    templates: str | None = None
    handouts: list[Handout] = Field(default_factory=list)
    reference_docx: str | None = None
    reference_pptx: str | None = None
    newsletter: NewsletterSettings = NewsletterSettings()


@dataclass(frozen=True)
class LoadedManifest:
    """A validated manifest with where it came from (for relative paths and error lines)."""

    spec: Manifest
    path: Path
    item_lines: tuple[int | None, ...]
    out_line: int | None = None

    @property
    def base(self) -> Path:
        """The folder its relative paths start from."""
        return self.path.parent

    def resolve(self, value: str | None) -> Path | None:
        """A manifest path relative to the manifest's folder."""
        return None if value is None else self.base / value


def load_manifest(path: Path) -> LoadedManifest:
    """Load and validate a manifest, reporting each problem with its line."""
    name = display_path(path)
    data = read_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise input_error(name, "a manifest must be a mapping (items, products, formats, …)", 1)
    try:
        spec = Manifest.model_validate(data)
    except ValidationError as exc:
        raise InputError([Problem(name, locate(data, e["loc"]), format_loc(e["loc"]) or None, e["msg"])
                          for e in exc.errors()]) from None
    lines = tuple(locate(data, ["items", i]) for i in range(len(spec.items)))
    return LoadedManifest(spec, path, lines, locate(data, ["out"]))


def locate_key(loaded: LoadedManifest, key: str) -> int | None:
    """The line of a top-level key of the manifest (only ``out`` is remembered)."""
    return loaded.out_line if key == "out" else None


def expand_items(loaded: LoadedManifest) -> list[Path]:
    """The manifest's ``items`` as paths: files, folders and glob matches, in order."""
    paths: list[Path] = []
    name = display_path(loaded.path)
    for pattern, line in zip(loaded.spec.items, loaded.item_lines, strict=True):
        rel = _relative(pattern)
        if rel is None:
            raise input_error(name, f"'{pattern}' must be a path inside the manifest's folder (no '..', not "
                                    "absolute)", line, "items")
        target = loaded.base / rel if rel else loaded.base
        if any(ch in pattern for ch in "*?["):
            # A glob never leaves the folder through a symlink either: such matches are skipped.
            matches = sorted(m for m in loaded.base.glob(pattern) if is_real_below(loaded.base, m))
            if not matches:
                raise input_error(name, f"'{pattern}' matches no file", line, "items")
            paths.extend(matches)
        elif rel and not is_real_below(loaded.base, target):
            raise input_error(name, f"'{pattern}' is or passes through a symbolic link; items must be real files "
                                    "and folders inside the manifest's folder", line, "items")
        elif target.exists():
            paths.append(target)
        else:
            raise input_error(name, f"'{pattern}' does not exist", line, "items")
    return paths


def output_folder(loaded: LoadedManifest) -> Path | None:
    """The manifest's ``out``: a folder inside the manifest's folder, reached through real folders."""
    out = loaded.spec.out
    if out is None:
        return None
    rel = _relative(out)
    if not rel or not is_real_below(loaded.base, loaded.base / rel):
        raise input_error(display_path(loaded.path), f"'{out}' must be a folder inside the manifest's folder "
                          "(no '..', not absolute, no symbolic link)", locate_key(loaded, "out"), "out")
    return loaded.base / rel


def _relative(value: str) -> str | None:
    """``value`` without ``.`` parts when it is a relative path that never climbs (``''`` for the folder itself)."""
    rel = "/".join(p for p in value.split("/") if p not in ("", "."))
    if value.startswith("/") or (rel and plain_parts(rel) is None):
        return None
    return rel
