"""Kinds of figure miss on pages from many countries (issue 12, stop 28): local currencies and their
written forms, short scales glued to the digits, a dollar conversion in wire copy, lengths of time that say
how early something happens, and numbers that name rather than count.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _figures(tmp_path: Path, body: str) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return [(round(f.value, 6), f.unit) for f in brief.figures]


@pytest.mark.parametrize(("body", "figure"), [
    # "B" glued to the digits or after a space is billions where a currency sign stands before the sum
    ("The health ministry gets Ksh 412B in the plan tabled by the Treasury on Thursday.", (412e9, "KES")),
    ("The ports authority gets Ksh 61.5 B for new berths, the budget statement shows.", (61.5e9, "KES")),
    ("The start-up was valued at $7B after the funding round closed in March.", (7e9, "USD")),
])
def test_a_glued_b_after_a_currency_is_billions(tmp_path: Path, body: str, figure: tuple[float, str]) -> None:
    assert figure in _figures(tmp_path, body)


@pytest.mark.parametrize(("body", "figure"), [
    ("The regulator approved GHC 4.2 billion for the power utility's new grid lines.", (4.2e9, "GHS")),
    ("Cocoa farmers will be paid Ghc 1,300 per bag this season, the board announced.", (1300.0, "GHS")),
])
def test_ghanaian_cedi_codes_are_the_cedi(tmp_path: Path, body: str, figure: tuple[float, str]) -> None:
    # "GHC" and "Ghc" (the cedi's code before its 2007 redenomination) as Ghanaian pages still write it
    assert figure in _figures(tmp_path, body)


@pytest.mark.parametrize(("body", "figure"), [
    ("The lender said profit rose to 8.15 billion South African rand in the half-year.", (8.15e9, "ZAR")),
    ("The carrier reported revenue of 212 billion Nigerian naira for the year to December.", (212e9, "NGN")),
    ("The miner's costs came to 640 million Ghanaian cedis, the company said.", (640e6, "GHS")),
    ("The retailer's sales reached 3.9 trillion Japanese yen, beating forecasts.", (3.9e12, "JPY")),
])
def test_a_countrys_adjective_names_its_currency(tmp_path: Path, body: str, figure: tuple[float, str]) -> None:
    # "South African rand" is the rand's ISO code, not a unit called "South African rand"
    assert figure in _figures(tmp_path, body)


@pytest.mark.parametrize(("body", "figure"), [
    ("Garment exports reached Tk. 41,200 crore in the year to June, the bureau said.", (41200e7, "BDT")),
    ("The state set aside Rs. 2,750 crore for rural roads in the revised estimates.", (2750e7, "INR")),
])
def test_an_abbreviated_currency_sign_keeps_its_sum(tmp_path: Path, body: str, figure: tuple[float, str]) -> None:
    # "Rs." and "Tk." end no sentence before digits: the sign stays with its sum
    assert figure in _figures(tmp_path, body)


@pytest.mark.parametrize(("body", "value"), [
    ("The gallery said it welcomed 1.37m visitors last year, a record for the city.", 1.37e6),
    ("Some 3.6m people are waiting for routine treatment, the latest figures show.", 3.6e6),
    ("The scheme reached 1.2m UK households in its first winter, the department said.", 1.2e6),
])
def test_a_glued_m_before_a_counted_noun_is_millions(tmp_path: Path, body: str, value: float) -> None:
    # … while "the 400m hurdles" and "a 5m wall" stay lengths (no count of hurdles or walls in millions)
    found = [v for v, _ in _figures(tmp_path, body + " Its star ran the 400m hurdles beside a 5m wall.")]
    assert value in found
    assert 400e6 not in found and 5e6 not in found


def test_a_one_letter_sign_after_to_takes_the_sentences_strong_sum(tmp_path: Path) -> None:
    body = "Diesel will rise by R1.35 a litre to R24 from Wednesday, the energy department said."
    assert (24.0, "ZAR") in _figures(tmp_path, body)


def test_a_sign_before_glued_cents_says_the_currency(tmp_path: Path) -> None:
    # "R19.42c/l" is a misprint for rands a litre: the sign before the digits wins over the glued "c"
    body = "The price of petrol reached R19.42c/l in Gauteng, the highest since the rand weakened."
    assert (19.42, "ZAR") in _figures(tmp_path, body)


def test_an_exchange_rate_per_dollar_is_a_sum(tmp_path: Path) -> None:
    body = "The rand averaged R17.36/$ over the review period, the energy department said."
    assert (17.36, "ZAR") in _figures(tmp_path, body)


def test_a_dollar_conversion_in_wire_copy_is_us_dollars(tmp_path: Path) -> None:
    # wire copy converts a local sum into US dollars for readers abroad: a page that names another dollar
    # country (here in passing) does not make the converted dollars that country's
    body = ("SEOUL (Reuters) - The country's current account surplus narrowed to 5.2 trillion won ($3.91 billion)"
            " in June, central bank data showed on Friday, as shipments of coal from Australia rose.")
    assert (3.91e9, "USD") in _figures(tmp_path, body)


@pytest.mark.parametrize("body", [
    "The budget will be tabled three weeks in advance so that members can debate it before the recess.",
    "The new terminal opened two years ahead of schedule, the airport operator said on Monday.",
    "The bridge was finished four months early thanks to a mild winter, engineers said.",
])
def test_how_early_something_happens_is_no_length_of_time(tmp_path: Path, body: str) -> None:
    # a point in time, as "two years later" is (the corpus convention on lengths of time)
    assert not _figures(tmp_path, body)


def test_a_code_is_no_count(tmp_path: Path) -> None:
    body = "The brewer, listed under stock code 600132 in Shanghai, said sales were steady in the quarter."
    assert 600132.0 not in [v for v, _ in _figures(tmp_path, body)]


@pytest.mark.parametrize(("body", "figure"), [
    ("Over the cycle the central bank has cut its rate by a cumulative three and a half points, economists said.",
     (3.5, "percentage points")),
    ("The easing added up to one and a quarter percentage points over the year, the bank said.",
     (1.25, "percentage points")),
])
def test_a_whole_and_a_fraction_of_points_is_percentage_points(tmp_path: Path, body: str,
                                                               figure: tuple[float, str]) -> None:
    assert figure in _figures(tmp_path, body)


def test_a_policy_rate_moved_by_tens_of_points_moves_by_basis_points(tmp_path: Path) -> None:
    # a policy rate never moves 50 percentage points: "50 points" there is basis points, half a point
    body = "The central bank raised its benchmark interest rate 50 points at an emergency meeting on Friday."
    assert (0.5, "percentage points") in _figures(tmp_path, body)


def test_the_part_of_a_counted_whole_is_a_count(tmp_path: Path) -> None:
    # "six of the council's nine members" counts members twice, as "6 of the 9 members" would
    body = "The plan was backed by six of the council's nine elected members at Tuesday's meeting."
    values = [v for v, _ in _figures(tmp_path, body)]
    assert 6.0 in values and 9.0 in values


def _labels(tmp_path: Path, body: str) -> dict[float, str]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return {round(f.value, 6): f.label for f in brief.figures}


def test_a_lone_verb_is_no_label(tmp_path: Path) -> None:
    # "Placed" is what is left of "the rate was placed at": the clause says what the number measures
    labels = _labels(tmp_path, "After the latest cut, the rate was placed at 8.25 percent, and analysts expect "
                               "another move in March.")
    assert labels[8.25] != "Placed" and "rate" in labels[8.25].lower()


@pytest.mark.parametrize(("body", "value", "words"), [
    ("The county expects to raise Sh12.4 billion, Sh12.4 billion against a planned expenditure of Sh13.1 billion.",
     13.1e9, "planned expenditure"),
    ("The county expects to raise Ksh 8.2 billion against a planned expenditure of Ksh 9.6 billion this year.",
     9.6e9, "planned expenditure"),
])
def test_a_label_holds_no_number_and_no_lone_sign(tmp_path: Path, body: str, value: float, words: str) -> None:
    # another sum's words ("Sh12.4 billion against …") or a currency's sign alone ("Ksh") name no measure
    label = _labels(tmp_path, body)[value]
    assert not any(c.isdigit() for c in label) and words in label.lower()


def test_the_parts_of_a_named_ratio_are_figures(tmp_path: Path) -> None:
    # a statistics communiqué's structure of the three industries: each part a figure, one measure; a time of day
    # with its colon stays no figure
    brief = drafted(tmp_path, HEAD + "全年地区生产总值增长4.1%。三次产业结构比为18.6:35.2:46.2,第三产业比重提高。"
                                     "发布会于8:30开始。\n")
    parts = [f for f in brief.figures if f.value in {18.6, 35.2, 46.2}]
    assert len(parts) == 3 and len({f.label for f in parts}) == 1
    assert not {f.value for f in brief.figures} & {8.0, 30.0}


def test_one_label_names_one_measure_on_a_page(tmp_path: Path) -> None:
    # the same measure at two times, in two sentences: each label says which time, in the article's words
    body = ("The trade surplus rose to $12.4 billion in March, customs data showed on Friday.\n\n"
            "Exports rose on the back of strong demand for chips, the agency said.\n\n"
            "The trade surplus rose to $40.1 billion in the first quarter, the agency said.")
    labels = _labels(tmp_path, body)
    assert labels[12.4e9] != labels[40.1e9]
    assert "March" in labels[12.4e9] and "first quarter" in labels[40.1e9]


def test_a_headline_figure_the_body_does_not_round_to_is_its_own(tmp_path: Path) -> None:
    # "Almost 70%" in the headline is no rounding of the body's 68%: a second fact; "$4.3M" is the body's
    # "$4,315,000" rounded, the same fact once
    brief = drafted(tmp_path, "Almost 70% of councils fear cuts as $4.3M fund closes\n\n"
                              "A survey found that 68% of councils in the region expect to cut services next year, "
                              "after the state closed its $4,315,000 support fund, officials said.\n")
    values = sorted(f.value for f in brief.figures)
    assert 70.0 in values and 68.0 in values
    assert 4.3e6 not in values and 4315000.0 in values
