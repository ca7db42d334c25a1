"""Capitalised names a careful reader would not list as organisations (see briefkit.extract.orgslips): a person's office
or its holder, a plan or a bill a body makes, an office's remit, a place alone, a lede's words set in capitals, a
surname after an initial or a non-ASCII given name; and names mended where a dateline or a clause's opening ran into
them.

Small made-up articles, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted

from briefkit.extract.orgslips import slip, trimmed


def _names(tmp_path: Path, body: str) -> list[str]:
    return [o.name for o in drafted(tmp_path, f"Council approves budget\n\n{body}\n").organisations]


@pytest.mark.parametrize(("body", "wrong"), [
    # a person's office alone, and an office before its holder
    ("The Ministry of Fisheries said catches fell. Talks with the Harbour Trade Commissioner are planned.",
     "Harbour Trade Commissioner"),
    ("Tamil Nadu CM Edapadi Palaniswami said the waiver starts now. The Cooperative Bank agreed.",
     "Tamil Nadu CM Edapadi Palaniswami"),
    # a plan a body makes, named in capitals
    ("The Transport Agency said the money comes from the National Harbour Resilience Plan announced in May.",
     "National Harbour Resilience Plan"),
    # an office's remit, not a body
    ("The Ministry of Fisheries said so. According to the Minister for Regional Services, Sport, Local Government "
     "and Decentralisation, grants will rise.", "Regional Services"),
    # a lede's opening words set in capitals
    ("WITH the country facing a shortfall, the Transport Agency said fares would rise by 5% in June.", "WITH"),
])
def test_a_slip_is_no_organisation(tmp_path: Path, body: str, wrong: str) -> None:
    assert wrong not in _names(tmp_path, body)


def test_a_surname_after_an_initial_is_a_persons(tmp_path: Path) -> None:
    body = ("Chief Minister K Varadharajan announced a waiver on Friday. The Transport Agency agreed. "
            "Varadharajan said the waiver would start at once.")
    assert "Varadharajan" not in _names(tmp_path, body)


def test_a_dateline_run_into_a_name_is_cut(tmp_path: Path) -> None:
    body = "MERIDIA-The Central Bank of Meridia held its rate at 5% on Tuesday, the bank said."
    found = _names(tmp_path, body)
    assert "Central Bank of Meridia" in found
    assert not any(name.startswith("MERIDIA") for name in found)


@pytest.mark.parametrize(("name", "expected"), [
    ("NEW YORK--Verizon Communications", "Verizon Communications"),
    ("Thursday’s New York Times", "New York Times"),
    ("State Department for Agriculture Dr", "State Department for Agriculture"),
    ("Bank of England", "Bank of England"),
])
def test_trimmed(name: str, expected: str) -> None:
    assert trimmed(name) == expected


@pytest.mark.parametrize("name", ["Antwerp", "Essen Germany", "HARARE", "RM920", "San José-based", "GDP", "U.S"])
def test_places_terms_and_sums_are_slips(name: str) -> None:
    assert slip(name, "Ships docked in Antwerp.")


def test_a_place_never_written_as_one_is_a_clubs() -> None:
    assert not slip("Liverpool", "Other clubs like Arsenal and Liverpool copied the strategy.")


@pytest.mark.parametrize("name", ["Office of the Prime Minister", "Business for a Fair Minimum Wage", "C40", "WHO",
                                  "Department for Business, Energy and Industrial Strategy", "Business Report"])
def test_bodies_are_no_slips(name: str) -> None:
    assert not slip(name, "")
