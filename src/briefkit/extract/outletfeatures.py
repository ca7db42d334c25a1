"""Every outlet a page names, grouped by outlet, each with the cues a learned scorer weighs.

The rules (:mod:`briefkit.extract.sources`, :mod:`briefkit.extract.outletscore`) were each written on the
pages of one batch and carry badly to sites nobody has seen.  Their findings are kept here as cues among
others, and the page's every other candidate joins them: the furniture's (:mod:`briefkit.extract.outletcands`),
the story's own credits (:mod:`briefkit.extract.storycredits`), the title's site suffix.  Each distinct
outlet gets one feature set, made only of cues that hold on any site:

- where it is printed: the kind of place (credit line, copyright line, masthead, suffix, "told X", a
  dateline's tag …), over the story, in it or after it, and how early;
- what the name looks like: a wire agency, an outlet's word (News, Times, 报, 网), a call sign, a domain, a
  person's name, an institution's;
- how the page treats it: how many times and in how many kinds of places it is named, whether the body
  makes it a speaker, whether it agrees with a copyright line or the title's suffix;
- what the rules made of it: whether it is their pick, and how sure they were.

:mod:`briefkit.extract.outletmodel` scores the sets with a model trained on the development gold
(``benchmarks/train_sources.py``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from briefkit.extract import agencies, credits, headlines, outletscore
from briefkit.extract.copyrights import copyright_holder
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.outletcands import Candidate, clean_name, corroborating, gather, zones
from briefkit.extract.outletcontext import PageContext, context, openings, signals
from briefkit.extract.outletforms import STRONG_CUES, WEAK_CUES, further, spelled
from briefkit.extract.outletmarks import marks
from briefkit.extract.outletmentions import CUES as MENTION_CUES
from briefkit.extract.outletmentions import mentions
from briefkit.extract.outletnames import trimmed
from briefkit.extract.places import is_place
from briefkit.extract.storycredits import story_credits
from briefkit.extract.wordcount import CJK
from briefkit.readers import Article

# desk and staff words a line wraps an outlet's name in ("Reporter Global News", "Creamer Media Reporter"):
# the corpus convention gives the outlet without them (README, "Desk and staff bylines")
_DESK = re.compile(r"^(?:(?i:reporter|staff|correspondent|desk|editor)\s+)|\s+(?i:reporters?|staff|correspondents?|"
                   r"desk|newsroom|editor|editorial(?:\s+board)?)$")
_INSTITUTION = re.compile(r"\b(?:Ministry|Department|Government|Office|Council|Bureau|Commission|Authority|"
                          r"Administration|Parliament|Assembly|Court|Police|Sheriff|University|College|School|"
                          r"Institute|Foundation|Association|Federation|Union|Bank|Trust|Charity|Society|Party|"
                          r"Statistics|Agency|Board|Corporation|Company|Group|Inc|Ltd)\b")
_ZH_INSTITUTION = re.compile(r"(?:局|部|厅|廳|委|办|辦|政府|公司|集团|集團|协会|協會|大学|大學|院|所)$")


_INWORD = re.compile(r"(?i:news|times|post|daily|journal|herald|tribune|press|media|radio|gazette)(?!$)|"
                     r"(?<=[a-z])(?:News|Times|Post|Daily|Journal|Herald|Star|Press|Media|TV|Radio)")


# a brand set as one token, an outlet's word one of its capitalised parts ("NewsDay", "LakeviewNews24"), or a domain
# whose name holds one ("kfmradio.com", "channel5lakeview.com"): the site's own name, which no menu or section is
_BRAND_WORD = r"(?:News|Times|Post|Daily|Journal|Herald|Tribune|Press|Media|Radio|Gazette|Channel|Star|TV|FM)"
_CAMEL_BRAND = re.compile(r"(?<=[a-z0-9])" + _BRAND_WORD + r"|^" + _BRAND_WORD + r"(?=[A-Z0-9])")
# (in a host only the words no platform's name holds: "wordpress", "medium", "startup" say nothing)
_HOST_BRAND = re.compile(r"^(?:www\.)?[a-z0-9-]*(?:news|times|post|daily|journal|herald|tribune|radio|gazette|channel|"
                         r"tv|fm)[a-z0-9-]*\.", re.IGNORECASE)


def _glued_brand(bare: str) -> bool:
    """Whether the name is a brand set as one token (see :data:`_CAMEL_BRAND`): no file's name ("Banner.jpg")."""
    if " " in bare or re.search(r"\.(?:jpe?g|png|gif|webp|svg|pdf)$", bare, re.IGNORECASE):
        return False
    if credits.is_domain(bare):
        return bool(_HOST_BRAND.match(bare))
    return "." not in bare and bool(_CAMEL_BRAND.search(bare))


