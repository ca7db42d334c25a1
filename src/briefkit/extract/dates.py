"""Dates as news sites write them, absolute and relative.

:func:`find_dates` returns every date expression in a text with its precision
and exact wording.  Relative expressions ("October last year", "in July of
this year", "yesterday") are resolved against the publication date; without
one they are skipped rather than guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordcount import CJK

MONTHS: dict[str, int] = {}
for _num, _names in enumerate([
    "january jan janvier janv", "february feb fevrier février févr", "march mar mars",
    "april apr avril avr", "may mai", "june jun juin", "july jul juillet juil",
    "august aug août aout", "september sep sept septembre", "october oct octobre",
    "november nov novembre", "december dec décembre decembre déc",
], start=1):
    for _name in _names.split():
        MONTHS[_name] = _num

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

# the year's end: no digit follows, but for a time the copy ran onto it ("30.03.202314:34", a date stamp's
# date and time printed in two cells)
_YEAR_END = r"(?:(?!\d)|(?=[0-2]?\d:[0-5]\d(?!\d)))"

_ABSOLUTE = [
    # one separator throughout: "2021 09.30" is a year and a time, not 30 September
    ("day", re.compile(_YEAR + r"(?P<sep>[-/.\s])(?P<m>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d.,%])")),
    # (an e-paper's "2025年1月3星期五" leaves out the 日 before the weekday)
    # (an e-paper's edition path parts them with slashes: "农村金融时报/2025 年/8 月/4 日/第 A07 版")
    ("day", re.compile(_YEAR + r"\s*年\s*/?\s*(?P<m>[01]?\d)\s*月\s*/?\s*(?P<day>[0-3]?\d)\s*"
                       r"(?:日|(?=\s*(?:星期|周|週)))")),
    ("day", re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)[/.](?P<m>[01]?\d)[/.]" + _YEAR + _YEAR_END)),
    # "06/23/2010": month first, read so only where the day-first reading is no date (an ambiguous
    # "03/05/2021" stays 3 May, the reading above, which comes first at the same place)
    # "08.20.2009" likewise, with dots: one separator throughout
    ("day", re.compile(r"(?<![\d.])(?P<m>[01]?\d)(?P<sep>[/.])(?P<day>[0-3]?\d)(?P=sep)" + _YEAR + _YEAR_END)),
    # "05-03-2021" as the slashes: day first, month first only where that is no date (the page decides later)
    ("day", re.compile(r"(?<![\d.-])(?P<day>[0-3]?\d)-(?P<m>[01]?\d)-" + _YEAR + r"(?![\d-])")),
    ("day", re.compile(r"(?<![\d.-])(?P<m>[01]?\d)-(?P<day>[0-3]?\d)-" + _YEAR + r"(?![\d-])")),
    ("day", re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE)),
    # "4 March 2021", "Friday 4th of March, 2021", and the day's ordinal dot of European pages ("04. Dec 2018")
    ("day", re.compile(_WEEKDAY + _DAY + r"(?:\.\s|\s+)(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE)),
    ("day", re.compile(r"(?<![\w-])" + _DAY + r"-" + _MONTH + r"-" + _YEAR + r"(?!\d)", re.IGNORECASE)),  # 05-Mar-2021
    ("month", re.compile(_YEAR + r"\s*年\s*(?P<m>[01]?\d)\s*月")),
    ("month", re.compile(r"(?<![\w-])" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR, re.IGNORECASE)),
    ("month", re.compile(r"(?<![\d-])" + _YEAR + r"-(?P<m>0[1-9]|1[0-2])(?![\d-])")),
    # the Chinese month and day with the year set apart, not joined by 年: an e-paper's "2018 11月14日", a blog
    # platform's Chinese locale "3月 30, 2022" (the English "March 30, 2022" with 月 for the month's name)
    ("day", re.compile(_YEAR + r"\s+(?P<m>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日")),
    ("day", re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<day>[0-3]?\d),\s*" + _YEAR + r"(?!\d)")),
    # "14th, Jun 2018": an ordinal day set off by a comma (a bare "14, June 2018" may be a count before a date)
    ("day", re.compile(_WEEKDAY + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th),\s+" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE)),
]
# _NEEDS below names patterns by their place in this list: add new ones at its end
_NAMED = {p for _, p in _ABSOLUTE if "(?P<month>" in p.pattern}
# What the text must hold for a pattern that opens with a look-behind (tried at every position) to match:
# a year after a slash, a dot or a dash, or before a dash; 年 for the Chinese ones.  A cheap scan first.
_SEP_YEAR = re.compile(r"[/.](?:19|20)\d\d")
_DASH_YEAR = re.compile(r"-(?:19|20)\d\d")
_YEAR_DASH = re.compile(r"(?:19|20)\d\d-")
_NEEDS: dict[re.Pattern[str], str | re.Pattern[str]] = {
    _ABSOLUTE[i][1]: need for i, need in ((1, "年"), (2, _SEP_YEAR), (3, _SEP_YEAR), (4, _DASH_YEAR), (5, _DASH_YEAR),
                                          (9, "年"), (11, _YEAR_DASH), (12, "月"), (13, "月"))}
_WORD = re.compile(r"[^\W\d_]+")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_RELATIVE_MONTH = guarded(re.compile(
    r"\b(?:(?:in|since|by|during|from|until|early|late|mid|the end of)\s+)?(?:(?:early|late|mid)[-\s])?"
    + _MONTH + r"\s+(?:of\s+)?(?P<rel>last|this|next|the previous|the same)\s+year\b", re.IGNORECASE))
_RELATIVE_YEAR = re.compile(r"\b(?P<rel>last|this|next)\s+year\b", re.IGNORECASE)
_RELATIVE_YEAR_FR = re.compile(
    r"\b(?P<rel>l['’]an(?:née)?\s+(?:derni(?:er|ère)|pass(?:é|ée)|prochaine?)|cette\s+année)\b", re.IGNORECASE)
_BARE_MONTH = guarded(re.compile(r"\b(?:in|since|by|until|from|during|through|to|en|depuis|dès|fin|début|mi-)\s+"
                         r"(?:early\s+|late\s+)?" + _MONTH
                         + r"(?![\w-]|\s*,?\s*(?:of\s+)?(?:\d|last|this|next|the\s+(?:previous|same)))", re.IGNORECASE))
_RELATIVE_DAY = re.compile(r"\b(?P<rel>yesterday|today)\b", re.IGNORECASE)
_RELATIVE_ZH = re.compile(r"(?P<rel>前年|去年|今年|明年)(?:(?P<m>1[0-2]|[1-9])月(?:(?P<d>[1-3]?\d)日)?)?")
_ZH_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
# "8月16日" without a year is the latest such day up to publication; 上月/本月/下月 count months from it.
_ZH_MONTH_DAY = re.compile(r"(?<![年\d])(?P<m>1[0-2]|[1-9])月(?P<d>[1-3]?\d)日")
_ZH_REL_MONTH = re.compile(r"(?P<rel>上个?月|本月|这个月|下个?月)")
_ZH_REL_DAY = re.compile(r"(?P<rel>前天|昨天|昨日|今天|今日)")
_ZH_MONTH_OFFSET = {"上": -1, "本": 0, "这": 0, "下": 1}
_ZH_DAY_OFFSET = {"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0}
WEEKDAYS = {name: i for i, names in enumerate(["monday lundi", "tuesday mardi", "wednesday mercredi", "thursday jeudi",
                                               "friday vendredi", "saturday samedi", "sunday dimanche"])
            for name in names.split()}
_ON_WEEKDAY = re.compile(r"\b(?:on|last|ce|le)\s+(?P<wd>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_BARE_YEAR = guarded(re.compile(r"(?<![\d.,$€£¥-])"
                        r"(?P<lead>(?:since|in|from|by|until|before|after|of|en|depuis|dès|d['’]ici)\s+)?"
                        # "1942篇" (a number a measure word counts) is no year
                        + _YEAR + r"(?![\d%]|\s*(?:%|percent|per cent)"
                        r"|[篇个個件人名位家项項次台辆輛吨噸艘架条條座所场場套户戶份张張])", re.IGNORECASE))
_RANGE = guarded(re.compile(r"(?P<e>(?:19|20)\d{2})年\s*(?:至|到)\s*(?:19|20)\d{2}年"
                    r"|\bfrom\s+(?P<a>(?:19|20)\d{2})\s+(?:to|until|through)\s+(?P<b>(?:19|20)\d{2})\b"
                    r"|\b(?P<c>(?:19|20)\d{2})\s*[-–]\s*(?P<d>(?:19|20)\d{2})\b", re.IGNORECASE))
_OFFSET = {"last": -1, "the previous": -1, "this": 0, "the same": 0, "next": 1}


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: ISO value, precision and the exact wording."""

    value: str
    precision: str
    start: int
    end: int
    original: str
    relative: bool = False


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The ISO spelling, or None when the parts are not a real date."""
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


def _month_of(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("m"):
        return int(groups["m"])
    return MONTHS[groups["month"].lower().rstrip(".")]


def _has_month_name(text: str) -> bool:
    return any(word in MONTHS for word in _WORD.findall(text.lower()))


# (a pure function of its text: find_dates asks it once per publication date, parse_date once more)
@text_cache(maxsize=2048)
def _absolute(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    if not _YEARISH.search(text):
        return ()  # every absolute pattern holds a year: most sentences and lines have none
    named = _has_month_name(text)
    held: dict[object, bool] = {}
    for precision, pattern in _ABSOLUTE:
        if not named and pattern in _NAMED:
            continue  # the month-name patterns are the slow ones: skip them when no month is named
        if (need := _NEEDS.get(pattern)) is not None:
            if need not in held:
                held[need] = need in text if isinstance(need, str) else bool(need.search(text))
            if not held[need]:
                continue
        for match in pattern.finditer(text):
            day = int(match["day"]) if precision == "day" else None
            value = _iso(int(match["year"]), _month_of(match), day)
            if value:
                found.append(DateMention(value, precision, match.start(), match.end(), match.group(0).strip()))
    return tuple(found)


def _relative(text: str, published: dt.date | None) -> list[DateMention]:
    if published is None:
        return []
    zh = _relative_zh(text, published) + _relative_zh_days(text, published) if CJK.search(text) else []
    return _relative_months(text, published) + _relative_years(text, published) + zh + _relative_days(text, published)


def _relative_months(text: str, published: dt.date) -> list[DateMention]:
    """"October last year", and a bare "in October": the latest October up to publication."""
    found: list[DateMention] = []
    if not _has_month_name(text):
        return found
    for match in _RELATIVE_MONTH.finditer(text):
        value = _iso(published.year + _OFFSET[match["rel"].lower()], MONTHS[match["month"].lower().rstrip(".")])
        if value:
            found.append(DateMention(value, "month", match.start(), match.end(), match.group(0), True))
    for match in _BARE_MONTH.finditer(text):
        month = MONTHS[match["month"].lower().rstrip(".")]
        year = published.year if month <= published.month else published.year - 1
        found.append(DateMention(f"{year:04d}-{month:02d}", "month", match.start(), match.end(), match.group(0), True))
    return found


def _relative_years(text: str, published: dt.date) -> list[DateMention]:
    found = [DateMention(f"{published.year + _OFFSET[m['rel'].lower()]:04d}", "year", m.start(), m.end(),
                         m.group(0), True) for m in _RELATIVE_YEAR.finditer(text)]
    for match in _RELATIVE_YEAR_FR.finditer(text):
        rel = match["rel"].lower()
        offset = 0 if rel.startswith("cette") else 1 if "prochain" in rel else -1
        found.append(DateMention(f"{published.year + offset:04d}", "year", match.start(), match.end(),
                                 match.group(0), True))
    return found


def _relative_zh(text: str, published: dt.date) -> list[DateMention]:
    """去年10月, 今年7月, 明年."""
    found: list[DateMention] = []
    for match in _RELATIVE_ZH.finditer(text):
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] else None
        value = _iso(published.year + _ZH_OFFSET[match["rel"]], month, day)
        if value:
            precision = "day" if day else "month" if month else "year"
            found.append(DateMention(value, precision, match.start(), match.end(), match.group(0), True))
    return found


def _relative_zh_days(text: str, published: dt.date) -> list[DateMention]:
    """8月16日 (against the publication year), 上月, 昨天."""
    found: list[DateMention] = []
    for match in _ZH_MONTH_DAY.finditer(text):
        month, day = int(match["m"]), int(match["d"])
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        if value := _iso(year, month, day):
            found.append(DateMention(value, "day", match.start(), match.end(), match.group(0), True))
    for match in _ZH_REL_MONTH.finditer(text):
        months = published.year * 12 + published.month - 1 + _ZH_MONTH_OFFSET[match["rel"][0]]
        found.append(DateMention(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", match.start(), match.end(),
                                 match.group(0), True))
    for match in _ZH_REL_DAY.finditer(text):
        when = published + dt.timedelta(days=_ZH_DAY_OFFSET[match["rel"]])
        found.append(DateMention(when.isoformat(), "day", match.start(), match.end(), match.group(0), True))
    return found


def _relative_days(text: str, published: dt.date) -> list[DateMention]:
    """"yesterday", "today", and "on Tuesday": the latest Tuesday up to the publication day."""
    found: list[DateMention] = []
    for match in _ON_WEEKDAY.finditer(text):
        back = (published.weekday() - WEEKDAYS[match["wd"].lower()]) % 7
        found.append(DateMention((published - dt.timedelta(days=back)).isoformat(), "day", match.start(),
                                 match.end(), match.group(0), True))
    for match in _RELATIVE_DAY.finditer(text):
        back = 1 if match["rel"].lower() == "yesterday" else 0
        found.append(DateMention((published - dt.timedelta(days=back)).isoformat(), "day", match.start(),
                                 match.end(), match.group(0), True))
    return found


def _years(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    if not _YEARISH.search(text):
        return found
    for match in _RANGE.finditer(text):
        first = match["a"] or match["c"] or match["e"]
        found.append(DateMention(first, "year", match.start(), match.end(), match.group(0)))
    for match in _BARE_YEAR.finditer(text):
        found.append(DateMention(match["year"], "year", match.start(), match.end(), match.group(0)))
    return found


@functools.lru_cache(maxsize=4096)
def find_dates(text: str, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date in ``text``, most precise first where expressions overlap (cached: texts repeat)."""
    rank = {"day": 0, "month": 1, "year": 2}
    candidates = [*_absolute(text), *_relative(text, published), *_years(text)]
    candidates.sort(key=lambda d: (rank[d.precision], -(d.end - d.start), d.start))
    starts: list[int] = []
    chosen: list[DateMention] = []  # kept sorted by start; chosen spans never overlap
    for mention in candidates:
        i = bisect.bisect_left(starts, mention.start)
        if (i > 0 and chosen[i - 1].end > mention.start) or (i < len(chosen) and chosen[i].start < mention.end):
            continue
        starts.insert(i, mention.start)
        chosen.insert(i, mention)
    return tuple(chosen)


def inside(spans: tuple[DateMention, ...], position: int) -> bool:
    """True when ``position`` falls inside one of the (sorted, disjoint) date mentions."""
    i = bisect.bisect_right([d.start for d in spans], position) - 1
    return i >= 0 and spans[i].start <= position < spans[i].end


@text_cache(maxsize=1024)
def parse_date(text: str) -> DateMention | None:
    """The first day-precise date in ``text`` (a dateline or date line).

    First in the text: "06/23/2010 05:12 am ET Updated May 25, 2011" was published on the first.
    Cached: the title, source, byline and date finders each ask it of the page's first lines.
    """
    days = [d for d in _absolute(text) if d.precision == "day"]
    return min(days, key=lambda d: d.start) if days else None
