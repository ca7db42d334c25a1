"""HTML writer: one self-contained HTML5 file per document.

Everything the page needs is inside it: an inline stylesheet for screen and
print (see :mod:`briefkit.writers.html_style`), charts as inline SVG, and no
scripts, web fonts or images fetched from anywhere.  Every piece of content
passes through :func:`html.escape`, so text that looks like markup (or like a
template expression) stays text.  Headings open ``<section>`` elements, so the
outline of the page follows the document's.
"""

from __future__ import annotations

import base64
import re
from html import escape
from typing import ClassVar

from briefkit.cjk import cjk_run_pattern, has_cjk, script_language
from briefkit.document import nodes as n
from briefkit.labels import Labels, english
from briefkit.links import is_safe_link
from briefkit.theme import Theme
from briefkit.writers.base import NodeVisitor, Rendered, RenderOptions
from briefkit.writers.front_matter import Identity, TitleParts, identity, split_title
from briefkit.writers.html_style import stylesheet
from briefkit.writers.html_svg import chart_svg

_CLASS = re.compile(r"^[A-Za-z][\w-]*$")
_NUMERIC = re.compile(r"^[\s(]*[-+−]?[$€£¥]?\d[\d,.\s]*(%|[kKmMbB]n?)?\)?$")


def attr(value: str) -> str:
    """An attribute value, escaped and quoted."""
    return '"' + escape(value, quote=True) + '"'


def class_attr(classes: tuple[str, ...] | list[str]) -> str:
    """`` class="..."`` from class names that are plain identifiers (others dropped)."""
    names = [c for c in classes if _CLASS.match(c)]
    return f" class={attr(' '.join(names))}" if names else ""


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-") or "section"


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*(?:[ ,.:;]+[A-Za-z0-9][A-Za-z0-9'’-]*)*")


def lang_spans(text: str, lang: str) -> str:
    """Escaped ``text`` with runs of another language in ``<span lang>``: Chinese in an English
    document, Latin-script words (taken as English) in a Chinese, Japanese or Korean one."""
    primary = lang.split("-")[0].lower()
    cjk_document = primary in ("zh", "ja", "ko")
    if not cjk_document and not has_cjk(text):
        return escape(text, quote=False)
    pattern = _LATIN_RUN if cjk_document else cjk_run_pattern()
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()], quote=False))
        run_lang = "en" if cjk_document else script_language(match.group())
        out.append(f'<span lang="{run_lang}">{escape(match.group(), quote=False)}</span>')
        last = match.end()
    out.append(escape(text[last:], quote=False))
    return "".join(out)


class HtmlInline(NodeVisitor):
    """Inline nodes as escaped HTML, shared by the page and the e-mail writers."""

    def inline(self, items: tuple[n.Inline, ...]) -> str:
        """Escaped HTML for inline nodes."""
        return "".join(self.visit(i) for i in items)

    lang: str = "en"
    """The document's language: runs in another script get their own ``lang`` (screen readers switch voice)."""

    def visit_Text(self, node: n.Text) -> str:
        return lang_spans(node.text, self.lang)

    def visit_Strong(self, node: n.Strong) -> str:
        return f"<strong>{self.inline(node.children)}</strong>"

    def visit_Emph(self, node: n.Emph) -> str:
        return f"<em>{self.inline(node.children)}</em>"

    def visit_LineBreak(self, node: n.LineBreak) -> str:
        return "<br>"


def _banner(who: Identity) -> str:
    """The handling marking (and DRAFT) as a banner at the top and the bottom of the page."""
    text = " · ".join(p for p in (who.draft, who.marking) if p)
    return f'<p class="marking" role="note">{escape(text)}</p>\n' if text else ""


