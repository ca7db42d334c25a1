"""The outlet that published a page, from the strongest evidence to the weakest.

A labelled source ("Source:", 来源) comes first; then the name beside a Chinese date line, a
dateline's agency ("BEIJING, March 20 (Xinhua) --", also after an abstract or a photo caption), an
agency credited at the end of a paragraph ("… economy. AFP"; not a photo caption's over the dateline lead,
:mod:`briefkit.extract.sourcehelpers`), the outlet of a reporter
line, a QR-code prompt ("扫描二维码访问中评社微信"), the name on a date line, a "first published
on" note, a credit glued to the last sentence, the title's site suffix and last a copyright notice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefkit.extract import (
    addressuse,
    agencies,
    bylines_en,
    bylines_zh,
    copyrights,
    credits,
    credits_zh,
    headlines,
    outletcredits,
    outletnotes,
    outletsigned,
    sourcehelpers,
    wires,
    zhcredits,
)
from briefkit.extract.datelinesource import INTERFACE, furniture_words, outlet_over_town, source_on_date_line
from briefkit.extract.noticeissuer_zh import notice_issuer
from briefkit.extract.notices import produced_by
from briefkit.extract.outletcands import Candidate, bracketed_source, clean_name, letters_paper
from briefkit.extract.outletscore import ACCEPT, best_outlet
from briefkit.extract.places import is_place
from briefkit.extract.sourcecaptions import picture_text
from briefkit.extract.sourcefirst import address_note_line, first_printer
from briefkit.extract.sourcereleases import byline_body, release_masthead
from briefkit.extract.speakers import REPORTING_VERBS
from briefkit.extract.wordcount import CJK
from briefkit.readers import Article


class SourcePick(NamedTuple):
    """The outlet picked, whether it is a guess, and whether the weighed candidate list chose it."""

    name: str | None
    guessed: bool
    scored: bool = False


def pick_source(sources: list[str], weak_sources: list[str], site: str | None, article: Article) -> SourcePick:
    """The outlet, strongest evidence first, and whether it is only a guess.

    ``sources`` are the labelled ones found on the page's lines (best first), ``weak_sources`` the outlets
    only a reporter line or a line of the page's furniture names, ``site`` the name in the title's suffix.
    A name that only the furniture, a QR prompt, a glued credit or a copyright notice gives is a guess: a
    notice may name the owner, a masthead line a sister paper.
    """
    # (a section alone, "科研处", drops out; a wire's staff credits and a journal's issue number come off)
    sources = [v for s in sources if (v := _chinese_value(outletcredits.credits_off(s)))]
    if site and (headline_speaker(site, article) or _photo_credited(site, article)):
        site = None
    if (strong := _stated_source(sources, site, article)) and (could_be_outlet(strong) or _styled_lower(strong,
                                                                                                      sources)):
        named = agencies.as_credited(_as_the_notice_spells(wires.credit(strong) or strong, article),
                                     " ".join(article.paragraphs[:8]))
        return SourcePick(named if CJK.search(named) else clean_name(named, recase=False) or named, False)
    if aside := outletnotes.wire_aside(article.paragraphs):
        return SourcePick(aside, True)  # (the scorer would count the lead's naming of the wire against it)
    # nothing states it: the ordered finders' guess joins every candidate the page offers, weighed as one list
    guessed = _guessed_source(weak_sources, article)
    # a release's issuer is its source though an institution's name is no outlet's; the finders' other guesses are
    # weighed as outlets
    cue = "release" if guessed and guessed == _release_issuer(article) else "chain"
    chain = [Candidate(clean_name(guessed), cue, "head")] if guessed and could_be_outlet(guessed) else []
    best = best_outlet(article, chain)
    if best is None or best[1] < ACCEPT or not could_be_outlet(best[0]):
        return SourcePick(None, True)
    return SourcePick(best[0], True, scored=not chain or best[0] != chain[0].name)


# (a headline's speaker in any tense: "CAPCOE says", "(CAPCOE) has suggested", "the union has urged")
_SAYS = r"\)?\s+(?:(?:has|have)\s+)?(?:also\s+)?(?:" + REPORTING_VERBS + r")\b"


def headline_speaker(site: str, article: Article) -> bool:
    """Whether a title's closing "— BSP" names the headline's speaker, not the site: the body has it speak
    ("the Bangko Sentral ng Pilipinas (BSP) said"). A site does not quote itself; a wire's name stays a credit."""
    if agencies.is_agency(site) or len(site) < 2:
        return False
    said = re.compile(r"(?<![\w.])" + re.escape(site) + _SAYS)
    return any(said.search(text) for text in article.paragraphs[:4])


