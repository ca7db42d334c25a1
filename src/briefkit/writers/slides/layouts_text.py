"""Text layouts: bullets, two columns, agenda, takeaways, quotes and sources.

Each is a builder ``(box, size) -> pieces`` handed to the overflow policy by
:func:`flow_slide`, so every one of them shrinks and continues the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable

from briefkit.document import nodes as n
from briefkit.writers.slides import shapes
from briefkit.writers.slides.fit import Piece, fit, flows_height, paginate, take_page
from briefkit.writers.slides.geometry import Box
from briefkit.writers.slides.model import Slide
from briefkit.writers.slides.plan import Context, Planned, body_box, planned_parts, title_piece
from briefkit.writers.slides.text import markup_colour

BoxBuilder = Callable[[Box, float], list[Piece]]


def flow_slide(ctx: Context, slide: Slide, layout: str, build: BoxBuilder, start: float) -> list[Planned]:
    """Fit ``build`` into the body frame; continue on "(cont.)" slides when it cannot."""
    if not slide.title_text:
        box = body_box(ctx, None)
        return _with_body(planned_parts(ctx, slide, layout, fit(lambda size: build(box, size), start, ctx.floor),
                                        []), box)
    title = title_piece(ctx, slide, False)
    box = body_box(ctx, title)
    fitted = fit(lambda size: build(box, size), start, ctx.floor)
    if len(fitted.parts) == 1:
        return _with_body(planned_parts(ctx, slide, layout, fitted, [title]), box)
    cont = title_piece(ctx, slide, True)
    if cont.box.height > title.box.height + 0.01:
        # "(cont.)" took the title onto another line: paginate again in the smaller frame.
        box = body_box(ctx, cont)
        fitted = fit(lambda size: build(box, size), ctx.floor, ctx.floor)
        fitted.start = start
    return _with_body(planned_parts(ctx, slide, layout, fitted, [title, cont]), box)


def _with_body(plans: list[Planned], box: Box) -> list[Planned]:
    for plan in plans:
        plan.body = box
    return plans


def _items(block: n.Block) -> tuple[n.ListItem, ...]:
    return block.items if isinstance(block, n.BulletList | n.OrderedList) else ()


def _item_markup(ctx: Context, item: n.ListItem) -> str:
    parts = []
    for child in item.children:
        if isinstance(child, n.Paragraph):
            parts.append(ctx.kit.markup(child.children))
        else:
            parts.append(ctx.kit.text(n.block_text(child)))
    return "<br/>".join(parts)


def bullets(ctx: Context, slide: Slide) -> list[Planned]:
    """Paragraphs and lists in one frame."""
    def build(box: Box, size: float) -> list[Piece]:
        return [Piece(box, ctx.kit.blocks(slide.blocks, size, box.width))]
    return flow_slide(ctx, slide, "bullets", build, ctx.body)


def _numbered(ctx: Context, items: tuple[n.ListItem, ...], size: float, first: int, rules: bool,
              markup: Callable[[n.ListItem], str]) -> list[Flowable]:
    """Items with a bold accent number in the hanging indent, optionally ruled apart."""
    out: list[Flowable] = []
    for k, item in enumerate(items):
        if out and rules:
            # Spacers, not spaceBefore/After: the overflow policy measures flowables' own heights.
            out += [Spacer(0, size * 0.5), HRFlowable(width="100%", thickness=0.75, color=ctx.kit.colour("rule"),
                                                       spaceBefore=0, spaceAfter=0), Spacer(0, size * 0.55)]
        elif out:
            out.append(Spacer(0, size * 0.6))
        out.append(ctx.kit.para(markup(item), ctx.kit.style(size, indent=size * 2.0), f"{first + k:02d}"))
    return out


def _intro_and_items(slide: Slide) -> tuple[tuple[n.Block, ...], tuple[n.ListItem, ...]]:
    lists = [b for b in slide.blocks if _items(b)]
    if not lists:
        return slide.blocks, ()
    return tuple(b for b in slide.blocks if b is not lists[0]), _items(lists[0])


def takeaways(ctx: Context, slide: Slide) -> list[Planned]:
    """Numbered, ruled statements: the points the audience should leave with."""
    intro, items = _intro_and_items(slide)
    # A list continued from the slide before goes on counting where it left off.
    start = next((b.start for b in slide.blocks if isinstance(b, n.OrderedList)), 1)

    def build(box: Box, size: float) -> list[Piece]:
        flows = ctx.kit.blocks(intro, size, box.width)
        if flows and items:
            flows.append(Spacer(0, size * 0.9))
        flows += _numbered(ctx, items, size, start, True, lambda i: _item_markup(ctx, i))
        return [Piece(box, flows)]
    return flow_slide(ctx, slide, "takeaways", build, ctx.body * 1.1)


def agenda(ctx: Context, slide: Slide) -> list[Planned]:
    """Numbered agenda; an item links to the slide it names (by ``#anchor`` or by title)."""
    intro, items = _intro_and_items(slide)

    def markup(item: n.ListItem) -> str:
        text = _item_markup(ctx, item)
        key = ctx.kit.titles.get(" ".join(n.block_text(item.children[0]).split())) if item.children else None
        if key and ctx.kit.links and "<a " not in text:
            return f'<a href="#{key}" color="{markup_colour(ctx.theme.colors.text)}">{text}</a>'
        return text

    def build(box: Box, size: float) -> list[Piece]:
        head = ctx.kit.blocks(intro, size, box.width)
        top = box.top - (flows_height(head, box.width) + size if head else 0)
        cols = 2 if len(items) > 6 else 1
        per = -(-len(items) // cols)
        boxes = box.below(top).columns(cols, ctx.grid.unit * 3)
        pieces = [Piece(box, head)] if head else []
        for c, col in enumerate(boxes):
            chunk = items[c * per:(c + 1) * per]
            pieces.append(Piece(col, _numbered(ctx, chunk, size, 1 + c * per, True, markup)))
        return pieces
    return flow_slide(ctx, slide, "agenda", build, ctx.body * 1.2)


def sources(ctx: Context, slide: Slide) -> list[Planned]:
    """The sources, numbered, a little smaller than body text."""
    intro, items = _intro_and_items(slide)

    def build(box: Box, size: float) -> list[Piece]:
        flows = ctx.kit.blocks(intro, size, box.width)
        if flows and items:
            flows.append(Spacer(0, size * 0.6))
        flows += _numbered(ctx, items, size, 1, False, lambda i: _item_markup(ctx, i))
        return [Piece(box, flows)]
    return flow_slide(ctx, slide, "sources", build, max(ctx.floor, ctx.body * 0.9))


def _quote_flows(ctx: Context, quote: n.BlockQuote, size: float, width: float) -> list[Flowable]:
    body = list(quote.children)
    attribution = None
    last = body[-1] if body else None
    if last is not None and n.is_attribution(last):
        attribution = body.pop()
    indent = size * 1.5
    out: list[Flowable] = []
    for k, block in enumerate(body):
        style = ctx.kit.style(size, color="primary", leading=1.2, indent=indent, bullet_size=size * 1.5)
        text = ctx.kit.markup(block.children) if isinstance(block, n.Paragraph) else ctx.kit.text(
            n.block_text(block))
        out.append(ctx.kit.para(text, style, "\u201c" if k == 0 else None))
    if attribution is not None and isinstance(attribution, n.Paragraph):
        small = max(ctx.floor, size * 0.62)
        out += [Spacer(0, size * 0.5),
                ctx.kit.para(ctx.kit.markup(attribution.children), ctx.kit.style(small, color="muted", indent=indent))]
    return out


def quote(ctx: Context, slide: Slide) -> list[Planned]:
    """One quotation large, or several stacked; attributions muted below each."""
    quotes = [b for b in slide.blocks if isinstance(b, n.BlockQuote)]

    def build(box: Box, size: float) -> list[Piece]:
        flows: list[Flowable] = []
        for block in slide.blocks:
            if flows:
                flows.append(Spacer(0, size * 1.1))
            if isinstance(block, n.BlockQuote):
                flows += _quote_flows(ctx, block, size, box.width)
            else:
                flows += ctx.kit.block(block, min(size, ctx.body), box.width)
        return [Piece(box, flows, "middle")]
    start = ctx.body * (1.5 if len(quotes) <= 1 else 1.15)
    return flow_slide(ctx, slide, "quote", build, start)


def columns(ctx: Context, slide: Slide) -> list[Planned]:
    """Blocks before a ``:::: columns`` span the frame; the columns sit side by side below.

    With the ``aside`` class the last column is set in a tinted panel.
    """
    cols = next((b for b in slide.blocks if isinstance(b, n.Columns)), None)
    intro = tuple(b for b in slide.blocks if b is not cols)
    aside = "aside" in slide.classes
    gutter = ctx.grid.unit * 3

    def build(box: Box, size: float) -> list[Piece]:
        head = ctx.kit.blocks(intro, size, box.width) if cols else []
        top = box.top - (flows_height(head, box.width) + size if head else 0)
        groups = cols.columns if cols else (slide.blocks,)
        boxes = box.below(top).columns(len(groups), gutter)
        pieces = [Piece(box, head)] if head else []
        for k, (col, blocks) in enumerate(zip(boxes, groups, strict=True)):
            if aside and k == len(groups) - 1 and k > 0:
                pad = ctx.grid.unit * 1.6
                pieces.append(shapes.panel(col, ctx.kit.colour("light")))
                col = Box(col.x + pad, col.y + pad, col.width - 2 * pad, col.height - 2 * pad)
            pieces.append(Piece(col, ctx.kit.blocks(blocks, size, col.width)))
        return pieces
    return full_width_continuation(ctx, slide, flow_slide(ctx, slide, "columns", build, ctx.body), build)


def full_width_continuation(ctx: Context, slide: Slide, plans: list[Planned], build: BoxBuilder) -> list[Planned]:
    """Re-flow what continues from a multi-column slide across the full width.

    The first slide keeps its columns; the rest of each column follows in
    order (first column first) on "(cont.)" slides that use the whole frame,
    instead of leaving half of every continuation slide empty.  The rest is
    taken from a fresh build cut after the first slide only, so paragraphs
    re-wrap to the wider frame without breaks where the columns ended.
    """
    first = plans[0]
    if len(plans) <= 1 or first.body is None or first.size is None:
        return plans
    rest: list[Flowable] = []
    for piece in build(first.body, first.size):
        if piece.text:
            queue = list(piece.flows)
            take_page(queue, piece.box)
            rest += queue
    cont = title_piece(ctx, slide, True)
    frame = body_box(ctx, cont)
    pages, oversized = paginate(rest, frame)
    out = [first]
    for k, page in enumerate(pages, 2):
        out.append(Planned(slide, first.layout, slide.title_text + ctx.cont, [Piece(frame, page)], cont, part=k,
                           size=first.size, start=first.start, oversized=oversized or first.oversized))
    for plan in out:
        plan.parts = len(out)
    return out