class HtmlWriter(HtmlInline):
    """Document tree → a complete, self-contained HTML5 page."""

    name: ClassVar[str] = "html"
    extension: ClassVar[str] = "html"
    binary: ClassVar[bool] = False
    writer_name: ClassVar[str] = "HTML"

    def __init__(self) -> None:
        self.theme: Theme | None = None
        self.ids: dict[str, int] = {}
        self.open_sections: list[int] = []
        self.labels: Labels = english()
        """Words the writer adds ("Source: …"), in the document's language."""

    def render(self, doc: n.Document, theme: Theme, options: RenderOptions) -> Rendered:
        """Render ``doc`` to UTF-8 HTML."""
        self.theme, self.ids, self.open_sections, self.labels = theme, {}, [], options.labels
        self.lang = str(doc.meta.get("lang") or "en")
        parts = split_title(doc)
        body = "".join(self.visit(b) for b in parts.rest) + self._close_sections(0)
        product = options.product or str(doc.meta.get("product") or "")
        who = identity(doc.meta, product, options.labels)
        page = "".join([
            "<!DOCTYPE html>\n",
            f"<html lang={attr(str(doc.meta.get('lang') or 'en'))}>\n",
            self._head(doc, parts, theme),
            "<body>\n",
            _banner(who),
            "".join(self.visit(b) for b in parts.lead),
            self._header(parts, who),
            f"<main>\n{body}</main>\n",
            self._footer(who),
            _banner(who),
            "</body>\n</html>\n",
        ])
        return Rendered(page.encode("utf-8"))

    # page frame --------------------------------------------------------------------
    def _head(self, doc: n.Document, parts: TitleParts, theme: Theme) -> str:
        title = n.plain_text(parts.title) or doc.title or "Document"
        meta = [("description", doc.meta.get("subject") or doc.meta.get("subtitle")),
                ("author", _joined(doc.meta.get("prepared_by"))),  # who prepared the brief, not the article
                ("keywords", _joined(doc.meta.get("keywords"))), ("generator", "briefkit")]
        tags = "".join(f"<meta name={attr(k)} content={attr(str(v))}>\n" for k, v in meta if v)
        return ("<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                f"<title>{escape(title)}</title>\n{tags}<style>\n{stylesheet(theme)}</style>\n</head>\n")

    def _logo(self) -> str:
        """The theme's logo as an inline data: URL, so the page still fetches nothing."""
        logo = self.theme.logo if self.theme else None
        if logo is None:
            return ""
        mime = "image/png" if logo.suffix.lower() == ".png" else "image/jpeg"
        data = base64.b64encode(logo.read_bytes()).decode("ascii")
        return f'<img class="logo" src="data:{mime};base64,{data}" alt="">\n'

    def _header(self, parts: TitleParts, who: Identity) -> str:
        label = escape(who.label) + (f' <strong class="draft">{escape(who.draft)}</strong>' if who.draft else "")
        lines = [f'<header class="doc-header">\n{self._logo()}<p class="label">{label}</p>\n']
        if parts.title:
            lines.append(f"<h1>{self.inline(parts.title)}</h1>\n")
        if parts.subtitle:
            lines.append(f'<p class="subtitle">{self.inline(parts.subtitle)}</p>\n')
        if parts.byline:
            lines.append(f'<p class="byline">{self.inline(parts.byline)}</p>\n')
        return "".join(lines) + "</header>\n"

    def _footer(self, who: Identity) -> str:
        if not who.footer:
            return ""
        return f'<footer class="doc-footer">\n<p>{escape(who.footer)}</p>\n</footer>\n'

    def _unique_id(self, text: str) -> str:
        base = _slug(text)
        count = self.ids.get(base, 0)
        self.ids[base] = count + 1
        return base if count == 0 else f"{base}-{count + 1}"

    def _close_sections(self, level: int) -> str:
        """Close every open section at ``level`` or deeper."""
        out = ""
        while self.open_sections and self.open_sections[-1] >= level:
            self.open_sections.pop()
            out += "</section>\n"
        return out

    def nested(self, blocks: tuple[n.Block, ...]) -> str:
        """Blocks inside a container: their sections open and close within it."""
        saved, self.open_sections = self.open_sections, []
        try:
            return "".join(self.visit(b) for b in blocks) + self._close_sections(0)
        finally:
            self.open_sections = saved

    # inline --------------------------------------------------------------------
    def visit_Code(self, node: n.Code) -> str:
        return f"<code>{escape(node.text, quote=False)}</code>"

    def visit_Link(self, node: n.Link) -> str:
        text = self.inline(node.children)
        # Only web, mail and in-page links become anchors; anything else stays text.
        return f"<a href={attr(node.url)}>{text}</a>" if is_safe_link(node.url) else text

    # blocks --------------------------------------------------------------------
    def visit_Heading(self, node: n.Heading) -> str:
        level = min(max(node.level, 1), 6)
        ident = self._unique_id(node.id or n.plain_text(node.children))
        opening = self._close_sections(level) + f"<section aria-labelledby={attr(ident)}{class_attr(node.classes)}>\n"
        self.open_sections.append(level)
        return opening + f"<h{level} id={attr(ident)}>{self.inline(node.children)}</h{level}>\n"

    def visit_Paragraph(self, node: n.Paragraph) -> str:
        return f"<p{class_attr(node.classes)}>{self.inline(node.children)}</p>\n"

    def _items(self, items: tuple[n.ListItem, ...]) -> str:
        out = []
        for item in items:
            if len(item.children) == 1 and isinstance(item.children[0], n.Paragraph):
                out.append(f"<li>{self.inline(item.children[0].children)}</li>\n")
            else:
                out.append("<li>" + self.nested(item.children) + "</li>\n")
        return "".join(out)

    def visit_BulletList(self, node: n.BulletList) -> str:
        return f"<ul>\n{self._items(node.items)}</ul>\n"

    def visit_OrderedList(self, node: n.OrderedList) -> str:
        start = f" start={attr(str(node.start))}" if node.start != 1 else ""
        return f"<ol{start}>\n{self._items(node.items)}</ol>\n"

    def visit_BlockQuote(self, node: n.BlockQuote) -> str:
        inner = []
        for block in node.children:
            if isinstance(block, n.Paragraph) and n.plain_text(block.children).startswith("—"):
                inner.append(f'<p class="attribution">{self.inline(block.children)}</p>\n')
            else:
                inner.append(self.nested((block,)))
        return "<blockquote>\n" + "".join(inner) + "</blockquote>\n"

    def visit_CodeBlock(self, node: n.CodeBlock) -> str:
        return f"<pre><code>{escape(node.text.rstrip(), quote=False)}</code></pre>\n"

    def _numeric_columns(self, node: n.Table) -> list[bool]:
        out = []
        for i, align in enumerate(node.aligns):
            cells = [n.plain_text(r[i]).strip() for r in node.rows if i < len(r)]
            numeric = any(cells) and all(_NUMERIC.match(c) for c in cells if c)
            out.append(align == "right" or (align is None and numeric))
        return out

    def visit_Table(self, node: n.Table) -> str:
        num = self._numeric_columns(node)

        def cls(i: int) -> str:
            return ' class="num"' if i < len(num) and num[i] else ""

        head = "".join(f'<th scope="col"{cls(i)}>{self.inline(c)}</th>' for i, c in enumerate(node.header))
        rows = "".join("<tr>" + "".join(f"<td{cls(i)}>{self.inline(c)}</td>" for i, c in enumerate(row)) + "</tr>\n"
                       for row in node.rows)
        caption = f"<caption>{escape(node.caption)}</caption>\n" if node.caption else ""
        return (f'<div class="table-wrap">\n<table>\n{caption}<thead>\n<tr>{head}</tr>\n</thead>\n'
                f"<tbody>\n{rows}</tbody>\n</table>\n</div>\n")

    def visit_SlideBreak(self, node: n.SlideBreak) -> str:
        return "<hr>\n"

    def visit_Notes(self, node: n.Notes) -> str:
        return ""  # speaker notes belong to the deck

    def visit_Figures(self, node: n.Figures) -> str:
        tiles = "".join(f"<div><dt>{escape(t.value)}</dt><dd>{self.inline(t.label)}</dd></div>\n" for t in node.items)
        return f'<dl class="figures">\n{tiles}</dl>\n'

    def visit_Timeline(self, node: n.Timeline) -> str:
        events = "".join(f'<li><span class="date">{escape(e.date)}</span><span>{self.inline(e.children)}</span></li>\n'
                         for e in node.events)
        return f'<ol class="timeline">\n{events}</ol>\n'

    def visit_Chart(self, node: n.Chart) -> str:
        assert self.theme is not None
        ident = self._unique_id("chart-" + (node.title or "data"))
        caption = f"<figcaption>{escape(node.title)}</figcaption>\n" if node.title else ""
        source = (f'<p class="source">{escape(self.labels.get("source_prefix", source=node.source))}</p>\n'
                  if node.source else "")
        return f'<figure class="chart">\n{caption}{chart_svg(node, self.theme, ident)}\n{source}</figure>\n'

    def visit_Callout(self, node: n.Callout) -> str:
        kind = node.kind if _CLASS.match(node.kind) else "note"
        label = f" aria-label={attr(node.title)}" if node.title else ""
        title = f'<p class="callout-title">{escape(node.title)}</p>\n' if node.title else ""
        body = self.nested(node.children)
        return f'<aside class="callout callout-{kind}"{label}>\n{title}{body}</aside>\n'

    def visit_Columns(self, node: n.Columns) -> str:
        cols = "".join('<div class="column">\n' + self.nested(col) + "</div>\n"
                       for col in node.columns)
        return f'<div class="columns">\n{cols}</div>\n'


def _joined(value: object) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value if v)
    return str(value or "")
