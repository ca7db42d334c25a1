"""Dates a page states outside its body's first lines: under a title read among the body's blocks,
on a line that also holds labelled fields ("2017年04月20日10:28 | 来源:中国新闻网"), closing the page, and the
year of the copyright notice closing wire copy; and which of a page's dates is its publication date."""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract import headlines
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.datedheads import names_a_period
from briefkit.extract.dateorder import ambiguous, resolve
from briefkit.extract.dates import DateMention, parse_date
from briefkit.extract.fields import FIELD
from briefkit.extract.runins import split_stamp
from briefkit.readers import Article


def field_date_line(text: str) -> bool:
    """"2017年04月20日10:28 | 来源:中国新闻网": a date and a labelled field on one short line, read as a paragraph."""
    return len(text) <= 60 and FIELD.search(text) is not None and parse_date(text) is not None \
        and not re.search(r"[.。!?！？]$", text)


def date_under_title(article: Article, title_line: str) -> dt.date | None:
    """A date line just under a title read among the body's first blocks (a portal's furniture came first)."""
    texts = [b.text for b in article.blocks[:16]]
    if title_line in article.head or title_line not in texts:
        return None
    start = texts.index(title_line) + 1
    for line in texts[start:start + 2]:
        if headlines.is_date_line(line) and not _ARCHIVED.match(line) and (found := parse_date(line)):
            return dt.date.fromisoformat(found.value)
    return None


def tail_date(tail: list[str]) -> dt.date | None:
    """A date closing the page: only on a date line or a labelled one, not glued to a related headline."""
    for line in tail:
        if is_boilerplate(line):
            continue  # "2014-05-20 Copyright ©1999-2018": the notice's date, not the article's
        if (found := parse_date(line)) and (headlines.is_date_line(line) or FIELD.search(line)):
            return dt.date.fromisoformat(found.value)
        # "Posted in News on March 5, 2021 by admin": a blog's closing line
        posted = _POSTED_IN.search(line)
        if posted and len(line.split()) <= 16 and (found := parse_date(line[posted.end():])):
            return dt.date.fromisoformat(found.value)
    return None


_NOTICE_YEAR = re.compile(r"^\s*(?:©|\(c\)|copyright\b).{0,60}?\b(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")


def notice_year(tail: list[str]) -> int | None:
    """"(c) Copyright Thomson Reuters 2022. Click For Restrictions": the year wire copy was sent, to date
    a dateline that gives only day and month; a span of years ("© 2010-2024") says nothing of the story."""
    for line in tail:
        if (match := _NOTICE_YEAR.match(line)) and not _SPAN.search(line):
            return int(match["year"])
    return None


_ASKED = re.compile(r"\b(?:asked|tabled)\s+on\b", re.IGNORECASE)
_ANSWERED = re.compile(r"\banswered\s+on\b", re.IGNORECASE)


def answer_date(article: Article) -> dt.date | None:
    """A written question's page ("(asked on 8th February 2021)" … "This question was answered on 16th
    February 2021") is dated by its answer, which is what the page publishes."""
    lines = article.head + [b.text for b in article.blocks[:12] if len(b.text) <= 120]
    if not any(_ASKED.search(line) and parse_date(line) for line in lines):
        return None
    for line in lines:
        if (answered := _ANSWERED.search(line)) and (found := parse_date(line[answered.end():])):
            return dt.date.fromisoformat(found.value)
    return None


_PUBLISHED = re.compile(r"\b(?:first\s+)?(?:published|posted)\b(?:\s+on)?\s*[:：]?\s*", re.IGNORECASE)
_PICTURED = re.compile(r"\bfile\s+photo\b|\b(?:photo(?:graph)?|picture|image)\s*(?:[:：]|by\b)"
                       r"|\b(?:REUTERS|AP\s+Photo|AFP)/"
                       r"|\bin\s+this\s+(?:\w+\s+){0,6}photo\b", re.IGNORECASE)
_PUBLIC_LABEL = re.compile(r"(?:公开日期|公開日期|发布日期|發布日期|發佈日期|发布时间|發布時間|發佈時間)"
                           r"\s*[:：]?\s*\|?\s*\S*$"
                           r"|\b(?:date\s+published|publication\s+date|published(?:\s+on)?)\s*[:：]?\s*\S*$",
                           re.IGNORECASE)
