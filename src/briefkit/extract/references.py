"""Numbers that name or point rather than measure: "page 12", "Article 5", "Windows 11", "S&P 500",
"Flight 370", "221 Baker Street", a telephone number, the minutes of "15时30分".

A careful reader never draws them as key figures.  Only bare whole numbers are judged here (no unit,
no scale, no thousands separator): "Section 230" names a law, "230 sections" counts them, and
"the S&P 500 closed at 4,500.25" keeps its index level.
"""

from __future__ import annotations

import re

from briefkit.extract.numbers import Quantity
from briefkit.extract.regexguard import guarded

# A word that numbers what follows it: "page 12", "Chapter 11", "Category 5", "Resolution 2231", "Article (1)".
_POINTER = guarded(re.compile(
    r"\b(?:pages?|pp?\.|sections?|sec\.|articles?|art\.|chapters?|ch\.|paragraphs?|paras?\.?|clauses?|items?|"
    r"rules?|resolutions?|annex|appendix|figures?|fig\.|tables?|lines?|verses?|steps?|phases?|stages?|levels?|"
    r"category|grade|class|tier|rooms?|gates?|terminals?|platforms?|flights?|routes?|highways?|interstates?|"
    r"bus(?:es)?|seats?|rows?|numbers?|versions?|v\.|models?|series|seasons?|episodes?|rounds?|games?|"
    r"districts?|wards?|zones?|sectors?|units?|blocks?|buildings?|floors?|apartments?|suites?|precincts?|"
    r"lots?|proposition|prop\.|amendments?|title|bills?|schedule|part|volume|vol\.|issue|tranche|batch|junction|exit|"
    r"photos?|images?|pictures?|slides?|galler(?:y|ies)|reading\s+time|(?:mile\s+)?markers?|mileposts?)"
    r"\s*(?:\(\s*)?$"
    r"|(?:图|圖|附图|附圖|表|附表|附件)\s*[:：]?\s*$"
    # … "股票代码为600519", "编号是12345": a code's word, then "is", then the code
    r"|(?:编号|編號|代码|代碼|邮编|郵編|电话|電話)\s*(?:为|為|是)?\s*[:：]?\s*$", re.IGNORECASE))
_WEEKDAYS_MONTHS = re.compile(r"^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?$"
                              r"|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?$")
# "Windows 11", "iPhone 15", "S&P 500", "Boeing 737": a word with a capital letter, not the sentence's first.
_NAME_BEFORE = re.compile(r"(?<=[\w,;:)\"”’'] )(?P<name>[\w&.'’-]*[A-Z][\w&.'’-]*) $")
# … but a capitalised word that only opens a clause after a colon or a quotation mark ("… annual reports: Only 3 of
# 20 foundations", "“About 40 staff …”") is a qualifier or a determiner, which names no product
_CLAUSE_WORDS = frozenset({"only", "just", "about", "nearly", "almost", "around", "roughly", "some", "over", "under",
                           "more", "fewer", "less", "all", "the", "another", "each", "every", "and", "but", "yet",
                           "so", "then", "now", "still", "even"})
_ADDRESS_AFTER = re.compile(r"^(?: [A-Z][\w'’-]+){1,3} (?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|"
                            r"Way|Place|Square|Court)\b")
_PHONE = guarded(re.compile(r"(?:\+\d{1,3}[\s.-]?|(?:\b(?:tel|phone|call|fax|hotline|whatsapp|telephone|mobile)\b"
                    r"|電話|电话|傳真|传真)\W{0,4})\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){1,4}|\(\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}",
                    re.IGNORECASE))
_CLOCK_ZH = re.compile(r"\d\s*[时時点點]$")
# "Photo 3 of 10", "Page 2 of 5", a bare "1 of 5": the second number counts the pages, not the news
_OF_PAGES = re.compile(r"(?:^|\b(?:photos?|images?|pictures?|slides?|pages?|p\.)\s*)\d+\s*of\s*$", re.IGNORECASE)
_READ_AFTER = re.compile(r"^[\s-]*(?:min(?:ute)?s?\.?[\s-]+read|min\.?$)", re.IGNORECASE)
# a short line of a page's furniture: "12 comments", "Share 34 Tweet 12", "Comments (12)"
_FURNITURE = re.compile(r"\b(?:comments?|shares?|tweets?|likes?|views?|replies|reactions?|min\s+read|reading\s+time)\b",
                        re.IGNORECASE)


_ROC_ERA = re.compile(r"民[國国]\s*$|去\s*[（(]\s*$")
_YEAR_SPAN = re.compile(r"^年(?:來|来|間|间|前|后|後|多|左右|之久)")


def _date_part(before: str, after: str, q: Quantity) -> bool:
    """"今（9）日", "去（114）年", "民國82年", "114年": a day or a year of the Republic of China calendar."""
    if re.search(r"[（(]\s*$", before) and re.match(r"\s*[）)]\s*[日年]", after):
        return True
    after = after.lstrip(" \u00a0\u3000")  # "114 年 10 月": Taiwanese copy spaced around its digits
    if not after.startswith("年"):
        return False
    return bool(_ROC_ERA.search(before)) or (100 <= q.value <= 150 and not _YEAR_SPAN.match(after))


def _headline_case(text: str) -> bool:
    """A line in title case ("Opposition Slams Centre After 30 Dead, 60 Injured") is a related story's
    headline, whose bare counts are no figures of this article."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_reference(text: str, q: Quantity) -> bool:
    """True when ``q`` names a page, a law, a product, an address or a phone line rather than counting."""
    if q.unit is not None or q.scale != 1.0 or not re.fullmatch(r"\d+(?:\.\d+)?", q.display):
        return False
    before, after = text[max(0, q.start - 40):q.start], text[q.end:q.end + 40]
    if _POINTER.search(before):
        return True  # "page 12", also "Article 6.4" and "Table 4.3"
    if not q.display.isdigit():
        return False
    if _ADDRESS_AFTER.match(after) or _READ_AFTER.match(after) or _OF_PAGES.search(text[:q.start]):
        return True
    if (len(text.split()) <= 6 and _FURNITURE.search(text)) or re.fullmatch(r"\W*\d+\s*(?:of|/)\s*\d+\W*", text):
        return True  # a short line of counters, or a pager alone: "1 of 5"
    name = _NAME_BEFORE.search(before)
    if name and not _WEEKDAYS_MONTHS.match(name["name"]) and not name["name"].endswith(("'s", "’s", "s'", "s’")) \
            and name["name"].lower() not in _CLAUSE_WORDS:
        # "Britain's 650 MPs" counts; "Windows 11" names
        return True
    if _date_part(before, after, q) or _headline_case(text):
        return True
    if _CLOCK_ZH.search(before) and after.startswith("分"):
        return True  # "15时30分": the minutes of a time of day
    if re.search(r"\d\s*/\s*$", before):
        return True  # "( 1/ 16 )": a photo gallery's pager
    window_start = max(0, q.start - 30)
    return any(m.start() + window_start <= q.start and q.end <= m.end() + window_start
               for m in _PHONE.finditer(text[window_start:q.end + 30]))
