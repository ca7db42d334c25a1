"""Every current currency's English name from the Unicode CLDR data Babel ships: "Jamaican dollars", "Iraqi
dinars", "Armenian drams", "Bhutanese ngultrums", "Samoan tala".

A sum written with its country's adjective and its currency's name ("3.2 billion Kyrgyz soms") says whose money
it is; CLDR names each currency so, in the singular and the plural, for every currency some territory uses
today.  The adjective gives the code and the name's last word is the currency's own ("soms"), which after the
adjective is read as money.  Names alone ("drams", "tala", "kip") are no money here: several are English words
or names too, and :mod:`briefkit.extract.moneynames` lists the few a page writes alone.

The tables are built once, on first use (Babel loads the English locale's data then).
"""

from __future__ import annotations

import re
from functools import cache

from babel.core import Locale, get_global
from babel.numbers import get_currency_name, get_territory_currencies

# what CLDR writes that pages do not: "Trinidad & Tobago dollars" is written "Trinidad and Tobago dollars" too
_AMPERSAND = re.compile(r"\s*&\s*")
# currencies no page writes with an adjective of a country (gold, a unit of account)
_NOT_MONEY = frozenset({"ZWG", "XDR", "XAU", "XAG", "XPT", "XPD", "XSU", "XUA"})


@cache
def _names() -> dict[str, tuple[str, str]]:
    """Each current currency's code → its English name in the singular and in the plural (lower case)."""
    english = Locale("en")
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory))
    return {code: (get_currency_name(code, count=1, locale=english).lower(),
                   get_currency_name(code, count=2, locale=english).lower())
            for code in sorted(codes - _NOT_MONEY)}


def _split(name: str) -> tuple[str, str] | None:
    """A currency's name cut into its country's adjective and its own name ("jamaican", "dollar")."""
    words = name.split()
    if len(words) < 2 or "(" in name:
        return None
    return " ".join(words[:-1]), words[-1]


@cache
def demonym_codes() -> dict[str, str]:
    """The adjective before a currency's name → its code ("jamaican" → JMD, "trinidad and tobago" → TTD); an
    adjective two currencies share ("north korean" and "south korean" are apart) keeps none."""
    found: dict[str, set[str]] = {}
    for code, names in _names().items():
        for name in names:
            if (parts := _split(name)) is None:
                continue
            for adjective in {parts[0], _AMPERSAND.sub(" and ", parts[0])}:
                found.setdefault(adjective, set()).add(code)
    return {adjective: next(iter(codes)) for adjective, codes in found.items() if len(codes) == 1}


@cache
def own_names() -> frozenset[str]:
    """The currencies' own names in the singular and the plural, as they follow an adjective ("dollars",
    "soms", "lekë", "emalangeni")."""
    return frozenset(parts[1] for names in _names().values() for name in names if (parts := _split(name)))


# country-code domains sold to anyone ("fm" radio, "tv", "io", "ai", "me", "co" start-ups): no country's page
_VANITY_DOMAINS = frozenset({"ac", "ag", "ai", "am", "cc", "cf", "co", "fm", "ga", "gd", "gg", "gq", "im", "io", "la",
                             "ly", "me", "ml", "ms", "nu", "sh", "so", "st", "tk", "to", "tv", "vc", "ws"})


def domain_currency(url: str | None) -> str | None:
    """The currency of the country whose domain serves the page ("https://orderpaper.co.nz/…" → NZD), from CLDR's
    territory currencies; None for a generic or vanity domain, or a country with more than one currency."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", (url or "").lower()).split("/")[0].split(":")[0]
    country = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(country) != 2 or not country.isalpha() or country in _VANITY_DOMAINS:
        return None
    try:
        codes = get_territory_currencies("GB" if country == "uk" else country.upper())
    except ValueError:
        return None
    return codes[0] if len(codes) == 1 else None
