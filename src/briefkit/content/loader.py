"""Load a Brief from YAML or JSON, reporting every problem with its line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from briefkit.content.model import Brief
from briefkit.errors import InputError, Problem, input_error
from briefkit.yamlfast import read_fast
from briefkit.yamlio import display_path, format_loc, locate, read_yaml


def _model_at(loc: Sequence[int | str]) -> type[BaseModel] | None:
    """The pydantic model that owns the field named by ``loc[-1]``."""
    model: type[BaseModel] = Brief
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        inner = field.annotation
        args = getattr(inner, "__args__", None) or ()
        candidates = [inner, *args]
        found = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if found is None:
            return None
        model = found
    return model


def _hint(loc: Sequence[int | str]) -> str:
    model = _model_at(loc)
    if model is None or not loc:
        return ""
    import difflib  # only for a misspelt key

    close = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _problem(name: str, data: Any, error: Any) -> Problem:
    loc = [part for part in error["loc"] if not (isinstance(part, str) and part.startswith("function-"))]
    kind = error["type"]
    if kind == "extra_forbidden":
        message = f"unknown key{_hint(loc)}"
    elif kind == "missing":
        message = "required field is missing"
    else:
        message = error["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
    return Problem(name, locate(data, loc), format_loc(loc) or None, message)


def validate(data: Any, name: str) -> Brief:
    """Validate parsed data as a Brief, collecting every problem."""
    if not isinstance(data, dict):
        raise input_error(name, "the file must hold a mapping with at least 'meta: {title: …}'", 1)
    try:
        return Brief.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(name, data, err) for err in exc.errors()]
        problems.sort(key=lambda p: (p.line or 0, p.field or ""))
        raise InputError(problems) from None


def load_brief(path: Path) -> Brief:
    """Load and validate a content file (YAML or JSON)."""
    return load_brief_traced(path)[0]


def load_brief_traced(path: Path) -> tuple[Brief, bool]:
    """The Brief of a content file, and whether the fast path produced it.

    A clean file goes through libyaml (:mod:`briefkit.yamlfast`), about twenty
    times faster; anything it cannot vouch for, and every invalid file, goes
    through the line-aware loader, which produces the located messages.
    """
    data = read_fast(path)
    if data is not None:
        try:
            return Brief.model_validate(data), True
        except ValidationError:
            pass  # the line-aware loader reports it with lines
    return validate(read_yaml(path), display_path(path)), False
