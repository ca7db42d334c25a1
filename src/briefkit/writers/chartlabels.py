"""Chart, tile and table labels that read as labels, not as cut-off sentences.

A drafted brief names a figure by the words before it in the article, so a
label may stop mid-phrase ("Trade surplus rose slightly to", "Europe's share
has fallen from").  A bar or tile label ending on such a word reads as a
mistake: the dangling words are cut ("Trade surplus rose slightly"), keeping
two words at least.  One that starts mid-sentence ("Is being allocated to
meet costs") is marked as the excerpt it is ("…is being allocated to meet
costs"), in a draft only: a person's labels are not rewritten.  A chart
printed right under a heading that already says its title does not print
the title again (documents; a slide's title is the slide's own), and that
heading is tidied like the title it stands for.
"""

from __future__ import annotations

import dataclasses
import re

from briefkit.document import nodes as n
from briefkit.document.charts import says
from briefkit.writers.credits import without_lead

DANGLING = frozenset({"a", "an", "the", "to", "from", "of", "by", "at", "in", "on", "for", "with", "than",
    "and", "or", "as", "between", "about", "around", "nearly", "almost", "some", "its", "their", "his", "her",
    "our", "which", "that", "whose", "was", "were", "is", "are", "be", "been", "de", "du", "des", "la", "le",
    "les", "et", "à", "since", "until", "into", "onto", "per", "during", "through", "towards", "toward", "against",
    "via", "while"})
"""Words a label cannot end on (English and French articles, prepositions, conjunctions)."""

_TAIL = re.compile(r"[\s,;:–—-]+$")


_PERIOD = re.compile(r"\s+(\([^()]*\))$")
"""A period or note after the label ('An increase on the (2021–2022)'): the label is tidied before it."""


def _unquoted(label: str) -> str:
    """A label without a quotation mark that opens it and is never closed ('“I am also providing')."""
    if label[:1] in "“\"‘「" and not any(mark in label[1:] for mark in "”\"’」"):
        return label[1:]
    return label


def tidy_label(label: str) -> str:
    """``label`` without dangling words or punctuation at its end ('rose slightly to' → 'rose slightly'),
    nor a tag that opens it ('date 2021-10-20 …'); a period in brackets after it stays after it."""
    period = _PERIOD.search(label)
    if period and period.start() > 0:
        return f"{tidy_label(label[:period.start()])} {period.group(1)}"
    words = _TAIL.sub("", _unquoted(without_lead(label))).split(" ")
    while len(words) > 2 and words[-1].lower().strip(",;:") in DANGLING:
        words.pop()
    tidy = _TAIL.sub("", " ".join(words))
    return tidy or label


MID_SENTENCE = frozenset({"to", "from", "of", "by", "at", "in", "on", "for", "with", "than", "and", "or", "as",
    "between", "which", "that", "whose", "was", "were", "is", "are", "be", "been", "since", "until", "into",
    "per", "during", "through", "while", "but", "nor", "so", "because", "when", "where"})
"""Words a drafted label starts on when it was cut from the middle of a sentence ('Is being allocated to…')."""


def excerpt(label: str) -> str:
    """A tidied label; one that starts mid-sentence is marked as an excerpt ('To the £219.9million' →
    '…to the £219.9million'), as an editor quotes part of a sentence, rather than passed off as a label."""
    tidy = tidy_label(label)
    first = tidy.split(" ", 1)[0]
    if first.lower() in MID_SENTENCE and first[:1].isupper() and " " in tidy:
        return "…" + first.lower() + tidy[len(first):]
    return tidy


def _tidy_end(label: tuple[n.Inline, ...], marked: bool = True) -> tuple[n.Inline, ...]:
    """Inline text whose last run is tidied (a bold or linked end stays as it is); ``marked``: as an excerpt
    when the whole label is that run and it starts mid-sentence."""
    if label and isinstance(label[-1], n.Text):
        tidy = excerpt(label[-1].text) if marked and len(label) == 1 else tidy_label(label[-1].text)
        return (*label[:-1], n.Text(tidy)) if tidy != label[-1].text else label
    return label


def _tile(tile: n.FigureTile, drafted: bool) -> n.FigureTile:
    label = _tidy_end(tile.label, marked=drafted)
    return dataclasses.replace(tile, label=label) if label is not tile.label else tile


def _table(table: n.Table, drafted: bool) -> n.Table:
    """Body cells of a table (a key-figures table's 'what it measures') tidied like labels.

    Only a figure's label (the cell after a cell holding a number) is marked as an excerpt: another
    table's 'In force' or 'To be agreed' is no cut sentence.
    """
    def row_of(row: tuple[tuple[n.Inline, ...], ...]) -> tuple[tuple[n.Inline, ...], ...]:
        figure = drafted and bool(row) and any(ch.isdigit() for ch in n.plain_text(row[0]))
        return tuple(_tidy_end(cell, marked=figure and i == 1) for i, cell in enumerate(row))

    return dataclasses.replace(table, rows=tuple(row_of(row) for row in table.rows))


def _chart(chart: n.Chart, heading: str | None, drafted: bool) -> n.Chart:
    label = excerpt if drafted else tidy_label
    points = tuple(dataclasses.replace(p, label=label(p.label)) for p in chart.points)
    title = "" if heading is not None and heading.strip() == chart.title.strip() else tidy_label(chart.title)
    emphasis = label(chart.emphasis) if chart.emphasis else chart.emphasis
    # Nor its unit caption when that heading says it ("Number of deaths" over a chart of deaths).
    caption = "" if heading is not None and chart.caption and says(heading, chart.caption) else chart.caption
    return dataclasses.replace(chart, points=points, title=title, emphasis=emphasis, caption=caption)


def _titles(heading: n.Heading, chart: n.Chart) -> bool:
    """Whether ``heading`` is only the title of the chart below it."""
    return all(isinstance(c, n.Text) for c in heading.children) and \
        n.plain_text(heading.children).strip() == chart.title.strip()


def tidy_charts(blocks: tuple[n.Block, ...], slides: bool = False, drafted: bool = False) -> tuple[n.Block, ...]:
    """``blocks`` with chart and tile labels tidied and (documents only) chart titles not said twice.

    ``drafted`` (a draft's labels were cut from the article by a machine): a label that starts
    mid-sentence is marked as an excerpt; a person's labels are never rewritten so.
    """
    out: list[n.Block] = []
    for i, block in enumerate(blocks):
        before = blocks[i - 1] if i else None
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, n.Heading) and isinstance(after, n.Chart) and _titles(block, after):
            block = dataclasses.replace(block, children=(n.Text(tidy_label(after.title)),))
        elif isinstance(block, n.Chart):
            heading = n.plain_text(before.children) if isinstance(before, n.Heading) and not slides else None
            block = _chart(block, heading, drafted)
        elif isinstance(block, n.Table):
            block = _table(block, drafted)
        elif isinstance(block, n.Figures):
            block = dataclasses.replace(block, items=tuple(_tile(t, drafted) for t in block.items))
        out.append(block)
    return tuple(out)
