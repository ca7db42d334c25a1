"""Which head line is the title: the layout's pick, a labelled title, the headings over the story.

Split from metadata.py, which reads the other head fields; this module chooses among the lines
:func:`briefkit.extract.headlines.pick_title` scores, the page's first blocks and a labelled field.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefkit.extract import (
    authorcues,
    bylines_en,
    bylines_zh,
    creditlines,
    credits,
    headlines,
    lonenames,
    noticefields_zh,
    outletcands,
    titleprose,
    titleshapes,
)
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import FIELD as _FIELD
from briefkit.extract.headclean import BULLET
from briefkit.extract.pagedates import field_date_line
from briefkit.extract.runins import run_in_title
from briefkit.extract.titlechecks import byline_head, opens_on_addressees, stray
from briefkit.extract.titlefurniture import title_field
from briefkit.extract.titlescore import shares_subject
from briefkit.extract.topblocks import one_short_sentence, repeated_block
from briefkit.extract.wordcount import word_count
from briefkit.readers import Article

FROM = re.compile(r"^From\s*:\s*(?P<name>[A-Z][^|:]{2,80})$")
"""An issuer's "From: Ministry of Finance" line: a field, never the title."""
# "From Department of Public Expenditure and Reform": a government page's issuer over its speech or statement
# (no colon, so no field either); a headline opening on "From" ("From farm to fork: …") names no body
_FROM_BODY = re.compile(r"^From\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Department|Office|Agency|Bureau|"
                        r"Commission|Council|Secretariat|Directorate|Authority)\b[^:!?]{0,80}$")
_NOT_TITLE = re.compile(r"^(?:for\s+immediate\s+release|(?:joint\s+)?(?:press|news|media)\s+(?:release|statement)|"
                        r"media\s+advisory|statement|check\s+against\s+delivery|"  # a speech's caution
                        r"communiqué(?:\s+de\s+presse)?|breaking(?:\s+news)?|exclusive|update\s*\d*|"
                        r"live\s+(?:coverage|updates|blog)|as\s+it\s+happened)[:.!]*"
                        # "Press Release SG/SM/1234", "News Release No. 21-034": the label with its number
                        r"(?:\s+(?:no\.?\s*)?[A-Z0-9][\w/.-]*\d[\w/.-]*)?$",
                        re.IGNORECASE)

# "World Vision Press Release", "Ministry of Health Media Statement": an issuer's name and the kind of its
# paper, a label over the release, not its headline
_ISSUER_LABEL = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+(?:(?:of|for|and|the)\s+)?){1,6}"
                           r"(?i:press|news|media)\s+(?i:release|statement|advisory)s?$")

# "Financial Highlights:", "Key points:": a list's heading, whose next line is the list's first item, not a headline
# (a label for the title itself, "Title:" or "标题：", is a field the title reader takes apart)
_LIST_HEAD = re.compile(r"^(?!(?i:title|headline|subject|re)\s*[:：])(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*:$")


_PUBLISHED = re.compile(r"\b(?:published|posted|updated|released|issued|first\s+published)\b", re.IGNORECASE)
_TURN = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s*:\s+[A-Z\"“]")


def pick(article: Article) -> headlines.Pick | None:
    """The title line of ``article``: declared, picked by layout, or labelled where the layout only guessed."""
    if article.title:
        title = " ".join(article.title.split())
        return headlines.Pick(title, title)
    labelled = _title_field(article)
    if opens_on_addressees(article):
        return labelled  # a notice's copy opening on its addressees printed no title over them
    picked = _title_by_layout(article)
    if labelled is not None and (picked is None or picked.weak or _above_field(picked, labelled, article)):
        return labelled  # "中国经济网" / "原标题:<title>": a labelled title beats a guess
    return picked


def under_crumbs(picked: headlines.Pick | None, article: Article) -> headlines.Pick | None:
    """The headline alone where the picked line is it run on from the page's trail ("Finance Federal Budget Budget
    2018: Surplus brought forward …" over "Budget 2018: Surplus brought forward …"): a copied page prints the section
    links before the headline, and the headline again alone below them.  The last word on the title: a pick that
    reads as prose or as a body's name (:mod:`briefkit.extract.titleprose`) is none, and a headline the page broke
    over two lines is joined (:func:`titleprose_checked`)."""
    return titleprose_checked(_without_trail(picked, article), article)


