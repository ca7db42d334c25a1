"""The Jinja environment: sandboxed, strict, and Markdown-escaping by default.

Templates emit Markdown.  Every ``{{ value }}`` is backslash-escaped for
Markdown unless it is already marked safe (``|safe``, macro output), so a
title containing ``*``, ``<`` or ``{{ 7*7 }}`` comes out literally.  This uses
Jinja's own autoescape machinery with a Markdown ``finalize`` step, so macros
compose without double escaping.

Lookup follows Pelican: the user's ``--templates`` folder, then the built-ins;
``{% extends "!builtin/note/note.md.j2" %}`` reaches the original a user
override replaces.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    nodes,
)
from jinja2 import (
    TemplateError as JinjaTemplateError,
)
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup
from pydantic import BaseModel

from briefkit.errors import TemplateError
from briefkit.packs import builtin_dir

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&:\"'=$%^@])")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def md_escape(text: str) -> str:
    """Backslash-escape Markdown punctuation and fold line breaks into spaces."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(md_escape(str(value)))


def fmt_number(value: float | int | None, digits: int = 0) -> str:
    """Thousands separators: 38000 → '38,000'; keeps decimals that matter."""
    if value is None:
        return ""
    number = float(value)
    if number.is_integer() and digits == 0:
        return f"{number:,.0f}"
    text = f"{number:,.{max(digits, 2)}f}"
    return text.rstrip("0").rstrip(".") if digits == 0 else text


def fmt_percent(value: float | int | None) -> str:
    """83 → '83%'; 33.3 → '33.3%'."""
    return "" if value is None else f"{fmt_number(value)}%"


def fmt_date(value: Any, precision: str = "day") -> str:
    """Dates for people: '16 August 2024', 'October 2023', '2018'."""
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    parts = text.split("-")
    if precision == "year" or len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if precision == "month" or len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def fmt_figure(fig: Any) -> str:
    """A figure as printed: its ``display`` text, else value and unit."""
    if getattr(fig, "display", None):
        return str(fig.display)
    unit = fig.unit or ""
    number = fmt_number(fig.value)
    text = f"{number}%" if unit == "%" else (f"{number} {unit}" if unit else number)
    return f"{fig.qualifier} {text}" if getattr(fig, "qualifier", None) else text


def md_url(value: Any) -> Markup:
    """A link destination for Markdown: ``<…>`` with spaces, brackets and controls percent-encoded.

    A raw URL holding ``)`` or a space would end the link early and spill the
    rest of the line as text.
    """
    return Markup("<" + quote(str(value).strip(), safe=":/?#[]@!$&'()*+,;=%~-._") + ">")


def to_yaml(value: Any) -> Markup:
    """A value as a YAML scalar or flow collection (JSON is valid YAML)."""
    def default(obj: Any) -> Any:
        if isinstance(obj, dt.date):
            return obj.isoformat()
        if hasattr(obj, "model_dump"):
            return obj.model_dump(mode="json")
        return str(obj)

    return Markup(json.dumps(value, ensure_ascii=False, default=default))


# ------------------------------------------------------------------ limits
# The sandbox already refuses private attributes, mutation and ranges over
# 100,000 items.  These limits add what it leaves open: values and output big
# enough to exhaust memory, pydantic's own API (``parse_file`` reads files),
# and loops that never end.

RENDER_SECONDS = 30.0
"""Wall-time limit for rendering one template."""

MAX_OUTPUT_CHARS = 20_000_000
"""A template may not emit more Markdown than this."""

MAX_VALUE_CHARS = 10_000_000
"""No string or list built inside a template may be longer than this."""

MAX_POWER_BITS = 64_000
"""``a ** b`` may not produce an integer wider than this."""

_DEADLINE: ContextVar[float | None] = ContextVar("briefkit_template_deadline", default=None)


class RenderLimitError(SecurityError):
    """A template went over a size or time limit."""


def _check_deadline() -> None:
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise RenderLimitError(f"rendering took longer than {RENDER_SECONDS:g} s")


def _check_size(value: Any) -> None:
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_VALUE_CHARS:
        raise RenderLimitError(f"a value of {len(value):,} items is over the {MAX_VALUE_CHARS:,} limit")


