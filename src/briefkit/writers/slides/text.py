"""Text on slides: paragraph styles at any size, inline markup, blocks as flowables.

Every string goes through :meth:`briefkit.fonts.FontChain.markup`, which
escapes it (content is never markup) and splits it into runs by script over
the theme's font fallback chain.  Styles allow long words to break by
character, so a 500-character URL wraps instead of running off the slide.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from briefkit.document import nodes as n
from briefkit.fonts import FontChain
from briefkit.theme import Theme
from briefkit.writers.rlinline import InlineRenderer
from briefkit.writers.rlpara import Para
from briefkit.xmltext import escape

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")


def markup_colour(hex_value: str) -> str:
    """A theme colour (#RRGGBB) as paragraph markup gives it: ``rgb(r,g,b)``, the same colour.

    reportlab's ``toColor`` tries its other parsers (two kinds of literal
    evaluation) before a '#RRGGBB' string; ``rgb(…)`` is the first it reads.
    """
    value = hex_value.lstrip("#")
    return f"rgb({int(value[0:2], 16)},{int(value[2:4], 16)},{int(value[4:6], 16)})"


class TextKit(InlineRenderer):
    """Builds paragraphs for one theme; remembers every string for the glyph check."""

    writer_name = "slides"

    def __init__(self, theme: Theme, chain: FontChain, links: bool = True) -> None:
        self.theme = theme
        self.chain = chain
        self.links = links
        self.seen: dict[str, None] = {}
        self.titles: dict[str, str] = {}
        """Slide title → bookmark key, so an agenda item can link to the slide it names."""
        self.anchors: set[str] = set()
        """Bookmark keys that exist: a ``#key`` link to anything else stays plain text."""
        self.ink = "text"
        """The colour 'text' resolves to: white-ish on dark slides."""
        self.bullet_ink = "accent"
        """The colour of bullets and list numbers (lighter on dark slides, for contrast)."""
        self._colours: dict[str, Color] = {}
        self._styles: dict[tuple[object, ...], ParagraphStyle] = {}

    def colour(self, name: str) -> Color:
        """A theme colour by field name ('primary', 'muted'…) or as '#RRGGBB'."""
        if name == "text":
            name = self.ink
        colour = self._colours.get(name)
        if colour is None:  # every paragraph style asks for two colours: convert each name once per deck
            value = name if name.startswith("#") else getattr(self.theme.colors, name)
            colour = self._colours[name] = HexColor(value)
        return colour

    # ------------------------------------------------------------ markup
    def text(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """Escaped, script-split markup for literal ``text``."""
        self.seen[text] = None
        return self.chain.markup(text, bold, italic)

    markup = InlineRenderer.render
    """Paragraph markup for inline nodes."""

    def link(self, node: n.Link, inner: str) -> str:
        """A live link for web, mail and slide anchors that exist; anything else stays text."""
        if not self.links or not node.url.startswith(_SAFE_SCHEMES):
            return inner
        if node.url.startswith("#") and node.url[1:] not in self.anchors:
            return inner
        href = escape(node.url).replace('"', "&quot;")
        return f'<a href="{href}" color="{markup_colour(self.theme.colors.primary)}">{inner}</a>'

    # ------------------------------------------------------------ styles
    def style(self, size: float, *, bold: bool = False, italic: bool = False, color: str = "text",
              leading: float = 1.25, align: str = "left", indent: float = 0.0, bullet_indent: float = 0.0,
              bullet_size: float | None = None) -> ParagraphStyle:
        """A paragraph style at ``size`` points; bullets at ``bullet_size`` (default ``size``).

        Styles are shared by every paragraph that asks for the same one (a
        deck asks for a few dozen, five times over): never change one.
        """
        key = (size, bold, italic, self.ink if color == "text" else color, self.bullet_ink, leading, align, indent,
               bullet_indent, bullet_size)
        style = self._styles.get(key)
        if style is None:
            body = self.chain.body
            style = self._styles[key] = ParagraphStyle(
                f"s{size:.2f}", fontName=body.pick(bold, italic), fontSize=size, leading=size * leading,
                textColor=self.colour(color), alignment=ALIGN[align], leftIndent=indent,
                bulletFontName=body.bold, bulletFontSize=size if bullet_size is None else bullet_size,
                bulletIndent=bullet_indent, bulletColor=self.colour(self.bullet_ink), splitLongWords=1,
                allowWidows=1, allowOrphans=1, spaceBefore=0, spaceAfter=0,
            )
        return style

    def para(self, markup: str, style: ParagraphStyle, bullet: str | None = None) -> Para:
        """A paragraph; ``bullet`` is drawn in the hanging indent."""
        return Para(markup, style, bulletText=bullet)

    # ------------------------------------------------------------ blocks
    def blocks(self, blocks: tuple[n.Block, ...], size: float, width: float) -> list[Flowable]:
        """Body blocks as flowables with spacing between them."""
        out: list[Flowable] = []
        for block in blocks:
            flows = self.block(block, size, width)
            if flows and out:
                out.append(Spacer(0, size * 0.7))
            out.extend(flows)
        return out

    def block(self, block: n.Block, size: float, width: float) -> list[Flowable]:
        """One block as flowables."""
        if isinstance(block, n.Heading):
            return [self.para(self.markup(block.children), self.style(size * 1.05, bold=True, color="primary"))]
        if isinstance(block, n.Paragraph):
            muted = "muted" if {"muted", "source", "byline"} & set(block.classes) else "text"
            return [self.para(self.markup(block.children), self.style(size, color=muted))]
        if isinstance(block, n.BulletList | n.OrderedList):
            return self.items(block, size, 0.0)
        if isinstance(block, n.BlockQuote | n.Callout | n.Notes):
            return self._quoted(block, size, width)
        if isinstance(block, n.CodeBlock):
            return [self.para(self.text(line) or "&nbsp;", self.style(size * 0.85, color="muted"))
                    for line in block.text.rstrip("\n").split("\n")]
        if isinstance(block, n.Table):
            return [self.table(block, size * 0.85, width)]
        if isinstance(block, n.Columns):
            return [f for col in block.columns for f in self.blocks(col, size, width)]
        return [self.para(self.text(line), self.style(size)) for line in n.block_text(block).split("\n")]

    def items(self, block: n.BulletList | n.OrderedList, size: float, depth: float) -> list[Flowable]:
        """List items with hanging bullets or numbers; nested lists indent further."""
        out: list[Flowable] = []
        indent = depth + size * 1.3
        for k, item in enumerate(block.items):
            mark = f"{block.start + k}." if isinstance(block, n.OrderedList) else "•"
            if out:
                out.append(Spacer(0, size * 0.45))
            first = True
            for child in item.children:
                if isinstance(child, n.BulletList | n.OrderedList):
                    out.extend(self.items(child, size * 0.92, indent))
                    continue
                text = self.markup(child.children) if isinstance(child, n.Paragraph) else self.text(
                    n.block_text(child))
                style = self.style(size, indent=indent, bullet_indent=depth)
                out.append(self.para(text, style, mark if first else None))
                first = False
        return out

    def _quoted(self, block: n.BlockQuote | n.Callout | n.Notes, size: float, width: float) -> list[Flowable]:
        head = [self.para(self.text(block.title, bold=True), self.style(size, bold=True, color="primary"))] \
            if isinstance(block, n.Callout) and block.title else []
        return head + self.blocks(block.children, size, width)

    def table(self, block: n.Table, size: float, width: float) -> Table:
        """A table with a tinted header row; it splits between rows."""
        head = [self.para(self.markup(c), self.style(size, bold=True, color="primary")) for c in block.header]
        rows = [[self.para(self.markup(c), self.style(size)) for c in row] for row in block.rows]
        cols = max(1, len(block.header))
        table = Table([head, *rows], colWidths=[width / cols] * cols, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), self.colour("light")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, self.colour("rule")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.35),
        ]))
        return table
