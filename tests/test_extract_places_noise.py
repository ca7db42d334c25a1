"""Words a place cue stands before that are no place: a currency before its amount, a news agency, a world
region owning a thing ("the Gulf's economies").

Small made-up articles run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.extract.placenoise import not_a_town


def _places(tmp_path: Path, text: str) -> list[str]:
    return [p.name for p in drafted(tmp_path, f"Results in brief\n\n{text}\n").places]


def test_a_currency_before_its_amount_is_no_town(tmp_path: Path) -> None:
    places = _places(tmp_path, "Revenue for the quarter grew by 9.5% to Rs. 20,538 million from Rs. 18,744 "
                               "million a year earlier, the company in Pune said.")
    assert "Rs" not in places


def test_a_news_agency_is_no_town() -> None:
    assert not_a_town("Reuters", "More from Reuters: markets fall.")
    assert not not_a_town("Winterton", "a farmer in Winterton said 12 sheep were lost.")


def test_a_world_region_owning_its_economies_is_no_place(tmp_path: Path) -> None:
    places = _places(tmp_path, "The fund expects Oman, one of the Gulf’s weaker economies, to post a surplus "
                               "of 2% this year.")
    assert "Oman" in places and "Gulf" not in places


def test_a_country_named_in_its_currencys_name_is_no_place(tmp_path: Path) -> None:
    places = _places(tmp_path, "The peg between the Namibia Dollar and the rand holds, the central bank said, as "
                               "it raised its rate by 25 basis points to 7%.")
    assert "Namibia" not in places