def _sized(value: Any) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``*``, ``+`` and ``**`` whose result would be too big, before computing it."""
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            size = _sized(seq)
            if size is not None and isinstance(times, int) and size * times > MAX_VALUE_CHARS:
                raise RenderLimitError(f"'*' would build a value over the {MAX_VALUE_CHARS:,} limit")
    elif operator == "+":
        sizes = (_sized(left), _sized(right))
        if None not in sizes and sum(s for s in sizes if s) > MAX_VALUE_CHARS:
            raise RenderLimitError(f"'+' would build a value over the {MAX_VALUE_CHARS:,} limit")
    elif (operator == "**" and isinstance(left, int) and isinstance(right, int)
          and abs(left) > 1 and right * abs(left).bit_length() > MAX_POWER_BITS):
        raise RenderLimitError("'**' would build a number too large to print")


def _is_model_api(obj: Any, attr: str) -> bool:
    """pydantic's own methods (``parse_file``, ``model_copy``…) are not content."""
    owner = obj if isinstance(obj, type) else type(obj)
    return (issubclass(owner, BaseModel) and attr not in owner.model_fields
            and hasattr(BaseModel, attr))


_WIDTH_ARGS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "indent", "wordwrap",
                         "truncate", "batch", "slice"})
"""Callables whose integer arguments size their result (``'x'|center(10**9)``)."""

_PER_LINE = frozenset({"indent", "expandtabs"})
_HUGE_FORMAT_WIDTH = re.compile(r"%[^a-zA-Z%]*\d{8,}|\{[^{}]*:[^{}]*\d{8,}[^{}]*\}")
"""A width or precision of eight digits or more in a %-format or a str.format field."""


def _check_call(name: str, target: Any, args: tuple[Any, ...]) -> None:
    """Refuse a call that would build an oversized value, before it runs."""
    texts = [v for v in (target, *args) if isinstance(v, str)]
    # indent and expandtabs repeat their width once per line or tab of the text.
    repeats = 1 + (texts[0].count("\n" if name == "indent" else "\t") if texts and name in _PER_LINE else 0)
    for value in args:
        _check_size(value)
        if name in _WIDTH_ARGS and isinstance(value, int) and value * repeats > MAX_VALUE_CHARS:
            raise RenderLimitError(f"{name}({value:,}) is over the {MAX_VALUE_CHARS:,} limit")
    if name in ("format", "format_map") and any(_HUGE_FORMAT_WIDTH.search(t) for t in texts):
        raise RenderLimitError("a format width is over the limit")
    if name == "replace" and len(texts) >= 3:
        source, old, new = texts[:3]
        grows = (source.count(old) if old else len(source) + 1) * max(len(new) - len(old), 0)
        if len(source) + grows > MAX_VALUE_CHARS:
            raise RenderLimitError(f"replace would build a value over the {MAX_VALUE_CHARS:,} limit")


