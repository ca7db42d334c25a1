"""Template packs: ``templates/<pack>/pack.yaml`` plus its Jinja templates.

Built-in packs live in the top-level ``templates/`` folder of a checkout and
ship inside the wheel as ``briefkit/_templates``; a user folder given with
``--templates DIR`` is searched first, pack by pack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefkit.errors import BriefkitError, input_error
from briefkit.safepath import is_real_below, plain_parts, real_file, shown
from briefkit.yamlfast import read_fast
from briefkit.yamlio import display_path, locate, read_yaml


@lru_cache(maxsize=1)
def builtin_dir() -> Path:
    """The built-in templates: inside the wheel, or the checkout's ``templates/``."""
    packaged = Path(str(resources.files("briefkit"))) / "_templates"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "templates"
    if checkout.is_dir():
        return checkout
    raise BriefkitError("built-in templates not found: the installation is incomplete")


class PackSpec(BaseModel):
    """What ``pack.yaml`` may say."""

    model_config = ConfigDict(extra="forbid")

    product: str = Field(description="note, slides, summary or newsletter")
    description: str = ""
    entry: str = Field(description="The template that renders the product, e.g. note.md.j2")
    output: str = Field(description="Output file stem, e.g. briefing-note")
    formats: dict[str, str] = Field(description="format → writer, e.g. {pdf: pdf, html: html}")
    default_formats: list[str] = Field(default_factory=list)
    extends: str | None = None


@dataclass(frozen=True)
class Pack:
    """A loaded template pack."""

    name: str
    root: Path
    spec: PackSpec
    builtin: bool
    files: tuple[Path, ...] = field(default=())

    @property
    def entry(self) -> str:
        """The loader name of the entry template (``<pack>/<entry>``)."""
        return f"{self.name}/{self.spec.entry}"


def _pack_dirs(user_dir: Path | None) -> list[tuple[Path, bool]]:
    dirs = [(user_dir, False)] if user_dir else []
    return [*dirs, (builtin_dir(), True)]


def list_packs(user_dir: Path | None = None) -> list[Pack]:
    """Every pack visible from ``user_dir`` and the built-ins (user first)."""
    seen: dict[str, Pack] = {}
    for base, builtin in _pack_dirs(user_dir):
        for spec_file in sorted(base.glob("*/pack.yaml")):
            name = spec_file.parent.name
            if name not in seen and real_file(base, f"{name}/pack.yaml") is not None:
                seen[name] = _load(spec_file, builtin)
    return list(seen.values())


def find_pack(name: str, user_dir: Path | None = None) -> Pack:
    """The pack called ``name``: the user's if it has one, else the built-in."""
    for base, builtin in _pack_dirs(user_dir):
        spec_file = base / name / "pack.yaml"
        if spec_file.is_file() or spec_file.is_symlink():
            if real_file(base, f"{name}/pack.yaml") is None:  # a symlinked pack or pack.yaml may lead anywhere
                raise BriefkitError(f"{shown(spec_file)}: a pack and its pack.yaml must be real files and "
                                    "folders inside the templates folder, not symbolic links")
            return _load(spec_file, builtin)
    known = ", ".join(p.name for p in list_packs(user_dir))
    raise BriefkitError(f"no template pack named '{name}' (available: {known})")


def _load(spec_file: Path, builtin: bool) -> Pack:
    # Batch runs ask for the same packs for every item: parse each pack.yaml
    # once per process, again only when the file changes.
    return _load_cached(spec_file, builtin, spec_file.stat().st_mtime_ns)


@lru_cache(maxsize=64)
def _load_cached(spec_file: Path, builtin: bool, mtime_ns: int) -> Pack:
    fast = read_fast(spec_file)  # a clean file: libyaml's fast path; any problem is located below
    try:
        spec = PackSpec.model_validate(fast)
    except ValidationError:
        spec = _validated(spec_file)
    root = spec_file.parent
    if plain_parts(spec.entry) is None:
        raise input_error(display_path(spec_file), "must be a template file inside the pack",
                          locate(read_yaml(spec_file), ["entry"]), "entry")
    # Symlinks are not the pack's files: the loader refuses them, and listing or hashing one could read anything.
    files = tuple(sorted(p for p in root.rglob("*") if is_real_below(root, p) and p.is_file()))
    return Pack(root.name, root, spec, builtin, files)


def _validated(spec_file: Path) -> PackSpec:
    """The spec through the line-aware loader, whose errors carry the file's lines."""
    data = read_yaml(spec_file)
    try:
        return PackSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field_name = ".".join(str(p) for p in err["loc"]) or None
        raise input_error(display_path(spec_file), err["msg"], locate(data, err["loc"]), field_name) from None
