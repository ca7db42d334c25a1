"""Names at a sentence's edge: a participle opening the sentence before a preposition is no part of the name after it
("Speaking on BBC Radio", "Writing for the Harbour Herald"); a newspaper's own word ("Examiner", "Sentinel") ends a
name as "Herald" does.

Small made-up articles, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted


@pytest.mark.parametrize(("sentence", "name"), [
    ("Speaking on Lakeside Radio, the mayor said the rise was needed to fund roads.", "Lakeside Radio"),
    ("Writing for the Harbour Herald, one economist said the decision was expected.", "Harbour Herald"),
    ("Responding to the Finance Ministry, the bank said rates would stay at 5%.", "Finance Ministry"),
])
def test_a_participle_before_a_name_is_left_out(tmp_path: Path, sentence: str, name: str) -> None:
    page = f"Council approves budget\n\nThe council approved a 3% tax rise on Tuesday. {sentence}\n"
    found = [o.name for o in drafted(tmp_path, page).organisations]
    assert name in found
    assert not any(f.split()[0].endswith("ing") for f in found)


@pytest.mark.parametrize("paper", ["Northfield Examiner", "Valley Sentinel", "Lakeside Enquirer"])
def test_a_newspapers_own_word_ends_its_name(tmp_path: Path, paper: str) -> None:
    page = (f"Council approves budget\n\nThe council approved a 3% tax rise on Tuesday, according to a report in the "
            f"{paper}. Councillors said the rise was needed to fund roads and schools.\n")
    assert paper in [o.name for o in drafted(tmp_path, page).organisations]
