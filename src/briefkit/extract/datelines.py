"""Datelines: the place, date and agency a story opens with, and "issued by" lines.

"BEIJING, Jan 19 (Xinhua) -", "ANAHEIM, Calif., July 17, 2025 /PRNewswire/ -", "10 oct (Reuters) -",
"中新社北京3月3日电", "【环球时报综合报道】" and ", X reports." name the agency (and often the date) of a
story; :mod:`briefkit.extract.headlines` re-exports these readers, where the rest of the extractor looks for them.
"""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract import credits
from briefkit.extract.dates import parse_date
from briefkit.extract.zhscript import without_pinyin

_DATELINE_START = (r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,20})?)\s*,?\s*"
                   r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
                   r"(?:,?\s+(?:19|20)\d{2})?))?"  # "Skopje, 17 July 2024 (MIA) -": the day first, with its year
                   r"\s*")
# "MOGADISHU [SMN] –": some sites set the agency in square brackets
_DATELINE = re.compile(_DATELINE_START + r"(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\)"
                       r"|\[(?P<squared>[A-Z][\w .&-]{1,30})\]|/(?P<wire>[A-Za-z][\w .&-]{1,30})/)\s*[-–—:]")
# "New Delhi, Jan 29 (PTI) Union Home Minister …": a known agency's dateline without its dash
_DATELINE_NO_DASH = re.compile(_DATELINE_START + r"\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s+(?=[A-Z\"“‘])")
_ZH_DATELINE = re.compile(r"(?P<agency>[\u3400-\u9fff]{2,6}?(?:社|网|網|台|报|報))(?P<place>[\u3400-\u9fff]{0,8}?)"
                          r"(?P<month>1[0-2]|[1-9])月(?P<day>[1-3]?\d)日(?:电|電)")
_ZH_BRACKET_SOURCE = re.compile(r"^【(?P<agency>[\u3400-\u9fff]{2,10}?(?:报|報|社|网|網|台))"
                                r"(?:综合)?(?:报道|報導|讯|訊)】")
_AGENCY_WRITER = re.compile(r"^(?P<agency>[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3})\s+(?:[A-Z][a-z]+\s+)?"
                            r"(?:Writers?|Correspondents?|Staff)$")
_REPORTS = re.compile(r",\s*(?P<agency>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+reports?\.?$")
_ISSUED = re.compile(r"\b(?:issued|published|released)\s+by\s+the\s+(?P<agency>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)"
                     r"{0,5})\s+on\b"
                     # "The following statement issued by the Ministry of External Affairs, Colombo": a repost's note
                     # over a body's statement, whose name may hold "of" or "for" and ends at a comma or a stop
                     r"|\b[Tt]he\s+following\s+(?:(?:press|media|joint)\s+)?(?:statement|release|communiqu[eé])\s+"
                     r"(?:was\s+|has\s+been\s+)?(?:issued|released)\s+by\s+the\s+"
                     r"(?P<body>[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,6})(?=\s*[,.:;]|\s*$|\s+on\b)")
# a stored copy's date stamp, to the day or only to the month the copy knew ("date 2024-01-02", "date 2023-02")
COPY_STAMP = r"^\s*date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?(?![\d-])\s*"
# the stamp and a title's labels ("Title:", "BREAKING:"): cleaned off a line
STAMP = re.compile(COPY_STAMP + r"|^(?:title|headline)\s*[:：]\s*"
                    # ("Breaking Transfer News:", "Breaking Sports News:": the desk's word inside the flag)
                    r"|^(?:breaking(?:\s+(?:[a-z]+\s+)?news)?|exclusive|update[ds]?|watch|live|just\s+in|developing)"
                    r"\s*[:：|]\s*",
                    re.IGNORECASE)


# "10 oct (Reuters) - …": a wire's dateline with its date and no place (its Spanish and French services)
_DATE_DATELINE = re.compile(r"^(?P<place>)(?P<date>\d{1,2}\s+[A-Za-zéû]{3,10}\.?)\s*"
                            r"(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\)|/(?P<wire>[A-Za-z][\w .&-]{1,30})/)\s*[-–—]")


def _dateline(text: str) -> re.Match[str] | None:
    """A dateline opening ``text`` (after a stored copy's date stamp): with its dash, or a known agency's without."""
    text = STAMP.sub("", text, count=1).lstrip() if text.lstrip().lower().startswith("date ") else text
    if match := _DATELINE.match(text):
        return match
    match = _DATELINE_NO_DASH.match(text) or _DATE_DATELINE.match(text)
    return match if match and (match["agency"] or "").strip().lower() in credits.AGENCIES else None


