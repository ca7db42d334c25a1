"""Bibliographic facts: title, date, source, outlet, authors, editors, language.

They come from the reader's declared metadata (front matter, HTML meta, DOCX
properties) first, then from the page's own lines: labelled fields
("Source:", "Editor:", 来源, 责任编辑, 記者), bylines in their common forms,
datelines, credits closing a wire story, a letter's signature.  Which head
line is the title and which date is the publication's is decided in
:mod:`briefkit.extract.headlines`.  Nothing is invented: a missing title or
date is a warning, a guess that had to pass over other candidates is one too,
and the file name stands in for a missing title so the reviewer sees at once
what to replace.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefkit.extract import (
    addressuse,
    authorcands,
    authorscore,
    authorstandfirst,
    authortitle,
    bylinenames,
    bylines_en,
    bylines_zh,
    closings_zh,
    creditdeclared,
    creditlines,
    credits,
    headlines,
    lonenames,
    notwriters,
    outletissuers,
    outletleads_zh,
    outletnotes,
    reportcredits,
    signoffs,
    speeches,
    teaserheads,
    titlepick,
    titleshapes,
)
from briefkit.extract.authorfilter import WriterFilter
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import FIELD as _FIELD
from briefkit.extract.fields import is_prose, joined_labels, labelled_fields
from briefkit.extract.fields import kind as _kind
from briefkit.extract.fields import names as _names
from briefkit.extract.linecues import LineCues
from briefkit.extract.pubdate import publication_date
from briefkit.extract.regexguard import guarded
from briefkit.extract.sourcedecide import decide_source, from_address, unguessed
from briefkit.extract.sources import is_picture_source
from briefkit.extract.titlechecks import speaker_suffix
from briefkit.extract.titlefurniture import domain_label, echoed_suffix, unwrapped, without_media_tag, zh_site_suffix
from briefkit.extract.wordcount import CJK
from briefkit.readers import Article

# "（编辑 李四）": an editor's note in brackets, without a colon
_ZH_EDITOR_NOTE = re.compile(r"[(（\[【]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]?\s*"
                             r"(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,4})\s*[)）\]】]")
# "原标题:… 来源:央视新闻客户端": a repost's note of the story's first title, and the outlet that ran it so
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原標題)\s*[:：]")
_RATE_NOTE = re.compile(r"\s*\(\s*(?:\$|€|£|¥|US\$)\s*1\s*=\s*[^()]{1,40}\)")
# (a repost's credit may add the day its paper ran it: "(Business Standard: July 28, 2017)")
_OUTLET = re.compile(r"\s*[(（](?!(?i:last\s+)?(?i:updated|posted|published)\b)"
                     r"(?P<name>[A-Z\u3400-\u9fff][\w\s&.'\u3400-\u9fff-]{1,60}?)"
                     r"(?:\s*[:,]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}"
                     r"|\d{4}-\d{2}-\d{2}))?[)）]\s*$")
_FRENCH = guarded(re.compile(r"\b(?:le|la|les|des|du|est|une|pour|dans|qui|avec|sur|selon)\b", re.IGNORECASE))
_ENGLISH = guarded(re.compile(r"\b(?:the|of|and|is|in|to|with|for|that|on)\b", re.IGNORECASE))


@dataclass
class MetaFacts:
    """Metadata found in an article, with the reasons for anything missing."""

    title: str
    date: dt.date | None = None
    source: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str = "en"
    title_found: bool = True
    site: str | None = None  # the site named in the title's suffix ("… | The Guardian"), a last resort
    weak_sources: list[str] = field(default_factory=list)  # outlets only a reporter line names
    sources: list[str] = field(default_factory=list)  # every labelled source, best last resort first
    source_scored: bool = False  # the source is the weighed candidates' guess: no organisation on its own word
    source_kind: str = ""  # the rules' kind of source pick (sourcedecide.rule_source), before the learned scorer


def _language(article: Article) -> str:
    declared = article.meta.get("lang") or article.meta.get("language")
    if isinstance(declared, str) and declared:
        return declared.split("-")[0].lower()
    sample = " ".join([*article.head, *article.paragraphs])[:4000]
    if len(CJK.findall(sample)) > len(sample) * 0.2:
        return "zh"
    return "fr" if len(_FRENCH.findall(sample)) > len(_ENGLISH.findall(sample)) else "en"


def _add(target: list[str], names: list[str]) -> None:
    target += [n for n in names if n not in target]


def _field_line(facts: MetaFacts, line: str, labels: bool = True) -> None:
    if issuer := titlepick.FROM.match(line.strip()):
        facts.sources.append(issuer["name"].strip())
    if linked := outletnotes.linked_original(line):  # "Article Link: https://…": the reposted story's address
        facts.sources.append(linked)
    for label, value in labelled_fields(line):
        kind = _kind(label)
        if kind == "source" and not labels:
            continue  # a teaser's own credit under a "Related posts" heading, not the story's (see _lines)
        if kind == "source" and not is_picture_source(line) and _ORIGINAL_TITLE.match(line):
            # "原标题:… 来源:央视新闻客户端": where the story first ran, before the portal's own label; the outlet
            # by its name, its app word off (the same outlet, corpus README), so the outlet test reads it as one
            facts.sources.insert(0, re.sub(r"(?<=[\u3400-\u9fff]{2})(?:客户端|客戶端)$", "", _source_value(value)))
        elif kind == "source" and not is_picture_source(line):
            facts.sources.append(_source_value(value))
        elif kind == "outlet" and facts.outlet is None:
            facts.outlet = value
        elif kind == "date" and facts.date is None and (found := parse_date(value)):
            facts.date = dt.date.fromisoformat(found.value)
        elif kind in {"editors", "authors"} and not is_prose(value):
            names = _names(value)
            if CJK.search(label):  # "作者:Egyed" on a Chinese page: a site account's user name, not a person
                names = [n for n in names if (CJK.search(n) or " " in n) and not bylines_zh.bio_clause(n)]
                # "編輯:貿促會駐外代表處澳門": a body the page credits, no editor; "作者:編輯部": the desk, no writer
                not_a_name = notwriters.zh_body if kind == "editors" else notwriters.zh_desk
                names = [n for n in names if not not_a_name(n)]
            _add(facts.editors if kind == "editors" else facts.authors, names)


def _after_feed(sources: list[str], previous: tuple[int, int] | None, start: int) -> tuple[int, int] | None:
    """Put a line's labelled sources before the previous line's when both are "Source:" lines; return where the
    line's own now stand.  A feed prints its channel's label first ("Source: Wire Submissions"), then the body
    that issued the item ("Source: Save the Children"): the later, nearer the copy, names the story's source."""
    added = sources[start:]
    if not added:
        return None
    if previous is not None and not any(CJK.search(s) for s in sources[previous[0]:]):
        sources[previous[0]:] = added + sources[previous[0]:start]
        return previous[0], previous[0] + len(added)
    return start, len(sources)


