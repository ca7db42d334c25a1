"""Credits a page prints in a line of its own shape, naming the outlet or the issuer of the story.

Each form here states who the story comes from as plainly as a "Source:" label, but in a layout the labelled
finders do not read:

- a letterhead over a release: the issuing body in capitals beside a bare "PRESS RELEASE" line
  ("MINISTRY OF HEALTH" / "PRESS RELEASE");
- a repost's line crediting the release it carries ("A May 10, 2011 press release by the Department of Energy");
- a regulatory-news issuer line: the company's name run into the release's date, then the same name in capitals
  with its legal form ("Press Corporation27 April 2006 PRESS CORPORATION LIMITED …");
- a desk line naming its outlet ("Desk Report || risingbd.com", "Staff Reporter | The Valley Times");
- a feed aggregator's item line ("by Jane Doe from World news | The Guardian on (#68WYR)");
- a blog's repost of another paper's headline, labelled with the paper ("Jamaica Gleaner: “HEADLINE”");
- a "Source" label run onto the story's last sentence without a colon ("… the Minister Source Hueiyen News Service");
- a wire agency cited with its date in brackets after a sentence of fact ("… forecast (Bloomberg, 25-Jan-2011).");
- a column platform's name run into a copied Chinese headline ("…受益环节财富号").

It also reads what only looks like a credit: a caption's "PHOTO | NAME | GROUP" credit, which a title's "| Site"
suffix resembles, and the staff credits or a journal's issue number after a labelled outlet ("Reuters (Reporting
by …)", "地方财政研究2018年11期"), which are no part of its name.
"""

from __future__ import annotations

import re

from briefkit.extract import agencies, credits, givennames
from briefkit.extract.hostnames import is_domain
from briefkit.extract.wordcount import CJK
from briefkit.readers import Article

# words of an issuing body's name: a letterhead names a ministry, a department, an agency …
_BODY_WORD = re.compile(r"\b(?i:ministry|department|office|agency|authority|commission|bureau|council|board|"
                        r"service|administration|treasury|institute|directorate|secretariat|cabinet|presidency|"
                        r"municipality|corporation|bank|police|embassy|high\s+commission|parliament|senate)\b")
_RELEASE_LINE = re.compile(r"^(?i:(?:press|media|news)\s+(?:release|statement)|for\s+immediate\s+release)$")
# a body's name in title case over the label: "Ministry of Health", "The Department for Transport"
_BODY_NAME = re.compile(r"^(?:The\s+)?(?:Ministry|Department|Office|Bureau|Agency|Authority|Commission)\s+(?:of|for)\s+"
                        r"[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'’-]*){0,4}$")
_MINOR = frozenset({"of", "and", "for", "the", "on", "in", "to", "&"})


def _as_written(name: str) -> str:
    """A name set in capitals as it is read ("MINISTRY OF HEALTH" → "Ministry of Health"); other names as printed."""
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(w.lower() if i and w.lower() in _MINOR else w.capitalize() for i, w in enumerate(words))


def letterhead_issuer(lines: list[str]) -> str | None:
    """The body a letterhead prints beside a bare "PRESS RELEASE" line ("MINISTRY OF HEALTH" over it, or under
    it): a release's own heading names who issued it. Only a name with a body's word counts ("REPUBLIC OF KENYA",
    the state above the ministry, names no issuer)."""
    texts = [line.strip() for line in lines]
    for i, text in enumerate(texts):
        if not _RELEASE_LINE.match(text):
            continue
        for near in (texts[i - 1] if i else "", texts[i + 1] if i + 1 < len(texts) else ""):
            if 2 <= len(near.split()) <= 8 and not re.search(r"\d", near) \
                    and ((near.isupper() and _BODY_WORD.search(near)) or _BODY_NAME.match(near)):
                return _as_written(near.strip(" .:,"))
    return None


# "A May 10, 2011 press release by the Department of Energy", "The following is a media release from the X"
_DATE_WORDS = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
               r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})")
_RELEASE_BY = re.compile(r"^(?:(?:This\s+is\s+|The\s+following\s+is\s+)?(?:an?|the)\s+)?(?:" + _DATE_WORDS + r"\s+)?"
                         r"(?i:press|media|news)\s+(?i:release|statement)\s+(?:issued\s+|released\s+)?(?:by|from)\s+"
                         r"(?:the\s+)?(?P<body>[A-Z][\w.'’&-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+|on\s+)?"
                         r"[A-Z][\w.'’&-]*){0,7})\s*[.:]?$", re.IGNORECASE)


def release_credit(lines: list[str]) -> str | None:
    """The body a repost's line says issued the release it carries ("A May 10, 2011 press release by the
    Department of Energy"): a line of its own over the text, so the release's issuer is the story's source."""
    for line in lines:
        if (match := _RELEASE_BY.match(line.strip())) and match["body"][:1].isupper():
            return _as_written(match["body"])
    return None


