"""Credits that sign a story with the site's own brand: an address byline, a dash line, an address tag in the lead.

Sites that style their name as an address or one glued word sign their stories in forms the wire finders
(:mod:`briefkit.extract.wires`) do not read, since those take only a listed agency's name:

- a byline whose "writer" is the site's address, with the country desk after a slash or a bar
  ("By: lakeviewpost.com/Ghana", "By www.LakeviewPost.info");
- a line of its own closing the story, a dash and the site's one-word brand or address ("–Lakeviewonline",
  "— lakeviewpost.com"), the site's form of "— Bernama";
- the lead opening on the site's address and the town it reports from ("LAKEVIEW.CO, Jakarta – The …"), as a
  dateline opens on an agency's.

Each names the page's own outlet as plainly as a dateline does; a dash and a plain word ("- India", "– Editor") or a
person's initials sign nothing, so only an address or a word that is a brand (an outlet's word run into it) counts.
"""

from __future__ import annotations

import re

from briefkit.extract import agencies
from briefkit.extract.hostnames import is_domain
from briefkit.extract.places import is_place

_HOST = r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.[A-Za-z]{2,6}"
# "By: lakeviewpost.com/Ghana", "By www.LakeviewPost.info", "By lakeviewpost.com | Lakeland": the address as the byline
_HOST_BYLINE = re.compile(r"^(?i:by)\s*:?\s+(?P<host>" + _HOST + r")(?:\s*[/|,–—-]\s*[A-Z][A-Za-z .'-]{1,30})?\s*$")
# "–Lakeviewonline", "— lakeviewpost.com": a dash and one token, a line of its own
_DASH_LINE = re.compile(r"^[-–—]{1,2}\s*(?P<name>[A-Za-z][\w.&-]{2,40}?)\.?\s*$")
# a brand's outlet word run into it ("Lakeviewonline", "LakeviewNews", "Lakeview24News")
_BRAND = re.compile(r"(?<=[a-z0-9])(?i:online|news|times|post|daily|radio|media|tv|fm)$|"
                    r"(?<=[a-z0-9])(?:News|Times|Post|Daily|Radio|Media|TV|FM|Online)(?=[A-Z0-9]|$)")
# "LAKEVIEW.CO, Jakarta – The council …": the address, the town, a dash or a colon, then the sentence
_HOST_LEAD = re.compile(r"^(?P<host>" + _HOST + r"),\s+[A-Z][A-Za-z .'-]{1,30}?\s*(?:[-–—]{1,2}|:)\s+(?=[A-Z\"“‘'])")


def _bare_host(host: str) -> str:
    return re.sub(r"^(?i:www\.)", "", host)


def host_byline(lines: list[str]) -> str | None:
    """The address a byline line gives as its writer ("By: lakeviewpost.com/Ghana" → "lakeviewpost.com")."""
    for line in lines:
        text = line.strip()
        if len(text) <= 80 and (match := _HOST_BYLINE.match(text)) and is_domain(match["host"]):
            return _bare_host(match["host"])
    return None


def dash_signoff(texts: list[str]) -> str | None:
    """The brand a line of its own signs the story with ("–Lakeviewonline" → "Lakeviewonline"): an address, a
    listed agency or a word with an outlet's word run into it; a place ("- India") or a plain word is none."""
    for text in texts:
        match = _DASH_LINE.match(text.strip())
        if match is None:
            continue
        name = match["name"]
        if is_domain(name) and not name.lower().startswith("www."):
            return name
        if agencies.is_agency(name):
            return name
        if len(name) >= 6 and "." not in name and _BRAND.search(name) and not is_place(name):
            return name
    return None


def host_lead(paragraph: str) -> str | None:
    """The address a lead opens on before its town ("LAKEVIEW.CO, Jakarta – The …" → "LAKEVIEW.CO")."""
    match = _HOST_LEAD.match(paragraph.strip()[:120])
    if match is None or not is_domain(match["host"]):
        return None
    return _bare_host(match["host"])
