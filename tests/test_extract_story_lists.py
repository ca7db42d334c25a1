"""A list of the story's own lines (a label and a sum, one a line) is the story's: neither the page's tail nor a
run of links to other stories, through real extraction.  A run of other stories' titles after the story's last
sentence is still no part of it."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article

TAIL_LIST = ("Island unveils interim budget for early 2025\n\n"
             "Posted by Editor on December 5, 2024 - 2:34 pm\n\n"
             "The parliament was told by the deputy minister that the estimated expenditure for the first four "
             "months of 2025 is Rs. 2,600 billion.\n\n"
             "Key allocations in the interim budget include:\n\n"
             "• Ministry of Transport and Highways: Rs. 220.06 billion\n"
             "• Ministry of Health: Rs. 161.99 billion\n"
             "• Ministry of Defence: Rs. 142.95 billion\n")

LEAD_LIST = ("Half yearly results stated:\n"
             "First Half Pre-tax Profit £205M\n"
             "First Half Revenue £1.73B\n"
             "First Half Net Profit £165.7M\n"
             "Declares Special Dividend of £340M\n"
             "Sold 6,580 Homes at Average £253,000 each\n"
             "On Track to Meet Full Year Objectives, Medium Term Strategic Goals\n")

STORY = ("Port volumes rise again\n\n"
         "Container volumes at the port rose 6% in March from a year earlier, the port authority said on Monday.\n\n"
         "The authority expects 2.1 million containers this year, up from 1.9 million last year.\n\n"
         "It plans to widen the main channel next spring to take larger ships.\n\n"
         "Dredging will start in April, the authority said.\n\n"
         "Shipping line posts 40% jump in quarterly profit as rates stay high\n\n"
         "Dock workers accept 9% pay rise after two-week strike at northern terminal\n\n"
         "Airline orders 12 new jets in deal worth billions for long routes\n")


def _values(tmp_path: Path, text: str) -> set[float]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return {round(figure.value, 4) for figure in extract_article(path)[0].figures}


def test_a_list_closing_the_story_after_its_lead_gives_its_figures(tmp_path: Path) -> None:
    values = _values(tmp_path, TAIL_LIST)
    assert {220.06e9, 161.99e9, 142.95e9} <= values


def test_a_story_told_in_unpunctuated_lines_keeps_its_closing_lines(tmp_path: Path) -> None:
    values = _values(tmp_path, LEAD_LIST)
    assert {340e6, 6580, 253000} <= values


def test_a_run_of_other_stories_after_the_story_still_gives_no_figures(tmp_path: Path) -> None:
    values = _values(tmp_path, STORY)
    assert 6 in values and not {40, 9, 12} & values
