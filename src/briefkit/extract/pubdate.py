"""The publication date of a page, from every place a page states it, in order of trust.

A date the page declares (front matter, HTML metadata, a "发布时间:" field) is
taken as it is.  Otherwise: a written question's answer date, a date line under
a title read among the body's blocks, the day a digest's headline names, a date stamp sharing a line with labelled
fields, the date line after the title or an agency's dateline
(:func:`~briefkit.extract.pagedates.pick_date`), the stamp on the title's own
line, a date line closing the page, and last a year-less "Friday, March 5"
dated by the page's copyright notice.  A numeric date is then read the way the
page writes its dates.  Each guess carries a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from briefkit.extract import noticefields_zh, outletnotes, titleshapes
from briefkit.extract import pagedates as pd
from briefkit.extract.datedheads import headline_date
from briefkit.extract.dates import parse_date
from briefkit.extract.headlines import Pick, is_date_line
from briefkit.readers import Article

# "Publish Date : 27 May 2021", "This article was published 1/3/2019 (460 days ago)", "originally published in
# Farmshine, June 7, 2018", "Monthly estimates published today (11 November 2022)": the page saying when
# it was published, in a short line or its first sentences
_PUBLISHED_NOTE = re.compile(r"\b(?:publish(?:ed)?\s+date|date\s+published|publication\s+date|"
                             r"(?:was\s+|originally\s+|first\s+)?published(?:\s+(?:today|on))?)\s*[:：]?\s*\(?",
                             re.IGNORECASE)
# "This report by The Canadian Press was first published Feb. 29, 2024.": an agency's note on its own copy, wherever a
# reposting site's copy ran it into the story's text
_SELF_NOTE = re.compile(r"\bThis\s+(?:report|article|story)\b[^.!?]{0,80}?\bwas\s+(?:first|originally)\s+published"
                        r"\s+(?:on\s+)?")
_IN_OUTLET = re.compile(r"^in\s+[\w ,.&'’]{2,40}$")  # "… published in Farmshine, June 7, 2018"
# Taiwan's official pages count years from 1912 (民國): "發布日期:114-07-03" is 3 July 2025, "民國114年7月3日" too
_MINGUO = re.compile(r"(?:(?:日期|時間|时间)\s*[:：]\s*|民國\s*)(?P<y>1[0-4]\d|[2-9]\d)\s*(?:[-/.]|年)\s*(?P<m>[01]?\d)"
                     r"\s*(?:[-/.]|月)\s*(?P<d>[0-3]?\d)(?!\d)")
_ISSUE = re.compile(r"^\s*(?:當前報章|当前报章|當前報紙|当前报纸|刊发日期|刊發日期|出版日期)")


def publication_date(article: Article, picked: Pick | None, declared: dt.date | None) -> tuple[dt.date | None,
                                                                                                list[str]]:
    """The page's publication date (``declared`` when it declares one) and the warnings for a guess."""
    date, warnings = declared, list[str]()
    if date is None:
        date, warnings = _from_lines(article, picked)
    if date is None and (credited := outletnotes.closing_tag_date(article.paragraphs)):
        # "(Business Standard: July 28, 2017)" closing a repost: the day its paper ran the story
        date = dt.date.fromisoformat(credited)
        warnings.append(f"meta.date is a guess (from the closing credit's day, {credited}): check it")
    if date is not None:
        date, unsettled = pd.settle_order(article, date)
        if unsettled:
            warnings.append(f"meta.date read day first from '{unsettled[:60]}' (the page gives no cue to its "
                            "date order): check it")
    else:
        warnings.append("no publication date found: relative dates such as 'last year' are left out")
    return date, warnings


