"""Checks on a title pick: a byline-and-date head, a dash-parted speaker, a furniture guess over the story.

Split from metadata.py (which picks the title and reads the head's fields) to keep each module short.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefkit.extract import credits, headlines
from briefkit.extract.officewords import OFFICE
from briefkit.extract.speakers import REPORTING_VERBS
from briefkit.extract.titlescore import shares_subject
from briefkit.readers import Article


def stray(picked: headlines.Pick, article: Article, body: str) -> bool:
    """A guess among the head's furniture ("今日導讀") about nothing the story says, while the heading right
    over the story's first paragraph is about it: the page's menu came first, the headline sits below."""
    return picked.weak and not shares_subject(picked.value, body) and bool(article.blocks) \
        and article.blocks[0].is_heading and shares_subject(article.blocks[0].text, body)


def speaker_suffix(title: str, name: str, body: str) -> bool:
    """"Inflation likely failed to peak in Q3 — BSP" over "The Bangko Sentral (BSP) said …": a dash-parted name
    the story quotes as its speaker is the headline's attribution (kept, as printed), not the site's name."""
    dashed = re.search(r"[-–—]\s*" + re.escape(name) + r"\s*$", title)
    # "The Campaign Against … (CAPCOE) has suggested …": any verb a speaker's statement is reported by
    said = re.search(r"\b" + re.escape(name) + r"\)?\s+(?:[A-Za-z]+day\s+)?(?:has\s+|have\s+)?"
                     r"(?:" + REPORTING_VERBS + r")\b"
                     # wire copy's inverted attribution: "…, said Bank Negara Malaysia (BNM)."
                     r"|\b(?:said|says)\s+(?:the\s+)?[A-Z][\w ]{0,60}?\(" + re.escape(name) + r"\)", body)
    # "… in Peninsular Malaysia - PM", "… to rise - Governor": an office's short name or title after the dash is who
    # said it (the story names the person, not the office); a site is never named by an office
    office = _OFFICE_SUFFIX.fullmatch(name.strip()) is not None
    return dashed is not None and (said is not None or office)


_OFFICE_SUFFIX = re.compile(r"(?:Deputy\s+|Prime\s+|Finance\s+|Chief\s+)?" + OFFICE)


def byline_head(head: list[str]) -> bool:
    """The head closes on a person's name and a date ("Riley Kennedy" / "Wed, 19 Jul 2023"): the story starts
    under it, so short lines after its first paragraph are teasers for other stories, not its title."""
    cleaned = [headlines.clean(line) for line in head]
    return any(credits.person_line(a) is not None and headlines.is_date_line(b) for a, b in pairwise(cleaned))


# "各镇人民政府、冠山街道办事处,县政府各部门、各直属机构:", "各有关单位:": a notice's addressees, the bodies it is
# sent to, each "各…" or an office's name, parted by 、 or commas and closed by a colon
_ADDRESSEES = re.compile(r"^[\u3400-\u9fff、,，;；()（）\s]{2,120}[:：]$")
_ADDRESSED = re.compile(r"各[\u3400-\u9fff]{0,10}(?:人民政府|政府|部门|部門|单位|單位|机构|機構|委员会|委員會|"
                        r"办事处|辦事處|局|厅|廳|委|办|辦|学校|學校|企业|企業|会员|會員|分行|支行|街道|乡镇|鄉鎮|处室|處室)")


def addressee_line(line: str) -> bool:
    """A Chinese notice's addressee line: the bodies it is sent to ("各…" among them), closed by a colon."""
    text = line.strip()
    return bool(_ADDRESSEES.match(text)) and bool(_ADDRESSED.search(text))


def opens_on_addressees(article: Article) -> bool:
    """The page opens on a notice's addressee line: a notice's title stands over its addressees, so a copy that
    starts there printed none, and a heading further down (a plan's, after the signature) heads the attached
    paper, not the page."""
    first = next((line for line in article.head + [b.text for b in article.blocks[:1]] if line.strip()), "")
    return addressee_line(headlines.clean(first))
