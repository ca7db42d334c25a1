"""Writers named by a line that holds little but their names, read by where the line stands.

Many sites print no credit word: the writer's name stands on a line of its own, and only its place says what it
is.  The places read here:

- just under the title, alone or beside the page's stamp ("JANE SMITH", "Jane Doe | March 5, 2024"), and two
  or more writers listed beside the stamp ("Kadek Suryawan, Ratna Dewi Lestari • 4 March 2024 10:20") or on the
  line over it ("Jane Doe and Tom Lee" over "Updated");
- alone on the page's last line, after the story ("Amarjargal Munkhbat", "吴曦"): a reporter's sign-off;
- alone on the first line of a page that prints no title, straight over the story ("Thukten Zangpo").

A name under the title that is not beside a stamp must read as a person's two lines down; a name closing or
opening the page needs no list of given names (many Asian reporters' names are in none), but it must read as a
person's (no word the story writes in lower case, none of a heading's, no place) and be no one the story
speaks of.
"""

from __future__ import annotations

import re

from briefkit.extract import bylines_en, credits, givennames, headlines
from briefkit.extract.dates import parse_date
from briefkit.extract.runins import STORED_STAMP
from briefkit.extract.wordcount import CJK

_AND_NAMES = re.compile(r"\s*(?:,|&|\band\b)\s*")
# the stamp line a news site sets under its writers' names ("Updated", "Published 5 March 2024", "Updated Feb 26
# 2015 — 10:50am"): a line of two or more names over it is the byline, whatever words it lacks
_UPDATE_STAMP = re.compile(r"^(?i:updated|published|first\s+published|posted)\b(?:\s+\S+){0,8}$")


def stamped_list(parts: list[str]) -> list[str]:
    """"Jane Doe, Tom Lee" among the parts of a line with the page's stamp ("… • 17 October 2022 14:52"): two
    or more people listed in one part, each name's shape a person's (no given-name list need hold them: the
    stamp beside them says the line is a byline)."""
    for part in parts:
        pieces = [p for p in _AND_NAMES.split(part.strip()) if p]
        people = [n for p in pieces if (n := credits.person_line(p)) and bylines_en.name_like(n)]
        if len(pieces) > 1 and len(people) == len(pieces):
            return people
    return []


def after_stamp(line: str) -> list[str]:
    """The writers listed after a stored copy's date stamp on its line (two or more, each a person's shape: the
    stamp's line holds the page's byline, not its headline, when all that follows it is people's names)."""
    # " date 2018-07-20 Evans Nyakundi and David Macharia": the stamp, then the writers the page lists
    match = STORED_STAMP.match(line)
    return stamped_list([line[match.end():]]) if match else []


# a caption's words for what the picture shows ("… are shown in 2022 in Mars, Pa.", "Jane Doe poses with …"); a
# standfirst's "is seen as" or "poses a risk" is no caption, so those stay out
_PHOTO_CAPTION = re.compile(r"\b(?:is|are|was|were)\s+(?:shown|pictured)\b|\bpictured\b|"
                            r"\bpos(?:es|ing)\s+(?:for|with)\b|\bfile\s+(?:photo|picture|image)\b|"
                            r"\((?:AP|AFP|Reuters)\s+Photo", re.IGNORECASE)


def photo_credit(name: str, text: str) -> bool:
    """Whether the page prints ``name`` alone under a picture's caption ("Townhomes … are shown in 2022 …" over
    "Gene J. Puskar"): the photographer, whom the reader's layout leaves under the title once the caption goes."""
    if name not in text:
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return any(line == name and k and _PHOTO_CAPTION.search(lines[k - 1]) for k, line in enumerate(lines))


def under_title(head: list[str], title_line: str) -> tuple[list[str], bool]:
    """A person's name alone on a line just under the title ("JANE SMITH"), or beside its date, and whether a
    stamped list credits them ("Jane Doe, Tom Lee • 17 October 2022"): a credit form, not a guess."""
    if title_line not in head:
        return [], False
    start = head.index(title_line) + 1
    window = head[start:start + 4]
    for k, line in enumerate(window[:3]):
        parts = re.split(r"\s*[|｜·•]\s*|\s+/\s+", line) if parse_date(line) else [line]
        names = [n for part in parts if (n := credits.person_line(headlines.clean(part)))]
        listed = stamped_list(parts) if k == 0 and len(parts) > 1 else []
        if not listed and k + 1 < len(window) and _UPDATE_STAMP.match(window[k + 1].strip()):
            listed = stamped_list([line])  # "Jane Doe and Tom Lee" over "Updated": the writers over the stamp
        if listed:
            return listed, True
        # a name two lines down must read as a person's: a heading ("Witness Appeal") or a photo's slug
        # ("Virus Outbreak California Jobs") is capitalised like a name
        if names and (k == 0 or CJK.search(names[0]) or givennames.reads_as_person(names[0])):
            return names[:1], False
    return [], False


def lone_name(line: str, story: str) -> list[str]:
    """The name that is all of ``line``, when it reads as a person's and the ``story`` does not speak of it."""
    text = line.strip()
    if givennames.is_chinese_name(text) and not givennames.zh_word(text):
        return [text] if text not in story else []
    name = credits.person_line(text)
    if name is None or len(name.split()) > 3 or _is_place(name) or name in story or _heading_words(name) \
            or not givennames.plausible_guess(name, givennames.lower_words(story)):
        return []
    return [name]


def _heading_words(name: str) -> bool:
    """Whether the name's words read as a heading's ("Read More", "Harbor Lights", "Related Links"): one of
    English's most frequent words, or a plural's ending.  The page's foot and top hold such headings; the
    names no given-name list holds ("Amarjargal Munkhbat", "Thukten Zangpo") end no word in a plural's "s"
    (a surname that does, "Jones", comes with a known given name and is read as a signature already)."""
    return givennames.has_frequent_word(name) or any(re.search(r"[a-z][^s]s$", w) for w in name.split())


def over_story(head: list[str], paragraphs: list[str]) -> list[str]:
    """The name alone on the first line of a page with no title, straight over the story ("Thukten Zangpo"):
    the page's only head line, so nothing else (no headline, no menu) stands between it and the text."""
    if len(head) != 1 or not paragraphs:
        return []
    return lone_name(head[0], "\n".join(paragraphs))


def _is_place(text: str) -> bool:
    from briefkit.extract.places import is_place  # (late: the place lists load only when asked)

    return is_place(text.strip(" ."))
