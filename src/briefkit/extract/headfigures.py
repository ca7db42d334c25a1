"""Figures a headline or its standfirst names and the body never repeats.

A reader takes "Murphy allocates £316 million of Covid funding" from the headline even when the body only
speaks of "the funding"; the figure quotes the headline, which provenance accepts as the article's text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from briefkit.content.model import Figure
from briefkit.extract.figures import sentence_figures
from briefkit.extract.furniture import is_stamped_heading
from briefkit.extract.notfigures import is_advert
from briefkit.extract.teasers import link_runs, link_text
from briefkit.readers.model import Block

_DURATION_CLASS = re.compile(r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"
                             r"|小时|小時|个月|個月|天|年)$", re.IGNORECASE)


# "5 things to know", "10 ways to save", "Top 10": a headline's list, not a figure of the story
_LISTICLE = re.compile(r"\b(?:things|ways|reasons|tips|questions|facts|lessons|takeaways|charts|signs|steps|myths"
                       r"|mistakes|ideas|moments|photos|pictures)\b", re.IGNORECASE)


def _kind(unit: str | None) -> str:
    """A unit's class, as a reader compares two statements of one fact: "%", "USD", a duration or a count."""
    if unit in {"%", "percentage points"} or (unit and re.fullmatch("[A-Z]{3}", unit)):
        return unit
    return "duration" if unit and _DURATION_CLASS.search(unit) else "count"


_COLUMN_TAG = re.compile(r"^\s*【?[^【】]{1,20}】\s*")  # a whole tag, or its end where a label starts inside it


def title_figures(title: str, body: list[Figure], published: dt.date | None = None) -> list[Figure]:
    """The figures a headline (or its standfirst) names and the body never repeats ("Murphy allocates £316
    million …" over a body that speaks of "the funding"): a reader takes them from the headline.  A body
    figure of the same kind within 5 % is the same fact, rounded for the headline ("$2.3M" over "$2,315,000")."""
    found = [f for f in sentence_figures(title, published) if not _LISTICLE.search(f"{f.display} {f.unit}")
             and not re.search(r"\btop\s*$", title[:title.find(f.display or "")], re.IGNORECASE)]
    for figure in found:  # "【预算案】财长:拨3225亿元": a column's tag is no part of what the figure measures
        figure.label = _COLUMN_TAG.sub("", figure.label) or figure.label
    return [f for f in found if f.unit != "rank" and not any(
        _kind(f.unit) == _kind(b.unit) and abs(f.value - b.value) <= min(_rounding(f), 0.05 * abs(b.value))
        for b in body)]


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounding(figure: Figure) -> float:
    """How far a body figure may be from a headline's and still be the same fact rounded for it: half a unit of
    the headline's last digit ("$2.3M" over "$2,315,000"; "Sh29bn" is no rounding of "Sh29.8 billion", nor
    "Almost 90%" of "89%", which the body states apart), and never more than 5 % ("2亿" over "2.14亿" is a
    headline's own round figure, as the corpus lists it)."""
    match = _DIGITS.search(figure.display or "")
    written = float(match.group(0).replace(",", "")) if match else 0.0
    if not written:
        return 0.05 * abs(figure.value)  # a number in words ("half a million"): the old 5 % margin
    decimals = len(match.group(1) or "") if match else 0
    return 0.5 * 10.0 ** -decimals * abs(figure.value / written) * (1 + 1e-9)


_FURNITURE = re.compile(r"\b(?:by|updated|published|posted|photo|image|credit|copyright|reporter|editor)\b|©",
                        re.IGNORECASE)


def standfirst(head: Sequence[str], title: str) -> list[str]:
    """The lines right after the title line that read as a sentence: the standfirst ("This represents an
    injection of over $2.4 billion …"), whose figures the body may not repeat.  Bylines, stamps and captions
    are not; two lines at most, after the title's last place in the head."""
    if title not in head:
        return []
    # the title's last place in the head, the one over the story: a page that lists its headlines as links
    # first prints the title among them too, with other stories' headlines after it
    at = len(head) - 1 - list(head)[::-1].index(title)
    return [line for line in head[at + 1:at + 3] if len(line.split()) >= 6 and re.search(r"\d", line)
            and sum(w.islower() for w in line.split()) >= 3 and not _FURNITURE.search(line)]



def headline_figures(headlines: Sequence[str], body: list[Figure], published: dt.date | None = None) -> list[Figure]:
    """The figures of each headline line the body (and the lines before it) do not already give."""
    found: list[Figure] = []
    for headline in headlines:
        if is_advert(headline) or is_stamped_heading(headline):
            continue  # "From just £1 a month you can help fund our work": the site's appeal above its story
        figures = title_figures(headline, [*body, *found], published)
        if label := row_label(_COLUMN_TAG.sub("", headline)):
            for figure in figures:
                figure.label = label  # "Revenue: $5.2 million": the field names what its value measures
        found += figures
    return found


# a gallery's pager ("3 of 12", "3/12"); a credit ("(AP Photo/John Smith)") and a file photo's date give no
# figure anyway
_CAPTION_FURNITURE = re.compile(r"\b\d+\s*(?:of|/)\s*\d+\b", re.IGNORECASE)


def caption_figures(captions: Sequence[str], body: list[Figure], published: dt.date | None = None) -> list[Figure]:
    """The figures a photo caption states ("Shoppers in Lagos, where inflation hit 22.8%") and the story does
    not: a reader cites them as the story's.  A gallery's "3 of 12" or a credit line gives none."""
    return headline_figures([c for c in captions if not _CAPTION_FURNITURE.search(c)], body, published)


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{4,}")


