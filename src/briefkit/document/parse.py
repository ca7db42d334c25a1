"""Markdown (CommonMark + tables + front matter + directives) → :class:`Document`.

markdown-it-py does the parsing; this module only maps its syntax tree onto
our typed nodes, one small function per node type.  Raw HTML is off, so text
that looks like markup stays text.  An unknown directive or node fails loudly
with its line, as mistune and markdown-it-py renderers do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from briefkit.cjk import close_gaps
from briefkit.document import nodes as n
from briefkit.document.charts import parse_chart
from briefkit.document.syntax import DIRECTIVES, Node, directive_name, markdown_parser, tree
from briefkit.errors import InputError, input_error
from briefkit.links import is_safe_link
from briefkit.yamlio import parse_text

_DIRECTIVE_LINE = re.compile(r"^ {0,3}(:{3,})[ \t]*([^\s:]\S*)?")
_ANY_DIRECTIVE_NAME = re.compile(r":{3,}[ \t]*([^\s:]\S*)")
"""A name after ':::' anywhere: every name _DIRECTIVE_LINE can find on a line, and more."""


class _Ctx:
    """What the converters need to report errors: the source's name."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: Node | None, message: str) -> Exception:
        line = node.map[0] + 1 if node is not None and node.map else None
        return input_error(self.source, message, line)


def check_directives(text: str, source: str) -> None:
    """Refuse ``::: name`` lines whose name is not a known directive."""
    if all(name in DIRECTIVES for name in _ANY_DIRECTIVE_NAME.findall(text)):
        return  # no unknown name anywhere, so none on a directive line: skip the line-by-line walk
    in_fence = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            continue
        match = _DIRECTIVE_LINE.match(line)
        if match and match.group(2) and match.group(2) not in DIRECTIVES:
            known = ", ".join(DIRECTIVES)
            raise input_error(source, f"unknown directive '{match.group(2)}' (known: {known})", number)


def parse(text: str, source: str = "<markdown>") -> n.Document:
    """Parse the Markdown dialect into a :class:`Document`."""
    check_directives(text, source)
    ctx = _Ctx(source)
    meta: dict[str, Any] = {}
    blocks: list[n.Block] = []
    for child in tree(markdown_parser().parse(text)):
        if child.type == "front_matter":
            meta = _front_matter(ctx, child)
        else:
            blocks.extend(_block(ctx, child))
    return n.Document(meta=meta, blocks=tuple(blocks))


