"""Every place a page prints an outlet's name, gathered as one list of candidates.

A news page names the outlet that wrote or carried a story in a small number of kinds of places, whatever
the site: furniture at the top (a masthead or logo line, a credit line under the title: "Posted by Lakeview
News", "From Lakeview News", "Staff report, Lakeview News", "Lakeview Post Staff"), the <title> element's
site suffix ("Title | Lakeview Courier"), furniture at the end (a copyright line, "Source: …", "Follow the
Lakeview Sentinel on Facebook", "Sign up for the Lakeview Ledger's newsletter", a domain such as
lakeviewtoday.com) and, on Chinese pages, a masthead (湖滨日报, 湖滨网) or a reporter line.  Each finder below
reads one of these kinds and returns :class:`Candidate` s; :mod:`briefkit.extract.outletscore` weighs them as
one list by several cues (the kind of place, top or end furniture against body prose, an outlet-shaped name,
repetition, agreement with the title's suffix, whether the body reports on the name as a speaker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefkit.extract import credits, headlines, outletcredits, outletnotes, outletpromo
from briefkit.extract.copyrights import notice_holder
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordcount import CJK
from briefkit.extract.zhscript import without_pinyin
from briefkit.readers import Article


@dataclass(frozen=True)
class Candidate:
    """One outlet name the page prints, the kind of place it is printed in and the page's zone there."""

    name: str
    cue: str  # "credit", "staff", "label", "copyright", "suffix", "masthead", "furniture", "domain", "reports", "chain"
    zone: str  # "head" (over the story), "tail" (after it) or "body"


# A capitalised name of up to six words, numbers allowed after the first ("KLVW 7 News", "90.7 WMFE"), joined by
# the small words outlets' names hold ("Times of India", "Press & Sun", "Register-Star")
_W = r"[A-Z0-9][\w&.'’-]*"
_NAME = r"(?P<name>(?:[Tt]he\s+)?" + _W + r"(?:\s+(?:of\s+|and\s+|&\s+|de\s+|the\s+)?" + _W + r"){0,5})"
# the words of a desk or staff credit, which are not part of the outlet's name
_STAFF = r"(?i:staff(?:\s+(?:reports?|writers?|reporters?))?|web\s+desk|news\s+desk|digital\s+desk|desk|" \
         r"newsroom|editorial\s+board|editorial\s+staff)"
# "Posted by Lakeview News", "From Lakeview News", "Source: Lakeview Radio", "Courtesy of …", "Published by …":
# a credit line over or after the story whose name, when it reads as an outlet, is where the story came from
# ("Source:" is the labelled fields' to read, which know a chart's or a picture's source from the page's; "Credit:"
# and "Courtesy of" mostly credit a photo, which names neither source nor organisation)
_CREDIT = re.compile(r"^(?:(?i:posted|published|written|reported|reporting|produced|compiled|distributed|provided|"
                     r"submitted|shared|(?:story|article|report|words|text)(?:\s+and\s+photos?)?)\s+by|"
                     r"(?i:from|via|reprinted\s+from|syndicated\s+from))\s*[:：-]?\s+" + _NAME
                     + r"(?:\s+" + _STAFF + r")?(?:\s+(?:on|at)\b.*|\s*[,|·•]\s*.*)?\.?$")
# "Staff report, Lakeview News", "Staff Report | Lakeview News", "By Staff, Lakeview News"
_STAFF_FIRST = re.compile(r"^(?:(?i:by)\s+)?" + _STAFF + r"\s*(?:[,|/·•]|[-–—]|\s(?i:for|of|at))\s*" + _NAME + r"\.?$")
# "Lakeview Post Staff", "By Lakeview Gazette Staff", "LAKEVIEW HERALD STAFF REPORT", "DH Web Desk"
# (a desk's editor may sign with initials after it: "Lakeview News Desk (JD)")
_STAFF_LAST = re.compile(r"^(?:(?i:by)\s*:?\s+)?" + _NAME.replace("{0,5}", "{0,4}?") + r"\s+" + _STAFF
                         + r"(?:\s*\([A-Z]{1,4}\))?\.?$")
