"""Where a story's own sentences and captions name the outlet, in forms any newsroom uses, as scorer candidates.

A page nobody has tuned on often prints its outlet in no furniture at all (a copy that kept only the story), yet
the story names it, in a few shapes that hold whatever the site or country:

- the newsroom as the subject of its own work: "Lakeview Post has confirmed that …", "… Lakeview Post spoke with
  the minister", "Lakeview Post contacted the ministry";
- a credit clause closing a sentence: "…, Lakeland Telegraphic Agency reports.", "…, LTA reported.";
- the lead's tag naming a wire and the site that carried it: "Ridgeway, Nov. 23 (LNA/Lakeview Post) The …";
- a writer's line closing on the outlet: "By Jane Doe – Lakeview Post:";
- a disclaimer: "… do not necessarily represent the opinion of Lakeview Post";
- a headline opening on a wire's name: "LNA: Lakeland, coal and inflation";
- an inverted credit: "…, learns Lakeview Post from sources in the ministry";
- the site describing itself closing the page: "Lakeview Post is the valley's oldest independent newspaper",
  "湖滨报(HBB)是湖滨最悠久的报纸".

Each is a candidate with its own cue; :mod:`briefkit.extract.outletfeatures` passes the cue to the learned scorer,
which weighs it by what the development gold says of it (a rival outlet is quoted in the same words).
"""

from __future__ import annotations

import re

from briefkit.extract import agencies, credits, headlines
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.outletcands import Candidate, clean_name
from briefkit.extract.places import is_place
from briefkit.readers import Article

_W = r"[A-Z0-9][\w&'’-]*(?:\.[A-Za-z]+)*"
# a capitalised name of up to five words, with the small words outlets' names hold ("News Agency of Lakeland")
_NAME = r"(?P<name>(?:[Tt]he\s+)?" + _W + r"(?:\s+(?:(?:of|and|&|de|the)\s+)?" + _W + r"){0,4})"
# the newsroom at work: "X has confirmed", "X spoke with", "X contacted", "X can reveal"
_NEWSROOM = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[,;]\s)|(?<=[“\"]))" + _NAME + r"\s+(?:has\s+|had\s+|have\s+)?"
                       r"(?:confirmed|spoke\s+(?:with|to)|contacted|approached|reached\s+out|can\s+(?:confirm|reveal|"
                       r"report)|sought\s+comment|put\s+(?:the|these|those)\s+\w+\s+to|asked)\b")
# "…, Lakeland Telegraphic Agency reports.": the sentence's credit, closing it
# (not "…, Jane Doe said.": a speaker's clause, which names a person far more often than an outlet)
_CLAUSE = re.compile(r",\s+" + _NAME + r"\s+(?:reports|reported|writes|wrote|informs|informed)\s*[.!]?"
                     r"(?=\s|$)")
# "(LNA/Lakeview Post)" near the lead's start: a wire and the site that carried it
_SLASHED = re.compile(r"\((?P<first>[A-Z][\w&.'’ -]{1,30}?)\s*/\s*(?P<second>[A-Z][\w&.'’ -]{1,30}?)\)")
# "By Jane Doe – Lakeview Post:", "By Jane Doe - Lakeview Post"
_BY_DASH = re.compile(r"^(?i:by)\s+(?P<person>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+[-–—]\s+" + _NAME + r"\s*:?$")
# "… do not necessarily represent the opinion of Lakeview Post"
# (a disclaimer's verb, not any "views of the Governor")
_DISCLAIMER = re.compile(r"\b(?:represents?|reflects?)\s+(?:the\s+)?(?:official\s+)?(?:opinions?|views?|positions?|"
                         r"policy|policies)\s+of\s+(?:the\s+)?" + _NAME
                         + r"(?=\s+(?:or|and|nor)\b|\s*[.,;)]|$)")
# "Lakeview Council is not responsible for any damage …", "pages on the Lakeview Council's website": a site's
# disclaimer or translation notice names the body that owns the site (a sentence's start, or a possessive before
# "website")
_NOT_LIABLE = re.compile(r"(?:^|(?<=[.!?]\s))(?:the\s+)?" + _NAME
                         + r"\s+(?:is|are)\s+not\s+(?:responsible|liable)\s+for\b|\bon\s+(?:the\s+)?"
                         + _NAME.replace("name", "owner") + r"[’']s\s+(?:web\s*site|site)\b")
# "LNA: Lakeland, coal and inflation": a wire's name opening the headline
_TITLE_TAG = re.compile(r"^(?P<name>[A-Z][\w&.'’-]{1,15}(?:\s+[A-Z][\w&.'’-]*){0,2})\s*:\s+\S")
# "…, learns Lakeview Post from sources …": the credit inverted
_LEARNS = re.compile(r"\blearns\s+" + _NAME + r"\s+from\b")
CUES = frozenset({"newsroom", "clause", "learns", "disclaimer", "slashfirst", "slashsecond", "writer",
                  "titletag"})
"""The cues of this module's forms (``writer`` and ``learns`` are :mod:`briefkit.extract.outletforms`' cues too)."""
# "Lakeview Post is the valley's oldest independent newspaper", "湖滨报(HBB)是湖滨最悠久的报纸": the site about itself
_SELF = re.compile(r"^" + _NAME + r"(?:\s*\([A-Z]{2,6}\))?\s+(?:is|has\s+been)\s+(?:a|an|the)\s+[^.]{0,80}?\b(?:news|"
                   r"newspaper|media|magazine|website|news\s+site|outlet|publication|broadcaster|radio\s+station)\b")
_ZH_SELF = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,12})(?:[(（][A-Za-z]{2,8}[)）])?(?:是|为|為)[^。]{0,40}?"
                      r"(?:报纸|報紙|媒体|媒體|网站|網站|杂志|雜誌|刊物|新闻网|新聞網|电视台|電視台)")
