"""Dates and numbers written the way the brief's language writes them (Babel's CLDR data).

A Chinese brief says 2024年8月16日 and 3.8万, a French one 16 août 2024 and
38 000, an English one 16 August 2024 and 38,000.  The rules come from the
Unicode CLDR through Babel rather than from tables of month names kept here.

Templates do not pass the language to every ``date`` or ``number`` filter:
:func:`briefkit.templating.render_template` renders inside
:func:`speaking`, which sets the language of the brief being rendered for
the duration of the render (a :class:`~contextvars.ContextVar`, so threads
and batch workers never see each other's language).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton
from babel.numbers import format_compact_decimal, format_decimal
from babel.numbers import format_percent as _babel_percent

from briefkit.cjk import is_cjk

DEFAULT = "en"
_LANGUAGE: ContextVar[str] = ContextVar("briefkit_language", default=DEFAULT)

# English briefs have always printed day-month-year ("16 August 2024"): British usage,
# which is also what the publications the tool is built around use in English.
_HOUSE = {"en": "en_GB", "zh": "zh_Hans_CN"}


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Format dates and numbers for ``language`` (a tag such as en, zh, pt-BR) inside the block."""
    token = _LANGUAGE.set(language or DEFAULT)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def current() -> str:
    """The language tag dates and numbers are formatted for right now."""
    return _LANGUAGE.get()


def babel_locale(language: str | None = None) -> Locale:
    """The CLDR locale for a language tag (default: the one being rendered); English for a tag CLDR does not know."""
    return _locale_for(language or current())


@lru_cache(maxsize=32)
def _locale_for(language: str) -> Locale:
    tag = language.strip().replace("-", "_")
    primary = tag.split("_")[0].lower()
    if tag.lower() == primary and primary in _HOUSE:
        tag = _HOUSE[primary]
    try:
        return Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(_HOUSE[DEFAULT])


def format_date(value: Any, precision: str = "day", language: str | None = None) -> str:
    """A date for people: 16 August 2024 / 2024年8月16日 / 16 août 2024; month or year alone by ``precision``.

    ``value`` is a :class:`datetime.date` or the content model's partial date
    text (``2024``, ``2024-07``, ``2024-07-01``).
    """
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    parts = text.split("-")
    locale = babel_locale(language)
    year = int(parts[0])
    if precision == "year" or len(parts) == 1:
        # A bare year is a number in English and French ("2018") but "2018年" in Chinese.
        return format_skeleton("y", dt.date(year, 1, 1), locale=locale)
    month = int(parts[1])
    if precision == "month" or len(parts) == 2:
        return format_skeleton("yMMMM", dt.date(year, month, 1), locale=locale)
    return str(_babel_date(dt.date(year, month, int(parts[2])), "long", locale=locale))


def format_number(value: float | int | None, digits: int = 0, language: str | None = None,
                  compact: bool = False) -> str:
    """Grouped digits in the language's style: 38,000 / 38 000; ``compact`` gives 3.8万 or 38k.

    With ``digits`` 0 decimals that matter are kept (33.3, 1,234.57); with
    ``digits`` n exactly n are printed.
    """
    if value is None:
        return ""
    locale = babel_locale(language)
    number = float(value)
    if compact and abs(number) >= 10000:
        return _unbreakable(format_compact_decimal(number, locale=locale, fraction_digits=max(digits, 1)))
    if number.is_integer() and digits == 0:
        return _unbreakable(format_decimal(int(number), format="#,##0", locale=locale))
    pattern = "#,##0." + ("0" * digits if digits else "##")
    return _unbreakable(format_decimal(number, format=pattern, locale=locale))


def _unbreakable(text: str) -> str:
    """CLDR's narrow no-break space (French 38 000) as a no-break space.

    reportlab and Python's ``str.split`` take U+202F for an ordinary space, so
    the PDF writers would break a number across lines there and print a full
    space; U+00A0 is kept whole everywhere, and every product prints the same.
    """
    return str(text).replace("\u202f", "\u00a0")


def format_percent(value: float | int | None, language: str | None = None) -> str:
    """A percentage given in percent (83 → 83%, 83 % in French)."""
    if value is None:
        return ""
    # Decimal, so 33.3 stays 33.3 (not 33.299999…) when the locale's own pattern keeps every decimal.
    share = Decimal(str(value)) / 100
    return _unbreakable(_babel_percent(share, locale=babel_locale(language), decimal_quantization=False))


def join(left: str, right: str) -> str:
    """Two words with a space between, except beside Chinese ('140 countries', but '140个国家', '超过140')."""
    if not left or not right:
        return left or right
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left + right
    return f"{left} {right}"