def dateline_date(text: str, year: int | None) -> dt.date | None:
    """The date of a dateline: "ANAHEIM, Calif., July 17, 2025 /PRNewswire/ —" or "中新社北京3月3日电" with ``year``."""
    match = _dateline(text)
    if match and match["date"]:
        found = parse_date(match["date"]) or (parse_date(f"{match['date']}, {year}") if year else None)
        if found:
            return dt.date.fromisoformat(found.value)
    zh = _ZH_DATELINE.search(text[:60])
    if zh and year:
        try:
            return dt.date(year, int(zh["month"]), int(zh["day"]))
        except ValueError:
            return None
    return None


def dateline_source(text: str) -> str | None:
    """The agency of a dateline or lead.

    "(Reuters)", "/PRNewswire/", "新华社…电", "【环球时报综合报道】" or ", X reports.".
    """
    head = without_pinyin(text[:240])  # "【中(zhōng)新社台東8月15日電】": a converter's pinyin
    if match := _dateline(head):
        return str(match["agency"] or match["wire"] or match.groupdict().get("squared")).strip()
    if zh := _ZH_DATELINE.search(head[:60]):
        return zh["agency"]
    if bracket := _ZH_BRACKET_SOURCE.match(head):
        return bracket["agency"]
    if credit := credits.lead_credit(head):
        return credit
    if reports := _REPORTS.search(text.split(". ")[0] + "." if ". " in text else text):
        return re.sub(r"^the\s+", "", reports["agency"])
    return None


def dateline_agency(text: str) -> str | None:
    """The agency of a dateline opening ``text`` ("BEIJING, March 20 (Xinhua) --", "中新社北京3月3日电"), no looser."""
    if match := _dateline(text[:240]):
        return str(match["agency"] or match["wire"] or match.groupdict().get("squared")).strip()
    zh = _ZH_DATELINE.match(text[:60].lstrip())
    return zh["agency"] if zh else None


def issued_by(line: str) -> str | None:
    """"The press release issued by the Foreign Office on 11 September 2023." → "Foreign Office"; "The following
    statement issued by the Ministry of External Affairs, Colombo" → "Ministry of External Affairs"."""
    match = _ISSUED.search(line)
    return (match["agency"] or match["body"]) if match else None


def agency_of_role(role: str | None) -> str | None:
    """"Associated Press Writers" → "Associated Press"; "AP Golf Writer" → "AP"."""
    match = _AGENCY_WRITER.match(role.strip()) if role else None
    return match["agency"] if match else None


# a lede's dateline in capitals, with or without its agency ("WASHINGTON -- Prices paid …", "NASSAU, BAHAMAS — …",
# "MEXICO CITY (AP) — …", "MANILA - The central bank …"), its state or country and its day in capitals and lower
# case ("COLUMBUS, Ohio (AP) - …", "MANILA, Philippines — …", "TORONTO, Nov. 10, 2021 (GLOBE NEWSWIRE) — …")
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
_LEDE_DATELINE = re.compile(r"^\s*[A-Z]{4,}[A-Z.]*(?:[ ,]+[A-Z][A-Z.]+){0,3}"
                            r"(?:,\s+(?!" + _MONTH_DAY + r")[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"
                            r"(?:,\s+" + _MONTH_DAY + r"\d?(?:,\s+(?:19|20)\d{2})?)?"
                            r"(?:\s*\([^()]{1,30}\))?\s*(?:--|—|–|-)\s+(?=[A-Z\"“‘])")


# a dated dateline in round brackets ("( May 23, 2014, Colombo, Sri Lanka Guardian) The Government …"): the day, then
# the town and the paper
_BRACKETED_DATELINE = re.compile(r"^\s*\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)"
                                 r"(?:19|20)\d{2}\s*,[^()]{2,80}\)\s*(?=[A-Z\"“‘])")


def lede_dateline(text: str) -> int:
    """Where the story's own words start after a dateline in capitals, or a dated one in brackets, opening ``text``,
    or 0 when none does: the place the copy was filed from is no part of what the sentence says."""
    match = _LEDE_DATELINE.match(text) or _BRACKETED_DATELINE.match(text)
    return match.end() if match else 0
