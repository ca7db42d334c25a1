"""A currency written with a space after its country's abbreviation ("US $23 million") names no place."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted


def test_a_spaced_us_dollar_sign_names_no_place(tmp_path: Path) -> None:
    text = ("Loans approved\n\nThe Orvane Development Bank approved loans of US $23.1 million for Mali and "
            "Senegal on Thursday. Mali will get US $7.1 million.\n")
    places = [p.name for p in drafted(tmp_path, text).places]
    assert "Mali" in places
    assert "Senegal" in places
    assert "United States" not in places


def test_the_us_as_an_actor_is_still_a_place(tmp_path: Path) -> None:
    text = ("Tariffs\n\nThe US imposed tariffs on steel from Mali on Thursday, officials said.\n")
    places = [p.name for p in drafted(tmp_path, text).places]
    assert "United States" in places