def _photo_credited(site: str, article: Article) -> bool:
    """Whether a title's "| NAME" suffix closes a photo credit ("… on January 7. PHOTO | ISAAC WALE | NATION MEDIA
    GROUP"): a caption taken for the title credits the picture's agency or group, not the page's outlet."""
    return any(outletcredits.photo_credit_suffix(line) == site.strip()
               for line in [*article.head[:6], *(b.text for b in article.blocks[:4])])


def _chinese_value(value: str) -> str:
    """A Chinese source value as the outlet: the paper in 《》 ("人民网-《京华时报》"), a body without its
    section, the first of two listed ("新加坡眼、新加坡万事通"), nothing for a section alone ("科研处")."""
    if not CJK.search(value):
        return value
    # "新加坡眼、新加坡万事通": two outlets listed in one field, the first the one the story is credited to
    value = re.split(r"\s*[、，,;；]\s*", value.strip())[0] or value
    # "人民日报海外版2024-02-06": a date run into the name is the line's date, not part of the outlet
    value = re.sub(r"\s*(?:19|20)\d{2}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$",
                   "", value) or value
    return credits_zh.issuing_body(credits_zh.book_title(value)) or ""


def _as_the_notice_spells(name: str, article: Article) -> str:
    """"HealthDay News" in a dateline, "© 2021 HealthDay" closing the page: the publisher as its own notice
    names it, the service word ("News", "Service", "Wire") the dateline adds left off."""
    stem = re.sub(r"\s+(?:News|News\s+Service|Service|Wire)$", "", name)
    if stem == name:
        return name
    notices = [*article.tail[-4:], *article.paragraphs[-1:]]
    return stem if any(credits.copyright_holder(line) == stem for line in notices) else name


def could_be_outlet(name: str) -> bool:
    """Whether ``name`` can name an outlet: not an interface word, and in Latin script, capitalised
    somewhere or a domain ("emphasis added" in "From the study (emphasis added):" is a note, not a credit)."""
    bare = name.strip(" .:-|").lower()
    if bare in INTERFACE:
        return False
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", bare):
        return True  # a site named by its domain ("wowkorea.jp")
    return bool(CJK.search(name)) or any(c.isupper() for c in name) or any(c.isdigit() for c in name)


def _styled_lower(name: str, labelled: list[str]) -> bool:
    """Whether a labelled source is one word a site styles in lower case ("来源:macauhub"): a label's value is
    the page's own statement of its outlet, so its missing capital says nothing against it (a note such as
    "emphasis added" is two words, and a field's or the interface's word is none)."""
    return name in labelled and bool(re.fullmatch(r"[a-z][a-z0-9]{3,24}", name)) \
        and name not in INTERFACE and not furniture_words(name)


def _stated_source(sources: list[str], site: str | None, article: Article) -> str | None:
    """The outlet the page states: labelled, in a dateline or credit, a date line, a republishing note, a suffix."""
    labelled = [s for s in sources if not looks_like_id(s)]
    if labelled and CJK.search(labelled[0]):
        # a spam wrapper's "来源" names an account ("彩神882024-03-06"); the real outlet's name ends like one,
        # and without one the story's own dateline ("新华社北京1月11日电") says more than the wrapper's label
        if good := next((s for s in labelled if good_zh_source(s)), None):
            return good
        if sourcehelpers.institution_zh(labelled[0]):
            return labelled[0]  # "来源:中商产业研究院": a body's full name is no wrapper's account, and it stands
        return _unlabelled(article, site) or labelled[0]
    if labelled:
        # "… Minister Source Hueiyen News Service" closing the story credits it; a later "Original news source:
        # http://…" gives only the address the portal copied from, so the credit wins over that host
        run_in = outletcredits.run_in_source(article.paragraphs[-2:])
        return run_in if run_in and credits.is_domain(labelled[0]) else labelled[0]
    return _unlabelled(article, site) or _last_resort(article)