# words that open a sentence or a clause but name nobody
_NOT_NAMES = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "the", "a", "an", "his", "her",
                        "their", "our", "officials", "police", "the government", "government", "the ministry",
                        "reporters", "journalists", "media", "the media", "sources", "one", "who", "which"})


# a sentence's opening word read as the name's first ("When Lakeview Post contacted …", "If Lakeview Post …")
_OPENER = re.compile(r"^(?:When|If|But|And|As|After|Before|While|Although|Though|Because|Since|So|Then|Now|However|"
                     r"Meanwhile|Still|Yet|Also|Earlier|Later|Once|Until|Where)\s+")


def _named(name: str | None, person_ok: bool = False) -> str | None:
    """The candidate's name cleaned, or None for a pronoun, place, role or (unless allowed) a person's name, a
    title's included ("Senator Jane Doe")."""
    if not name:
        return None
    name = clean_name(re.sub(r"[’']s$", "", _OPENER.sub("", name.strip(" .,;:\"“”'"))), recase=False)
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if len(bare) < 2 or name.lower() in _NOT_NAMES or bare.lower() in _NOT_NAMES or is_place(bare) \
            or (bare.isupper() and is_place(bare.title())) or credits.is_role(bare):
        return None
    # (a person's line with its title taken off, "Senator Jane Doe" → "Jane Doe", is a person's; a name in capitals
    # the person finder keeps whole, "Barbados TODAY", may be an outlet's)
    titled = credits.person_line(bare)
    if not person_ok and (reads_as_person(bare) or (titled and titled != bare)) and not credits.is_outlet(bare):
        return None
    return name


# each form's verbs, looked for by plain search before its pattern runs (a pattern opening on a name tries every
# position of every paragraph)
_FORMS = ((_NEWSROOM, "newsroom", ("confirm", "spoke", "contacted", "approached", "reached out", "can ", "sought",
                                   "put ", "asked")),
          (_CLAUSE, "clause", ("report", "wr", "inform")), (_LEARNS, "learns", ("learns",)),
          (_DISCLAIMER, "disclaimer", ("represent", "reflect")),
          (_NOT_LIABLE, "disclaimer", ("not responsible", "not liable", "s website", "s site")))


def _sentence_forms(paragraphs: list[str]) -> list[Candidate]:
    """The newsroom at work, a closing credit clause, an inverted credit and a disclaimer in the story's prose."""
    found = []
    for paragraph in paragraphs:
        for pattern, cue, verbs in _FORMS:
            if any(verb in paragraph for verb in verbs):
                found += [Candidate(n, cue, "body") for m in pattern.finditer(paragraph)
                          if (n := _named(m.groupdict().get("name") or m.groupdict().get("owner")))]
    return found


def _self_described(texts: list[str]) -> list[Candidate]:
    """The site describing itself at the page's end ("Lakeview Post is the valley's oldest newspaper")."""
    return [Candidate(n, "about", "tail") for text in texts
            if (m := _SELF.match(text) or _ZH_SELF.match(text.strip())) and (n := _named(m["name"]))]


def _lead_tags(paragraphs: list[str]) -> list[Candidate]:
    """The lead's tag naming a wire and the site that carried it ("(LNA/Lakeview Post)"): the wire first."""
    found = []
    for paragraph in paragraphs[:3]:
        if (match := _SLASHED.search(paragraph[:160])) is None or re.search(r"\s\d|\d[.-]\d", match[0]):
            continue  # (a standard's code and number, "(GB/T 42334.1-2023)", "(ISO/IEC 27001)", names no wire)
        first, second = _named(match["first"]), _named(match["second"])
        found += [Candidate(first, "slashfirst", "body")] if first else []
        found += [Candidate(second, "slashsecond", "body")] if second else []
    return found


def _writer_dash(lines: list[str]) -> list[Candidate]:
    """A writer's line closing on the outlet after a dash ("By Jane Doe – Lakeview Post:")."""
    found = []
    for line in lines:
        if len(line) > 120 or not re.search(r"(?i:\bby\s)", line):
            continue  # (a long line is prose; cleaning every block's text costs more than the rest of the module)
        text = headlines.clean(line).strip()
        if (match := _BY_DASH.match(text)) and reads_as_person(match["person"]) \
                and (name := _named(match["name"])):
            found.append(Candidate(name, "writer", "head"))
    return found


def _title_tag(article: Article) -> list[Candidate]:
    """A wire agency's name opening the headline before a colon ("LNA: Lakeland, coal and inflation")."""
    for line in article.head[:2]:
        if (match := _TITLE_TAG.match(headlines.clean(line).strip())) and agencies.is_agency(match["name"]):
            return [Candidate(match["name"], "titletag", "head")]
    return []


def mentions(article: Article) -> list[Candidate]:
    """Every candidate this module reads on the page (see the module), in page order."""
    paragraphs = article.paragraphs
    head = [*article.head, *(b.text for b in article.blocks[:8])]
    return [*_title_tag(article), *_writer_dash(head), *_lead_tags(paragraphs), *_sentence_forms(paragraphs),
            *_self_described([*paragraphs[-4:], *article.tail])]
