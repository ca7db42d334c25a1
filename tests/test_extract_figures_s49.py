"""Kinds of figure missed or made up on pages read unseen (batch j49- and earlier stops):

- a match report's result, "by a score of 40-17": each side's points (a score in passing, "evened the score at
  3-3", stays no figure);
- "a figure of 22, 422.": a thousands comma the copy spaced, one number;
- "just over 22 minutes in with …", "two years into his term": a point in time, no length;
- "Rs235.98" on a fuel-price page that names Pakistan only through its oil and gas regulator: the Pakistani rupee;
- "$17.7 million" on a mining page that names Canada through a ticker on its stock exchange ("TSX") and a
  province's abbreviation ("Val-d'Or, Que."): the Canadian dollar;
- "host to six confirmed exoplanets" after "270 light years": a count of exoplanets, not light years;
- "more than 2000 cases": a count of a year's size;
- no figure: "the top 10 best results" (a ranking's cut), "the 166-level" (a mine's level), "1 KIENA – WESDOME
  GOLD MINES" (a list entry's number heading a line in capitals);
- "144.10 MT" on a page that writes "290.25 million tonnes": million tonnes.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_figures


def _figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return drafted_figures(tmp_path, body)


def _values(tmp_path: Path, body: str) -> set[float]:
    return {value for value, _ in _figures(tmp_path, body)}


def test_a_match_reports_result_is_each_sides_points(tmp_path: Path) -> None:
    body = ("The home side levelled the score at 7-7 before the break. In front of a full stand the Harbour Hawks "
            "took their second win of the year, beating the Valley Rams by a score of 31-24.")
    found = _figures(tmp_path, body)
    assert {(31.0, "points"), (24.0, "points")} <= found
    assert 7.0 not in {value for value, _ in found}


def test_a_spaced_thousands_comma_is_one_number(tmp_path: Path) -> None:
    body = "Visitor numbers reached 18,312 in July, that's 2,406 more than last July's figure of 15, 906."
    values = _values(tmp_path, body)
    assert 15906.0 in values
    assert not {15.0, 906.0} & values


def test_minutes_into_a_match_are_no_length(tmp_path: Path) -> None:
    body = "The deadlock was broken just over 31 minutes in with the visitors kicking a penalty for 3 points."
    assert 31.0 not in _values(tmp_path, body)


def test_rupees_priced_by_pakistans_oil_regulator(tmp_path: Path) -> None:
    body = ("According to the Oil and Gas Regulatory Authority, the price of petrol has increased from Rs241.10 to "
            "Rs243.55 a litre, while kerosene fell by Rs3.20.")
    found = _figures(tmp_path, body)
    assert {(241.1, "PKR"), (243.55, "PKR"), (3.2, "PKR")} <= found


def test_a_canadian_miners_dollars(tmp_path: Path) -> None:
    body = ("Northfield Gold (TSX: NFG) said its mill at Rouyn-Noranda, Que., will restart next year. Gold traded "
            "at US$2,010 an ounce. The company has budgeted $12.3 million for drilling at the site this year.")
    assert (12300000.0, "CAD") in _figures(tmp_path, body)


def test_a_count_after_another_unit_keeps_its_noun(tmp_path: Path) -> None:
    body = ("The red dwarf, located about 120 light years from Earth, is host to five confirmed planets and "
            "a sixth candidate.")
    found = _figures(tmp_path, body)
    assert (5.0, "light years") not in found
    assert 5.0 in {value for value, _ in found}


def test_a_count_the_size_of_a_year(tmp_path: Path) -> None:
    body = "The first outbreak in the valley was reported in 2009, with more than 2000 cases in three months."
    assert 2000.0 in _values(tmp_path, body)


def test_a_rankings_cut_and_a_mines_level_are_no_figures(tmp_path: Path) -> None:
    body = ("Below are the top 10 best copper drill results of the year. The company is developing a drift at "
            "the 250-level to reach the deeper zone, and has drilled 12,000 metres so far.")
    values = _values(tmp_path, body)
    assert not {10.0, 250.0} & values
    assert 12000.0 in values


def test_a_numbered_heading_in_capitals_is_no_figure(tmp_path: Path) -> None:
    body = ("The best results so far this year are ranked below by grade.\n3 RED LAKE – NORTHFIELD GOLD\n"
            "The top hole came from the Red Lake mine. It returned 12.5 metres grading 40 grams gold per tonne.")
    assert 3.0 not in _values(tmp_path, body)


def test_mt_on_a_page_of_million_tonnes(tmp_path: Path) -> None:
    body = ("Total foodgrain production is estimated at a record 301.2 million tonnes this year. Wheat output is "
            "estimated at 112.4 MT, higher by 2.15 MT than last year.")
    found = _figures(tmp_path, body)
    assert {(112400000.0, "tonnes"), (2150000.0, "tonnes")} <= found
