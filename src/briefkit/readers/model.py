"""The :class:`Article`: what every reader hands to the extractor.

A reader knows formats and encodings, not meaning: it splits a file into the
lines before the body (``head``: title, date, byline), the body blocks and the
lines after it (``tail``: editors, source, disclaimers).  Deciding which head
line is the title or which tail line names the editors is the extractor's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Block:
    """A body block: a paragraph (``level`` 0) or a heading (``level`` 1–6)."""

    text: str
    level: int = 0

    @property
    def is_heading(self) -> bool:
        """True for a heading block."""
        return self.level > 0


@dataclass
class Article:
    """An article as read from a file, before any interpretation."""

    source_path: Path
    fmt: str
    blocks: list[Block]
    head: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    title: str | None = None
    meta: dict[str, str | list[str]] = field(default_factory=dict)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        """The body paragraphs, headings left out."""
        return [b.text for b in self.blocks if not b.is_heading]

    @property
    def text(self) -> str:
        """Every line of the article, head to tail, one block per line."""
        return "\n".join([*self.head, *(b.text for b in self.blocks), *self.tail])
