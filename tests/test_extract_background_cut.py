"""The background never opens a paragraph on half a sentence: a copy that lost a paragraph's subject ("has given
assurances that …" after a finished sentence) leaves that sentence out, while a sentence the page broke over two
lines ("… since the federal" / "government refused …") is kept whole."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

_LOST = ("Government looks at raising the minimum wage\n\n"
         "has given assurances that the minimum wage will increase, saying nothing about the size of the rise.\n\n"
         "\"Sure, employers' associations mostly support our proposal,\" the labour minister told reporters.\n\n"
         "Unions have asked for a rise of 10 percent from January, while employers want 5 percent.\n\n"
         "The minister said talks with both sides would continue in the coming weeks before any decision.\n\n"
         "The current minimum wage was last raised two years ago, after a long dispute.\n")


def test_a_paragraph_that_lost_its_subject_is_no_background(tmp_path: Path) -> None:
    brief = extracted(tmp_path, _LOST)[0]
    printed = " ".join([brief.summary or "", *brief.background, *(p.text for p in brief.key_points)])
    assert "has given assurances" not in " ".join(brief.background)
    assert all(not para[:1].islower() for para in brief.background)
    assert "last raised two years ago" in printed


def test_a_sentence_broken_over_two_lines_stays_whole(tmp_path: Path) -> None:
    text = ("Hospitals ask for more money\n\n"
            "The health minister said on Monday that hospitals would need extra funding this winter, but the federal\n"
            "government refused the request and said the money was already there.\n\n"
            "Doctors warned that wards were already full and that waiting times would grow.\n\n"
            "The opposition said the government had pretended for months that everything was fine.\n\n"
            "A decision on the budget is expected in March, after the state election.\n")
    brief = extracted(tmp_path, text)[0]
    printed = " ".join([brief.summary or "", *brief.background, *(p.text for p in brief.key_points)])
    assert "but the federal." not in printed
    assert "government refused the request" in printed
