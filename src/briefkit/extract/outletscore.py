"""Weigh the outlet candidates a page offers as one list and pick the likeliest.

No single place is reliable on a site nobody has seen: a line over the title may be a masthead or a section,
a copyright line may name the owner, a domain may be the host.  So each candidate
(:mod:`briefkit.extract.outletcands`) scores on several cues at once:

- the kind of place: a credit line ("Posted by X", "Staff report, X"), a "Source:" label or a copyright
  notice says who published the text; a masthead, the title's suffix or a "Follow X on" prompt is the
  site's furniture; a bare domain is the weakest;
- the name's shape: an outlet's word (News, Times, Post, Radio, TV, Press, Media, 报, 网, 台, 社 …), a wire
  agency, a broadcaster's call sign; a person's name ("Posted by John Carter") is a writer, not an outlet;
- repetition: the same outlet printed in two kinds of places (a masthead and a copyright line, a suffix
  and a credit, a domain that spells the name) is the site's own name;
- the body: a name the body makes a speaker ("The Lakeview Times said …", "according to …") is
  reported on, not the page's outlet.

The best candidate is returned with its score; the caller gives it as a guess, with a warning, when the
score is low but not nothing, because a usually-right guess serves a reviewer better than a blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefkit.extract import agencies, credits
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.outletcands import Candidate, gather
from briefkit.extract.outletnames import nameless, trimmed
from briefkit.extract.wordcount import CJK
from briefkit.readers import Article

# How much each kind of place says about the publisher, before any other cue (a desk's line, "Lakeview Post Staff",
# "X News Desk", credits its outlet whatever the name's shape; a masthead before its slogan, "X - your voice since
# 1902", says more than one alone)
CUE = {"label": 2.5, "staff": 3.0, "credit": 2.0, "copyright": 2.0, "slogan": 2.0, "chain": 3.0, "release": 3.0,
       "titlebar": 2.5, "suffix": 1.5, "masthead": 1.5, "inner": 1.0, "furniture": 1.5, "reports": 1.5, "domain": 0.75}
# outlet-shaped words beyond credits.is_outlet's list, as the brief names them (broadcasters especially)
SHAPE = re.compile(r"\b(?:News|Times|Post|Herald|Tribune|Journal|Daily|Gazette|Radio|TV|Broadcasting|Press|Media|"
                    r"Report|Reporter|Star|Sun|Record|Observer|Channel|Public\s+Radio|FM|AM)\b")
ZH_SHAPE = re.compile(r"(?:报|報|网|網|台|臺|社|新闻|新聞)$")
_CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}\b")
_INSTITUTION = re.compile(r"\b(?:Ministry|Department|Government|Office|Council|Bureau|Commission|Authority|"
                          r"Administration|Parliament|Assembly|Court|Police|Sheriff|University|College|School|"
                          r"Institute|Foundation|Association|Federation|Union|Bank|Trust|Charity|Society)\b")
_SPEAKS = r"\s+(?:also\s+)?(?:said|says|reported|reports|announced|told|noted|added|wrote|writes|found|revealed)\b"
# the page's interface and section words: a name made only of these is no outlet
_NOT_NAME = frozenset({"home", "news", "latest", "menu", "search", "share", "print", "email", "comments", "video",
                       "photo", "photos", "subscribe", "login", "sign in", "advertisement", "related", "more",
                       "contact us", "about us", "privacy policy", "terms", "all", "the", "staff", "editor",
                       # a sharing prompt's and a template's own words ("Share This Post", "Site icon")
                       "share this", "share this post", "share this article", "share this story", "site", "site icon",
                       "logo",
                       # a stock-image library credits a picture ("© Shutterstock"), never publishes the story
                       "shutterstock", "getty images", "getty", "istock", "istockphoto", "alamy", "unsplash", "pexels",
                       "pixabay", "dreamstime", "depositphotos", "adobe stock", "123rf"})

# the ordered finders' guesses: each repeats one of the page's lines, so adds no place of its own
_ECHO = frozenset({"chain", "release"})
# a credit's own words read as the name ("From staff reports" → "From"): never an outlet
_CREDIT_WORDS = frozenset({"from", "via", "by", "posted", "published", "source", "staff", "our", "your", "courtesy"})

ACCEPT = 2.75
"""The lowest score given at all (as a guess): a credit or copyright line with an outlet-shaped name, or
a masthead repeated elsewhere, reaches it; a lone masthead, title bar or domain does not.  At 2.5 those
single-cue guesses were given too: on batches nobody had tuned on (a25-, x24-, h26-) they were right about
one time in four, so they are no longer worth a reviewer's time."""


def key(name: str) -> str:
    """A name's letters and digits, lower case, without "the" or a domain's public suffix."""
    lower = name.lower().strip()
    lower = re.sub(r"^the\s+", "", lower)
    if credits.is_domain(lower):
        return credits.domain_label(lower)
    return re.sub(r"[^a-z0-9\u3400-\u9fff]", "", lower)