# "AFP/Lakeview Post Staff", "LETA/TBT Staff": a wire's story the site's staff put up, credited to both; the story is
# the wire's, whose name comes first
_WIRE_AND_STAFF = re.compile(r"^(?:(?i:by)\s*:?\s+)?(?!(?i:photos?|pictures?|images?|file|video)\b)" + _NAME
                             + r"\s*/\s*" + _W + r"(?:\s+" + _W + r"){0,3}?\s+" + _STAFF + r"\.?$")
# "Jane Doe from the Lakeview News-Reporter", "By Jane Doe with the Lakeview Herald": a writer's credit naming the
# outlet the writer works for (the name must read as an outlet's, the words before it as a person's)
_PERSON_FROM = re.compile(r"^(?:(?i:by)\s+)?(?P<person>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:from|with)\s+"
                          r"(?:the\s+)?" + _NAME + r"\.?$")
# "The Lakeview Herald welcomes letters …": a letters page's furniture names its paper
_WELCOMES = re.compile(r"^" + _NAME + r"\s+(?:welcomes|invites|encourages)\s+(?:your\s+)?(?:letters|"
                       r"submissions)\b")
# "[Source – Lakeview Radio]", "(Source: Lakeview Radio)": a whole line in brackets crediting the story (a chart's or a
# picture's source stands under it, unbracketed or after "Chart"/"Photo", and is the labelled fields' to read)
# ("[Courtesy ESA]" closing an emergency service's live updates: the service that issued them)
_BRACKETED_SOURCE = re.compile(r"^[\[(]\s*(?:(?i:source)\s*[:：–—-]|(?i:courtesy)(?:\s+of)?\s*[:：]?)\s*" + _NAME
                               + r"\s*[\])]$")
# "Follow the Lakeview Sentinel on Facebook", "Sign up for the Lakeview Ledger's newsletter": the site asks the
# reader to follow it by name (outletnotes knows the forms; here also "… 's" dropped)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# a site's domain written out ("lakeviewtoday.com", "Chinanews.com"), not an address or a link to elsewhere
_DOMAIN = re.compile(r"(?<![@\w.])(?P<host>(?:[A-Za-z0-9-]+\.)+(?:com|net|org|news|tv|fm|co\.uk|com\.au|co\.nz|"
                     r"co\.za|ca|ie|in|cn|com\.cn|jp|ph|ng|ke|pk|sg|my|info))(?![\w.]*@)(?:/\S*)?(?=[\s.,;)]|$)")
# Chinese mastheads and credit words: "湖滨日报", "湖滨网", "湖滨电视台", "新华社"
_ZH_OUTLET = re.compile(r"(?P<name>[\u3400-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|"
                        r"都市报|都市報|报|報|网|網|电视台|電視台|广播电台|廣播電臺|新闻社|新聞社|通讯社|通訊社|社|周刊|週刊))")
_ZH_MASTHEAD_LINE = re.compile(r"^" + _ZH_OUTLET.pattern + r"$")
# a name ending on an outlet's word ("Business Report", "Lakeview Public Radio", "KLVW 7 News"), all capitalised
_ENDS_OUTLET = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*\s+){1,4}(?:News|Times|Post|Herald|Tribune|Journal|Daily|Gazette|"
                          r"Radio|TV|Broadcasting|Press|Media|Report|Reporter|Observer|Chronicle|Courier|Examiner|"
                          r"Record|Sentinel|Star|Sun|Register|Ledger|Leader|Standard|Mail|Telegraph|Online|Blog|Magazine|"
                          r"Weekly|Digest|Wire)$")
# Call signs of broadcasters ("KLVW", "WFTS-TV"), which carry no outlet word
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")


def clean_name(name: str, recase: bool = True) -> str:
    """An outlet's name without what a credit wraps it in: a leading "From", "By" or "Posted by", trailing
    staff words, a date after "on", a full stop; with ``recase`` a name in capitals in title case
    (a masthead set in capitals; a stated credit keeps the page's spelling, "BUSINESS WIRE")."""
    name = name.strip(" \t.,;:|·•-–—")
    name = re.sub(r"^(?i:(?:posted|published|written|reported|produced)\s+by|from|via|by|source)\s*[:：]?\s+", "",
                  name)
    name = re.sub(r"\s+(?i:on|at)\s+(?:\w+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d).*$", "", name)
    name = re.sub(r"\s+" + _STAFF + r"$", "", name).strip(" .,")
    words = name.split()
    if words[:1] in (["Back"], ["Home"], ["Menu"]) and _ENDS_OUTLET.match(" ".join(words[1:])):
        # "Back OpEd News | …": the link back to the site, read as one line with the masthead it leads to
        words = words[1:]
        name = " ".join(words)
    if recase and name.isupper() and len(name) > 6 and not CJK.search(name) and len(words) > 1:
        # "LAKEVIEW HERALD": a masthead set in capitals; a call sign or acronym ("WFTS", "KLVW 7") stays
        name = " ".join(w if _CALL_SIGN.match(w) or len(w) <= 3 else w.title() for w in words)
    return name


