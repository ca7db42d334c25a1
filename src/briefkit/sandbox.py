"""Limits for the template sandbox: size, time, and what a template may call.

Jinja's sandbox refuses private attributes, mutation and huge ranges; this
module adds the rest of what untrusted templates must not do (see
SECURITY.md): exhaust memory, reach pydantic's own API, or loop forever.
"""

from __future__ import annotations

import abc
import re
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel

from briefkit.timers import repeating_timer, timers_usable

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


MAX_VERDICTS = 4096
"""Attribute verdicts one environment remembers; past this many, new ones are worked out each time."""


def _verdict_key(obj: Any, attr: str) -> tuple[type, type | None, str] | None:
    """What an attribute's verdict depends on: the object's class (the class itself when it is one) and the name.

    None (work it out each time) for an object whose ``__class__`` is not its type, as a proxy's may be:
    ``isinstance`` believes ``__class__``, so such an object's verdict is its own.
    """
    kind = type(obj)
    if getattr(obj, "__class__", None) is not kind or not isinstance(attr, str):
        return None
    return kind, obj if isinstance(obj, type) else None, attr


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
    if name in ("format", "format_map"):
        _check_format(texts, args)
    factor = _EXPANDING.get(name)
    if factor and _printed_size((target, *args), MAX_VALUE_CHARS // factor) * factor > MAX_VALUE_CHARS:
        raise RenderLimitError(f"{name} would build a value over the {MAX_VALUE_CHARS:,} limit")
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
        _check_deadline()  # a slow filter stops the chain right after it, not at the next call
        return result

    if hasattr(func, "jinja_pass_arg"):  # keep @pass_context / @pass_environment markers
        wrapper.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    return wrapper


_EXPANDING = {"join": 1, "string": 1, "sum": 1, "pprint": 2, "format": 1, "format_map": 1, "items": 1,
              "tojson": 6, "yaml": 6, "escape": 6, "e": 6, "forceescape": 6, "urlize": 6, "xmlattr": 6, "md": 2,
              "urlencode": 12, "url": 12}
"""Callables whose result is at most ``factor`` times as long as everything they are given, printed.

The join of a repeated list, ``"`` escaped as ``&#34;`` (6), a character as
up to four percent-encoded bytes (12): checked before they run, not after.
"""

_STAR_WIDTH = re.compile(r"%[^a-zA-Z%]*\*")
_NESTED_FIELD = re.compile(r"\{[^{}]*:[^{}]*\{")
_LONG_NUMBER = re.compile(r"\d{8,}")


def _check_format(texts: list[str], args: tuple[Any, ...]) -> None:
    """Refuse format widths over the limit: written out, or taken from the arguments (``*``, nested ``{}``)."""
    if any(_HUGE_FORMAT_WIDTH.search(t) for t in texts):
        raise RenderLimitError("a format width is over the limit")
    fmt = texts[0] if texts else ""
    # '%*d' and '{:{}}' take the width from an argument: any argument that could be a huge width is refused.
    if _STAR_WIDTH.search(fmt) or _NESTED_FIELD.search(fmt):
        for value in _flat(args):
            if isinstance(value, int | float | str) and _LONG_NUMBER.search(str(value)[:1000]):
                raise RenderLimitError("a format width is over the limit")


def _flat(args: tuple[Any, ...]) -> list[Any]:
    found: list[Any] = []
    for value in args:
        found.extend(value if isinstance(value, tuple | list) else (value.values() if isinstance(value, dict)
                                                                    else [value]))
    return found[:10_000]


def _printed_size(value: Any, budget: int = MAX_VALUE_CHARS) -> int:
    """About how many characters ``value`` takes printed, counting past ``budget`` only by one.

    Strings count their length, containers their items (each at least one
    character, so a list of ten million repeats of one string counts them
    all), anything else one.  The walk stops as soon as the budget is spent.
    """
    total = 0
    stack = [value]
    while stack and total <= budget:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, dict):
            total += 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            total += 1
            if len(item) > budget:
                return budget + 1
            stack.extend(item)
        else:
            total += 1
    return total


def _checked_concat(parts: Any) -> str:
    """Join block captures and macro bodies, refusing as soon as the pieces add up past the limit."""
    pieces: list[str] = []
    total = 0
    for part in parts:
        total += len(part)
        if total > MAX_VALUE_CHARS:
            raise RenderLimitError(f"a block of over {MAX_VALUE_CHARS:,} characters is over the limit")
        pieces.append(part)
    return "".join(pieces)


