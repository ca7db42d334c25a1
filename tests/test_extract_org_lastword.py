"""Schools and transit operators are bodies by the last word of their name, as colleges and railways are."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted


def test_a_school_and_a_transit_operator_are_bodies_by_their_last_word(tmp_path: Path) -> None:
    text = ("Fares to rise\n\nBus fares on Hollowmere Transit will rise by 8% in April, the city said. "
            "Students at Calder Medical School will pay more for their passes.\n")
    names = [o.name for o in drafted(tmp_path, text).organisations]
    assert "Hollowmere Transit" in names
    assert "Calder Medical School" in names
