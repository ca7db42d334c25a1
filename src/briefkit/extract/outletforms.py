"""More places a page names its outlet, read as candidates for the learned source scorer.

The furniture's finders (:mod:`briefkit.extract.outletcands`) and the story's credits read the common places;
on pages from sites nobody has seen the outlet is as often written in forms of its own kind, whatever the site:

- a writer's line naming the outlet after the person ("Jane Doe, Lakeview Post | Ridgeway", "- JANE DOE, The
  Lakeview Post" closing the story, "Jane Doe from the Lakeview News-Reporter");
- the story speaking of its outlet in the third person ("an Ukrinform correspondent reports", "Lakeview Post
  learns that …");
- a line about the site or its logo ("About Lakeview Post", "Site icon Lakeview18", "Lakeview Post logo");
- a label other than "Source:" ("Attribution: …", "Source / More : …", "This post was sourced from …:",
  "Article published by "…"", "Read more in Spanish: …");
- a stamp line naming the outlet before the date ("Lakeview Post | Published 04 Dec 2018", "[Lakeview Post -
  Ruritania] - 20/05/2025", "Wave 96.3 | 18 August 2020");
- a statement titled with its issuer ("Monetary Policy Statement by the Bank of Ruritania") or signed for it
  ("Governor – Bank of Ruritania" under the signer's name);
- a dateline's agency on a head line (a hard-wrapped copy keeps the lead among the head lines);
- a closing sign-off of initials glued after the last sentence ("… on November 16. DMS") or on a line of its own;
- a dateline holding its agency's initials between the town and the date ("Lakeport, LKNA, March 14, 2023");
- a Chinese notice that the article is the outlet's own ("文章为湖滨融媒体中心原创").

Each is only a candidate, with its own cue: :mod:`briefkit.extract.outletfeatures` gives the cue to the scorer,
which learns from the development gold how far each kind of place can be trusted.
"""

from __future__ import annotations

import itertools
import re

from briefkit.extract import credits, headlines
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.outletcands import Candidate, clean_name, zones
from briefkit.extract.places import is_place
from briefkit.readers import Article

_W = r"[A-Z0-9][\w&.'’-]*"
# a capitalised name of up to six words, with the small words outlets' names hold ("Capital Markets in Africa")
_NAME = r"(?P<name>(?:[Tt]he\s+)?" + _W + r"(?:\s+(?:(?:of|and|&|de|the|in|for)\s+)?" + _W + r"){0,5})"
_PERSON = r"(?P<person>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"

# "Jane Doe, Lakeview Post | Ridgeway Monday, 23 May 2011", "- JANE DOE, The Lakeview Post", "By Jane Doe | The
# Lakeview Post" (a bar parts the writer from the outlet as a comma does)
_WRITER_COMMA = re.compile(r"^(?:(?i:by)\s+)?[-–—]?\s*" + _PERSON + r"(?:,|\s+[|｜])\s+" + _NAME
                           + r"(?:\s*[|/]\s*.*)?\.?$")
# "Jane Doe from the Lakeview News-Reporter", "By Jane Doe for Lakeview Post"
_WRITER_FROM = re.compile(r"^(?:(?i:by)\s+)?" + _PERSON + r"\s+(?:from|with|for)\s+(?:the\s+)?" + _NAME + r"\.?$")
# the same closing the story's last paragraph: "… in 2021. - JANE DOE, The Lakeview Post"
_WRITER_CLOSING = re.compile(r"[.!?”\"]\s+[-–—]\s*" + _PERSON + r",\s+" + _NAME + r"\.?$")
# "an Ukrinform correspondent reports", "a Lakeview Post reporter has learned"
_CORRESPONDENT = re.compile(r"\b(?:an?|the)\s+" + _NAME + r"\s+(?:correspondent|reporter)s?\s+(?:reports?|reported|"
                            r"writes|wrote|learned|learns|has\s+learned|was\s+told|saw)\b")
# "Lakeview Post learns that …", "The Lakeview Post has learned that": an outlet speaking of itself
_LEARNS = re.compile(r"(?:^|(?<=[.!?]\s))" + _NAME + r"\s+(?:learns|learnt|has\s+learned|has\s+learnt|"
                     r"understands|has\s+been\s+told)\s+that\b")
# "About Lakeview Post", "• About LKV": the site's page about itself, in its menu or footer
_ABOUT = re.compile(r"^(?:[•·*-]\s*)?(?i:about)\s+" + _NAME + r"$")
# "Site icon Lakeview18", "Logo: Lakeview Post", "Lakeview Post logo": an image's text naming the site; the image's
# text may run into the line after it ("Logo of Lakeview Post newspaper Lakeview Post - Headline"), the name then
# closed by the outlet's kind in small letters or a separator
_LOGO = re.compile(r"^(?:(?i:site\s+icon|site\s+logo|logo(?:\s+of)?)\s*:?\s+" + _NAME
                   + r"(?:\s+(?:newspaper|magazine|website|radio|television|channel)\b.*|\s+[-–—|]\s+.*)?|"
                   + _NAME.replace("name", "lname") + r"\s+(?i:logo|icon))$")
