"""A box of other stories under a "More like this" heading gives the story no figures, through real extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article
from briefkit.extract.teasers import is_teaser_heading

STORY = ("Port volumes rise again\n\n"
         "Container volumes at the port rose 6% in March from a year earlier, the port authority said on Monday.\n\n"
         "The authority expects 2.1 million containers this year.\n\n")
BOX = ("{heading}\n\n"
       "Shipping line posts 40% jump in quarterly profit as freight rates stay high.\n\n"
       "Dock workers accept 9% pay rise after two-week strike.\n")


@pytest.mark.parametrize("heading", ["More like this", "MORE LIKE THIS:", "More on this story"])
def test_the_heading_opens_a_box_of_other_stories(heading: str) -> None:
    assert is_teaser_heading(heading)


def test_the_box_gives_no_figures(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY + BOX.format(heading="More like this"), encoding="utf-8")
    values = {figure.value for figure in extract_article(path)[0].figures}
    assert 6 in values and 40 not in values and 9 not in values


def test_a_heading_of_the_story_is_no_teaser_heading() -> None:
    assert not is_teaser_heading("More investment like this is needed")


def test_the_box_runs_on_under_the_teasers_own_titles(tmp_path: Path) -> None:
    box = ("More like this\n\n"
           "Shipping line posts 40% jump in quarterly profit.\n\n"
           "Dock workers accept pay rise after long strike\n\n"
           "The union said its members won a 9% rise over two years.\n")
    path = tmp_path / "story.txt"
    path.write_text(STORY + box, encoding="utf-8")
    values = {figure.value for figure in extract_article(path)[0].figures}
    assert 6 in values and 40 not in values and 9 not in values


EMPTY_BOX = ("More like this\n\n"
             "Weekly price index declined by 0.8%\n\n"
             "The weekly price index declined by 0.8% during the week ended on February 15,...\n\n"
             "Trade deficit narrowed by 24% in January\n\n"
             "According to the statistics office, the trade deficit shrank by 24% to $1.9 billion...\n")


def test_a_box_whose_own_heading_has_no_sentence_gives_no_point_summary_or_theme(tmp_path: Path) -> None:
    """The box's heading ("More like this") stands over the teasers' titles, each a heading over its dek: the
    sentences never name it, yet the teasers are no part of the story."""
    path = tmp_path / "story.txt"
    path.write_text(STORY + "The port plans a new berth for larger ships next year, its chief executive said.\n\n"
                    + EMPTY_BOX, encoding="utf-8")
    brief = extract_article(path)[0]
    said = " ".join([brief.summary, *(p.text for p in brief.key_points), *brief.background,
                     *(s.heading for s in brief.sections), *(p for s in brief.sections for p in s.paragraphs)])
    assert "Container volumes" in said
    assert "price index" not in said and "trade deficit" not in said.lower()
