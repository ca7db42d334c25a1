"""A list of the story's own the page reader left among the closing lines.

A plain-text reader takes the lines after the last paragraph of prose for the page's tail (editors, source,
disclaimers).  A story that ends on a list ("Key allocations in the interim budget include:" over "• Ministry of
Defence: Rs. 142.95 billion", one item a line) loses the list there: short, unpunctuated lines read like a
footer's.  A line that introduces a list with a colon, and items under it that each carry a number and a list's
shape (a bullet, or a label before a colon), are the story's: they are put back as body blocks.
"""

from __future__ import annotations

import re

from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.listmarks import BULLETS
from briefkit.readers.model import Block
from briefkit.readers.plaintext import FOOTER

__all__ = ["tail_list"]

_MIN_INTRO_WORDS = 3  # "Key allocations include:"; "Source:" or "Share:" is a footer's label, no list's lead
_MIN_ITEMS = 2
_MARKED = re.compile(rf"^\s*(?:[{BULLETS}*-]|\(?\d{{1,2}}[.)]\s)")
"""A bullet or a number mark opening a list's item."""
_LABELLED = re.compile(r"^[^:：]{3,120}[:：]\s*\S")
"""A label before a colon and its value: "Ministry of Defence: Rs. 142.95 billion"."""


def _introduces(line: str) -> bool:
    """A line ending on a colon with words enough to say what follows, and no footer's label."""
    line = line.strip()
    return line.endswith((":", "：")) and len(line.split()) >= _MIN_INTRO_WORDS and not FOOTER.match(line)


def _item(line: str) -> bool:
    """A list's line that states a fact: a bullet or a label before a colon, and a number (a sum, a share)."""
    if FOOTER.match(line) or is_boilerplate(line) or not re.search(r"\d", line):
        return False
    return bool(_MARKED.match(line) or _LABELLED.match(line))


def tail_list(blocks: list[Block], tail: list[str]) -> list[Block]:
    """The tail's opening lines that are the story's list: an introducing line (the tail's first, or the body's
    last block) and two or more items under it.  None where the tail opens otherwise."""
    at = 1 if tail and _introduces(tail[0]) else 0
    if at == 0 and not (blocks and _introduces(blocks[-1].text)):
        return []
    items: list[str] = []
    for line in tail[at:]:
        if not _item(line):
            break
        items.append(line)
    if len(items) < _MIN_ITEMS:
        return []
    return [Block(line) for line in [*tail[:at], *items]]
