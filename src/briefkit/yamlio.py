"""Line-aware YAML and JSON reading, shared by content, theme and packs.

ruamel.yaml keeps the line of every key and item, so an error at
``figures[2].value`` can be traced back to ``content/x.yaml:12``.  JSON is a
subset of YAML 1.2, so the same parser gives JSON files line numbers too.
Only plain YAML types are produced: explicit tags are refused and aliases are
capped, so a file can neither run code nor expand without bound.
"""

from __future__ import annotations

import math
import os
import re
import stat
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.errors import input_error

if TYPE_CHECKING:
    # ruamel.yaml is imported where it is used: a clean file takes libyaml's fast
    # path (briefkit.yamlfast), and a build of clean files never needs ruamel.
    from ruamel.yaml import YAML
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.nodes import Node

MAX_BYTES = 10 * 1024 * 1024
"""Content files larger than this are refused before parsing."""

MAX_NODES = 100_000
"""Aliases can make a small file expand enormously; refuse beyond this."""

MAX_DEPTH = 64
"""Collections nested deeper than this are refused (the pure-Python parser slows with depth)."""


class _TooMuch(Exception):
    """Raised by the bounded composer; becomes an :class:`InputError` in :func:`_parse`."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


@lru_cache(maxsize=1)
def _bounded_composer() -> type[Composer]:
    """ruamel's Composer, counting values and nesting so a huge or deep document stops early.

    ruamel's pure-Python parser spends about as long per value as a writer
    spends per word: a 10 MB flow list of a million values would take minutes
    to compose before the expansion check could refuse it.
    """
    from ruamel.yaml.composer import Composer

    class _BoundedComposer(Composer):
        _count = 0
        _depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            """Compose one node, refusing past :data:`MAX_NODES` values or :data:`MAX_DEPTH` levels."""
            self._count += 1
            if self._count > MAX_NODES:
                raise _TooMuch(f"more than {MAX_NODES:,} values", None)
            if self._depth >= MAX_DEPTH:
                mark = self.parser.peek_event().start_mark
                raise _TooMuch(f"nested more than {MAX_DEPTH} levels deep", mark.line + 1)
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return _BoundedComposer

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(f"!!{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge"))
"""YAML's plain data types; anything else (``!!python/…``, ``!!binary``, ``!custom``) is refused."""


