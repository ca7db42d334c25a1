"""A date stamp sharing the title's line is no part of the title: a stored copy's stamp known only to the
month ("date 2021-06 <title>"), and a stamp closing a title that names a day of its own ("… on Friday March 5,
2021 | 08 March 2021"), which also dates the page.

Made-up pages in each form, through :func:`briefkit.extract.extract_article` and the stamp splitter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import COUNCIL_STORY as BODY
from tests.conftest import extracted

from briefkit.extract.runins import split_stamp


def test_month_copy_stamp_is_cut_from_the_title(tmp_path: Path) -> None:
    brief = extracted(tmp_path, " date 2021-06 County council adopts budget with more road money\n\n" + BODY,
                      "page.txt")[0]
    assert brief.meta.title == "County council adopts budget with more road money"
    assert brief.meta.date is None  # a month is no publication day


def test_closing_stamp_after_a_named_day_dates_the_page(tmp_path: Path) -> None:
    line = "Budget speech delivered by the finance minister on Friday March 5, 2021 |08 March 2021"
    brief = extracted(tmp_path, f"{line}\n\n{BODY}", "page.txt")[0]
    assert brief.meta.title == "Budget speech delivered by the finance minister on Friday March 5, 2021"
    assert brief.meta.date == dt.date(2021, 3, 8)


def test_opening_stamp_still_wins_over_a_named_day() -> None:
    split = split_stamp("March 5, 2021 Council approves budget for the year on June 3, 2022")
    assert split is not None and split[0] == "Council approves budget for the year on June 3, 2022"
    assert split[1].value == "2021-03-05"


def test_a_title_naming_its_day_alone_keeps_it() -> None:
    assert split_stamp("Council freezes the budget until March 5, 2021") is None
