"""Byline forms common across news sites that the "By NAME" and labelled-field rules leave out.

- a time stamp and then the byline on one line, as a pasted page joins them ("Posted at 3:10 PM,
  Mar 3, 2024 and last updated 5:00 PM By: Jane Doe");
- a byline as one segment of a stamp line ("March 3, 2024 | By Jane Doe | Valley Times");
- a contributor's label ("Contributor: Jane Doe", "Contributed by Jane Doe", "Guest writer: Jane Doe");
- a writer's name beside their e-mail address on a line of its own ("Jane Doe jdoe@example.com");
- a role alone on a line ("Staff Writer", "Senior Correspondent") under the writer's name: byline furniture,
  never a title;
- a writer's name alone on a line over the story's dateline ("WAISEA NASOKIA" over "NADI", "Jane Doe" over
  "SPRINGFIELD — The council …"), the form of many Pacific, African and wire pages.

A line's picture credit ("— Picture by NAME", "(Image: …)", "Photo: NAME") and a Chinese page's
interface controls beside its fields ("语音阅读", "字体:大中小") are cut before any of this is read.

Each name must read as a person's (a known given name, or the form's own label says it is one).
"""

from __future__ import annotations

import itertools
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
            and (givennames.reads_as_person(name) or _addressed(name, text)):
        return [name]
    if lower := _LOWER_BY.match(text):  # "by jane doe": a site that sets its bylines in lower case
        name = " ".join(w[:1].upper() + w[1:] for w in lower["name"].split())
        return [name] if givennames.is_given_name(name.split()[0]) else []
    if (at := name_at_outlet(text)) is not None:
        return [at[0]]
    return _weak_label_writers(text)


# "Words Jane Doe Pictures Tom Lee", "Text: Jane Doe Photos: Tom Lee": a feature's credits for its words and
# its pictures on one line, the colons often left out; the words' credit names the writer
_WORDS_PICTURES = re.compile(r"^(?i:words|text|story)\s*:?\s+(?P<names>" + _NAMES + r")\s*[,;|/]?\s+"
                             r"(?i:pictures|photos?|photography|images|photographs)\s*(?i:by)?\s*:?\s+" + _NAME + r"$")
# "From Jane Doe in Nairobi", "From Jane Doe, Nairobi": a correspondent's byline naming where they filed from
_FROM_IN = re.compile(r"^(?i:from)\s+(?P<names>" + _NAME + r")(?:\s+in|,)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}$")
# "Report: Jane Doe", "Reporter: Jane Doe": a label whose value is as often a body's name ("Report: Central
# Bank"), so the name must open with a known given name
_REPORT_LABEL = re.compile(r"^(?i:report|reporter|reporting|reported\s+by|byline|writer|author\(s\))\s*:\s*"
                           r"(?P<names>" + _NAMES + r")\.?$")


# "Story and photos by Jane Doe", "Words and pictures: Jane Doe": one writer credited for both
_WORDS_AND_PICTURES = re.compile(r"^(?i:story|words|text|report)\s+(?i:and|&)\s+"
                                 r"(?i:photos?|pictures|photography|images)\s*(?i:by)?\s*:?\s+"
                                 r"(?P<names>" + _NAMES + r")\.?$")


def words_and_pictures(line: str) -> list[str]:
    """The writers ``line`` credits for both the words and the pictures ("Story and photos by Jane Doe"): a
    photographer who is also the story's writer."""
    match = _WORDS_AND_PICTURES.match(line.strip())
    return _people(match["names"]) if match else []


def _weak_label_writers(text: str) -> list[str]:
    """Writers named by the forms above, each name opening with a known given name (these labels and the
    "From" before a name also open a line that names a place or a body)."""
    if both := words_and_pictures(text):
        return both
    match = _WORDS_PICTURES.match(text) or _FROM_IN.match(text) or _REPORT_LABEL.match(text)
    people = _people(match["names"]) if match else []
    return people if people and all(givennames.reads_as_person(n) for n in people) else []


_LOWER_BY = re.compile(r"^by\s+(?P<name>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2})$")
# "Jane Doe at Valley Times", "Tom Lee at The Daily Star": the writer and the outlet they write for, alone on a line
_NAME_AT = re.compile(r"^(?P<name>" + _NAME + r")\s+at\s+"
                      r"(?P<outlet>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$")


def name_at_outlet(line: str) -> tuple[str, str] | None:
    """"Jane Doe at Valley Times" → ("Jane Doe", "Valley Times"): a person's name, then a publication's."""
    match = _NAME_AT.match(line.strip())
    if match is None or not givennames.reads_as_person(name := match["name"]):
        return None
    outlet = match["outlet"]
    if not (credits.is_outlet(outlet) or credits.masthead(outlet) or _PUBLICATION_END.search(outlet)):
        return None
    return name, outlet


# the last word of a publication's name: "Valley Times", "Coastal Monitor", "The Harbour Review"
_PUBLICATION_END = re.compile(r"\b(?:Times|News|Post|Herald|Tribune|Journal|Gazette|Review|Monitor|Chronicle|Courier|"
                              r"Observer|Telegraph|Express|Daily|Weekly|Magazine|Press|Standard|Independent|Report)$")


_EMAIL = re.compile(r"^\(?(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+\)?$")


