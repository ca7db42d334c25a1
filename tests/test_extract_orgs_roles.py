"""Bodies a sentence names by what it says of them, and words that only look like bodies: a listed company
after "whose shares", rivals named in an apposition with "its", a name sited or owned ("Perth-based",
"Foreign-owned"), a body whose name ends on a country; and "Its shares fell", which names no body.

Small made-up articles in the shapes news pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"Miners under pressure\n\n{text}\n\nTraders expected prices to stay weak for at least 3 months.\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


@pytest.mark.parametrize(("text", "names"), [
    ("Quarry Holdings cut 300 jobs. Ferrox and Tellmark, its larger rivals, report results next week.",
     ["Ferrox", "Tellmark"]),
    ("Brewmont, whose shares fell 4% on Monday, said costs rose 12%.", ["Brewmont"]),
    ("Foreign-owned Kaltris agreed to buy the port for $2 billion, the regulator said.", ["Kaltris"]),
    ("Speaking after the budget, Retail Unity South Africa (Rusa) said the 2% levy would hurt traders.",
     ["Retail Unity South Africa"]),
])
def test_a_sentence_names_the_body(tmp_path: Path, text: str, names: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(n in found for n in names), found


def test_where_a_body_sits_is_no_part_of_its_name(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Lisbon-based Norvale Foods reported a 12% rise in sales on Tuesday.")
    assert "Norvale Foods" in found and not any("based" in n for n in found), found


def test_a_pronoun_before_shares_is_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Quarry Holdings cut 300 jobs. Its shares fell 5.2% in early trade.")
    assert "Its" not in found and "Quarry Holdings" in found, found


def test_a_body_of_members_named_in_apposition(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Coltiva, the Italian farmers' association, put the damage at €2 billion.")
    assert "Coltiva" in found, found


def test_a_person_who_owns_a_shop_is_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Victoria Lopez, a shop owner in the old town, said sales fell by half.")
    assert not any("Lopez" in n for n in found), found


def test_a_ministry_written_in_lower_case_is_a_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The budget gives Sh157 billion to the ministry of defense, Sh45 billion to "
                                     "the national intelligence service and Sh9 billion to the Ministry of "
                                     "petroleum and mining.")
    lowered = [n.lower() for n in found]
    assert all(b in lowered for b in ("ministry of defense", "national intelligence service",
                                      "ministry of petroleum and mining")), found


def test_a_description_after_a_name_is_no_second_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Output will fall 8%, according to Conab, the national supply agency.")
    assert "Conab" in found and not any("agency" in n for n in found), found


def test_a_ministry_named_in_capitals_keeps_its_remit(tmp_path: Path) -> None:
    """"Ministry of Energy" stays a body where the text also writes "energy" and "ministry" in lower case."""
    found = _organisations(tmp_path, "The energy sector gets Ksh 368B, with the Ministry of Energy getting "
                                     "Ksh 85.1B; the ministry said it would build 3 plants.")
    assert "Ministry of Energy" in found, found


def test_a_title_case_headline_makes_no_body_of_its_capitals(tmp_path: Path) -> None:
    page = ("Operator Continuing Service After Licence Cancelled Liable To Pay Reserve Price: Court\n\n"
            "The appeal was filed by the Department of Telecommunication, which said 12 licences were quashed.\n"
            "The court said the operator must pay the reserve price of 3 billion rupees.\n")
    found = [o.name for o in drafted(tmp_path, page).organisations]
    assert "Department of Telecommunication" in found
    assert not any("Reserve" in n or "Operator" in n for n in found), found



@pytest.mark.parametrize(("text", "names"), [
    ("Fares will rise 4%, said Jane Roe, a spokesperson for Tesmart. A spokesman for Skyvolo said 12 routes close.",
     ["Tesmart", "Skyvolo"]),
    ("Volta Foods, which runs Pronto, said sales rose 3% as Kestrel Rail cancelled 40 trains.", ["Pronto",
                                                                                                   "Kestrel Rail"]),
    ("ADAC, the motoring club, urged drivers to avoid the A8 after 300 crashes.", ["ADAC"]),
])
def test_what_a_sentence_says_a_name_does(tmp_path: Path, text: str, names: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(n in found for n in names), found


def test_a_spokesperson_for_a_person_named_earlier_speaks_for_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "President Ivan Petrov met traders. A spokesman for Petrov said 3 deals were "
                                     "signed.")
    assert "Petrov" not in found, found


def test_a_sentences_first_word_written_in_lower_case_elsewhere_is_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Business groups said costs rose 4%. Small business owners told Kestrel "
                                     "Foods that 30 shops would close, and Brewmont said 12 more would.")
    assert "Business" not in found and "Kestrel Foods" in found, found


def test_a_league_of_bodies_named_in_the_plural(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The Confederation of Ruritanian Trade Unions (Rur-Is) said a family of four "
                                     "needed 22,000 crowns a month.")
    assert "Confederation of Ruritanian Trade Unions" in found, found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("This release contains statements within the meaning of the Private Securities Litigation Reform Act of "
     "1995, Northwind Plc said.", ["Northwind Plc"], ["Private Securities"]),
    ("The Mining Justice Network of Ruritania (Mejcon-SA) welcomed the ruling on 3 licences.",
     ["Mining Justice Network of Ruritania"], ["SA"]),
    ("She teaches at the University of Chicago Law School, which admitted 200 students.",
     ["University of Chicago Law School"], []),
])
def test_a_laws_title_or_a_legal_form_alone_is_no_body(tmp_path: Path, text: str, present: list[str],
                                                        absent: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(p in found for p in present) and not any(a in found for a in absent), found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Analyst Koji Endo of Sakura Securities said the cost of the 280,000 recalls would be limited.",
     ["Sakura Securities"], ["Analyst Koji Endo of Sakura Securities"]),
    ("Exports rose 8%, the General Administration of Customs said on Monday.",
     ["General Administration of Customs"], ["Customs"]),
    ("Metallbund, Ruritania's largest union, called the 1,000 job cuts a betrayal.", ["Metallbund"], []),
])
def test_a_person_before_of_and_a_countrys_possessive_apposition(tmp_path: Path, text: str, present: list[str],
                                                                absent: list[str]) -> None:
    found = _organisations(tmp_path, text)
    assert all(p in found for p in present) and not any(a in found for a in absent), found


@pytest.mark.parametrize(("text", "absent"), [
    ("Presidential spokesperson Ana Cruz said inflation would ease to 3% by June.", "Presidential"),
    ("The Cabinet Secretary told Senators that tea earnings rose 12% to Sh180 billion.", "Senators"),
    ("Tyson Foods (NYSE: TSN) and McCormick & Company, Incorporated (NYSE: MKC) joined the 3 buyers.",
     "Incorporated"),
])
def test_an_adjective_a_plural_of_people_or_a_legal_form_alone_is_no_body(tmp_path: Path, text: str,
                                                                         absent: str) -> None:
    assert absent not in _organisations(tmp_path, text)


def test_a_places_name_with_an_institutional_word_is_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Wages rose 5% in areas outside the National Capital Region, the Wage Board "
                                     "said.")
    assert "National Capital" not in found and "Wage Board" in found, found
