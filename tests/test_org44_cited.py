"""Bodies named by an outlet's citation, a person's bracketed party, a role's field, and a name's own "the"."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _orgs(text: str) -> list[str]:
    path = Path("article.txt")
    path.write_text(text, encoding="utf-8")
    brief, _ = extract_article(path)
    return [o.name for o in brief.organisations]


def test_outlet_cited_with_its_medium() -> None:
    text = ("Ministers failed to agree on a plan.\n\nThe talks had failed and would resume next week, Marlow "
            "Radio reported.\n\nPrices rose again in March, officials said.\n")
    assert "Marlow Radio" in _orgs(text)


def test_acronym_before_its_medium() -> None:
    text = ("Talks failed on Monday.\n\nThe minister told LBC radio that the talks had failed and would resume "
            "next week.\n\nPrices rose again in March, officials said.\n")
    assert "LBC" in _orgs(text)


def test_party_in_brackets_after_a_person() -> None:
    text = ("The minimum wage will rise.\n\nAccording to a draft bill by Labour Minister Hubertus Heil (SPD), "
            "6.2 million employees should benefit from this.\n\nThe bill goes to parliament next month.\n")
    assert "SPD" in _orgs(text)


def test_acronym_spelling_its_name_is_no_party() -> None:
    text = ("Shares rose.\n\nBank Of Xanadu (BOX) said profits rose.\n\nJohn Smith (CEO) spoke on Monday.\n")
    assert "CEO" not in _orgs(text)


def test_role_field_before_the_body() -> None:
    text = ("Copper prices rose.\n\n“Demand is strong,” said Jane Doe, head of commodities research at Halvex, "
            "on Monday.\n\nPrices rose again in March.\n")
    assert "Halvex" in _orgs(text)


def test_the_inside_a_charity_name() -> None:
    text = ("Child poverty rose.\n\n“Families are struggling,” said Jane Doe, a spokesperson for Save the "
            "Children.\n\nPrices rose again in March.\n")
    orgs = _orgs(text)
    assert "Save the Children" in orgs and "Save" not in orgs


def test_price_index_defined_is_no_party() -> None:
    text = ("Inflation eased.\n\nThe National Consumer Price Index (NCPI) measures the change over time in "
            "prices.\n\nPrices rose again in March.\n")
    assert "NCPI" not in _orgs(text)


def test_collective_takes_a_plural_verb() -> None:
    text = ("Aid was cut.\n\nThe Taliban have continued their campaign of repression, the envoy said.\n\n"
            "She urged the Taliban to reopen schools for girls.\n\nPrices rose again in March.\n")
    assert "Taliban" in _orgs(text)


def test_people_take_a_plural_verb_too() -> None:
    text = ("Farms grew.\n\nThe Amish were the first to settle the valley, and Amish families still farm "
            "it.\n\nPrices rose again in March.\n")
    assert "Amish" not in _orgs(text)


def test_a_noun_capitalised_once_is_no_collective() -> None:
    text = ("Councils vote today.\n\nTown councils across the county and the rest of the Country are electing "
            "their mayors this week.\n\nPrices rose again in March.\n")
    assert "Country" not in _orgs(text)
