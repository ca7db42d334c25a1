"""Kinds of figure the stop-44 helper fixed: "last" the verb giving how long something lasts ("the strike would last
six weeks"), a change's bare other end taking its sum's scale ("from $24 billion in 2022 to $27 in 2023"), a scale
in words carrying the sentence before's currency ("half a billion goes to schools"), a bracketed earlier value
keeping its row's label ("Quebec 7.6% (7.3%)"), a unit noun ending at a comparison or a low-quote comma, and the
numbers that are no figures: a phone number whose dialling code has a leading zero, a short year ("the '24
budget"), a version ("Industry 4.0") and an age in brackets after a person's noun ("a man (34)").

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _drafted(tmp_path: Path, body: str) -> list[tuple[float, str | None, str]]:
    return [(round(f.value, 4), f.unit, f.label) for f in drafted(tmp_path, HEAD + body + "\n").figures]


def _figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return {(value, unit) for value, unit, _ in _drafted(tmp_path, body)}


@pytest.mark.parametrize(("body", "value", "unit"), [
    ("The strike would last 6 weeks, the union said.", 6.0, "weeks"),
    ("The strike would last six weeks, the union said.", 6.0, "weeks"),
    ("The works are expected to last 18 months, the council said.", 18.0, "months"),
])
def test_last_the_verb_gives_a_length(tmp_path: Path, body: str, value: float, unit: str) -> None:
    found = _drafted(tmp_path, body)
    assert (value, unit) in {(v, u) for v, u, _ in found}
    assert any("last" in label for _, _, label in found)  # what lasts that long, not "Strike last: weeks"


def test_the_last_weeks_stay_a_period(tmp_path: Path) -> None:
    assert (6.0, "weeks") not in _figures(tmp_path, "Sales rose 5% in the last 6 weeks, the retailer said.")


@pytest.mark.parametrize(("body", "expected"), [
    ("The deficit widened from $24 billion in 2022 to $27 in 2023.", {(24e9, "USD"), (27e9, "USD")}),
    ("Exports rose from $24 billion last year to $27 this year, the ministry said.", {(27e9, "USD")}),
    ("The firm's revenue rose to $4.1 billion in 2023, up from $3.9 in 2022.", {(3.9e9, "USD")}),
    ("Sales were £2 billion against £1.8 last year, the retailer said.", {(1.8e9, "GBP")}),
])
def test_a_changes_bare_end_takes_the_scale(tmp_path: Path, body: str, expected: set[tuple[float, str]]) -> None:
    assert expected <= _figures(tmp_path, body)


@pytest.mark.parametrize(("body", "value"), [
    ("Profit was $4.1 billion, or $1.20 a share, up from $1.10.", 1.1),
    ("The $5 billion plan gives workers $15 an hour, up from $12 an hour.", 12.0),
])
def test_a_price_keeps_its_value(tmp_path: Path, body: str, value: float) -> None:
    assert (value, "USD") in _figures(tmp_path, body)


def test_a_scale_in_words_carries_the_currency(tmp_path: Path) -> None:
    found = _figures(tmp_path, "The budget rests on a surplus topping $5 billion. More than half a billion goes "
                               "to K-12 schools, and a proposal was dropped.")
    assert (5e8, "USD") in found


def test_a_bracketed_earlier_value_keeps_its_rows_label(tmp_path: Path) -> None:
    found = _drafted(tmp_path, "Canada's unemployment rate fell in April, Statistics Canada said on Friday.\n\n"
                               "Unemployment rates by province, April (March):\nNova Scotia 7.9% (8.3%)\n"
                               "Quebec 7.6% (7.3%)\nOntario 6.3% (6.4%)\n\nThe agency said the labour market "
                               "was resilient.")
    labels = {value: label for value, _, label in found}
    assert labels[7.3] == labels[7.6] == "Quebec"
    assert labels[6.4] == "Ontario"


@pytest.mark.parametrize(("body", "unit"), [
    ("Production was about 1.4-million tons\u201a almost 23% less than the previous season.", "tons"),
    ("Farmers harvested 300 kg more per hectare this year.", "kg"),
    ("Police arrested 23 people after the match in the city.", "people"),
])
def test_a_unit_noun_ends_at_a_comparison(tmp_path: Path, body: str, unit: str) -> None:
    found = _drafted(tmp_path, body)
    assert found[0][1] == unit


@pytest.mark.parametrize(("body", "value"), [
    ("For more information call 0800 123 456 or 01632 960 123 before Friday.", 960123.0),
    ("Revenue grew in FY24, while the '24 budget was cut by the council.", 24.0),
    ("The plan covers Industry 4.0 and Web 3.0 projects across the region.", 4.0),
    ("A man (34) from Leeds was charged after the crash, police said.", 34.0),
])
def test_no_figure(tmp_path: Path, body: str, value: float) -> None:
    assert value not in {v for v, _ in _figures(tmp_path, body)}


def test_a_tables_row_named_by_a_word_stays_a_figure(tmp_path: Path) -> None:
    found = _figures(tmp_path, "Prices by group, %: TOTAL 3.4 Food 5.7 Housing 2.1 Transport 5.0 Health 1.1")
    assert 5.0 in {value for value, _ in found}
