"""A headline that carries its date ("Mongolia News Summary for December 27, 2024", "马来西亚新闻简报(2018年5月29日)").

A date line may hold a few words besides its date ("Published on Monday, March 5, 2021", "The story appears on
…", "发布时间:2021年3月5日 星期五"), so a line of a date and up to five words reads as one
(:func:`briefkit.extract.headlines.is_date_line`).  A daily digest, a briefing or a bulletin names its day in its
headline, and there the words before the date say what the page is, not when it was stamped: a line closed by its
date after three content words or more (four Chinese characters) that are no stamp's words (published, updated,
posted, page, 发布, 时间, 星期…) is a headline with a date.  A line the date opens (a stored copy's stamp over a
caption, "2013年7月25日 经济参考报") or runs on from (a credit: "参考消息网2026-03-07号报道") is not.  The title
chooser then weighs it as a headline, and the date the headline names dates the page.
"""

from __future__ import annotations

import re

from briefkit.extract.dates import DateMention, parse_date
from briefkit.extract.wordcount import CJK

# the words a date line's stamp is made of: its verb, its label, a weekday or a month, a clock's zone, a print page
_STAMP_WORDS = re.compile(r"^(?:published|posted|updated|modified|created|issued|released|uploaded|edited|written|"
                          r"first|last|on|at|in|by|the|of|and|date[ds]?|time|times|day|today|story|appears?|page|"
                          r"edition|issue|print|online|news|am|pm|gmt|utc|est|edt|bst|cet|ist|et|pt|hkt|sgt|"
                          r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
                          r"saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
                          r"march|april|june|july|august|september|october|november|december|ago|hours?|minutes?|"
                          r"read|min|mins|from|source|via)$", re.IGNORECASE)
# the characters of a Chinese date stamp: 发布时间, 更新, 日期, 星期五, 周一, 来源, 年月日, 上午/下午
_STAMP_ZH = re.compile(r"发布|發佈|發布|更新|时间|時間|日期|星期.|周.|週.|来源|來源|年|月|日|上午|下午|"
                       r"发表|發表|刊出|编辑|編輯")
_WORD = re.compile(r"[^\W\d_]+")
_CLOSED = re.compile(r"^[\s)）\]】.。]*$")


def dated_headline(line: str) -> bool:
    """A line closed by a date after a headline's words (three content words, or four Chinese characters beyond a
    stamp's): a digest's or a briefing's headline naming its day, not a date line."""
    line = line.strip()
    found = parse_date(line)
    # the headline's words come first and its date closes it; a stored copy's stamp or an outlet's date opens its
    # line (" date 2023-05-10 <caption>", "2013年7月25日 经济参考报"), a credit's runs on ("…网2026-03-07号报道")
    if found is None or found.start == 0 or not _CLOSED.match(_without_range_end(line[found.end:])) \
            or (line[found.start - 1].isascii() and line[found.start - 1].isalpha()):
        return False  # "Government intervention neededMonday, …": a headline and its date run together by the copy
    rest = line[:found.start]
    chinese = len(CJK.findall(_STAMP_ZH.sub("", rest)))
    words = [w for w in _WORD.findall(CJK.sub(" ", rest)) if len(w) >= 2 and not _STAMP_WORDS.match(w)]
    return chinese >= 4 or len(words) >= 3


_RANGE_TO = re.compile(r"^\s*(?:[-–—~至到]|to|until)\s*", re.IGNORECASE)


def _without_range_end(after: str) -> str:
    """What follows a date without the range's other end ("… launched (28 February 2017 – 6 March 2017)": the
    week the headline covers closes it as one date would)."""
    joint = _RANGE_TO.match(after)
    second = parse_date(after[joint.end():]) if joint else None
    return after[joint.end() + second.end:] if joint and second is not None and second.start == 0 else after


def glued_stamp(line: str) -> bool:
    """A headline of three words or more and its date run together by the copy, the date's first letter glued to the
    headline's last word ("Government intervention neededMonday, September 27, 2021"): a title with its stamp, not
    a date line with a few words."""
    found = parse_date(line)
    if found is None or found.start == 0 or not _CLOSED.match(line[found.end:]):
        return False
    before = line[found.start - 1]
    return before.isascii() and before.islower() and found.original[:1].isupper() \
        and len(_WORD.findall(line[:found.start])) >= 3


def headline_date(line: str) -> str | None:
    """The ISO date a headline with a date names (None for a line that is no such headline, or one naming the
    period it covers: a range's first day is no day the page was put out)."""
    found = parse_date(line)
    return found.value if found is not None and dated_headline(line) and not _covers_period(line, found) else None


def names_a_period(line: str) -> bool:
    """A headline closed by the period it covers ("New airline routes launched (28 February 2017 – 6 March
    2017)"): neither end is the day the page was put out."""
    found = parse_date(line)
    return found is not None and dated_headline(line) and _covers_period(line, found)


def _covers_period(line: str, found: DateMention) -> bool:
    """The date ``found`` in ``line`` is a range's first end (another date follows it after a dash or "to")."""
    return _without_range_end(line[found.end:]) != line[found.end:]
