"""Page furniture the body keeps as paragraphs, anywhere on the page, whose names and numbers are no part of the
story: a box of other stories stamped with their age, and a writer's bio.  Every field reads the body without
them (:func:`briefkit.extract.teasers.teaser_sentences`), so a feed's stamp gives no figure and its titles no
names.

- A run of paragraphs that each open with a relative time stamp ("• 5 days The European Union is …", "3 hours
  ago", "2 min read"): a sidebar listing discussions or stories by how long ago they were posted.  Its "5 days"
  is no duration of the story and its "European Union" no body it speaks of.  One such line is left alone (a
  story's "5 days after the vote, prices rose." is its own); only a run of them is a box.
- A writer's bio: "NAME is an American journalist based in …", "NAME is a freelance writer …", "NAME has
  written for …".  The page prints it in an author box, under the writer's name or closing the story; the
  university the writer attended and the city they live in are no places of the story.  The shape alone is not
  enough ("Howard Fischer is a veteran journalist who has reported on …" closing a wire story names the wire,
  which a reader may cite), so a bio also needs a bio's cue: where the writer lives, that they freelance or
  have written for others, or a text cut short ("… and reports on…", the box's teaser of a longer bio).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefkit.extract.body import Sentence
from briefkit.extract.listmarks import BULLETS

__all__ = ["bio_sentences", "is_stamped_heading", "opens_with_stamp", "stamped_runs"]

_UNITS = r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|wks?|weeks?|mo(?:nth)?s?|y(?:ea)?rs?)"
# "5 days", "3 hours ago", "an hour ago", "3h ago", "2 min read": a stamp opening a paragraph ("a second" only with its
# "ago": "A second vote is due" is a sentence); what follows it must not run
# the stamp on into a sentence ("5 days after the vote", "3 hours of testimony", "2 days: talks")
# (the lookahead and its backreference take "ago" or "read" for good, as a possessive "?+" would: Python 3.11.2,
# Debian 12's, matches a possessive optional group wrongly, and its "5 days after the vote" would pass for a stamp)
_STAMP = re.compile(
    rf"^\s*[{BULLETS}*+-]?\s*(?:\d{{1,3}}\s*{_UNITS}\b\.?(?=(?P<tail>(?:\s+ago\b|\s+read\b)?))(?P=tail)|(?:an?\s+{_UNITS}|\d{{1,3}}\s*[hmdwy])\s+ago\b)"
    r"(?!\s*[,:;–—-])(?!\s+(?-i:after|before|later|earlier|of|in|into|on|at|for|from|to|until|since|and|or|"
    r"more|less|left|long|old|away|late|early|ahead|behind|per|a|an|the)\b)",
    re.IGNORECASE)
_RUN_LENGTH = 3  # a box lists several; two stamped lines mid-story may be the story's own
_RUN_GAP = 2  # paragraphs a title or a section word ("Markets") may stand between two stamped lines


def opens_with_stamp(text: str) -> bool:
    """True when ``text`` opens with a relative time stamp as a teaser's line does ("• 4 days Why …", "3 hours
    ago"): one line alone is no teaser (see :func:`stamped_runs`), but a caption or a line the page's head kept
    may be judged by it with the run around it."""
    return bool(_STAMP.match(text))


def is_stamped_heading(line: str) -> bool:
    """True when a heading line is a feed's stamped link ("4 days “What’s In Store For Europe In 2024?”"): a line
    the reader kept as a heading stands alone, so its stamp is judged on its own; its unit must be written in lower
    case, as feeds print it ("5 Days That Shook the Markets" is a heading's own words, its unit in capitals)."""
    stamp = _STAMP.match(line)
    return stamp is not None and not any(char.isupper() for char in stamp.group(0))


def stamped_runs(sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences in a run of paragraphs that open with a relative time stamp (see the
    module's docstring), and of the one-line paragraph over a bare stamp in such a run (the link's title the
    stamp dates: "Plains shrouded in fog" over "- 5 hours ago")."""
    per_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        per_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    stamped = [p for p, group in per_paragraph.items() if opens_with_stamp(group[0].text)]
    edges = {min(per_paragraph, default=0), max(per_paragraph, default=0)}
    found: set[int] = set()
    # a run opening or closing the body may be the end of a box whose first lines the reader took for the
    # page's head (or its last for the tail): two lines there are enough
    for run in _runs(stamped, lambda r: len(r) >= _RUN_LENGTH or (len(r) >= 2 and bool(edges & {r[0], r[-1]}))):
        for paragraph in run:
            found |= {s.index for s in per_paragraph[paragraph]}
            before = per_paragraph.get(paragraph - 1, [])
            bare = len(per_paragraph[paragraph]) == 1 and not _STAMP.sub("", per_paragraph[paragraph][0].text).strip(
                " .")
            if bare and len(before) == 1:
                found.add(before[0].index)
    return found


def _runs(paragraphs: list[int], long_enough: Callable[[list[int]], bool]) -> list[list[int]]:
    """The runs among sorted paragraph numbers, none more than ``_RUN_GAP`` apart, that are ``long_enough``."""
    runs: list[list[int]] = []
    run: list[int] = []
    for paragraph in [*paragraphs, 1 << 30]:
        if run and paragraph - run[-1] > _RUN_GAP:
            if long_enough(run):
                runs.append(run)
            run = []
        run.append(paragraph)
    return runs


_NAME = r"(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|bin|da|del|la)){1,3})"
_WRITER = (r"(?:writer|journalist|reporter|correspondent|columnist|contributor|analyst|freelancer|blogger|"
           r"editor|author|commentator|photojournalist)")
# "NAME is an American journalist", "NAME is a freelance writer and editor", "NAME has written for …"
_BIO_OPENING = re.compile(
    rf"^\s*{_NAME}\s+(?:(?:is|was)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,5}}{_WRITER}s?\b"
    r"|has\s+(?:written|reported|contributed)\s+for\b|writes\s+(?:for|about)\b)")
# what marks the paragraph as the writer's bio rather than a story about a journalist
_BIO_CUE = re.compile(
    r"\bbased\s+(?:in|out\s+of)\b|\bfreelance|\b(?:has\s+)?(?:written|contributed)\s+(?:for|to)\b|"
    r"\bwrites\s+(?:for|about)\b|\bwork\s+has\s+appeared\s+in\b|[^\W\d]\s?(?:…|\.{3})\s*$", re.IGNORECASE)


def bio_sentences(sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences of a writer's bio: a paragraph opening with a bio's shape and carrying a
    bio's cue (see the module's docstring) that is the body's last paragraph, or stands under a
    heading of the writer's name (an author box)."""
    per_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        per_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    if not per_paragraph:
        return set()
    last = max(per_paragraph)
    found: set[int] = set()
    for paragraph, group in per_paragraph.items():
        opening = _BIO_OPENING.match(group[0].text)
        if not opening or not any(_BIO_CUE.search(s.text) for s in group):
            continue
        heading = (group[0].heading or "").strip()
        if paragraph == last or (heading and heading == opening.group("name")):
            found |= {s.index for s in group}
    return found
