"""The publication date of a page, from every place a page states it, in order of trust.

A date the page declares (front matter, HTML metadata, a "发布时间:" field) is
taken as it is.  Otherwise: a written question's answer date, a date line under
a title read among the body's blocks, a date stamp sharing a line with labelled
fields, the date line after the title or an agency's dateline
(:func:`~briefkit.extract.pagedates.pick_date`), the stamp on the title's own
line, a date line closing the page, and last a year-less "Friday, March 5"
dated by the page's copyright notice.  A numeric date is then read the way the
page writes its dates.  Each guess carries a warning.
"""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract import pagedates as pd
from briefkit.extract.dates import parse_date
from briefkit.extract.headlines import Pick
from briefkit.readers import Article

_ISSUE = re.compile(r"^\s*(?:當前報章|当前报章|當前報紙|当前报纸|刊发日期|刊發日期|出版日期)")


def publication_date(article: Article, picked: Pick | None, declared: dt.date | None) -> tuple[dt.date | None,
                                                                                                list[str]]:
    """The page's publication date (``declared`` when it declares one) and the warnings for a guess."""
    date, warnings = declared, list[str]()
    if date is None:
        date, warnings = _from_lines(article, picked)
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
    if answered := pd.answer_date(article):
        return answered, []
    # an e-paper's issue line ("當前報章2020年04月11日", "刊发日期:…") dates the page; an agency dateline in the
    # story ("【中新社武漢4月10日電】") is the day it was filed, the paper printed it the next
    issued = next((f for line in article.head[:12] if _ISSUE.search(line) and (f := parse_date(line))), None)
    if issued is not None:
        return dt.date.fromisoformat(issued.value), []
    if picked is not None and (under := pd.date_under_title(article, picked.line)):
        return under, []
    stamped = next((f for line in article.head if pd.field_date_line(line) and (f := parse_date(line))), None)
    if (picked is None or picked.line not in article.head) and stamped:
        return dt.date.fromisoformat(stamped.value), []  # "2026-03-04 02:33:11 来源:参考消息网": the page's own date
    title_index = article.head.index(picked.line) if picked and picked.line in article.head else -1
    top = [b.text for b in article.blocks[:10] if len(b.text) <= 60]
    stamp = pd.title_stamp(picked.line, picked.value) if picked else None
    if found := pd.pick_date(article.head, title_index, article.paragraphs, top, pd.notice_year(article.tail)):
        date, line, weak = found
        if pd.is_update_line(line) and (first := pd.first_published([*article.tail, *article.paragraphs[-2:]])):
            return first, []  # "Updated March 6" over the story, "Originally published March 5." under it
        if weak and stamp:  # "March 5, 2021 <title>": the title line's own stamp beats a guess
            return stamp, []
        return date, [f"meta.date is a guess (from '{line[:60]}'): check it"] if weak else []
    if closing := stamp or pd.tail_date(article.tail):
        return closing, []
    if yearless := pd.yearless_date(article.head + top, pd.notice_year(article.text.split("\n"))):
        return yearless[0], [f"meta.date is a guess (from '{yearless[1][:60]}' and the year of the page's notice): "
                             "check it"]
    return None, []
