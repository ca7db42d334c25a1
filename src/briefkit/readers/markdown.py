"""Markdown articles, with or without YAML front matter.

Front matter keys (title, date, author(s), source, editors…) become the
article's declared metadata, web clippers' own keys mapped onto them
(:mod:`briefkit.readers.clipmeta`); ``#`` headings become heading blocks and
the first level-one heading is the title when the front matter has none.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from briefkit.errors import BriefkitError
from briefkit.readers.clipmeta import address_line, normalise
from briefkit.readers.model import Article, Block
from briefkit.readers.plaintext import FOOTER, is_prose
from briefkit.yamlio import display_path

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_INLINE = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _front_matter(text: str, path: Path) -> tuple[dict[str, str | list[str]], str]:
    """Split off and parse front matter; plain values only."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data: Any = YAML(typ="safe", pure=True).load(match.group(1))
    except YAMLError as exc:
        raise BriefkitError(f"{display_path(path)}: invalid front matter: {str(exc).splitlines()[0]}") from None
    meta: dict[str, str | list[str]] = {}
    for key, value in (data or {}).items() if isinstance(data, dict) else ():
        if isinstance(value, list):
            meta[str(key).lower()] = [str(v) for v in value]
        elif value is not None:
            meta[str(key).lower()] = str(value)
    return meta, text[match.end():]


def plain(text: str) -> str:
    """Inline Markdown reduced to its text."""
    text = _LINK.sub(r"\1", text)
    return _INLINE.sub(r"\2", text).replace("\\", "")


def _blocks(body: str) -> list[Block]:
    """Headings and paragraphs via markdown-it-py tokens."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[Block] = []
    level = 0
    for token in tokens:
        if token.type == "heading_open":
            level = int(token.tag[1])
        elif token.type == "inline" and token.content.strip():
            blocks.append(Block(" ".join(plain(token.content).split()), level))
            level = 0
    return blocks


def read_markdown(text: str, path: Path, encoding: str) -> Article:
    """An :class:`Article` from Markdown."""
    meta, body = _front_matter(text, path)
    meta = normalise(meta)
    if "url" not in meta:
        address, lines = address_line(body.split("\n"))
        if address is not None:
            meta["url"], body = address, "\n".join(lines)
    blocks = _blocks(body)
    title = str(meta["title"]) if "title" in meta else None
    if blocks and blocks[0].level == 1 and (title is None or plain(title) == blocks[0].text):
        title = blocks.pop(0).text
    head: list[str] = []
    while blocks and not blocks[0].is_heading and not is_prose(blocks[0].text) and len(blocks) > 1:
        head.append(blocks.pop(0).text)
    tail: list[str] = []
    while blocks and (FOOTER.match(blocks[-1].text) or not is_prose(blocks[-1].text)) and len(blocks) > 1:
        tail.insert(0, blocks.pop().text)
    return Article(source_path=path, fmt="markdown", blocks=blocks, head=head, tail=tail, title=title,
                   meta=meta, encoding=encoding)
