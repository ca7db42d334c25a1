"""Outlets a page names as the story's origin in words rather than in a credit line.

Blogs, aggregators, community radio newsrooms and weekly papers' teaser pages pass on another outlet's
story and say so in prose: "Duluth News Tribune reports" alone under the title, "Jane Doe is reporting in
the Register-Star that …", "Read the full story in the Register-Star.", "For the full story, read this
week's Lake Benton Valley Journal."  The outlet so named is the story's source; a reporter named with
it ("Jane Doe is reporting in …") is its writer.

A name counts only when it reads as a publication (a wire agency, a publication word such as News,
Times, Journal, Star, or a masthead shape): "the Fed reports" or "Smith writes" name no outlet.
"""

from __future__ import annotations

import itertools
import re

from briefkit.extract import agencies, credits, fields, givennames
from briefkit.extract.dates import parse_date

# A capitalised name of one to six words, hyphenated words kept ("Register-Star"), "of" and "&" inside
# a word may hold full stops ("U.S."), but one that ends the word ends the sentence ("… the Valley Times. Contact")
_WORD = r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME = r"(?:[Tt]he\s+)?" + _WORD + r"(?:\s+(?:of\s+|&\s+)?" + _WORD + r"){0,5}"
_PERSON = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"

# "Duluth News Tribune reports", "According to the Duluth News Tribune": the credit alone on a line;
# "Here is more from Reuters:", "An excerpt from the Valley Times:": a blog passing on the quoted story that follows
_REPORTS_LINE = re.compile(r"^(?:(?i:(?:here\s+is\s+|here['’]s\s+)?(?:more|an?\s+excerpt|the\s+story)\s+from|"
                           r"according\s+to|via|from|h/t|hat\s+tip)\s*:?\s+)?(?P<name>" + _NAME + r")"
                           r"(?:\s+(?i:reports|reported|says|writes|has\s+the\s+story))?\s*:?\s*$")
# "Jane Doe is reporting in the Register-Star …", "Jane Doe reports in the Daily Star that …"
_REPORTER_IN = re.compile(r"^(?P<person>" + _PERSON + r")\s+(?:is\s+reporting|reports|reported|writes|wrote)\s+"
                          r"(?:in|for|at)\s+(?P<name>" + _NAME + r")")
# "The Valley Times reports that …", "Duluth News Tribune reported on Monday …": an outlet opening the lead
_REPORTS_LEAD = re.compile(r"^(?P<name>" + _NAME + r")\s+(?:reports|reported|is\s+reporting|has\s+reported)\b")
# "… resigned from parliament on Friday, Reuters reports, in a move …": a wire's name set off in the lead's first
# sentence, as an aggregator passes the wire's story on
# (or closing it: "…, Xinhua news agency reported."; a decimal point ends no sentence)
_REPORTS_ASIDE = re.compile(r"^(?:[^.!?]|\.\d){20,300}?,\s+(?:the\s+)?(?P<name>" + _NAME + r")(?:\s+news\s+agency)?"
                            r"\s+(?:reports|reported|said)\s*[,.]")
# "Read the full story in the Register-Star.", "For the full story, read this week's Lake Benton Valley Journal."
_POINTER = re.compile(r"(?:^|[.!?]\s+)(?i:(?:for\s+(?:the|more\s+of\s+the)\s+(?:full|complete|rest\s+of\s+the)\s+"
                      r"(?:story|article|report)\s*,?\s*(?:read|see|pick\s+up|visit)|"
                      r"(?:read|see)\s+(?:the|this)\s+(?:full|complete|whole|entire|rest\s+of\s+the)\s+"
                      r"(?:story|article|report)|continue\s+reading|read\s+more))\s+"
                      r"(?i:in|at|on)?\s*(?:(?i:this|last)\s+(?:week|month|day)[’']s\s+|(?i:the)\s+)?"
                      r"(?P<name>" + _WORD + r"(?:\s+(?:of\s+|&\s+)?" + _WORD + r"){0,5})")


def _outlet(name: str) -> str | None:
    """The name if it reads as a publication, with a leading "The" kept only as the page writes it."""
    name = name.strip(" .,:;")
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if not bare or (credits.person_line(bare) and not credits.is_outlet(bare)):
        return None
    return bare if credits.is_outlet(bare) or credits.masthead(bare) else None