def _uncaptioned(paragraphs: list[str]) -> list[str]:
    """The first two paragraphs, less a photo caption over the story's dateline lead, whose closing agency
    ("… the economy. AFP") credits the picture (:func:`sourcehelpers.caption_credit`), and less an image's alt text
    ("News imageBBC … has short fair hair.BBC", :func:`sourcecaptions.picture_text`)."""
    return [p for i, p in enumerate(paragraphs[:2]) if not picture_text(p)
            and (i + 1 >= len(paragraphs) or not sourcehelpers.caption_credit(p, paragraphs[i + 1]))]


def _last_resort(article: Article) -> str | None:
    """Where nothing credits the story and no title names the site: a source label closing the story inside the
    page ("资料来源:外交部驻港公署" before a repeat of the story), the listed agency the story's speaker told
    ("… told the News Agency of Nigeria", "对新华社记者表示"), a Chinese portal's "site - section" line
    ("香港政府新聞網 - 新聞速遞") or its breadcrumb ("您现在的位置:海峡网>新闻中心")."""
    closing = outletnotes.closing_label([b.text for b in article.blocks], article.paragraphs)
    return (_chinese_value(closing) if closing else None) or wires.told_agency(article.paragraphs[:8]) \
        or zhcredits.site_section(article.head, article.tail) or zhcredits.breadcrumb_site(article.head[:4]) \
        or notice_issuer([*article.head[:12], *(b.text for b in article.blocks[:20])])  # "X人民政府关于…的通知"


