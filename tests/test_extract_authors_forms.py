"""Writer credits in forms seen on few pages but on many sites: each case is a made-up page, extracted end to end.

A slash parting two writers ("By: Ann Oduya/Tom Mensah"), a comment count glued to the name ("By Jane Doe080"),
a template's unfilled field ("Author: author"), an office before the signer's name ("by Executive Director Jane
Doe") and a signature run into the last paragraph after a dash ("… -JANE DOE, Springfield").  Controls keep what
must not change: a clause after a dash is no signature, a plain byline keeps its name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import credits, fields, signoffs
from conftest import extracted

BODY = ("The central bank kept its policy rate at 6 percent on Thursday, citing easing inflation and a stable "
        "currency.\n\nThe committee said it would watch food prices closely in the coming months.\n")
HEAD = "Central bank holds policy rate at 6 percent\n\n"


@pytest.mark.parametrize(("byline", "authors"), [
    ("By: Ann Oduya/Tom Mensah", ["Ann Oduya", "Tom Mensah"]),
    ("By Jane Doe080", ["Jane Doe"]),
    ("by Executive Director Jane Doe", ["Jane Doe"]),
    ("By Jane Doe", ["Jane Doe"]),
])
def test_byline_forms(tmp_path: Path, byline: str, authors: list[str]) -> None:
    brief, _ = extracted(tmp_path, HEAD + byline + "\n\n" + BODY)
    assert brief.meta.authors == authors


def test_unfilled_author_field_names_nobody(tmp_path: Path) -> None:
    brief, _ = extracted(tmp_path, HEAD + "Author: author\n\n" + BODY)
    assert brief.meta.authors == []


def test_field_names_parts_slash_and_drops_glued_digits() -> None:
    assert fields.names("Ann Oduya/Tom Mensah") == ["Ann Oduya", "Tom Mensah"]
    assert fields.names("Jane Doe12") == ["Jane Doe"]
    assert fields.names("reporter") == []


def test_office_before_a_name_is_no_part_of_it() -> None:
    assert credits.strip_honorific("Deputy Prime Minister Tom Lee") == "Tom Lee"
    assert credits.strip_honorific("President Biden") == "President Biden"  # one word left: the office stays


@pytest.mark.parametrize(("paragraph", "signers"), [
    ("Thieves prosper in this town. -JANE DOE, Springfield, via e-mail, May 3.", ["Jane Doe"]),
    ("Growth is set to slow to six percent. - TOM MENSAH, The Daily Star", ["Tom Mensah"]),
    ("Growth is set to slow. - Ann Oduya", ["Ann Oduya"]),
    ("Growth is set to slow - the bank said so.", []),
    ("Growth is set to slow. - Reuters", []),
])
def test_signature_run_into_last_paragraph(paragraph: str, signers: list[str]) -> None:
    assert signoffs.run_on_signature(paragraph) == signers


def test_letter_signed_in_its_last_paragraph(tmp_path: Path) -> None:
    text = ("Power theft\n\nThere is talk of cutting power prices for the city. Thieves prosper here, and the "
            "authorities look away. -JANE DOE, Springfield, via e-mail, May 3.\n")
    brief, _ = extracted(tmp_path, text)
    assert brief.meta.authors == ["Jane Doe"]