@dataclass
class Group:
    """One outlet the page names: its spellings' best, and every place and form naming it."""

    name: str
    cues: set[str] = field(default_factory=set)
    zones: set[str] = field(default_factory=set)
    first: float = 1.0  # where on the page it is first named, 0 (top) to 1 (end)
    rule: str = ""  # the rules' pick: "stated", "guess", "first", "declared", "lines", or ""
    lines: int = 99  # how far from the page's top or end a line that is the name alone stands


def _key(name: str) -> str:
    return outletscore.key(_display(name))


# "Government of Lakeland News", "Ministry of Health Press Releases": a body's news page named after the body
_NEWS_PAGE = re.compile(r"^(?P<body>.+?)\s+(?i:news(?:\s+(?:summary|releases?|room|feed))?|newsroom|"
                        r"press\s+releases?|media\s+releases?)$")


def _display(name: str) -> str:
    """The name as a source gives it: without desk words, a capitals-only masthead in title case, a body's news page
    as the body (the body issues its releases; README, "A release label naming its issuer")."""
    bare = _DESK.sub("", name).strip()
    if (page := _NEWS_PAGE.match(bare)) and _INSTITUTION.search(page["body"].title()) and not agencies.is_agency(bare):
        bare = page["body"]
    return clean_name(bare or name)


def _add(groups: list[Group], name: str, cue: str, zone: str, where: float, rule: str = "") -> Group | None:
    """Add one naming of an outlet to its group (a new group for a new outlet); the group, or None."""
    name = trimmed(name.strip(" .,;:|·•-–—\"“”()（）"))  # a dateline or a counter run into the name
    if len(name) < 2 or not (outletscore.usable(name) or (cue in _TITLED_CUES and _titled_role(name))):
        return None
    key = _key(name)
    group = next((g for g in groups if key and (_key(g.name) == key or outletscore.same(g.name, name))), None)
    # a story names the outlet whole ("told Tobacco Reporter"); desk words wrap a name only in a byline's place
    display = clean_name(name) if cue in _STORY_CUES else _display(name)
    if group is None:
        group = Group(display)
        groups.append(group)
    elif cue in _SPELLING_CUES and not credits.is_domain(name) and len(display) > len(group.name):
        group.name = display  # a credit's or masthead's full spelling over a tag's short one
    group.cues.add(cue)
    group.zones.add(zone)
    group.first = min(group.first, where)
    group.rule = group.rule or rule
    return group


_SPELLING_CUES = frozenset({"credit", "staff", "copyright", "masthead", "told", "published", "label", "dateline"})
_STORY_CUES = frozenset({"told", "according", "published", "teller", "dateline"})
# places where a name made of role words is an outlet's ("Jane Doe from the Akron News-Reporter")
_TITLED_CUES = _STORY_CUES | {"writer"}


def _titled_role(name: str) -> bool:
    """"Tobacco Reporter", "Hollywood Reporter": a role word a story names as its outlet ("told Tobacco
    Reporter"), every word capitalised and one of them no role's ("told a reporter" is no name)."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not credits.is_role(words[0])


def _position(cand: Candidate) -> float:
    return {"head": 0.0, "tail": 1.0}.get(cand.zone, 0.5)


def _dateline_town(name: str) -> bool:
    """Whether a dateline tag's name is a town: "(London) -", and set in capitals as datelines set it, "(YANGON):"."""
    return is_place(name) or (name.isupper() and is_place(name.title()))