def _unlabelled(article: Article, site: str | None) -> str | None:
    """The outlet a page names without a label: a date line, a dateline, a closing credit, a note, a suffix."""
    on_date = next((s for line in article.head if (s := source_on_date_line(line))), None) \
        or next((s for line in [*article.head[:2], *article.paragraphs[:1]] if (s := outlet_over_town(line))), None)
    if on_date and CJK.search(on_date):
        return on_date  # a Chinese portal's credit beside its date ("大华网-汕头都市报") names its 来源, unlabelled
    # "This article was reprinted from kaiserhealthnews.org with permission …" closing the page: who made this very
    # text, before the outlet its lead says it sums up (", AlertNet reports.")
    ending = [*article.tail, *article.paragraphs[-2:]]
    if note := next((s for text in ending if (s := credits.republished(text))), None):
        return _spelt(note, ending)
    for paragraph in article.paragraphs[:2]:
        if credits.recurring_tag(paragraph, article.paragraphs):
            continue  # "SFC: …" opening item after item: a list's label, no outlet's
        paragraph = run_in[2] if (run_in := bylines_en.glued_byline(paragraph)) else paragraph  # its dateline next
        if agency := wires.credit(headlines.dateline_source(paragraph)) or headlines.issued_by(paragraph) \
                or bylines_zh.lead_outlet(paragraph) or bylines_zh.note_outlet(paragraph) or wires.lead_tag(paragraph) \
                or wires.lead_reporter(paragraph) or outletsigned.host_lead(paragraph):
            return agency
    if split := wires.split_tag(article.head[-3:], article.paragraphs[0] if article.paragraphs else ""):
        return split  # "BAKU, Azerbaijan, May 4" over "Trend:": a dateline's tag the copy set on a line of its own
    # "东北网7月25日讯", "中国经济网编者按", "(本文首发于…《南方周末》)": a Chinese story's own credit
    if zh_credit := zhcredits.story_credit(article):
        return zh_credit
    # "IANS | Kuala Lumpur" on a short line of its own over a wire repost: the agency, before any masthead
    if tagged := next((t for text in [*article.head, *(b.text for b in article.blocks[:6])]
                       if (t := wires.tag_line(text))), None):
        return tagged
    # an abstract and a photo caption may stand before the dateline: a dateline is one wherever it opens
    if agency := next((a for p in article.paragraphs[2:6]
                       if (a := wires.credit(headlines.dateline_agency(p)) or wires.lead_tag(p))), None):
        return agency
    if tag := next((t for p in article.paragraphs[:2] if (t := wires.opening_tag(p) or wires.caps_tag(p, article.head))
                    and not is_place(t)), None):
        return tag  # "(Inside Costa Rica) - The …": a site's own tag where a wire's would stand ("(Kabul) -" a town)
    # "[Source – Lakeview Radio]": a line in brackets crediting the story, wherever the copy set it (a heading too)
    if bracketed := next((s for text in [*article.tail, *(b.text for b in article.blocks)]
                          if (s := bracketed_source(text))), None):
        return bracketed
    ends = [*_uncaptioned(article.paragraphs), *article.paragraphs[-2:], *article.tail[:3]]
    if closing := next((a for text in ends if (a := credits.closing_agency(text) or wires.closing_credit(text))), None):
        return closing
    # the story's last line signing off ("… at mid year.-VNA", "WN/as/APA", "– SAnews.gov.za"), wherever the copy
    # put it: the last paragraph or the last lines after it
    last = [*article.paragraphs[-1:], *article.tail[-3:]]
    if signed := next((a for text in last if (a := wires.closing_signoff(text))), None):
        return signed
    # the site's own brand signing off ("–Lakeviewonline") or given as the byline ("By: lakeviewpost.com/Ghana")
    if signed := outletsigned.dash_signoff([*article.paragraphs[-2:], *article.tail[-4:]]) \
            or outletsigned.host_byline([*article.head, *(b.text for b in article.blocks), *article.tail]):
        return signed
    if below := outletnotes.wire_below(article.paragraphs):
        return below
    if closing := next((m["name"] for text in article.paragraphs[-2:] if (m := _ZH_CLOSING.search(text))), None):
        return closing
    if tagged := outletnotes.closing_tag(article.paragraphs):
        return tagged  # "… on Friday. (Radio Vanuatu)": a bracketed credit closing a paragraph of the story
    # a blog or radio item passing on another outlet's story: "Duluth News Tribune reports" under the title,
    # "Jane Doe is reporting in the Register-Star …", "Read the full story in the Register-Star."
    if passed := outletnotes.reported_outlet([*article.head, *article.paragraphs[:2], *article.tail[:3],
                                              *article.paragraphs[-1:]]) \
            or next((r[1] for p in article.paragraphs[:1] if (r := outletnotes.reporter_in(p))), None) \
            or outletnotes.pointer_outlet([*article.paragraphs[-2:], *article.tail[:3]]) \
            or outletnotes.pointer_line([*article.head[:8], *_short_blocks(article)]):
        return passed  # ("Read more: X" on a line of its own over the story too: an aggregator's pointer)
    if paper := next((s for text in [*article.paragraphs[-4:], *article.tail] if (s := letters_paper(text))), None):
        return paper  # "The Lakeview Herald welcomes letters …" under a letter: the paper's letters page
    top = [*article.head, *(b.text for b in article.blocks[:8])]
    if issuer := outletnotes.named_release(top):
        return issuer  # "World Vision Press Release" over the story: its label states who issued it
    if issuer := release_masthead(top):
        return issuer  # "Lakeland Reserve Bank" over "Press release": the institution's own press room names it
    if issuer := byline_body(top):
        return issuer  # "By: Jane Doe" over "Lakeland Information Services": the writer's issuing body
    if credit := outletcredits.own_line_credit(article):
        return credit
    if on_date:
        return on_date
    # "This article was originally published on The Conversation", closing the page or opening it
    notes = [*article.tail, *article.paragraphs[-2:], *article.paragraphs[:1]]
    if note := next((s for text in notes if (s := first_printer(text))), None) \
            or address_note_line([b.text for b in article.blocks]):
        return _spelt(note, notes)
    if note := next((s for text in article.paragraphs if (s := produced_by(text))), None):
        return note  # "This article was produced by IRIN News while …" under a short story, before the appeals
    # "本文原刊於《華爾街日報》,端傳媒獲授權轉載" under a standfirst and captions: this article's first printing
    if note := next((s for text in article.paragraphs[:6] if (s := credits.republished_zh(text, True))), None):
        return note
    return site or _title_tag_site(article)


