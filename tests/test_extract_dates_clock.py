"""A site's clock over a story is not the story's date: the date line under it is (issue 12, dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefkit.extract import extract_article
from briefkit.extract.dates import parse_date

STORY = ("NAIROBI (Reuters) - Kenya's tea export earnings are expected to rise 1% this year, the industry "
         "regulator said on Monday, despite a forecast drop in production.\n\n"
         "Earnings fell to 70.2 billion shillings in the January-August period, the regulator said.\n")


def _date(tmp_path: Path, head: str) -> dt.date | None:
    page = tmp_path / "page.txt"
    page.write_text(head + "\n\n" + STORY, encoding="utf-8")
    brief, _ = extract_article(page)
    return brief.meta.date


def test_a_clock_line_over_a_much_older_date_line_gives_way(tmp_path: Path) -> None:
    assert _date(tmp_path, "Friday Nov 15, 2024\nTuesday, 2 October 2012 00:14") == dt.date(2012, 10, 2)


def test_a_date_line_a_day_older_is_the_filing_day_and_the_first_line_stands(tmp_path: Path) -> None:
    # within a month the two lines may be a story's publishing and filing days: the first still decides
    assert _date(tmp_path, "3:54pm 17th Sep, 2009\n16 Sep 2009") == dt.date(2009, 9, 17)


def test_an_update_line_under_the_date_is_not_taken_for_the_story_date(tmp_path: Path) -> None:
    assert _date(tmp_path, "March 5, 2024\nUpdated January 2, 2021") == dt.date(2024, 3, 5)


def test_a_labelled_clock_gives_no_date(tmp_path: Path) -> None:
    assert _date(tmp_path, "Local time: Wednesday, 18 October 2017 20:20:36hrs") is None


def test_an_ordinal_day_set_off_by_a_comma_is_a_date() -> None:
    found = parse_date("14th, Jun 2018")
    assert found is not None and found.value == "2018-06-14"
    assert parse_date("14, June 2018") is None  # a bare number before a month may be a count, not a day
