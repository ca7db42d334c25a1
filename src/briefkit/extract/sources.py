"""The outlet that published a page, from the strongest evidence to the weakest.

A labelled source ("Source:", 来源) comes first; then the name beside a Chinese date line, a
dateline's agency ("BEIJING, March 20 (Xinhua) --", also after an abstract or a photo caption), an
agency credited at the end of a caption or paragraph ("… economy. AFP"), the outlet of a reporter
line, a QR-code prompt ("扫描二维码访问中评社微信"), the name on a date line, a "first published
on" note, a credit glued to the last sentence, the title's site suffix and last a copyright notice.
"""

from __future__ import annotations

import re

from briefkit.extract import bylines_zh, credits, headlines
from briefkit.readers import Article

_CJK = re.compile(r"[\u3400-\u9fff]")


def pick_source(sources: list[str], weak_sources: list[str], site: str | None, article: Article) -> str | None:
    """The outlet, strongest evidence first.

    ``sources`` are the labelled ones found on the page's lines (best first), ``weak_sources`` the outlets
    only a reporter line names, ``site`` the name in the title's suffix.
    """
    labelled = [s for s in sources if not headlines.looks_like_id(s)]
    if labelled and _CJK.search(labelled[0]):
        # a spam wrapper's "来源" names an account; the real outlet's name ends like one
        return next((s for s in labelled if headlines.good_zh_source(s)), labelled[0])
    if labelled:
        return labelled[0]
    on_date = next((s for line in article.head if (s := headlines.source_on_date_line(line))), None)
    if on_date and _CJK.search(on_date):
        return on_date  # a Chinese portal's credit beside its date ("大华网-汕头都市报") names its 来源, unlabelled
    for paragraph in article.paragraphs[:2]:
        if agency := headlines.dateline_source(paragraph) or headlines.issued_by(paragraph) \
                or bylines_zh.lead_outlet(paragraph):
            return agency
    # an abstract and a photo caption may stand before the dateline: a dateline is one wherever it opens
    if agency := next((a for p in article.paragraphs[2:6] if (a := headlines.dateline_agency(p))), None):
        return agency
    ends = [*article.paragraphs[:2], *article.paragraphs[-2:], *article.tail[:3]]
    if closing := next((a for text in ends if (a := credits.closing_agency(text))), None):
        return closing
    if weak_sources:
        return weak_sources[0]
    if prompted := next((n for line in article.head[:6] for n in headlines.qr_outlets(line)), None):
        return prompted
    if on_date:
        return on_date
    # "This article was originally published on The Conversation", closing the page or opening it
    notes = [*article.tail, *article.paragraphs[-2:], *article.paragraphs[:1]]
    if note := next((s for text in notes if (s := credits.republished(text))), None):
        return note
    if glued := next((s for text in article.paragraphs if (s := credits.glued_credit(text))), None):
        return glued
    if site:
        return site
    # a notice closing the page, or run into its first line ("date 2018-02-14 © 2022 90.7 WMFE. All Rights …")
    notices = [*article.tail, *article.paragraphs[-1:], *(headlines.unstamped(line) for line in article.head[:3])]
    if holder := next((s for line in notices if (s := credits.copyright_holder(line))), None):
        return holder
    return next((s for line in [*article.head, *article.tail] if (s := _site_line(line))), None)


_SITE_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>(?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?(?:\s+(?P<rest>.*))?$",
                        re.IGNORECASE)


def _site_line(line: str) -> str | None:
    """A line that is the page's address, alone or with its date ("http://www.example.com 2017-03-21"):
    the agency the domain stands for, or the site itself."""
    match = _SITE_LINE.match(line.strip())
    if not match or (match["rest"] and re.search(r"[A-Za-z\u3400-\u9fff]{3,}", match["rest"])):
        return None
    host = match["host"]
    return credits.outlet_of_domain(host, []) or host.lower()
