"""A head line made clean before it is judged: bullets, decoration, date stamps, notices, QR-code prompts.

The cleaning every head-line reader shares (title, outlet, byline), apart from the choosing in
:mod:`briefkit.extract.headlines`, which re-exports these names for its callers.
"""

from __future__ import annotations

import re

from briefkit.extract import titleedges, titleshapes
from briefkit.extract.datelines import COPY_STAMP, STAMP
from briefkit.extract.listmarks import BULLETS
from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache
from briefkit.extract.titlefurniture import without_read_time
from briefkit.extract.wordcount import CJK, word_count

# (a Chinese exchange's risk tag "*ST" opening a listed company's name, "*ST世茂:…", is no bullet)
BULLET = re.compile(rf"^\s*(?:(?:(?!\*ST)[{BULLETS}⭐>»*-])+\s*)+")
MEDIA_ZH = re.compile(r"(?:社|网|網|台|报|報|新闻|新聞|时报|時報|日报|日報|杂志|雜誌|电视|電視|局|部|办|辦)$")

# A stored copy's date stamp opening the first line (" date 2024-04-17 AI Vibes: …"), a "Title:" label.
_TABLE_PIPES = re.compile(r"\s*\|[\s|]*\|\s*$|\s+\|\s*$")  # "Title | ||||||||": a table's empty cells
# "NPR logo Consumer Prices Jump In March": a logo's alt text before the title; "…关切******": decoration after it
_LOGO = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,4}logo\b\s*")
_TRAILING_MARKS = guarded(re.compile(r"\s*(?:\*{2,}|#{2,}|={3,}|~{3,})$"))
# a site theme's navigation button ("Select Page" in the widespread Divi theme, "Toggle navigation") read
# into the page title's line when the copy joined them
_TRAILING_NAV = re.compile(r"\s+(?:Select\s+Page|Toggle\s+navigation|Skip\s+to\s+(?:main\s+)?content|Main\s+Menu)$",
                           re.IGNORECASE)
# "© 2022 90.7 WMFE. All Rights Reserved. <title>": a site's notice run into the title line
_NOTICE = re.compile(r"^(?:copyright\s*)?(?:©|\(c\)).{0,60}?\s*all\s+rights\s+reserved\.?\s*", re.IGNORECASE)


# "掃描二維碼訪問中評網移動版 <title> 掃描二維碼訪問中評社微信": a page's QR-code prompts around its title
_QR_PROMPT = re.compile(r"(?:扫描|掃描|扫一扫|掃一掃|扫码|掃碼)(?:二维码|二維碼)?(?:访问|訪問|关注|關注|下载|下載)?"
                        r"(?P<name>[\u3400-\u9fff]{2,8}?)?(?:移动版|移動版|微信|微博|客户端|客戶端|手机版|手機版|官网|官網|"
                        r"公众号|公眾號|APP|App)\S*")

# "鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》": a government paper's number (issuer's code, year, serial) run
# before its title in book-title marks; the title is what the marks hold
_NUMBERED_PAPER = re.compile(r"[\u3400-\u9fff]{1,8}\s*[〔［\[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]"
                             r"\s*第?\s*\d{1,4}\s*[号號]\s*《(?P<title>[^《》]{6,100})》")


def qr_outlets(line: str) -> list[str]:
    """The outlets a QR-code prompt names ("扫描二维码访问中评社微信" → 中评社), its publisher (社, 报, 台) first."""
    names = [m["name"] for m in _QR_PROMPT.finditer(line) if m["name"] and MEDIA_ZH.search(m["name"])]
    return sorted(names, key=lambda n: n[-1] not in "社报報台")


_ESCAPED = re.compile(r"\\([,.;:!?'\"()\[\]*_#|-])")


# Every head-line reader cleans the same few dozen lines again (a line is cleaned ~10 times per article).
@text_cache(maxsize=1024)
def clean(line: str) -> str:
    """A head line without its list bullet or decoration, a date stamp, a "Title:" label or a QR-code prompt."""
    line = _TABLE_PIPES.sub("", BULLET.sub("", re.sub(r"^#{1,6}\s+(?=\S)", "", line))).strip()  # "# Title": Markdown
    line = _ESCAPED.sub(r"\1", line)  # "upgrades\, Berejiklian announces": a Markdown escape the copy kept
    line = _LOGO.sub("", _TRAILING_MARKS.sub("", line))
    if (bracketed := re.fullmatch(r"【([^【】]{4,80})】", line)) is not None:
        line = bracketed[1].strip()  # "【港口货物吞吐量创新高】": a title in lenticular brackets
    if (numbered := _NUMBERED_PAPER.fullmatch(line)) is not None:
        line = numbered["title"]  # "鲁政发〔2014〕20号《…的实施意见》": the paper's number, then its title in 《》
    if CJK.search(line) and (without := _QR_PROMPT.sub(" ", line).strip()):
        line = " ".join(without.split())
    while stamp := STAMP.match(line) or _NOTICE.match(line):
        line = line[stamp.end():]
    if (crumb := _GLUED_CRUMB.match(line)) and word_count(line[crumb.end():]) >= 3:
        line = line[crumb.end():]
    # "<title> <title>": the copy ran it twice; "<TITLE> February 2016": a report cover's issue date after it
    return titleedges.trimmed(titleshapes.without_cover_date(titleshapes.undoubled(tail_noise(line).strip())))


# "HomeArchiveWith new appointments, …": a breadcrumb's words run into the headline when the copy dropped their
# separators ("Home › Archive › <headline>"); a capital right after each word's end marks the seam
_GLUED_CRUMB = re.compile(r"^(?:(?:Home|Archives?|Menu|Search|Latest|Main)(?=[A-Z][a-z]))+"
                          # "ContributorsPublishersAdvertisers Norway's …": three menu words or more run together
                          r"|^(?:[A-Z][a-z]{2,}){3,}\s+(?=\S)")


def tail_noise(line: str) -> str:
    """A head line without a theme's navigation button or an instant-news update time run onto its end."""
    # "財政預算案|… 走開 (20:31)": an instant-news page's update time after the headline
    line = re.sub(r"\s*[(（]\d{1,2}[:：]\d{2}[)）]$", "", without_read_time(_TRAILING_NAV.sub("", line.strip())))
    # "… Budget of $659M [1]": a footnote's or a link's number left by the copy, no part of the headline
    line = re.sub(r"(?<=\S)\s*\[\d{1,2}\]$", "", line)
    # "Export earnings expand [September 05 2011]": an archive's publication date in brackets after the headline
    return _BRACKET_DATE.sub("", line)


_BRACKET_DATE = re.compile(r"(?<=\S)\s*\[(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+"
                           r"(?:19|20)\d{2}\]$")


def unstamped(line: str) -> str:
    """A line without a stored copy's date stamp (" date 2018-02-14 © 2022 …" → "© 2022 …")."""
    return re.sub(COPY_STAMP, "", line)