def titleprose_checked(picked: headlines.Pick | None, article: Article) -> headlines.Pick | None:
    """``picked``, or None where it reads as a story's sentence, a body's or an office's name or a tool row (a page
    with no headline: the draft says so rather than print a wrong one); joined with the line under it where that
    line goes on with the headline in lower case ("Approval received to proceed" / "with Affordable Housing
    Agreement").  A title the page declares or labels ("Title: …") stands as it is."""
    if picked is None or article.title or title_field(headlines.clean(picked.line)) is not None:
        return picked
    if titleprose.not_a_title(picked.value) or _cut_lede(picked.value, article):
        return None
    top = [*article.head, *(b.text for b in article.blocks[:6])]
    headings = {*article.head, *(b.text for b in article.blocks[:6] if b.is_heading)}
    at = top.index(picked.line) if picked.line in top else -1
    if at > 0 and _LIST_HEAD.match(headlines.clean(top[at - 1])) and f"{top[at - 1]}\n{picked.line}" in article.text:
        return None  # "Financial Highlights:" right over it: the first item of a list; the page printed no headline
    after = " ".join(top[at + 1].split()) if 0 <= at < len(top) - 1 else ""
    # the line goes on in words: a template's field ("article_Author", "items.[0].image.alt") or a picture's file
    # name ("saaa.jpg") under a headline is no part of it
    if after in headings and _WORDS_GOING_ON.match(after) and picked.value.endswith(picked.line.strip()[-8:]):
        joined = titleshapes.with_wrapped(picked.value, after)
        if joined != picked.value:
            return headlines.Pick(joined, picked.line, weak=picked.weak)
    return picked


_CUT_WORDS = frozenset({"to", "the", "a", "an", "of", "and", "or", "in", "for", "with", "on", "at", "by", "their",
                        "its", "his", "her", "that", "which", "as", "from"})


def _cut_lede(value: str, article: Article) -> bool:
    """The lede's opening cut short and printed over it ("On April 11, various ministries released …, outlining
    their plans to" over the whole paragraph): a teaser of the story, no headline."""
    text = " ".join(value.split())
    # (cut inside its clause: a headline the lede opens on word for word ends where a headline does)
    if len(text.split()) < 8 or not (text.endswith(",") or text.split()[-1].lower() in _CUT_WORDS):
        return False
    return any(
        (p := " ".join(paragraph.split())).startswith(text) and len(p) > len(text) + 10
        for paragraph in article.paragraphs[:2])


def _without_trail(picked: headlines.Pick | None, article: Article) -> headlines.Pick | None:
    """The headline alone where the picked line is it run on from the page's trail (see :func:`under_crumbs`)."""
    if picked is None:
        return None
    whole = " ".join(picked.value.split())
    for block in [*article.head, *(b.text for b in article.blocks[:6])]:
        line = " ".join(block.split())
        trail = whole[:-len(line)].rstrip()
        # the trail's links are words ("Finance Federal Budget"), not a headline's first clause ("…INCOME;") nor
        # an issuer's name before its colon; the headline opens on a capital, not a broken headline's second line
        # ("Home > Winedr Blog > <headline>": a trail whose links the copy kept their marks between)
        if line != whole and _run_on(whole, line) and len(line.split()) >= _CRUMBED_WORDS \
                and (trail[-1:].isalnum() or trail[-1:] in ">›»") and not line[:1].islower():
            return headlines.Pick(line, block, weak=picked.weak)
    return picked


def _run_on(whole: str, line: str) -> bool:
    """``whole`` is ``line`` after a trail: with a space between, or glued on where a link in lower case meets a
    headline set in capitals ("LGU and GovernancePHILIPPINE GOVERNMENT DISTRIBUTES …")."""
    if not whole.endswith(line) or len(whole) <= len(line):
        return False
    before = whole[-len(line) - 1]
    return before == " " or (before.islower() and line.split()[0].isupper() and len(line.split()[0]) > 1)


_CRUMBED_WORDS = 4
"""Words a headline has at least to be told from a trail's last link ("Budget" alone is a link, not the title)."""
_WORDS_GOING_ON = re.compile(r"^[a-z][a-z'’-]*(?:\s+[A-Za-z0-9$%&'’,-]+)+$")
"""A headline's second line: words, the first in lower case, and no template field or file name among them."""


def _above_field(picked: headlines.Pick, labelled: headlines.Pick, article: Article) -> bool:
    """The layout's pick stands above a labelled title field ("MacauBBS 澳門最具影響力的網絡社區" over "標題: <title>"):
    a masthead or a site's slogan, since a page that labels its title field prints no headline over it.  A repost's
    "原标题:" is no such field: it gives the title the story had before, under the page's own headline."""
    top = article.head + [b.text for b in article.blocks[:6]]
    if picked.line not in top or labelled.line not in top or labelled.value in picked.value \
            or re.match(r"\s*原[标標]", labelled.line):
        return False
    return top.index(picked.line) < top.index(labelled.line)


