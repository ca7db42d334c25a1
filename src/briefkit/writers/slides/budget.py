"""The body budget: a slide says at most so many words, by design rather than by shrinking.

Runs on the slide plan's data (:class:`~briefkit.writers.slides.model.Slide`)
before anything is measured, so every writer drawing the plan (the PDF deck,
the PowerPoint deck) shows the same words:

- paragraphs of a slide over the theme's ``slides.body_words`` become
  bullets of their leading sentences, as many as the budget allows, and the
  full paragraphs move to the speaker notes;
- a genuine list is left whole: if it does not fit, the overflow policy
  continues it on "(cont.)" slides (lists do not lose their items).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefkit.document import nodes as n
from briefkit.writers.chartlabels import DANGLING
from briefkit.writers.repeats import sentence_key, sentences
from briefkit.writers.slides.model import Slide

BUDGETED = ("bullets", "columns", "takeaways")

"""Layouts of running text; titles, figures, charts, timelines, quotes and sources keep their own rules."""


def words(blocks: tuple[n.Block, ...]) -> int:
    """Words a reader sees in ``blocks`` (notes are not on the slide)."""
    return sum(len(n.block_text(b).split()) for b in blocks if not isinstance(b, n.Notes))


def lists_only(slide: Slide) -> bool:
    """True when the slide's body is genuine lists only (lists are exempt from the word budget)."""
    body = [b for b in slide.blocks if not isinstance(b, n.Notes)]
    return bool(body) and not slide.condensed and all(isinstance(b, n.BulletList | n.OrderedList) for b in body)


def _leading(text: str, share: int, ellipsis: str, said: frozenset[str] = frozenset()) -> str:
    """The first sentences of ``text`` within ``share`` words; a first sentence longer than that is cut.

    A cut that would end on words the deck says elsewhere (a tile's label is often a sentence's opening
    clause) is not made at that clause: the slide would print the label again.
    """
    kept: list[str] = []
    for sentence in _with_quotes(sentences(text)):
        if kept and len(" ".join([*kept, sentence]).split()) > share:
            break
        kept.append(sentence)
    words_ = " ".join(kept).split()
    if len(words_) > share:  # one endless sentence: its opening words, the rest is in the notes
        opened = next((i for i, w in enumerate(words_[:-1]) if w.endswith((":", "："))
                       and words_[i + 1][:1] in _QUOTE_MARKS), None)
        if opened is not None and opened >= share - _QUOTE_WORDS:
            # a lead-in too long to carry its quotation: who said it, then the quotation, which says more
            speaker = _SPEAKER.search(" ".join(words_[:opened + 1]))
            words_ = [*([f"{speaker[1]}:"] if speaker else []), *words_[opened + 1:]]
            opened = 0 if speaker else None
        # "$38.8…" reads as a number cut short: "$38.8 billion…" is the number
        share += 1 if _MAGNITUDE.match(words_[share]) else 0
        clause = _clause(words_[:share], floor=opened + 1 if opened is not None else 0)
        if sentence_key(clause) in said:
            clause = _clause(words_[:share], at_clause=False)
        return clause + ellipsis
    return " ".join(kept)


