"""A Chinese title led by its authors' names ("陈永杰 曹伟:从政府创新到…").

An essay's authors stand over it, in the title and on a line of their own; a title led by a name the story
speaks of in a sentence of its own gives what that person said ("马西迪:不提呈财案"), not its author.
"""

from __future__ import annotations

import re

from briefkit.readers import Article

_ZH_AUTHOR_TITLE = re.compile(r"^(?P<names>[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4}){0,4})\s*[:：]\s*"
                              r"(?P<title>\S.{5,})$")


def split_title(title: str, article: Article) -> tuple[str, list[str]] | None:
    """The title without its authors' names and those names, when the names also stand on a head line alone."""
    match = _ZH_AUTHOR_TITLE.match(title)
    names = match["names"].split() if match else []
    top = article.head + [b.text for b in article.blocks[:3] if b.is_heading]
    if match and any(line.split() == names for line in top) and not _spoken_of(names, article.text):
        return match["title"].strip(), names
    return None


def _spoken_of(names: list[str], text: str) -> bool:
    """Whether the text names one of ``names`` in a sentence of its own ("马西迪今日代表首长出席…"): then a title
    led by the name gives what that person said ("马西迪:不提呈财案"), not its author's name; an essay's authors
    stand only over it, in the title and on their own line (or as a tag)."""
    return any(name in line and line.split() != names and not _ZH_AUTHOR_TITLE.match(line)
               for line in map(str.strip, text.split("\n")) for name in names)