# "TBS Report", "UNB Report | Dhaka", "By FE Report": a paper's initials and "Report" are its desk's byline (an
# outlet's name spelt out, "Business Report", keeps its word)
_INITIALS_DESK = re.compile(r"^(?:(?i:by)\s*:?\s+)?(?P<name>[A-Z]{2,6})\s+(?:Online\s+)?(?i:report|desk)"
                            r"(?:\s*[|,/·•–—-]\s*[^|]{0,40})?$")


def desk_initials(text: str) -> str | None:
    """The outlet's initials a desk's byline gives ("TBS Report" → "TBS"), else None."""
    return match["name"] if (match := _INITIALS_DESK.match(text.strip())) else None


@text_cache(maxsize=1024)  # asked again for the same head lines by several outlet readers
def letters_paper(text: str) -> str | None:
    """The paper a letters page's furniture names ("The Lakeview Herald welcomes letters …"), else None."""
    match = _WELCOMES.match(headlines.clean(text))
    return clean_name(match["name"], recase=False) if match and not reads_as_person(match["name"]) else None


def bracketed_source(text: str) -> str | None:
    """The outlet a whole line in brackets credits the story to ("[Source – Lakeview Radio]"), else None."""
    return clean_name(match["name"], recase=False) if (match := _BRACKETED_SOURCE.match(text.strip())) else None


def credit_lines(lines: list[str], zone: str) -> list[Candidate]:
    """Credit and staff lines: "Posted by X", "From X", "Staff report, X", "X Staff", "TBS Report", "X/Y Staff",
    "[Source – X]"."""
    found = []
    for line in lines:
        text = headlines.clean(line)
        if paper := letters_paper(text):
            found.append(Candidate(paper, "credit", zone))
        if not text or len(text.split()) > 12:
            continue
        if initials := desk_initials(text):
            found.append(Candidate(initials, "staff", zone))
        elif match := _WIRE_AND_STAFF.match(text) or _STAFF_FIRST.match(text) or _STAFF_LAST.match(text):
            found.append(Candidate(clean_name(match["name"]), "staff", zone))
        elif (match := _PERSON_FROM.match(text)) and credits.is_outlet(match["name"]) \
                and reads_as_person(match["person"]):
            found.append(Candidate(clean_name(match["name"], recase=False), "credit", zone))
        elif match := _CREDIT.match(text) or _BRACKETED_SOURCE.match(text):
            found.append(Candidate(clean_name(match["name"]), "credit", zone))
    return found


def _copyrights(lines: list[str], zone: str) -> list[Candidate]:
    """Copyright notices: "(c) 2024 Lakeview Herald", "Chinanews.com. All rights reserved.", 版权所有."""
    found = []
    for line in lines:
        if holder := notice_holder(headlines.unstamped(line.strip())):
            found.append(Candidate(clean_name(holder), "copyright", zone))
    return found


