"""The currency adjectives and names read from CLDR (Babel): every current currency's country adjective gives its
code, an adjective two currencies share gives none, and the names that follow an adjective are the currencies'."""

from __future__ import annotations

from briefkit.extract.babelmoney import demonym_codes, own_names
from briefkit.extract.currencies import currency_code


def test_adjectives_give_their_currency() -> None:
    codes = demonym_codes()
    assert codes["jamaican"] == "JMD" and codes["kenyan"] == "KES" and codes["trinidad and tobago"] == "TTD"


def test_an_adjective_without_a_country_of_its_own_gives_none() -> None:
    assert "korean" not in demonym_codes()  # North and South Korean won are apart


def test_names_after_an_adjective_are_singular_and_plural() -> None:
    assert {"dinar", "dinars", "drams", "emalangeni"} <= own_names()


def test_the_written_name_gives_the_code() -> None:
    assert currency_code("Bhutanese ngultrums") == "BTN"
    assert currency_code("Korean won") == "KRW"  # a page's way CLDR does not write, kept by hand
