"""The outlet a page names on its date line ("India Blooms News Service | @indiablooms | 16 Sep 2023").

A date line holds the date and, on many sites, what stands beside it: a byline, the section, a weekday, a
language switch, interface words, or the outlet's name.  :func:`source_on_date_line` keeps the segment that
can only be the outlet's; :data:`INTERFACE` and :func:`furniture_words` are the words that never name one,
shared with :mod:`briefkit.extract.sources`.
"""

from __future__ import annotations

import re

from briefkit.extract import credits, headlines
from briefkit.extract.dates import parse_date
from briefkit.extract.wordcount import CJK

_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?")  # "2004年12月29日11:43": no word boundary before it
_WEEKDAY_ABBR = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?,?")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|net|org|cn|co\.uk)\b\S*", re.IGNORECASE)
_MONTHISH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
                       r"Updated|Published|Posted|Today|Yesterday)", re.IGNORECASE)

# Words of a page's interface that sit where a credit would ("Register", "Content" after a date stamp):
# an outlet is a name, never one of these.
INTERFACE = frozenset({
    "about", "accessibility", "account", "advertisement", "advertising", "archive", "archives", "back", "close",
    "comments", "contact", "content", "cookies", "download", "email", "follow", "gallery", "help", "home", "image",
    "images", "latest", "live", "log in", "login", "main", "menu", "more", "newsletter", "next", "photo", "photos",
    "previous", "print", "privacy", "register", "related", "search", "share", "sign in", "sign up", "skip",
    "subscribe", "terms", "top", "trending", "video", "videos",
    # a language switch beside the date stamp (" date 2022-10-17 English"): the edition's language, not its outlet
    "english", "español", "espanol", "français", "francais", "deutsch", "português", "portugues", "italiano",
    "bahasa indonesia", "bahasa melayu", "中文", "简体", "繁體", "简体中文", "繁體中文", "日本語", "한국어",
})

# an outlet known by its initials, with its outlet word: "KLVR News", "LBC Radio", "ABS TV"
_INITIALS_OUTLET = re.compile(r"[A-Z]{2,6}\s+(?:News|Radio|TV|Television|Online|FM)")


def source_on_date_line(line: str) -> str | None:
    """The outlet sharing a date line: "India Blooms News Service | @indiablooms | 16 Sep 2023" → the service."""
    found = parse_date(line)
    # "http://…" and "11:43" are no label's colon
    if found is None or headlines.FIELD_START.match(headlines.clean(_CLOCK.sub(" ", _URL.sub("", line)))):
        return None
    size = len(line.replace(found.original, " ").split())
    if size > 16 or (size > 10 and not re.search(r"[|｜]|\s{2,}", line)):
        return None  # a headline or a sentence with a date in it ("Operator … Post February 2, 2012, After …")
    rest = _URL.sub(" ", _WEEKDAY_ABBR.sub(" ", headlines.TIME_OF_DAY.sub(" ", line.replace(found.original, " | "))))
    for segment in re.split(r"\s*[|｜]\s*|\s{2,}|\s+/\s+", rest):
        segment = segment.strip(" ,;·()（）/")
        if segment.lower() in credits.AGENCIES:
            return segment
        if credits.section_label(segment) or furniture_words(segment):
            continue  # " date 2022-05-10 Local", "… Content": the site's section or furniture, not its name
        # a word in capitals opens a dateline's town ("LAKEVIEW"), unless initials and an outlet's word ("KLVR News")
        if not segment or "@" in segment or re.search(r"\d|/|[:：,]", segment) \
                or (re.match(r"[A-Z]{3,}\b", segment) and not _INITIALS_OUTLET.fullmatch(segment)) \
                or re.match(r"(?i:by)\s", segment) or credits.person_line(segment) or credits.is_role(segment):
            continue  # a byline sharing the date line ("March 5, 2021 | John Smith") names a person
        if CJK.search(segment) and 2 <= len(segment) <= 12 and headlines.MEDIA_ZH.search(segment):
            return segment
        words = segment.split()
        if len(words) == 1 and _glued_to_date(segment, line, found.original):
            continue  # "Kamis 23 Nov 2023", "Jeudi, 23 novembre": the date's own weekday, in any language
        if (not CJK.search(segment) and 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words)
                and not all(len(w) <= 4 and w.isupper() for w in words) and len(segment) >= 3
                and (len(words) > 1 or not _MONTHISH.match(segment))):
            return segment
    return None


# "HLive|New Delhi", "IANS | Mumbai": the outlet, then the town it filed from, on a line over the story
_OVER_TOWN = re.compile(r"^(?P<name>[A-Z][\w.&'’-]{1,24}(?:\s+[A-Z][\w.&'’-]{1,24}){0,3})\s*[|｜]\s*"
                        r"(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$")


def outlet_over_town(line: str) -> str | None:
    """The outlet of a line naming it and the town the story was filed from ("HLive|New Delhi" → "HLive"): the
    dateline a site prints over the story, with its name where an agency's would stand."""
    from briefkit.extract.places import is_place  # (lazy: the places data loads only for a line of this shape)

    match = _OVER_TOWN.match(line.strip())
    if match is None or not is_place(match["town"]) or is_place(match["name"]) or credits.person_line(match["name"]) \
            or furniture_words(match["name"]) or credits.section_label(match["name"]):
        return None
    return match["name"]


def _glued_to_date(word: str, line: str, date_text: str) -> bool:
    """Whether ``word`` opens ``line`` and runs straight into its date, no separator between: the place a date's
    weekday or a label stands ("Kamis 23 Nov 2023"), where an outlet sharing the line stands apart ("X | 23 Nov")."""
    return bool(re.match(re.escape(word) + r",?\s+" + re.escape(date_text), line.strip()))


def furniture_words(segment: str) -> bool:
    """Whether every word of ``segment`` is a section, beat or interface word, so it names no outlet."""
    # ("HomeNewsline", "HomeBusiness": a breadcrumb's first link run into the section it leads to)
    return credits.furniture_words(segment) or segment.strip(" .:-|").lower() in INTERFACE \
        or re.match(r"Home[A-Z][a-z]", segment) is not None
