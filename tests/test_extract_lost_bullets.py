"""A list whose bullets the copy lost leaves a dot before each item (". the first 6 kl is free;"): the draft says
the item without the dot, opening on a capital; and a comment box's login prompt under the story is no key point.

Each case is a small made-up page (none copies a corpus page), read back through real extraction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import extracted

from briefkit.extract.boilerplate import is_furniture
from briefkit.extract.keypoints import unmarked

PAGE = ("Harbour fees rise on 1 March\n\n"
        "Harbour fees will rise on 1 March, the port authority said on Monday. The new scale follows a review "
        "of berth costs that took most of last year.\n\n"
        "For example:\n\n"
        ". the first 3 days of berthing stay free;\n\n"
        ".after 3 days, but before 10 days, each day will cost R120;\n\n"
        ".after 10 days each day will cost R260, and so on.\n\n"
        "The authority said the scale would bring in R4 million a year for dredging.\n\n"
        "You need to be Logged In to leave a comment.\n")


def test_items_of_a_list_that_lost_its_bullets_open_on_a_capital(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, PAGE)
    said = [brief.summary or "", *(p.text for p in brief.key_points)]
    assert not any(text.startswith(".") or ". ." in text or " .after" in text for text in said), said
    listed = [p.text for p in brief.key_points if "days" in p.text]
    assert listed and all(text[0].isupper() for text in listed), listed


def test_a_comment_box_login_prompt_is_no_key_point(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, PAGE)
    drafted = " ".join([brief.summary or "", *(p.text for p in brief.key_points), brief.background or ""])
    assert "Logged In" not in drafted


@pytest.mark.parametrize(("line", "furniture"), [
    ("You need to be Logged In to leave a comment.", True),
    ("You must be logged in to post a comment Login", True),
    ("Please log in to add a reply.", True),
    ("Residents must be logged in to the portal to pay their rates.", False),
])
def test_login_prompts_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(("text", "said"), [
    (".after 3 days each day costs R120;", "After 3 days each day costs R120;"),
    (". the first 3 days stay free;", "The first 3 days stay free;"),
    ("• Fares rise by 5%", "Fares rise by 5%"),
    (".NET developers earn more", ".NET developers earn more"),
    ("The port said so.", "The port said so."),
])
def test_unmarked_drops_the_mark_and_opens_on_a_capital(text: str, said: str) -> None:
    assert unmarked(text) == said
