"""No sentence printed twice in one product.

A drafted brief often says the same thing in its summary, its key points and
its background, because each was taken from the same article sentence.  This
pass keeps each sentence where it first appears and removes it further down:
a paragraph or list item is shortened to its new sentences, or left out when
it has none; a section whose blocks all went is left out with its heading
(documents only: on a slide the title stays).  A timeline event is running
text too: one already printed is left out, and one printed first counts.
A quotation loses the sentences printed before it (it goes with its
attribution when none is left; on a slide, a quote printed on an earlier
slide is not shown again).  A table row or a figure tile
whose value or label says a sentence printed before (a drafted label may be
a whole article sentence, also a key point) is left out: the figure is told
there already; what the rows and tiles print counts as printed.  Speaker
notes and charts are left alone: notes exist to repeat a slide in full.  Only a chart's title goes
when a document printed it already (as a sentence, a table cell or a tile's
label): the Word file would otherwise caption it "Figure 2." with the very
words of the table above.

The pass is the one every product's document goes through before its writer,
so it first leaves out the page furniture a drafted brief may carry
(:mod:`~briefkit.writers.credits`) and tidies chart labels
(:mod:`~briefkit.writers.chartlabels`).  Sentences are split at '.', '!', '?'
and at 。！？, and a quotation opened after a colon (``said: “…”``) is a sentence
of its own; a Chinese sentence of ten characters or more counts as one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from briefkit.document import nodes as n
from briefkit.writers.chartlabels import tidy_charts
from briefkit.writers.credits import drop_credits, is_credit, without_lead
from briefkit.writers.emptyparts import (
    titled_bodies,
    without_bare_titles,
    without_emptied_slides,
    without_empty_sections,
    without_lone_items,
    without_lost_leads,
    without_orphan_intros,
    without_stale_agenda,
)
from briefkit.writers.nearcopies import near_forms

MIN_WORDS = 5
"""Shorter sentences ('See below.', a slogan) may well recur on purpose."""
QUOTED_SENTENCE = 8
"""Words from which a quotation is a sentence rather than a phrase quoted for its wording."""

_NOT_AN_END = r"(?<![\s.(][A-Z]\.)(?<!^[A-Z]\.)(?<!^\d\.)(?<!^\d\d\.)" + "".join(rf"(?<!\b{t}\.)" for t in (
    "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Jr", "Sr", "No", "vs",
    "Inc", "Corp", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
"""An initial ('A.J. Harris', 'U.S. exports'), a title ('Dr. Browne'), a month ('on Nov. 21'), a company's form
('Apple Inc. AAPL.O') or a numbered paragraph's number ('3. A statement of objections …') ends no sentence
(where one did end a sentence, two are compared as one: a repeat may be missed, none invented)."""
_SPLIT = re.compile(r"(?<=[.!?…])" + _NOT_AN_END + r"[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9À-ÖØ-Þ])"
                    r"|(?<=[。！？])[”’」』）)]*\s*(?=\S)"
                    r"|(?<=[\u3400-\u9fff][!?])\s*(?=[\u3400-\u9fff“「『])"
                    r"|(?<=[:：])\s*(?=[“「『])")
"""A sentence ends at '.', '!' or '?' before a capital or digit, or at a Chinese or Japanese full stop (or a
'!' or '?' typed in ASCII between Chinese sentences: "早上好! 今天…");
a quotation opened after a colon starts one (it is often a key point quoted again).  The full stop is
looked for first: the initials and titles are only looked behind where there is one (the same matches,
five times faster than trying every lookbehind at every character)."""
_IDEOGRAPH = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WORD = re.compile(rf"[{_IDEOGRAPH}]|[^\W{_IDEOGRAPH}]+")
"""A word, or one ideograph (Chinese has no spaces between words)."""
_ONE_IDEOGRAPH = re.compile(rf"[{_IDEOGRAPH}]")
_LIST_NUMBER = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(?=\S)")


SENTENCE_CACHE = 2048
"""Texts and sentences whose splits and keys are remembered: an item's three products print the same sentences,
and each product's pass compares every paragraph against them, so each is worked out once."""


def sentences(text: str) -> list[str]:
    """``text`` split at sentence ends (a full stop, ! or ? before a capital or digit; 。！？)."""
    return list(_sentences(text))