def _source_value(value: str) -> str:
    """A source label's value as the outlet it names."""
    # "來源:國家統計局 2020年10月19日 字體:大": a Chinese name has no spaces, what follows is not it
    value = value.split()[0] if CJK.search(value[:1]) else value.strip()
    if CJK.search(value[:1]):  # "澎湃新闻·澎湃号·政务": the outlet, then its channel and column
        value = re.split(r"[·•]", value)[0]
    return _unbracket(value)


_OPENING = {")": "(", "）": "（", "]": "[", "】": "【"}


def _unbracket(value: str) -> str:
    """"（来源：经济日报）" closes its bracket; "中國(guó)新聞網(wǎng)" keeps its own."""
    value = value.strip().lstrip("(（[【 ")
    while (close := value[-1:]) in _OPENING and value.count(close) > value.count(_OPENING[close]):
        value = value[:-1].rstrip()
    return value


def _lines(facts: MetaFacts, lines: list[str], labels: bool = True) -> None:
    """Labelled fields, bylines, credits and reporter notes in the head and tail lines (with ``labels`` False,
    no labelled source: the lines of a list of other stories, each with its own "Source:" line)."""
    labelled: tuple[int, int] | None = None  # where the previous line's labelled sources stand in facts.sources
    for raw in joined_labels(lines):
        line = bylines_en.unmailed(bylines_en.CREDIT_ROLE.sub("", headlines.clean(raw)))
        if is_boilerplate(line):
            labelled = None
            continue
        start = len(facts.sources)
        _field_line(facts, line, labels)
        labelled = _after_feed(facts.sources, labelled, start)
        for credit in bylines_en.CREDIT.finditer(line):
            names = _names(credit["names"].rstrip(". "))
            _add(facts.editors if bylines_en.is_editing(credit["kind"]) else facts.authors, names)
        byline = bylines_en.BYLINE.match(bylines_en.before_date(line))
        if byline and not _FIELD.search(line):
            _add(facts.authors, bylines_en.byline_names(byline["names"]))
            facts.sources.append(bylines_en.written_for(line[byline.end():]) or "")  # "By A for the AP"
            facts.sources.append(headlines.agency_of_role(byline["role"]) or "")
            if facts.authors[-1:] == [byline["names"].strip()]:  # "By Reuters Staff": the outlet's own staff
                facts.sources.append(headlines.agency_of_role(byline["names"]) or "")
        names, role = headlines.title_byline(line)
        _add(facts.authors, names)
        facts.sources.append(headlines.agency_of_role(role) or "")
        _chinese_reporters(facts, line)
        if headlines.is_author_line(line):  # "武汉大学国家发展战略研究院课题组" over a report
            _add(facts.authors, [line])
        if speaker := credits.speaker_line(line):
            _add(facts.authors, [speaker])
        if agency := headlines.issued_by(line) or credits.agency_line(line):
            facts.sources.append(agency)
        credited, edited, outlet = bylines_en.credit_line(line)
        _add(facts.authors, credited)
        _add(facts.editors, edited)
        facts.sources.append(outlet or "")
        for note in _ZH_EDITOR_NOTE.finditer(line):
            _add(facts.editors, _names(note["names"]))
    facts.sources = [s for s in facts.sources if s]


