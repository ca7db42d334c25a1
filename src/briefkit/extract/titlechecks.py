"""Checks on a title pick: a byline-and-date head, a dash-parted speaker, a furniture guess over the story.

Split from metadata.py (which picks the title and reads the head's fields) to keep each module short.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefkit.extract import credits, headlines
from briefkit.extract.speakers import REPORTING_VERBS
from briefkit.extract.titlescore import shares_subject
from briefkit.readers import Article


def stray(picked: headlines.Pick, article: Article, body: str) -> bool:
    """A guess among the head's furniture ("今日導讀") about nothing the story says, while the heading right
    over the story's first paragraph is about it: the page's menu came first, the headline sits below."""
    return picked.weak and not shares_subject(picked.value, body) and bool(article.blocks) \
        and article.blocks[0].is_heading and shares_subject(article.blocks[0].text, body)


def speaker_suffix(title: str, name: str, body: str) -> bool:
    """"Inflation likely failed to peak in Q3 — BSP" over "The Bangko Sentral (BSP) said …": a dash-parted name
    the story quotes as its speaker is the headline's attribution (kept, as printed), not the site's name."""
    dashed = re.search(r"[-–—]\s*" + re.escape(name) + r"\s*$", title)
    # "The Campaign Against … (CAPCOE) has suggested …": any verb a speaker's statement is reported by
    said = re.search(r"\b" + re.escape(name) + r"\)?\s+(?:[A-Za-z]+day\s+)?(?:has\s+|have\s+)?"
                     r"(?:" + REPORTING_VERBS + r")\b"
                     # wire copy's inverted attribution: "…, said Bank Negara Malaysia (BNM)."
                     r"|\b(?:said|says)\s+(?:the\s+)?[A-Z][\w ]{0,60}?\(" + re.escape(name) + r"\)", body)
    return dashed is not None and said is not None


def byline_head(head: list[str]) -> bool:
    """The head closes on a person's name and a date ("Riley Kennedy" / "Wed, 19 Jul 2023"): the story starts
    under it, so short lines after its first paragraph are teasers for other stories, not its title."""
    cleaned = [headlines.clean(line) for line in head]
    return any(credits.person_line(a) is not None and headlines.is_date_line(b) for a, b in pairwise(cleaned))
