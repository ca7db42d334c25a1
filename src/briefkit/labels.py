"""The label catalogue: every word readers see that content does not supply.

"DRAFT", "Recommendation", "Source article: …", "(cont.)", "Page X of Y" are
not content and must not be string literals in writers either: a catalogue
per language (``templates/base/labels/<lang>.yaml``) holds them, templates
read it as ``labels`` and writers receive it through their render options.
A catalogue needs only the keys it translates; the rest fall back to English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefkit.errors import BriefkitError
from briefkit.packs import builtin_dir
from briefkit.yamlfast import read_fast
from briefkit.yamlio import display_path, read_yaml

FALLBACK = "en"
MAX_LABEL_BYTES = 256 * 1024
"""A catalogue larger than this is refused: it is a list of short phrases."""


class _Missing(dict[str, str]):
    """Format values: a placeholder the caller did not give stays visible, never raises."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Labels:
    """One language's labels with English fallback; ``get`` fills ``{name}`` placeholders."""

    language: str = FALLBACK
    table: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str, **values: Any) -> str:
        """The label ``key`` with its placeholders filled; the key itself when unknown."""
        text = self.table.get(key)
        if text is None:
            text = english().table.get(key, key) if self.table is not english().table else key
        return text.format_map(_Missing({k: str(v) for k, v in values.items()})) if values else text

    def __getitem__(self, key: str) -> str:
        """Template access: ``labels.draft`` or ``labels["draft"]``."""
        return self.get(key)

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        return self.get(key)


def _read(path: Path) -> dict[str, str]:
    # The fast path for clean files (as packs and themes); the line-aware loader reports anything else.
    data = read_fast(path, MAX_LABEL_BYTES)
    if data is None:
        data = read_yaml(path, MAX_LABEL_BYTES)
    if not isinstance(data, dict):
        raise BriefkitError(f"{display_path(path)}: a label catalogue is a mapping of key: text")
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _candidates(language: str) -> list[str]:
    """'pt-BR' → ['pt-BR', 'pt_BR', 'pt']: the exact tag first, then its primary subtag."""
    tag = language.strip()
    primary = tag.replace("_", "-").split("-")[0].lower()
    return list(dict.fromkeys([tag, tag.replace("-", "_"), primary]))


@lru_cache(maxsize=1)
def english() -> Labels:
    """The built-in English catalogue every other falls back to."""
    return Labels(FALLBACK, _read(builtin_dir() / "base" / "labels" / f"{FALLBACK}.yaml"))


@lru_cache(maxsize=16)
def labels_for(language: str, user_dir: Path | None = None) -> Labels:
    """The catalogue for ``language``: the user's templates first, then the built-ins, over English."""
    table = dict(english().table)
    folders = [builtin_dir()] + ([user_dir] if user_dir is not None else [])
    # Most general first, so the exact language wins, and a user's file over the built-in one.
    for name in [FALLBACK, *reversed(_candidates(language))]:
        for folder in folders:
            path = folder / "base" / "labels" / f"{name}.yaml"
            if path.is_file() and not (folder == builtin_dir() and name == FALLBACK):
                table.update(_read(path))
    return Labels(language, table)