_CREDIT_VERB = re.compile(r"(?i:reports|reported|says|writes|has the story|according|via|h/t|hat tip|"
                          r"(?:more|excerpt|story)\s+from)")


def reported_outlet(lines: list[str]) -> str | None:
    """An outlet a short line names as the story's reporter ("Duluth News Tribune reports")."""
    for line in lines:
        text = line.strip()
        if len(text.split()) <= 8 and (match := _REPORTS_LINE.match(text)) and _CREDIT_VERB.search(text) \
                and (outlet := _outlet(match["name"])):
            return outlet
    return None


def reporter_in(paragraph: str) -> tuple[str, str] | None:
    """"Jane Doe is reporting in the Register-Star …" → ("Jane Doe", "Register-Star")."""
    match = _REPORTER_IN.match(paragraph.strip())
    if match is None or not (outlet := _outlet(match["name"])):
        return None
    person = credits.person_line(match["person"])
    return (person, outlet) if person else None


# "Read the full Project Syndicate article.", "See the complete Valley Times story here.": the outlet named inside
# the pointer, between "full" and the kind of item, is where the piece first ran
_POINTER_NAMED = re.compile(r"(?:^|[.!?]\s+)(?i:read|see|view)\s+(?i:the)\s+(?i:full|complete|original|whole)\s+"
                            r"(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})[’']?s?\s+"
                            r"(?i:article|story|piece|report|column|op-ed|commentary)\b")


# "Read the full article @ lakeviewradio.com", "Read more: Lakeview Broadcasting Corporation": a pointer whose line
# closes on the outlet, by its address (in any case) or its name, after an "@" or a colon as well as "at"/"on"
_POINTER_LINE = re.compile(r"(?:^|[.!?]\s+|\s)(?i:read\s+more|(?:read|see)\s+the\s+(?:full|complete|original|whole)\s+"
                           r"(?:story|article|report))\s*(?:[@:]|\s(?i:at|on|in)\b)\s*(?:(?i:the)\s+)?"
                           r"(?P<name>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}|"
                           + _WORD + r"(?:\s+(?:of\s+|&\s+)?" + _WORD + r"){0,5})\s*\.?$")


def pointer_line(texts: list[str]) -> str | None:
    """The outlet a pointer line closes on ("Read the full article @ lakeviewradio.com" → "lakeviewradio.com"): an
    address or a name that reads as a publication's ("Read more: Budget cuts bite" names a story, not an outlet)."""
    for text in texts:
        if (match := _POINTER_LINE.search(text.strip()[-120:])) is None:
            continue
        name = match["name"]
        if credits.is_domain(name):
            return re.sub(r"^(?i:www\.)", "", name)
        if (outlet := _outlet(name)) and len(outlet.split()) <= 4 and _OUTLET_END.search(outlet):
            return outlet
    return None


# the word a publication's or a broadcaster's name ends on, in a pointer (a headline in title case ends on others)
_OUTLET_END = re.compile(r"\b(?:News|Times|Post|Herald|Tribune|Journal|Gazette|Radio|TV|Television|Broadcasting|"
                         r"Corporation|Press|Media|Online|Daily|Magazine|Network|Review|Standard|Observer|Star)$")


def pointer_outlet(texts: list[str]) -> str | None:
    """The outlet a closing pointer sends the reader to for the full story."""
    if lined := pointer_line(texts):
        return lined
    for text in texts:
        if (named := _POINTER_NAMED.search(text[-300:])) and not givennames.reads_as_person(named["name"]):
            return named["name"]
        for match in _POINTER.finditer(text[-300:]):
            if outlet := _outlet(match["name"]):
                return outlet
    return None


def lead_report(paragraph: str) -> str | None:
    """"The Valley Times reports that …" opening the lead: the outlet passed on (a guess: a wire story may
    open by quoting a rival)."""
    match = _REPORTS_LEAD.match(paragraph.strip())
    return _outlet(match["name"]) if match else None


# "For more reporting from the Associated Press, see below.": the site hands the rest of the page to a wire's copy
_WIRE_BELOW = re.compile(r"^(?i:for\s+more\s+(?:reporting|coverage|on\s+this\s+story)\s+from)\s+(?:the\s+)?"
                         r"(?P<name>" + _NAME + r")\s*,?\s+(?i:see|read)\s+below\.?$")


