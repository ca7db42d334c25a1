"""Who issued or first ran a page, where it says so in words of its own rather than in a labelled field.

Three forms shared by unrelated sites:

- a repost's closing pointer to the site it was cut from ("Read more on example.com", "Continue reading at
  example.org"): a teaser copies the opening of another site's story and links there for the rest, so the
  host it names is where the story ran; it is written as a host, which no masthead rule reads as a name;
- a release's note to editors sending enquiries to the issuer's press office ("Media enquiries about this
  press release to the Department Press Office on …"): the office belongs to the body that issued it;
- a release's issuer line under its label, without a colon ("News Release" over "From the Office of the
  Presidential Spokesperson"): the body that issued it, as a release label naming its issuer is.
"""

from __future__ import annotations

import re

from briefkit.extract import credits

# the host a closing pointer links to ("Read more on theguardian.com", "Continue reading at www.example.org.")
_POINTER_HOST = re.compile(r"^(?i:read\s+more|continue\s+reading|read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+"
                           r"(?:story|article|report))\s+(?i:on|at)\s+(?P<host>(?:[\w-]+\.)+[a-z]{2,})\s*[.!]?$")
# the body a release's contact note sends the press to; its name in capitals or capitalised words
_BODY = r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'’-]*){0,6}?)"
_PRESS_OFFICE = re.compile(r"\b(?i:enquiries|inquiries|queries|contact)\b[^.;]{0,60}?\b(?:to|contact)\s+(?:the\s+)?"
                           + _BODY + r"\s+(?:Press|Media|Communications|News)\s+"
                           r"(?:Office|Team|Unit|Desk|Centre|Center)\b")
# the cue that the contact note is a release's, not a story's mention of some office
_RELEASE = re.compile(r"(?i:notes?\s+(?:to|for)\s+editors|editors?['’]?\s+notes?|this\s+(?:press|news|media)\s+"
                      r"release)")
# "From the Office of the Presidential Spokesperson": an office's name after "From", nothing else on the line
_FROM_OFFICE = re.compile(r"^From\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}(?:Office|Ministry|Department|"
                          r"Bureau|Secretariat|Directorate|Commission)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                          r"(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*[A-Z][\w'’-]*){0,6})?)\s*$")


def pointer_host(lines: list[str]) -> str | None:
    """The host a closing "Read more on example.com" line points to, or None."""
    for line in lines:
        if (match := _POINTER_HOST.match(line.strip())) and credits.is_domain(match["host"]):
            return re.sub(r"^www\.", "", match["host"])
    return None


def press_office(paragraphs: list[str]) -> str | None:
    """The body a release's closing note sends media enquiries to ("… to DHSSPS Press Office on …"), or None."""
    # (a plain word test first: the patterns run only on a page that mentions editors or a release)
    released = any(("editor" in low or "release" in low) and _RELEASE.search(text)
                   for text in paragraphs if (low := text.lower()))
    for text in paragraphs:
        if released and (match := _PRESS_OFFICE.search(text)):
            return match["name"]
    return None


# a release's label over its issuer line ("News Release", "PRESS RELEASE", "Media statement")
_RELEASE_LABEL = re.compile(r"^(?i:(?:joint\s+)?(?:press|news|media)\s+(?:release|statement))[:.]?$")


def from_office(lines: list[str]) -> str | None:
    """The office a "From the Office of …" line under a release's label names, or None: a government page's
    own issuer line without such a label names no source (corpus README: a government's own page names none)."""
    if not any(_RELEASE_LABEL.match(line.strip()) for line in lines):
        return None
    return next((m["name"] for line in lines if (m := _FROM_OFFICE.match(line.strip()))), None)


def stated_issuers(head: list[str], paragraphs: list[str], tail: list[str]) -> list[str]:
    """The issuers and first sites these forms name, the head's first: a source label's equals."""
    ends = [*paragraphs[-4:], *tail[:6]]
    found = [from_office(head[:8]), pointer_host([*paragraphs[-2:], *tail[:3]]), press_office(ends)]
    return [name for name in found if name]
