"""A Brief as a content file: YAML in the hand-curated layout, and ``--update``.

The draft is written with ruamel.yaml so that ``--update`` can load the
reviewed file round-trip, add only what is new (missing keys, list items
whose provenance is not there yet) and write it back with the reviewer's
edits, order and comments untouched.  The result is validated as a Brief
before it is returned, so a file on disk is always loadable.

A trailer of ``# drafted:`` comment lines remembers, as short hashes, every
item and section ever offered to the reviewer; ``--update`` offers only what
is not in it, so an item the reviewer deleted stays deleted, while a figure
added to the article since is still picked up.
"""

from __future__ import annotations

import hashlib
import io
import re
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


_TRAILER = re.compile(r"^# drafted: ?(.*)$", re.MULTILINE)
_TRAILER_HEAD = "# briefkit extract --update: what was offered already (a deleted item is not offered again)\n"


def _mark(key: str, identity: tuple[str, ...] = ()) -> str:
    """A short, stable name for a section (``key``) or one list item of it."""
    if not identity:
        return key
    digest = hashlib.sha256("\x1f".join(identity).encode("utf-8")).hexdigest()[:10]
    return f"{key}/{digest}"


def drafted_marks(data: dict[str, Any]) -> set[str]:
    """Every section and list item of a draft, as marks for the trailer."""
    marks = {f"meta.{key}" for key in data.get("meta", {})}
    for key, value in data.items():
        marks.add(_mark(key))
        if isinstance(value, list) and key not in _EDITORIAL:
            marks.update(_mark(key, _identity(key, item)) for item in value)
    return marks


def read_trailer(text: str) -> tuple[str, set[str]]:
    """The file's text without its trailer, and the marks the trailer holds."""
    marks = {mark for line in _TRAILER.findall(text) for mark in line.split()}
    body = _TRAILER.sub("", text.replace(_TRAILER_HEAD, "")).rstrip("\n") + "\n"
    return body, marks


def trailer(marks: set[str], width: int = 100) -> str:
    """The ``# drafted:`` lines for ``marks`` (sorted, so the file is stable)."""
    lines, line = [], ""
    for mark in sorted(marks):
        if line and len(line) + len(mark) + 12 > width:
            lines.append(line)
            line = ""
        line = f"{line} {mark}".strip()
    if line:
        lines.append(line)
    return "\n" + _TRAILER_HEAD + "".join(f"# drafted: {line}\n" for line in lines)


def merge(existing: CommentedMap, new: dict[str, Any], offered: set[str] | None = None, prefix: str = "") -> int:
    """Add to ``existing`` what ``new`` has, it lacks and was never ``offered``; return the count added.

    ``offered`` holds the marks of what earlier drafts offered (see :func:`drafted_marks`);
    None means no record, so only what is present counts.
    """
    offered = offered or set()
    added = 0
    for key, value in new.items():
        if key not in existing or existing[key] in (None, "", []):
            if _mark(prefix + key) not in offered:
                existing[key] = _to_commented(value)
                added += 1
        elif isinstance(value, dict) and isinstance(existing[key], dict):
            added += merge(existing[key], value, offered, f"{prefix}{key}.")
        elif isinstance(value, list) and isinstance(existing[key], list) and key not in _EDITORIAL:
            added += _merge_list(key, existing[key], value, offered)
    return added


def _merge_list(key: str, existing: CommentedSeq, new: list[Any], offered: set[str]) -> int:
    """Append the items of ``new`` that ``existing`` lacks, counting repeats (two figures of 70)."""
    have: dict[tuple[str, ...], int] = {}
    for item in existing:
        have[_identity(key, item)] = have.get(_identity(key, item), 0) + 1
    added = 0
    for item in new:
        identity = _identity(key, item)
        if have.get(identity, 0) > 0:
            have[identity] -= 1
        elif _mark(key, identity) not in offered:
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


# What only the analyst knows: offered as commented blanks under meta and at the top level.
_BLANK_META = ("marking", "prepared_for", "prepared_by", "contact", "reference", "date_prepared")
_BLANK_TOP = ("recommendation", "decision")


def _with_blanks(text: str) -> str:
    """``text`` with commented blanks for the analyst's fields after the meta block.

    Comments, not empty keys: a blank key would be a validation error or a
    ``null`` the products print; a comment costs nothing until it is filled.
    """
    lines = text.split("\n")
    start = lines.index("meta:") if "meta:" in lines else -1
    if start < 0:
        return text
    end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" ")), len(lines))
    blanks = [f"  # {key}:" for key in _BLANK_META] + [f"# {key}:" for key in _BLANK_TOP]
    return "\n".join([*lines[:end], *blanks, *lines[end:]])


def dump_brief(brief: Brief, article: Path) -> str:
    """The YAML text of a freshly extracted Brief, with a review header.

    The draft says it is one (``meta.status: draft``) until a person sets
    ``reviewed``; the header says so too.
    """
    header = (f"# Drafted by briefkit extract from {display_path(article)}.\n"
              "# Every item quotes its sentence in source_text; review, edit, then run\n"
              "#   briefkit check THIS_FILE --against THE_ARTICLE\n"
              "# and set meta.status to reviewed once a person has checked it.\n")
    data = _plain(brief)
    text = _validated(_with_blanks(_render(_to_commented(data), header)), "extracted content")
    return text + trailer(drafted_marks(data))


def update_file(existing_path: Path, brief: Brief) -> tuple[str, int]:
    """The reviewed file at ``existing_path`` with new extraction merged in; and the count of additions."""
    read_yaml(existing_path)  # the shared checks first: size, encoding, syntax with its line, no tags or bombs
    loader = _yaml()
    loader.preserve_quotes = True  # a reviewer's "2014" stays "2014", not '2014'
    text, offered = read_trailer(existing_path.read_text(encoding="utf-8-sig"))
    existing = loader.load(text)
    if not isinstance(existing, CommentedMap):
        existing = CommentedMap()
    new = _plain(brief)
    # The reviewer's word on the file's status stands: an update never turns it back into a draft.
    new["meta"].pop("status", None)
    added = merge(existing, new, offered)
    # A wide line limit: the reviewer's lines are written back as they were, not re-wrapped.
    merged = _validated(_render(existing, None, width=4096), display_path(existing_path))
    return merged + trailer(offered | drafted_marks(new)), added


def _validated(text: str, name: str) -> str:
    validate(YAML(typ="safe", pure=True).load(text), name)
    return text