def _chinese_reporters(facts: MetaFacts, text: str) -> None:
    """Reporters in a Chinese reporter line or note, and the outlet a reporter line names (a last resort)."""
    _add(facts.authors, bylines_zh.reporters(text))
    if outlet := bylines_zh.reporter_outlet(text):
        facts.weak_sources.append(outlet)


def _opening(facts: MetaFacts, article: Article) -> None:
    """Reporters named in a Chinese dateline ("中新社天津5月29日电（记者 刘亮）"), a statement's speaker line."""
    if article.paragraphs:
        _chinese_reporters(facts, article.paragraphs[0][:120])
        # "By JANE SMITH Associated Press SPRINGFIELD —" opening the story, under its title when that is a paragraph
        opening = article.paragraphs[1] if len(article.paragraphs) > 1 and facts.title == article.paragraphs[0] \
            else article.paragraphs[0]
        if glued := bylines_en.glued_byline(opening):
            _add(facts.authors, glued[0])
            facts.sources.append(glued[1] or "")
    for paragraph in article.paragraphs[:3]:
        if speaker := credits.speaker_line(paragraph):  # a parliament statement's speaker line, read as prose
            _add(facts.authors, [speaker])


def _closing(facts: MetaFacts, article: Article) -> str | None:
    """Credits closing a wire story ("(Reporting by A; editing by B)"), a letter's signature, an author's bio.

    Returns how writers were found when only a signature or a closing note named them (a guess to check).
    """
    for paragraph in [*article.paragraphs[-2:], *bylines_en.credit_notes(article.paragraphs[:-2])]:
        if match := bylines_en.CREDITS_PARENTHESIS.search(paragraph):
            _lines(facts, [match.group(0).strip()])
        elif (note := _BRACKETED_FIELD.match(paragraph.strip())) and _FIELD.match(note["inner"]):
            _lines(facts, [note["inner"]])  # "（责编：可黎明（实习生）、杨牧）" closing the page
    if not facts.authors and article.paragraphs:  # "…有望近期成立。（记者 张守帅）": the reporter signs off
        _add(facts.authors, bylines_zh.closing_reporters(article.paragraphs[-1]))
    # "(王斌) (作者:柴晶晶)", "(撰稿人:A;…)", and "(编译:张三)" on the page's first line under the story
    _add(facts.authors, closings_zh.closing_writers([*article.paragraphs, *article.tail[:1]]))
    # a letter's or op-ed's signature: "Jim Elardo", "Gary Smith, Wakefield"; a byline of a story the page lists at
    # its foot, which the writer filter takes out, does not stand in for the signature over it ("– Jane Doe")
    if not set(facts.authors) - authorcands.teaser_writers(article.tail, article.head) and (
            signed := signoffs.signature(article.tail, "\n".join(article.paragraphs))
            or signoffs.run_on_signature(article.paragraphs[-1] if article.paragraphs else "")):
        _add(facts.authors, signed)
        return "the signature at the end"
    if not facts.authors and (bio := next((n for t in [*article.tail[:3], *article.paragraphs[-1:]]
                                           if (n := credits.author_bio(t))), None)):
        _add(facts.authors, [bio])
        return "the closing note on the writer"
    return None


_BRACKETED_FIELD = re.compile(r"^[(（](?P<inner>.{3,80})[)）]$")