def _limited_filter(name: str, func: Any) -> Any:
    """Wrap a filter so that its arguments and result are size-checked."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _check_deadline()
        _check_call(name, None, (*args, *kwargs.values()))
        result = func(*args, **kwargs)
        _check_size(result)
        return result

    if hasattr(func, "jinja_pass_arg"):  # keep @pass_context / @pass_environment markers
        wrapper.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    return wrapper


def _checked_concat(parts: Any) -> str:
    text = "".join(parts)
    _check_size(text)
    return text


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so that its result is size-checked (doubling a string in a loop)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        """Wrap the join the base class writes in ``environment.checked(...)``."""
        self.write("environment.checked(")
        super().visit_Concat(node, frame)
        self.write(")")


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox plus size, time and pydantic-API limits."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = _LimitedCodeGenerator
    concat = staticmethod(_checked_concat)  # joins block captures and macro bodies

    def limit_filters(self) -> None:
        """Size-check every filter, built-in or ours."""
        self.filters = {name: _limited_filter(name, func) for name, func in self.filters.items()}

    def checked(self, value: Any) -> Any:
        """Called by compiled templates on every ``~`` result."""
        _check_size(value)
        return value

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Refuse what the sandbox refuses and pydantic's methods."""
        return super().is_safe_attribute(obj, attr, value) and not _is_model_api(obj, attr)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Check the size of ``*``, ``+``, ``**`` and ``%`` results before computing them."""
        if operator == "%":
            _check_call("format", left, (right,) if not isinstance(right, tuple) else right)
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Every call checks the clock and the size of what goes in and comes out."""
        _check_deadline()
        bound = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
        _check_call(getattr(bound, "__name__", ""), getattr(bound, "__self__", None), (*args, *kwargs.values()))
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(result)
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Attribute lookups check the clock too (loops nearly always do some)."""
        _check_deadline()
        return super().getattr(obj, attribute)


def _on_alarm(signum: int, frame: Any) -> None:
    raise RenderLimitError(f"rendering took longer than {RENDER_SECONDS:g} s")


@contextmanager
def render_limits() -> Iterator[None]:
    """Enforce :data:`RENDER_SECONDS` while the block runs.

    The deadline is checked on every call, filter and attribute lookup; on
    the main thread a timer signal also stops tight loops that do none of
    those, unless the caller already runs a timer of its own (left untouched).
    """
    token = _DEADLINE.set(time.monotonic() + RENDER_SECONDS)
    use_alarm = (threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
                 and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    previous = signal.signal(signal.SIGALRM, _on_alarm) if use_alarm else None
    if use_alarm:
        signal.setitimer(signal.ITIMER_REAL, RENDER_SECONDS)
    try:
        yield
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        _DEADLINE.reset(token)


def _bounded_render(template: Any, context: dict[str, Any]) -> str:
    """Render by chunks so that runaway output stops at :data:`MAX_OUTPUT_CHARS`."""
    parts: list[str] = []
    total = 0
    for chunk in template.generate(context):
        total += len(chunk)
        if total > MAX_OUTPUT_CHARS:
            raise RenderLimitError(f"output is over the {MAX_OUTPUT_CHARS:,}-character limit")
        parts.append(chunk)
    return "".join(parts)


MAX_TEMPLATE_BYTES = 1024 * 1024
"""A template file larger than this is refused before it is read."""


class _BoundedLoader(FileSystemLoader):
    """A file-system loader that refuses oversized template files before reading them."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        """Check the file's size, then load it as Jinja does."""
        for root in self.searchpath:
            path = Path(root, *split_template_path(template))
            if path.is_file() and path.stat().st_size > MAX_TEMPLATE_BYTES:
                raise TemplateError(f"{_short(str(path))}: template is {path.stat().st_size:,} bytes, over the "
                                    f"{MAX_TEMPLATE_BYTES:,}-byte limit")
        return super().get_source(environment, template)


@lru_cache(maxsize=8)
def make_env(user_dir: Path | None = None) -> LimitedSandbox:
    """A sandboxed environment for ``user_dir`` + built-ins (cached for batch runs)."""
    builtin = _BoundedLoader(str(builtin_dir()))
    loaders: list[Any] = [PrefixLoader({"!builtin": builtin}, delimiter="/")]
    if user_dir is not None:
        loaders.append(_BoundedLoader(str(user_dir)))
    loaders.append(builtin)
    env = LimitedSandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        number=fmt_number, percent=fmt_percent, date=fmt_date, figure=fmt_figure,
        yaml=to_yaml, url=md_url, md=lambda v: Markup(md_escape(str(v))),
    )
    env.limit_filters()
    return env


def _template_line(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an exception was raised from, if any."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.filename or exc.name, exc.lineno
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return frame.filename, frame.lineno
    return None, None


def _short(path: str | None) -> str:
    if path is None:
        return "<template>"
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def render_template(name: str, context: dict[str, Any], content_name: str,
                    user_dir: Path | None = None) -> str:
    """Render ``name`` with ``context``; errors name the template line and the content file."""
    env = make_env(user_dir)
    entry: str | None = None
    try:
        template = env.get_template(name)
        entry = template.filename
        with render_limits():
            return _bounded_render(template, context)
    except (JinjaTemplateError, RecursionError, ArithmeticError, TypeError, ValueError,
            AttributeError, KeyError, IndexError) as exc:
        file, line = _template_line(exc)
        where = _short(file or entry) + (f":{line}" if line else "")
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, TemplateNotFound):
            message = f"template '{exc.name}' not found"
        raise TemplateError(f"{where}: {message} (rendering {content_name})") from None
