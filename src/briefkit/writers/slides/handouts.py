"""Handouts: 1, 2, 3, 4 or 6 slides a sheet, or a notes page per slide.

Each slide is drawn once into a PDF form (vector, like the deck) and placed
scaled on the sheet as often as needed.  The 3-up sheet has ruled lines
beside each slide for the audience's notes, the 1-up sheet below it; the notes handout prints each
slide above its speaker notes, continuing onto further sheets when the
notes are long, so no word of them is lost.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from briefkit.writers.pdfconform import declare
from briefkit.writers.rlpara import Para
from briefkit.writers.slides.deck import Deck
from briefkit.writers.slides.fit import Piece, draw_piece, paginate
from briefkit.writers.slides.geometry import Box
from briefkit.writers.slides.master import draw_slide
from briefkit.writers.slides.pdfout import new_canvas
from briefkit.writers.slides.plan import Planned

HANDOUTS = ("1", "2", "3", "4", "6", "notes")
"""Handout kinds in the order they are written."""

GRIDS = {"1": (1, 1), "2": (1, 2), "3": (1, 3), "4": (2, 2), "6": (2, 3)}
"""Slides a sheet as (columns, rows)."""

PAPER = {"A4": A4, "Letter": LETTER}

Page = Callable[[Canvas], None]


class Sheet:
    """Paper geometry and the running header and footer of a handout."""

    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        self.width, self.height = (float(v) for v in PAPER[deck.theme.page.size])
        self.margin = deck.theme.page.margin_mm * mm
        self.small = deck.theme.sizes.small
        band = self.small * 3
        self.content = Box(self.margin, self.margin + band, self.width - 2 * self.margin,
                           self.height - 2 * self.margin - 2 * band)

    def chrome(self, canvas: Canvas, number: int, total: int) -> None:
        """Title and date on top, source and page number at the bottom."""
        kit, meta = self.deck.master.kit, self.deck.meta
        width = self.width - 2 * self.margin
        top = self.height - self.margin
        left = Box(self.margin, top - self.small * 2.5, width * 0.75, self.small * 2.5)
        right = Box(self.margin + width * 0.75, left.y, width * 0.25, left.height)
        bottom = Box(self.margin, self.margin, width * 0.75, self.small * 2.5)
        corner = Box(self.margin + width * 0.75, self.margin, width * 0.25, self.small * 2.5)
        texts = [(left, str(meta.get("title") or ""), "left"), (right, str(meta.get("date_text") or ""), "right"),
                 (bottom, self.deck.master.footer, "left"), (corner, self._page_of(number, total), "right")]
        for box, text, align in texts:
            para = Para(kit.text(text), kit.style(self.small, color="muted", align=align))
            draw_piece(canvas, Piece(box, [para], "top" if box.y > self.height / 2 else "bottom"))

    def _page_of(self, number: int, total: int) -> str:
        """'Page X of Y' in the deck's language."""
        return self.deck.master.labels.get("page_of", page=number, total=total)

    def place(self, canvas: Canvas, plan: Planned, box: Box, centre: bool = True) -> Box:
        """Draw a slide's form scaled into ``box``, framed by a hairline."""
        sw, sh = self.deck.size
        scale = min(box.width / sw, box.height / sh)
        w, h = sw * scale, sh * scale
        x = box.x + ((box.width - w) / 2 if centre else 0)
        y = box.top - h if not centre else box.y + (box.height - h) / 2
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(scale, scale)
        canvas.doForm(form_name(plan))
        canvas.restoreState()
        canvas.setStrokeColor(HexColor(self.deck.theme.colors.rule))
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, w, h, stroke=1, fill=0)
        return Box(x, y, w, h)


def form_name(plan: Planned) -> str:
    """The PDF form holding a slide."""
    return f"slide{plan.number}"


def _define_forms(canvas: Canvas, deck: Deck) -> None:
    width, height = deck.size
    for plan in deck.plans:
        canvas.beginForm(form_name(plan), 0, 0, width, height)
        draw_slide(canvas, deck.master, plan)
        canvas.endForm()


def _cells(box: Box, cols: int, rows: int, gap: float) -> list[Box]:
    width = (box.width - gap * (cols - 1)) / cols
    height = (box.height - gap * (rows - 1)) / rows
    return [Box(box.x + c * (width + gap), box.top - (r + 1) * height - r * gap, width, height)
            for r in range(rows) for c in range(cols)]