_LEGAL = r"(?:LIMITED|LTD\.?|PLC|P\.L\.C\.|INC\.?|CORP\.?|N\.V\.|S\.A\.|AG|SE|BERHAD|BHD)"
# "Press Corporation27 April 2006 PRESS CORPORATION LIMITED EXTRACTS …": name, date, the name in capitals
_ISSUER_LINE = re.compile(r"^(?P<name>[A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,5}?)\s*"
                          r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s+(?P<caps>[A-Z][A-Z0-9&.'’ -]{2,80})")


def issuer_line(paragraphs: list[str]) -> str | None:
    """The company a regulatory-news release opens on: its name, the release's date, then its full name in
    capitals ("Press Corporation27 April 2006 PRESS CORPORATION LIMITED …"), the name without its legal form."""
    for text in paragraphs:
        match = _ISSUER_LINE.match(text.strip())
        if not match:
            continue
        name = re.sub(r"\s+(?i:" + _LEGAL + r")$", "", match["name"]).strip()
        if match["caps"].startswith(name.upper() + " ") and len(name) >= 3:
            return name
    return None


# "Desk Report || risingbd.com", "Staff Reporter | The Valley Times", "Online Desk - The Daily Star"
_DESK_LINE = re.compile(r"^(?i:(?:news\s+|online\s+|web\s+|staff\s+|desk\s+)?(?:desk|staff)\s+(?:report|reporter|"
                        r"correspondent)s?|(?:news|online|web|city|metro)\s+desk|staff\s+(?:report|reporter|"
                        r"correspondent)s?)\s*(?:\|\||[|/,–—-])\s*(?P<name>\S.{1,48})$")


def desk_outlet(lines: list[str]) -> str | None:
    """The outlet a desk line names after its desk ("Desk Report || risingbd.com"): the desk's own paper."""
    for line in lines:
        if (match := _DESK_LINE.match(line.strip())) is None:
            continue
        name = match["name"].strip(" .|")
        if is_domain(name) or credits.is_outlet(name) or agencies.is_agency(name):
            return name
    return None


# "by Sally Weale from World news | The Guardian on (#68WYR)": a feed reader's item line, writer and feed
_FEED_LINE = re.compile(r"^(?i:by)\s+(?P<who>[^|]{2,60}?)\s+from\s+(?P<feed>[^()]{3,80}?)\s+on\s+\(#\w+\)\s*$")


def feed_outlet(lines: list[str]) -> str | None:
    """The paper a feed aggregator's item line names as its feed ("… from World news | The Guardian on (#ID)"):
    of the feed's title, the part that is an outlet's name, not its section."""
    for line in lines:
        if (match := _FEED_LINE.match(line.strip())) is None:
            continue
        parts = [p.strip() for p in re.split(r"\s+[|｜–—-]\s+|\s+::\s+", match["feed"])]
        named = [p for p in parts if (credits.is_outlet(p) or agencies.is_agency(p)) and not credits.section_label(p)]
        if named:
            return named[-1] if len(parts) > 1 else named[0]
    return None


_QUOTED = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*[:：]\s*"
                     r"[“\"](?P<quote>.{12,})[”\"]$")


def _squeeze(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def quoted_headline(paragraphs: list[str], headlines: list[str]) -> str | None:
    """The paper a blog names before quoting its headline ("Jamaica Gleaner: “Deficit target revised …”"): the
    quote repeats the page's head line, so the label before it credits the story, not a speaker."""
    heads = {_squeeze(h) for h in headlines if len(h) >= 12}
    for text in paragraphs:
        match = _QUOTED.match(text.strip())
        if match and _squeeze(match["quote"]) in heads and not givennames.reads_as_person(match["name"]) \
                and not credits.section_label(match["name"]):
            return match["name"]
    return None


# "… the state Agriculture Minister Source Hueiyen News Service Newmai News Network": a label run onto the last
# sentence without its colon, then only capitalised names to the paragraph's end
_RUN_IN = re.compile(r"[a-z.,;”’)]\s+Source\s+(?P<names>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,11})\s*$")
# words that go on an outlet's name after its publication word ("Hueiyen News Service", "PTI News Network")
_GOES_ON = frozenset({"service", "network", "agency", "wire", "online", "bureau", "international", "group"})


def run_in_source(paragraphs: list[str]) -> str | None:
    """The first outlet a "Source" label run onto a paragraph's end names ("… Minister Source Hueiyen News Service
    Newmai News Network" → "Hueiyen News Service"): two outlets in one label give the first, as a 来源 does."""
    for text in paragraphs:
        if (match := _RUN_IN.search(text.strip())) is None:
            continue
        words = match["names"].split()
        for end in range(1, min(len(words), 6) + 1):
            name = " ".join(words[:end])
            following = words[end].lower() if end < len(words) else ""
            if following in _GOES_ON or not (credits.is_outlet(name) or agencies.is_agency(name)):
                continue
            if not re.fullmatch(r"[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?", name) or agencies.is_agency(name):
                return name
    return None


# "… raised the country's inflation forecast (Bloomberg, 25-Jan-2011).": an agency and a date in brackets
_CITED = re.compile(r"\((?P<name>[A-Z][\w&.' -]{1,30}?),\s*(?P<date>[^()]{0,20}\d[^()]{0,20})\)\s*[.;]")


def cited_agency(paragraphs: list[str]) -> str | None:
    """The wire agency a news brief cites with its date in brackets after its sentence of fact ("(Bloomberg,
    25-Jan-2011)."), the way a trade site credits the brief it rewrote; one agency for every such citation on the
    page, so a roundup quoting several wires names none."""
    cited = {m["name"].strip() for text in paragraphs for m in _CITED.finditer(text)}
    if len(cited) == 1 and agencies.is_agency(name := next(iter(cited))):
        return name
    return None


# "… on January 7. PHOTO | ISAAC WALE | NATION MEDIA GROUP": a picture's credit, its photographer then its group
# (the credit word opens the line or follows a caption's sentence, and a photographer stands between bars before the
# group, so a title bar's "… | Photos | Lakeview Times" section is no credit; "Photo: Jane Doe/InDaily", with no bar,
# never reads as a title's suffix in the first place)
_PHOTO_CREDIT = re.compile(r"(?:^|[.!?”]\s+)(?i:photos?|image|picture|file\s+photo|courtesy)\s*[|｜]\s*"
                           r"[^|｜]{2,40}[|｜]\s*(?P<name>[^|｜]{2,60}?)\s*$")


def photo_credit_suffix(line: str) -> str | None:
    """The group a caption's closing photo credit names ("… PHOTO | ISAAC WALE | NATION MEDIA GROUP"), which a
    title's "| NAME" suffix only seems to be: the picture's owner, not the page's outlet."""
    match = _PHOTO_CREDIT.search(line.strip())
    return match["name"].strip() if match else None


# "…全面解析受影响与受益环节财富号": a column platform's name run into the end of a copied headline, as a site's name
# follows a title ("标题 - 信報"); the platform the column was posted on is what the page credits
_ZH_PLATFORM = re.compile(r"[\u3400-\u9fff\w”」》)）!?！？]\s*(?P<name>财富号|財富號|百家号|百家號|网易号|網易號|"
                          r"搜狐号|搜狐號|头条号|頭條號|企鹅号|企鵝號|大风号|大風號|一点号|一點號|澎湃号|澎湃號)$")


def platform_suffix(lines: list[str]) -> str | None:
    """The column platform a copied headline closes on ("…受益环节财富号" → "财富号"), on the page's first lines."""
    for line in lines[:2]:
        text = line.strip()
        if len(text) >= 10 and (match := _ZH_PLATFORM.search(text)):
            return match["name"]
    return None


# "Reuters (Reporting by Jane Doe; Editing by John Roe)": the staff credits a wire's label carries after its name
_STAFF_CREDITS = re.compile(r"\s*[(（]\s*(?i:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|"
                            r"translated|translation|photos?)\s+(?i:by)\b[^()（）]*[)）]\s*$")
# "地方财政研究2018年11期": a journal's issue after its name, as a date after a paper's
_ZH_ISSUE = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:第\s*)?\d{1,3}\s*期$")


def credits_off(value: str) -> str:
    """A labelled source without the staff credits after the outlet's name ("Reuters (Reporting by …)") or a
    journal's issue number ("地方财政研究2018年11期"): the outlet, not the people or the issue."""
    bare = _STAFF_CREDITS.sub("", value)
    if CJK.search(bare):
        bare = _ZH_ISSUE.sub("", bare)
    return writer_off(bare.strip()) or value


def writer_off(value: str) -> str:
    """A credit naming a writer and then the wire without a comma ("Margaret Wilson Associated Press", as a byline
    "By Margaret Wilson Associated Press" gives it) as the wire alone; any other value as it is. Only a listed agency
    after a name reading as a person's (a known given name first) is split: "Lakeview News Tribune" stays."""
    words = value.split()
    for cut in range(2, min(4, len(words) - 1) + 1):
        writer, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if all(w[:1].isupper() for w in words[:cut]) and agencies.is_agency(rest) \
                and givennames.reads_as_person(writer):
            return rest
    return value


def own_line_credit(article: Article) -> str | None:
    """A credit in a line of its own shape (see the module), strongest first: a letterhead over "PRESS
    RELEASE", a repost's "A … press release by X", a regulatory issuer line, a desk line, a feed's item line, a
    blog's "Paper: “headline”", a run-in "Source X" and an agency cited with its date in brackets."""
    top = [*article.head, *(b.text for b in article.blocks[:12])]
    return letterhead_issuer(top) \
        or release_credit([*article.head, *(b.text for b in article.blocks[:2])]) \
        or issuer_line([*article.paragraphs[:4], *(b.text for b in article.blocks[:15])]) \
        or desk_outlet([*article.head, *(b.text for b in article.blocks[:4])]) \
        or feed_outlet([*article.head, *(b.text for b in article.blocks[:4])]) \
        or quoted_headline(article.paragraphs[:3], article.head[:4]) \
        or run_in_source(article.paragraphs[-2:]) \
        or cited_agency(article.paragraphs) or platform_suffix(article.head)
