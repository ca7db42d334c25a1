"""The currency adjectives and names read from CLDR (Babel): every current currency's country adjective gives its
code, an adjective two currencies share gives none, and the names that follow an adjective are the currencies'; a
country's web domain gives its currency, a vanity domain none."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article
from briefkit.extract.babelmoney import demonym_codes, domain_currency, own_names
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


def test_a_country_domain_gives_its_currency() -> None:
    assert domain_currency("https://www.budget.example.co.nz/2017/speech") == "NZD"
    assert domain_currency("http://news.example.lk/a") == "LKR"
    assert domain_currency("https://www.example.co.uk/x") == "GBP"


def test_generic_and_vanity_domains_give_none() -> None:
    assert domain_currency("https://www.example.com/x") is None
    assert domain_currency("https://radio.example.fm/x") is None  # sold to anyone, no country's page
    assert domain_currency(None) is None


def test_a_dollar_on_a_country_domain_is_that_countrys(tmp_path: Path) -> None:
    page = tmp_path / "speech.html"
    page.write_text("<html><head><title>Budget speech</title>"
                    '<link rel="canonical" href="https://www.example.co.nz/speech"></head><body><article>'
                    "<h1>Budget speech</h1><p>The minister said the fund will receive an extra $60 million over "
                    "the next four years for new medicines, the agency said on Monday.</p>"
                    "<p>Officials will publish the full plan later in the month, the minister added.</p>"
                    "</article></body></html>", encoding="utf-8")
    brief, _ = extract_article(page)
    assert [(f.value, f.unit) for f in brief.figures] == [(60000000.0, "NZD")]


def test_a_story_naming_the_united_states_keeps_its_dollar_on_any_domain(tmp_path: Path) -> None:
    page = tmp_path / "wire.html"
    page.write_text("<html><head><title>US budget</title>"
                    '<link rel="canonical" href="https://www.example.co.nz/wire"></head><body><article>'
                    "<h1>US budget</h1><p>The United States will spend $60 million more on parks, the US "
                    "Interior Department said in Washington, where Americans queued for the U.S. permits.</p>"
                    "<p>Officials will publish the full plan later in the month, the department added.</p>"
                    "</article></body></html>", encoding="utf-8")
    brief, _ = extract_article(page)
    assert [(f.value, f.unit) for f in brief.figures] == [(60000000.0, "USD")]