def wire_below(paragraphs: list[str]) -> str | None:
    """The listed wire a line inside the story says the rest of the page is from ("For more reporting from the
    Associated Press, see below."): the copy the page is made of."""
    for text in paragraphs:
        if (match := _WIRE_BELOW.match(text.strip())) and agencies.is_agency(match["name"]):
            return match["name"]
    return None


def wire_aside(paragraphs: list[str]) -> str | None:
    """"… on Friday, Reuters reports, in a move …": the listed wire the lead's first sentence sets off as its
    reporter, the story an aggregator passed on (a speaker, "…, Smith said,", is set off the same way).  Further
    down, "…, Reuters reported." cites the wire for one fact of a story written elsewhere."""
    aside = _REPORTS_ASIDE.match(paragraphs[0].strip()) if paragraphs else None
    return aside["name"] if aside and agencies.is_agency(aside["name"]) else None


# A release's label: the page is the issuer's own statement
_RELEASE_LABEL = re.compile(r"^(?:for\s+immediate\s+release|(?:media|news|press)\s+release|media\s+statement)\b",
                            re.IGNORECASE)
_BODY = (r"(?:[Tt]he\s+)?(?P<body>(?:U\.S\.\s+|UK\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
         r"[A-Z][\w.'’-]*){0,6})")
_INSTITUTION = re.compile(r"\b(?:Bureau|Office|Agency|Department|Ministry|Commission|Authority|Statistics|Bank|"
                          r"Institute|Service|Administration|Board|Council|Government|Treasury|Survey)\b")
# "… according to figures released today by the Australian Bureau of Statistics (ABS)"
_RELEASED_BY = re.compile(r"\breleased\s+(?:today|this\s+morning|on\s+\w+day)\s+by\s+" + _BODY)
# "The U.S. Census Bureau and the U.S. Bureau of Economic Analysis … announced today that …"
# a second body and an aside may stand between the first and its verb ("U.S." keeps its full stops)
_ANNOUNCED = re.compile(r"^" + _BODY + r"(?:\s+and\s+[^;]{0,120}?)?(?:,[^;]{0,80},)?\s+"
                        r"(?:announced|reported|released|published)\s+(?:today|this\s+morning)\b")


# "World Vision Press Release", "Lakeview Council Media Release": a release's label with its issuer's name before it
_NAMED_RELEASE = re.compile(r"^" + _BODY.replace("{0,6}", "{0,5}") + r"\s+(?i:press|media|news)\s+(?i:release)$")


def named_release(lines: list[str]) -> str | None:
    """The issuer a release's label names before itself ("World Vision Press Release"), institution or not."""
    return next((m["body"] for line in lines if (m := _NAMED_RELEASE.match(line.strip()))), None)


def release_issuer(lines: list[str], paragraphs: list[str]) -> str | None:
    """The body issuing a page labelled as a release ("MEDIA RELEASE", "News Release"), as its lead names it:
    "figures released today by the Australian Bureau of Statistics", "The U.S. Census Bureau … announced today".

    Only a body with an institutional word (Bureau, Office, Ministry …) counts: a minister announcing an
    investment names a person, not the issuer.
    """
    if not any(_RELEASE_LABEL.match(line.strip()) for line in lines):
        return None
    for paragraph in paragraphs[:2]:
        match = _RELEASED_BY.search(paragraph) or _ANNOUNCED.match(paragraph.strip())
        if match and _INSTITUTION.search(body := match["body"].strip()):
            return body
    return _site_issuer(lines, paragraphs)


# a site's address in its own furniture ("We're building a new UNICEF.org."): the host's first label
_HOST = re.compile(r"\b(?:www\.)?(?P<label>[A-Za-z][\w-]{1,30})\.(?:org|int|gov|com|net)\b")


def _site_issuer(lines: list[str], paragraphs: list[str]) -> str | None:
    """A release on the issuer's own site: the name its address gives ("UNICEF.org"), spelt as the lead spells it
    ("UNICEF Executive Director … today"): the press room of an organisation issues its own releases."""
    for line in lines[:4]:
        for match in _HOST.finditer(line):
            spelt = re.search(r"(?<![\w.])(?i:" + re.escape(match["label"]) + r")(?![\w.])", " ".join(paragraphs[:2]))
            if spelt and spelt[0][:1].isupper():
                return spelt[0]
    return None