_STORED_STAMP = re.compile(r"^\s*date\s+(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})\b")
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited|revised|changed)\b", re.IGNORECASE)
# "归档时间: 2023-03-09", "Archived on …": when a copy was filed in an archive or collected, not when it was published
_ARCHIVED = re.compile(r"^\W*(?:(?:归档|歸檔|入库|入庫|采集|採集)(?:时间|時間|日期)|archived\b)", re.IGNORECASE)
_POSTED_IN = re.compile(r"\b(?:published|posted)\b(?:\s+in\s+[\w &]{1,30}?)?\s+on\s+", re.IGNORECASE)


# "Local time: Wednesday, 18 October 2017 20:20:36hrs", "Today's date: …": a site's clock, the day the page was read
_CLOCK = re.compile(r"^\W*(?:local\s+time|current\s+(?:time|date)|today(?:['’]s\s+date|\s+is)?)\s*[:：]",
                    re.IGNORECASE)


def _date_of(line: str) -> DateMention | None:
    """The date a line gives: after "Published"/"Posted" when it has one ("Updated: March 5 / Published:
    March 4" was published on March 4), else its first date; a labelled clock gives none."""
    if _CLOCK.match(line) or names_a_period(line):
        return None
    if (published := _PUBLISHED.search(line)) and (found := parse_date(line[published.end():])):
        return found
    return parse_date(line)


_MONTH_NAME = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.?"
# "SPRINGFIELD, Ill., March 5 —", "Brussels, 5 March –": a dateline without an agency or a year
# the place in capitals or one or two capitalised words: "The council met on March 5 —" is a sentence
_DATELINE_PLACE = (r"^(?!(?:On|In|By|Since|Until|From|Before|After|As)\b)"
                   r"(?:[A-Z][A-Z.'’ -]{2,30}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s*[A-Z][A-Za-z.]{1,14})?,?\s+")
_PLAIN_DATELINE = re.compile(_DATELINE_PLACE + r"(?P<date>" + _MONTH_NAME + r"\s+[0-3]?\d|[0-3]?\d\s+" + _MONTH_NAME
                             + r")\s*[-–—:]")
# "FREETOWN, 29 February 2008 - UNICEF Executive Director …": a press release's dateline with its whole date
_FULL_DATELINE = re.compile(_DATELINE_PLACE + r"(?P<date>" + _MONTH_NAME + r"\s+[0-3]?\d,?\s+(?:19|20)\d{2}"
                            r"|[0-3]?\d\s+" + _MONTH_NAME + r",?\s+(?:19|20)\d{2})\s*[-–—:]")


def full_dateline(paragraphs: list[str]) -> tuple[dt.date, str] | None:
    """The date of a dateline with its year opening one of the story's first paragraphs (a site's notice or a
    kicker may stand over the story's first paragraph), and that paragraph."""
    for paragraph in paragraphs:
        if (match := _FULL_DATELINE.match(paragraph[:80])) and (found := parse_date(match["date"])):
            return dt.date.fromisoformat(found.value), paragraph
    return None


def _plain_dateline(paragraph: str, year: int | None) -> dt.date | None:
    """The date of a dateline without an agency, in ``year`` (the page's other dates or its notice)."""
    match = _PLAIN_DATELINE.match(paragraph[:80]) if year else None
    if match is None or not paragraph[0].isupper():
        return None
    found = parse_date(f"{match['date']}, {year}") or parse_date(f"{match['date']} {year}")
    return dt.date.fromisoformat(found.value) if found else None


# a preposition before a date in a sentence: "… in Adama, on February 13, 2016.", "From March 10, 2020 the rate …"
_EVENT_DAY = re.compile(r"\b(?:on|from|since|until|till|by|before|after|as\s+of|effective)\s*$", re.IGNORECASE)

