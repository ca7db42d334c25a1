"""A note's block flowables made once and reused by the trial layouts that fit it to its page budget.

:func:`briefkit.writers.pdf.fit.fit_to_budget` lays the note out four to six
times, each time a little shorter, and only counts the pages.  Most blocks
are the same in every trial, and making their flowables (parsing paragraph
markup, balancing table columns, drawing charts, building lists) was about
as costly as laying them out.  :class:`TrialFlowables` keeps the flowables
of each top-level block from the first trial that made them and hands them
to the next trial that has the same block in the same place (the same
section state, the same neighbour rule).

A layout changes its flowables: reportlab sets ``keepWithNext = 0`` on a
heading it groups with the next block, marks a flowable that did not fit
(``_postponed``), leaves its frame and canvas on what it placed; paragraphs
and tables keep their last line breaks and row heights.  So each flowable
reachable from a kept block (a table's cells, a list's items and bullets, a
kept-together group's parts) has its attributes recorded when it is made
(:func:`_snapshot`) and put back before the flowables are used again
(:meth:`_Kept.restored`): a reused flowable starts its layout as the one
just made would.  Attributes are replaced, not edited in place, except a
dictionary, which is put back as a copy of the one recorded.

Only page counts reuse flowables: they draw nothing, and a flowable is bound
to the structure element of the trial that made it (the tagged PDF's tree),
so the PDF that is written is always laid out from flowables made for it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus.flowables import BulletDrawer

_HOLDERS = (Flowable, BulletDrawer, list, tuple)
"""What a flowable's parts are found in: other flowables (a table's cells, a list's items), bullets, lists."""

_Snapshot = list[tuple[Any, dict[str, Any]]]
"""Each object of a kept block with its attributes when made."""


def _walk(flows: Iterable[Any]) -> list[Any]:
    """Every flowable (and list bullet) reachable from ``flows`` through attributes, lists and tuples."""
    seen: set[int] = set()
    found: list[Any] = []
    stack = list(flows)
    while stack:
        item = stack.pop()
        if isinstance(item, list | tuple):
            stack.extend(item)
            continue
        if not isinstance(item, Flowable | BulletDrawer) or id(item) in seen:
            continue  # styles, fragments, line breaks, structure elements: never changed by a layout
        seen.add(id(item))
        found.append(item)
        stack.extend(value for value in vars(item).values() if isinstance(value, _HOLDERS))
    return found


def _snapshot(flows: list[Flowable]) -> _Snapshot:
    """The attributes of every object of ``flows`` now (dictionaries copied: a wrap adds to its own)."""
    return [(item, {key: dict(value) if type(value) is dict else value for key, value in vars(item).items()})
            for item in _walk(flows)]


class _Kept:
    """The flowables one block was made into, and their attributes when made."""

    def __init__(self, flows: list[Flowable], after: Hashable) -> None:
        self.flows = flows
        self.after = after
        """The builder's state after making them (see :meth:`TrialFlowables.keep`)."""
        self.made = _snapshot(flows)

    def restored(self) -> list[Flowable]:
        """The flowables, each with its attributes as when made (and nothing a layout added)."""
        for item, attrs in self.made:
            state: dict[str, Any] = item.__dict__
            state.clear()
            state.update({key: dict(value) if type(value) is dict else value for key, value in attrs.items()})
        return list(self.flows)


class TrialFlowables:
    """Flowables of top-level blocks, kept from one page-count layout to the next of the same note.

    A key names a block and everything its flowables depend on besides the
    writer's styles and labels (:meth:`fits` tells whether those are the
    same): the block itself (blocks are immutable and compare by value), the
    section state and the layout rule the block is made under.  A block that
    occurs twice in one document gets flowables of its own each time.
    """

    def __init__(self, owner: tuple[Hashable, ...]) -> None:
        self.owner = owner
        self._kept: dict[Hashable, list[_Kept]] = {}
        self._used: set[int] = set()

    def fits(self, owner: tuple[Hashable, ...]) -> bool:
        """Whether the flowables were made with the same styles and labels (``owner``) as now."""
        return owner == self.owner

    def begin(self) -> None:
        """A new layout: every kept block is free to be used once again."""
        self._used.clear()

    def take(self, key: Hashable) -> tuple[list[Flowable], Any] | None:
        """Flowables kept for ``key`` not yet used in this layout, restored as made, with the builder's state
        after making them; None if there are none."""
        for kept in self._kept.get(key, ()):
            if id(kept) not in self._used:
                self._used.add(id(kept))
                return kept.restored(), kept.after
        return None

    def keep(self, key: Hashable, flows: list[Flowable], after: Hashable) -> tuple[list[Flowable], Any]:
        """Keep the flowables just made for ``key`` (in use in this layout) and the state ``after`` making
        them that the next blocks depend on; returns both, as :meth:`take` does."""
        kept = _Kept(flows, after)
        self._kept.setdefault(key, []).append(kept)
        self._used.add(id(kept))
        return flows, after
