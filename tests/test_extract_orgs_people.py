"""People the organisation finders took for bodies, by kind: a surname that speaks with a person's pronoun or
closes a quotation, a pronoun opening a sentence, a title or rank before a person's name.

Small made-up articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"Farm incomes fall again\n\n{text}\n\nPrices for maize fell by 12% in the season, the ministry said.\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


@pytest.mark.parametrize(("text", "person"), [
    ("In the Free State, Velthuis said that most of his neighbours had sold their cattle by March.", "Velthuis"),
    ("“We cannot wait another season,” Ormerod said. The co-operative lost 40 members.", "Ormerod"),
    ("She said: “We know that these figures are just the tip of the iceberg.”", "She"),
    ("PC Tony Ashdown said: “Enquiries into the collision are continuing.”", "PC Tony Ashdown"),
    ("At the time housing was run from Tralee, and Cllr Dunleavy said then: “We had a splendid service.”",
     "Cllr Dunleavy"),
    ("According to National Statistician Claire Dennis Ambrose, food prices fell by 2%.",
     "National Statistician Claire Dennis Ambrose"),
])
def test_a_person_is_no_body(tmp_path: Path, text: str, person: str) -> None:
    assert person not in _organisations(tmp_path, text)


def test_a_body_that_speaks_stays_a_body(tmp_path: Path) -> None:
    """The guard of the pronoun rule: a one-word body that speaks of itself with "its"."""
    found = _organisations(tmp_path, "Oxfam said its shops had raised £3 million for the appeal this year.")
    assert "Oxfam" in found
