"""A Brief as a content file: YAML in the hand-curated layout, and ``--update``.

The draft is written with ruamel.yaml so that ``--update`` can load the
reviewed file round-trip, add only what is new (missing keys, list items
whose provenance is not there yet) and write it back with the reviewer's
edits, order and comments untouched.  The result is validated as a Brief
before it is returned, so a file on disk is always loadable.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import FoldedScalarString

from briefkit.content.loader import validate
from briefkit.content.model import Brief
from briefkit.yamlio import display_path, read_yaml

_ORDER = ["meta", "purpose", "summary", "key_points", "background", "sections", "figures", "timeline", "quotes",
          "organisations", "places", "questions", "implications", "sources"]
# What makes two items "the same" when merging: a reviewer rewrites labels, events and
# source texts, but a figure stays its value and unit, a quote its words, a place its name.
_IDENTITY = {"figures": ("value",), "timeline": ("date", "source_text"), "quotes": ("text",),
             "organisations": ("name",), "places": ("name",), "sections": ("heading",), "sources": ("title",)}
# Editorial lists are the reviewer's choice: filled when empty, never added to.
_EDITORIAL = {"key_points", "background", "questions", "implications"}
_FOLD_AT = 88


def _yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    return yaml


def _plain(brief: Brief) -> dict[str, Any]:
    data = brief.model_dump(mode="json", exclude_none=True)
    meta = {k: v for k, v in data.pop("meta").items() if v not in ([], None)}
    if brief.meta.date is not None:
        meta["date"] = brief.meta.date  # an unquoted YAML date, as a person writes it
    body = {k: data[k] for k in _ORDER[1:] if data.get(k) not in (None, "", [])}
    for items in body.values():
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                for key in [k for k, v in item.items() if v == []]:
                    del item[key]
                if isinstance(item.get("value"), float) and item["value"].is_integer():
                    item["value"] = int(item["value"])  # 54000, not 54000.0, as a person writes it
                if "source_text" in item:  # provenance last: the item's own fields read first
                    item["source_text"] = item.pop("source_text")
    return {"meta": meta, **body}


def _to_commented(value: Any) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _to_commented(item)
        return out
    if isinstance(value, list):
        return CommentedSeq(_to_commented(v) for v in value)
    if isinstance(value, str):
        return _folded(value)
    return value


def _folded(text: str) -> Any:
    """Long one-line strings as ``>-`` blocks folded at spaces, like the curated files."""
    if len(text) <= _FOLD_AT or "\n" in text or "  " in text or text != text.strip():
        return text
    folded = FoldedScalarString(text)
    positions: list[int] = []
    line_start = 0
    last_space = -1
    for i, char in enumerate(text):
        if char == " ":
            if i - line_start > _FOLD_AT and last_space > line_start:
                positions.append(last_space)
                line_start = last_space + 1
            last_space = i
    if len(text) - line_start > _FOLD_AT and last_space > line_start:
        positions.append(last_space)
    folded.fold_pos = positions
    return folded


def _identity(key: str, item: Any) -> tuple[str, ...]:
    if not isinstance(item, dict):
        return (str(item),)
    fields = _IDENTITY.get(key, ("source_text",) if item.get("source_text") else ("text",))
    return tuple(_canonical(item.get(field)) for field in fields)


def _canonical(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{float(value):.6g}"
    return " ".join(str(value).split()) if value is not None else ""


def merge(existing: CommentedMap, new: dict[str, Any]) -> int:
    """Add to ``existing`` what ``new`` has and it lacks; return how many things were added."""
    added = 0
    for key, value in new.items():
        if key not in existing or existing[key] in (None, "", []):
            existing[key] = _to_commented(value)
            added += 1
        elif isinstance(value, dict) and isinstance(existing[key], dict):
            added += merge(existing[key], value)
        elif isinstance(value, list) and isinstance(existing[key], list) and key not in _EDITORIAL:
            added += _merge_list(key, existing[key], value)
    return added


def _merge_list(key: str, existing: CommentedSeq, new: list[Any]) -> int:
    """Append the items of ``new`` that ``existing`` lacks, counting repeats (two figures of 70)."""
    have: dict[tuple[str, ...], int] = {}
    for item in existing:
        have[_identity(key, item)] = have.get(_identity(key, item), 0) + 1
    added = 0
    for item in new:
        identity = _identity(key, item)
        if have.get(identity, 0) > 0:
            have[identity] -= 1
        else:
            existing.append(_to_commented(item))
            added += 1
    return added


def _render(data: Any, header: str | None, width: int = 100) -> str:
    stream = io.StringIO()
    yaml = _yaml()
    yaml.width = width
    yaml.dump(data, stream)
    text = stream.getvalue()
    return (header + text) if header else text


def dump_brief(brief: Brief, article: Path) -> str:
    """The YAML text of a freshly extracted Brief, with a review header."""
    header = (f"# Drafted by briefkit extract from {display_path(article)}.\n"
              "# Every item quotes its sentence in source_text; review, edit, then run\n"
              "#   briefkit check THIS_FILE --against THE_ARTICLE\n")
    text = _render(_to_commented(_plain(brief)), header)
    return _validated(text, "extracted content")


def update_file(existing_path: Path, brief: Brief) -> tuple[str, int]:
    """The reviewed file at ``existing_path`` with new extraction merged in; and the count of additions."""
    read_yaml(existing_path)  # the shared checks first: size, encoding, syntax with its line, no tags or bombs
    loader = _yaml()
    loader.preserve_quotes = True  # a reviewer's "2014" stays "2014", not '2014'
    existing = loader.load(existing_path.read_text(encoding="utf-8-sig"))
    if not isinstance(existing, CommentedMap):
        existing = CommentedMap()
    added = merge(existing, _plain(brief))
    # A wide line limit: the reviewer's lines are written back as they were, not re-wrapped.
    return _validated(_render(existing, None, width=4096), display_path(existing_path)), added


def _validated(text: str, name: str) -> str:
    validate(YAML(typ="safe", pure=True).load(text), name)
    return text
