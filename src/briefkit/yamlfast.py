"""A fast, vetted YAML path: libyaml's C parser with YAML 1.2 plain values.

The line-aware loader in :mod:`briefkit.yamlio` (pure-Python ruamel.yaml) is
about twenty times slower.  Here libyaml composes the node graph, plain values
are constructed with YAML 1.2 rules (as ruamel does), and anything this path
cannot vouch for raises :class:`Unsure` so the caller falls back to the
line-aware loader, which then also produces the located error message: an
explicit tag, an anchor or alias, a duplicate key, a plain value YAML 1.1
and 1.2 might read differently (``yes``, ``010``, ``1:30``, ``1e3``, …), or
any parse error.  Both paths therefore give the same data or the same error.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from briefkit.yamlio import MAX_BYTES, MAX_DEPTH, MAX_NODES, join_surrogates, read_limited

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


class Unsure(Exception):
    """This text needs the line-aware loader (which also reports any error)."""


def _scalar(node: Any, loader: Any) -> Any:
    value: str = node.value
    if node.style:  # quoted, literal or folded: always a string
        if node.tag != _CORE + "str":
            raise Unsure
        return join_surrogates(value)
    if node.tag != loader.resolve(yaml.ScalarNode, value, (True, False)):
        raise Unsure  # an explicit tag
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
            raise Unsure from None
    if _YEAR_MONTH.fullmatch(value) or not _RISKY.fullmatch(value):
        return value
    raise Unsure


class _Builder:
    """Plain dicts, lists and scalars from a composed node graph (no aliases)."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.seen: set[int] = set()

    def build(self, node: Any, depth: int = 0) -> Any:
        """Plain data for ``node``; Unsure for anything the line-aware loader must judge."""
        if id(node) in self.seen or len(self.seen) >= MAX_NODES or depth >= MAX_DEPTH - 1:
            raise Unsure  # an alias (shared node), too many values, or nesting the slow path refuses
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node, self.loader)
        if isinstance(node, yaml.SequenceNode) and node.tag == _CORE + "seq":
            return [self.build(item, depth + 1) for item in node.value]
        if isinstance(node, yaml.MappingNode) and node.tag == _CORE + "map":
            return self._mapping(node, depth + 1)
        raise Unsure

    def _mapping(self, node: Any, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, depth)
            if not isinstance(key, str) or key in result:
                raise Unsure
            result[key] = self.build(value_node, depth)
        return result


def too_many_values(text: str) -> bool:
    """True when ``text`` holds more than :data:`MAX_NODES` values, counted without building any of them.

    libyaml composes a whole document before anything could count its nodes,
    and ruamel's pure-Python composer takes seconds to reach the limit: a 10 MB
    flow list would cost gigabytes or tens of seconds.  Every value takes at
    least two characters, so only a text over twice that many characters can
    hold too many, and only such a text is counted here, event by event, in C.
    A text libyaml cannot parse is left to the line-aware loader to report.
    """
    if yaml is None or len(text) <= 2 * MAX_NODES:
        return False
    count = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.NodeEvent):
                count += 1
                if count > MAX_NODES:
                    return True
    except yaml.YAMLError:
        return False
    return False


def parse_fast(text: str) -> Any:
    """Plain data for ``text``, or :class:`Unsure` when only the line-aware loader will do."""
    if yaml is None:
        raise Unsure
    if too_many_values(text):
        raise Unsure  # the line-aware loader refuses it
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return _Builder(loader).build(node) if node is not None else None
    except (yaml.YAMLError, ValueError):  # ValueError: e.g. an integer over Python's digit limit
        raise Unsure from None
    finally:
        loader.dispose()


def read_fast(path: Path, max_bytes: int = MAX_BYTES) -> dict[str, Any] | None:
    """A clean YAML file's mapping through the fast path, or None when the line-aware loader must decide.

    None for anything doubtful: unreadable, over ``max_bytes``, not UTF-8, a
    NUL byte, anything :func:`parse_fast` is unsure of, or not a mapping; the
    line-aware :func:`~briefkit.yamlio.read_yaml` then reads the file and
    reports the problem with its line.
    """
    try:
        raw = read_limited(path, max_bytes)  # regular files only, bounded while read (never a FIFO or a device)
        if b"\0" in raw:
            return None
        data = parse_fast(raw.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, Unsure, RecursionError):
        return None
    return data if isinstance(data, dict) else None
