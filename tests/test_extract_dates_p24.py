"""Publication dates in forms whose reading depends on the page, through real extraction.

"03/05/2021" is 5 March on a British page and March 5 on an American one: the page's other dates,
its spelling and its money decide, and a page with no cue keeps the day-first reading with a warning.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from conftest import extracted

TITLE = "Council approves new city budget after long debate"
US_BODY = ("The city council voted on Tuesday to approve a budget of $4.2 million, a rise of 3 percent, "
           "officials said after a long meeting.\n\nThe new community center will open in the fall, the mayor said, "
           "and the plan keeps property taxes flat.\n")
UK_BODY = ("The city council voted on Tuesday to approve a budget of £4.2 million, a rise of 3 per cent, "
           "officials said after a long meeting.\n\nThe new community centre will open in the autumn, the mayor said, "
           "and the plan keeps council tax flat.\n")
PLAIN_BODY = ("The city council voted on Tuesday to approve the new budget, officials said after a long meeting "
              "that ran late.\n\nThe mayor said the plan keeps taxes flat and adds staff to the parks department.\n")


def _extract(tmp_path: Path, text: str) -> tuple[Brief, list[str]]:
    return extracted(tmp_path, text, "page.txt")


@pytest.mark.parametrize(("stamp", "body", "date"), [
    ("03/05/2021", US_BODY, dt.date(2021, 3, 5)),
    ("Posted: 03-05-2021", US_BODY, dt.date(2021, 3, 5)),
    ("03/05/2021", UK_BODY, dt.date(2021, 5, 3)),
    ("05-03-2021", UK_BODY, dt.date(2021, 3, 5)),
], ids=["us-slash", "us-dash", "uk-slash", "uk-dash"])
def test_a_numeric_date_is_read_the_way_the_page_writes_dates(tmp_path: Path, stamp: str, body: str,
                                                             date: dt.date) -> None:
    brief, warnings = _extract(tmp_path, f"{TITLE}\n\n{stamp}\n\n{body}")
    assert brief.meta.date == date
    assert not any("date order" in w for w in warnings)


def test_another_date_on_the_page_that_can_only_be_month_first_decides(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n04/06/2021\n\n{PLAIN_BODY}\nLast reviewed 12/23/2021\n"
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2021, 4, 6)


def test_dates_in_words_decide_the_order_of_a_numeric_stamp(tmp_path: Path) -> None:
    body = PLAIN_BODY + "\nThe budget takes effect on July 1, 2021, and the next vote is on January 12, 2022.\n"
    brief, _ = _extract(tmp_path, f"{TITLE}\n\n04/06/2021\n\n{body}")
    assert brief.meta.date == dt.date(2021, 4, 6)


def test_a_page_without_a_cue_keeps_the_day_first_reading_and_says_so(tmp_path: Path) -> None:
    # neither 7 April nor 4 July 2021 is the Tuesday the story names: no cue at all
    brief, warnings = _extract(tmp_path, f"{TITLE}\n\n04/07/2021\n\n{PLAIN_BODY}")
    assert brief.meta.date == dt.date(2021, 7, 4)
    assert any("date order" in w and "04/07/2021" in w for w in warnings)


@pytest.mark.parametrize(("stamp", "date"), [
    ("Tue, 07/12/2016 - 12:48", dt.date(2016, 7, 12)),  # 12 July 2016 was a Tuesday, 7 December a Wednesday
    ("Wed, 07/12/2016 - 12:48", dt.date(2016, 12, 7)),
    ("07/12/2016 (Tuesday)", dt.date(2016, 7, 12)),
], ids=["tue-mdy", "wed-dmy", "after"])
def test_a_weekday_beside_a_numeric_date_settles_its_order(tmp_path: Path, stamp: str, date: dt.date) -> None:
    brief, warnings = _extract(tmp_path, f"{TITLE}\n\n{stamp}\n\n{UK_BODY}")
    assert brief.meta.date == date
    assert not any("date order" in w for w in warnings)


def test_the_weekday_a_story_names_picks_the_reading_of_an_unsettled_stamp(tmp_path: Path) -> None:
    # 6 April 2021 was the Tuesday the story names; 4 June a Friday: taken, but still a guess to check
    brief, warnings = _extract(tmp_path, f"{TITLE}\n\n04/06/2021\n\n{PLAIN_BODY}")
    assert brief.meta.date == dt.date(2021, 4, 6)
    assert any("date order" in w and "04/06/2021" in w for w in warnings)



def test_a_date_line_without_its_year_takes_the_year_of_the_pages_notice(tmp_path: Path) -> None:
    text = f"{TITLE}\n\nFriday, March 5\n\n{PLAIN_BODY}\n© 2021 The Daily Star. All rights reserved.\n"
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2021, 3, 5)
    assert any(w.startswith("meta.date is a guess") and "Friday, March 5" in w for w in warnings)



def test_a_blogs_closing_posted_line_dates_the_page(tmp_path: Path) -> None:
    brief, _ = _extract(tmp_path, f"{TITLE}\n\n{PLAIN_BODY}\nPosted in News on March 5, 2021 by admin\n")
    assert brief.meta.date == dt.date(2021, 3, 5)


@pytest.mark.parametrize("dateline", ["SPRINGFIELD, Ill., March 5 —", "Brussels, 5 March –"])
def test_a_dateline_without_agency_or_year_takes_the_notices_year(tmp_path: Path, dateline: str) -> None:
    text = f"{TITLE}\n\n{dateline} {PLAIN_BODY}\n© 2021 The Daily Star\n"
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2021, 3, 5)
    assert any(w.startswith("meta.date is a guess") for w in warnings)



@pytest.mark.parametrize("lines", [
    "Updated March 6, 2021\n\nMarch 5, 2021",
    "Last modified: 6 March 2021\nJane Smith, 5 March 2021",
])
def test_the_first_publication_dates_the_page_not_the_last_update(tmp_path: Path, lines: str) -> None:
    brief, _ = _extract(tmp_path, f"{TITLE}\n\n{lines}\n\n{PLAIN_BODY}")
    assert brief.meta.date == dt.date(2021, 3, 5)


def test_an_originally_published_note_under_the_story_beats_the_update_over_it(tmp_path: Path) -> None:
    text = (f"{TITLE}\n\nBy Jane Smith\nUpdated 10:30 a.m. March 6, 2021\n\n{PLAIN_BODY}"
            "\nOriginally published March 5, 2021.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2021, 3, 5)


def test_a_stored_copys_date_stamp_dates_the_page_over_the_dateline_under_it(tmp_path: Path) -> None:
    text = f" date 2022-10-14 SPRINGFIELD, Ill., Oct. 13, 2022 /PRNewswire/ – {PLAIN_BODY}"
    brief, warnings = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2022, 10, 14)
    assert not any(w.startswith("meta.date is a guess") for w in warnings)


def test_the_day_a_file_photo_was_taken_is_no_publication_date(tmp_path: Path) -> None:
    text = ("© Reuters. FILE PHOTO: People queue at City Hall in Springfield, January 26, 2021. REUTERS/Jane Doe\n"
            f"By Jane Smith\n{PLAIN_BODY}")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date is None


def test_the_day_a_notice_was_made_public_dates_it_not_the_day_it_was_written(tmp_path: Path) -> None:
    text = ("市政府办公室关于印发稳就业措施的通知\n文号 | 市政办发〔2021〕8号 | 成文日期: | 2021年09月28日 |\n"
            "有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n\n"
            "为贯彻落实稳就业工作部署,经市政府同意,现将有关措施印发给你们,请认真贯彻执行。各部门要加强协调配合。\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2021, 9, 30)


def test_a_press_release_dateline_under_the_sites_notice_dates_the_page(tmp_path: Path) -> None:
    notice = ("We are moving to a new site.\n\nAs we swap old pages for new, some will be in transition. "
              "Thanks for your patience and please keep coming back.\n\n")
    text = (f"{notice}{TITLE}\n\nRIVERTON, 29 February 2008 - The city council today approved the new budget, "
            "officials said after a long meeting that ran late.\n\nThe mayor said the plan keeps taxes flat.\n")
    brief, _ = _extract(tmp_path, text)
    assert brief.meta.date == dt.date(2008, 2, 29)
