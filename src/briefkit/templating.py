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
import sys
import traceback
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from jinja2 import (
    BytecodeCache,
    ChoiceLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    pass_context,
)
from jinja2 import (
    TemplateError as JinjaTemplateError,
)
from jinja2.bccache import Bucket
from markupsafe import Markup

from briefkit import __version__, cjk, locale, sandbox, usercache
from briefkit.cjk import close_gaps
from briefkit.draftcharts import chart_bars, chart_measure
from briefkit.draftview import fresh_quotes, key_tiles, names_a_theme, timeline_digest
from briefkit.errors import TemplateError
from briefkit.labels import Labels
from briefkit.packs import builtin_dir
from briefkit.sandbox import (
    LimitedSandbox,
    bounded_render,
    render_limits,
)
from briefkit.templateloader import BoundedLoader
from briefkit.yamlio import display_path

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&:\"'=$%^@])")


_FOLD = re.compile(r"[^\S\u00a0\u202f]+")
"""Whitespace that folds into one space: all but the no-break spaces (French '38 000' stays whole)."""


def _fold(text: str) -> str:
    if text.isascii():
        return " ".join(text.split())
    return close_gaps(_FOLD.sub(" ", text).strip(" "))


def md_escape(text: str) -> str:
    """Backslash-escape Markdown punctuation and fold line breaks into spaces (none between Chinese characters)."""
    return _MD_SPECIAL.sub(r"\\\1", _fold(text))


_MD_UNESCAPE = re.compile(r"\\" + _MD_SPECIAL.pattern)
"""A backslash and the character :func:`md_escape` put it before."""
_PLACEHOLDER = re.compile(r"(\{\w+\})")


class TemplateLabels:
    """The label catalogue as templates see it.

    ``labels.get(key, value=…)`` given a value that is already Markdown (a macro's output, escaped once)
    returns Markdown too: the label's own words are escaped, the value is not escaped again.  Otherwise
    the filled label is a plain string, escaped once on output as any value ("大华网\\-汕头都市报" was
    escaped twice when a macro's citation went through a plain label).
    """

    def __init__(self, labels: Labels) -> None:
        self._labels = labels

    def get(self, key: str, **values: Any) -> str:
        """The label with its placeholders filled (Markup when a value is Markup)."""
        if not any(isinstance(v, Markup) for v in values.values()):
            return self._labels.get(key, **values)
        pieces = []
        for piece in _PLACEHOLDER.split(self._labels.get(key)):
            name = piece[1:-1]
            if piece.startswith("{") and name in values:
                value = values[name]
                pieces.append(str(value) if isinstance(value, Markup) else md_escape(str(value)))
            else:
                pieces.append(_MD_SPECIAL.sub(r"\\\1", piece))  # not folded: the spaces around a value stay
        return Markup("".join(pieces))

    def __getitem__(self, key: str) -> str:
        """``labels["draft"]``."""
        return self._labels.get(key)

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        return self._labels.get(key)


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(md_escape(str(value)))


def fmt_number(value: float | int | None, digits: int = 0, compact: bool = False) -> str:
    """Grouped for the brief's language: 38000 → '38,000' (French '38 000'); keeps decimals that matter."""
    return locale.format_number(value, digits, compact=compact)


def fmt_percent(value: float | int | None) -> str:
    """83 → '83%' (French '83 %'); 33.3 → '33.3%'."""
    return locale.format_percent(value)


def fmt_date(value: Any, precision: str = "day") -> str:
    """Dates for people in the brief's language: '16 August 2024', '2024年8月', '2018'."""
    return locale.format_date(value, precision)


_BARE_NUMBER = re.compile(r"[~≈<>]?\s?\d[\d,.]*")
"""A display that is a number alone: the first end of a range ("2 to 4 percent"), whose unit the article printed
once, after the second end."""


def fmt_figure(fig: Any) -> str:
    """A figure as printed: its ``display`` text (the article's own wording), else value and unit.  A percentage
    whose display is its number alone gets its sign: a tile or a table row reading "2" for 2 % would misstate it."""
    if getattr(fig, "display", None):
        display = str(fig.display)
        return f"{display}%" if fig.unit == "%" and _BARE_NUMBER.fullmatch(display) else display
    unit = fig.unit or ""
    text = fmt_percent(fig.value) if unit == "%" else locale.join(fmt_number(fig.value), unit)
    return locale.join(str(fig.qualifier), text) if getattr(fig, "qualifier", None) else text


def md_url(value: Any) -> Markup:
    """A link destination for Markdown: ``<…>`` with spaces, brackets and controls percent-encoded.

    A raw URL holding ``)`` or a space would end the link early and spill the
    rest of the line as text.
    """
    return Markup("<" + quote(str(value).strip(), safe=":/?#[]@!$&'()*+,;=%~-._") + ">")