def groups_of(article: Article, gathered: list[Candidate], rule_source: str | None, rule_kind: str,
              site: str | None) -> list[Group]:
    """The page's outlets, each with the places naming it: the furniture's ``gathered`` candidates, the story's
    credits, the rules' pick and the title's site."""
    groups: list[Group] = []
    if rule_source:
        _add(groups, rule_source, "rule_" + rule_kind, "head", 0.0, rule_kind)
    if site:
        _add(groups, site, "site", "head", 0.0)
    paragraphs = article.paragraphs
    total = max(1, len(paragraphs))
    for cand in [*gathered, *corroborating(article), *openings(article), *further(article),
                 *marks(article), *mentions(article)]:
        _add(groups, cand.name, cand.cue, cand.zone, _position(cand))
    for credit in story_credits(paragraphs):
        if credit.kind == "dateline" and _dateline_town(credit.name):
            continue  # "(London) - The bank …": a town in a tag's brackets is where, not who
        # ("reported by Lakeview Post and Ridgeway Radio": two outlets credited together, each a candidate)
        for part in _listed(credit.name) if credit.kind in ("according", "told") else [credit.name]:
            _add(groups, part, credit.kind, "body", credit.paragraph / total)
    top, end = zones(article)
    for lines, zone in ((top[:12], "head"), (end[-8:], "tail")):
        for index, line in enumerate(lines):
            if (name := _name_line(line)) and (group := _add(groups, name, "line", zone, float(zone == "tail"))):
                group.lines = min(group.lines, index if zone == "head" else len(lines) - 1 - index)
    for group in groups:
        # a site named only by its domain ("REPUBLIKA.CO.ID, JAKARTA --") by the name the page writes for it elsewhere
        if credits.is_domain(group.name) and (name := spelled(group.name, article.text)):
            group.name = name
    return groups


def _listed(name: str) -> list[str]:
    """Outlets a story credits together ("Lakeview Post and Ridgeway Radio"), each part and the whole (which may be
    one name: "Press and Sun"), the scorer to tell which."""
    parts = re.split(r"\s+(?:and|&)\s+", name)
    return [*parts, name] if len(parts) == 2 and all(p[:1].isupper() for p in parts) else [name]


_CONNECTOR = frozenset({"of", "the", "and", "&", "de", "for", "on", "in"})


def _name_line(line: str) -> str | None:
    """A line that is a name alone (a masthead, a section, a town, a person): every word capitalised, no
    sentence's mark; a Chinese line of a few characters.  The scorer tells which of them is the outlet."""
    text = headlines.clean(line).strip(" -–—|·•:")
    if not text or len(text) > 50 or text.endswith(("?", "!", ".", "。")) or re.search(r"[,;:/|()]", text):
        return None
    if CJK.search(text):
        return text if len(text) <= 12 and " " not in text and not re.search(r"\d", text) else None
    words = text.split()
    if not 1 <= len(words) <= 6 or any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTOR)
                                       for w in words):
        return None
    return text


def _shape(name: str) -> dict[str, float]:
    """What the name itself looks like, as indicator features."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    zh = bool(CJK.search(name))
    kind = agencies.kind(bare) if not zh else None
    figured = bool(re.search(r"\d", bare))  # "Radio 104.8", "Lakeview24": figures are no part of a person's name
    return {
        "agency": float(kind is not None or bare.lower() in credits.AGENCIES),
        "agency_" + (kind or "none"): 1.0,
        # an acronym alone reads as an outlet to credits.is_outlet; here it is a feature of its own
        "outlet_word": float((credits.is_outlet(bare) and not re.fullmatch(r"[A-Z]{2,6}(?:\s+[A-Z][a-z]+)?", bare))
                             or bool(outletscore.SHAPE.search(bare))
                             or (zh and bool(outletscore.ZH_SHAPE.search(name)))),
        "masthead_shape": float(not zh and credits.masthead(name)),
        # a brand run into one word ("NewsDay", "SAnews", "Chinanews"): an outlet's word inside it
        "outlet_inword": float(not zh and " " not in bare and "." not in bare and bool(_INWORD.search(bare))),
        "glued_brand": float(not zh and _glued_brand(bare)),
        "institution": float(bool(_INSTITUTION.search(bare)) if not zh else bool(_ZH_INSTITUTION.search(name))),
        "person": float(not zh and not figured and (reads_as_person(bare) or credits.person_line(bare) is not None)),
        # a person's by a given name ("Jane Doe"), not only by its shape, two capitalised words ("Tarn Valley")
        "given_name": float(not zh and not figured and reads_as_person(bare)),
        "domain": float(credits.is_domain(bare)),
        "call_sign": float(bool(re.match(r"[KW][A-Z]{2,3}\b", bare))),
        "acronym": float(bool(re.fullmatch(r"[A-Z]{2,6}", bare))),
        "zh": float(zh),
        "words": min(len(bare.split()), 6) / 6,
        "all_caps": float(not zh and bare.isupper() and len(bare) > 6),
        # a country's or town's name alone ("Wales saw prices rise" read as a teller) is where, not who
        "place": float(not zh and (is_place(bare) or (bare.isupper() and is_place(bare.title())))),
    }


def _mentions(name: str, text: str) -> int:
    """How many times the page names ``name`` as a whole word (by ``str.find``: a pattern compiled per name costs
    more than the scan)."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if len(bare) < 2:
        return 0
    if CJK.search(bare):
        return text.count(bare)
    count, start = 0, text.find(bare)
    while start >= 0:
        before, after = text[start - 1:start], text[start + len(bare):start + len(bare) + 1]
        count += not _joined(before) and not _joined(after)
        start = text.find(bare, start + 1)
    return count