def _title_by_layout(article: Article) -> headlines.Pick | None:
    """The title the page's layout gives: the head's pick, then the first blocks' forms, then their headings."""
    echoes = [b.text for b in article.blocks[:4] if b.is_heading]
    # without head lines, or with only furniture there ("Skip to main content"), the first paragraph may be it
    picked = _pick_among(article.head, article.paragraphs[0] if article.paragraphs else None, echoes,
                         " ".join(article.paragraphs[:2]))
    if picked is None and article.paragraphs and (run_in := run_in_title(article.paragraphs[0])):
        return headlines.Pick(run_in[0], article.paragraphs[0], weak=True)  # "<title> 新华网北京12月28日电 …"
    # "<title> <title>": the copy ran it twice; a tag line under the first block ("renewable energy suppliers") is
    # passed over, so what follows the headline is the story's opening
    blocks = article.blocks[:1] + [b for b in article.blocks[1:4] if not headlines.tag_line(b.text)]
    texts = [titleshapes.undoubled(b.text) for b in blocks[:3]]
    dated = len(texts) > 1 and (headlines.is_date_line(texts[1]) or field_date_line(texts[1])
                                or bool(bylines_en.BYLINE.match(texts[1])) or _signed(texts[1]))
    if picked is not None and picked.line in texts[:1] and dated:
        return picked  # the first block, then its date or "發佈時間: … | 來源: …" line: the title over its date
    # "Port volumes climb." over its date line, or over a transcript's first turn ("Meng Wei: Yesterday, …")
    # a headline asking or exclaiming ("Will rates rise again?") over a long first paragraph reads as prose
    asked = len(texts) > 1 and texts[0].rstrip("”\"’'").endswith(("?", "!")) and len(texts[0].split()) <= 15 \
        and len(texts[1].split()) >= 30
    # under head lines that are all furniture ("LETTERS TO THE EDITOR") a first block closed by its full stop is a
    # summary's sentence ("On Thursday, the legislature approved …"), one asking or unpunctuated a headline
    plain = bool(texts) and not texts[0].rstrip("”\"’'").endswith(".")
    turn = len(texts) > 1 and bool(_TURN.match(texts[1]))
    tagged = len(blocks) < len(article.blocks[:4])  # tags under the first block: a headline's furniture
    if picked is None and (not article.head or plain) and (dated or asked or turn or tagged) and (
            one_short_sentence(texts[0]) or (not article.head and _stamped_pair(texts))):
        return headlines.Pick(texts[0], article.blocks[0].text, weak=True)
    if picked is None and not article.head and len(texts) > 1 and _restated(texts[0], texts[1]):
        return headlines.Pick(texts[0], article.blocks[0].text, weak=True)
    if picked is None and not article.head and _over_key_points([b.text for b in article.blocks[:3]]):
        return headlines.Pick(article.blocks[0].text.strip(), article.blocks[0].text, weak=True)
    if (picked is None or picked.line not in article.head) and (repeated := repeated_block(article)):
        return headlines.Pick(repeated, repeated)  # a forum or portal prints its headline twice at the top
    body = " ".join(article.paragraphs[:2])
    if (picked is None or picked.line not in article.head or stray(picked, article, body)) \
            and not byline_head(article.head):
        # a site's slogan read as the first paragraph leaves the title among the short lines after it
        top = _headings_over_story(article)
        if (among := _pick_among(top, None, [], body)) is not None:
            return headlines.Pick(among.value, among.line, weak=True)
    elif picked is not None and (among := _masthead_over(picked, article, body)) is not None:
        return among
    return picked or _over_its_opening(article, body) or _under_the_story(article, body)


def _under_the_story(article: Article, body: str) -> headlines.Pick | None:
    """A page with no head whose copy printed the headline last, alone under the story ("<lede>" / … /
    "Bank of Uganda Lowers Central Borrowing Rate"): a title-cased line about what the story says, after a
    paragraph of it.  A teaser for another story stands among others, or is about something else; a labelled
    line ("Attribution: Central Bank of Chile") is a credit."""
    texts = [b.text for b in article.blocks] + article.tail
    if article.head or len(texts) < 2 or len(article.blocks) > 12 or word_count(texts[-2]) < 12:
        return None
    last = texts[-1].strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", last) if len(w) >= 4]
    if not 4 <= word_count(last) <= 15 or re.search(r"[.!?,;]$|[:：]", last) or not words \
            or sum(w[0].isupper() for w in words) < 0.8 * len(words) or not shares_subject(last, body):
        return None
    among = _pick_among([last], None, [], body)
    return headlines.Pick(among.value, texts[-1], weak=True) if among is not None else None


