"""The slides report's JSON text is exactly what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import enum
import json
from collections import OrderedDict
from typing import Any

import pytest

from briefkit.writers.slides.reportjson import dumps_indented


class Level(enum.IntEnum):
    LOW = 1


VALUES: list[Any] = [
    {"page": [960.0, 540.0], "floor": 14,
     "slides": [{"frames": [[1.5, 2e-07, 1e22, -0.0]], "title": "Ünïcode “q” \u2028"}], "empty": {}, "none": [],
     "flags": [True, False, None], "nested": [[[]], [{}], {"a": {"b": []}}]},
    {"escapes": "quote \" backslash \\ newline \n tab \t bell \x07 nul \x00 del \x7f", "tuple": (1, 2.5, "x")},
    {"specials": [float("nan"), float("inf"), float("-inf")], "big": 10**30, "enum": Level.LOW},
    {7: "int key", 2.5: "float key", True: "bool key", None: "none key"},
    OrderedDict([("z", 1), ("a", 2)]),
    [], {}, "text", 3, 0.1, None, True,
]


@pytest.mark.parametrize("value", VALUES)
def test_same_text_as_json(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("value", [{"s": {1, 2}}, {(1, 2): "tuple key"}, [object()]])
def test_same_errors_as_json(value: Any) -> None:
    with pytest.raises(TypeError):
        json.dumps(value, indent=2, ensure_ascii=False)
    with pytest.raises(TypeError):
        dumps_indented(value)