def _guessed_writers(article: Article, title_line: str | None, facts: MetaFacts, cues: LineCues,
                     keep: WriterFilter) -> tuple[list[str], list[str]]:
    """Writers no byline form named: what each guesser proposes, most trusted first, through the same filter.

    The guessers read names from where they stand with cues that hold across sites: hand-set weights, the
    line labeller, and the learned scorer calibrated on batches it was not trained on.  The first whose
    names survive the filter gives the writers, with its weak-guess warning.
    """
    def hand_scored() -> tuple[list[str], list[str]]:
        scored = authorcands.guess(article, title_line, facts.title)
        return (scored.names, [f"meta.authors is a guess (from the line '{scored.line[:60]}'): check it"]) \
            if scored else ([], [])

    def learned() -> tuple[list[str], list[str]]:
        return authorscore.writers(article, title_line, facts.title, facts.editors)

    for guesser, trusted in ((hand_scored, False), (cues.authors, False), (learned, True)):
        names, warned = guesser()
        # the learned scorer weighs a quoted source among its cues: its names count as credited
        if names := keep.writers(names, names if trusted else []):
            # a weak learned guess is withheld, named in the warning (authorscore.FIRM)
            return authorscore.withheld(names, warned) if trusted else (names, warned)
    return [], []


NO_TITLE = "no title line found: meta.title is the file name, replace it"


