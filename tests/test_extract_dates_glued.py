"""A date stamp whose time the copy ran onto the year ("30.03.202314:34") still gives its day; a longer number
after a date-like run is no date.  Through :func:`briefkit.extract.dates.parse_date` and a made-up page."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted

from briefkit.extract import extract_article
from briefkit.extract.dates import parse_date


def test_a_time_run_onto_the_year_leaves_the_day() -> None:
    found = parse_date("UPDATED 14.11.20219:05")
    assert found is not None and found.value == "2021-11-14"
    found = parse_date("07/04/201816:40")
    assert found is not None and found.value == "2018-04-07"


def test_more_digits_after_the_year_are_no_date() -> None:
    assert parse_date("serial 12.03.20214") is None


def test_a_glued_stamp_under_the_headline_dates_the_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("County budget keeps property taxes flat\n\nLOCAL 14.11.202109:05\n\n"
                    "The county council said its budget for the coming year rises 4% to $12 million, with more "
                    "money for road repairs.\n\nCouncil members said the budget keeps property taxes flat.\n",
                    encoding="utf-8")
    assert str(extract_article(page)[0].meta.date) == "2021-11-14"


def _date_of_page(tmp_path: Path, text: str) -> str:
    return str(extracted(tmp_path, text, "page.txt")[0].meta.date)


def test_an_events_day_in_the_opening_sentence_does_not_date_the_page(tmp_path: Path) -> None:
    text = ("County budget keeps property taxes flat\n\n"
            "From July 1, 2024 the county's property tax rate stays at 1.2% for every home, the council decided "
            "after a long debate.\n\nCouncil members said the budget adds two deputies to the sheriff's office.\n")
    assert _date_of_page(tmp_path, text) == "None"


def test_a_sentence_saying_when_the_page_was_issued_dates_it(tmp_path: Path) -> None:
    text = ("County budget keeps property taxes flat\n\n"
            "The press release issued by the county council on 3 March 2024 follows.\n\n"
            "Council members said the budget adds two deputies to the sheriff's office and keeps taxes flat.\n")
    assert _date_of_page(tmp_path, text) == "2024-03-03"