def _from_lines(article: Article, picked: Pick | None) -> tuple[dt.date | None, list[str]]:
    """The date the page's own lines give, in order of trust, with a warning for a guess."""
    if answered := pd.answer_date(article) or noticefields_zh.notice_date(article):
        return answered, []  # a written answer's day; a government table's 发布日期 (not its 成文日期)
    # an e-paper's issue line ("當前報章2020年04月11日", "刊发日期:…") dates the page; an agency dateline in the
    # story ("【中新社武漢4月10日電】") is the day it was filed, the paper printed it the next
    issued = next((f for line in article.head[:12] if _ISSUE.search(line) and (f := parse_date(line))), None)
    if issued is not None:
        return dt.date.fromisoformat(issued.value), []
    if picked is not None and (under := pd.date_under_title(article, picked.line)):
        return under, []
    if picked is not None and is_date_line(picked.value) and (named := headline_date(picked.value)):
        # "Mongolia News Summary for December 27, 2024": a digest's headline names its day; a stamp further
        # down ("Published: 2024-12-26") dates one of the stories it gathers
        return dt.date.fromisoformat(named), []
    stamped = next((f for line in article.head if pd.field_date_line(line) and (f := parse_date(line))), None)
    if (picked is None or picked.line not in article.head) and stamped:
        return dt.date.fromisoformat(stamped.value), []  # "2026-03-04 02:33:11 来源:参考消息网": the page's own date
    title_index = article.head.index(picked.line) if picked and picked.line in article.head else -1
    top = [b.text for b in article.blocks[:10] if len(b.text) <= 60]
    stamp = (pd.title_stamp(picked.line, picked.value) or _stamp_over_title(article, picked)) if picked else None
    if found := pd.pick_date(article.head, title_index, article.paragraphs, top, pd.notice_year(article.tail)):
        date, line, weak = found
        if pd.is_update_line(line) and (first := pd.first_published([*article.tail, *article.paragraphs[-2:]])):
            return first, []  # "Updated March 6" over the story, "Originally published March 5." under it
        if weak and stamp:  # "March 5, 2021 <title>": the title line's own stamp beats a guess
            return stamp, []
        if (weak or _over_title(article, line, title_index)) and (said := published_note(article)) \
                and (weak or said[0] < date):
            # a today's-date widget over the headline yields to "Publish Date : 27 May 2021": the page's clock
            # shows the day it was read, on or after the day the note says it was published
            return said
        return date, [f"meta.date is a guess (from '{line[:60]}'): check it"] if weak else []
    if closing := stamp or pd.tail_date(article.tail):
        return closing, []
    if said := published_note(article):
        return said
    if minguo := minguo_date(article.head + [b.text for b in article.blocks[:12] if len(b.text) <= 60]):
        return minguo, []
    if yearless := pd.yearless_date(article.head + top, pd.notice_year(article.text.split("\n"))):
        return yearless[0], [f"meta.date is a guess (from '{yearless[1][:60]}' and the year of the page's notice): "
                             "check it"]
    return None, []


def _stamp_over_title(article: Article, picked: Pick) -> dt.date | None:
    """The day stamped among the few words before the headline on the line over it, which prints it again after
    them ("Finance 19/09/2010 <headline>" over "<headline>"): the story's own stamp, beside its headline."""
    lines = [*article.head, *(b.text for b in article.blocks[:12])]
    for above, line in pairwise(lines):
        if line == picked.line and (before := titleshapes.furniture_before(above, picked.value)) \
                and (found := parse_date(before)) is not None and found.precision == "day":
            return dt.date.fromisoformat(found.value)
    return None


def _over_title(article: Article, line: str, title_index: int) -> bool:
    """``line`` is a head line above the title (any head line when no title was found)."""
    return line in article.head and (title_index < 0 or article.head.index(line) < title_index)


def published_note(article: Article) -> tuple[dt.date, list[str]] | None:
    """The date a note saying when the page was published gives: a short line among the page's blocks
    ("Publish Date : 27 May 2021 20:16 PM") or the first paragraphs ("… originally published in Farmshine,
    June 7, 2018"), the date right after the note.  A weak guess: such a note may speak of another text.  An
    agency's note on its own copy ("This report by The Canadian Press was first published Feb. 29, 2024."), anywhere
    in the story, dates it for sure."""
    lines = [t for t in [*(b.text for b in article.blocks[:40]), *article.tail[:10]] if len(t) <= 160]
    for line in lines + [p[:400] for p in article.paragraphs[:3]]:
        for note in _PUBLISHED_NOTE.finditer(line):
            after = line[note.end():note.end() + 80]
            found = parse_date(after)
            if found is not None and found.precision == "day" and \
                    (found.start == 0 or _IN_OUTLET.match(after[:found.start].strip())):
                return dt.date.fromisoformat(found.value), [f"meta.date is a guess (from '{line[:60]}'): check it"]
    for paragraph in article.paragraphs:
        for note in _SELF_NOTE.finditer(paragraph):
            if (found := parse_date(paragraph[note.end():note.end() + 40])) and found.start == 0 \
                    and found.precision == "day":
                return dt.date.fromisoformat(found.value), []  # the agency dates its own copy: no guess
    return None


def minguo_date(lines: list[str]) -> dt.date | None:
    """A labelled date counted in the years of the Republic of China (民國), as Taiwan's official pages write
    them ("發布日期:114-07-03" → 2025-07-03)."""
    for line in lines:
        if (match := _MINGUO.search(line)) is not None:
            try:
                return dt.date(int(match["y"]) + 1911, int(match["m"]), int(match["d"]))
            except ValueError:
                continue
    return None