def to_yaml(value: Any) -> Markup:
    """A value as a YAML scalar or flow collection (JSON is valid YAML).

    A directive's YAML is data, not Markdown: a value that is a macro's output (Markup) has its
    Markdown escapes taken off, or "France\\-Presse" would be printed with its backslash.
    """
    if isinstance(value, Markup):
        value = _MD_UNESCAPE.sub(r"\1", str(value))

    def default(obj: Any) -> Any:
        if isinstance(obj, dt.date):
            return obj.isoformat()
        if hasattr(obj, "model_dump"):
            return obj.model_dump(mode="json")
        return str(obj)

    return Markup(json.dumps(value, ensure_ascii=False, default=default))


def _per_language(func: Callable[..., str]) -> Callable[..., str]:
    """``func`` as a filter Jinja never evaluates while compiling.

    Jinja folds a filter on a literal (``{{ "2024-07-01" | date }}``) into the
    compiled template, and compiled templates are cached across renders: the
    first brief's language would stick.  A ``pass_context`` filter is never folded.
    """
    @pass_context
    def per_render(_context: Any, *args: Any, **kwargs: Any) -> str:
        return func(*args, **kwargs)

    per_render.__doc__ = func.__doc__
    return per_render


def _compiler_fingerprint() -> str:
    """What besides a template's source shapes its compiled code.

    The sandbox's code generator, the finalize step and our filters (Jinja
    folds a filter on a literal into the compiled code) live in these modules,
    so their source is part of the key, not only the version number: an edited
    checkout never runs stale code.
    """
    sources = [Path(module.__file__ or "").read_bytes() for module in (sandbox, cjk) if module.__file__]
    return usercache.key_of(__version__, sys.implementation.cache_tag or "", getattr(jinja2, "__version__", ""),
                            Path(__file__).read_bytes(), *sources)


class DiskBytecodeCache(BytecodeCache):
    """Jinja's bytecode cache protocol over :mod:`briefkit.usercache`: a cold process skips compiling.

    Jinja's :class:`~jinja2.FileSystemBytecodeCache` lets a damaged entry
    raise (a truncated pickle) and a full disk fail the render; entries here are
    checksummed, written atomically, and any problem means "compile again".
    Jinja still checks each entry against the template source's hash.
    """

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint

    def _key(self, bucket: Bucket) -> str:
        return usercache.key_of(self.fingerprint, bucket.key)

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from the disk cache, if a sound entry is there."""
        data = usercache.load("templates", self._key(bucket))
        if data is not None:
            try:
                bucket.bytecode_from_string(data)
            except Exception:  # an entry from another Python that passed the checksum: compile instead
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep ``bucket``'s compiled code (silently nothing if the disk refuses)."""
        usercache.store("templates", self._key(bucket), bucket.bytecode_to_string())


def _bytecode_cache() -> BytecodeCache | None:
    return DiskBytecodeCache(_compiler_fingerprint()) if usercache.cache_dir() is not None else None


@lru_cache(maxsize=8)
def make_env(user_dir: Path | None = None) -> LimitedSandbox:
    """A sandboxed environment for ``user_dir`` + built-ins (cached for batch runs)."""
    builtin = BoundedLoader(str(builtin_dir()))
    loaders: list[Any] = [PrefixLoader({"!builtin": builtin}, delimiter="/")]
    if user_dir is not None:
        loaders.append(BoundedLoader(str(user_dir)))
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
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(
        number=_per_language(fmt_number), percent=_per_language(fmt_percent), date=_per_language(fmt_date),
        figure=_per_language(fmt_figure),
        yaml=to_yaml, url=md_url, md=lambda v: Markup(md_escape(str(v))),
        # a draft's quotations and tiles (briefkit.draftview), numbers compared as the figure filter prints them
        fresh_quotes=fresh_quotes, key_tiles=partial(key_tiles, printed=fmt_figure), chart_bars=chart_bars,
        chart_measure=chart_measure,
        names_a_theme=names_a_theme, timeline_digest=timeline_digest,
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


def language_of(context: dict[str, Any]) -> str:
    """The language a template renders in: the brief's ``meta.language`` or the issue's ``lang``."""
    meta = context.get("meta")
    issue = context.get("issue")
    found = getattr(meta, "language", None) or (issue.get("lang") if isinstance(issue, dict) else None)
    return str(found or locale.DEFAULT)


def render_template(name: str, context: dict[str, Any], content_name: str,
                    user_dir: Path | None = None) -> str:
    """Render ``name`` with ``context``; errors name the template line and the content file."""
    env = make_env(user_dir)
    if isinstance(context.get("labels"), Labels):
        context = {**context, "labels": TemplateLabels(context["labels"])}
    entry: str | None = None
    try:
        template = env.get_template(name)
        entry = template.filename
        with render_limits(), locale.speaking(language_of(context)):
            return bounded_render(template, context)
    except (JinjaTemplateError, RecursionError, ArithmeticError, TypeError, ValueError,
            AttributeError, KeyError, IndexError) as exc:
        file, line = _template_line(exc)
        source = file or entry
        where = (display_path(Path(source)) if source else "<template>") + (f":{line}" if line else "")
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, TemplateNotFound):
            message = f"template '{exc.name}' not found"
        raise TemplateError(f"{where}: {message} (rendering {content_name})") from None