def display_path(path: Path) -> str:
    """The path as the user should read it: relative to the cwd when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class TooLarge(OSError):
    """A file over its size limit (raised by :func:`read_limited` before the excess is read)."""


class NotRegular(OSError):
    """A device, FIFO, socket or folder where a file was expected."""


_CHUNK = 1 << 20


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, refusing more than ``max_bytes`` while reading.

    The file is opened without blocking (a FIFO would wait for a writer
    forever) and must be a regular file; the size on disk is checked first and
    the read stops one byte past the limit anyway, because a device or a file
    growing meanwhile reports no true size.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > max_bytes:
            raise TooLarge(f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = handle.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > max_bytes:
        raise TooLarge(f"file is over the {max_bytes:,}-byte limit")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def read_error(exc: OSError) -> str:
    """The words for a failed :func:`read_limited`: its own message, or ``cannot read file: …``."""
    if isinstance(exc, TooLarge | NotRegular):
        return str(exc)
    return f"cannot read file: {exc.strerror or exc}"


def read_yaml(path: Path, max_bytes: int = MAX_BYTES) -> Any:
    """Parse a YAML or JSON file into ruamel's line-aware containers."""
    name = display_path(path)
    try:
        raw = read_limited(path, max_bytes)
    except OSError as exc:
        raise input_error(name, read_error(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise input_error(name, f"not valid UTF-8 (byte {exc.start})", line) from None
    if "\x00" in text:
        raise input_error(name, "binary data (NUL byte) in a text file", text[: text.index("\x00")].count("\n") + 1)
    return _parse(text, name)


def parse_text(text: str, name: str) -> Any:
    """Parse YAML already in memory (front matter, chart blocks) with the checks files get.

    Problems are reported as ``invalid YAML: …`` or as the tag or expansion
    refusal, with lines counted from the start of ``text``.  Clean text takes the
    libyaml fast path; anything doubtful, and every error, the line-aware one.
    """
    # Imported here: yamlfast builds on this module's limits.
    from briefkit.yamlfast import Unsure, parse_fast

    try:
        return parse_fast(text)
    except (Unsure, RecursionError):
        return _parse(text, name)


def _parse(text: str, name: str) -> Any:
    """Compose the node graph, vet it, then construct plain containers from it."""
    from briefkit.yamlfast import too_many_values  # builds on this module's limits

    if too_many_values(text):
        raise input_error(name, f"invalid YAML: more than {MAX_NODES:,} values")

    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    yaml.Composer = _bounded_composer()
    try:
        root = yaml.compose(text)
        _check_nodes(root, name)
        data = yaml.constructor.construct_document(root) if root is not None else None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and ("stream end" in str(exc.problem) or "end of stream" in str(exc.problem)):
            # An unclosed bracket or quote is reported at the end of the file;
            # the line where it was opened is the one the user must fix.
            mark = exc.context_mark
        mark_line = mark.line + 1 if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise input_error(name, f"invalid YAML: {problem}", mark_line) from None
    except _TooMuch as exc:
        raise input_error(name, f"invalid YAML: {exc}", exc.line) from None
    except RecursionError:
        raise input_error(name, "invalid YAML: nested too deeply") from None
    except YAMLError as exc:
        raise input_error(name, f"invalid YAML: {str(exc).splitlines()[0]}") from None
    except (ValueError, OverflowError) as exc:
        # ruamel builds dates and numbers with Python, which refuses 2024-13-45 or a
        # 5,000-digit integer with a bare ValueError: find the scalar to name its line.
        problem = str(exc).split("; use sys.")[0]  # drop advice meant for Python programmers
        raise input_error(name, f"invalid value: {problem}", _failing_scalar_line(yaml, root)) from None
    return _untag(data)


def _failing_scalar_line(yaml: YAML, root: Node | None) -> int | None:
    """The line of the first scalar ruamel cannot construct."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    stack = [root] if root is not None else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            try:
                yaml.constructor.construct_non_recursive_object(node)
            except (ValueError, OverflowError):
                return int(node.start_mark.line) + 1
        elif isinstance(node, MappingNode):
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
    return None


def _tag_name(node: Node) -> str:
    tag = node.tag
    value = str(getattr(tag, "value", tag))
    return "!!" + value[len(_CORE):] if value.startswith(_CORE) else value


def _check_nodes(root: Node | None, name: str) -> None:
    """Refuse non-core tags (no Python objects, ever) and alias bombs, before construction.

    Tags are checked on the composed graph because ruamel's round-trip
    constructor turns an unknown tag into an ordinary-looking list or string.
    Aliases share nodes, so the walk counts every expansion and stops early.
    """
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    count = 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise input_error(name, f"more than {MAX_NODES:,} values (alias expansion?)")
        tag = _tag_name(node)
        if tag not in _ALLOWED_TAGS:
            raise input_error(name, f"YAML tag {tag} is not allowed", node.start_mark.line + 1)
        if tag == "!!float" and isinstance(node, ScalarNode) and not _finite(str(node.value)):
            # No input of briefkit means infinity or not-a-number; writers cannot print either.
            raise input_error(name, f"invalid value: {str(node.value)[:40]} is not a finite number",
                              node.start_mark.line + 1)
        if isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


_SURROGATE = re.compile("[\ud800-\udfff]")


def join_surrogates(text: str) -> str:
    """``text`` with escaped UTF-16 surrogate pairs (``"\\ud83d\\ude00"``, as ``json.dump`` writes) joined.

    YAML and JSON parsers turn each ``\\uXXXX`` escape into one code point, so
    an emoji escaped as a pair arrives as two lone surrogates, which the content
    model would drop as XML-illegal.  Lone surrogates stay (and are dropped there).
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _plain(value: Any) -> Any:
    from ruamel.yaml.comments import TaggedScalar  # ruamel is loaded only when the line-aware loader runs

    value = value.value if isinstance(value, TaggedScalar) else value
    return join_surrogates(value) if isinstance(value, str) else value


def _finite(text: str) -> bool:
    try:
        return math.isfinite(float(text.replace("_", "")))
    except ValueError:
        return False  # .nan, .inf and their spellings


def _untag(data: Any) -> Any:
    """Replace explicitly tagged core scalars (``!!str x``) by their plain value; join surrogate pairs."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in [k for k in node if isinstance(k, str) and _SURROGATE.search(k)]:
                node[join_surrogates(key)] = node.pop(key)
            for key, value in node.items():
                node[key] = _plain(value)
                stack.append(node[key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                node[index] = _plain(value)
                stack.append(node[index])
    return _plain(data)


def _line_of(node: Any) -> int | None:
    lc = getattr(node, "lc", None)
    return lc.line + 1 if lc is not None and lc.line is not None else None


def locate(data: Any, loc: Sequence[int | str]) -> int | None:
    """The 1-based line of the deepest node along ``loc`` that has one."""
    from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq

    line = _line_of(data) if isinstance(data, CommentedBase) else None
    node = data
    for key in loc:
        if isinstance(node, CommentedMap) and key in node:
            pos = node.lc.key(key)
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
            pos = node.lc.item(key)
            node = node[key]
        else:
            break
        if pos is not None:
            line = pos[0] + 1
    return line


def format_loc(loc: Sequence[int | str]) -> str:
    """``('figures', 2, 'value')`` → ``figures[2].value``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
