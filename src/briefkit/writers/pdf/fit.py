"""A page budget met by design: lower-priority blocks shortened, then left out.

A pack's template names its page budget and its optional blocks, most
important first, in the front matter::

    page_budget: 2
    optional: [figures, implications, questions, background]

Each name is the ``{#id}`` of a heading; the block is that heading and what
follows it up to the next heading of its level or higher.  When the printed
PDF runs over, the least important block is shortened first (its chart left
out, lists and tables cut to their first half, one paragraph kept), then left
out, then the next block the same way.  Changes the budget turns out not to
need are taken back, the most important block's first.  Blocks
the pack does not name (purpose, recommendation, key points, sources) are
never touched.  Every change is returned as a warning for the build report.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from briefkit.document import nodes as n
from briefkit.theme import Theme
from briefkit.writers.base import RenderOptions

Change = Callable[[tuple[n.Block, ...]], tuple[n.Block, ...]]


def _span(blocks: tuple[n.Block, ...], ident: str) -> tuple[int, int] | None:
    """Start and end (exclusive) of the block whose heading has id ``ident``."""
    for i, block in enumerate(blocks):
        if isinstance(block, n.Heading) and block.id == ident:
            end = i + 1
            while end < len(blocks) and not (isinstance(blocks[end], n.Heading)
                                             and blocks[end].level <= block.level):  # type: ignore[union-attr]
                end += 1
            return i, end
    return None


def _half(count: int) -> int:
    return max(1, math.ceil(count / 2))


def shorten_block(block: n.Block) -> n.Block:
    """A shorter version of ``block``: lists and tables cut to their first half; anything else as it is."""
    if isinstance(block, n.BulletList) and len(block.items) > 1:
        return n.BulletList(block.items[:_half(len(block.items))])
    if isinstance(block, n.OrderedList) and len(block.items) > 1:
        return n.OrderedList(block.items[:_half(len(block.items))], block.start)
    if isinstance(block, n.Table) and len(block.rows) > 1:
        return n.Table(block.header, block.rows[:_half(len(block.rows))], block.aligns, block.caption)
    return block


def _trim(body: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    """One paragraph of running text kept (and any that introduces a list)."""
    out: list[n.Block] = []
    paragraphs = 0
    for block in body:
        if isinstance(block, n.Paragraph) and "source" not in block.classes \
                and not n.plain_text(block.children).rstrip().endswith(":"):
            paragraphs += 1
            if paragraphs > 1:
                continue
        out.append(block)
    return tuple(out)


def _shorten(body: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    """Trimmed, and lists and tables cut to their first half; charts stay (see ``chart``)."""
    return tuple(shorten_block(b) for b in _trim(body))


def _without_charts(body: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    return tuple(b for b in body if not isinstance(b, n.Chart))


def apply(doc: n.Document, ident: str, mode: str) -> n.Document:
    """``doc`` with block ``ident`` changed: ``trim`` leaves out its extra paragraphs, ``short`` also halves
    its lists and tables, ``chart`` also leaves out its charts, ``drop`` leaves it all out."""
    span = _span(doc.blocks, ident)
    if span is None:
        return doc
    start, end = span
    body = doc.blocks[start + 1:end]
    changes: dict[str, Change] = {"trim": _trim, "short": _shorten,
                                  "chart": lambda b: _without_charts(_shorten(b))}
    kept = changes[mode](body) if mode in changes else ()
    section = (doc.blocks[start], *kept) if kept else ()  # a heading left with nothing under it goes too
    return n.Document(doc.meta, doc.blocks[:start] + tuple(section) + doc.blocks[end:])


def _name(doc: n.Document, ident: str) -> str:
    span = _span(doc.blocks, ident)
    return n.block_text(doc.blocks[span[0]]) if span else ident


Step = tuple[str, str]
"""A block's id and what is done to it: 'trim', 'short', 'chart' or 'drop' (see :func:`apply`)."""
MODES = ("trim", "short", "chart", "drop")


def _applied(doc: n.Document, steps: list[Step]) -> n.Document:
    for ident, mode in steps:
        doc = apply(doc, ident, mode)
    return doc


def _steps(doc: n.Document, optional: list[str], fits: Callable[[n.Document], bool],
           modes: tuple[str, ...] = MODES) -> list[Step]:
    """The changes, least important block first and each step by step, until the document fits."""
    steps: list[Step] = []
    current = doc
    for ident in reversed(optional):
        for mode in modes:
            trial = apply(current, ident, mode)
            if trial.blocks == current.blocks:
                continue
            steps.append((ident, mode))
            current = trial
            if fits(current):
                return steps
    return steps


def _undo_spare(doc: n.Document, steps: list[Step], fits: Callable[[n.Document], bool]) -> list[Step]:
    """Take back every change the budget does not need, the most important block's first."""
    for step in sorted(steps, key=lambda s: (MODES.index(s[1]), -steps.index(s))):
        trial = [s for s in steps if s != step]
        if fits(_applied(doc, trial)):
            steps = trial
    return steps