def _over_its_opening(article: Article, body: str) -> headlines.Pick | None:
    """Where no head line is a title, the block right over the story's dateline paragraph ("<headline>" /
    "FREETOWN, 29 February 2008 - …"), or the one line over a publishing stamp ("<headline>" / "FE Team | Published: …",
    on some copies printed under a short story): what a headline stands next to marks it, wherever the copy put it.

    A bare date under a headline-shaped line, or stamps under more than one, mark a list of other stories."""
    # (a short page's copy may put its headline and date line under the story, among the closing lines)
    texts = [b.text for b in article.blocks[:16]] + (article.tail[:6] if len(article.blocks) <= 16 else [])
    # (a line with its own date stamp is a link to another story: "2014-05-21Foreign trade recovery seen …")
    pairs = [(first, after) for first, after in pairwise(texts) if one_short_sentence(first) and not parse_date(first)
             and not first.rstrip("”\"’'").endswith((".", "。")) and not titleshapes.opens_on_dateline(first)]
    # a publishing stamp ("FE Team | Published: …"), not a bare date: a list of other stories dates its teasers
    def stamped(line: str) -> bool:
        return field_date_line(line) or (headlines.is_date_line(line) and bool(_PUBLISHED.search(line)))
    dated = [first for first, after in pairs if stamped(after)]
    # "<headline>" / "<its standfirst, one sentence closed by its full stop>" / "Jun 04, 2025, updated Jun 04, 2025":
    # the standfirst stands between the headline and its stamp
    decked = [first for first, deck, after in zip(texts, texts[1:], texts[2:], strict=False)
              if (first, deck) in pairs and stamped(after) and _deck(deck, first)]
    for first, after in pairs:
        if (titleshapes.opens_on_dateline(after) or dated == [first] or (not dated and decked == [first])) \
                and (among := _pick_among([first], None, [], body)) is not None:
            return headlines.Pick(among.value, first, weak=True)
    return None


def _restated(first: str, lead: str) -> bool:
    """"President Ruto commissions Kericho Water Supply project." over "Amidst Wednesday demonstrations, President
    Ruto commissions Kericho Water Supply project.": a short first block the lead under it restates whole, with
    more before or after it, is the headline the lead was written from (a lead's own sentence is not repeated)."""
    core = first.strip().rstrip(".")
    return one_short_sentence(first) and len(core.split()) >= 5 and len(lead.split()) > len(core.split()) \
        and core.lower() in lead.lower()


def _over_key_points(texts: list[str]) -> bool:
    """The page opens on a long headline over a bulleted list of the story's key points ("Treasurer to hand out
    $24.5 BILLION … - with one-third of the spending to go on …" / "• Treasurer … has made moves …" / "• …"): a
    headline of up to 45 words, as some papers write them, unpunctuated, with no sentence break inside."""
    if len(texts) < 3 or not all(BULLET.match(t) and not BULLET.match(texts[0]) for t in texts[1:3]):
        return False
    first = texts[0].strip()
    return 8 <= word_count(first) <= 45 and not re.search(r"[.!?。！？:：,，;；][\"”’']?$|[.!?。！？]\s+\S", first)


def _stamped_pair(texts: list[str]) -> bool:
    """The page's first block is a blog's headline of two short sentences ("It wasn't X. It was Y.") right over
    its publishing stamp ("Published: January 6, 2017"): no lede is that short and stamped under."""
    return len(texts) > 1 and bool(_PUBLISHED.search(texts[1])) and headlines.is_date_line(texts[1]) \
        and 4 <= len(texts[0].split()) <= 25 and len(re.findall(r"[.!?]\s+\S", texts[0].strip())) == 1


def _deck(line: str, headline: str) -> bool:
    """``line`` reads as the standfirst under ``headline``: one sentence closed by its full stop, longer than it."""
    return line.rstrip("”\"’'").endswith(".") and len(headline.split()) < len(line.split()) <= 45 \
        and not re.search(r"[.!?]\s+[A-Z\"“]", line.strip()[:-1])


def _signed(line: str) -> bool:
    """A letter's or a column's signature line: a person's name, then a town ("Bart Frisk, Swisher")."""
    name, _, town = line.strip().partition(",")
    return bool(town.strip()) and len(town.split()) <= 3 and town.strip()[:1].isupper() \
        and credits.person_line(name.strip()) is not None