def _with_quotes(parts: list[str]) -> list[str]:
    """Sentences with a lead-in ('Charlie Moore, said:', '她表示：') joined to the quotation it opens: a bullet
    that stops at the colon promises words it never gives."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].endswith((":", "：")):
            out[-1] = f"{out[-1]}{'' if out[-1].endswith('：') else ' '}{part}"
        else:
            out.append(part)
    return out


_SPEAKER = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),?\s+(?:said|says|told\s+\w+|added|explained|"
                      r"wrote|warned)\s*:$")
_QUOTE_MARKS = "“\"‘'「『"
_QUOTE_WORDS = 6
"""Words of a quotation a shortened bullet carries at least after its lead-in ('…said: “I have seen a lot…')."""


_LEAST_SHARE = 14
"""Words a bullet keeps at least: eight paragraphs on one slide give fewer bullets (the last ones go to the notes),
not eight of five words each ("In the near term, there is a risk…")."""
_JOINS = frozenset(["and", "but", "yet", "while", "whereas"])
_MAGNITUDE = re.compile(r"^(?:billion|million|trillion|thousand|percent|per|crore|lakh|bn|m|%)[,;.]?$", re.IGNORECASE)
"""A word that completes the number before it."""


def _clause(words_: list[str], at_clause: bool = True, floor: int = 0) -> str:
    """The opening words of a cut sentence, ending where a clause ends if one ends past a third of them.

    'advantages, yet one third of the world's population still has no…' reads as a mistake;
    'advantages…' reads as a shortened sentence.  Failing a clause end (or with ``at_clause`` off),
    dangling words go.  ``floor``: where a quotation opens; the cut leaves some of it after the lead-in.
    """
    # a colon is no clause end: what it opens (a quotation, a list) is what the words before it promise
    ends = [i for i, w in enumerate(words_) if w.endswith((",", ";")) or words_[i + 1:i + 2] in (["—"], ["–"])]
    # past half of the words, before a conjunction that opens another clause ("… for AI governance and ensure
    # that developing countries…" ends at "governance")
    ends += [i for i, w in enumerate(words_[1:-1]) if w in _JOINS and i + 1 >= len(words_) / 2]
    cut = max((i + 1 for i in ends if i + 1 >= max(len(words_) / 3, floor + _QUOTE_WORDS)), default=len(words_)) \
        if at_clause else len(words_)
    kept = words_[:cut]
    while len(kept) > 2 and kept[-1].lower().strip(",;:") in DANGLING:
        kept.pop()
    return " ".join(kept).rstrip(",;:—– ")


def _made(items: list[n.ListItem] | tuple[n.ListItem, ...], made: set[int]) -> n.BulletList:
    """A list of leading-sentence bullets, its id noted in ``made``: only these are ever cut to keep to the budget."""
    bullets = n.BulletList(tuple(items))
    made.add(id(bullets))
    return bullets


def _condense(blocks: tuple[n.Block, ...], share: int, made: set[int],
              said: frozenset[str] = frozenset()) -> tuple[tuple[n.Block, ...], list[n.Block]]:
    """Paragraphs as bullets of their leading sentences; returns the new blocks and the full paragraphs."""
    out: list[n.Block] = []
    moved: list[n.Block] = []
    bullets: list[n.ListItem] = []
    for block in blocks:
        if isinstance(block, n.Paragraph):
            lead = _leading(n.plain_text(block.children), share, "…", said)
            bullets.append(n.ListItem((n.Paragraph((n.Text(lead),)),)))
            moved.append(block)
            continue
        if bullets:
            out.append(_made(bullets, made))
            bullets = []
        if isinstance(block, n.Columns):
            columns = [_condense(col, share, made, said) for col in block.columns]
            out.append(n.Columns(tuple(c for c, _ in columns)))
            moved += [b for _, m in columns for b in m]
        else:
            out.append(block)
    if bullets:
        out.append(_made(bullets, made))
    return tuple(out), moved


def _last_bullet_dropped(blocks: tuple[n.Block, ...], made: set[int]) -> tuple[n.Block, ...] | None:
    """``blocks`` without the last leading-sentence bullet (searching columns from the right); None if none left."""
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if isinstance(block, n.Columns):
            for c in range(len(block.columns) - 1, -1, -1):
                inner = _last_bullet_dropped(block.columns[c], made)
                if inner is not None:
                    cols = (*block.columns[:c], inner, *block.columns[c + 1:])
                    return (*blocks[:i], n.Columns(cols), *blocks[i + 1:])
        elif isinstance(block, n.BulletList) and id(block) in made and len(block.items) > 1:
            return (*blocks[:i], _made(block.items[:-1], made), *blocks[i + 1:])
    return None


def _within(blocks: tuple[n.Block, ...], budget: int, made: set[int]) -> tuple[n.Block, ...]:
    """Leading-sentence bullets left out from the end until the slide keeps to ``budget`` (the notes have them)."""
    while words(blocks) > budget:
        shorter = _last_bullet_dropped(blocks, made)
        if shorter is None:
            break
        blocks = shorter
    return blocks


def _paragraphs(blocks: tuple[n.Block, ...]) -> tuple[int, int]:
    """How many paragraphs ``blocks`` hold, columns included, and their words."""
    count = size = 0
    for block in blocks:
        if isinstance(block, n.Paragraph):
            count, size = count + 1, size + len(n.block_text(block).split())
        elif isinstance(block, n.Columns):
            inner = [_paragraphs(col) for col in block.columns]
            count, size = count + sum(c for c, _ in inner), size + sum(w for _, w in inner)
    return count, size


def labels_said(slides: list[Slide]) -> frozenset[str]:
    """The sentence keys of every figure tile's label in the deck (what a cut sentence must not repeat)."""
    return frozenset(k for slide in slides for block in slide.blocks if isinstance(block, n.Figures)
                     for k in (sentence_key(n.plain_text(t.label)) for t in block.items) if k)


def condensed(slide: Slide, budget: int, said: frozenset[str] = frozenset()) -> Slide:
    """``slide`` kept to ``budget`` words by condensing its paragraphs; genuine lists are left whole.

    ``said``: sentence keys printed elsewhere in the deck (:func:`labels_said`).
    """
    if slide.layout not in BUDGETED or words(slide.blocks) <= budget:
        return slide
    count, size = _paragraphs(slide.blocks)
    if count:
        # the words of what is no paragraph (a list, a heading in a column): a theme's paragraphs sit in columns,
        # and counted as other words they left each bullet a few words ("Trade statistics released May 2 by…")
        others = words(slide.blocks) - size
        share = max(_LEAST_SHARE, (budget - min(others, budget // 2)) // count)
        made: set[int] = set()  # the objects stay alive in the slide, so their ids stay theirs
        blocks, moved = _condense(slide.blocks, share, made, said)
        return replace(slide, blocks=_within(blocks, budget, made), notes=slide.notes + tuple(moved),
                       condensed=True)
    return slide  # a genuine list: the overflow policy continues it on "(cont.)" slides if it must
