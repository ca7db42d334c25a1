"""The overflow report as text: exactly ``json.dumps(value, indent=2, ensure_ascii=False)``, faster.

With an indent, :func:`json.dumps` leaves its C encoder for a pure-Python
generator that yields every bracket, separator and number separately; a
deck's report (a few hundred frame coordinates) cost more to format than to
build.  :func:`dumps_indented` joins the same pieces directly: strings go
through the encoder's own escaping function, numbers and constants are
spelled as :mod:`json` spells them, and anything else is handed to
:mod:`json`, which raises the same error it always did.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any

_CONSTANTS = {True: "true", False: "false"}
_json = json.JSONEncoder(ensure_ascii=False).encode


def _float(value: float) -> str:
    if math.isfinite(value):
        return float.__repr__(value)
    return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return _CONSTANTS[value]
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    return _json(value)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if key is None or isinstance(key, bool | int | float):
        # json writes such keys as the text of the value, in quotes.
        return encode_basestring(_scalar(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def dumps_indented(value: Any, newline: str = "\n") -> str:
    """``value`` as :func:`json.dumps` writes it with ``indent=2`` and ``ensure_ascii=False``."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = newline + "  "
        items = [_key(k) + ": " + dumps_indented(v, inner) for k, v in value.items()]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = newline + "  "
        return "[" + inner + ("," + inner).join([dumps_indented(v, inner) for v in value]) + newline + "]"
    return _scalar(value)
