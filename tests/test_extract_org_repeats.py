"""One body written two ways is listed once; a ministry named after its remits is one body.

Small made-up articles run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.extract.orgsame import without_repeats


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"Rates held again\n\n{text}\n\nThe decision was expected by most analysts polled last week.\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


def test_the_central_bank_after_the_bank_named_in_full_is_that_bank(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The Bank of Freedonia kept its rate at 4% on Tuesday. "
                                     "The Central Bank says inflation will ease to 3% by June.")
    assert "Bank of Freedonia" in found and "Central Bank" not in found


def test_the_central_bank_beside_two_banks_stays() -> None:
    names = ["Central Bank of Brazil", "Central Bank of Colombia", "Central Bank"]
    assert without_repeats(names) == names


def test_a_country_adjective_spelling_is_the_of_spelling() -> None:
    assert without_repeats(["Georgian National Bank", "National Bank of Georgia"]) == ["National Bank of Georgia"]
    assert without_repeats(["French Football Federation", "Football Federation of France"]) == \
        ["Football Federation of France"]


def test_remits_before_a_ministry_word_are_one_ministry(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Exports will reach 60 billion ringgit, the Timber Industries and "
                                     "Commodities Ministry said on Monday.")
    assert "Timber Industries and Commodities Ministry" in found
    assert "Timber Industries" not in found and "Commodities Ministry" not in found


def test_remits_in_a_ministers_title_are_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "Timber Industries and Commodities Minister Ahmad Bakar said exports "
                                     "rose 5% in May.")
    assert "Timber Industries" not in found


def test_a_countrys_government_as_a_notion_is_no_body_and_its_country_a_place(tmp_path: Path) -> None:
    page = "Budget unveiled\n\nThe Guyana Government’s 2024 budget stands at $1.1 trillion, up 12% on last year.\n"
    brief = drafted(tmp_path, page)
    assert "Guyana Government" not in [o.name for o in brief.organisations]
    assert "Guyana" in [p.name for p in brief.places]


def test_an_outlets_edition_after_its_acronym_is_named_whole(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The story was covered over the weekend, including by BBC Online, the "
                                     "paper and more, after spending rose 5%.")
    assert "BBC Online" in found and "BBC" not in found


def test_a_defined_need_is_no_body(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The deal adds £700 million for children with Special Educational Needs and "
                                     "Disabilities (SEND) in 2020.")
    assert not any("Needs" in n for n in found)
