"""A ministry's name runs through the list of its remits ("Ministry of Trade, Industry and Energy"), as Korean,
British and Indian pages write them; a second body listed after it is still a body of its own.

Small made-up articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"Exports rise again\n\n{text}\n\nThe figures cover the first quarter of the year and were revised in May.\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


@pytest.mark.parametrize(("text", "name"), [
    ("Exports rose 4.2% in March, according to the Ministry of Oceans, Forestry and Rural Affairs.",
     "Ministry of Oceans, Forestry and Rural Affairs"),
    ("The Office of Gas and Electricity Markets (Ofgem) raised the cap by 6% on Monday.",
     "Office of Gas and Electricity Markets"),
    ("Output grew 7.1%, the Ministry of Statistics and Programme Implementation said on Friday.",
     "Ministry of Statistics and Programme Implementation"),
    ("Grants rose by $12 million, the Department of Housing and Human Services said on Friday.",
     "Department of Housing and Human Services"),
])
def test_a_ministry_keeps_its_remits(tmp_path: Path, text: str, name: str) -> None:
    assert name in _organisations(tmp_path, text)


def test_a_body_listed_after_a_ministry_stays_apart(tmp_path: Path) -> None:
    found = _organisations(tmp_path, "The Department of Trade and Directorate General of Fisheries met 12 firms.")
    assert "Department of Trade" in found and not any(n.startswith("Department of Trade and") for n in found)
