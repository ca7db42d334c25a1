"""A drafted brief's key-figure tiles (deck) and key-figures table (note) show numbers printed as numbers.

A figure the article spells in words ("half a billion dollars", "five percent", "almost half") is a phrase the
sentence says better: on a tile it reads as a caption where the eye looks for a number.  The products leave it
out (the draft keeps it, for the Word summary's full table and a reviewer), and a draft whose figures are all in
words shows no tile rather than a tile of words.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import drafted

from briefkit.content import Brief
from briefkit.document import nodes as n
from briefkit.packs import find_pack
from briefkit.render import document_for

MIXED = """State budget sends more money to schools

The state budget sends half a billion dollars to schools, and lawmakers said the economy grows five percent a year.

The plan costs $12 million, and the council said spending on park repairs rises 8% next year.

Council members said the plan adds 40 new benches to the city's parks.
"""
WORDS_ONLY = """State budget sends more money to schools

The state budget sends half a billion dollars to schools, and lawmakers said the economy grows five percent a year.

Lawmakers said almost half of the money goes to teachers' pay in the coming year.
"""
_DIGIT = re.compile(r"\d")


def _shown(brief: Brief, product: str) -> list[str]:
    """The numbers a product's tiles (slides) or key-figures table (note) print."""
    doc = document_for(brief, find_pack(product, None), "draft", None)
    shown: list[str] = []
    for block in doc.blocks:
        if isinstance(block, n.Figures):
            shown += [tile.value for tile in block.items]
        elif isinstance(block, n.Table) and len(block.header) == 2:
            shown += [n.plain_text(row[0]) for row in block.rows]
    return shown


def test_a_drafted_article_shows_its_figures_in_digits_not_in_words(tmp_path: Path) -> None:
    brief = drafted(tmp_path, MIXED)
    displays = [f.display or "" for f in brief.figures]
    assert any(not _DIGIT.search(d) for d in displays), displays  # the draft keeps the figures in words
    for product in ("slides", "note"):
        shown = _shown(brief, product)
        assert shown, product
        assert all(_DIGIT.search(value) for value in shown), (product, shown)
        assert "$12 million" in shown and "8%" in shown


def test_a_draft_with_figures_only_in_words_shows_no_tile(tmp_path: Path) -> None:
    brief = drafted(tmp_path, WORDS_ONLY)
    assert brief.figures and not any(_DIGIT.search(f.display or "") for f in brief.figures)
    for product in ("slides", "note"):
        assert _shown(brief, product) == [], product