def _front_matter(ctx: _Ctx, node: Node) -> dict[str, Any]:
    # The same vetted loader as content files: a template could emit an alias bomb here.
    try:
        data = parse_text(node.content, ctx.source)
    except InputError as exc:
        problem = exc.problems[0].message.removeprefix("invalid YAML: ")
        raise ctx.fail(node, f"front matter is not valid YAML: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ctx.fail(node, "front matter must be a mapping")
    return {str(k): v for k, v in data.items()}


# ------------------------------------------------------------------ inlines


def inlines(ctx: _Ctx, node: Node) -> tuple[n.Inline, ...]:
    """Convert the children of an ``inline`` (or inline container) node."""
    out: list[n.Inline] = []
    for child in node.children:
        out.extend(_inline(ctx, child))
    return _merge_text(out)


def _merge_text(items: list[n.Inline]) -> tuple[n.Inline, ...]:
    merged: list[n.Inline] = []
    for item in items:
        if isinstance(item, n.Text) and not item.text:
            continue
        if isinstance(item, n.Text) and merged and isinstance(merged[-1], n.Text):
            merged[-1] = n.Text(merged[-1].text + item.text)
        else:
            merged.append(item)
    return tuple(n.Text(_soft_breaks(i.text)) if isinstance(i, n.Text) and _SOFT_BREAK in i.text else i
                 for i in merged)


_SOFT_BREAK = "\n"
"""A soft line break while text nodes merge (text tokens never hold a newline); a space once merged."""


def _soft_breaks(text: str) -> str:
    """Soft breaks as spaces, except between two Chinese characters, where a space would be a gap."""
    return close_gaps(text).replace(_SOFT_BREAK, " ")


def _inline(ctx: _Ctx, node: Node) -> list[n.Inline]:
    kind = node.type
    if kind == "text":
        return [n.Text(node.content)]
    if kind == "softbreak":
        return [n.Text(_SOFT_BREAK)]
    if kind == "hardbreak":
        return [n.LineBreak()]
    if kind == "code_inline":
        return [n.Code(node.content)]
    if kind == "strong":
        return [n.Strong(inlines(ctx, node))]
    if kind == "em":
        return [n.Emph(inlines(ctx, node))]
    if kind == "link":
        href = str(node.attrs.get("href", ""))
        # Only web, mail and in-page links stay links (the same rule for every writer); others keep their words.
        return [n.Link(href, inlines(ctx, node))] if is_safe_link(href) else list(inlines(ctx, node))
    if kind in ("image", "html_inline"):
        # Images are not part of the dialect; keep their words, never a fetch.
        return [n.Text(node.content)]
    raise ctx.fail(node, f"unsupported inline node '{kind}'")


# ------------------------------------------------------------------- blocks


def _children(ctx: _Ctx, node: Node) -> tuple[n.Block, ...]:
    out: list[n.Block] = []
    for child in node.children:
        out.extend(_block(ctx, child))
    return tuple(out)


def _classes(node: Node) -> tuple[str, ...]:
    return tuple(str(node.attrs.get("class", "")).split())


def _heading(ctx: _Ctx, node: Node) -> list[n.Block]:
    ident = node.attrs.get("id")
    return [n.Heading(int(node.tag[1]), inlines(ctx, node.children[0]), _classes(node),
                      str(ident) if ident else None)]


def _paragraph(ctx: _Ctx, node: Node) -> list[n.Block]:
    return [n.Paragraph(inlines(ctx, node.children[0]), _classes(node))]


def _items(ctx: _Ctx, node: Node) -> tuple[n.ListItem, ...]:
    # A template emits "- " for an empty content string: an empty item says nothing
    # (an orphan bullet or number in print), so the tree leaves it out.
    items = (n.ListItem(_children(ctx, item)) for item in node.children)
    return tuple(item for item in items if item.children)


def _bullet_list(ctx: _Ctx, node: Node) -> list[n.Block]:
    items = _items(ctx, node)
    return [n.BulletList(items)] if items else []


def _ordered_list(ctx: _Ctx, node: Node) -> list[n.Block]:
    start = int(node.attrs.get("start", 1) or 1)
    items = _items(ctx, node)
    return [n.OrderedList(items, start)] if items else []


def _blockquote(ctx: _Ctx, node: Node) -> list[n.Block]:
    return [n.BlockQuote(_children(ctx, node))]


def _fence(ctx: _Ctx, node: Node) -> list[n.Block]:
    info = node.info.strip()
    if info.split(" ")[0] == "chart":
        line = node.map[0] + 2 if node.map else 1
        return [parse_chart(node.content, ctx.source, line)]
    return [n.CodeBlock(node.content, info)]


def _code_block(ctx: _Ctx, node: Node) -> list[n.Block]:
    return [n.CodeBlock(node.content)]


def _hr(ctx: _Ctx, node: Node) -> list[n.Block]:
    return [n.SlideBreak()]


def _align(style: str | None) -> n.Align:
    for value in ("left", "center", "right"):
        if style and value in style:
            return value
    return None


def _table(ctx: _Ctx, node: Node) -> list[n.Block]:
    head_rows = [r for part in node.children if part.type == "thead" for r in part.children]
    body_rows = [r for part in node.children if part.type == "tbody" for r in part.children]
    header = tuple(inlines(ctx, cell.children[0]) if cell.children else () for cell in head_rows[0].children)
    aligns = tuple(_align(str(cell.attrs.get("style", ""))) for cell in head_rows[0].children)
    rows = tuple(
        tuple(inlines(ctx, cell.children[0]) if cell.children else () for cell in row.children)
        for row in body_rows
    )
    return [n.Table(header, rows, aligns)]


def _directive_args(node: Node) -> list[str]:
    return node.info.split()[1:]


def _notes(ctx: _Ctx, node: Node) -> list[n.Block]:
    return [n.Notes(_children(ctx, node))]


def _lead_strong(ctx: _Ctx, item: n.ListItem, what: str, node: Node) -> tuple[str, tuple[n.Inline, ...]]:
    """Split a list item ``**lead** rest`` into its lead text and the rest."""
    first = item.children[0] if item.children else None
    if not isinstance(first, n.Paragraph) or not first.children or not isinstance(first.children[0], n.Strong):
        raise ctx.fail(node, f"each {what} item must start with **bold text**")
    lead = n.plain_text(first.children[0].children)
    rest = list(first.children[1:])
    if rest and isinstance(rest[0], n.Text):
        stripped = rest[0].text.lstrip(" —–-:")
        rest[0] = n.Text(stripped)
        if not stripped:
            rest.pop(0)
    return lead, tuple(rest)


def _list_of(ctx: _Ctx, node: Node, what: str) -> tuple[n.ListItem, ...]:
    lists = _children(ctx, node)
    if len(lists) != 1 or not isinstance(lists[0], n.BulletList):
        raise ctx.fail(node, f"a '{what}' directive must hold exactly one bullet list")
    return lists[0].items


def _figures(ctx: _Ctx, node: Node) -> list[n.Block]:
    tiles = tuple(n.FigureTile(*_lead_strong(ctx, item, "figures", node))
                  for item in _list_of(ctx, node, "figures"))
    return [n.Figures(tiles)]


def _timeline(ctx: _Ctx, node: Node) -> list[n.Block]:
    events = tuple(n.TimelineEvent(*_lead_strong(ctx, item, "timeline", node))
                   for item in _list_of(ctx, node, "timeline"))
    return [n.Timeline(events)]


def _callout(ctx: _Ctx, node: Node) -> list[n.Block]:
    args = _directive_args(node)
    kind = args[0] if args else "note"
    return [n.Callout(kind, " ".join(args[1:]), _children(ctx, node))]


def _columns(ctx: _Ctx, node: Node) -> list[n.Block]:
    cols = [c for c in node.children if c.type == "container_directive" and directive_name(c.info) == "column"]
    if len(cols) != len(node.children) or not cols:
        raise ctx.fail(node, "a 'columns' directive may hold only 'column' directives")
    return [n.Columns(tuple(_children(ctx, c) for c in cols))]


def _stray_column(ctx: _Ctx, node: Node) -> list[n.Block]:
    raise ctx.fail(node, "a 'column' directive must sit inside ':::: columns'")


_BLOCKS: dict[str, Callable[[_Ctx, Node], list[n.Block]]] = {
    "heading": _heading,
    "paragraph": _paragraph,
    "bullet_list": _bullet_list,
    "ordered_list": _ordered_list,
    "blockquote": _blockquote,
    "fence": _fence,
    "code_block": _code_block,
    "hr": _hr,
    "table": _table,
    "container_directive": lambda ctx, node: _DIRECTIVES[directive_name(node.info)](ctx, node),
}

_DIRECTIVES: dict[str, Callable[[_Ctx, Node], list[n.Block]]] = {
    "notes": _notes,
    "figures": _figures,
    "timeline": _timeline,
    "callout": _callout,
    "columns": _columns,
    "column": _stray_column,
}


def _block(ctx: _Ctx, node: Node) -> list[n.Block]:
    handler = _BLOCKS.get(node.type)
    if handler is None:
        raise ctx.fail(node, f"unsupported Markdown block '{node.type}'")
    return handler(ctx, node)
