"""Headings of topic blocks cut from a block's first sentence (issue 12): a phrase that can stand as a heading,
never one ending on "the", "whether" or "said she", never an aside or a quotation left open, never a sum split at
its thousands comma or a lone opening word."""

from __future__ import annotations

import pytest

from briefkit.extract.sections import opening_words


@pytest.mark.parametrize(("sentence", "heading"), [
    ("The failure renewed a debate about whether the city should pay for new drains.",
     "The failure renewed a debate"),
    ("An elderly Midrand resident (name withheld) said she had no water for days.",
     "An elderly Midrand resident (name withheld)"),
    ("Occasionally, someone will ask us to write about the columns.", "Occasionally, someone will ask us to write"),
    ("Sh200,000 was set aside for the annex.", "Sh200,000 was set aside for the annex"),
    ("The council met on Monday, and agreed the budget.", "The council met on Monday"),
    ("In front of a public gallery of about 60 people, the council voted.", "In front of a public gallery"),
])
def test_english_headings_end_on_a_phrase(sentence: str, heading: str) -> None:
    assert opening_words(sentence) == heading


def test_no_bracket_or_quotation_is_left_open() -> None:
    assert "(" not in opening_words("Reporting (by Stanley White and Tetsushi Kajimoto in Tokyo) was done.")
    assert "\u201c" not in opening_words("He added that \u201cafter three failed rainy seasons, harvests fell.\u201d")


def test_chinese_headings_take_the_first_clause_or_cut_between_words() -> None:
    assert opening_words("规上工业平稳增长，装备制造业增长较快。") == "规上工业平稳增长"
    assert opening_words("眼下，天津市的千余亩瓜蒌进入采收期。").startswith("眼下")
    assert len(opening_words("眼下，天津市的千余亩瓜蒌进入采收期。")) > 4
    long = opening_words("为了更加全面深入地剖析西安教育问题的成因和对策。")
    assert len(long) <= 16 and not long.endswith("问")