def _masthead_over(picked: headlines.Pick, article: Article, body: str) -> headlines.Pick | None:
    """The heading over the story where the head's only line is a masthead: a blog's or a site's name ("A Change
    of Guard") about nothing the story says, while a heading over the story is about it."""
    if len(article.head) > 1 or shares_subject(picked.value, body):
        return None
    among = _pick_among(_headings_over_story(article), None, [], body)
    if among is None or among.value == picked.value or not shares_subject(among.value, body):
        return None
    return headlines.Pick(among.value, among.line, weak=True)


def _title_field(article: Article) -> headlines.Pick | None:
    """The title a labelled field at the top gives ("原标题:…", "标  题:…", "Headline: …"), or a government
    notice table's 名称 row."""
    top = article.head + [b.text for b in article.blocks[:6]]
    if (named := noticefields_zh.title(top)) is not None:
        return headlines.Pick(named, next(line for line in top if named in line))
    for line in top:
        if (title := title_field(headlines.clean(line))) is not None:
            return headlines.Pick(title, line)
    return None


def _headings_over_story(article: Article) -> list[str]:
    """The top lines that may head the whole story: those before its second paragraph, or over a date or
    field line ("<title>" / "March 21, 2023"); a subheading further down heads a part of the story."""
    texts = [b.text for b in article.blocks[:14]]
    # a paywall's prompt ("Please register to access this content.") is no paragraph of the story
    told = [not b.is_heading and not is_boilerplate(b.text) for b in article.blocks[:14]]
    # a block printed twice in a row is a picture's alt text and its caption over the headline, not two paragraphs
    told = [t and not (k and texts[k] == texts[k - 1]) for k, t in enumerate(told)]
    second = next((i for i in range(1, len(told)) if told[i] and any(told[:i])), len(texts))
    def dating(text: str) -> bool:
        return headlines.is_date_line(text) or bool(_FIELD.match(headlines.clean(text))) or field_date_line(text)
    # a heading over its date after the story's paragraphs heads a teaser for another story (an opinion page's
    # list under the story: "Editorial" / "<other headline>" / "26 Apr, 2024")
    dated = {t for k, (t, after) in enumerate(pairwise(texts)) if dating(after) and sum(told[:k]) <= 2}
    over = [t for t in top_lines(article) if t in texts[:second] or t in dated or dating(t)]
    # a story parted by subheadings ("<lede>" / "固定资产投资增速全省第一" / "<paragraph>" / "工业增幅全省第四" / …):
    # a heading right under a paragraph, one of three or more, heads a part of it; where every line over the story
    # is such a heading, none heads the page (where another is left, the old order stands: a standfirst may come
    # before the headline, a list of teasers after it)
    parts = {t for k, t in enumerate(texts) if k and told[k - 1] and article.blocks[k].is_heading and not dating(t)}
    return [] if len(parts) >= 3 and over and all(t in parts for t in over) else over


def top_lines(article: Article) -> list[str]:
    """The short lines (headings) among the first blocks, up to the first long paragraph after them."""
    return [b.text for b in article.blocks[:12]
            if (b.is_heading and len(b.text) <= 120) or (len(b.text) <= 60 and _FIELD.match(b.text))
            or field_date_line(b.text)]


def _pick_among(lines: list[str], first: str | None, echoes: list[str], body: str) -> headlines.Pick | None:
    """:func:`headlines.pick_title` over ``lines``, told which of them are fields and which are bylines."""
    tabled = noticefields_zh.table_lines([headlines.clean(line) for line in lines])  # "发布机构: …", "关键词:"
    fields = [bool(_FIELD.match(headlines.clean(line))) or bool(_NOT_TITLE.match(headlines.clean(line)))
              or bool(_ISSUER_LABEL.match(headlines.clean(line)))
              or field_date_line(line) or bool(FROM.match(line.strip())) or bool(_FROM_BODY.match(line.strip()))
              or tabled[k] or noticefields_zh.is_label_line(headlines.clean(line)) for k, line in enumerate(lines)]
    bylines = [bool(bylines_en.BYLINE.match(headlines.clean(line))) or bylines_zh.is_reporter_line(line)
               or bool(bylines_en.SUBMITTED_BY.match(headlines.clean(line)))
               or creditlines.is_byline(headlines.clean(line)) or outletcands.is_credit_line(line)
               or authorcues.zh_role_line(line) or bool(lonenames.after_stamp(line)) for line in lines]
    return headlines.pick_title(lines, first, fields, bylines, echoes, body)
