"""From the document tree to slides: where a slide starts and which layout it takes.

A slide starts at ``---`` or at a level-1/2 heading once the current slide
already has a title.  The heading's class (``{.figures}`` on the line before
it) names the layout; without one the layout follows the content (a chart
makes a chart slide, a ``::: figures`` block a tiles slide, and so on).
``::: notes`` blocks become the slide's speaker notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefkit.document import nodes as n

LAYOUTS = ("title", "agenda", "section", "bullets", "figures", "chart", "timeline", "quote",
           "columns", "takeaways", "sources")
"""Layout names a heading class may choose (see docs/slides.md)."""

MODIFIERS = ("aside",)
"""Classes that adjust a layout rather than choose one."""

ALIASES = {"two-columns": "columns", "key-figures": "figures", "divider": "section", "quotes": "quote",
           "content": "bullets", "summary": "takeaways", "cover": "title"}


@dataclass(frozen=True)
class Slide:
    """One slide as the author wrote it, before fitting."""

    layout: str
    title: tuple[n.Inline, ...]
    blocks: tuple[n.Block, ...]
    notes: tuple[n.Block, ...] = ()
    anchor: str | None = None
    classes: tuple[str, ...] = ()
    condensed: bool = False
    """Paragraphs over the body budget were cut to their leading sentences (full text in the notes)."""

    @property
    def title_text(self) -> str:
        """The title without formatting."""
        return n.plain_text(self.title).strip()


@dataclass
class _Draft:
    heading: n.Heading | None = None
    blocks: list[n.Block] = field(default_factory=list)
    notes: list[n.Block] = field(default_factory=list)

    def empty(self) -> bool:
        return self.heading is None and not self.blocks and not self.notes


def _explicit_layout(classes: tuple[str, ...]) -> str | None:
    for name in classes:
        name = ALIASES.get(name, name)
        if name in LAYOUTS:
            return name
    return None


def _inferred_layout(draft: _Draft, first: bool) -> str:
    kinds = {type(b) for b in draft.blocks}
    if first and draft.heading is not None and draft.heading.level == 1 and kinds <= {n.Paragraph}:
        return "title"
    for node_type, layout in ((n.Chart, "chart"), (n.Figures, "figures"), (n.Timeline, "timeline"),
                              (n.Columns, "columns")):
        if node_type in kinds:
            return layout
    if kinds and kinds <= {n.BlockQuote}:
        return "quote"
    return "bullets"


def _finish(draft: _Draft, first: bool, warnings: list[str]) -> Slide:
    heading = draft.heading
    classes = heading.classes if heading else ()
    layout = _explicit_layout(classes)
    unknown = [c for c in classes if ALIASES.get(c, c) not in LAYOUTS and c not in MODIFIERS]
    if unknown and heading is not None:
        warnings.append(f"slide '{n.plain_text(heading.children)}': unknown layout class "
                        f"'.{unknown[0]}' ignored (known: {', '.join(LAYOUTS)})")
    return Slide(layout or _inferred_layout(draft, first), heading.children if heading else (),
                 tuple(draft.blocks), tuple(draft.notes), heading.id if heading else None, classes)


def slides_of(doc: n.Document, warnings: list[str]) -> list[Slide]:
    """Cut ``doc`` into slides; unknown layout classes add a warning."""
    slides: list[Slide] = []
    draft = _Draft()

    def close() -> None:
        nonlocal draft
        if draft.heading is None and not draft.blocks and draft.notes and slides:
            # Notes after a slide break with nothing else belong to the slide before.
            slides[-1] = replace(slides[-1], notes=slides[-1].notes + tuple(draft.notes))
        elif not draft.empty():
            slides.append(_finish(draft, not slides, warnings))
        draft = _Draft()

    for block in doc.blocks:
        if isinstance(block, n.SlideBreak):
            close()
        elif isinstance(block, n.Notes):
            draft.notes.extend(block.children)
        elif isinstance(block, n.Heading) and block.level <= 2:
            if draft.heading is not None or draft.blocks:
                close()
            draft.heading = block
        else:
            draft.blocks.append(block)
    close()
    return slides