def _suffix(article: Article) -> list[Candidate]:
    """The site named after the title's separator on the first line ("Title | Site", "Title - Site")."""
    found = []
    page_title = article.meta.get("page_title")
    lines = [page_title] if isinstance(page_title, str) else []
    heads = [headlines.clean(line) for line in article.head[:8]]
    below = article.head[1:6]
    if not heads and len(article.blocks) > 1:
        # a title bar closing on the site's slogan's full stop ("Headline - KUAM.com-KUAM News: On Air. Online.")
        # opened the body as prose; it is the page's title bar when the next block is its headline alone
        bar, next_block = headlines.clean(article.blocks[0].text), article.blocks[1].text.strip()
        if bar.startswith(next_block + " ") and len(next_block) >= 12:
            heads, below = [bar], [next_block]
    # the first two lines, and a later one the page prints twice (the <title> pasted over its headline, under a menu)
    lines += heads[:2] + [line for i, line in enumerate(heads[2:], 2) if line in heads[:i] and line not in heads[:2]]
    for line in lines:
        parts = re.split(r"\s+(?:[|｜]|[-–—]|::)\s+", line.strip())
        if len(parts) < 2 or len(parts[0]) < 12 or outletcredits.photo_credit_suffix(line):
            continue  # ("… PHOTO | ISAAC WALE | NATION MEDIA GROUP": a caption's photo credit, no site's suffix)
        site = _site_part(parts[-1])
        words = site.split()
        # every word capitalised, or a capitalised name closing on an outlet's word ("Lakeland press agency")
        named = all(w[:1].isupper() or w[:1].isdigit() for w in words) or (
            words[0][:1].isupper() and words[-1].lower() in _OUTLET_WORDS)
        if 1 <= len(words) <= 5 and named and not re.search(r"\d{4}", site):
            # the <title> element pasted over the headline it repeats ("Title - SECTION - Site" over "Title"):
            # the line is the page's title bar, so its last part is the site's name
            echoed = any(headlines.clean(other).strip() == parts[0].strip() for other in below)
            found.append(Candidate(clean_name(site), "titlebar" if echoed else "suffix", "head"))
    return found


# "KUAM.com-KUAM News: On Air. Online. On Demand.": a title bar's site part may carry the site's slogan after a colon
# and its address glued before its name; the name is what stays
_SITE_SLOGAN = re.compile(r"^(?P<name>[^:]{3,40}?):\s+\S.*$")
_ADDRESS_FIRST = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|tv|news|info)(?:\.[a-z]{2})?\s*[-–]\s*(?=\S)",
                            re.IGNORECASE)


def _site_part(part: str) -> str:
    """The site's name in the last part of a title bar, without its slogan or the address glued before it."""
    site = part.strip()
    if (match := _SITE_SLOGAN.match(site)) and len(site.split()) > 5:
        site = match["name"].strip()
    return _ADDRESS_FIRST.sub("", site)


_OUTLET_WORDS = frozenset({"agency", "news", "press", "radio", "television", "times", "post", "daily", "journal",
                           "herald", "tribune", "gazette", "online", "magazine", "network"})


def _mastheads(lines: list[str], zone: str) -> list[Candidate]:
    """A line that is an outlet's name alone: "LAKEVIEW TRIBUNE", "KLVW 7 News", "湖滨日报".

    Only the page's first lines or its last are where a masthead stands; an outlet's name alone further in
    is more often a related link, a section or a caption's credit, so it is a weaker cue ("inner")."""
    found = []
    edge = {*lines[:2], *lines[-2:]} if zone == "head" else set(lines)
    if zone == "head":
        found += [Candidate(name, "slogan", zone) for line in lines[:2] if (name := slogan_masthead(line))]
    for line in lines:
        if line not in edge:
            found += [Candidate(c.name, "inner", zone) for c in _mastheads([line], zone)]
            continue
        text = headlines.clean(line).strip(" -–—|·•")
        if not text or len(text) > 60:
            continue
        if _ZH_MASTHEAD_LINE.match(text):
            found.append(Candidate(text, "masthead", zone))
            continue
        words = text.split()
        if CJK.search(text) or not 1 <= len(words) <= 6 or text.endswith((".", "?", "!", ":")):
            continue
        name = _unsectioned(clean_name(text))
        if "," in text and len(parts := [p.strip() for p in text.split(",")]) <= 4:
            # "WFTS, ABC ACTION NEWS, TAMPA": a station's call sign, name and city on one line
            found += [Candidate(clean_name(p), "masthead", zone) for p in parts if len(p.split()) >= 2
                      and credits.is_outlet(clean_name(p))]
        elif credits.outlet_line(name) or credits.agency_line(name) \
                or (_ENDS_OUTLET.search(name) and not _menu(name)) \
                or (_CALL_SIGN.match(words[0].rstrip(",")) and all(w[:1].isupper() or w[:1].isdigit() for w in words)):
            found.append(Candidate(name, "masthead", zone))
    return found


