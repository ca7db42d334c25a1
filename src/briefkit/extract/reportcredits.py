"""Credits that name the reporter outside a "By" byline, mostly English.

Forms shared by broadcasters, wire copy and Caribbean, African and Asian news sites:

- the lead opened by the reporter, as radio and TV scripts are read ("Jane Doe reports that farmers …",
  "Jane Doe reports from Lagos:");
- an anchor's lead-in handing over to the reporter, a sentence of its own ("… exports. Jane Doe reports.",
  often run into the script's next label: "Jane Doe reports.Report: The bank …");
- a name with the writer's role after a separator ("Jane Doe - Senior Staff Reporter", "Jane Doe | Correspondent"),
  often run into the time stamp a pasted page printed before it ("… 12:07 AMJane Doe - Staff Reporter");
- a writer and outlet credit before the place and date it was filed ("Jane Doe, VOA Khmer | Phnom Penh Monday,
  23 May 2011");
- a short Chinese reporter line alone under the title ("记者 王晓明 通讯员 李华");
- a line of its own under the title naming the reporter and where the story was filed ("Jane Doe reports from
  Accra");
- a television or radio reporter's sign-off closing the script, the name then the station ("Jane Doe, KLVW 7
  News.", "Jane Doe Newschannel 6."): the station is the source, and it must be one the story names again or a
  call sign, so a closing name and body ("Jane Doe, Lakeview Council") is none.

Each name must read as a person's (:func:`briefkit.extract.credits.person_line`), so a body ("Reuters reports
that") or a section ("Business Desk | Correspondent") names no one.
"""

from __future__ import annotations

import re

from briefkit.extract import bylines_zh, credits, givennames
from briefkit.extract.dates import parse_date

_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
_REPORTS = re.compile(r"^" + _NAME + r"\s+reports?(?:\s+that\b|\s+from\b|\s*[:,—–-])")
# "Jane Doe reports from Accra" alone on a head line: the reporter and where the story was filed
_FILED_FROM = re.compile(r"^" + _NAME + r"\s+reports?\s+from\s+[A-Z][\w'’. -]{1,40}?\.?$")
# "… in exports.Choi You Sun reports.Report:": the handover is a whole sentence, after a sentence's end
_HANDOVER = re.compile(r"(?:^|(?<=[.!?”\"]))\s*" + _NAME
                       + r"\s+reports(?:\s+from\s+[A-Z][\w'’ -]{1,30})?\.(?=\s|[A-Z]|$)")
_ROLE = (r"(?:(?:senior|chief|special|staff|foreign|political|business|economics?|parliamentary|court|"
         r"regional|news|sub|associate|contributing)\s+)*(?:staff\s+)?(?:reporter|correspondent|writer|"
         r"contributor|journalist)")