def _ruled(canvas: Canvas, sheet: Sheet, box: Box) -> None:
    """Ruled note lines filling ``box``."""
    pitch = 8 * mm
    canvas.setStrokeColor(HexColor(sheet.deck.theme.colors.rule))
    canvas.setLineWidth(0.5)
    y = box.top - pitch
    while y >= box.y - 0.01:
        canvas.line(box.x, y, box.right, y)
        y -= pitch


def _nup_pages(sheet: Sheet, kind: str) -> list[Page]:
    cols, rows = GRIDS[kind]
    per = cols * rows
    cells = _cells(sheet.content, cols, rows, 8 * mm)
    plans = sheet.deck.plans
    pages: list[Page] = []
    for start in range(0, len(plans), per):
        def page(canvas: Canvas, chunk: list[Planned] = plans[start:start + per]) -> None:
            for plan, cell in zip(chunk, cells, strict=False):
                if kind == "3":
                    slide_box = Box(cell.x, cell.y, cell.width * 0.56, cell.height)
                    placed = sheet.place(canvas, plan, slide_box, centre=False)
                    lines = Box(placed.right + 8 * mm, placed.y, cell.right - placed.right - 8 * mm, placed.height)
                    _ruled(canvas, sheet, lines)
                elif kind == "1":
                    placed = sheet.place(canvas, plan, cell, centre=False)
                    _ruled(canvas, sheet, Box(cell.x, cell.y, cell.width, placed.y - cell.y - 4 * mm))
                else:
                    sheet.place(canvas, plan, cell)
        pages.append(page)
    return pages


def _notes_flows(sheet: Sheet, plan: Planned, size: float) -> list[Flowable]:
    kit = sheet.deck.master.kit
    flows = kit.blocks(plan.notes, size, sheet.content.width)
    for alt in plan.extra_notes:
        said = sheet.deck.master.labels.get("chart_as_text")
        label = f"<b>{kit.text(said + ('' if said.endswith(('：', ' ')) else ' '), bold=True)}</b>"
        flows += [Spacer(0, size * 0.8), Para(label + kit.text(alt), kit.style(size, color="muted"))]
    return flows


def _notes_pages(sheet: Sheet) -> list[Page]:
    kit, size = sheet.deck.master.kit, sheet.deck.theme.sizes.body * 1.1
    content = sheet.content
    sw, sh = sheet.deck.size
    slide_h = min(content.height * 0.48, content.width * sh / sw)
    first_box = Box(content.x, content.y, content.width, content.height - slide_h - 10 * mm)
    pages: list[Page] = []
    for plan in sheet.deck.plans:
        flows = _notes_flows(sheet, plan, size)
        first, _ = paginate(flows, first_box)
        rest = [f for page in first[1:] for f in page]
        later = paginate(rest, content.below(content.top - size * 2.5))[0] if rest else []

        def page(canvas: Canvas, plan: Planned = plan, part: list[Flowable] = first[0]) -> None:
            sheet.place(canvas, plan, Box(content.x, content.top - slide_h, content.width, slide_h), centre=False)
            draw_piece(canvas, Piece(first_box, part))
        pages.append(page)
        for part in later:
            def more(canvas: Canvas, plan: Planned = plan, part: list[Flowable] = part) -> None:
                words = sheet.deck.master.labels
                title = f"{words.get('slide_n', number=plan.number)}: {plan.title_text} {words.get('notes_cont')}"
                head = Para(kit.text(title, bold=True),
                                 kit.style(size, bold=True, color="primary"))
                draw_piece(canvas, Piece(content, [head]))
                draw_piece(canvas, Piece(content.below(content.top - size * 2.5), part))
            pages.append(more)
    return pages


def handout_pdf(deck: Deck, kind: str, pdfa: bool = False) -> bytes:
    """A handout PDF of ``kind`` ('1', '2', '3', '4', '6' or 'notes'), PDF/A-2b if ``pdfa``.

    Handouts are not tagged (slides drawn as forms, several to a sheet), so
    their XMP never claims PDF/UA; the deck is the accessible version.
    """
    sheet = Sheet(deck)
    buffer = io.BytesIO()
    label = "speaker notes" if kind == "notes" else f"handout, {kind} slide(s) a page"
    canvas = new_canvas(buffer, (sheet.width, sheet.height), deck.meta, deck.master.kit.chain.body.regular,
                        f" ({label})")
    _define_forms(canvas, deck)
    pages = _notes_pages(sheet) if kind == "notes" else _nup_pages(sheet, kind)
    for number, page in enumerate(pages, 1):
        page(canvas)
        sheet.chrome(canvas, number, len(pages))
        canvas.showPage()
    declare(canvas._doc, ua=False, pdfa=pdfa)
    canvas.save()
    return buffer.getvalue()
