"""The benchmark corpus: the articles of a folder of benchmarks/articles, each with its gold file.

An article is ``NAME.txt``, ``.md``, ``.html`` or ``.docx`` with ``NAME.expected.yaml`` beside it (the
facts a careful reader finds in it); anything else there, such as the folder's README, is no article.
"""

from __future__ import annotations

from pathlib import Path

ARTICLES = Path(__file__).resolve().parent / "articles"
"""The development set; ``fresh/`` (never tuned on) and ``heldout/`` are folders inside it."""

SUFFIXES = (".txt", ".md", ".html", ".docx")


def articles_in(folder: Path = ARTICLES) -> list[Path]:
    """The articles of ``folder``, sorted by name (none when the folder does not exist yet)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.with_suffix(".expected.yaml").exists())