def _joined(char: str) -> bool:
    """A character that would make one word of the name and its neighbour ("Starbucks", "Star-Ledger")."""
    return bool(char) and (char.isalnum() or char in "_-")


def features(group: Group, article: Article, text: str, holders: list[str], rule_score: float,
             rank: int, count: int, page: PageContext) -> dict[str, float]:
    """The feature set of one outlet on its page (see the module)."""
    feats: dict[str, float] = {"bias": 1.0}
    for cue in group.cues:
        feats["cue_" + cue] = 1.0
    for zone in group.zones:
        feats["zone_" + zone] = 1.0
    # the further forms, each seen on few pages, share a weight per strength the scorer can learn from all of them
    feats["form_strong"] = float(bool(group.cues & STRONG_CUES))
    feats["form_weak"] = float(bool(group.cues & WEAK_CUES))
    feats["form_story"] = float(bool(group.cues & MENTION_CUES))
    feats["n_cues"] = min(len(group.cues), 5) / 5
    feats["n_zones"] = len(group.zones) / 3
    feats["first"] = group.first
    feats["line_near"] = float(group.lines <= 2)
    feats["line_far"] = float(2 < group.lines < 99)
    feats.update(_shape(group.name))
    feats.update(signals(group.name, page))
    mentions = _mentions(group.name, text)
    feats["mentions"] = math.log1p(mentions) / 3
    feats["mentioned_once"] = float(mentions <= 1)
    feats["speaker"] = float(outletscore.speaker_in_body(group.name, article.paragraphs))
    feats["copyright_agrees"] = float(any(outletscore.same(h, group.name) for h in holders))
    feats["rule_score"] = max(-3.0, min(rule_score, 6.0)) / 3
    feats["rule_top"] = float(rank == 0)
    feats["alone"] = float(count == 1)
    # a place says more about an outlet-shaped name than about a person's or an institution's ("told The Star",
    # "told the ministry"): the cues crossed with the name's shape, which a linear scorer cannot combine itself
    shape = "outlet" if feats["outlet_word"] or feats["agency"] or feats["masthead_shape"] else \
        "person" if feats["person"] else "institution" if feats["institution"] else "other"
    for cue in group.cues:
        feats[f"cue_{cue}&{shape}"] = 1.0
    feats["shape_" + shape] = 1.0
    if group.rule:
        feats["rule"] = 1.0
        feats["rule_is_" + group.rule] = 1.0
    return dict(sorted(feats.items()))  # in name order: one model file from one corpus, whatever the hash seed


def page_features(article: Article, rule_source: str | None, rule_kind: str,
                  site: str | None) -> list[tuple[str, dict[str, float]]]:
    """Each outlet the page names with its feature set, in the order first found."""
    gathered = gather(article)
    groups = groups_of(article, gathered, rule_source, rule_kind, site)
    if not groups:
        return []
    text = article.text
    holders = [h for line in [*article.tail, *article.paragraphs[-3:], *article.head[:3]]
               if (h := copyright_holder(line))]
    # the rule scorer's weighing of the furniture, one more cue: its score and whether it ranks the outlet first
    scored = outletscore.score(gathered, article.paragraphs)
    page = context(article)
    out = []
    for group in groups:
        value, rank = next(((v, i) for i, (v, name) in enumerate(scored) if outletscore.same(name, group.name)),
                           (0.0, 99))
        out.append((group.name, features(group, article, text, holders, value, rank, len(groups), page)))
    return out
