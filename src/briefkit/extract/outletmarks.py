"""Outlet names a page's top lines and its story print in general shapes, read as candidates for the source scorer.

On sites nobody has seen the outlet's name is often printed in one of a few shapes any site may use, which the
furniture's finders (:mod:`briefkit.extract.outletcands`, :mod:`briefkit.extract.outletforms`) and the story's credit
forms (:mod:`briefkit.extract.storycredits`) miss because of one extra word or mark around it:

- over the story, a name line with a stamp after it: a date or time ("Lakeview Post·2026-02-09 01:28"), or a short
  label ("Lakeview Post - Exclusive", "Lakeview Post, en Español");
- a dateline's town run into the agency's name in capitals ("RIDGEWAY-LKA");
- a desk's byline naming the outlet before "Report" ("Lakeview Voice Report"): the outlet without the word;
- a logo's text in any case ("The lakeview post logo"), given in title case, or a blog's masthead ("The Lakeview
  Blog");
- a Chinese account's label ("公众号:湖滨集") or its metadata line ("张三 李四 湖滨规划 2022-07-10");
- the story crediting an outlet after its own verb (", reports LKA.") or describing it ("the official LKA news
  agency", "[Read the article in Lakeview Business Insider]").

Each is only a candidate, with the cue of the kind of place it is most like; the scorer
(:mod:`briefkit.extract.outletmodel`) learns from the development gold how far each kind can be trusted.
"""

from __future__ import annotations

import re

from briefkit.extract import agencies, credits, headlines, outletscore
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.outletcands import Candidate, clean_name, zones
from briefkit.extract.places import is_place
from briefkit.extract.wordcount import CJK
from briefkit.readers import Article

_W = r"[A-Z0-9][\w&.'’-]*"
_NAME = r"(?P<name>(?:[Tt]he\s+)?" + _W + r"(?:\s+(?:(?:of|and|&|de|the|in|for)\s+)?" + _W + r"){0,4})"
# a date or a time as a stamp line prints it: "2026-02-09 01:28", "21/09/2024", "09 Feb 2026", "Feb 9, 2026"
_DATE = (r"(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|"
         r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|"
         r"\d{1,2}:\d{2})")
# a name line, a separator and a date or a short label after it (words only, at most three, no sentence)
_STAMP = re.compile(r"^" + _NAME + r"\s*(?:[·•|｜]|\s[-–—]\s|,)\s*(?:" + _DATE + r".{0,30}|"
                    r"(?P<label>[A-Za-z][\w'’]*(?:\s+[\w'’]+){0,2}))$")
# labels that say a section, an exclusive, a language or an edition, not a headline's words
_LABELS = re.compile(r"^(?i:exclusive|breaking(?:\s+news)?|update[ds]?|en\s+espa[nñ]ol|in\s+english|english|"
                     r"online|edition|e-?paper|live|news|latest|special\s+report|opinion|analysis|editorial)$")
# "RIDGEWAY-LKA", "RIDGEWAY - LKA": a dateline's town and the agency's name, in capitals, alone on a line
_TOWN_AGENCY = re.compile(r"^(?P<town>[A-Z][A-Z .'-]{2,30}?)\s*[-–—]\s*(?P<name>[A-Z]{2,10})\s*[:.]?$")
# "Lakeview Voice Report", "By Lakeview Voice Report": a desk's byline, the outlet's name then "Report"
_DESK_REPORT = re.compile(r"^(?:(?i:by)\s*:?\s+)?(?P<name>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){1,3})\s+Report$")
# "The Lakeview Blog", "Lakeview Blog": a blog's masthead line over its post (the blog is the post's outlet)
_BLOG = re.compile(r"^(?:The\s+)?[A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3}\s+Blog$")
# "The lakeview post logo", "LAKEVIEW POST LOGO": a logo's text, the name in any case
_LOGO = re.compile(r"^(?P<name>[A-Za-z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,4})\s+(?i:logo|icon)$")
# "公众号:湖滨集(ID:huhuji)", "微信公众号：湖滨规划": a WeChat account's label
_ZH_ACCOUNT = re.compile(r"(?:微信)?(?:公众号|公眾號|订阅号|訂閱號)\s*[:：]\s*(?P<name>[\u3400-\u9fff\w]{2,14}?)"
                         r"(?=$|[\s(（,，。|｜])")
# "张三 李四 湖滨规划 2022-07-10": an account's metadata line, the writers, the account's name and the date
_ZH_META = re.compile(r"^(?:[\u3400-\u9fff]{2,4}\s+){0,4}(?P<name>[\u3400-\u9fff]{4,14})\s+(?:19|20)\d{2}[-/.年]")
# ", reports LKA.", ", reported the Lakeview Post": the story crediting an outlet after its verb
_REPORTS = re.compile(r",\s+(?:reports|reported|writes|wrote)\s+(?:the\s+)?" + _NAME + r"(?=\s*(?:[.;,]|$))")
# "the official LKA news agency", "the state-run LKA news agency": an outlet the story describes as one
_DESCRIBED = re.compile(r"\bthe\s+(?:(?:official|state|state-run|state-owned|national|government)\s+)*" + _NAME
                        + r"\s+(?:news\s+agency|newspaper|news\s+portal|news\s+website|daily)\b")
