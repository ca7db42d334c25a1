"""Links to other stories stamped with their age: a site's feed of its latest posts prints each title after how
long ago it went up ("• 17 hours Biden's $2 trillion Plan …", "• 4 days Oil Stocks, Market Direction …").

The stamp is no length of time of this story, and the title's numbers are the linked story's: no key figures.
One such sentence may be the story's own, opening on a length of time, so in the body only a run of two or more
lines of this shape is taken for a feed; a heading line of this shape is one on its own (a heading writes its
units in capitals, "5 Days That Shook the Markets", and is not matched).
"""

from __future__ import annotations

import re

from briefkit.extract.body import Sentence

__all__ = ["is_stamped_link", "stamped_links"]

# digits, a unit of time (abbreviated as feeds print them), then a title: a capital, a digit or an opening quote;
# "5 days ago" and "3 hours later" are sentences' own words, read by durations.py
_STAMPED = re.compile(r"^\W{0,3}\d{1,3}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)"
                      r"\s+(?!ago\b|later\b|earlier\b)[\"“‘'(]?[A-Z0-9]")
_MIN_RUN = 2


def stamped_links(sentences: list[Sentence]) -> set[int]:
    """The indices of the sentences that are a feed's stamped links (see the module's docstring)."""
    stamped = {s.index for s in sentences if _STAMPED.match(s.text)}
    return stamped if len(stamped) >= _MIN_RUN else set()


def is_stamped_link(line: str) -> bool:
    """True when a heading line is a feed's stamped link ("4 days “What’s In Store For Europe In 2023?”")."""
    return bool(_STAMPED.match(line))
