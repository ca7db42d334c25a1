"""Table column widths that make the table as short as possible.

A first guess shares the width by the length of each column's text; then
width moves, a small step at a time, from one column to another while that
lowers the table's total height (rows take the height of their tallest
cell).  On a page-limited note this saves many wrapped lines, and it is
deterministic: the same table always gets the same widths.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

_SAMPLE = 60
"""Rows measured at most when balancing a long table."""


def share_widths(limits: Sequence[tuple[float, float]], avail: float,
                 numeric: Sequence[bool] | None = None) -> list[float]:
    """Share ``avail`` between columns given each column's (minimum, natural) width.

    Spare width goes to the columns of running text, never to ``numeric``
    columns (a figure reads best right next to its label).
    """
    minimum = [m for m, _ in limits]
    natural = [max(w, m) for m, w in limits]
    numeric = numeric or [False] * len(limits)
    if sum(natural) <= avail:
        spare = avail - sum(natural)
        weight = [0.0 if num else w - m for m, w, num in zip(minimum, natural, numeric, strict=True)]
        if not sum(weight):
            weight = [0.0 if num else w for w, num in zip(natural, numeric, strict=True)]
        if not sum(weight):
            weight = natural
        return [w + spare * k / sum(weight) for w, k in zip(natural, weight, strict=True)]
    if sum(minimum) >= avail:
        return [avail * m / sum(minimum) for m in minimum]
    spare = avail - sum(minimum)
    stretch = [w - m for m, w in zip(minimum, natural, strict=True)]
    return [m + spare * s / (sum(stretch) or 1) for m, s in zip(minimum, stretch, strict=True)]


class _Heights:
    """Cell heights per (column, width), computed once each."""

    def __init__(self, columns: Sequence[Sequence[Flowable]], pad: float) -> None:
        self.columns = columns
        self.pad = pad
        self.cache: dict[tuple[int, float], list[float]] = {}

    def column(self, index: int, width: float) -> list[float]:
        key = (index, round(width, 2))
        if key not in self.cache:
            inner = max(1.0, width - 2 * self.pad)
            self.cache[key] = [float(cell.wrap(inner, 1e6)[1]) for cell in self.columns[index]]
        return self.cache[key]

    def total(self, widths: Sequence[float]) -> float:
        per_column = [self.column(i, w) for i, w in enumerate(widths)]
        return float(sum(max(row) for row in zip(*per_column, strict=True)))


def _sampled(columns: Sequence[Sequence[Flowable]]) -> Sequence[Sequence[Flowable]]:
    """The rows a table's widths are judged on: all of them, or evenly spaced ones of a long table."""
    rows = len(columns[0]) if columns else 0
    if rows <= _SAMPLE:
        return columns
    every = -(-rows // _SAMPLE)  # the same widths, a fraction of the work
    return [list(col[::every]) for col in columns]


def first_wraps(columns: Sequence[Sequence[Flowable]], start: Sequence[float], pad: float) -> None:
    """Wrap the cells as :func:`shortest_widths` wraps them first (each judged cell at its column's
    ``start`` width), for a table whose widths are known already: every cell then meets the widths
    the table is laid out at in the same state as when they were worked out."""
    _Heights(_sampled(columns), pad).total(start)


def shortest_widths(columns: Sequence[Sequence[Flowable]], start: Sequence[float], minimum: Sequence[float],
                    pad: float, rounds: int = 60) -> list[float]:
    """Improve ``start`` widths until no single step between two columns shortens the table."""
    widths = list(start)
    heights = _Heights(_sampled(columns), pad)
    step = max(2.0, sum(widths) * 0.015)
    best = heights.total(widths)
    for _ in range(rounds):
        move = _best_move(heights, widths, minimum, step, best)
        if move is None:
            break
        widths, best = move
    return widths


def _best_move(heights: _Heights, widths: list[float], minimum: Sequence[float], step: float,
               best: float) -> tuple[list[float], float] | None:
    found: tuple[list[float], float] | None = None
    for give in range(len(widths)):
        if widths[give] - step < minimum[give]:
            continue
        for take in range(len(widths)):
            if take == give:
                continue
            trial = list(widths)
            trial[give] -= step
            trial[take] += step
            total = heights.total(trial)
            if total < (found[1] if found else best) - 0.01:
                found = (trial, total)
    return found
