"""Bodies the whole article names as bodies, without an institutional word: an acronym it keeps using with
"the", a foreign name defined by its acronym, a party named by its members ("X backbenchers"); and a body's
kind alone ("City councilors"), which is no name.

Small made-up articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"Rates on hold again\n\n{text}\n\nMarkets had priced in a pause of at least 3 months, dealers said.\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


@pytest.mark.parametrize(("text", "name"), [
    ("The decision contained few surprises. The KRB still expects growth of 3%. There is a struggle at the KRB "
     "between competing demands, and the first hike by the KRB will not come until April.", "KRB"),
    ("The Banco Central de la Meseta (BCM) said on Tuesday that inflation eased to 4.1% in May.",
     "Banco Central de la Meseta"),
    ("Speaking to delegates in Galway, and to Fianna Nua backbenchers, Lynch said taxes would fall by 2%.",
     "Fianna Nua"),
])
def test_a_body_the_article_names_as_one(tmp_path: Path, text: str, name: str) -> None:
    assert name in _organisations(tmp_path, text)


def test_a_body_kind_alone_is_no_name(tmp_path: Path) -> None:
    """The guard of the members rule: "City councilors" names the council's members, not a body called City."""
    found = _organisations(tmp_path, "City councilors unanimously approved the $258 million budget on Monday.")
    assert "City" not in found


def test_a_thing_defined_by_its_acronym_is_no_body(tmp_path: Path) -> None:
    """The guard of the foreign-name rule: a term with a particle is a thing when its last word says so."""
    found = _organisations(tmp_path, "The Índice de Precios (IP) rose by 0.4% in June, the agency said.")
    assert not any(n.startswith("Índice") for n in found)


@pytest.mark.parametrize(("text", "name"), [
    ("KESTRELCO officials reported sales of $6 billion. KESTRELCO net income is estimated at $81 million.",
     "KESTRELCO"),
    ("Fianna Nua councillor Liam Gallen said the scheme would cost €2 million over 4 years.", "Fianna Nua"),
])
def test_a_body_named_by_its_members_or_in_capitals(tmp_path: Path, text: str, name: str) -> None:
    assert name in _organisations(tmp_path, text)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Domestic Energy prices rose 12% as domestic demand for energy grew in the winter.", "Domestic Energy"),
    ("Growth in the Financial Year (FY) 2024-25 was 6.1%, and real Gross Value Added (GVA) rose 5.8%.",
     "Gross Value Added"),
])
def test_a_phrase_in_capitals_is_no_body(tmp_path: Path, text: str, phrase: str) -> None:
    assert phrase not in _organisations(tmp_path, text)


def test_a_member_named_before_the_role_is_no_body(tmp_path: Path) -> None:
    """The guard of the members rule: "Chris Loder MP" and "the Exeter councillor" name a person and a place."""
    found = _organisations(tmp_path, "The debate on the 4% rise will be opened by Chris Loder MP. The Exeter "
                                     "councillor said it was late.")
    assert "Chris Loder" not in found and "Exeter" not in found


def test_a_government_named_by_its_leader_is_no_body(tmp_path: Path) -> None:
    """"The Hargreave administration" is a government named by who leads it, as "the government" is no body."""
    found = _organisations(tmp_path, "Emissions fell 2% under the Hargreave administration, the Energy Agency said.")
    assert not any("administration" in n for n in found), found
    assert "Energy Agency" in found


def test_one_body_spelt_twice_is_listed_once(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The National Rare Earth Mission will spend $2 billion. The National Rare Earths "
                                     "Mission was set up in 2023 with 40 staff.")
    assert len([n for n in found if n.startswith("National Rare")]) == 1


def test_a_name_opening_a_longer_one_is_not_named_alone(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The full report is available at Xinhua Silk Road Database. Exports rose 4%, "
                                     "the Xinhua Silk Road Database shows.")
    assert "Xinhua" not in found