def read_metadata(article: Article) -> tuple[MetaFacts, list[str]]:
    """Metadata of ``article`` and warnings for anything missing or only guessed."""
    warnings: list[str] = []
    cues = LineCues.of(article)  # the learned line labeller: asked only where the rules find nothing or guess
    # where the rules found no title or guessed, a line the model is sure of
    picked, slugged = addressuse.titled(titlepick.under_crumbs(cues.title(titlepick.pick(article)), article), article,
                                        creditdeclared.page_address(article))
    facts = MetaFacts(title=picked.value if picked else article.source_path.stem, title_found=picked is not None)
    if picked is None:
        warnings.append(NO_TITLE)
    elif picked.weak and slugged:
        warnings.append(f"meta.title is a guess (the line '{picked.line[:80]}' spells the page's address): check it")
    elif picked.weak:
        warnings.append(f"meta.title is a guess (from the line '{picked.line[:80]}'): check it")
    creditdeclared.declared(article, facts)
    declared = list(facts.authors)  # the publisher's own metadata names its writers as it means them ("Trade Desk")
    if picked is not None and (split := authortitle.split_title(facts.title, article)):
        facts.title = split[0]  # "陈永杰 曹伟:从政府创新到…": the essay's authors lead its title
        _add(facts.authors, split[1])
    if picked is not None:
        # "Title | SITE English Archive 2005 -2017": an archive's site suffix with the years it covers
        undated = re.sub(r"\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$", "", facts.title)
        suffix = credits.site_suffix(facts.title) or (undated != facts.title and credits.site_suffix(undated)) \
            or zh_site_suffix(facts.title)
        story = " ".join(article.paragraphs[:2])
        suffix = suffix or domain_label(facts.title) \
            or echoed_suffix(facts.title, article.head + [b.text for b in article.blocks[:8]],
                             " ".join(p for p in article.paragraphs[:4] if len(p.split()) >= 25))
        if suffix and not speaker_suffix(facts.title, suffix[1], story):
            facts.title, facts.site = suffix
        facts.title = unwrapped(without_media_tag(facts.title))
    facts.site = facts.site or titleshapes.label_site(article.head)
    # a byline or reporter line between the title and the body is often read as a heading
    # "美国中文网记者:雾霾" heads a question in a body; a field line in the body has its date or more fields
    top_headings = [t for t in titlepick.top_lines(article) if len(t) <= 60 and (
        _FIELD.match(headlines.clean(t)) or len(_FIELD.findall(t)) != 1 or parse_date(t) is not None)]
    # the closing lines under a "Related posts" heading list other stories, whose "Source:" lines are theirs
    teased = next((i for i, line in enumerate(article.tail) if teaserheads.is_teaser_heading(line.strip())),
                  len(article.tail))
    _lines(facts, article.head + top_headings + article.tail[:teased])
    _lines(facts, article.tail[teased:], labels=False)
    facts.sources += outletissuers.stated_issuers(article.head, article.paragraphs, article.tail)
    facts.sources = outletleads_zh.with_story_credits(facts.sources, article.paragraphs, article.tail)
    facts.sources += bylines_en.outlet_under_byline(article.head + top_headings)
    facts.weak_sources += bylines_en.outlet_lines(article.head, picked.line if picked else None)
    _opening(facts, article)
    # "A, SAN, B and Dr C discuss …": the writers a standfirst introduces, the byline's among them
    # ("Written by: HTU": a byline naming only the outlet's initials does not keep the standfirst's writer out)
    if (introduced := authorstandfirst.contributors(article.paragraphs)) \
            and {a for a in facts.authors if credits.person_line(a)} <= set(introduced):
        _add(facts.authors, introduced)
    if not facts.authors and article.head:  # " date 2018-07-20 Jane Doe and Tom Lee": the stamp's line credits them
        _add(facts.authors, lonenames.after_stamp(article.head[0]))
    if not facts.authors and (box := authorstandfirst.outlet_writer_box(article.paragraphs)):
        facts.sources.append(box[0])  # "Legit.ng’s Pascal Oparada has reported on …": the outlet and the writer
        _add(facts.authors, [box[1]])
    if not facts.authors:  # "Jane Doe reports that …", "Jane Doe - Senior Staff Reporter", "Reporting by Jane Doe"
        _add(facts.authors, reportcredits.writers(article.head + top_headings, article.paragraphs))
    if not facts.authors and (signoff := reportcredits.broadcast_signoff(
            article.paragraphs[-3:] + article.tail[:2], article.text)):
        _add(facts.authors, [signoff[0]])  # "Crystal Hall Newschannel 6." closing a station's script
        facts.sources.append(signoff[1])
    signed = _closing(facts, article)
    credited = list(facts.authors)  # what a credit form named; what follows is a guess from a name's place
    if not facts.authors and picked is not None:
        under, listed = lonenames.under_title(article.head + top_headings, picked.line)
        _add(facts.authors, under)
        credited += under if listed else []
    elif not facts.authors and (lone := lonenames.over_story(article.head, article.paragraphs)):
        _add(facts.authors, lone)  # a name alone over the story of a page with no title ("Thukten Zangpo")
        warnings.append("meta.authors is a guess (a name alone over the story): check it")
    extra = creditlines.scan(article.head + top_headings, article.tail, [b.text for b in article.blocks],
                             picked.line if picked else None, bool(facts.authors))
    beside_title = extra.authors if extra.weak and not facts.authors else []
    _add(facts.authors, extra.authors)
    _add(facts.editors, extra.editors)
    facts.sources += extra.sources
    keep = WriterFilter(article, article.head + top_headings, declared)
    # a name guessed from its place that the page credits as an editor is theirs ("编辑:" over it)
    facts.authors = [a for a in facts.authors if a in credited or a not in facts.editors]
    facts.authors = keep.writers(facts.authors, credited)
    if signed and facts.authors:  # (a signer the filter takes out, a press officer, leaves nothing to check)
        warnings.append(f"meta.authors is a guess (from {signed}): check it")
    if kept := [n for n in beside_title if n in facts.authors]:  # warned only for a guess the filter kept
        warnings.append(f"meta.authors is a guess (a name beside the title: {', '.join(kept)}): check it")
    if not facts.authors:
        facts.authors, guessed_authors = _guessed_writers(article, picked.line if picked else None, facts, cues, keep)
        warnings += guessed_authors
    if speeches.is_speech(article):  # the speaker of a transcript is no author (README conventions)
        facts.authors, warnings[:] = [], [w for w in warnings if not w.startswith("meta.authors")]
    facts.authors = [bylinenames.courtesy_off(name) for name in facts.authors]
    declared_date = facts.date
    facts.date, dated = cues.date(*publication_date(article, picked, facts.date))
    if declared_date is None:  # a date the page's metadata declares stands
        facts.date = addressuse.dated(article, facts.date, facts.url)
    warnings += dated
    warnings += unguessed(facts, from_address(facts, article, decide_source(facts, article, cues)))
    if article.paragraphs and facts.outlet is None and (outlet := _OUTLET.search(article.paragraphs[-1])):
        name = outlet["name"].strip()
        # "(Copyright 2025 The Associated Press. All Rights Reserved.)" closing the story: its holder, not the notice
        facts.outlet = credits.copyright_holder(name) if re.match(r"(?i:copyright|©)", name) else name
    facts.language = _language(article)
    return facts, warnings


def strip_outlet(paragraph: str) -> str:
    """The last paragraph without its trailing ``(Outlet)`` credit, wire credits or exchange-rate note."""
    paragraph = bylines_en.CREDITS_PARENTHESIS.sub("", paragraph)
    return _OUTLET.sub("", _RATE_NOTE.sub("", paragraph)).strip()