# "[Read the article in Lakeview Business Insider]", "Read the full story at Lakeview Post": a pointer to where the
# piece ran whole
_READ_IN = re.compile(r"(?i:read\s+(?:the\s+)?(?:full\s+|whole\s+|original\s+)?(?:article|story|report|piece)\s+"
                      r"(?:in|at|on))\s+(?:the\s+)?" + _NAME + r"\s*[\].]?$")


# "Jane DoeLakeview News", "By Jane Doe The Lakeview Post": a byline whose writer and outlet stood in two elements the
# copy ran together, the outlet's name glued to the surname's last small letter
_GLUED_WRITER = re.compile(r"^(?:(?i:by)\s+)?(?P<person>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]*?[a-z]){1,2})"
                           r"(?P<name>(?:The\s*)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})$")


# a day's or a month's name, which a date line prints before its date ("Tue · 12 March 2024")
_DAY = re.compile(r"^(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$")


# a stamp's or a byline's words, and a person's title, which open no outlet's name ("Published Mon", "Mr")
_NOT_FIRST = re.compile(r"^(?i:published|posted|updated|by|admin|administrator|editor|author|mr|mrs|ms|dr)\b")
# a Chinese stamp's own labels ("發表日期 2022-03-30"), no account's name
_ZH_LABEL = re.compile(r"发表|發表|发布|發布|日期|时间|時間|更新|来源|來源")


def _named(name: str | None) -> str | None:
    """The candidate's name cleaned, or None for a place, a person, a role or a furniture word."""
    if not name:
        return None
    name = clean_name(name.strip(" .,;:\"“”'|"))
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if len(bare) < 2 or bare[:1].isdigit() or _DAY.match(bare) or _NOT_FIRST.match(bare):
        return None  # a date's words, a stamp's or a byline's
    if is_place(bare) or (bare.isupper() and is_place(bare.title())) or credits.is_role(bare) \
            or (reads_as_person(bare) and not credits.is_outlet(bare)) or credits.furniture_words(bare):
        return None
    return name


def _stamp(text: str) -> str | None:
    """The name a stamp line prints before its date or short label (see the module)."""
    match = _STAMP.match(text)
    if match is None or (match["label"] is not None and not _LABELS.match(match["label"].strip())):
        return None
    return _named(match["name"])


def _logo(text: str) -> str | None:
    """A logo's name in title case where the page sets it in lower case or capitals ("The messenger logo")."""
    match = _LOGO.match(text)
    if match is None or match["name"][:1].islower() or match["name"].lower() in {"site", "company", "brand", "the"}:
        return None
    name = match["name"]
    if not all(w[:1].isupper() for w in name.split()):
        name = " ".join(w if w[:1].isupper() else w.title() for w in name.split())
    return _named(name)


def _glued_writer(text: str) -> str | None:
    """The outlet of a byline run into it ("Jane DoeLakeview News"): the name after the writer's, when the writer's
    reads as a person's and the rest as an outlet's (a town run in, "Jane DoeRidgeway", is no outlet)."""
    match = _GLUED_WRITER.match(text)
    if match is None or match["person"].endswith(" ") or not reads_as_person(match["person"]):
        return None
    name = match["name"].strip()
    if not (credits.is_outlet(name) or outletscore.SHAPE.search(name)) or reads_as_person(name):
        return None
    return _named(name)


def top_marks(lines: list[str]) -> list[Candidate]:
    """Candidates from the page's first lines: stamp lines, a town-agency dateline, a desk's "X Report", a logo's
    text, a Chinese account's label or metadata line."""
    found = []
    for line in lines:
        text = headlines.clean(line).strip(" \t-–—|·•")
        if not text or len(text) > 80:
            continue
        if CJK.search(text):
            found += [Candidate(m["name"], "attributed", "head") for m in _ZH_ACCOUNT.finditer(text)]
            if (meta := _ZH_META.match(text)) and not _ZH_LABEL.search(meta["name"]):
                found.append(Candidate(meta["name"], "namestamp", "head"))
            continue
        if name := _stamp(text):
            found.append(Candidate(name, "namestamp", "head"))
        if (match := _TOWN_AGENCY.match(text)) and is_place(match["town"].strip().title()):
            found.append(Candidate(match["name"], "dateline", "head"))
        if (match := _DESK_REPORT.match(text)) and (name := _named(match["name"])):
            found.append(Candidate(name, "desk", "head"))
        if name := _logo(text):
            found.append(Candidate(name, "logo", "head"))
        if _BLOG.match(text) and (name := _named(text)):
            found.append(Candidate(name, "logo", "head"))
        if name := _glued_writer(text):
            found.append(Candidate(name, "writer", "head"))
    return found


def story_marks(paragraphs: list[str]) -> list[Candidate]:
    """Outlets the story credits after its verb, describes as a news outlet, or points to for the whole piece."""
    found = []
    for paragraph in paragraphs:
        found += [Candidate(n, "teller", "body") for m in _REPORTS.finditer(paragraph) if (n := _named(m["name"]))]
        found += [Candidate(n, "teller", "body") for m in _DESCRIBED.finditer(paragraph)
                  if (n := _named(m["name"])) and (agencies.is_agency(n) or credits.is_outlet(n) or n.isupper())]
        if (match := _READ_IN.search(paragraph.strip())) and (name := _named(match["name"])):
            found.append(Candidate(name, "published", "body"))
    return found


def marks(article: Article) -> list[Candidate]:
    """Every candidate this module reads on the page (see the module): its top lines' and its story's."""
    top, _ = zones(article)
    return top_marks(top[:12]) + story_marks(article.paragraphs)