def _short_blocks(article: Article) -> list[str]:
    """The page's first dozen blocks of a line's length, where a pointer or a sign-off stands on its own."""
    return [b.text for b in article.blocks[:12] if len(b.text) <= 120]


_TITLE_AND_HEADLINE = re.compile(r"^(?P<title>.{12,}?)\s+[|｜]\s+(?P<site>[A-Z][^|｜]{1,40}?)\s+(?P=title)$")


def _title_tag_site(article: Article) -> str | None:
    """"WWF reaction to the report | WWF" over "WWF reaction to the report": a page's <title> pasted above its
    headline names the site in its suffix, the headline repeated below confirming it is the title element."""
    lines = [*article.head[:4], *(b.text for b in article.blocks[:3])]
    if joined := next((m for line in lines[:2] if (m := _TITLE_AND_HEADLINE.match(line.strip()))), None):
        return joined["site"]  # the two run together on one line by a copy that joins short lines
    if slogan := next((s for line in lines[:1] if (s := credits.slogan_suffix(line))), None):
        return slogan[1]  # "Title | Ridgeway Chronicle | Local news that matters": a site's name before its slogan
    for i, line in enumerate(lines):
        if (suffix := credits.site_suffix(line.strip())) and any(
                other.strip() == suffix[0] for other in lines[i + 1:]):
            return suffix[1]
    return None


def _spelt(note: str, texts: list[str]) -> str:
    """A note's outlet as the page spells it: "kaiserhealthnews.org" → "Kaiser Health News" where the note's
    paragraphs write the name (a host the page never spells out stays a host)."""
    if " " in note or "." not in note:
        return note
    return addressuse.spelt_host(note, texts) or note


def first_printing(article: Article) -> str | None:
    """The outlet a note says the story first ran in ("This post originally appeared on Grist."): stronger
    than the reposting site's own declared name, which names only where the copy now sits."""
    notes = [*article.tail, *article.paragraphs[-2:], *article.paragraphs[:3]]
    return next((s for text in notes if (s := credits.republished(text))), None)


def _release_issuer(article: Article) -> str | None:
    """The body a page labelled as a release says issued it (its lead: "released today by the … Bureau")."""
    return outletnotes.release_issuer([*article.head, *(b.text for b in article.blocks[:8])],
                                      [p for p in article.paragraphs[:6] if len(p.split()) > 12])


def _guessed_source(weak_sources: list[str], article: Article) -> str | None:
    """An outlet only the page's furniture names: a reporter line, a masthead, a QR prompt, a notice."""
    # (a ministry's own newsroom line, "MOH News", is the body's section: its page names no outlet)
    opening = " ".join(article.paragraphs[:6])
    weak_sources = [s for s in weak_sources if not sourcehelpers.own_newsroom(s, opening)]
    if weak_sources:
        return weak_sources[0]
    if prompted := next((n for line in article.head[:6] for n in headlines.qr_outlets(line)), None):
        return prompted
    # (an image's alt text glues its picture's credit on, "… short fair hair.BBC": the photograph's, not the page's)
    if glued := next((s for text in article.paragraphs if not picture_text(text)
                      and (s := credits.glued_credit(text))), None):
        return glued
    if issuer := _release_issuer(article):
        return issuer  # a statistics office's or ministry's release: the body its lead says issued it
    if quoted := next((s for text in article.paragraphs[:1] if (s := outletnotes.lead_report(text))), None):
        return quoted  # "The Valley Times reports that …" opening an aggregator's lead
    if logo := next((m["name"] for line in article.head[:4] if (m := _LOGO.match(line.strip()))), None):
        return logo  # "ADVFN Logo ADVFN", "NPR logo <title>": the site's logo, by its alt text
    # a notice closing the page, or run into its first line ("date 2018-02-14 © 2022 90.7 WMFE. All Rights …")
    # (a pager or a share bar may close the page under the notice: "©Project Syndicate" over "First « 1 2 » Next")
    notices = [*article.tail, *article.paragraphs[-3:][::-1], *(headlines.unstamped(line) for line in article.head[:3])]
    if holder := next((s for line in notices if (s := copyrights.notice_holder(line))), None):
        return holder
    # a masthead closing the page ("The Valley Times" over its street address)
    if masthead := next((s for line in article.tail[:6] if (s := credits.outlet_line(line))), None):
        return masthead
    if site := next((s for line in [*article.head, *article.tail] if (s := _site_line(line))), None):
        return site
    ends = [*article.tail, *article.paragraphs[-3:], *article.head]
    return outletnotes.furniture_outlet(ends) or outletnotes.email_outlet(ends)


