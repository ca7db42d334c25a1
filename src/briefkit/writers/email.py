"""E-mail writer: HTML that survives common mail clients, plus its plain-text twin.

Mail clients are not browsers: Outlook lays out with Word's engine, Gmail
drops ``<style>`` blocks and classes, most block external images.  So this
writer uses a 600 px single-column layout made of tables, puts every style
inline (:mod:`briefkit.writers.email_style`), draws charts as table cells
instead of images, and fetches nothing from anywhere.  The plain-text
alternative a multipart message needs comes as the attachment
``<product>.txt``.
"""

from __future__ import annotations

from html import escape
from typing import ClassVar

from briefkit.document import nodes as n
from briefkit.document.charts import format_number
from briefkit.labels import Labels, english
from briefkit.links import is_safe_link
from briefkit.theme import Theme
from briefkit.writers.base import Rendered, RenderOptions
from briefkit.writers.email_style import WIDTH, EmailStyles
from briefkit.writers.front_matter import TitleParts, product_label, split_title
from briefkit.writers.html import HtmlInline
from briefkit.writers.plaintext import PlainTextWriter

TILES_PER_ROW = 2


def attr(value: str) -> str:
    """An attribute value, escaped and quoted."""
    return '"' + escape(value, quote=True) + '"'


def _table(style: str, rows: str, width: str = "100%") -> str:
    return (f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
            f"style={attr(style)}>{rows}</table>")