# a stamp's "AM"/"PM" or a date's year run into the name: "12:07 AMJane Doe"
_GLUE = re.compile(r"(?:(?<=\d)\s?[AP]\.?M\.?|(?<=\d{4}))(?=[A-Z][a-z])")
_STAMP_WORD = re.compile(r"^(?:[AP]\.?M\.?|GMT|UTC|[A-Z]{2,4}T|Updated|Published|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_SHORT_CREDIT = 40  # a reporter line is short: a longer paragraph is the lead, whose dateline note is read apart
_ROLE_LINE = re.compile(_NAME + r"\s*[|–—-]\s*(?:the\s+)?" + _ROLE + r"\s*$", re.IGNORECASE)


def _person(name: str) -> str | None:
    return credits.person_line(name.strip())


def opening_reporter(paragraph: str) -> str | None:
    """"Jane Doe reports that …" opening the lead: the reporter."""
    match = _REPORTS.match(paragraph.strip())
    name = _person(match["name"]) if match else None
    # a body reports too ("Statistics Canada reports that …"): the name must read as a person's
    return name if name and givennames.reads_as_person(name) else None


def handover(paragraph: str) -> str | None:
    """"… signs of slowing inflation. Jane Doe reports.": the reporter an anchor's lead-in hands over to."""
    for match in _HANDOVER.finditer(paragraph[:1500]):
        if (name := _person(match["name"])) and givennames.reads_as_person(name):
            return name
    return None


def role_line(line: str) -> str | None:
    """"Jane Doe - Senior Staff Reporter", "… 12:07 AMJane Doe | Correspondent": the writer before a role."""
    text = _GLUE.sub(" ", line.strip())
    text = re.split(r"\s[|｜]\s(?=.*[|｜])|\s{2,}", text)[-1] if len(text) > 60 else text
    match = _ROLE_LINE.search(text)
    if match is None:
        return None
    words = match["name"].split()
    # the match may start inside what the stamp printed before the name ("AM", "GMT", a weekday): drop it
    while words and _STAMP_WORD.match(words[0]):
        words = words[1:]
    return _person(" ".join(words)) if len(words) >= 2 else None


def filed_from(line: str) -> str | None:
    """"Jane Doe reports from Accra", a head line of its own: the reporter (a body "reports from" nowhere)."""
    match = _FILED_FROM.match(line.strip())
    name = _person(match["name"]) if match else None
    return name if name and givennames.reads_as_person(name) else None


def stamped_credit(line: str) -> list[str]:
    """"Jane Doe, VOA Khmer | Phnom Penh Monday, 23 May 2011": a writer and outlet credit before a "|" and the
    place and date the story was filed (the date is what tells it from a menu's "Name, Section | …")."""
    first, bar, rest = line.strip().partition(" | ")
    if not bar or len(line) > 120 or parse_date(rest) is None:
        return []
    found = credits.credit_byline(first)
    return found[0] if found else []


# the station a sign-off names: "Newschannel 6", "Channel 4 News", "KLVW 7 News", "WFTS-TV", "Lakeview 12 News"
_STATION = (r"(?P<station>(?:[A-Z][\w]*\s+)?(?:News\s?[Cc]hannel|Channel)\s*\d{1,2}(?:\s+News)?"
            r"|(?P<call>[KWC][A-Z]{2,3})(?:-(?:TV|FM|AM|DT))?(?:\s+\d{1,2})?(?:\s+News)?"
            r"|[A-Z][\w]+\s+\d{1,2}\s+News)")
_SIGNOFF = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}?),?\s+" + _STATION + r"\.?$")


def broadcast_signoff(closing: list[str], text: str) -> tuple[str, str] | None:
    """The reporter and the station of a sign-off among the story's ``closing`` lines ("Crystal Hall Newschannel
    6."), or None; ``text`` is the whole page, which must name the station again unless it is a call sign."""
    for paragraph in reversed(closing):
        match = _SIGNOFF.match(paragraph.strip())
        if match is None or not (match["call"] or text.count(match["station"]) >= 2):
            continue
        if (name := _person(match["name"])) and givennames.reads_as_person(name):
            return name, match["station"]
    return None


def writers(head: list[str], paragraphs: list[str]) -> list[str]:
    """The writers these credit forms name on a page's head lines and its lead."""
    for line in head:
        if name := role_line(line) or filed_from(line):
            return [name]
        if names := stamped_credit(line):
            return names
    for paragraph in paragraphs[:2]:  # the lead, or the paragraph after a stamp a pasted page printed first
        if name := opening_reporter(paragraph) or handover(paragraph):
            return [name]
    return reporter_line(head + paragraphs[:3])


def reporter_line(lines: list[str]) -> list[str]:
    """The reporters of a short Chinese reporter line among the head's lines and the first paragraphs ("记者
    王晓明 通讯员 李华" between the title and the lead), which the head's reading passes over as a stray credit
    left from a page's furniture: its correspondents and interns are no writers, as in any reporter line."""
    for line in lines:
        text = line.strip()
        if len(text) <= _SHORT_CREDIT and _HAN.search(text) and (found := bylines_zh.reporters(text)):
            return found
    return []
