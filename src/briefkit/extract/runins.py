"""Lines that run two things together: a date stamp and a title, a title and an agency's dateline.

Pages pasted as text lose the boxes that kept a page's parts apart.  A date
stamp then opens or closes the title's line ("March 5, 2021 Council approves
budget", "Council approves budget - 05 Mar 2021"), and a portal prints its
headline straight into the dateline that opens the story ("…联络方式公布
新华网北京12月28日电 国务院…", "Storm hits coast WASHINGTON (AP) — …").  Each part
is read apart: the date as the page's own stamp, the title without it.

A date closing a title is kept when a preposition leads to it ("Rates frozen
until March 5, 2021"): then it is part of what the title says, not a stamp.
"""

from __future__ import annotations

import re

from briefkit.extract.dates import DateMention, find_dates, parse_date
from briefkit.extract.regexguard import guarded
from briefkit.extract.wordcount import CJK, word_count

# What may stand between a stamp and the title: separators, a time of day, a weekday, a zone.
_GLUE = re.compile(r"^(?:[\s|｜·•/,:：–—-]|\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                   r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b(?:[A-Z]{2,4}T|GMT|UTC|ET|BST)\b|[\[\]()（）])*$",
                   re.IGNORECASE)
_LEADS_TO_DATE = guarded(re.compile(
    r"\b(?:on|since|until|till|by|from|to|before|after|of|in|through|for|at|between|and)"
                            r"\s*$", re.IGNORECASE))
_SENTENCE = re.compile(r"[.!?。！？]\s+\S")


def split_stamp(line: str) -> tuple[str, DateMention] | None:
    """A title line holding a date stamp at its start or end: the title without it, and the date.

    None when the line has no such stamp or too little is left to be a title (then it is a date line).
    """
    found = parse_date(line)
    if found is None:
        return None
    # "Address delivered on Friday November 4, 2022 |07 November 2022": a title that names a day of its own
    # keeps it; the stamp is the day closing the line
    last = max((d for d in find_dates(line) if d.precision == "day"), key=lambda d: d.start, default=found)
    return _split_at(line, found) or (_split_at(line, last) if last.start > found.start else None)


def _split_at(line: str, found: DateMention) -> tuple[str, DateMention] | None:
    """The title ``line`` holds besides the date ``found``, when that date opens or closes the line."""
    before, after = line[:found.start], line[found.end:]
    if _GLUE.match(before) and not _GLUE.match(after):
        title = re.sub(r"^[\s|｜·•,:：–—-]+", "", _strip_time(after))
    elif _GLUE.match(after) and not _LEADS_TO_DATE.search(before):
        title = re.sub(r"[\s|｜·•,:：(（\[–—-]+$", "", before)
    else:
        return None
    # a Chinese title and its date stand apart by a gap; "2021年3月5日国务院常务会议" is one title
    if CJK.search(title[:1] + title[-1:]) and not re.search(r"\s", line[max(found.start - 1, 0):found.end + 1]):
        return None
    if word_count(title) < 3 or _SENTENCE.search(title):
        return None
    return title.strip(), found


def _strip_time(text: str) -> str:
    """The text after a date without the time, weekday or zone that follow it."""
    match = re.match(r"^(?:\s*(?:[|｜·•,]|[-–—]\s)?\s*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                     r"|(?:[A-Z]{2,4}T|GMT|UTC|ET|BST)\b))*", text, re.IGNORECASE)
    return text[match.end():] if match else text


# "新华网北京12月28日电", "中新社天津5月29日电": a Chinese agency's dateline
# … or a date line with its 来源 field: "<title> 2014-04-01 17:10 來源:德州新聞網 編輯:…", a page copied onto one line
_ZH_DATELINE = re.compile(r"(?<=\s)[\u3400-\u9fff]{2,6}?(?:社|网|網|台|报|報)[\u3400-\u9fff]{0,8}?"
                          r"(?:1[0-2]|[1-9])月[1-3]?\d日(?:电|電)"
                          r"|(?<=\s)(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:来源|來源)\s*[:：]"
                          # "<title> 2024年12月14日 (檳城13日訊)…": the page's date, then a Malaysian or Singaporean
                          # paper's dateline in brackets (place, day, 訊)
                          r"|(?<=\s)(?:19|20)\d{2}年(?:1[0-2]|0?[1-9])月[0-3]?\d日\s*[(（][\u3400-\u9fff]{1,8}?"
                          r"(?:[0-3]?\d日)?(?:訊|讯|電|电)[)）]")
# "WASHINGTON (AP) —", "LONDON, March 5 (Reuters) -": an English dateline with its agency
_EN_DATELINE = re.compile(r"\b[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w.' ]{1,20})?\s*"
                          r"(?:\([\w .&-]{2,30}\)|/[\w .&-]{2,30}/)\s*[-–—:]")


# " date 2020-03-05 …": the date stamp a stored copy of a page opens on
STORED_STAMP = re.compile(r"^\s*date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?(?![\d-])\s*")


def _only_a_date(text: str) -> bool:
    """``text`` is a date and little else (a weekday, a time): no words a headline would say."""
    found = parse_date(text)
    if found is None:
        return False
    rest = text.replace(found.original, " ")
    return len(re.findall(r"[A-Za-z]{3,}", rest)) + len(CJK.findall(rest)) // 2 <= 1


def run_in_title(paragraph: str) -> tuple[str, int] | None:
    """A headline run into the dateline that opens the story: the short text before the dateline, and
    where the dateline starts.

    The text before it must read as a headline (no sentence break, at most 40 words) and not as a
    sentence that merely names an agency.
    """
    head = paragraph[:200]
    match = _ZH_DATELINE.search(head) or _EN_DATELINE.search(head)
    if match is None or match.start() == 0:
        return None
    # " date 2020-03-05 MANILA, March 5 (Xinhua) — …": a stored copy's stamp before the dateline is no headline
    title = STORED_STAMP.sub("", head[:match.start()]).strip(" |·•-–—")
    if _only_a_date(title):
        return None  # "March 5, 2020 WASHINGTON (AP) —": the day the story ran, not its headline
    if not 2 <= word_count(title) <= 40 or _SENTENCE.search(title) or re.search(r"[。！？，,;；:：]$", title):
        return None
    if CJK.search(title) and len(CJK.findall(title)) < 6:
        return None  # "据新华网北京…电" style openings: the words before name who relays it, not a headline
    return _without_tags(title, paragraph[match.end():]), match.start()


def _without_tags(title: str, story: str) -> str:
    """A run-in Chinese headline without the page's tag words before it ("馬華檳州秘書楊征家 峇央峇魯 西南區 <title>"):
    two or more short leading parts, each a name the story itself prints (its people and places), no digits.  A
    headline's own parts are phrases the story does not repeat word for word, and one leading name alone is left."""
    parts = title.split()
    tags = 0
    while tags < len(parts) - 1 and len(parts[tags]) <= 10 and CJK.fullmatch(parts[tags][:1] or " ") \
            and not re.search(r"\d", parts[tags]) and parts[tags] in story:
        tags += 1
    rest = " ".join(parts[tags:])
    return rest if tags >= 2 and len(CJK.findall(rest)) >= 6 else title
