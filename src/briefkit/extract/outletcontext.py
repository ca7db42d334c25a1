"""Page-wide signals about an outlet's name, and the story's own opening credit, for the learned source scorer.

Where a page prints a name says less, on a site nobody has seen, than how the whole page treats it.  A site's
own name recurs in its furniture (a masthead, a menu's links, a copyright line) and hardly in the story; its
domain spells it ("lakeviewpost.com" for the Lakeview Post); a story about an institution names it in its title
and all through its prose.  :func:`signals` measures these for any name, so that the scorer
(:mod:`briefkit.extract.outletfeatures`) can learn them from the gold instead of a rule per form.

:func:`openings` reads one more place a story credits its outlet, whatever the site: the tag that opens the
lead before a dash or a colon ("Lakeview Post - The council …", "LAKEVIEWPOST.COM, LAKEVIEW -- …",
"湖滨网讯 …"), and a staff or credit line standing between the story's paragraphs ("By the Lakeview Post staff").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefkit.extract import agencies, credits, headlines
from briefkit.extract.outletcands import Candidate, clean_name, credit_lines, zones
from briefkit.extract.places import is_place
from briefkit.extract.wordcount import CJK
from briefkit.extract.zhscript import without_pinyin
from briefkit.readers import Article

# a host on the page, written out, in an address or an e-mail: its labels before the public suffix
_HOST = re.compile(r"(?<![\w.-])(?:https?://)?(?:www\.)?(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)"
                   r"\.(?:com|net|org|news|tv|fm|info|co|us|uk|au|nz|za|ca|ie|in|cn|jp|ph|ng|ke|pk|sg|my|id|gov|"
                   r"edu|gh|bd|lk|np|mn|kz|vn|la|mv|mw|rw|so|et|cm|fj|pg|qa|om|bh|kw|ae|eg|cz|ro|hr|si|cy|tw|hk|mo)"
                   r"\b", re.IGNORECASE)
# hosts every page links to, which spell no site's own name
_COMMON_HOSTS = frozenset({"facebook", "twitter", "instagram", "youtube", "google", "gmail", "yahoo", "hotmail",
                           "outlook", "linkedin", "whatsapp", "apple", "wordpress", "blogspot", "x", "t", "bit",
                           "tiktok", "telegram", "pinterest", "reddit", "gravatar", "w3", "schema"})
# what a lead may print before its opening credit: a date and a semicolon ("28 July 2020; Lakeview Post: …"), a
# dateline's town and country ("Ridgeway, Lakeland, Lakeview Post — …")
_LEAD_IN = (r"\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d{2}\s*[;|–—-]\s*|[A-Z][A-Za-z .'-]{1,30},\s+"
            r"(?:[A-Z][A-Za-z .'-]{1,30},\s+)?(?=[A-Z][^,;:]{2,50}?\s[–—]\s)")
# "Lakeview Post - The council …", "Lakeview Post: The council …", "LAKEVIEWPOST.COM, LAKEVIEW -- The council …":
# a name of up to five capitalised words (or a domain) opening the lead, then a dash or a colon and the sentence
_W = r"[A-Z0-9][\w&.'’-]*"
_OPENING = re.compile(r"^(?:" + _LEAD_IN + r")?(?P<name>(?:[Tt]he\s+)?" + _W
                      + r"(?:\s+(?:of\s+|and\s+|&\s+|in\s+)?" + _W + r"){0,4}?)"
                      r"(?:,\s+[A-Z][A-Za-z .'-]{1,30})?\s*(?:[-–—]{1,2}|:)\s+(?=[A-Z\"“‘'])")
# "湖滨网讯 12月24日…", "湖滨日报讯(记者 …)": a Chinese outlet's name and 讯 (news from) opening the lead
# ("【湖滨社,10月2日讯】": the bracketed form with the date between the name and 讯)
_ZH_OPENING = re.compile(r"^\s*[【\[]?(?P<name>[\u3400-\u9fff]{2,10}?(?:网|網|报|報|社|台|臺|新闻|新聞))"
                         r"(?:[,，]\s*\d{1,2}月\d{1,2}日)?(?:讯|訊)")
# "湖滨社 河口1月4日电 …", "湖滨网北京3月2日電": a Chinese dateline, the outlet then the town and the day it filed from
# (a copy may set a space between the outlet and the town)
_ZH_DATELINE = re.compile(r"^\s*[【\[]?(?P<name>[\u3400-\u9fff]{2,10}?(?:社|网|網|报|報|台|臺))\s*"
                          r"[\u3400-\u9fff]{2,6}\d{1,2}月\d{1,2}[日号號]\s*[电電]")
# words a lead opens on before a colon that name no outlet ("Update:", "Editor's note:", "Photo:", a caption's "FILE:")
_NOT_OPENING = re.compile(r"^(?i:update[ds]?|breaking|watch|listen|audio|video|photos?|pictures?|pics?|pix|"
                          r"images?|file|caption|credit|editor|note|news|live|exclusive|opinion|analysis|comment|"
                          r"read|related|also|advertisement|by|from|source|posted|published|updated|subscribe|"
                          r"follow|share|tags?|home|menu|[a-z]+day|\d|"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$")


def openings(article: Article) -> list[Candidate]:
    """The outlet the story's lead opens with, and credit lines standing among the story's paragraphs."""
    found: list[Candidate] = []
    # the first paragraphs of a sentence's length (a short one is furniture or a heading, the furniture's finders'
    # to read; a long first one may be a notice over the story)
    # (a list item, "- Market report: …", is a teaser over the story, never its lead; captions may stand before the
    # lead, so the third and fourth are read too, for a name only an outlet's or a domain's: a listing's items open on
    # their sections, "Health and Wellness — …")
    leads = [p for p in article.paragraphs if len(p) >= 60 and not p.startswith(("- ", "• ", "* "))][:4]
    for index, paragraph in enumerate(leads):
        # ("經(jīng)濟日報訊": a converter's pinyin glossing the name's characters is no part of it)
        lead = without_pinyin(paragraph[:80])
        if (zh := _ZH_OPENING.match(lead)) and not zh["name"].startswith(("本", "我")):
            found.append(Candidate(zh["name"], "opening", "body"))
        elif (zh := _ZH_DATELINE.match(lead)) and not zh["name"].startswith(("本", "我")):
            found.append(Candidate(zh["name"], "dateline", "body"))
        elif (match := _OPENING.match(paragraph)) and (name := _opening_name(match["name"])) \
                and (index < 2 or credits.is_domain(name) or credits.is_outlet(name)) and not _headline(name, article) \
                and not credits.recurring_tag(paragraph, article.paragraphs):
            found.append(Candidate(name, "opening", "body"))
    top, end = zones(article)
    furniture = set(top) | set(end)
    # (a credit line may stand as a block of its own between the paragraphs: every block is read)
    inner = [b.text for b in article.blocks if b.text not in furniture and len(b.text.split()) <= 12]
    found += [Candidate(re.sub(r"^the\s+", "", c.name), c.cue, "body") for c in credit_lines(inner, "body")]
    return found


def _headline(name: str, article: Article) -> bool:
    """Whether the page prints the name as a heading of its own ("Letter: Increase in Water Tariffs" over "Increase in
    Water Tariffs: The commission …"): the lead opens on its headline's words, not on an outlet's name."""
    return len(name.split()) >= 3 and any(b.text.strip().endswith(name) and len(b.text) <= len(name) + 24
                                          and not b.text.startswith(name) for b in article.blocks)


def _opening_name(name: str) -> str | None:
    """The opening tag's name as an outlet's, or None for a town, a person, a label or a sentence's subject."""
    name = name.strip(" .,")
    if _NOT_OPENING.match(name) or is_place(name) or (name.isupper() and is_place(name.title())):
        return None  # "LONDON -", "Update:": a dateline's town or a label
    if credits.is_domain(name):
        return name  # "LAKEVIEWPOST.COM, LAKEVIEW --": the site's own address
    if len(name.split()) == 1 and not (name.isupper() or re.search(r"[a-z][A-Z]", name)):
        return None  # "Officials: …", "Meanwhile - …": one ordinary word opening a sentence
    if name.isupper() and " " not in name and len(name) > 5 and not agencies.is_agency(name):
        return None  # "KATHMANDU -": one long word in capitals is a dateline's town far more often than a wire
    return clean_name(name)


@dataclass(frozen=True)
class PageContext:
    """What :func:`signals` compares a name against, read once per page."""

    hosts: frozenset[str]  # the page's hosts' labels, lower case, without dots or hyphens
    title: str  # the page's headline, lower case
    short: tuple[str, ...]  # furniture-like lines (a few words), lower case
    long: tuple[str, ...]  # the story's sentences' lines, lower case


def context(article: Article) -> PageContext:
    """The page's hosts, headline and lines, for :func:`signals`."""
    hosts: set[str] = set()
    for match in _HOST.finditer(article.text):
        labels = [label for label in match["host"].lower().split(".") if label not in {"www", "m", "en", "news"}]
        hosts.update(label.replace("-", "") for label in labels if label not in _COMMON_HOSTS)
    page_title = article.meta.get("page_title")
    # (the first head line of a headline's length: a masthead or a menu over it is a few words, a few characters)
    heads = [headlines.clean(line) for line in article.head[:6]
             if len(line.split()) >= 4 or len(CJK.findall(line)) >= 8]
    title = page_title if isinstance(page_title, str) else (heads[0] if heads else "")
    # the headline without the site's name a title bar puts after it ("Headline | Lakeview Post")
    title = re.split(r"\s+(?:[|｜]|[-–—]|::)\s+|[|｜]", title.strip())[0]
    lines = [line.strip().lower() for line in article.text.split("\n") if line.strip()]
    return PageContext(frozenset(h for h in hosts if len(h) >= 3), title.lower(),
                       tuple(line for line in lines if _short(line)), tuple(line for line in lines if not _short(line)))


def _short(line: str) -> bool:
    return len(line) <= (24 if CJK.search(line) else 60)


def _squashed(name: str) -> str:
    return re.sub(r"[\W_]", "", re.sub(r"^the\s+", "", name.lower()))


def signals(name: str, page: PageContext) -> dict[str, float]:
    """How the page treats ``name``: a host spelling it, the headline naming it, how many furniture lines and story
    lines name it."""
    bare = re.sub(r"^the\s+", "", name.lower()).strip()
    squashed = _squashed(name)
    zh = bool(CJK.search(name))
    host_agrees = not zh and len(squashed) >= 4 and not credits.is_domain(name) and any(
        host == squashed or (len(host) >= 5 and (host.startswith(squashed) or squashed.startswith(host)))
        for host in page.hosts)
    short = sum(bare in line for line in page.short) if len(bare) >= 2 else 0
    long = sum(bare in line for line in page.long) if len(bare) >= 2 else 0
    return {
        "host_agrees": float(host_agrees),
        "in_title": float(len(bare) >= 2 and bare in page.title),
        "short_lines": math.log1p(short) / 2,
        "story_lines": math.log1p(long) / 2,
        "furniture_only": float(short >= 1 and long == 0),
        "furniture_repeats": float(short >= 3),
        "story_heavy": float(long >= 3 and long > short),
    }
