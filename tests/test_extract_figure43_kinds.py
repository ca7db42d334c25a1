"""Kinds of figures unseen pages showed (the a36-a42 batches): a currency's hundredth other than a cent ("84 paisa",
"20 centavos"), bare "pounds" in a sentence that names a country's pound, a scale joined to the pound as an adjective
("a 180 billion-pound package"), a change's bare second end after a percent ("from 22 per cent to 35"), halves in a
compound ("half-price", "a 50-50 share"), a sum whose scale the writer left off at the sentence's end ("a surplus
of RO1.146."), a Chinese rank's top places ("排在前10的省份") and a dateline in capitals as a country's cue.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract.localmoney import local_currency
from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return {(round(f.value, 4), f.unit) for f in drafted(tmp_path, HEAD + body + "\n").figures}


@pytest.mark.parametrize(("body", "value", "unit"), [
    ("The regulator in Karachi approved a 72 paisa per unit rise in the tariff, officials in Pakistan said.",
     0.72, "PKR"),
    ("Rice in Manila and across the Philippines fell by 30 centavos per kilo in March.", 0.3, "PHP"),
    ("Bread now costs 35 piastres more in Cairo, Egypt's supply ministry said.", 0.35, "EGP"),
])
def test_hundredths_are_the_main_currency(tmp_path: Path, body: str, value: float, unit: str) -> None:
    assert (value, unit) in _figures(tmp_path, body)


def test_bare_pounds_after_a_named_pound_are_that_pound(tmp_path: Path) -> None:
    found = _figures(tmp_path, "A loaf costs 4.50 Egyptian pounds in Cairo, up from 3 pounds, and a litre of milk "
                               "is now 20 pounds.")
    assert {(4.5, "EGP"), (3.0, "EGP"), (20.0, "EGP")} <= found


def test_pounds_converted_into_dollars_are_money(tmp_path: Path) -> None:
    assert (900.0, "EGP") in _figures(tmp_path, "In Egypt the grant rose to 900 pounds ($29) a month.")


def test_weighed_pounds_stay_a_weight(tmp_path: Path) -> None:
    assert (12.0, "lb") in _figures(tmp_path, "The turkey that won the fair weighed 12 pounds.")


def test_scale_joined_to_the_pound(tmp_path: Path) -> None:
    found = _figures(tmp_path, "Egypt announced a 95 billion-pound support plan for households in Cairo and Giza.")
    assert (95e9, "EGP") in found


def test_second_end_of_a_change_takes_the_percent(tmp_path: Path) -> None:
    found = _figures(tmp_path, "The premiers want Ottawa to lift its share of health costs from 18 per cent to 30.")
    assert {(18.0, "%"), (30.0, "%")} <= found


def test_second_end_before_a_noun_stays_a_count(tmp_path: Path) -> None:
    found = _figures(tmp_path, "Turnout rose from 40% to 52 districts reporting by noon.")
    assert (52.0, "%") not in found


@pytest.mark.parametrize("body", [
    "Commuters will keep half-price bus fares until the end of the winter.",
    "The two levels of government once paid on a 50-50 basis for the hospitals.",
])
def test_halves_in_a_compound_are_fifty_percent(tmp_path: Path, body: str) -> None:
    assert (50.0, "%") in _figures(tmp_path, body)


def test_scale_left_off_at_the_sentence_end(tmp_path: Path) -> None:
    found = _figures(tmp_path, "The ministry projected spending of Rs. 5,210 billion, while revenue will be "
                               "Rs. 3,480.")
    assert (3480e9, "INR") in found or (3480e9, "LKR") in found


def test_price_at_the_sentence_end_keeps_its_value(tmp_path: Path) -> None:
    found = _figures(tmp_path, "The company, valued at $4 billion last year, saw its shares close at $3.25.")
    assert (3.25, "USD") in found


def test_chinese_rank_top_places_are_no_count(tmp_path: Path) -> None:
    found = _figures(tmp_path, "按增速排序,排在前5的城市依次为:甲市、乙市、丙市、丁市、戊市,全年增长6.2%。")
    assert (5.0, None) not in found
    assert (6.2, "%") in found


def test_dateline_in_capitals_names_the_country() -> None:
    assert local_currency("ISLAMABAD - The regulator approved the rise.", "INR") == "PKR"
    assert local_currency("The RBA and NEPRA met.", "INR") is None


@pytest.mark.parametrize("body", [
    "Growth was driven by our three largest divisions, the chairman said.",
    "Members of the district's two councils objected to the fee of $120,500.",
])
def test_count_an_owner_points_back_to_is_no_figure(tmp_path: Path, body: str) -> None:
    found = _figures(tmp_path, body)
    assert not any(value in {2.0, 3.0} for value, _ in found)


def test_whole_of_a_tally_after_an_owner_still_counts(tmp_path: Path) -> None:
    found = _figures(tmp_path, "Four of the region's seven water companies raised their charges this spring.")
    assert (7.0, None) in found or any(value == 7.0 for value, _ in found)
