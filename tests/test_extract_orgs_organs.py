"""Organisations written inside other names: an organ with the body it belongs to, and a list's items as the
scorer's candidates.

Small made-up articles run end to end through the reader, and the candidate generator read directly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article
from briefkit.extract.orgfeatures import PageWords, candidates, features
from briefkit.extract.orgunits import organ_and_body


def _organisations(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text("Lending rate held for a third month\n\n" + text + "\n", encoding="utf-8")
    brief, _ = extract_article(path)
    return [o.name for o in brief.organisations]


@pytest.mark.parametrize(("text", "present"), [
    ("The Monetary Policy Committee of the Reserve Bank of Maravia kept its lending rate at 9 per cent on Tuesday, "
     "citing easing food prices.", ["Monetary Policy Committee", "Reserve Bank of Maravia"]),
    ("The Orvane Development Bank's Board of Executive Directors approved a loan of $200 million for a rail line "
     "on Friday.", ["Board of Executive Directors", "Orvane Development Bank"]),
])
def test_an_organ_written_with_its_body_is_both(tmp_path: Path, text: str, present: list[str]) -> None:
    found = _organisations(tmp_path, text)
    for name in present:
        assert name in found
    assert not any(" of the " in name or "’s " in name or "'s " in name for name in found)


@pytest.mark.parametrize("name", ["Council of the European Union", "Committee of the Whole",
                                  "County Office of the Sheriff’s Communications Division",
                                  "Canadian Taxpayer’s Federation"])
def test_a_one_word_organ_or_a_part_of_no_body_stays_one_name(name: str) -> None:
    assert organ_and_body(name) == [name]


def test_each_item_of_a_list_is_a_candidate_of_its_own() -> None:
    names = list(candidates("Prices rose at Kelso Power and VNT, while Orrin, Bastal and QLDB held theirs."))
    for name in ("Kelso Power", "VNT", "Bastal", "QLDB"):
        assert name in names
    assert "Kelso Power and VNT" in names  # the whole run stays a candidate ("Department of … and Reform")


def test_the_body_before_a_role_and_its_holder_is_a_candidate() -> None:
    names = list(candidates("Tarvo Motors Chief Executive Lena Holt and Kestrel Bank Governor Amos Reid spoke."))
    assert "Tarvo Motors" in names and "Kestrel Bank" in names


def test_a_run_only_in_title_cased_lines_is_marked_and_one_in_a_sentence_is_not() -> None:
    text = ("Why Small Firms Back a Higher Wage in Every Town\n\n"
            "Wages rose on Monday, and the Marlow Trust agreed.\n")
    found = candidates(text)
    page = PageWords(text)
    assert features("Why Small Firms Back", found["Why Small Firms Back"], page).get("title_cased")
    assert not features("Marlow Trust", found["Marlow Trust"], page).get("title_cased")