# "…维持高位运行。(云南信息报)": the paper a Chinese story closes by crediting
# (an outlet's app is the outlet: "(央视新闻客户端)")
_ZH_CLOSING = re.compile(r"[。！？”][(（](?P<name>[\u3400-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|报|報|网|網|社|台|"
                         r"新闻|新聞)(?:客户端|客戶端)?)[)）]\s*[|｜]?\s*$")
_LOGO = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+[Ll]ogo\b")
_SITE_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>(?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?(?:\s+(?P<rest>.*))?$",
                        re.IGNORECASE)


def _site_line(line: str) -> str | None:
    """A line that is the page's address, alone or with its date ("http://www.example.com 2017-03-21"):
    the agency the domain stands for, or the site itself."""
    match = _SITE_LINE.match(line.strip())
    if not match or (match["rest"] and re.search(r"[A-Za-z\u3400-\u9fff]{3,}", match["rest"])):
        return None
    host = match["host"]
    if host.lower().removeprefix("www.") in _LINK_HUBS or _FILE_NAME.search(host):
        return None  # (a banner's file name, "grow-website-banner-2014.jpg", is no address)
    # the address as the page writes it ("www.CentralBankNews.info" gives CentralBankNews.info): its capitals are
    # how the site spells its own name
    return credits.outlet_of_domain(host, []) or re.sub(r"^(?i:www\.)", "", host)


_FILE_NAME = re.compile(r"\.(?i:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|mp[34]|mov|zip|html?|php)$")
# Link-in-bio pages and link shorteners: a link to one (spam pasted over a story) names a profile, never the outlet
_LINK_HUBS = frozenset({"bio.site", "linktr.ee", "lnk.bio", "beacons.ai", "bit.ly", "t.co", "tinyurl.com", "goo.gl",
                        "ow.ly", "cutt.ly", "s.id", "heylink.me", "linkr.bio"})


# "Image source: Getty Images", "Photo source: Xinhua", "图片来源：视觉中国", "图表来源:…": where a picture or a chart
# came from, not the page
_PICTURE_SOURCE = re.compile(r"(?:\b(?:image|photo|picture|pic|video|graphic|chart|map)\s*(?:source|credit)s?|"
                             r"(?:图片|圖片|照片|题图|題圖|视频|視頻|配图|配圖|图表|圖表)\s*(?:来源|來源|来自|來自))\s*[:：]",
                             re.IGNORECASE)


def is_picture_source(line: str) -> bool:
    """A source label that credits a picture, chart or video ("图片来源：视觉中国"), never the page's outlet."""
    return bool(_PICTURE_SOURCE.search(line))


def good_zh_source(value: str) -> bool:
    """A Chinese ``来源`` value that names an outlet, not a feed code ("sp20241101") or a stray account."""
    return bool(headlines.MEDIA_ZH.search(value)) and not re.search(r"\d{4,}", value)


def looks_like_id(value: str) -> bool:
    """A source value that is a code ("sp20241101"), not a name."""
    return bool(re.fullmatch(r"[A-Za-z]{0,4}\d{4,}\w*", value.strip()))
