"""Three places a page names its outlet that the source finders missed: a lead's tag pairing the outlet with its town,
a byline whose outlet the copy glued to the writer's surname, and a republishing note naming its first printer by a
small-letter address on a line of its own.

Each text is made up, in the form of its kind (none is a copy of a corpus page).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import drafted

from briefkit.extract import wires
from briefkit.extract.outletmarks import top_marks
from briefkit.extract.sourcefirst import address_note, address_note_line, first_printer

LEAD = "State Minister Jane Perera says the harbour levy will be reviewed before the end of the quarter."


def test_a_lead_tag_pairing_the_outlet_with_its_town_gives_the_outlet() -> None:
    assert wires.opening_tag(f"(RIDGEWAYNEWS | COLOMBO) – {LEAD}") == "RIDGEWAYNEWS"
    assert wires.opening_tag(f"(London / Lakeview Courier) - {LEAD}") == "Lakeview Courier"


def test_a_lead_tag_of_two_towns_or_two_names_gives_none() -> None:
    assert wires.opening_tag(f"(LONDON | PARIS) - {LEAD}") is None
    assert wires.opening_tag(f"(Lakeview Courier | Ridge Wire) - {LEAD}") is None


def test_the_paired_tag_is_the_drafts_source(tmp_path: Path) -> None:
    text = (f"Harbour levy to be reviewed\n\n(RIDGEWAYNEWS | COLOMBO) – {LEAD}\n\n"
            "He said the review would weigh the views of shipping firms and the port's workers alike.\n")
    assert drafted(tmp_path, text).meta.source == "RIDGEWAYNEWS"


def test_a_byline_glued_to_its_outlet_names_the_outlet() -> None:
    found = [(c.name, c.cue) for c in top_marks(["Maria Kowalski-BrandLakeview News"])]
    assert found == [("Lakeview News", "writer")]


def test_a_byline_glued_to_a_place_or_a_plain_surname_names_no_outlet() -> None:
    assert top_marks(["Alex MorrowIsle of Man"]) == []
    assert top_marks(["Jane McDonald"]) == []


def test_a_note_naming_its_first_printer_by_address() -> None:
    assert address_note("This post first appeared on lakeviewpost.com") == "lakeviewpost.com"
    assert address_note("Originally published at https://www.ridge-wire.co.uk/2024/levy.") == "ridge-wire.co.uk"
    assert first_printer("This article was originally published on The Lakeview Post.") == "The Lakeview Post"
    assert address_note("Write to us at letters@lakeviewpost.com") is None


def test_an_address_note_counts_only_on_a_short_line_of_its_own() -> None:
    long_line = "A long paragraph about the harbour " * 6 + "first appeared on lakeviewpost.com"
    assert address_note_line([long_line]) is None
    assert address_note_line(["Leave a reply", "This post first appeared on lakeviewpost.com"]) == "lakeviewpost.com"
