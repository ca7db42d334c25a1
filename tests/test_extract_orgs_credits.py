"""The page's credits as organisations (corpus convention, benchmarks/articles/README.md, "Agency credits"):
a credit written out in words (a copyright line, a byline naming the outlet) is a body the page names; a
short tag (a dateline's "(Agency) —", "Source: X", a closing "— Agency", a photo's credit) is not.

Small made-up articles in the shapes real pages use, run end to end through the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import drafted

_STORY = ("Factory output in the region rose by 4.1% in March from a year earlier, the statistics office said.\n\n"
          "Economists had expected a rise of 3.2%, and exporters reported more orders from abroad in April.\n\n"
          "The office will publish its revised figures for the first quarter next month.")


def _organisations(tmp_path: Path, text: str) -> list[str]:
    """The names found, without a leading "The" (the corpus scores "The Lantern Wire" and "Lantern Wire" alike)."""
    return [o.name.removeprefix("The ") for o in drafted(tmp_path, text).organisations]


@pytest.mark.parametrize(("page", "body"), [
    (f"Output rises again\n\n{_STORY}\n\nCopyright 2023 Kestrel Nine. All Rights Reserved.", "Kestrel Nine"),
    (f"Output rises again\n\n{_STORY}\n\n(Copyright 2024 The Lantern Wire. All rights reserved.)", "Lantern Wire"),
    (f"Output rises again\n\n{_STORY}\n\n© Provided by The Harbour Press", "Harbour Press"),
    (f"Output rises again\n\nBy The Lantern Wire\n\n{_STORY}", "Lantern Wire"),
])
def test_a_credit_written_out_names_a_body(tmp_path: Path, page: str, body: str) -> None:
    assert body in _organisations(tmp_path, page)


def test_a_byline_spells_out_the_agency_its_dateline_abbreviates(tmp_path: Path) -> None:
    page = ("Output rises again\n\nBy JANE ROE and The Lantern Wire April 14, 2017 8:34 am\n\n"
            f"LONDON (LW) — {_STORY}")
    assert "Lantern Wire" in _organisations(tmp_path, page)


@pytest.mark.parametrize("page", [
    f"Output rises again\n\n{_STORY} — AFP",
    f"Output rises again\n\nAFP: {_STORY}",
])
def test_a_short_agency_tag_names_no_body(tmp_path: Path, page: str) -> None:
    """A well-known agency's acronym is no body where it only tags the copy."""
    assert "AFP" not in _organisations(tmp_path, page)


def test_a_photo_caption_names_no_body(tmp_path: Path) -> None:
    page = (f"Output rises again\n\n{_STORY}\n\nA worker checks a machine at a plant in Leeds on Friday. "
            "(Jane Roe/Harbour Foods Ltd)\n\nThe office said the rise was broad.")
    assert "Harbour Foods Ltd" not in _organisations(tmp_path, page)


def test_an_agency_a_sentence_names_is_a_body(tmp_path: Path) -> None:
    """The guard of the rule above: a dateline's tag does not hide the agency a sentence names."""
    page = f"Output rises again\n\nOSLO (AFP) — {_STORY}\n\nThe figures were first reported by AFP on Monday."
    assert "AFP" in _organisations(tmp_path, page)


def test_a_copyright_years_range_is_no_part_of_the_holder(tmp_path: Path) -> None:
    page = f"Output rises again\n\n{_STORY}\n\nCopyright (C) 1998-2024. Kestrel Nine. All Rights Reserved."
    assert "Kestrel Nine" in _organisations(tmp_path, page)