_PUBLISHED_BY = re.compile(r"\b(?:issued|published|released|posted|dated|written|distributed)\b", re.IGNORECASE)
# what lets a date inside a story's first sentence date the page (_pick's last resort): the sentence calls it today,
# says the page came out on it (stricter than _PUBLISHED_BY: "on" right before the date), or a Chinese dateline
# follows it
_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))[\s,(]*$|(?:今天|今日|本日)\s*[（(]?$",
                    re.IGNORECASE)
_NOTE_ON = re.compile(r"\b(?:published|issued|released|posted|appeared)\b[^.!?]{0,60}\bon\s*$", re.IGNORECASE)
_FILED = re.compile(r"\s*[（(][^）)]{1,12}[訊讯電电][)）]")


def _event_day(line: str, found: DateMention) -> bool:
    """The date a sentence gives an event ("depot in Adama, on February 13, 2016. Ethiopia is …"): a caption's
    or a story's day, not the page's date stamp."""
    before = line[:max(line.find(found.original), 0)]
    # "The press release issued by the Foreign Office on 11 September 2023.": the page's own day, said in words
    return len(line.split()) >= 12 and bool(_EVENT_DAY.search(before)) and not _PUBLISHED_BY.search(before[-80:])


def pick_date(lines: list[str], title_index: int, paragraphs: list[str],
              top: list[str] | None = None, notice_year: int | None = None) -> tuple[dt.date, str, bool] | None:
    """The publication date, the line it came from and whether it is a weak guess (see :func:`_pick`), unless the
    head line it came from is the page's clock: then the date line under it (:func:`under_clock`)."""
    found = _pick(lines, title_index, paragraphs, top, notice_year)
    if found is not None and (below := under_clock(lines, found[1], found[0])) is not None:
        return below[0], below[1], False
    return found


# a page's clock shows the day the page was read or saved, on or after the day it was published, so a date line
# more than a month older printed under it is the story's ("Friday Nov 15, 2024" over "Tuesday, 2 October 2012
# 00:14"); within a month the two may be a story's filing and publishing days, which the first line still decides
_CLOCK_GAP = dt.timedelta(days=31)


def under_clock(lines: list[str], line: str, date: dt.date) -> tuple[dt.date, str] | None:
    """The next date line among the head ``lines`` below ``line`` (the head line ``date`` was read from) when it
    is more than a month older than ``date``: ``line`` is then the page's clock, not the story's date.  An
    update line is not the story's first date, nor is a picture's date; a page whose next date line is an
    "Updated" one keeps its own."""
    if line not in lines:
        return None
    for below in lines[lines.index(line) + 1:15]:
        if not headlines.is_date_line(below) or _PICTURED.search(below) or _ARCHIVED.match(below):
            continue
        if _UPDATED.match(headlines.clean(below)):
            return None
        if (found := _date_of(below)) is None or found.precision != "day":
            continue
        # only the next date line: a run of them is a list of other stories' days, not a clock over one story
        older = dt.date.fromisoformat(found.value)
        return (older, below) if older < date - _CLOCK_GAP else None
    return None


def _pick(lines: list[str], title_index: int, paragraphs: list[str],
          top: list[str] | None = None, notice_year: int | None = None) -> tuple[dt.date, str, bool] | None:
    """The publication date, the line it came from and whether it is a weak guess.

    Order of trust: the first date line after the title, a dateline opening the
    body, then any head line (a date before the title is often when the page
    was saved, so it is a weak guess), then a date line standing alone among the
    ``top`` blocks of the body, then a dateline without an agency ("SPRINGFIELD, Ill., March 5 —")
    in the notice's year, then a date opening the first paragraph.  A dateline
    without its year ("10 oct (Reuters) -") takes a head line's year, else the year of
    the copyright notice closing wire copy (``notice_year``), as a weak guess.
    """
    after = [line for line in lines[title_index + 1:]] if title_index >= 0 else []
    for line in after[:4]:  # "Updated March 5, 2021" then "Published March 4, 2021": the publication's
        if _PUBLISHED.search(line) and (found := _date_of(line)) and headlines.is_date_line(line):
            return dt.date.fromisoformat(found.value), line, False
    dated = [(line, found) for line in after if not _ARCHIVED.match(line) and (found := _date_of(line)) and (
        headlines.is_date_line(line) or "|" in line or headlines.FIELD_START.match(headlines.clean(line)))]
    # "Updated March 6" then "March 5": the first publication, not the last change, dates the page
    # "成文日期: 2021年09月28日" then "公开日期: 2021-09-30": the day it was made public, not the day it was written
    labelled = next((d for d in dated if _PUBLIC_LABEL.search(d[0][:d[0].find(d[1].original) + 1])), None)
    first = labelled or next((d for d in dated if not _UPDATED.match(headlines.clean(d[0]))), None) \
        or next(iter(dated), None)
    if first is not None:
        return dt.date.fromisoformat(first[1].value), first[0], False
    opening = (lines or paragraphs or [""])[0]
    if (stamp := _STORED_STAMP.match(opening)) and (found := parse_date(stamp["date"])):
        # " date 2022-10-14 DARTMOUTH, NS, Oct. 13, 2022 /CNW/ –": the stored copy's stamp records the page's
        # date, which a dateline under it (the day the story was filed) or a caption's date does not
        return dt.date.fromisoformat(found.value), opening, False
    # a photo's caption dates the picture ("… on July 31, 2019. — Picture by REUTERS"), not the story
    year = next((int(found.value[:4]) for line in lines if not _PICTURED.search(line) and (found := _date_of(line))),
                None)
    for i, paragraph in enumerate(paragraphs[:8]):
        # a summary box may stand over a release ("Rhea-AI Summary" and its bullets): a dateline with its own year
        # further down still dates it; one without a year is read only where a story opens
        if (found_dl := headlines.dateline_date(paragraph[:200], (year or notice_year) if i < 3 else None)) is not None:
            return found_dl, paragraph[:80], year is None and i < 3
    if full := full_dateline(paragraphs[:4]):
        return full[0], full[1][:80], False
    for line in [*after, *lines]:
        if _PICTURED.search(line) or is_boilerplate(line):
            continue  # "© Reuters. FILE PHOTO: People eat … January 26, 2023": the day of the picture
        if (found := _date_of(line)) and not _event_day(line, found):
            return dt.date.fromisoformat(found.value), line, title_index >= 0 and line not in after
    for line in top or []:  # a press release's "SEPTEMBER 26, 2011" standing alone under its headline
        if headlines.is_date_line(line) and (found := _date_of(line)):
            return dt.date.fromisoformat(found.value), line, False
    # a dateline without an agency without a year comes after every dated line (a stamp is the page's
    # own date), with the notice's year
    if paragraphs and (plain := _plain_dateline(paragraphs[0], year or notice_year)):
        return plain, paragraphs[0][:80], year is None
    opening = paragraphs[0][:160] if paragraphs else ""
    if (found := parse_date(opening)) and not _event_day(opening, found) and not names_a_period(opening) and \
            (found.start <= 40 or _TODAY.search(opening[:found.start]) or _NOTE_ON.search(opening[:found.start])
             or _FILED.match(opening[found.end:])):
        # " date 2021-10-20 Hamilton Medical Center on Wednesday had …" opens on its stamp; deeper in the sentence
        # a date is the day something happened ("a meeting was held on the 7th December 2017"), which dates the
        # page only when the sentence calls it today ("have until today January 8, 2020"), says the page was
        # published or issued that day, or a Chinese dateline follows it ("2024年12月14日 (檳城13日訊)")
        return dt.date.fromisoformat(found.value), opening, found.start > 40
    return None


def title_stamp(line: str, title: str) -> dt.date | None:
    """The date stamp sharing the title's line ("March 5, 2021 Council approves budget"), when the title
    was read without it."""
    stamped = split_stamp(headlines.clean(line))
    if stamped is None or stamped[0] != title or stamped[1].precision != "day":
        return None
    return dt.date.fromisoformat(stamped[1].value)


def settle_order(article: Article, date: dt.date) -> tuple[dt.date, str | None]:
    """``date`` reread month-first when the page wrote it "03/05/2021" and writes its dates month-first;
    with the line it came from when the page gives no clear cue to its order (a guess to check)."""
    lines = [*article.head, *(b.text for b in article.blocks[:12] if len(b.text) <= 160), *article.tail,
             *(p[:200] for p in article.paragraphs[:1])]
    line = next((line for line in lines if ambiguous(line, date)), None)
    if line is None:
        return date, None
    settled, guess = resolve(line, date, article.text)
    return settled, line if guess else None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEARLESS = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?P<m1>" + _MONTH + r")\s+"
                       r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
                       r"(?P<m2>" + _MONTH + r"))"
                       r"(?![\w,]*\s*(?:19|20)\d{2})(?P<rest>.{0,30})$", re.IGNORECASE)


