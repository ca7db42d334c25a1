"""Errors a user can act on.

Every error that reaches the CLI as a :class:`BriefkitError` is printed as one
line per problem (``file:line: field: problem``) with no traceback.  Anything
else is a bug in briefkit and keeps its traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One located problem in an input file."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class BriefkitError(Exception):
    """A problem the user can fix; its message is shown as-is."""


class InputError(BriefkitError):
    """One or more problems in an input file, collected before giving up."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class TemplateError(BriefkitError):
    """A template failed to compile or render."""


class WriterError(BriefkitError):
    """A writer met something it cannot render (for example an unknown node)."""


def input_error(file: str, message: str, line: int | None = None,
                field: str | None = None) -> InputError:
    """Build an :class:`InputError` holding a single problem."""
    return InputError([Problem(file, line, field, message)])


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def safe_text(line: str) -> str:
    """``line`` with control characters shown as escapes, so a file name or key cannot drive the terminal.

    Escape sequences (``\\x1b[2J``), carriage returns that overwrite a line and
    bidirectional overrides that reorder it are printed as ``\\x1b``, ``\\r``, ``\\u202e``.
    """
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), line)