# "Indian Ocean Times - only positive news", "Lakeview Chronicle | Your voice since 1902": the site's name, then a
# separator and its slogan; the name leads, unlike a title's suffix, which follows the headline
_SLOGAN = re.compile(r"^(?P<name>[^|｜:–—]{2,50}?)\s+(?:[|｜]|[-–—]{1,2}|::)\s+(?P<rest>\S.{4,120})$")


def slogan_masthead(line: str) -> str | None:
    """The outlet a first line names before its slogan ("Indian Ocean Times - only positive news from the islands").

    The name must read as a publication's by its shape (an outlet's word closing it, a wire's or a domain's
    name), so that a headline opening with a person or a place ("Jane Doe - a life in music") names none; what
    follows may be any words but a date or a byline, whose line is a credit, not a masthead."""
    match = _SLOGAN.match(headlines.clean(line).strip())
    if match is None:
        return None
    name, rest = clean_name(match["name"]), match["rest"]
    if len(rest.split()) < 3:
        return None  # "UNB Report | Dhaka": a desk's line with its town, not a slogan
    if re.match(r"(?i:by|published|posted|updated|home|menu)\b", rest) or re.search(r"\b(?:19|20)\d{2}\b.*\d", rest):
        return None
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w[:1].isdigit() or w in {"of", "and", "&"}
                                            for w in words):
        return None
    shaped = bool(_ENDS_OUTLET.search(name)) or credits.masthead(name) or credits.is_domain(name) \
        or name.lower() in credits.AGENCIES
    return name if shaped and not _menu(name) else None


def _menu(name: str) -> bool:
    """"NewsLocal News", "Home News Sports": menu links run together, every piece a section's name."""
    pieces = [p for w in name.split() for p in re.split(r"(?<=[a-z])(?=[A-Z])", w)]
    return credits.furniture_words(" ".join(pieces))


def _unsectioned(name: str) -> str:
    """"Business Report Economy", "Lakeview Times Sports": a masthead with the section's name after it."""
    words = name.split()
    while len(words) > 2 and credits.furniture_words(words[-1]) and not credits.is_outlet(words[-1]):
        words.pop()
    return " ".join(words)


def is_credit_line(line: str) -> bool:
    """A line that credits an outlet or its staff ("Staff report, Lakeview News", "From Lakeview News",
    "Lakeview Post Staff"), never the headline."""
    text = headlines.clean(line)
    match = _STAFF_FIRST.match(text) or _STAFF_LAST.match(text)
    if match is None and (credit := _CREDIT.match(text)):
        match = credit if credits.is_outlet(clean_name(credit["name"])) else None
    return match is not None and len(text.split()) <= 12


def outlet_not_person(name: str) -> bool:
    """A byline's "name" that is an outlet or its staff ("Lakeview News", "Lakeview Gazette Staff"), no writer."""
    if CJK.search(name):
        return False
    # (a wire's "Reuters Staff" byline stays with the bylines' rules, which list it as the writer)
    return credits.is_outlet(name) and credits.person_line(name) is None


def _furniture(lines: list[str], zone: str) -> list[Candidate]:
    """The site asking to be followed or subscribed to by name, an outlet reported as the story's teller."""
    found = []
    for line in lines:
        if named := outletnotes.furniture_outlet([line]):
            # "Sign up for the Lakeview Ledger's newsletter": the prompt's possessive is no part of the name
            # (elsewhere it may be: "Barron's")
            found.append(Candidate(clean_name(_POSSESSIVE.sub("", named)), "furniture", zone))
        if reported := outletnotes.reported_outlet([line]):
            found.append(Candidate(clean_name(reported), "reports", zone))
    return found


def _domains(lines: list[str], zone: str) -> list[Candidate]:
    """Domains written out in the furniture: the site's own name where it prints no other."""
    found = []
    for line in lines:
        if len(line) > 200 or "http" in line.lower():
            continue  # a long line is prose; a full address is a link (to the page or elsewhere), not a name
        found += [Candidate(m["host"], "domain", zone) for m in _DOMAIN.finditer(line)
                  if not re.search(r"(?i:gmail|yahoo|hotmail|outlook|facebook|twitter|instagram|youtube|google)\.",
                                   m["host"])]
    return found


