"""The body whose name stands over a release's label: the issuer of a statement on its own site.

An institution's press room prints its name on a line of its own and, under it, the label of the page kind:
"Lakeland Reserve Bank" over "Press release", "Office of the Governor (OG)" over "News/Press Releases", "MINISTRY OF
HEALTH" over "PRESS RELEASE".  That name is who issued the statement, so it is the page's source on any site.
Only a name shaped like an institution's counts (its institution word last, "Lakeland Reserve Bank", or leading an "of",
"Office of the Governor"): a headline set over the label ("Step up in drought budget support" over "Media
release") or a menu's entry ("Publications and Research" over "Media Releases") names no issuer.

The same name on the line under a byline ("By: Jane Doe" over "Lakeland Information Services") is the writer's
employer, the government's information service or ministry that issued the statement the page carries.
"""

from __future__ import annotations

import itertools
import re

from briefkit.extract.bylines_en import BYLINE

# the label of a release page or of its section ("Press release", "News/Press Releases", "MEDIA RELEASE")
_LABEL = re.compile(r"^(?:(?:news|media|press)\s*/\s*)?(?:press|media|news)\s+releases?$", re.IGNORECASE)
_RUN_ON = re.compile(r"^(?:press|media|news)\s+release\s*(?::|\s[–—-])\s*(?P<rest>\S.*)$", re.IGNORECASE)
# the words that make a name an institution's (what issues statements, not what reports them)
_BODY_WORD = (r"(?:Ministry|Office|Department|Bureau|Agency|Authority|Commission|Council|Bank|Treasury|Secretariat|"
              r"Administration|Board|Service|Services|Institute|Directorate|Government|Parliament|Embassy|"
              r"Presidency|Cabinet|Police|Court|Tribunal|Corporation|Fund|Organi[sz]ation)")
_CAP = r"[A-Z][\w&'’.-]*"
_LINK = r"(?:of|for|and|on|the|&)"
# "Lakeland Reserve Bank", "Reserve Bank of Lakeland", "Office of the Governor", "National Statistics Office"
# (after the institution word only an "of"/"for" phrase: "Reserve Bank Raises Rates" is a headline)
_NAME = re.compile(r"^(?P<name>(?:The\s+)?(?:" + _CAP + r"\s+){0,4}" + _BODY_WORD + r"(?:\s+(?:of|for)\s+(?:the\s+)?"
                   + _CAP + r"(?:\s+(?:" + _LINK + r"\s+)*" + _CAP + r"){0,4})?)(?:\s*\((?P<short>[A-Z]{2,8})\))?$")


def release_masthead(lines: list[str]) -> str | None:
    """The institution named on the line over a release's label ("Lakeland Reserve Bank" over "Press release"), or None.

    Blank lines are skipped; the name is given as written, a body in capitals ("MINISTRY OF HEALTH") in title
    case, its bracketed initials ("(OP)") left off."""
    filled = [line.strip() for line in lines if line.strip()]
    for before, line in itertools.pairwise(filled):
        if _LABEL.match(line) and (name := _issuer_name(before)):
            return name
    # "PRESS RELEASE: Ministry of Harbours": the label with its issuer run on after a colon or a dash
    return next((name for line in filled if (run := _RUN_ON.match(line)) and (name := _issuer_name(run["rest"]))),
                None)


def byline_body(lines: list[str]) -> str | None:
    """The institution named on the line under a byline ("By: Jane Doe" over "Lakeland Information Services")."""
    filled = [line.strip() for line in lines if line.strip()]
    for before, line in itertools.pairwise(filled):
        if BYLINE.match(before) and (name := _issuer_name(line)):
            return name
    return None


def _issuer_name(line: str) -> str | None:
    """``line`` as an institution's name, or None when it reads as anything else (a headline, a menu)."""
    if len(line) > 80:
        return None
    text = line.title() if line.isupper() else line
    text = re.sub(r"\b(Of|For|And|On|The)\b", lambda m: m[1].lower(), text) if line.isupper() else text
    match = _NAME.match(text)
    if not match:
        return None
    name = match["name"]
    return name[0].upper() + name[1:] if len(name.split()) >= 2 else None  # "Bank" alone names no one