_SITE_NAME = r"(?:[Tt]he\s+)?(?P<name>" + _WORD + r"(?:\s+(?:" + _WORD + r"|\d{1,3})){0,4}?)"
# The site's own furniture asks the reader to follow, subscribe to or watch it by name: "Follow the Valley Times
# on Facebook", "Subscribe to The Valley Times", "Watch KGUN 9 on all major streaming platforms!", "Sign up for
# the Valley Times newsletter", "Download the Valley Times app"
_FURNITURE = [re.compile(p) for p in (
    r"^(?i:follow|like)\s+" + _SITE_NAME + r"\s+(?i:on\s+(?:facebook|twitter|x|instagram|linkedin|social|threads|"
    r"bluesky))\b",
    r"^(?i:subscribe\s+to)\s+" + _SITE_NAME + r"(?:\s+(?i:for|today|now|and)\b|[.!]?$)",
    r"^(?i:watch|stream|get)\s+" + _SITE_NAME + r"\s+(?i:on|news\s+24/7|anywhere|live)\b",
    r"^(?i:sign\s+up\s+for|download)\s+" + _SITE_NAME + r"(?:’s|'s)?\s+(?i:newsletters?|app)\b")]
# "Jane Doe is a reporter at the Valley Times.": a closing note on the writer names the paper they write for
# "Jane Doe covers city hall for the Valley Times."
_BIO_OUTLET = re.compile(r"^[_*—–-]*\s*(?:(?i:about\s+the\s+(?:author|writer))\s*:\s*)?" + _PERSON
                         + r",?\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer)|"
                         r"(?:covers|reports\s+on|writes\s+about)\s+[^.]{1,60}?)\s+"
                         r"(?:at|for|with)\s+(?:[Tt]he\s+)?(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){0,4})")


def furniture_outlet(lines: list[str]) -> str | None:
    """The site's name in its own furniture or a closing note on the writer (a guess, given with a warning)."""
    for line in lines:
        text = line.strip()
        match = next((m for pattern in _FURNITURE if (m := pattern.match(text))), None) if len(text) <= 160 else None
        # "Get Breaking News on your phone": a section's name is no site's
        if match and (not credits.person_line(match["name"]) or credits.is_outlet(match["name"])) \
                and not credits.section_label(match["name"]):
            # "Sign up for the Valley Times's newsletter": the prompt's possessive is no part of the name
            return re.sub(r"(?:’s|'s|’|')$", "", match["name"]) if match.re is _FURNITURE[-1] else match["name"]
        if (bio := _BIO_OUTLET.match(text)) and (outlet := _outlet(bio["name"])):
            return outlet
    return None


# an address starts where a word starts, its parts bounded: a 60,000-letter word is not scanned from every letter
_EMAIL_HOST = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?P<host>[\w-]{1,63}(?:\.[\w-]{1,63})+)")
_CANDIDATE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}")


def email_hosts(texts: list[str]) -> list[str]:
    """The domains of the e-mail addresses in ``texts``, in page order, web-mail providers left out."""
    hosts = dict.fromkeys(m["host"].lower() for text in texts for m in _EMAIL_HOST.finditer(text))
    return [h for h in hosts if not re.search(r"(?:gmail|yahoo|hotmail|outlook|aol|icloud|proton|qq|163)\.", h)]


def email_outlet(texts: list[str]) -> str | None:
    """The outlet a writer's e-mail address stands for, when the page also spells its name: "jdoe@valleytimes.com"
    and a line "Valley Times" (the domain alone is no name; the two agreeing are a fair guess)."""
    hosts = set(email_hosts(texts))
    if not hosts:
        return None
    labels = {credits.domain_label(host) for host in hosts}
    for text in texts:
        for match in _CANDIDATE.finditer(text):
            name = match.group(0)
            squeezed = re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", name.lower()))
            if squeezed in labels and len(squeezed) >= 4 and not credits.person_line(name):
                return name  # the whole name spells the domain: "Valley Times" for valleytimes.com
    return None


# what may stand before the label on its line: a Chinese word of its own ("资料来源", "信息来源"), not a sentence
# ("凡注明“来源:…”的作品" is a rights notice)
_OPENS_ON = re.compile(r"[\u3400-\u9fff]{0,4}")
# ... but a picture's, a chart's or a data table's own label ("图片来源:新华社", "数据来源:国家统计局") credits what it
# labels, not the story, on any site
_MEDIA_LABEL = re.compile(r"(?:图片|圖片|照片|题图|題圖|配图|配圖|图|圖|视频|視頻|数据|數據|图表|圖表)$")


