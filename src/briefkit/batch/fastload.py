"""A fast path for loading content files in batch builds.

The line-aware loader (:func:`briefkit.content.load_brief`, pure-Python
ruamel.yaml) takes about 0.1 s for the sample, as long as rendering a
product.  Here libyaml's C parser composes the node graph, plain values are
constructed with YAML 1.2 rules (as ruamel does), and the result is validated
as usual.  Whatever this path cannot vouch for falls back to the line-aware
loader, which then also produces the located error messages: an explicit
tag, an anchor or alias, a duplicate key, a plain value YAML 1.1 and 1.2
might read differently (``yes``, ``010``, ``1:30``, ``1e3``, …), any parse
or validation error.  So both paths give the same Brief or the same error.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from briefkit.content import Brief, load_brief
from briefkit.yamlio import MAX_BYTES, MAX_NODES

try:
    import yaml
    from yaml import CSafeLoader as _Loader  # the C parser; without it this path is no faster
except ImportError:  # pragma: no cover - PyYAML without libyaml
    yaml = None  # type: ignore[assignment]

_CORE = "tag:yaml.org,2002:"
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(0|[1-9][0-9]*)\.[0-9]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL = ("", "~", "null", "Null", "NULL")
_RISKY = re.compile(r"[-+]?[0-9.][0-9A-Za-z_:.+-]*|[yYnN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|<<|=")
"""Plain values that YAML 1.1 or ruamel's 1.2 may read as a number, date or bool."""


class _Unsure(Exception):
    """This file needs the line-aware loader."""


def _scalar(node: Any, loader: Any) -> Any:
    value: str = node.value
    if node.style:  # quoted, literal or folded: always a string
        if node.tag != _CORE + "str":
            raise _Unsure
        return value
    if node.tag != loader.resolve(yaml.ScalarNode, value, (True, False)):
        raise _Unsure  # an explicit tag
    if value in _BOOL:
        return _BOOL[value]
    if value in _NULL:
        return None
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value):
        return float(value)
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _Unsure from None
    if _YEAR_MONTH.fullmatch(value) or not _RISKY.fullmatch(value):
        return value
    raise _Unsure


class _Builder:
    """Plain dicts, lists and scalars from a composed node graph (no aliases)."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.seen: set[int] = set()

    def build(self, node: Any) -> Any:
        if id(node) in self.seen or len(self.seen) >= MAX_NODES:
            raise _Unsure  # an alias (shared node), or too many values
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node, self.loader)
        if isinstance(node, yaml.SequenceNode) and node.tag == _CORE + "seq":
            return [self.build(item) for item in node.value]
        if isinstance(node, yaml.MappingNode) and node.tag == _CORE + "map":
            return self._mapping(node)
        raise _Unsure

    def _mapping(self, node: Any) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node)
            if not isinstance(key, str) or key in result:
                raise _Unsure
            result[key] = self.build(value_node)
        return result


def fast_data(path: Path) -> Any:
    """The parsed file, or :class:`_Unsure` raised when only the line-aware loader will do."""
    if yaml is None:
        raise _Unsure
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES or b"\0" in raw:
        raise _Unsure
    text = raw.decode("utf-8-sig")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return _Builder(loader).build(node) if node is not None else None
    finally:
        loader.dispose()


def load_brief_fast(path: Path) -> tuple[Brief, bool]:
    """The Brief of a content file and whether the fast path produced it."""
    try:
        return Brief.model_validate(fast_data(path)), True
    except (_Unsure, OSError, UnicodeDecodeError, ValidationError, ValueError, TypeError, RecursionError):
        return load_brief(path), False
    except Exception as exc:
        if yaml is not None and isinstance(exc, yaml.YAMLError):
            return load_brief(path), False
        raise