def _shape(name: str, issuer_ok: bool = False) -> float:
    """How much the name itself reads as an outlet's (or, negative, as a person's or an institution's).

    ``issuer_ok``: the ordered finders named it as a release's issuer, which a release's source is."""
    if CJK.search(name):
        return 1.0 if ZH_SHAPE.search(name) else -0.5
    bare = credits.styled_caps(re.sub(r"^[Tt]he\s+", "", name))  # ("Kenyan DAILY POST" read as "Kenyan Daily Post")
    if agencies.is_agency(bare) or bare.lower() in credits.AGENCIES:
        return 1.5
    if _INSTITUTION.search(bare) and not issuer_ok:
        # the body that issues a statement is no outlet, whatever its page is called ("Scottish Government News"):
        # a statement without a credit line has no source
        return -1.5
    if credits.is_outlet(bare) or SHAPE.search(bare) or credits.masthead(name):
        return 1.0
    if _CALL_SIGN.search(bare) or credits.is_domain(bare):
        return 0.5
    if reads_as_person(bare) or credits.person_line(bare):
        return -3.0
    return 0.0


# what follows a speaking outlet's name ("… said", "…'s editor wrote"), and what precedes a cited one
_SAID_AFTER = re.compile(r"\)?(?:'s?\s+\w+)?" + _SPEAKS)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")
_WORD_END = re.compile(r"\b")


def speaker_in_body(name: str, paragraphs: list[str]) -> bool:
    """Whether the body reports on the name as a speaker ("The Lakeview Times said …", "according to …").

    Each occurrence of the name is found by plain search and the words around it are matched by patterns
    compiled once: a pattern built around each name cost a compile per candidate outlet."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    return bool(bare) and any(_spoken_at(p, bare, at) for p in paragraphs for at in _occurrences(p, bare))


def _occurrences(text: str, part: str) -> Iterator[int]:
    """Every offset at which ``part`` occurs in ``text``, overlapping ones included."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _spoken_at(text: str, bare: str, at: int) -> bool:
    """Whether the name at ``at`` speaks ("X said") or is cited ("according to X")."""
    end = at + len(bare)
    if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_.")) and _SAID_AFTER.match(text, end):
        return True
    return _WORD_END.match(text, end) is not None and _ACCORDING_BEFORE.search(text[max(0, at - 40):at]) is not None


_OWN = {"报": "本报", "報": "本報", "网": "本网", "網": "本網", "台": "本台", "社": "本社"}


def _own_word(name: str, paragraphs: list[str]) -> bool:
    """Whether the lead speaks as the named outlet's kind ("本报讯" for a …报, "本网讯" for a …网)."""
    own = _OWN.get(name[-1:], "") if CJK.search(name) else ""
    return bool(own) and any(own in p[:60] for p in paragraphs)


# "From Wire Reports", "— Agencies", "News Services": a credit to the wires in general names no outlet
_GENERIC = frozenset({"wire", "wires", "report", "reports", "service", "services", "agency", "agencies", "news",
                      "staff", "and", "&", "other", "various", "combined", "compiled", "from", "the"})


def usable(name: str) -> bool:
    """Whether a candidate can name an outlet at all: no credit word, section, role or interface word alone."""
    bare = name.strip(" .:-|").lower()
    if all(w in _GENERIC for w in bare.split()) or nameless(name):
        return False
    if bare in _NOT_NAME or (bare.split() or [""])[0] in _CREDIT_WORDS or credits.is_role(name) \
            or credits.section_label(name) or (not CJK.search(name) and credits.furniture_words(name)):
        return False
    return bool(CJK.search(name)) or any(c.isupper() or c.isdigit() for c in name) or credits.is_domain(name)


def same(a: str, b: str) -> bool:
    """Two spellings of one outlet: the same letters, or a domain that spells the name."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if credits.is_domain(a) != credits.is_domain(b):
        domain, name = (a, b) if credits.is_domain(a) else (b, a)
        return credits.outlet_of_domain(domain, [name]) == name
    return False


def score(candidates: list[Candidate], paragraphs: list[str]) -> list[tuple[float, str]]:
    """Each distinct outlet among ``candidates`` with its score, best first."""
    groups: list[list[Candidate]] = []
    for cand in candidates:
        cand = Candidate(trimmed(cand.name), cand.cue, cand.zone)  # ("Almaty. December 23. Lakeview Post")
        if not usable(cand.name):
            continue
        group = next((g for g in groups if same(g[0].name, cand.name)), None)
        if group is None:
            groups.append([cand])
        else:
            group.append(cand)
    ranked = []
    body = paragraphs[:-2] if len(paragraphs) > 3 else paragraphs  # the closing lines are furniture, not prose
    for group in groups:
        spelled = [c for c in group if not credits.is_domain(c.name)] or group
        name = max(spelled, key=lambda c: (CUE[c.cue], len(c.name))).name
        cues = {c.cue for c in group}
        value = max(CUE[c] for c in cues) + _shape(name, "release" in cues)
        # printed in two kinds of places: the site's own name (the ordered finders' guess repeats one of the
        # page's lines, so it adds no place of its own)
        value += min(1.5, 0.75 * (len(cues - _ECHO) - 1)) if cues - _ECHO else 0.0
        if len({c.zone for c in group}) > 1:
            value += 0.5  # over the story and after it
        if _own_word(name, paragraphs[:3]):
            value += 0.5  # "本报讯" in the lead under a paper's masthead: the page calls itself a paper, as named
        if speaker_in_body(name, body):
            value -= 2.0
        ranked.append((value, name))
    return sorted(ranked, key=lambda pair: -pair[0])


def best_outlet(article: Article, extra: list[Candidate]) -> tuple[str, float] | None:
    """The likeliest outlet among the page's candidates and ``extra`` (what the ordered finders guessed)."""
    ranked = score([*extra, *gather(article)], article.paragraphs)
    if not ranked:
        return None
    value, name = ranked[0]
    return name, value
