"""People a page names in its furniture who did not write the story, through real extraction.

Small made-up pages: the writers of other stories listed at the page's foot (under a "More stories"
heading, or a byline under another story's headline), a picture credit closing the page, and a
role with its beat under the writer's name ("City Hall Reporter"), which names no second writer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import extracted

HEAD = "Council passes budget after long debate\n\nBy Maria Lopez\nMarch 5, 2024\n\n"
BODY = ("The council approved a new budget on Tuesday after weeks of debate over road repairs and school funding.\n\n"
        "Officials said the plan raises spending by 4 percent and keeps taxes flat for homeowners next year.\n")


@pytest.mark.parametrize("foot", [
    "More stories\nSchool board weighs later start times\nBy John Smith\n",
    "Related\nSchool board weighs later start times\nJohn Smith 3 hours ago\n",
    "School board weighs later start times\nJohn Smith | March 4, 2024\n",
])
def test_the_writer_of_a_story_listed_at_the_foot_is_not_this_storys(tmp_path: Path, foot: str) -> None:
    brief, _ = extracted(tmp_path, HEAD + BODY + "\n" + foot)
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_picture_credit_closing_the_page_names_no_writer(tmp_path: Path) -> None:
    page = ("Council passes budget after long debate\n\nMarch 5, 2024\n\n" + BODY
            + "\nJohn Smith / Valley Times file photo\n")
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == []


def test_a_role_with_its_beat_under_the_name_is_no_second_writer(tmp_path: Path) -> None:
    page = "Council passes budget after long debate\n\nMaria Lopez\nCity Hall Reporter\nMarch 5, 2024\n\n" + BODY
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == ["Maria Lopez"]


def test_a_name_under_the_title_that_the_body_quotes_is_a_source(tmp_path: Path) -> None:
    page = ("Council passes budget after long debate\n\nMayor Tom Richards\nMarch 5, 2024\n\n" + BODY
            + "\n\"This is a budget for working families,\" Richards said after the vote.\n")
    brief, _ = extracted(tmp_path, page)
    assert brief.meta.authors == []
