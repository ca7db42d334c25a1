"""A ministry's name run on through its remits ("Ministry of Trade, Industry and Energy"), and the remits that
stand between "and" and a ministry's word ("Plantation Industries and Commodities Ministry"): one body, not two.
"""

from __future__ import annotations

import re

from briefkit.extract.places import is_place

ITEMS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")

# a ministry's name runs through its remits: "Ministry of Trade, Industry and Energy", "Office of Gas and
# Electricity Markets", "Ministry of Statistics and Programme Implementation" (seen on Korean, British and Indian
# pages: the pattern stops at a comma or at an institutional word such as "Gas" or "Programme")
# ("National Department of Water and Sanitation": a level of government may open it)
_REMIT_HEAD = re.compile(r"^(?:[Tt]he\s+)?(?:(?:National|Federal|State|Provincial|Regional)\s+)?"
                         r"(?:Ministry|Department|Office|Secretariat|Bureau|Directorate)\s+(?:of|for)\s")
HEAD_WORD = re.compile(r"\b(?:Ministry|Department|Office|Secretariat|Bureau|Directorate|Agency|Commission|Council|"
                        r"Bank|Board|Authority|Institute|University|Court|Police|Committee|Corporation|Company)\b")
_REMIT = r"[A-Z][a-z][\w'’-]*"
_REMITS = re.compile(r"(?:[ \t]+" + _REMIT + r"){0,3}(?:(?:,[ \t]+" + _REMIT + r"(?:[ \t]+" + _REMIT + r"){0,2}){0,4},?"
                     r"[ \t]+and[ \t]+" + _REMIT + r"(?:[ \t]+" + _REMIT + r"){0,3})?(?![\w'’-])")


def with_remits(match: re.Match[str], text: str) -> str:
    """The name ``match`` found, run on through a ministry's remits when it stops inside their list."""
    name = match.group(0)
    head = _REMIT_HEAD.match(name)
    if not head or "," in name or HEAD_WORD.search(name, head.end()):
        return name  # "Department of Commerce and Directorate": a second body, not a remit, ends the match
    more = _REMITS.match(text, match.end())
    extra = more.group(0) if more else ""
    # the remits are no bodies of their own ("Ministry of Finance, Korea Development Bank and …" lists bodies)
    items = [i for i in ITEMS.split(extra.strip(" ,")) if i]
    if not extra or not all(_remit(i) for i in items):
        return name
    return name + extra


def _remit(item: str) -> bool:
    """"Human Services", "Rural Affairs": a remit; a body of its own opens on its kind or a place ("Directorate
    General", "Dartmouth Medical School") or is one by its shape ("Korea Development Bank")."""
    first = item.split()[0]
    return len(item.split()) <= 3 and not re.search(r"[A-Z]{2}|\s(?:of|for)\s", item) \
        and not HEAD_WORD.search(item) and not is_place(first)


def remits(left: str, right: str) -> bool:
    """"Department of Health" and "Human Services": the right side is a ministry's remit, not a body."""
    # ("… Home Affairs and Provincial Councils and Local Government": remits listed on, each one a remit)
    return bool(_REMIT_HEAD.match(left)) and all(_remit(item) for item in ITEMS.split(right) if item)




# a ministry's word after its remits ("Plantation Industries and Commodities Ministry", "Housing and Urban
# Development Department"), and a minister's title after them ("Plantation Industries and Commodities Minister
# Datuk …"), as Malaysian and Indian pages name their ministries
# (a remit of two words as well: "Union Health and Family Welfare Ministry")
_MINISTRY_LAST = re.compile(r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?[ \t]+(?:Ministry|Department)")
_MINISTER_AFTER = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z][\w'’-]*[ \t]+Minister\b")


def remits_before_head(left: str, right: str) -> bool:
    """"Plantation Industries" and "Commodities Ministry": the left side is a remit of the ministry the right one
    names (one body), not a body of its own ("Bank of England and Finance Ministry" joins two)."""
    return bool(_MINISTRY_LAST.fullmatch(right)) and len(left.split()) <= 3 and _remit(left)


def minister_remit(text: str, end: int) -> bool:
    """The name ending at ``end`` is a remit in a minister's title ("Plantation Industries and Commodities
    Minister"), no body."""
    return bool(_MINISTER_AFTER.match(text, end))