class _BoundedBuffer(list[str]):
    """The buffer of a block capture, macro or call body: refuses to grow past the limit, as it grows.

    Jinja collects such a body in a list and joins it at the end; a loop
    appending ten-million-character pieces would take gigabytes before any
    check on the joined text could run.
    """

    total = 0

    def append(self, part: str) -> None:
        """Add one piece, counting its length first."""
        self._grow(len(part))
        super().append(part)

    def extend(self, parts: Any) -> None:
        """Add several pieces, counting their lengths first."""
        parts = tuple(parts)
        self._grow(sum(len(p) for p in parts))
        super().extend(parts)

    def _grow(self, size: int) -> None:
        self.total += size
        if self.total > MAX_VALUE_CHARS:
            raise RenderLimitError(f"a block of over {MAX_VALUE_CHARS:,} characters is over the limit")


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so that its result is size-checked, and body buffers that stop growing at the limit."""

    def buffer(self, frame: Frame) -> None:
        """Collect a captured body in a :class:`_BoundedBuffer` instead of a plain list."""
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.bounded_buffer()")

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

    @staticmethod
    def bounded_buffer() -> _BoundedBuffer:
        """Called by compiled templates where Jinja would start a plain list buffer."""
        return _BoundedBuffer()

    def checked(self, value: Any) -> Any:
        """Called by compiled templates on every ``~`` result."""
        _check_size(value)
        return value

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verdicts: dict[tuple[type, type | None, str], bool] = {}
        self._verdicts_token = abc.get_cache_token()

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Refuse what the sandbox refuses and pydantic's methods.

        The verdict depends on the object's class and the name only (never on
        the value), and templates look up the same few names thousands of
        times a render: each class and name is judged once.  Registering a
        class with an abstract base (``MutableSequence.register``) can change
        what the immutable sandbox calls mutable, so it forgets every verdict.
        """
        key = _verdict_key(obj, attr)
        if key is None:
            return self._judged(obj, attr, value)
        token = abc.get_cache_token()
        if token != self._verdicts_token:
            self._verdicts.clear()
            self._verdicts_token = token
        try:
            verdict = self._verdicts.get(key)
        except TypeError:  # a class whose metaclass makes it unhashable
            return self._judged(obj, attr, value)
        if verdict is None:
            verdict = self._judged(obj, attr, value)
            if len(self._verdicts) < MAX_VERDICTS:
                self._verdicts[key] = verdict
        return verdict

    def _judged(self, obj: Any, attr: str, value: Any) -> bool:
        return super().is_safe_attribute(obj, attr, value) and not _is_model_api(obj, attr)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Check the size of ``*``, ``+``, ``**`` and ``%`` results before computing them."""
        _check_deadline()
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
        _check_deadline()
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Attribute lookups check the clock too (loops nearly always do some)."""
        _check_deadline()
        return super().getattr(obj, attribute)


def _on_alarm(signum: int, frame: Any) -> None:
    # Raised from inside the template's own code, the error names the template line. A tick that lands
    # while the template is suspended (its output being joined) lets the deadline check, run on the
    # template's next call or lookup, raise there instead; a second late tick raises wherever it lands.
    deadline = _DEADLINE.get()
    late = deadline is not None and time.monotonic() > deadline + 1.5
    if late or _in_template(frame):
        raise RenderLimitError(f"rendering took longer than {RENDER_SECONDS:g} s")


def _in_template(frame: Any) -> bool:
    """Whether a template's code (a ``.j2`` file) is running in ``frame`` or below it on the stack."""
    while frame is not None:
        if frame.f_code.co_filename.endswith(".j2"):
            return True
        frame = frame.f_back
    return False


@contextmanager
def render_limits() -> Iterator[None]:
    """Enforce :data:`RENDER_SECONDS` while the block runs.

    The deadline is checked on every call, filter and attribute lookup; on
    the main thread a timer signal also stops tight loops that do none of
    those, unless the caller already runs a timer of its own (left untouched).
    """
    token = _DEADLINE.set(time.monotonic() + RENDER_SECONDS)
    use_alarm = timers_usable() and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    alarm = repeating_timer(signal.ITIMER_REAL, signal.SIGALRM, _on_alarm, RENDER_SECONDS) if use_alarm \
        else nullcontext()
    try:
        with alarm:
            yield
    finally:
        _DEADLINE.reset(token)


def bounded_render(template: Any, context: dict[str, Any]) -> str:
    """Render by chunks so that runaway output stops at :data:`MAX_OUTPUT_CHARS`."""
    parts: list[str] = []
    total = 0
    for chunk in template.generate(context):
        total += len(chunk)
        if total > MAX_OUTPUT_CHARS:
            raise RenderLimitError(f"output is over the {MAX_OUTPUT_CHARS:,}-character limit")
        parts.append(chunk)
    return "".join(parts)
