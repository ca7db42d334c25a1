"""A regular expression's first characters as a lookahead in front of it: the same matches, found sooner.

Python's engine has no fast scan for a pattern that opens on a case-blind alternation or on a lookaround
(``(?i)special\\s+statement|disclaimer|…``, ``(?<![\\w-])(?:…)``): at every position of the text it tries
each alternative in turn.  Every match of such a pattern starts on one of a small set of characters (an
"s" or a "d" or a "©" …), so :func:`guarded` puts a one-character lookahead of that set in front of it.  At
a position where no match can start, the engine then makes one test instead of one per alternative; where
one can, it goes on to the pattern itself.  Matches, groups and spans are those of the pattern alone.

The set is worked out from the parsed pattern; a pattern whose first character cannot be bounded (one
opening on ``.``, a negated class, a back-reference, a flag switched inside it, or one that can match the
empty string) is given back as it is.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython's own parser (3.11 and later): private, so a Python without it gets the patterns unguarded
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not on the Pythons CI runs
    sre = parser = None

_CATEGORIES = {} if sre is None else {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_GLOBAL_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))+")
_REPEATS = () if sre is None else (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unbounded(Exception):
    """The pattern may start on any character: no lookahead helps."""


class _First:
    """The characters a pattern's matches may start on, as class items, and whether one may start only at
    the text's beginning (a branch opening on ``^`` or ``\\A``)."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.items: set[str] = set()
        self.at_start = False

    def sequence(self, items: Any) -> bool:
        """Add the first characters of a sequence of pattern items; whether all of it can match nothing."""
        return all(self.item(op, av) for op, av in items)

    def item(self, op: Any, av: Any) -> bool:
        """Add the first characters of one pattern item; whether it can match nothing."""
        if op is sre.LITERAL:
            self.items.add(_escaped(av))
            return False
        if op is sre.IN:
            self.items.update(_class_items(av))
            return False
        if op is sre.BRANCH:
            return any([self.sequence(branch) for branch in av[1]])  # a list: every branch adds its characters
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unbounded  # flags switched inside: the lookahead would read its characters otherwise
            return self.sequence(av[3])
        if op in _REPEATS:
            return self.sequence(av[2]) or av[0] == 0
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av)
        if op is sre.AT and (av is sre.AT_BEGINNING_STRING
                             or (av is sre.AT_BEGINNING and not self.flags & re.MULTILINE)):
            self.at_start = True  # whatever follows, a match down this branch starts at position 0
            return False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return True  # zero-width: the first character is the next item's
        raise _Unbounded


def _escaped(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "\\]^-[" else re.escape(chr(code))


def _class_items(items: Any) -> list[str]:
    found = []
    for op, av in items:
        if op is sre.LITERAL:
            found.append(_escaped(av))
        elif op is sre.RANGE:
            found.append(_escaped(av[0]) + "-" + _escaped(av[1]))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            found.append(_CATEGORIES[av])
        else:
            raise _Unbounded  # a negated class or an unusual category: any character may start it
    return found


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead of the characters its matches start on (see the module), compiled with
    the same flags, so that the lookahead reads letters as case-blind as the pattern does."""
    if parser is None:
        return pattern
    first = _First(pattern.flags)
    try:
        if first.sequence(parser.parse(pattern.pattern, pattern.flags)):
            return pattern  # it can match the empty string, anywhere
    except (_Unbounded, AttributeError):  # AttributeError: a parser whose private names moved; no guard then
        return pattern
    if not first.items:
        return pattern  # every match starts at the text's beginning: the pattern says so already
    head = "(?=[" + "".join(sorted(first.items)) + "])"
    head = f"(?:{head}|\\A)" if first.at_start else head
    # the pattern's own global flags ("(?i)…") are in pattern.flags, and may open the expression only;
    # a verbose pattern's last comment would swallow the closing bracket but for the newline
    body = _GLOBAL_FLAGS.sub("", pattern.pattern) + ("\n" if pattern.flags & re.VERBOSE else "")
    return re.compile(head + "(?:" + body + ")", pattern.flags)
