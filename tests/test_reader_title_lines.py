"""Two Title Case lines in one group (a headline over its deck, or over a statement's label) stay two lines; a
paragraph hard-wrapped at an editor's width is still joined, and so is a photo's alt text over its caption."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article

HEADLINE_OVER_DECK = """Governor's Order Is Positive First Step Toward Property Tax Relief
Statement by Assemblyman Jon Doe (R-Springfield)

The Governor has issued an executive order which sets out measures to review the costs of mandates on towns.

"I am encouraged that something will finally get done," the assemblyman said on Tuesday in Albany.
"""

WRAPPED = """Council plans repairs

The council said on Monday that it will spend more on roads this year, after
a winter of storms damaged bridges and culverts across the county and left
several villages cut off for days at a time, officials said.
"""


def test_a_headline_over_its_statement_label_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(HEADLINE_OVER_DECK, encoding="utf-8")
    assert extract_article(path)[0].meta.title == "Governor's Order Is Positive First Step Toward Property Tax Relief"


def test_a_hard_wrapped_paragraph_is_still_one_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    brief = extract_article(path)[0]
    assert brief.meta.title == "Council plans repairs"
    assert "after a winter of storms" in brief.summary
