"""reportlab's PDF serialisation with two hot helpers made cheaper; the bytes are the same.

Writing a note or a deck's PDF formats every object of the file, and two
small helpers of ``reportlab.pdfbase.pdfdoc`` are called for each value:

- ``pdfdocEnc`` encodes every string through reportlab's ``extpdfdoc``
  codec, a character map run from Python.  For the ASCII characters the
  codec maps to themselves (all but a few control characters, found here
  from the codec itself, not assumed) an ASCII encode gives the same bytes;
  any other text still goes through the codec, errors included.
- ``PDFName`` escapes a dictionary key character by character, and the same
  few dozen keys (``Type``, ``Font``, ``MediaBox``…) recur thousands of times
  a file: each key's name is made once and remembered.

A third, the stream filter's ``zlib.compress``, is given the same font
subsets and colour profile for every PDF of a batch: a large stream's
compressed bytes are remembered once it recurs (bounded, see
:mod:`~briefkit.writers.recurring`), as :mod:`~briefkit.writers.zipcache`
does for Office files.

:func:`install` replaces the two module globals that reportlab's own
formatting looks up, and the stream filter's method; :mod:`~briefkit.writers.rltagging`, which every PDF
briefkit writes goes through, calls it when imported, and doing it twice
changes nothing.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc

from briefkit.writers.recurring import RecurringCache

_original_enc: Callable[[Any], Any] = pdfdoc.pdfdocEnc
_original_name: Callable[..., str] = pdfdoc.PDFName
_DEFAULT_BOUNDS = (chr(0x21), chr(0x7E))
"""``PDFName``'s default range of characters written as they are."""


def _odd_ascii() -> re.Pattern[str]:
    """The ASCII characters ``extpdfdoc`` does not map to their own byte (the codec itself is asked)."""
    odd = []
    for code in range(128):
        try:
            same = _original_enc(chr(code)) == bytes([code])
        except UnicodeEncodeError:
            same = False
        if not same:
            odd.append(re.escape(chr(code)))
    return re.compile("[" + "".join(odd) + "]") if odd else re.compile(r"(?!)")


_ODD = _odd_ascii()


def pdfdoc_encode(value: Any) -> Any:
    """``pdfdocEnc``: a string as PDFDocEncoding bytes (ASCII text by a plain encode), anything else as is."""
    if isinstance(value, str):
        if value.isascii() and _ODD.search(value) is None:
            return value.encode("ascii")
        return _original_enc(value)
    return value


@lru_cache(maxsize=4096)
def _name(data: str) -> str:
    return _original_name(data)


def pdf_name(data: Any, lo: str = _DEFAULT_BOUNDS[0], hi: str = _DEFAULT_BOUNDS[1]) -> str:
    """``PDFName``: ``/`` and the key, characters outside ``lo``–``hi`` or delimiters written ``#xx``."""
    if type(data) is str and (lo, hi) == _DEFAULT_BOUNDS:
        return _name(data)
    return _original_name(data, lo, hi)


MIN_STREAM = 4096
"""Smaller streams (most pages' content) are compressed each time."""
MAX_STREAM_BYTES = 2 * 1024 * 1024
"""Bytes kept in all (each stream and its compressed form); past it, the least recently used are forgotten."""
_streams: RecurringCache[bytes, bytes] = RecurringCache(MAX_STREAM_BYTES)


def _compress(data: bytes) -> bytes:
    """``zlib.compress(data)``, remembered for a large stream that recurs."""
    if not MIN_STREAM <= len(data) <= MAX_STREAM_BYTES // 4:
        return zlib.compress(data)
    packed = _streams.get(data)
    if packed is None:
        packed = zlib.compress(data)
        _streams.offer(data, packed, len(data) + len(packed))
    return packed


def flate_encode(_filter: Any, text: Any) -> bytes:
    """``PDFStreamFilterZCompress.encode``: text as UTF-8, then ``zlib.compress`` (remembered when large)."""
    if isinstance(text, str):
        text = text.encode("utf8")
    return _compress(bytes(text))


def install() -> None:
    """Put the helpers in place of reportlab's (idempotent)."""
    pdfdoc.pdfdocEnc = pdfdoc_encode
    pdfdoc.PDFName = pdf_name
    pdfdoc.PDFStreamFilterZCompress.encode = flate_encode
