"""markdown-it-py set up for the dialect, and its token stream as a tree.

The dialect is CommonMark with tables, front matter, ``{.class}`` attribute
lines and ``:::`` container directives (see docs/markdown-dialect.md).  The
setup also trims work markdown-it would otherwise repeat on every line; each
trim leaves the tokens exactly as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

DIRECTIVES = ("notes", "figures", "timeline", "callout", "columns", "column")
"""The container directives of the dialect (see docs/markdown-dialect.md)."""


def directive_name(info: str) -> str:
    """The directive a ``:::`` line opens, read as the container plugin reads a name."""
    return info.strip().split(" ", 2)[0]


def _is_directive(params: str, markup: str) -> bool:
    return directive_name(params) in DIRECTIVES


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The dialect's parser (built once per process)."""
    # "tasklists" at its default: the list rule asks for it on every item, and a missing key costs an exception.
    md = MarkdownIt("commonmark", {"html": False, "typographer": False, "tasklists": False})
    md.enable("table").use(front_matter_plugin).use(attrs_block_plugin)
    # One container rule for every directive: the block parser tries each rule on
    # each line, and one rule per name meant six tries of every line for a ':'.
    md.use(container_plugin, "directive", validate=_is_directive)
    # Raw HTML is off, so these rules never match; they only cost a call per line.
    md.disable(["html_block", "html_inline"])
    return md


class Node:
    """A node of the token stream as a tree: a lone token, or an open/close pair and what lies between.

    The same shape as markdown-it's ``SyntaxTreeNode`` for the attributes
    the converters read; built in one pass over the tokens, without the
    parent links and the validation the general class does for every node.
    """

    __slots__ = ("children", "token", "type")

    def __init__(self, token: Token, kind: str, children: list[Node]) -> None:
        self.token = token
        """The lone token, or the opening one of a pair (it holds the attributes)."""
        self.type = kind
        self.children = children

    @property
    def content(self) -> str:
        """The token's text."""
        return self.token.content

    @property
    def info(self) -> str:
        """What follows a fence or directive marker."""
        return self.token.info

    @property
    def attrs(self) -> dict[str, str | int | float]:
        """The token's attributes."""
        return self.token.attrs

    @property
    def tag(self) -> str:
        """The HTML tag the token stands for (``h2`` for a level-2 heading)."""
        return self.token.tag

    @property
    def map(self) -> list[int] | None:
        """The token's source lines, [first, past-last)."""
        return self.token.map


def tree(tokens: Sequence[Token]) -> list[Node]:
    """The token stream as a list of top-level nodes."""
    levels: list[list[Node]] = [[]]
    opened: list[Token] = []
    for token in tokens:
        if token.nesting == 1:
            opened.append(token)
            levels.append([])
        elif token.nesting == -1:
            opening = opened.pop()
            children = levels.pop()
            levels[-1].append(Node(opening, opening.type.removesuffix("_open"), children))
        else:
            levels[-1].append(Node(token, token.type, tree(token.children) if token.children else []))
    return levels[0]