def yearless_date(lines: list[str], year: int | None) -> tuple[dt.date, str] | None:
    """"Friday, March 5" standing as a date line (a page printing this year's dates without the year),
    dated by ``year`` (the page's copyright notice): a weak guess, and the line it came from."""
    if year is None:
        return None
    for line in lines:
        match = _YEARLESS.match(headlines.clean(line))
        if match is None or re.search(r"[A-Za-z]{3,}", headlines.TIME_OF_DAY.sub("", match["rest"])):
            continue
        found = parse_date(f"{match['m1'] or match['m2']} {match['d1'] or match['d2']}, {year}")
        if found:
            return dt.date.fromisoformat(found.value), line
    return None


_FIRST_PUBLISHED = re.compile(r"\b(?:originally|first)\s+(?:published|posted|appeared)\b", re.IGNORECASE)


def is_update_line(line: str) -> bool:
    """"Updated 10:30 a.m. March 6, 2021", "Last modified: …": the date of a later change, not of publication."""
    return bool(_UPDATED.match(headlines.clean(line)))


def first_published(lines: list[str]) -> dt.date | None:
    """The date of a note that the story was "originally published" or "first published" on a day."""
    for line in lines:
        if (note := _FIRST_PUBLISHED.search(line)) and (found := parse_date(line[note.end():note.end() + 80])):
            return dt.date.fromisoformat(found.value)
    return None