# "Bangkok PostStay updated with Samui Times by following us on Facebook.": a label's value run into the sentence
# the copy printed after it, the join a lower-case letter then a capital with no space between
_RUN_ON = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+(?:\s+[a-z]\w*){2}\s)")


def unrun(value: str) -> str:
    """A labelled source without the sentence run into its end ("Bangkok PostStay updated with …" → "Bangkok
    Post"); a name styled with a capital inside ("NewsDay", "CropLife eNews") has no sentence after it."""
    match = _RUN_ON.search(value)
    if match is None or re.search(r"[\u3400-\u9fff]", value) or len(value[match.start():].split()) < 5:
        return value
    return value[:match.start()]


def closing_label(blocks: list[str], paragraphs: list[str]) -> str | None:
    """A source labelled on a short line of its own right after a paragraph of the story ("资料来源:外交部驻港公署",
    "Source: eNCA"), which a copy that repeats the story or runs on into related items leaves out of its tail."""
    after = set(paragraphs)
    for before, text in itertools.pairwise(b.strip() for b in blocks):
        text = unrun(text)  # ("SOURCE: Bangkok PostStay updated with …": the next sentence run into the label)
        if before not in after or len(text) > 60:
            continue
        for label, value in fields.labelled_fields(text):
            opening = text.lower().split(label)[0]
            if fields.kind(label) == "source" and _OPENS_ON.fullmatch(opening) and not _MEDIA_LABEL.search(opening) \
                    and value.strip():
                name = value.split()[0] if re.match(r"[\u3400-\u9fff]", value) else value.strip()
                return name.strip(" ()（）[]【】")
    return None



# "… resumes this evening. (Radio Vanuatu)": a bracketed name closing a paragraph of the story after its sentence
# (a repost's credit adds the day the paper ran it: "… FDA inspections. (Business Standard: July 28, 2017)")
_CLOSING_TAG = re.compile(r"[.!?”\"’]\s*\((?P<name>" + _NAME + r")(?:\s*[:,]\s*(?P<date>[^()]{6,30}))?\)\s*$")


def closing_tag_date(paragraphs: list[str]) -> str | None:
    """The day a repost's closing credit says its paper ran the story ("(Business Standard: July 28, 2017)"), as
    an ISO date, when the credit names a publication."""
    for text in reversed(paragraphs[-2:]):
        if (match := _CLOSING_TAG.search(text.strip())) and match["date"] and credits.is_outlet(match["name"]) \
                and (found := parse_date(match["date"])) is not None and found.precision == "day":
            return found.value
    return None


def closing_tag(paragraphs: list[str]) -> str | None:
    """The outlet a story paragraph closes on in brackets ("… on Friday. (Radio Vanuatu)"), the way a news digest
    credits its items; only a name that reads as a publication's, so a writer's initials ("(WAH)"), a person
    ("(Greg Hands)") or a photo's "(SUPPLIED)" names none (a listed agency's initials do: "(NNT)")."""
    for text in reversed(paragraphs):
        if not (match := _CLOSING_TAG.search(text.strip())):
            continue
        name = match["name"]
        if credits.person_line(name) or (name.isupper() and name.lower() not in credits.AGENCIES) \
                or (match["date"] and parse_date(match["date"]) is None):
            continue
        if credits.is_outlet(name):
            return name
    return None


# "Article Link: https://torontosun.com/opinion/…", "Original article: …", "原文链接:…": a forum's or aggregator's
# label giving the address of the story it reposts, which names the outlet that published it
_LINK_LABEL = re.compile(r"^\s*(?:(?i:(?:original\s+)?(?:article|story|source|original)\s+(?:link|url|address)|"
                         r"original\s+article|read\s+(?:the\s+)?original(?:\s+article)?)|原文链接|原文鏈接|原文地址)"
                         r"\s*[:：]\s*(?P<url>https?://\S+)\s*$")


def linked_original(line: str) -> str | None:
    """The address an "Article Link: …" label gives for the story the page reposts (the caller reads its host)."""
    match = _LINK_LABEL.match(line)
    return match["url"] if match else None

