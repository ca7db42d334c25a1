"""Kinds of figure miss that recur across batches written on different sites (issue 12, the blind set's gap):
counts written as words, link texts of other stories after the story, a currency the page's country names, a
percentage before a colon, and the drafted labels of Chinese figures.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _figures(tmp_path: Path, body: str) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return [(f.value, f.unit) for f in brief.figures]


def _values(tmp_path: Path, body: str) -> set[float]:
    return {value for value, _ in _figures(tmp_path, body)}


@pytest.mark.parametrize(("body", "value"), [
    ("Deputies made another seven arrests at the weekend, the sheriff's office said in a statement.", 7),
    ("Officers closed fifteen warrants during the operation, which ran across the county.", 15),
    ("Eight hospital researchers joined the project, which the university funds for a year.", 8),
    ("The regulator sent its objections to two energy suppliers and a consultancy on Tuesday.", 2),
    ("Voters in four states will decide on higher wages in November, organisers said.", 4),
    ("The council plans to merge three rural districts before the next election, officials said.", 3),
])
def test_a_count_in_words_before_its_noun_is_a_figure(tmp_path: Path, body: str, value: float) -> None:
    # "seven arrests" counts arrests as "7 arrests" does: the same figure, written out
    assert (float(value), None) in [(v, None) for v, _ in _figures(tmp_path, body)]


@pytest.mark.parametrize(("body", "absent"), [
    # a set the story already named, a frequency, a vague pair, a figure of speech, a rank's set
    ("Trade between the two countries rose by 12% last year, the ministry said.", 2),
    ("The committee meets every two weeks and reported a surplus of $4 million.", 2),
    ("One or two people complained, but sales rose by 8% in March, the firm said.", 2),
    ("There are three reasons for the 5% fall in sales, the chief executive said.", 3),
    ("Exports to its top three trading partners rose by 9% in May, the ministry said.", 3),
])
def test_count_words_that_count_nothing_new_are_no_figures(tmp_path: Path, body: str, absent: float) -> None:
    assert float(absent) not in _values(tmp_path, body)


def test_link_texts_after_the_story_give_no_figures(tmp_path: Path) -> None:
    # a box of other stories the page kept without its heading: one line each, no closing full stop
    body = ("The city council approved a budget of $12.5 million on Monday, officials said.\n\n"
            "Property taxes will rise by 2.4% for the average homeowner, the mayor said.\n\n"
            "Water rates will go up by 3% from July, the council said.\n\n"
            "Flooding closes 14 roads across the north of the state\n\n"
            "Police arrest 23 people after a protest outside parliament\n\n"
            "A senior official faces an inquiry over 400 missing files…\n\n"
            "Storm cuts power to 9,000 homes across the valley\n")
    values = _values(tmp_path, body)
    assert {12.5e6, 2.4, 3.0} <= values
    assert not values & {14.0, 23.0, 400.0, 9000.0}


def test_a_list_without_marks_after_the_story_keeps_its_figures(tmp_path: Path) -> None:
    # the items of a budget's list open on their figures: the story's own, however unpunctuated
    body = ("The council approved its budget on Monday. It includes the following items.\n\n"
            "The plan was agreed after three hearings, the mayor said.\n\n"
            "$220,000 for building maintenance\n\n"
            "$1.3 million for equipment replacement\n\n"
            "10% increase for the medical insurance fund\n\n"
            "The budget takes effect on July 1, the city manager said.\n")
    assert {220000.0, 1.3e6, 10.0} <= _values(tmp_path, body)


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Finance Minister Ann Bell defended the plan on Friday. Spending rises by 4% next year.\n\n"
     "More to follow...\n\nCourt gives Khan two weeks to appear before the bench\n\n"
     "Police seize 40 kilograms of drugs at the port\n", 4.0, {2.0, 40.0}),
    ("Fuel prices rise by 5% on Wednesday, the energy fund said. Diesel rises by 3%.\n\n"
     "In other news – Singer claims to have been single for over 4 years\n", 5.0, {4.0}),
])
def test_what_follows_the_story_s_end_is_another_story(tmp_path: Path, body: str, present: float,
                                                        absent: set[float]) -> None:
    values = _values(tmp_path, body)
    assert present in values
    assert not values & absent