_SPILL = 0.3
"""A draft's last page filled less than this is a spill: the note nearly fits on a page fewer."""
_LIGHT = ("trim", "short", "chart")
"""What a spill may cost to fit on a page fewer: shortening, no block left out but a chart's."""
_SPILL_TEXT = 0.15
"""The share of the text a spill may cost: a chart, a few rows or lines, never most of a section."""


def _text_size(doc: n.Document) -> int:
    return sum(len(n.block_text(b)) for b in doc.blocks if not isinstance(b, n.Chart))


class _Written:
    """Which layout of the last fit (0: the document as it is, then in the order they ran) was of the document
    written.  A batch's documents of one kind are fitted alike, so the next fit draws that layout's PDF in full
    (see :meth:`~briefkit.writers.pdf.PdfWriter.measure_drawn`) and the written PDF is not laid out again."""

    layout = 0


def fit_to_budget(doc: n.Document, theme: Theme, options: RenderOptions,
                  writes_pdf: bool = False) -> tuple[n.Document, list[str]]:
    """``doc`` shortened until its PDF takes at most ``page_budget`` pages, with what was changed; a draft
    whose last page holds a spill only is fitted on a page fewer where shortening (no block left out) does it.

    With ``writes_pdf`` (the PDF writer renders the fitted document next) the layout the last fit wrote is
    drawn in full (see :class:`_Written`); without, every layout only counts pages, which costs less."""
    from briefkit.writers.pdf import PdfWriter

    budget = int(doc.meta.get("page_budget") or 0)
    if budget <= 0:
        return doc, []
    writer = PdfWriter()
    known: dict[tuple[tuple[n.Block, ...], int], tuple[int, float]] = {}
    first: dict[tuple[n.Block, ...], int] = {}
    """The layout each tree was first laid out in."""

    def measured(trial: n.Document, pages: int) -> tuple[int, float]:
        # A step a stronger one already covers ("trim" under "short") gives a tree already laid out.
        if (trial.blocks, pages) not in known:
            layout = len(known)
            count = writer.measure_drawn if writes_pdf and layout == _Written.layout else writer.measure
            known[trial.blocks, pages] = count(trial, theme, options, pages)
            first.setdefault(trial.blocks, layout)
        return known[trial.blocks, pages]

    fitted, warnings = _fitted(doc, budget, measured, options, writer.count_pages, theme)
    _Written.layout = first.get(fitted.blocks, 0)
    return fitted, warnings


def _fitted(doc: n.Document, budget: int, measured: Callable[[n.Document, int], tuple[int, float]],
            options: RenderOptions, count_pages: Callable[[n.Document, Theme, RenderOptions], int],
            theme: Theme) -> tuple[n.Document, list[str]]:
    """:func:`fit_to_budget` once ``measured`` lays documents out."""
    optional = [str(i) for i in doc.meta.get("optional") or []]

    def fits(trial: n.Document) -> bool:
        return measured(trial, budget)[0] <= budget

    if fits(doc):
        return _tighter(doc, optional, budget, measured, options)
    steps = _steps(doc, optional, fits)
    fitted = _applied(doc, steps)
    if not fits(fitted):
        pages = count_pages(fitted, theme, options)
        note = f"{pages} pages, over the budget of {budget}: the blocks that must stay take more room"
        return fitted, [*_warnings(doc, steps, options, budget), note]
    steps = _undo_spare(doc, steps, fits)
    return _applied(doc, steps), _warnings(doc, steps, options, budget)


def _tighter(doc: n.Document, optional: list[str], budget: int,
             measured: Callable[[n.Document, int], tuple[int, float]],
             options: RenderOptions) -> tuple[n.Document, list[str]]:
    """A draft taking its whole budget whose last page holds a spill (a few lines, a chart and the sources
    below a full page) on a page fewer, where shortening its optional blocks does it; else ``doc``.  Only
    such a spill costs layouts: a full last page, or a reviewed brief (a person's length), none."""
    pages, fill = measured(doc, budget)
    if doc.meta.get("status") != "draft" or budget < 2 or pages != budget or fill > _SPILL:
        return doc, []

    def fits(trial: n.Document) -> bool:
        return measured(trial, budget - 1)[0] <= budget - 1

    steps = _steps(doc, optional, fits, _LIGHT)
    if not steps or not fits(_applied(doc, steps)):
        return doc, []
    steps = _undo_spare(doc, steps, fits)
    tighter = _applied(doc, steps)
    if _text_size(doc) - _text_size(tighter) > _SPILL_TEXT * _text_size(doc):
        return doc, []  # more than a spill's worth of the brief: the second page it is
    return tighter, _warnings(doc, steps, options, budget - 1, ("shortened_spill", "left_out_spill"))


def _warnings(doc: n.Document, steps: list[Step], options: RenderOptions, budget: int,
              keys: tuple[str, str] = ("shortened", "left_out")) -> list[str]:
    strongest: dict[str, str] = {}
    for ident, mode in steps:
        strongest[ident] = max(mode, strongest.get(ident, mode), key=MODES.index)
    fitted = _applied(doc, steps).blocks
    gone = {ident for ident in strongest if _span(fitted, ident) is None}
    return [options.labels.get(keys[1] if ident in gone else keys[0], block=_name(doc, ident), pages=budget)
            for ident in strongest]