@lru_cache(maxsize=SENTENCE_CACHE)
def _sentences(text: str) -> tuple[str, ...]:
    parts, start = [], 0
    for match in _SPLIT.finditer(text):
        parts.append(text[start:match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return tuple(p for p in parts if p)


@lru_cache(maxsize=SENTENCE_CACHE)
def sentence_key(sentence: str) -> str | None:
    """The sentence's words, lower-cased: the same sentence whatever its punctuation; None when short.

    Two ideographs count as one word: a Chinese sentence of ten characters or more counts.  A tag that
    opens it ('【环球时报综合报道】') is no part of it: the products print the sentence without it; nor is a
    numbered paragraph's number ('3. A statement …' is the key point 'A statement …').
    """
    words = _WORD.findall(without_lead(_LIST_NUMBER.sub("", sentence).lstrip("“\"‘'「『 ")).lower())
    weight = sum(0.5 if _ONE_IDEOGRAPH.fullmatch(w) else 1 for w in words)
    return " ".join(words) if weight >= MIN_WORDS else None


@lru_cache(maxsize=SENTENCE_CACHE)
def _keys(sentence: str) -> tuple[str, ...]:
    """The sentence's key, and those of the sentence less a trailing attribution ("…, her office said
    Thursday.") or an opening linking word ("Furthermore, …"): any printed before, it is said again."""
    return tuple(k for k in map(sentence_key, [sentence, *near_forms(sentence)]) if k)


class _Seen:
    """The sentences printed so far."""

    def __init__(self, slides: bool = False) -> None:
        self.keys: set[str] = set()
        self.slides = slides
        """On a slide a block that loses everything stays whole (its slide would be left empty)."""
        self.labels: set[str] = set()
        """What the tables and figure tiles printed: a chart titled with one of them says it again."""

    def remember_labels(self, block: n.Table | n.Figures) -> None:
        """Count the cells of a table, or the labels of figure tiles, as printed labels."""
        cells = [t.label for t in block.items] if isinstance(block, n.Figures) else \
            [cell for row in (block.header, *block.rows) for cell in row]
        self.labels.update(k for k in (sentence_key(n.plain_text(c)) for c in cells) if k)

    def told(self, cells: Iterable[tuple[n.Inline, ...] | str]) -> bool:
        """Whether a row's cells (or a tile's value and label) say a sentence printed before; they count after."""
        keys = [sentence_key(c if isinstance(c, str) else n.plain_text(c)) for c in cells]
        if any(k in self.keys for k in keys if k):
            return True
        self.keys.update(k for k in keys if k)
        return False

    def quoted(self, blocks: Iterable[n.Block]) -> bool:
        """Whether every sentence of ``blocks`` was printed, if only inside a longer sentence."""
        keys = [k for b in blocks for line in n.block_text(b).splitlines() for k in map(sentence_key, sentences(line))]
        # A phrase quoted for its wording ('small courtyards and high walls') stays: only a quoted sentence
        # (of QUOTED_SENTENCE words or more) counts as printed inside another.
        long = all(k and len(k.split()) >= QUOTED_SENTENCE for k in keys) and bool(keys)
        return long and all(any(f" {k} " in f" {said} " for said in self.keys) for k in keys)

    def chart(self, block: n.Chart) -> n.Chart:
        """``block`` without its title when that title was printed before (the chart keeps its caption)."""
        key = sentence_key(block.title)
        if key is None or self.slides:  # a slide's chart title is the slide's own
            return block
        if key in self.keys or key in self.labels:
            return dataclasses.replace(block, title="")
        self.keys.add(key)
        return block

    def remember(self, block: n.Block) -> None:
        """Count every sentence of ``block`` as printed."""
        for line in n.block_text(block).splitlines():
            self.note(line)

    def note(self, text: str) -> None:
        """Count every sentence of ``text`` as printed."""
        for sentence in sentences(text):
            self.keys.update(_keys(sentence))

    def fresh(self, inlines: tuple[n.Inline, ...]) -> tuple[n.Inline, ...] | None:
        """``inlines`` without sentences already printed; None when nothing new is left.

        Only the plain-text tail is rewritten: a bold lead-in or a link before
        it stays as it is (and is not counted as a sentence).
        """
        cut = max((i + 1 for i, node in enumerate(inlines) if not isinstance(node, n.Text)), default=0)
        head, tail = inlines[:cut], n.plain_text(inlines[cut:])
        self.note(n.plain_text(head))  # a lead-in ('**X said.** X said: “…”') counts before the text after it
        parts = sentences(tail)
        keys = [sentence_key(p) for p in parts]
        # A credit inside running text ('…记者提问。中国网记者郭天虎摄影') goes like a repeat.
        new: list[str] = []
        for i, (part, key) in enumerate(zip(parts, keys, strict=True)):
            forms = _keys(part)  # printed before if with or without a trailing attribution (a near copy)
            if (key is None or self.keys.isdisjoint(forms)) and not is_credit(part):
                new.append(part)
            elif new and new[-1] is parts[i - 1] and new[-1].endswith((":", "：")):
                new.pop()  # 'he said:' goes with the quotation it opened
            self.keys.update(forms)  # the same sentence twice in one paragraph is printed once
        if len(new) == len(parts):
            return inlines
        if not any(sentence_key(p) for p in new) and not (head and self.slides):
            # What is left (a bold lead-in, a short remnant) says nothing on its own; on a slide the
            # lead-in stays, so that the slide is not left with its title only.
            return None
        text = " ".join(new)
        return (*head, n.Text((" " if head and text else "") + text)) if text or head else None


def _items(seen: _Seen, items: Iterable[n.ListItem]) -> tuple[n.ListItem, ...]:
    kept = []
    for item in items:
        children = _blocks(seen, item.children)
        if children:
            kept.append(n.ListItem(children))
    return tuple(kept)


def _block(seen: _Seen, block: n.Block) -> n.Block | None:
    if isinstance(block, n.Paragraph):
        inlines = seen.fresh(block.children)
        return None if inlines is None else n.Paragraph(inlines, block.classes)
    if isinstance(block, n.BulletList):
        items = _items(seen, block.items)
        return n.BulletList(items) if items else None
    if isinstance(block, n.OrderedList):
        items = _items(seen, block.items)
        return n.OrderedList(items, block.start) if items else None
    if isinstance(block, n.Callout):
        children = _blocks(seen, block.children)
        return n.Callout(block.kind, block.title, children) if children else None
    if isinstance(block, n.Columns):
        columns = tuple(_blocks(seen, col) for col in block.columns)
        return n.Columns(tuple(c for c in columns if c)) if any(columns) else None
    if isinstance(block, n.Timeline):
        return _timeline(seen, block)
    if isinstance(block, n.BlockQuote):
        return _quote(seen, block)
    if isinstance(block, n.Table | n.Figures):
        seen.remember_labels(block)  # what they print counts against chart titles
        return _figures(seen, block)
    if isinstance(block, n.Chart):
        return seen.chart(block)
    if isinstance(block, n.Heading) and not seen.slides:
        seen.remember(block)  # a heading stays, but the title quoted again further down would be said twice
    return block


def _figures(seen: _Seen, block: n.Table | n.Figures) -> n.Table | n.Figures | None:
    """A table without the rows, or tiles without those, that repeat a sentence; None when none is left.

    The header row stays: it names the columns.
    """
    shown: set[tuple[str, ...]] = set()

    def new(cells: tuple[tuple[n.Inline, ...] | str, ...]) -> bool:
        # A row given twice ('about 31 per cent | Share of issued', from a lede and its repeat) goes too,
        # however short its cells.
        texts = tuple(c if isinstance(c, str) else n.plain_text(c) for c in cells)
        if texts in shown:
            return False
        shown.add(texts)
        return not seen.told(cells)

    if isinstance(block, n.Figures):
        tiles = tuple(t for t in block.items if new((t.value, t.label)))
        return None if not tiles else block if len(tiles) == len(block.items) else n.Figures(tiles)
    rows = tuple(row for row in block.rows if new(row))
    return None if not rows else block if len(rows) == len(block.rows) else dataclasses.replace(block, rows=rows)


def _quote(seen: _Seen, block: n.BlockQuote) -> n.BlockQuote | None:
    """A quotation without the sentences printed before; gone, attribution and all, when none is left.

    A drafted brief quotes the article's speakers in its key points too: the
    quotation then says only what they have not.  A quotation printed inside a
    longer sentence ('"…, but risks remain," the director told a news conference')
    was printed too.
    """
    last = block.children[-1] if block.children else None
    attribution = last if last is not None and n.is_attribution(last) else None
    words = block.children[:-1] if attribution is not None else block.children
    if seen.quoted(words):
        return None
    kept = _blocks(seen, words)
    if not kept:
        return None
    return n.BlockQuote((*kept, attribution) if attribution is not None else kept)


def _timeline(seen: _Seen, block: n.Timeline) -> n.Timeline | None:
    """Events whose sentences were printed before are left out; theirs count as printed for what follows.

    A timeline that loses every event goes with its heading, but on a slide it stays whole.
    """
    events = []
    for event in block.events:
        kept = seen.fresh(event.children)
        if kept is not None:
            events.append(n.TimelineEvent(event.date, kept))
    return n.Timeline(tuple(events)) if events else (block if seen.slides else None)


def _blocks(seen: _Seen, blocks: Iterable[n.Block]) -> tuple[n.Block, ...]:
    out = []
    for block in blocks:
        kept = _block(seen, block)
        if kept is not None:
            out.append(kept)
    return tuple(out)


def _kept_spans(blocks: tuple[n.Block, ...], ids: set[str]) -> list[bool]:
    """For each block, whether it lies in a section whose heading id is in ``ids``."""
    flags, level = [], 0
    for block in blocks:
        if isinstance(block, n.Heading):
            if level and block.level <= level:
                level = 0
            if block.id in ids:
                level = block.level
        flags.append(bool(level))
    return flags


def drop_repeats(doc: n.Document, slides: bool = False) -> n.Document:
    """``doc`` with every sentence kept only where it first appears, and without credit lines.

    Datelines, bylines and editors' or photo credits go first (see :mod:`~briefkit.writers.credits`),
    and chart labels are tidied (:mod:`~briefkit.writers.chartlabels`).

    Sections named in the front matter's ``keep`` list (heading ids, e.g. the
    key points) are never shortened by the others: a sentence they hold is taken
    out of the other blocks instead, even of those printed before them.  Within
    them, a sentence given twice is kept once.
    """
    # Datelines and bylines are no content at all; a chart label never stops on "to" or "the".
    drafted = doc.meta.get("status") == "draft"
    had_body = titled_bodies(doc.blocks) if slides else set()
    given = len(doc.blocks)  # a list whose only item was a credit line goes first: its introduction then too
    doc = n.Document(doc.meta, tidy_charts(drop_credits(doc.blocks), slides, drafted))
    keep = {str(i) for i in doc.meta.get("keep") or []}
    flags = _kept_spans(doc.blocks, keep)
    seen = _Seen(slides)
    for block, kept in zip(doc.blocks, flags, strict=True):
        if kept:
            seen.remember(block)
    if slides:  # the title slide says the title: a summary opening on the same sentence need not say it again
        seen.remember(next((b for b in doc.blocks if isinstance(b, n.Heading) and b.level == 1), n.Paragraph(())))
    own = _Seen(slides)  # kept sections lose nothing to the rest, but a sentence twice among them is one too many
    done = [_block(own if kept else seen, block) for block, kept in zip(doc.blocks, flags, strict=True)]
    out = without_stale_agenda(doc.blocks, without_bare_titles(without_emptied_slides(doc.blocks, done), had_body)) \
        if slides else without_lone_items(doc.blocks, done)
    # a draft's own text may end a paragraph on "said:" whose quotation went to the key points
    blocks = tuple(out)
    if not slides:  # sections emptied first, so that a note introducing only them is seen to introduce nothing
        blocks = without_lost_leads(doc.blocks, without_empty_sections(blocks))
    blocks = without_orphan_intros(blocks) if len(out) < given or drafted else blocks
    if not slides:
        blocks = without_empty_sections(blocks)
    return n.Document(doc.meta, blocks)


def repeated_sentences(texts: Iterable[str]) -> list[str]:
    """Sentences of five words or more that occur more than once across ``texts`` (for checks)."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for text in texts:
        for sentence in sentences(text):
            key = sentence_key(sentence)
            if key:
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, sentence)
    return [first[k] for k, c in counts.items() if c > 1]
