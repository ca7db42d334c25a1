"""Bodies the whole article names as bodies, without an institutional word: an acronym it keeps using with
"the", a foreign name defined by its acronym, a party named by its members ("X backbenchers"); and a body's
kind alone ("City councilors"), which is no name.

Small made-up articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


def _organisations(tmp_path: Path, text: str) -> list[str]:
    page = f"Rates on hold again\n\n{text}\n\nMarkets had priced in a pause of at least 3 months, dealers said.\n"
    return [o.name for o in drafted(tmp_path, page).organisations]


@pytest.mark.parametrize(("text", "name"), [
    ("The decision contained few surprises. The KRB still expects growth of 3%. There is a struggle at the KRB "
     "between competing demands, and the first hike by the KRB will not come until April.", "KRB"),
    ("The Banco Central de la Meseta (BCM) said on Tuesday that inflation eased to 4.1% in May.",
     "Banco Central de la Meseta"),
    ("Speaking to delegates in Galway, and to Fianna Nua backbenchers, Lynch said taxes would fall by 2%.",
     "Fianna Nua"),
])
def test_a_body_the_article_names_as_one(tmp_path: Path, text: str, name: str) -> None:
    assert name in _organisations(tmp_path, text)


def test_a_body_kind_alone_is_no_name(tmp_path: Path) -> None:
    """The guard of the members rule: "City councilors" names the council's members, not a body called City."""
    found = _organisations(tmp_path, "City councilors unanimously approved the $258 million budget on Monday.")
    assert "City" not in found


def test_a_thing_defined_by_its_acronym_is_no_body(tmp_path: Path) -> None:
    """The guard of the foreign-name rule: a term with a particle is a thing when its last word says so."""
    found = _organisations(tmp_path, "The Índice de Precios (IP) rose by 0.4% in June, the agency said.")
    assert not any(n.startswith("Índice") for n in found)
