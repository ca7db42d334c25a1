"""The empty parts a repeats pass leaves behind, taken out: headings over nothing, slides that lost their body.

:func:`briefkit.writers.repeats.drop_repeats` removes sentences printed before; what it empties goes here. A
section's heading with nothing under it, an introduction ending in ':' whose list went (or whose numbered list
kept one item: the item stands alone), a slide whose whole
body went (and its name in the themes' list), a divider left with its title alone, and an agenda entry naming
a slide that went (an agenda left with fewer than three entries is no agenda: its slide goes).
"""

from __future__ import annotations

from briefkit.document import nodes as n


def without_empty_sections(blocks: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    """Leave out a level-2+ heading directly followed by a heading of its level or higher, or the end.

    Read from the end, so that a heading whose only content was an emptied subsection ("Sources" over
    "Where the figures come from", every sentence of which was printed before) goes with it."""
    out: list[n.Block] = []
    for block in reversed(blocks):
        if isinstance(block, n.Heading) and block.level >= 2:
            after = out[-1] if out else None
            if after is None or (isinstance(after, n.Heading) and after.level <= block.level):
                continue
        out.append(block)
    return tuple(reversed(out))


def without_orphan_intros(blocks: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    """Leave out a paragraph ending in ':' ("The article's themes:", "Mike Keil said:") when no list follows it
    any more; a template's own note introducing the sections below ({.note} over headings) stays."""
    out: list[n.Block] = []
    for i, block in enumerate(blocks):
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        intro = isinstance(block, n.Paragraph) and n.plain_text(block.children).rstrip().endswith((":", "："))
        if intro and not isinstance(after, n.BulletList | n.OrderedList | n.Table | n.Figures | n.Timeline) \
                and not ("note" in block.classes and isinstance(after, n.Heading)):  # type: ignore[union-attr]
            continue
        out.append(block)
    return tuple(out)


def without_lost_leads(before: tuple[n.Block, ...], after: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    """Leave out a note ending in ':' ("The article's themes:") whose sections all went: the heading that
    followed it in ``before`` is gone from ``after``, where another section's heading (Sources) now follows it.

    Headings pass the repeats pass as they are, so "gone" is read by identity; a paragraph is rebuilt, so the
    note is found again by its content."""
    kept = {id(block) for block in after}
    lost = [block for i, block in enumerate(before[:-1]) if _lead(block)
            and isinstance(before[i + 1], n.Heading) and id(before[i + 1]) not in kept]
    return tuple(block for block in after if not (_lead(block) and block in lost))


def without_lone_items(before: tuple[n.Block, ...], done: list[n.Block | None]) -> list[n.Block]:
    """The blocks kept in ``done`` (``before`` block by block as the repeats pass left it, None where a block
    went), a numbered list it left with one item under its introduction ("The article's themes:" over "1. …")
    given as the item's own blocks: a list of one is no list, and "themes" introduces one theme no more."""
    out: list[n.Block] = []
    for i, now in enumerate(done):
        was = before[i]
        intro = out[-1] if out else None
        if isinstance(was, n.OrderedList) and len(was.items) > 1 and isinstance(now, n.OrderedList) \
                and len(now.items) == 1 and isinstance(intro, n.Paragraph) and done[i - 1] is intro \
                and n.plain_text(intro.children).rstrip().endswith((":", "：")):
            out[-1:] = now.items[0].children
        elif now is not None:
            out.append(now)
    return out


def _lead(block: n.Block) -> bool:
    """A template's note introducing the sections below it."""
    return isinstance(block, n.Paragraph) and "note" in block.classes \
        and n.plain_text(block.children).rstrip().endswith((":", "："))


def _slide_groups(blocks: tuple[n.Block, ...]) -> list[list[int]]:
    """The indices of each slide's blocks: a slide break starts the next slide."""
    groups: list[list[int]] = [[]]
    for i, block in enumerate(blocks):
        if isinstance(block, n.SlideBreak) and groups[-1]:
            groups.append([])
        groups[-1].append(i)
    return groups


def without_emptied_slides(blocks: tuple[n.Block, ...], done: list[n.Block | None]) -> list[n.Block]:
    """The blocks left, without the slides that lost their whole body (a title alone is no slide).

    Such a slide's title is also taken out of the lists that name it (the themes' divider).
    """
    out: list[n.Block] = []
    gone: set[str] = set()
    for group in _slide_groups(blocks):
        body = [i for i in group if not isinstance(blocks[i], n.Heading | n.Notes | n.SlideBreak)]
        title = next((blocks[i] for i in group if isinstance(blocks[i], n.Heading)), None)
        if body and title is not None and all(done[i] is None for i in body):
            gone.add(_name(n.block_text(title)))
            continue
        out += [kept for kept in (done[i] for i in group) if kept is not None]
    return [b for b in (_unlisted(block, gone) for block in out) if b is not None] if gone else out


def titled_bodies(blocks: tuple[n.Block, ...]) -> set[str]:
    """The titles of the slides that hold more than their title (a slide the template made bare stays bare)."""
    titles = set()
    for group in _slide_groups(blocks):
        shown = [blocks[i] for i in group if not isinstance(blocks[i], n.Notes | n.SlideBreak)]
        if len(shown) > 1 and isinstance(shown[0], n.Heading) and any(n.block_text(b).strip() for b in shown[1:]):
            titles.add(n.block_text(shown[0]))  # a body with words in it: an empty column is none
    return titles


def without_bare_titles(blocks: list[n.Block], had_body: set[str]) -> list[n.Block]:
    """The slides left, without those that lost all but their title: the themes' divider whose list named only
    slides that went, or only a credit line ("1. By The Associated Press"). A deck's title slide stays."""
    bare = set()
    for group in _slide_groups(tuple(blocks)):
        shown = [blocks[i] for i in group if not isinstance(blocks[i], n.Notes | n.SlideBreak)]
        if len(shown) == 1 and isinstance(shown[0], n.Heading) and shown[0].level >= 2 \
                and n.block_text(shown[0]) in had_body:
            bare.update(group)
    return [b for i, b in enumerate(blocks) if i not in bare] if bare else blocks


def _name(text: str) -> str:
    return " ".join(text.split()).rstrip(".").lower()


def _unlisted(block: n.Block, names: set[str]) -> n.Block | None:
    """A list without the items that name one of ``names``; None when none is left."""
    if not isinstance(block, n.BulletList | n.OrderedList):
        return block
    items = tuple(i for i in block.items if _name("\n".join(n.block_text(b) for b in i.children)) not in names)
    if len(items) == len(block.items):
        return block
    if not items:
        return None
    return n.BulletList(items) if isinstance(block, n.BulletList) else n.OrderedList(items, block.start)


_THEME_SLIDES = {"aside", "section"}
"""The classes of the slides template's theme slides and their divider, which the agenda names as one entry."""
_AGENDA_LEAST = 3
"""An agenda of fewer entries says nothing the deck does not (the slides template's own rule)."""


def without_stale_agenda(before: tuple[n.Block, ...], after: list[n.Block]) -> list[n.Block]:
    """``after`` without the agenda entries naming a slide ``before`` had and ``after`` has not, nor, once a
    slide went, one naming no slide while no theme slide is left ("The article's themes" over numbered themes
    that all went); the agenda's slide goes when fewer than three entries are left."""
    titles = {_name(n.block_text(b)) for b in after if isinstance(b, n.Heading)}
    gone = {_name(n.block_text(b)) for b in before if isinstance(b, n.Heading)} - titles
    start = next((i for i, b in enumerate(after) if isinstance(b, n.Heading) and "agenda" in b.classes), None)
    if not gone or start is None:
        return after
    group = next(g for g in _slide_groups(tuple(after)) if start in g)
    themes_left = any(isinstance(b, n.Heading) and _THEME_SLIDES & set(b.classes) for b in after)
    out = list(after)
    for i in group:
        block = out[i]
        if isinstance(block, n.BulletList | n.OrderedList):
            entries = {_name("\n".join(n.block_text(c) for c in item.children)) for item in block.items}
            listed = _unlisted(block, gone | (set() if themes_left else entries - titles))
            if not isinstance(listed, n.BulletList | n.OrderedList) or len(listed.items) < _AGENDA_LEAST:
                return [b for k, b in enumerate(after) if k not in group]
            out[i] = listed
    return out
