"""Visual layouts: title, section divider, key-figure tiles, chart and timeline."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from briefkit.document import nodes as n
from briefkit.writers.rlcharts import chart_drawing
from briefkit.writers.rlpara import Para
from briefkit.writers.slides import shapes
from briefkit.writers.slides.fit import Piece, fit, flows_height
from briefkit.writers.slides.geometry import Box
from briefkit.writers.slides.layouts_text import bullets, flow_slide
from briefkit.writers.slides.model import Slide
from briefkit.writers.slides.plan import Context, Planned, body_box, planned_parts, title_piece

ON_DARK = "#FFFFFF"
ON_DARK_MUTED = "#C9D3DF"


def _dark_flows(ctx: Context, slide: Slide, size: float, big: float, kicker: str | None) -> list[Flowable]:
    kit = ctx.kit
    flows: list[Flowable] = []
    if kicker:
        flows += [kit.para(kit.text(kicker, bold=True), kit.style(size * 1.4, bold=True, color="accent")),
                  Spacer(0, size * 0.4)]
    heading = kit.para(kit.markup(slide.title, bold=True), kit.style(big, bold=True, color=ON_DARK, leading=1.12))
    heading.struct_role = "H1"  # the cover's or section's title, read as the slide's heading
    flows.append(heading)
    for k, block in enumerate(slide.blocks):
        flows.append(Spacer(0, size * (1.4 if k == 0 else 0.6)))
        muted = isinstance(block, n.Paragraph) and bool({"byline", "muted", "source"} & set(block.classes))
        if isinstance(block, n.Paragraph):
            style = kit.style(size * (0.8 if muted else 1.0), color=ON_DARK_MUTED if muted else ON_DARK)
            flows.append(kit.para(kit.markup(block.children), style))
        else:
            flows += kit.block(block, size, ctx.grid.inner_width)
    return flows


def _dark(ctx: Context, slide: Slide, layout: str, kicker: str | None, scale: float) -> list[Planned]:
    grid = ctx.grid
    box = Box(grid.margin, grid.height * 0.16, grid.width * 0.8, grid.height * 0.64)
    rule = shapes.bar(Box(grid.margin, box.top + grid.unit * 1.5, grid.unit * 5, grid.unit * 0.5),
                      ctx.kit.colour("accent"))

    def build(size: float) -> list[Piece]:
        ctx.kit.ink, ctx.kit.bullet_ink = ON_DARK, ON_DARK_MUTED
        try:
            flows = _dark_flows(ctx, slide, min(size, ctx.body), size * scale, kicker)
        finally:
            ctx.kit.ink, ctx.kit.bullet_ink = "text", "accent"
        return [rule, Piece(box, flows, "middle")]
    fitted = fit(build, ctx.theme.sizes.slide_title, ctx.floor)
    plans = planned_parts(ctx, slide, layout, fitted, [])
    for plan in plans:
        plan.title, plan.dark = None, True
    return plans


def title(ctx: Context, slide: Slide) -> list[Planned]:
    """The cover: the title large on the brand colour, subtitle and byline below."""
    return _dark(ctx, slide, "title", None, 1.4)


def section(ctx: Context, slide: Slide) -> list[Planned]:
    """A section divider: its number in the accent colour, the title large."""
    ctx.section_count += 1
    number = ctx.agenda.get(" ".join(slide.title_text.split()), ctx.section_count)
    return _dark(ctx, slide, "section", f"{number:02d}", 1.2)


def _tile_boxes(box: Box, count: int, gutter: float) -> list[Box]:
    cols = count if count <= 3 else (2 if count == 4 else 3)
    rows = -(-count // cols)
    # Never taller than two rows would be: three tiles on a "(cont.)" slide match the 2 x 2 before them.
    height = min((box.height - gutter * (rows - 1)) / rows, (box.height - gutter) / 2)
    width = (box.width - gutter * (cols - 1)) / cols
    return [Box(box.x + (k % cols) * (width + gutter), box.top - (k // cols + 1) * height - (k // cols) * gutter,
                width, height) for k in range(count)]


def _value_size(ctx: Context, tiles: tuple[n.FigureTile, ...], width: float, height: float) -> float:
    size = min(ctx.theme.sizes.tile_value, height * 0.38)
    widest = max(ctx.kit.chain.width(t.value, size, True) for t in tiles)
    return size if widest <= width else size * width / widest


def _tiles(ctx: Context, tiles: tuple[n.FigureTile, ...], box: Box, size: float) -> list[Piece]:
    unit = ctx.grid.unit
    boxes = _tile_boxes(box, len(tiles), unit * 1.6)
    pad = unit * 1.6
    value = _value_size(ctx, tiles, boxes[0].width - 2 * pad, boxes[0].height - 2 * pad)
    pieces: list[Piece] = []
    for tile, tbox in zip(tiles, boxes, strict=True):
        inner = Box(tbox.x + pad, tbox.y + pad, tbox.width - 2 * pad, tbox.height - 2 * pad - unit * 0.4)
        flows: list[Flowable] = [
            ctx.kit.para(ctx.kit.text(tile.value, bold=True), ctx.kit.style(value, bold=True, color="primary",
                                                                              leading=1.1)),
            Spacer(0, size * 0.5),
            ctx.kit.para(ctx.kit.markup(tile.label), ctx.kit.style(size, leading=1.2)),
        ]
        pieces += [shapes.panel(tbox, ctx.kit.colour("light")),
                   shapes.bar(Box(tbox.x, tbox.top - unit * 0.4, tbox.width, unit * 0.4), ctx.kit.colour("accent")),
                   Piece(inner, flows)]
    return pieces


def figures(ctx: Context, slide: Slide) -> list[Planned]:
    """Key-figure tiles (up to six a slide), each a big number over its label."""
    tiles = tuple(t for b in slide.blocks if isinstance(b, n.Figures) for t in b.items)
    if not tiles:
        return bullets(ctx, slide)
    others = tuple(b for b in slide.blocks if not isinstance(b, n.Figures))
    # As even as can be: seven tiles are four and three, not six and one left alone on a "(cont.)" slide.
    per = -(-len(tiles) // -(-len(tiles) // 6))
    chunks = [tiles[k:k + per] for k in range(0, len(tiles), per)]
    plans: list[Planned] = []
    for index, chunk in enumerate(chunks):
        def build(box: Box, size: float, chunk: tuple[n.FigureTile, ...] = chunk,
                  first: bool = index == 0) -> list[Piece]:
            note = ctx.kit.blocks(others, size * 0.9, box.width) if first else []
            note_h = flows_height(note, box.width) + size if note else 0.0
            area = Box(box.x, box.y + note_h, box.width, box.height - note_h)
            below = [Piece(Box(box.x, box.y, box.width, note_h), note, "bottom")] if note else []
            return _tiles(ctx, chunk, area, size) + below
        plans += flow_slide(ctx, slide, "figures", build, ctx.body * 0.9)
    return _renumber(ctx, slide, plans)


def _renumber(ctx: Context, slide: Slide, plans: list[Planned]) -> list[Planned]:
    """Number parts across chunks: the first keeps the title, the rest say "(cont.)"."""
    cont = title_piece(ctx, slide, True) if len(plans) > 1 else None  # one part: no "(cont.)" title to set
    for k, plan in enumerate(plans):
        plan.part, plan.parts = k + 1, len(plans)
        if k:
            plan.title, plan.title_text, plan.notes = cont, slide.title_text + " (cont.)", ()
    return plans


def chart(ctx: Context, slide: Slide) -> list[Planned]:
    """Charts side by side under any lead text; the source below each chart."""
    charts = [b for b in slide.blocks if isinstance(b, n.Chart)]
    if not charts:
        return bullets(ctx, slide)
    others = tuple(b for b in slide.blocks if not isinstance(b, n.Chart))
    kit, unit = ctx.kit, ctx.grid.unit

    def build(box: Box, size: float) -> list[Piece]:
        head = kit.blocks(others, size, box.width)
        top = box.top - (flows_height(head, box.width) + size if head else 0)
        pieces = [Piece(Box(box.x, top, box.width, box.top - top), head)] if head else []
        for c, col in zip(charts, box.below(top).columns(len(charts), unit * 3), strict=True):
            pieces += _chart_pieces(ctx, slide, c, col)
        return pieces
    plans = flow_slide(ctx, slide, "chart", build, ctx.body)
    plans[0].extra_notes += [c.alt for c in charts]
    return plans


def _chart_pieces(ctx: Context, slide: Slide, chart_node: n.Chart, box: Box) -> list[Piece]:
    kit, small = ctx.kit, max(10.0, ctx.body * 0.6)
    pieces: list[Piece] = []
    top, bottom = box.top, box.y
    if chart_node.title and chart_node.title != slide.title_text:
        head = kit.para(kit.text(chart_node.title, bold=True), kit.style(small * 1.2, bold=True, color="muted"))
        height = head.wrap(box.width, 1e9)[1]
        pieces.append(Piece(Box(box.x, top - height, box.width, height), [head]))
        top -= height + ctx.grid.unit
    source: list[Piece] = []
    if chart_node.source:
        caption = ctx.labels.get("source_prefix", source=chart_node.source)
        foot = kit.para(kit.text(caption), kit.style(small, color="muted"))
        height = foot.wrap(box.width, 1e9)[1]
        source.append(Piece(Box(box.x, bottom, box.width, height), [foot]))
        bottom += height + ctx.grid.unit
    kit.seen.update(dict.fromkeys([p.label for p in chart_node.points] + [chart_node.unit]))
    height, caption = max(1.0, top - bottom), ctx.labels.get("unit_caption")
    drawing = shapes.LaterDrawing(lambda: chart_drawing(chart_node, ctx.theme, kit.chain, box.width, height, caption),
                                  box.width, height)
    pieces.append(Piece(Box(box.x, bottom, box.width, height), [drawing], text=False,
                        alt=chart_node.alt or chart_node.title or "Chart"))
    return pieces + source  # drawn, and so read, after the chart it sits under


def timeline(ctx: Context, slide: Slide) -> list[Planned]:
    """Events down a vertical line: date on the left, a dot, the event on the right."""
    events = tuple(e for b in slide.blocks if isinstance(b, n.Timeline) for e in b.events)
    if not events:
        return bullets(ctx, slide)
    others = tuple(b for b in slide.blocks if not isinstance(b, n.Timeline))
    kit = ctx.kit

    def build(box: Box, size: float) -> list[Piece]:
        flows = kit.blocks(others, size, box.width)
        if flows:
            flows.append(Spacer(0, size))
        for k, event in enumerate(events):
            date = Para(kit.text(event.date, bold=True), kit.style(size, bold=True, color="primary",
                                                                       align="right"))
            text = Para(kit.markup(event.children), kit.style(size))
            flows.append(shapes.TimelineRow(date, text, box.width * 0.2, ctx.grid.unit * 3, kit.colour("rule"),
                                            kit.colour("accent"), size * 0.6, k == 0, size * 0.28))
        return [Piece(box, flows)]
    return flow_slide(ctx, slide, "timeline", build, ctx.body)


__all__ = ["body_box", "chart", "figures", "section", "timeline", "title"]
