"""A sentence a copied page broke across two paragraphs (a long line stopping on "the", "of" or a comma, then a
line going on in small letters) is one paragraph again; a headline or byline over a small-lettered date line
stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.readers import read_article

BROKEN = """Hospital waits grow

More than a million people are still waiting for hospital care in the region, despite funding of £2billion from the

taxpayer last year and a further £1.5billion this year.

Officials said the backlog had grown for the third month in a row.
"""


def _paragraphs(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    return [*article.head, *(block.text for block in article.blocks), *article.tail]


def test_a_sentence_broken_across_paragraphs_is_joined(tmp_path: Path) -> None:
    paragraphs = _paragraphs(tmp_path, BROKEN)
    assert any(p.endswith("from the taxpayer last year and a further £1.5billion this year.") for p in paragraphs)
    assert not any(p.startswith("taxpayer") for p in paragraphs)


@pytest.mark.parametrize("second", ["updated two hours ago", "read more about the plan."])
def test_a_line_ending_on_a_word_is_not_joined_to_the_next(tmp_path: Path, second: str) -> None:
    text = ("Council Approves Long Awaited Plan To Repair Every Bridge In County\n\n"
            f"{second}\n\n"
            "The council approved a plan on Monday to repair every bridge in the county by 2030, officials said.\n")
    units = _paragraphs(tmp_path, text)
    assert not any("County " + second in p for p in units)
    assert second in units


def test_a_short_line_is_not_joined(tmp_path: Path) -> None:
    text = ("Notes for the\n\nreader of this page\n\n"
            "The council approved a plan on Monday to repair every bridge in the county by 2030, officials said.\n")
    assert not any("Notes for the reader" in p for p in _paragraphs(tmp_path, text))
