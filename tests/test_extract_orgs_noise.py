"""Capitalised runs that name no body: an office alone, a people, a headline's run, a date run into a name and a
person named after their office are not organisations, while the bodies beside them stay."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted


def _names(tmp_path: Path, text: str) -> list[str]:
    return [o.name for o in drafted(tmp_path, text).organisations]


def test_an_office_alone_and_a_people_are_no_bodies(tmp_path: Path) -> None:
    text = ("Levy plan passes\n\nThe Treasurer said the Varnholt Housing Trust would receive $4 million. "
            "Finance Minister Ada Quellin told the Legislative Assembly that the Togolese and the Kenyan "
            "delegations had backed the levy.\n")
    names = _names(tmp_path, text)
    assert "Varnholt Housing Trust" in names
    assert "Legislative Assembly" in names
    assert not {"Treasurer", "Finance Minister", "Togolese", "Kenyan"} & set(names)


def test_a_headline_run_and_a_date_run_in_are_no_bodies(tmp_path: Path) -> None:
    text = ("Cabinet news\n\nOrlen Works Approved By Cabinet\nThe Council of Ministers of Wednesday May met in "
            "the capital and approved 12 decrees.\n")
    names = _names(tmp_path, text)
    assert "Council of Ministers" in names
    assert not any(" By " in n or "Wednesday" in n for n in names)


def test_a_person_named_after_their_office_or_trade_is_no_body(tmp_path: Path) -> None:
    text = ("Rates rise\n\nMayor Peter Haldane said the Brenmoor Regional Council would raise rates by 4%. "
            "Reporter Anna Feld and camera operator Simon Grell were at the meeting.\n")
    names = _names(tmp_path, text)
    assert "Brenmoor Regional Council" in names
    assert not {"Peter Haldane", "Simon Grell", "Anna Feld"} & set(names)


def test_a_day_after_a_body_is_cut_from_its_name(tmp_path: Path) -> None:
    text = ("Trade grows\n\nData released by the General Bureau of Tariffs Monday show exports rose 4%. "
            "The Sunday Courier reported the figures first.\n")
    names = _names(tmp_path, text)
    assert "General Bureau of Tariffs" in names
    assert not any("Monday" in n for n in names)


def test_an_event_and_a_government_by_a_common_word_are_no_bodies(tmp_path: Path) -> None:
    text = ("Summit ends\n\nThe Federal Government said the Harlow Energy Summit drew 300 delegates. "
            "The Bank of Harlow and the Ministry of Finance Spokesman Tomas Veld welcomed the result.\n")
    names = _names(tmp_path, text)
    assert "Bank of Harlow" in names
    assert "Ministry of Finance" in names
    assert not {"Federal Government", "Harlow Energy Summit"} & set(names)
    assert not any("Veld" in n for n in names)


def test_a_pronoun_a_state_word_and_a_kind_opening_a_sentence_name_no_body(tmp_path: Path) -> None:
    text = ("Rates rise\n\nBrightwater, a charity that supports carers, said demand rose 20%. Its chief executive "
            "spoke on Monday. Lender Corvane raised its rate by 0.25 points. The President of the Republic "
            "thanked the Constitutional Council.\n")
    names = _names(tmp_path, text)
    assert "Brightwater" in names
    assert "Corvane" in names
    assert "Constitutional Council" in names
    assert not {"Its", "Lender Corvane", "Republic"} & set(names)


def test_a_clause_opening_run_into_a_body_is_no_name(tmp_path: Path) -> None:
    text = ("Budget sent\n\nWhile the Ministry revealed that the budget had been sent, the Harbour Authority of "
            "Velmora said it had not seen it.\n")
    names = _names(tmp_path, text)
    assert "Harbour Authority of Velmora" in names
    assert not any(n.startswith("While") for n in names)


def test_a_menu_run_of_links_is_no_body(tmp_path: Path) -> None:
    text = ("Port grows\n\nNews Reports Sports Business\nThe Port Authority of Velmora said cargo rose 6% in "
            "March, Velmora News & World Report said.\nPrevious Post Next Post\n")
    names = _names(tmp_path, text)
    assert "Port Authority of Velmora" in names
    assert any("World Report" in n for n in names)
    assert not {"News Reports Sports Business", "Previous Post Next Post"} & set(names)
