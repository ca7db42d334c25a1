"""Which way a page writes its numeric dates: "03/05/2021" is 5 March in London and March 5 in Chicago.

The page decides, not a fixed rule.  Its other numeric dates first: one whose
first number is over 12 ("23/06/2010") can only be day-first, one whose second
is ("06/23/2010") month-first.  Then the way it writes dates in words ("March 5,
2021" against "5 March 2021"), and its spelling and money ("percent", "center",
"$" against "per cent", "centre", "£").  A weekday printed beside a numeric date
("Tue, 07/12/2016") fits one reading only, a calendar fact that settles it.  Cues
must lean clearly one way; when they do not, the reading whose weekday the story
names ("… said on Friday") is taken, else the day-first one, and the reviewer is
told to check it.
"""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract.regexguard import guarded

# "03/05/2021", "03-05-2021": two small numbers and a year, either order possible
_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})(?!\d)")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_FIRST = guarded(re.compile(r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b", re.IGNORECASE))
_DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?:19|20)\d{2}\b", re.IGNORECASE)
# American and British spellings and money; each a weak cue, counted together
_US = guarded(re.compile(r"\b(?:percent|center|centers|color|favor|labor|honor|neighbor\w*|organiz\w+|realiz\w+|"
                 r"analyz\w+|program|defense|traveled|fall\s+semester|zip\s+code|attorney\s+general)\b|\$\d",
                 re.IGNORECASE))
# an AP-style dateline's or address's state ("Springfield, Ill.", "Tulsa, Okla."): a North American page, whose
# numeric dates run month first ("Posted on 11/05/2019" is November 5); a stronger cue than a spelling
_US_STATE = re.compile(r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|"
                       r"Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.(?!\w)")
_UK = guarded(re.compile(r"\b(?:per\s+cent|centre|centres|colour|favour|honour|neighbour\w*|organis\w+|realis\w+|"
                 r"analys(?:e|ed|ing)|programme|defence|travelled|postcode|whilst)\b|£\s?\d|€\s?\d|\bRs\.?\s?\d|₹",
                 re.IGNORECASE))


# a weekday's name or its abbreviation written beside a numeric date ("Tue, 07/12/2016", "07/12/2016 (Tuesday)")
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"\b(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_WEEKDAY_BEFORE = re.compile(_WEEKDAY + r",?\s*$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(r"^[\s,(]*" + _WEEKDAY + r"\b", re.IGNORECASE)


def weekday_order(text: str, match: re.Match[str]) -> str | None:
    """"dmy" or "mdy" when a weekday's name printed beside the numeric date ``match`` (in ``text``) is the
    weekday of one reading only: "Tue, 07/12/2016" is 12 July (a Tuesday), not 7 December (a Wednesday).
    A calendar fact, so it holds on any site in any country."""
    named = _WEEKDAY_BEFORE.search(text[max(0, match.start() - 12):match.start()]) \
        or _WEEKDAY_AFTER.match(text[match.end():match.end() + 14])
    if named is None:
        return None
    wanted = _DAYS.index(named["wd"].lower())
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    fits = {order for order, (month, day) in (("dmy", (b, a)), ("mdy", (a, b)))
            if month <= 12 and _weekday(year, month, day) == wanted}
    return fits.pop() if len(fits) == 1 else None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def page_order(text: str) -> str | None:
    """"mdy" or "dmy" when the page's cues lean clearly one way, else None."""
    month_first = day_first = 0
    for match in _NUMERIC.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b or weekday_order(text, match) == "dmy":
            day_first += 3
        elif b > 12 >= a or weekday_order(text, match) == "mdy":
            month_first += 3
    month_first += 2 * len(_MONTH_FIRST.findall(text)) + len(_US.findall(text)) + 2 * len(_US_STATE.findall(text))
    day_first += 2 * len(_DAY_FIRST.findall(text)) + len(_UK.findall(text))
    if month_first >= 2 and month_first >= 2 * day_first:
        return "mdy"
    if day_first >= 2 and day_first >= 2 * month_first:
        return "dmy"
    return None


def ambiguous(line: str, date: dt.date) -> bool:
    """``line`` writes ``date`` as a numeric date that reads as another date the other way round."""
    for match in _NUMERIC.finditer(line):
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        if a != b and a <= 12 and b <= 12 and year == date.year and {(b, a), (a, b)} & {(date.month, date.day)}:
            return True
    return False


def resolve(line: str, date: dt.date, text: str) -> tuple[dt.date, bool]:
    """``date`` as read from ``line`` (day-first), reread month-first when the page writes dates so.

    Returns the date and whether the order is still a guess (no clear cue on the page).
    """
    match = next((m for m in _NUMERIC.finditer(line) if (int(m["b"]), int(m["a"])) == (date.month, date.day)), None)
    if match is None:
        return date, False
    order = weekday_order(line, match) or page_order(text.replace(match.group(0), " "))
    # the story's weekday picks a reading where the page gives no order, but only as a guess to check
    guess = order is None
    if (order or _story_day(match, text)) == "mdy":
        return dt.date(date.year, int(match["a"]), int(match["b"])), guess
    return date, guess


_NAMED_DAY = re.compile(r"\b(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_DAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _story_day(match: re.Match[str], text: str) -> str | None:
    """The reading of an ambiguous stamp that falls on a weekday the story's opening names and the other reading
    does not ("… reported on Friday" under "06/03/2022": 3 June 2022 was a Friday, 6 March a Sunday); asked only
    when the page gives no clear order: a news story is often dated the day it reports, but not always, so the
    reading stays a guess the reviewer is asked to check."""
    named = {_DAY_STEMS.index(m["wd"].lower()) for m in _NAMED_DAY.finditer(text[:1500])}
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    fits = {order for order, (month, day) in (("dmy", (b, a)), ("mdy", (a, b)))
            if month <= 12 and _weekday(year, month, day) in named}
    return fits.pop() if len(fits) == 1 else None