def _addressed(name: str, text: str) -> bool:
    """Whether an e-mail address on ``text`` is the person's own: its local part holds their surname or
    first name ("jdoe@…", "jane.doe@…"), the two agreeing where neither alone would do."""
    local = (m.group(1).lower() if (m := re.search(r"([\w.+-]+)@", text)) else "")
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)]
    return bool(local) and any(w in local for w in words)


def name_over_email(lines: list[str]) -> list[str]:
    """"Jane Doe" over "jdoe@valleytimes.com": a writer's name and their address on the next line."""
    for name_line, next_line in itertools.pairwise(lines):
        if (address := _EMAIL.match(next_line.strip())) and (name := credits.person_line(name_line.strip())) \
                and _addressed(name, address.group(0)):
            return [name]
    return []


# "NADI", "PORT MORESBY, Papua New Guinea", "SUVA — The council …": a dateline's place in capitals
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?=\s*$|\s*[,—–-])")


def dateline_place(line: str) -> bool:
    """Whether ``line`` opens with a dateline's place in capitals ("NADI", "SUVA — The council …")."""
    from briefkit.extract.places import is_place, town_names  # (lazy: the place lists load on first use)

    match = _DATELINE.match(line.strip())
    place = match["place"].rstrip(".").title() if match else ""
    return bool(place) and (place in town_names() or is_place(place))


def name_over_dateline(lines: list[str], prose: str) -> list[str]:
    """"WAISEA NASOKIA" over "NADI": a person's name alone on a line, the dateline's place on the next.

    The name must read as a person's (:func:`briefkit.extract.givennames.plausible_guess`), hold no word
    the story's ``prose`` writes in lower case ("FERRY DELAYED" over "SUVA" is a headline) and be no
    dateline itself."""
    lowered = givennames.lower_words(prose)
    for name_line, next_line in itertools.pairwise(lines):
        name = credits.person_line(name_line.strip())
        # every word counts here, a given name's too: a headline's "Ferry" is also someone's given name
        if name and dateline_place(next_line) and givennames.plausible_guess(name, lowered) \
                and not any(w.lower() in lowered for w in name.split()) and not dateline_place(name_line):
            return [name]
    return []


def email_line(line: str) -> bool:
    """An e-mail address alone on a line: byline furniture, never a title."""
    return bool(_EMAIL.match(line.strip()))


# "By Jane Doe, Staff Writer, Valley Times": the outlet after the writer's role
_ROLE_OUTLET = re.compile(r"^(?i:by)\s*:?\s+" + _NAME + r"\s*,\s*(?P<role>[^,|]{3,40}),\s*(?P<outlet>[^,|]{2,40})$")


def outlet_after_role(line: str) -> str | None:
    """The outlet closing a byline after the writer's role."""
    match = _ROLE_OUTLET.match(line.strip())
    if match and credits.is_role(match["role"]) and credits.is_outlet(outlet := match["outlet"].strip()):
        return outlet
    return None


def role_alone(line: str) -> bool:
    """"Staff Writer", "Senior Correspondent": a byline's role on a line of its own."""
    words = line.strip().split()
    return 1 <= len(words) <= 3 and credits.is_role(line) and all(w[:1].isupper() for w in words) \
        and not credits.is_outlet(line)


# A picture's credit inside a caption or byline line names the photographer, never the writer.
_PICTURE_CREDIT = re.compile(r"\s*(?:[-–—]\s*)?(?:\((?i:image|photo|picture|pic|photograph)s?\s*"
                             r"(?::|by\b|credit\b)[^)]*\)|\b(?i:picture|photo|pic|image|photograph)s?\s*(?::|(?i:by)\b|(?i:credit)\s*:?)\s*"
                             r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’/-]*){0,4}\s*$)")
# A Chinese page's controls beside its field line: read aloud, font size, print, close, share
_ZH_CONTROL = re.compile(r"(?:语音阅读|語音閱讀|语音播报|語音播報|字体|字體|字号|字號|打印本页|打印|关闭窗口|關閉窗口|"
                         r"分享到)\s*[:：]?\s*(?:[大中小]\s*){0,3}")


def without_furniture(line: str) -> str:
    """``line`` without a picture credit ("— Picture by Jane Doe") or a Chinese page's controls ("语音阅读:")."""
    line = _PICTURE_CREDIT.sub("", line)
    return _ZH_CONTROL.sub(" ", line).strip() if re.search(r"[\u3400-\u9fff]", line) else line


# "By A and B, EXAMINER STAFF WRITERS", "By Jane Doe, Tribune Staff Reporter": the staff are the outlet's own
_STAFF_OF = re.compile(r"^(?i:by)\b.{3,120},\s*(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)\s+"
                       r"(?i:staff)\s+(?i:writers?|reporters?|correspondents?|photographers?)\.?$")


def staff_outlet(line: str) -> str | None:
    """The outlet whose staff a byline's role names ("EXAMINER STAFF WRITERS" → "Examiner"); a beat word
    ("Senior Staff Writer", "Business Staff Writer") is no outlet."""
    match = _STAFF_OF.match(line.strip())
    if match is None:
        return None
    outlet = match["outlet"]
    if all(w.lower() in credits.BEAT or w.lower() in {"the", "a"} for w in outlet.split()):
        return None
    return outlet.title() if outlet.isupper() and len(outlet) > 5 else outlet