class EmailWriter(HtmlInline):
    """Document tree → e-mail-ready HTML with inline CSS and a plain-text alternative."""

    name: ClassVar[str] = "email"
    extension: ClassVar[str] = "html"
    binary: ClassVar[bool] = False
    writer_name: ClassVar[str] = "e-mail"

    def __init__(self) -> None:
        self.s: EmailStyles | None = None
        self.labels: Labels = english()

    @property
    def st(self) -> EmailStyles:
        """The styles of the current render."""
        assert self.s is not None, "render() sets the styles first"
        return self.s

    def render(self, doc: n.Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render ``doc`` to one HTML message and its plain-text alternative."""
        self.s, self.labels = EmailStyles(theme), options.labels
        parts = split_title(doc)
        product = options.product or str(doc.meta.get("product") or "")
        html = self._page(doc, parts, product, "".join(self.visit(b) for b in (*parts.lead, *parts.rest)))
        text = PlainTextWriter(self.labels).text(doc)
        return Rendered(html.encode("utf-8"), {f"{product or 'message'}.txt": text.encode("utf-8")})

    def _page(self, doc: n.Document, parts: TitleParts, product: str, body: str) -> str:
        st = self.st
        title = n.plain_text(parts.title) or doc.title
        lang = str(doc.meta.get("lang") or "en")
        preheader = " ".join(str(doc.meta.get("subject") or "").split())
        rows = (f"<tr><td style={attr(st.band())}>{self._masthead(parts, product)}</td></tr>"
                f"<tr><td style={attr(st.accent_strip())}>&nbsp;</td></tr>"
                f"<tr><td style={attr(st.content())}>{body}</td></tr>"
                f"<tr><td style={attr(st.footer())}>{self._footer(parts, product)}</td></tr>")
        column = _table(f"width:100%;max-width:{WIDTH}px;", rows, str(WIDTH))
        outer = _table(st.body(), f'<tr><td align="center" style="padding:24px 8px;">{column}</td></tr>')
        return ("<!DOCTYPE html>\n"
                f"<html lang={attr(lang)}><head><meta charset=\"utf-8\">"
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta name="x-apple-disable-message-reformatting">'
                f"<title>{escape(title)}</title></head>\n"
                f"<body style={attr(st.body())}>"
                f"<div style={attr(st.preheader())}>{escape(preheader)}</div>\n{outer}\n</body></html>\n")

    def _masthead(self, parts: TitleParts, product: str) -> str:
        st = self.st
        name = product_label(product, self.labels).upper()
        label = f"<p style={attr(st.band_text(12))}>{escape(name)}</p>" if product else ""
        title = f"<h1 style={attr(st.band_text(26, bold=True))}>{self.inline(parts.title)}</h1>"
        sub = f"<p style={attr(st.band_text(16))}>{self.inline(parts.subtitle)}</p>" if parts.subtitle else ""
        by = f"<p style={attr(st.band_text(13))}>{self.inline(parts.byline)}</p>" if parts.byline else ""
        return label + title + sub + by

    def _footer(self, parts: TitleParts, product: str) -> str:
        pieces = [product_label(product, self.labels) if product else "", n.plain_text(parts.title),
                  n.plain_text(parts.byline)]
        # An issue titled like its product ("Newsletter") names itself once.
        return escape(" · ".join(dict.fromkeys(p for p in pieces if p)))

    # inline -----------------------------------------------------------------
    def visit_Code(self, node: n.Code) -> str:
        return f"<code style={attr(self.st.code())}>{escape(node.text, quote=False)}</code>"

    def visit_Link(self, node: n.Link) -> str:
        if not is_safe_link(node.url):  # the same allow-list as every writer (briefkit.links)
            return self.inline(node.children)
        return f"<a href={attr(node.url)} style={attr(self.st.link())}>{self.inline(node.children)}</a>"

    # blocks -----------------------------------------------------------------
    def visit_Heading(self, node: n.Heading) -> str:
        level = min(node.level, 4)
        return f"<h{level} style={attr(self.st.heading(node.level))}>{self.inline(node.children)}</h{level}>\n"

    def visit_Paragraph(self, node: n.Paragraph) -> str:
        style = self.st.byline() if {"byline", "subtitle"} & set(node.classes) else self.st.p()
        return f"<p style={attr(style)}>{self.inline(node.children)}</p>\n"

    def _item(self, item: n.ListItem) -> str:
        first, *rest = item.children or (n.Paragraph(()),)
        head = self.inline(first.children) if isinstance(first, n.Paragraph) else self.visit(first)
        return f"<li style={attr(self.st.item())}>{head}{''.join(self.visit(b) for b in rest)}</li>"

    def visit_BulletList(self, node: n.BulletList) -> str:
        return f"<ul style={attr(self.st.list())}>{''.join(self._item(i) for i in node.items)}</ul>\n"

    def visit_OrderedList(self, node: n.OrderedList) -> str:
        start = f' start="{node.start}"' if node.start != 1 else ""
        return f"<ol{start} style={attr(self.st.list())}>{''.join(self._item(i) for i in node.items)}</ol>\n"

    def visit_BlockQuote(self, node: n.BlockQuote) -> str:
        body = "".join(self.visit(b) for b in node.children)
        return f"<blockquote style={attr(self.st.quote())}>{body}</blockquote>\n"

    def visit_CodeBlock(self, node: n.CodeBlock) -> str:
        return f"<pre style={attr(self.st.pre())}>{escape(node.text.rstrip(), quote=False)}</pre>\n"

    def _grid(self, header: list[str], rows: list[list[str]], aligns: list[str]) -> str:
        head = "".join(f"<th style={attr(self.st.th(a))}>{h}</th>" for h, a in zip(header, aligns, strict=True))
        body = "".join("<tr>" + "".join(f"<td style={attr(self.st.td(a))}>{c}</td>"
                                        for c, a in zip(row, aligns, strict=True)) + "</tr>" for row in rows)
        return _table(self.st.table(), f"<tr>{head}</tr>{body}") + "\n"

    def visit_Table(self, node: n.Table) -> str:
        aligns: list[str] = [a or "left" for a in node.aligns]
        return self._grid([self.inline(c) for c in node.header],
                          [[self.inline(c) for c in row] for row in node.rows], aligns)

    def visit_SlideBreak(self, node: n.SlideBreak) -> str:
        return f"<hr style={attr(self.st.rule())}>\n"

    def visit_Notes(self, node: n.Notes) -> str:
        return ""

    def _tile(self, tile: n.FigureTile) -> str:
        return (f'<td width="50%" style={attr(self.st.tile())}><p style={attr(self.st.tile_value())}>'
                f"{escape(tile.value)}</p><p style={attr(self.st.small())}>{self.inline(tile.label)}</p></td>")

    def visit_Figures(self, node: n.Figures) -> str:
        rows = [node.items[i:i + TILES_PER_ROW] for i in range(0, len(node.items), TILES_PER_ROW)]
        cells = ["".join(self._tile(t) for t in row) + "<td></td>" * (TILES_PER_ROW - len(row)) for row in rows]
        return _table(self.st.table(), "".join(f"<tr>{c}</tr>" for c in cells)) + "\n"

    def visit_Timeline(self, node: n.Timeline) -> str:
        rows = [[f"<strong>{escape(e.date)}</strong>", self.inline(e.children)] for e in node.events]
        return self._grid([escape(self.labels.get("date")), escape(self.labels.get("event"))], rows, ["left", "left"])

    def _bar(self, point: n.ChartPoint, top: float, index: int) -> str:
        share = max(1, round(100 * abs(point.value) / top)) if top else 1
        bar = _table("width:100%;", f'<tr><td width="{share}%" style={attr(self.st.bar(index))}>&nbsp;</td>'
                     + ("<td>&nbsp;</td>" if share < 100 else "") + "</tr>")
        value = escape(point.display or format_number(point.value))
        return (f"<tr><td width=\"38%\" style={attr(self.st.td('left'))}>{escape(point.label)}</td>"
                f"<td style={attr(self.st.td('left'))}>{bar}</td>"
                f"<td width=\"18%\" style={attr(self.st.td('right'))}>{value}</td></tr>")

    def visit_Chart(self, node: n.Chart) -> str:
        top = max((abs(p.value) for p in node.points), default=0.0)
        series = node.kind == "share"
        rows = "".join(self._bar(p, top, k if series else 0) for k, p in enumerate(node.points))
        unit = f" ({escape(node.unit)})" if node.unit else ""
        title = f"<h4 style={attr(self.st.heading(4))}>{escape(node.title)}{unit}</h4>" if node.title else ""
        said = escape(self.labels.get("source_prefix", source=node.source)) if node.source else ""
        source = f"<p style={attr(self.st.byline())}>{said}</p>" if said else ""
        return title + _table(self.st.table(), rows) + source + "\n"

    def visit_Callout(self, node: n.Callout) -> str:
        title = f"<p style={attr(self.st.p())}><strong>{escape(node.title)}</strong></p>" if node.title else ""
        body = "".join(self.visit(b) for b in node.children)
        return _table(self.st.table(), f"<tr><td style={attr(self.st.callout(node.kind))}>{title}{body}</td></tr>")

    def visit_Columns(self, node: n.Columns) -> str:
        # One column survives every client; side-by-side cells collapse badly on phones.
        return "".join(self.visit(b) for col in node.columns for b in col)