def subheads(headings: Sequence[str], blocks: Sequence[Block] = ()) -> list[str]:
    """The section headings that state something ("Construction reported a 29,000 increase."), not a forum's
    "(57,391 posts)" or a time stamp: four words or more, two of them in lower case, a run of Chinese, or a
    fact row of a list or a table ("Revenue: $5.2 million", "| Staff | 120 | 135 |").  With the article's
    ``blocks``, a heading must stand where a section's heading does (see :func:`_heads_a_section`)."""
    placed = _section_heads(blocks) if blocks else None
    return [h for h in headings if (_CJK_RUN.search(h) or fact_row(h) or _NAME_SHARES.match(h)
            or (len(h.split()) >= 4 and sum(w.isalpha() and w.islower() for w in h.split()) >= 2))
            and (placed is None or h in placed or fact_row(h) or _NAME_SHARES.match(h))]


# a list's row of a name and its shares, as a statistics release prints them by region ("Nova Scotia 7.8% (7.9%)",
# "Ontario 6.3%"): a table's row without its rules
_NAME_SHARES = re.compile(r"^(?:[A-Z][\w'’.-]*\s+(?:(?:and|of|the|&)\s+)?){1,4}"
                          r"[-−]?\d[\d.,]*\s?%(?:\s*\(\s*[-−]?\d[\d.,]*\s?%\s*\))?$")


def _section_heads(blocks: Sequence[Block]) -> set[str]:
    """The headings that stand where a section's heading does: after the story has begun and before more of
    it.  A run of heading lines after the last paragraph ("Petrol price cut by Rs10 per litre", "PM announces
    25pc raise": links to other stories) heads nothing, nor does a run of two or more before the first
    paragraph (a page's list of headline links); one line right before the first paragraph is the story's
    standfirst and counts."""
    prose = [i for i, b in enumerate(blocks) if not b.is_heading]
    if not prose:
        return set()
    placed: set[str] = set()
    i = 0
    while i < len(blocks):
        if not blocks[i].is_heading:
            i += 1
            continue
        end = i
        while end + 1 < len(blocks) and blocks[end + 1].is_heading:
            end += 1
        opening = i < prose[0]
        if end < prose[-1] and (not opening or end == i):
            placed.update(b.text for b in blocks[i:end + 1])
        i = end + 1
    # a box of other stories among the closing blocks ("Flooding closes 14 roads", "Police arrest 23 people"):
    # link titles, whatever the page made headings of (see teasers.py)
    closing = [(float(i), b.text) for i, b in enumerate(blocks) if i >= len(blocks) // 2]
    # … and a run that closes the page (at most one line after it), however early it begins (a short story's box
    # may begin before its middle)
    page = [(float(i), b.text) for i, b in enumerate(blocks)]
    runs = link_runs(closing) | link_runs(page, reaching=len(blocks) - 2)
    links = {blocks[int(at)].text for at in runs}
    # … and a link's title over its dek, both unpunctuated, however short the run the page kept
    links |= {b.text for b, after in pairwise(blocks[len(blocks) // 2:])
              if b.is_heading and not after.is_heading and link_text(b.text) and link_text(after.text)}
    return placed - links


# a field and its value ("Revenue: $5.2 million", "Jobs created – 1,200", "失业率：5.2%") or a table's row of
# cells ("| Revenue | $5.2m | $6.1m |"): a fact list or a table states its figures as a sentence would
_FIELD = re.compile(r"^\W{0,3}(?P<label>[^\W\d][^:：|\d]{1,40}?)\s*(?:[:：]|\s[-–]\s)\s*(?P<value>.{1,60})$")
# … unless the field is the page's furniture: a counter, a stamp, a contact or a filing line
_FURNITURE_FIELD = re.compile(r"(?:views?|comments?|shares?|likes?|followers?|replies|posts?|hits|clicks|votes|"
                              r"posted|updated|published|released|modified|date|time|read(?:ing)?(?:\s+time)?|"
                              r"words|tel|telephone|phone|fax|mobile|call|contact|address|location|e-?mail|source|caption|credit|"
                              r"page|photo|image|picture|video|ref"
                              r"(?:erence)?|no|id|code|issue|vol(?:ume)?|edition|isbn|issn|zip|postcode|"
                              r"浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論|电话|電話|传真|傳真|邮编|郵編|文号|文號|索引号|索引號|"
                              r"发布时间|發布時間|更新时间|更新時間|时间|時間|日期|来源|來源)"
                              r"(?:\s+(?:count|number|no\.?))?$|^by\s", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def row_label(line: str) -> str | None:
    """The field's name of a fact row ("Revenue" in "Revenue: $5.2 million" or "| Revenue | $5.2m |"), or the name
    a row of shares gives ("Nova Scotia" in "Nova Scotia 7.8% (7.9%)")."""
    if _NAME_SHARES.match(line.strip()):
        return re.split(r"\s+[-−]?\d", line.strip(), maxsplit=1)[0]
    if not fact_row(line):
        return None
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) >= 2:
        return next(c for c in cells if c and not _DIGIT.search(c))
    field = _FIELD.match(line.strip())
    return field["label"].strip() if field else None


def fact_row(line: str) -> bool:
    """True when a heading-like line is a field and its value or a row of a table with a number in it, and not
    the page's furniture ("Views: 1,234", "Tel: …", "Updated: 2 hours ago")."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) >= 2:
        label = next((c for c in cells if c and not _DIGIT.search(c)), "")
        return bool(label) and any(_DIGIT.search(c) for c in cells) and not _FURNITURE_FIELD.match(label)
    field = _FIELD.match(line.strip())
    if field is None:
        return False
    return bool(_DIGIT.search(field["value"])) and not _FURNITURE_FIELD.match(field["label"].strip())
