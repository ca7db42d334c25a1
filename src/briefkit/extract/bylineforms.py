"""Byline forms common across news sites that the "By NAME" and labelled-field rules leave out.

- a time stamp and then the byline on one line, as a pasted page joins them ("Posted at 3:10 PM,
  Mar 3, 2024 and last updated 5:00 PM By: Jane Doe");
- a byline as one segment of a stamp line ("March 3, 2024 | By Jane Doe | Valley Times");
- a contributor's label ("Contributor: Jane Doe", "Contributed by Jane Doe", "Guest writer: Jane Doe");
- a writer's name beside their e-mail address on a line of its own ("Jane Doe jdoe@example.com");
- a role alone on a line ("Staff Writer", "Senior Correspondent") under the writer's name: byline furniture,
  never a title.

Each name must read as a person's (a known given name, or the form's own label says it is one).
"""

from __future__ import annotations

import re

from briefkit.extract import credits, givennames

_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_NAMES = _NAME + r"(?:\s*(?:,|and|&)\s+" + _NAME + r"){0,3}"
_STAMP_THEN_BY = re.compile(r"^(?i:posted|published|updated|last\s+updated|first\s+published)\b.{3,80}?\s"
                            r"(?i:by)\s*:?\s+(?P<names>" + _NAMES + r")\s*$")
# a label needs its colon ("Words Matter More" is a headline), "Contributed by" is a credit without one
_CONTRIBUTOR = re.compile(r"^(?:(?i:contributors?|guest\s+(?:writer|author|columnist)|words)\s*:|"
                          r"(?i:contributed\s+by)\s*:?)\s*(?P<names>" + _NAMES + r")\.?$")
_WITH_EMAIL = re.compile(r"^(?P<name>" + _NAME + r")\s*[,|/·•-]?\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$")


# "March 3, 2024 | By Jane Doe | Valley Times": the byline as one segment of a stamp line
_SEGMENT = re.compile(r"\s*[|｜•·]\s*")
_BY_SEGMENT = re.compile(r"^(?i:by)\s*:?\s+(?P<names>" + _NAMES + r")\.?$")


def _people(names: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", names) if p.strip()]
    people = [n for p in parts if (n := credits.person_line(p))]
    return people if len(people) == len(parts) else []


def line_authors(line: str) -> list[str]:
    """The writers one of these forms names on ``line``, or none."""
    text = line.strip()
    if len(text) > 160:
        return []
    if match := _STAMP_THEN_BY.match(text) or _CONTRIBUTOR.match(text):
        return _people(match["names"])
    segments = _SEGMENT.split(text)
    if len(segments) > 1 and (by := next((m for seg in segments if (m := _BY_SEGMENT.match(seg))), None)):
        return _people(by["names"])
    if (match := _WITH_EMAIL.match(text)) and (name := credits.person_line(match["name"])) \
            and givennames.reads_as_person(name):
        return [name]
    return []


def role_alone(line: str) -> bool:
    """"Staff Writer", "Senior Correspondent": a byline's role on a line of its own."""
    words = line.strip().split()
    return 1 <= len(words) <= 3 and credits.is_role(line) and all(w[:1].isupper() for w in words) \
        and not credits.is_outlet(line)