def _zh_lines(lines: list[str], zone: str) -> list[Candidate]:
    """Chinese outlets named in short furniture lines (a date line's "湖滨网 2024-03-03", "本报记者" aside)."""
    found = []
    for line in lines:
        text = without_pinyin(line.strip())
        if not CJK.search(text) or len(text) > 40:
            continue
        for match in _ZH_BOUNDED.finditer(text):
            name = match["name"]
            if not name.startswith(("本报", "本報", "本网", "本網", "本社", "本刊")) and len(name) >= 3:
                found.append(Candidate(name, "masthead", zone))
    return found


# the name standing apart in its line: at its start or after a space or mark, before a space, mark, digit or the end
# ("湖滨网 2024-03-03"; not "…工作报告", whose 报 begins another word)
# (also a breadcrumb's first step, "您现在的位置:湖滨网>新闻中心"; a title in book marks, "《湖滨周刊》杂志"; a
# reporter's credit, "湖滨周刊记者:张三")
_ZH_BOUNDED = re.compile(r"(?:^|(?<=[\s|｜:：(（【\[·《]))" + _ZH_OUTLET.pattern
                         + r"(?=$|[\s|｜)）】\]·,，。\d>＞》]|记者|記者)")
_ZH_DATE = re.compile(r"(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}")
# "新华社记者奔赴多地调研", "中新社记者获悉": an agency's reporters credited in the lead's prose wrote the story
_ZH_AGENCY_REPORTERS = re.compile(r"(?P<name>[\u3400-\u9fff]{1,6}社)(?:记者|記者)")


def _zh_prose(paragraphs: list[str]) -> list[Candidate]:
    """An agency whose reporters the first paragraphs credit ("近日,新华社记者奔赴多地调研")."""
    return [Candidate(m["name"], "credit", "body") for p in paragraphs[:3]
            for m in _ZH_AGENCY_REPORTERS.finditer(p[:200]) if not m["name"].startswith(("本社", "我社"))]


def zones(article: Article) -> tuple[list[str], list[str]]:
    """The furniture lines over the story and after it: head lines and short first blocks; tail lines and
    the last paragraphs (a plain-text copy keeps its closing notices as paragraphs)."""
    top = [*article.head, *(b.text for b in article.blocks[:6] if b.is_heading or len(b.text) <= 80)]
    paragraphs = article.paragraphs
    end = [*article.tail, *(p for p in paragraphs[-3:] if len(p) <= 240 and p not in top)]
    return top, end


def gather(article: Article) -> list[Candidate]:
    """Every outlet candidate the page's furniture offers, in page order."""
    top, end = zones(article)
    found: list[Candidate] = []
    for lines, zone in ((top, "head"), (end, "tail")):
        found += credit_lines(lines, zone) + _copyrights(lines, zone) + _mastheads(lines, zone)
        found += _furniture(lines, zone) + _domains(lines, zone) + _zh_lines(lines, zone)
    found += _suffix(article) + _zh_prose(article.paragraphs)
    return [c for c in found if c.name and len(c.name) >= 2]


def corroborating(article: Article) -> list[Candidate]:
    """Places that name an outlet too weakly to stand alone, for the learned scorer to weigh beside the others: the
    site's prompts naming itself ("Follow X on Twitter", "… free access to X"), which may stand anywhere, between
    paragraphs as well as over or after the story, an e-mail address's domain, and a Chinese name on the page's date
    line ("时间:2025年08月28日 02:26:32 湖滨网"), a place of its own that a masthead line agreeing with it
    corroborates."""
    # (a heading between the paragraphs is no paragraph: "TeboPost APP Available Now!" may stand as one)
    headings = [b.text for b in article.blocks if b.is_heading]
    found = [Candidate(clean_name(n), "promo", "body")
             for n in outletpromo.promo_outlets([*article.head, *article.paragraphs, *article.tail, *headings])]
    top, end = zones(article)
    for lines, zone in ((top, "head"), (end, "tail")):
        dated = [line for line in lines if _ZH_DATE.search(line)]
        found += [Candidate(c.name, "dated", zone) for c in _zh_lines(dated, zone)]
    # a writer's or desk's e-mail address on the site's domain ("jdoe@thestar.com.my" beside "The Star")
    found += [Candidate(host, "email", "body") for host in outletnotes.email_hosts(
        [*article.head, *article.paragraphs[-4:], *article.tail])]
    return found