# "Attribution: …", "Source 4-traders" (no colon), "Source / More : …", "This post was sourced from …:",
# "Article published by "…"",
# "Read more in Spanish: …": labels a template prints where another prints "Source:"
_LABELLED = re.compile(r"^(?:(?i:attribution|source(?=\s+[A-Z0-9])|source\s*/\s*more|sources?\s+and\s+more|"
                       r"read\s+more(?:\s+in\s+\w+)?|"
                       r"(?:this\s+(?:post|article|story|item)\s+(?:was|is)\s+)?(?:sourced|taken|adapted)\s+from|"
                       r"(?:\W*\s*)?article\s+published\s+by))\s*[:：]?\s*[\"“]?" + _NAME
                       + r"[\"”]?(?:\s*[:(,].*)?\.?$")
# "Lakeview Post | Published 04. Dec 2018", "[Lakeview Post - Ruritania] - 20/05/2025", "Lakeview Post ; Breaking News",
# "Lakeview Post - Mon, 29/11/2021 - 10:18" (a weekday may lead the date)
_STAMPED = re.compile(r"^\[?" + _NAME + r"(?:\s+[-–]\s+[A-Z][a-z]+)?\]?\s*(?:[|;]|\s[-–]\s)\s*"
                      r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                      r"(?:(?i:published|posted|updated|breaking\s+news)\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
                      r"\d{1,2}\.?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
# "Monetary Policy Statement by the Bank of Ruritania", "Press release from the Lakeland Ministry of Health"
_ISSUER = re.compile(r"\b(?i:statement|press\s+release|press\s+statement|communiqu[eé]|media\s+release|message)\s+"
                     r"(?:by|from|of)\s+(?:the\s+)?" + _NAME + r"\s*$")
# "Government Communications Office statement in response to …": a body's statement titled with its name first
_ISSUER_FIRST = re.compile(r"^" + _NAME + r"\s+(?i:statement|press\s+release|press\s+statement|media\s+release)\b")
# "Governor – Central Bank of Lakeland" under the signer's name: a statement signed for its body
_OFFICE = (r"(?:(?:Deputy|Acting|Executive|Managing|Vice)[ -])?(?:Governor|Director(?:[- ]General)?|CEO|President|"
           r"Chief\s+Executive(?:\s+Officer)?|Chair(?:man|woman|person)?|Secretary(?:[- ]General)?|Minister|"
           r"Commissioner|Head|Spokes(?:man|woman|person))")
_SIGNED = re.compile(r"^(?P<role>" + _OFFICE + r")\s*[–—,-]\s*" + _NAME + r"\.?$")
# "… on November 16. DMS": a wire's initials glued after the story's last sentence; "MNA" or "(MNA)" on a line of its
# own after it: in brackets, or bare in three letters (two are as often a writer's initials, four or more a label cut
# short, "SOUR", and "END" closes a wire's copy)
_INITIALS = re.compile(r"(?<=[.!?”\"])\s+(?P<name>[A-Z]{2,6})\s*$")
_INITIALS_LINE = re.compile(r"^(?:\(\s*(?P<name>[A-Z]{2,6})\s*\)|[–—-]?\s*(?P<bare>(?!END|TOP|NEW)[A-Z]{3}))\.?$")
# "Georgetown, GINA, February 21, 2012", "LAKEVIEW, (LNA) - 3 March": a dateline holding its agency's initials
# between the town and the date, opening the lead or a line over it, whatever the agency
_DATELINE_TAG = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*,\s*\(?(?P<name>[A-Z]{3,6})\)?\s*[,:–—-]\s*"
                           r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")
# "▌文章为湖滨融媒体中心原创": the article is the named outlet's own
_ZH_ORIGINAL = re.compile(r"(?:本文|文章|此文)(?:为|為|系|係|是|由)(?P<name>[\u3400-\u9fff]{2,14}?)"
                          r"(?:原创|原創|独家|獨家|首发|首發)")
# "By Lakeview Post Bureau", "Rédaction Lakeview Post avec Jane Doe": a desk's credit in words the staff finders do not
# read (a bureau's name alone, "Federal Statistics Bureau", is an office's: only the "By" line is a desk's credit)
_DESK = re.compile(r"^(?:(?i:by)\s+" + _NAME + r"\s+(?i:bureau|news\s+bureau)|"
                   r"(?i:r[ée]daction|redacci[oó]n|reda[cç][aã]o|redaktion)\s*:?\s+" + _NAME.replace("name", "dname")
                   + r"(?:\s+(?i:with|avec|and|et|y|con)\s+.*)?)$")
# "by University of Lakeland", "By Lakeland Ministry of Health": a byline naming a body, not a writer ("From the …" is
# the credit finders' to read)
_BY_BODY = re.compile(r"^(?i:by)\s*:?\s+(?:the\s+)?" + _NAME + r"$")
_BODY = re.compile(r"\b(?:University|College|Ministry|Department|Bank|Office|Agency|Council|Government|Institute|"
                   r"Centre|Center|Foundation|Association|Commission|Authority|Bureau|Service|Society|Union)\b")
# words a name cannot be, whatever the form around it
# the cues of this module's forms: a credit's kind of place, and a weaker kind a page about another outlet prints too
STRONG_CUES = frozenset({"writer", "correspondent", "attributed", "stamped", "original"})
WEAK_CUES = frozenset({"about", "logo", "bybody", "issuer", "learns", "initials", "signed"})
_NOT_NAMES = frozenset({"us", "me", "the author", "author", "this", "this site", "our team", "it", "them", "more",
                        "here", "contact", "privacy", "cookies", "advertising", "the editor"})


def _name(name: str | None, person_ok: bool = False) -> str | None:
    """The candidate's name cleaned, or None for a place, an interface word, a role or (unless allowed) a person;
    a name with an outlet's word ("Ariana News", "Akron News-Reporter") is neither a person's nor a role's."""
    if not name:
        return None
    name = clean_name(name.strip(" .,;:\"“”'|"))
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if len(bare) < 2 or bare.lower() in _NOT_NAMES or name.lower() in _NOT_NAMES or is_place(bare) \
            or (bare.isupper() and is_place(bare.title())) or re.match(r"\d+[-/.]\d", bare):
        return None  # (a date run into a title line, "2021-08-27 Reserve Bank", is no part of a name)
    if credits.is_outlet(bare):
        return name
    # (a word with figures, "Radio 104.8", "Lakeview24", is no part of a person's name)
    if credits.is_role(bare) or (not person_ok and reads_as_person(bare) and not re.search(r"\d", bare)):
        return None
    return name


def _person(text: str) -> bool:
    """Whether a writer's line's first part reads as a person's name (in capitals too: "JANE DOE")."""
    return reads_as_person(text) or (text.isupper() and reads_as_person(text.title()))


def _writers_outlet(name: str) -> str | None:
    """The outlet a writer's line names after the person: one word alone there ("Jane Doe, Swisher", "Jane Doe,
    Director") is a town or a role more often than an outlet, unless it reads as one ("Jane Doe, Lakeview Post")."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    if len(words) < 2 and not name.startswith(("The ", "the ")) and not credits.is_outlet(name):
        return None
    return _name(name)


def writer_lines(lines: list[str], zone: str) -> list[Candidate]:
    """Writers' lines naming the outlet after the person (see the module)."""
    found = []
    for line in lines:
        text = headlines.clean(line).strip()
        if not text or len(text.split()) > 14:
            continue
        match = _WRITER_COMMA.match(text) or _WRITER_FROM.match(text)
        # ("By" says the first part is a writer's, whose name may be one no list of given names holds)
        signed = match is not None and (_person(match["person"]) or text[:3].lower() == "by ")
        if match and signed and (name := _writers_outlet(match["name"])):
            found.append(Candidate(name, "writer", zone))
    return found


def story_forms(paragraphs: list[str]) -> list[Candidate]:
    """The story speaking of its outlet (a correspondent's report, "X learns that") and a writer's closing line."""
    found = []
    for paragraph in paragraphs[:6]:
        for pattern, cue in ((_CORRESPONDENT, "correspondent"), (_LEARNS, "learns")):
            found += [Candidate(n, cue, "body") for m in pattern.finditer(paragraph) if (n := _name(m["name"]))]
    for paragraph in paragraphs[-2:]:
        if (match := _WRITER_CLOSING.search(paragraph)) and _person(match["person"]) \
                and (name := _writers_outlet(match["name"])):
            found.append(Candidate(name, "writer", "tail"))
    return found


def signatures(lines: list[str]) -> list[Candidate]:
    """The body a statement is signed for: a role and the body's name under the signer's ("Jane Doe" over
    "Governor – Central Bank of Lakeland")."""
    found = []
    for above, line in itertools.pairwise(lines):
        match = _SIGNED.match(headlines.clean(line).strip())
        if match and _person(above.strip()) and _BODY.search(match["name"]) and (name := _name(match["name"])):
            found.append(Candidate(name, "signed", "tail"))
    return found


def closing_initials(texts: list[str]) -> list[Candidate]:
    """Initials glued after the story's last sentence ("… on November 16. DMS") or on a line of their own after it
    ("MNA", "(MNA)"), a wire's sign-off."""
    found = (_INITIALS.search(text) if len(text) > 40 else _INITIALS_LINE.match(text.strip()) for text in texts)
    names = [m.groupdict().get("name") or m["bare"] for m in found if m]
    return [Candidate(name, "initials", "tail") for name in names if not is_place(name) and not is_place(name.title())]


def dateline_tags(texts: list[str]) -> list[Candidate]:
    """An agency's initials in a dateline between its town and date ("Georgetown, GINA, February 21, 2012")."""
    return [Candidate(m["name"], "dateline", "body") for text in texts
            if (m := _DATELINE_TAG.match(text.strip())) and not is_place(m["name"])
            and not is_place(m["name"].title())]


def furniture_forms(lines: list[str], zone: str) -> list[Candidate]:
    """About and logo lines, other labels, stamp lines and issuers' titles (see the module)."""
    found = []
    for line in lines:
        text = headlines.clean(line).strip()
        if not text or len(text) > 160:
            continue
        for pattern, cue in ((_ABOUT, "about"), (_LOGO, "logo"), (_LABELLED, "attributed"), (_STAMPED, "stamped"),
                             (_ISSUER, "issuer"), (_DESK, "staff")):
            if (match := pattern.search(text) if cue == "issuer" else pattern.match(text)) is None:
                continue
            named = match.groupdict()
            if name := _name(named.get("name") or named.get("lname") or named.get("dname"), cue == "staff"):
                found.append(Candidate(name, cue, zone))
        if (match := _BY_BODY.match(text)) and _BODY.search(match["name"]) and not _DESK.match(text) \
                and (name := _name(match["name"])):
            found.append(Candidate(name, "bybody", zone))
        if (match := _ISSUER_FIRST.match(text)) and _BODY.search(match["name"]) and (name := _name(match["name"])):
            found.append(Candidate(name, "issuer", zone))
        if zh := _ZH_ORIGINAL.search(text):
            found.append(Candidate(zh["name"], "original", zone))
    return found


def head_datelines(article: Article) -> list[Candidate]:
    """A dateline's agency on a head line: a hard-wrapped copy may leave the lead's first line among them."""
    return [Candidate(agency, "dateline", "head") for line in article.head[-4:]
            if (agency := headlines.dateline_agency(line))]


def further(article: Article) -> list[Candidate]:
    """Every candidate this module reads on the page (see the module), in page order."""
    top, end = zones(article)
    found = head_datelines(article)
    for lines, zone in ((top, "head"), (end, "tail")):
        found += writer_lines(lines, zone) + furniture_forms(lines, zone)
    inner = [b.text for b in article.blocks if len(b.text) <= 160 and b.text not in set(top) | set(end)]
    found += writer_lines(inner, "body") + furniture_forms(inner, "body")
    last = [*article.paragraphs[-2:], *article.tail[-2:]]
    found += story_forms(article.paragraphs) + closing_initials(last) + signatures(end[-6:])
    found += dateline_tags([*article.head[-3:], *article.paragraphs[:2]])
    # "About Northwind Energy" under a story whose sentences open on "Northwind Energy …": a release's boilerplate
    # about its issuer, the story's subject, not the site's page about itself
    described = {c.name for c in found if c.cue == "about" and any(
        re.match(re.escape(c.name) + r"\b", p) for p in [*article.head, *article.paragraphs])}
    return [c for c in found if not (c.cue == "about" and c.name in described)]


_SPELLING = re.compile(r"(?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|&)){0,4}")


def spelled(domain: str, text: str) -> str | None:
    """The name a page writes for the site whose ``domain`` it prints ("REPUBLIKA.CO.ID" → "Republika" where a
    caption credits "Republika/…"), its most frequent spelling, or None when the page writes none."""
    label = credits.domain_label(domain)
    if len(label) < 3:
        return None
    counts: dict[str, int] = {}
    for match in _SPELLING.finditer(text):
        if re.match(r"\.[A-Za-z]", text[match.end():match.end() + 2]):
            continue  # the domain itself ("CentralBankNews.info"), which is no other spelling
        words = match.group().split()
        # the name may be the run's first words ("Republika Online" holds "Republika")
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size])
            if re.sub(r"[\W_]", "", re.sub(r"^the\s+", "", candidate.lower())) == label and "." not in candidate:
                counts[candidate] = counts.get(candidate, 0) + 1
                break
    return max(counts, key=lambda k: (counts[k], not k.isupper())) if counts else None
