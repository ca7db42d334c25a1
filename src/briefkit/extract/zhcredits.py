"""Chinese story credits that name the outlet in the story's own words rather than in a 来源 field.

A Chinese newsroom writes itself into a story in a handful of forms whatever its site, the same forms the
agencies use ("新华社北京1月11日电"):

- the lead's dateline: the outlet, a place, a day and 讯/电 ("东北网7月25日讯", "中国经济网北京12月20日讯"), or the
  outlet's 讯 before its reporter's note ("黄河新闻网讯(记者孙宇佳)5月20日");
- the lead's editor's note: "中国经济网编者按:" (the outlet speaking for itself);
- a reporter credit on the page's date line: "鉅亨網記者張韶雯 台北 2025-10-08";
- a note on this article's first printing: "(本文首发于2022年1月27日《南方周末》)",
  "(本文刊發於《經濟周刊》2017年第26期)", "*本文為「三聯生活周刊」原創內容" (a magazine's own piece
  reposted elsewhere);
- the paper's editorial label as the page's heading: "經濟日報社論", "人民日报评论员文章";
- a 来源 field run into a one-line copy of the page ("… 2014-04-01 17:10 來源:德州新聞網 編輯:…");
- the site's name and address opening the title line ("中国新媒体(http://www.zhgxmt.cn):<title>").

and, weaker (the site's own furniture: a 来源 label or any credit above wins), the site's name and its section as
the page's first line or over its date ("香港政府新聞網 - 新聞速遞") and a breadcrumb opening on the site's name
("您现在的位置:海峡网>新闻中心>…").

Each names the outlet outright, so it is a stated credit, not a guess.  An outlet's name must end on an
outlet's word (网, 报, 社, 台, 新闻, 周刊 …): a body's name or a section ("宣传部") never reads as one.
"""

from __future__ import annotations

import re

from briefkit.extract.dates import parse_date
from briefkit.extract.zhscript import without_pinyin
from briefkit.readers import Article

# an outlet's name: a few characters ending on a publication's word
_OUTLET = (r"(?P<name>[\u3400-\u9fff]{1,10}?(?:日报|日報|晚报|晚報|时报|時報|周刊|週刊|周报|週報|新闻网|新聞網|"
           r"新闻|新聞|网|網|报|報|社|电视台|電視台|台))")
# the dateline: outlet, an optional place (two to eight characters), a day, then 讯/电 ("东北网7月25日讯")
_DATELINE = re.compile(r"^(?:date\s+\S+\s+)?" + _OUTLET + r"(?:[\u3400-\u9fff]{2,8}?)?"
                       r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
                       r"(?:讯|訊|电|電)")
# "黄河新闻网讯(记者孙宇佳)5月20日下午": the outlet's 讯 before the reporter's note, the day after it
# ("本报讯(记者…)" is the paper speaking of itself: its name is elsewhere on the page)
_FLASH = re.compile(r"^(?:date\s+\S+\s+)?(?!本[报報网網台刊])" + _OUTLET
                    + r"(?:讯|訊)\s*[(（〔【]\s*(?:[\u3400-\u9fff\s]{0,8}?)(?:记者|記者|通讯员|通訊員)")
# ("中國食品安全網訊(李若琳 記者陳家華)": a writer named before the reporter, a space between)
# "中国经济网编者按:": the outlet's editor's note opening the story
_EDITORS_NOTE = re.compile(r"^" + _OUTLET + r"(?:编者按|編者按)")
# a reporter credit opening a date line or a lead: "鉅亨網記者張韶雯", "中新网记者 李四"
_REPORTER = re.compile(r"^(?:date\s+\S+\s+)?" + _OUTLET + r"(?:全媒体|全媒體|融媒体|融媒體|特约|特約|首席)?"
                       r"(?:记者|記者)\s*[\u3400-\u9fff]{2,4}(?:\s|$)")
# this article's first printing: 本文 then 首发/刊发/原载/原刊 … 《X》, or 本文为「X」原创
_FIRST = re.compile(r"(?:本文|此文)\s*(?:首[发發]|刊[发發]|刊登|原[载載]|原刊|发表|發表)[于於]?[^《》「」]{0,20}?"
                    r"[《「](?P<name>[^《》「」]{2,20})[》」]")
_ORIGINAL = re.compile(r"(?:本文|此文)\s*(?:为|為|系|係)\s*[《「“\"]?(?P<name>[\u3400-\u9fff\w]{2,20}?)[》」”\"]?"
                       r"\s*(?:原创|原創|独家|獨家)")
# "經濟日報社論", "人民日报评论员": the paper's editorial or commentator label standing as the page's heading
_EDITORIAL = re.compile(r"^" + _OUTLET + r"(?:社论|社論|社评|社評|评论员|評論員)(?:文章)?$")
# a 来源 field inside a one-line copy: the value up to the next space or field
_RUN_IN_FIELD = re.compile(r"(?:来源|來源)\s*[:：]\s*" + _OUTLET + r"(?=\s|$|(?:编辑|編輯|作者|责任|責任))")


# "中国新媒体(http://www.zhgxmt.cn):<title>": the site's name and address opening the page's title line
_SITE_PREFIX = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,12})\s*[(（]\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\s*"
                          r"[)）]\s*[:：]\s*\S")


# "香港政府新聞網 - 新聞速遞", "人民网 — 时政频道": the page's first line, the site's name and the section it is in
_SITE_SECTION = re.compile(r"^" + _OUTLET + r"\s*[-–—|｜>»]\s*[\u3400-\u9fff]{2,6}$")


def lead_credit(paragraph: str) -> str | None:
    """The outlet a Chinese lead opens with: its dateline ("东北网7月25日讯"), its editor's note
    ("中国经济网编者按"), or a reporter credit ("鉅亨網記者張韶雯")."""
    text = without_pinyin(paragraph[:200]).strip()[:80]  # "臺(tái)海網(wǎng)10月11日訊": a converter's pinyin
    match = _DATELINE.match(text) or _FLASH.match(text) or _REPORTER.match(text) or _EDITORS_NOTE.match(text)
    return match["name"] if match else None


def first_printing(texts: list[str]) -> str | None:
    """The outlet a note says first printed this article ("(本文首发于…《南方周末》)", "本文為「X」原創內容")."""
    for text in texts:
        if len(text) > 120:
            continue  # a note is short; a long paragraph quoting one is prose
        if match := _FIRST.search(text) or _ORIGINAL.search(text):
            return match["name"].strip()
    return None


def run_in_field(texts: list[str]) -> str | None:
    """A 来源 field inside a one-line copy's first 300 characters ("… 來源:德州新聞網 編輯:柴晶晶 …")."""
    return next((m["name"] for text in texts if (m := _RUN_IN_FIELD.search(text[:300]))), None)


def story_credit(article: Article) -> str | None:
    """The outlet a Chinese page credits in one of the forms above, or None (and None for other languages)."""
    paragraphs = article.paragraphs
    if not any(re.search(r"[\u3400-\u9fff]", p[:100]) for p in paragraphs[:2]):
        return None
    for text in [*article.head[:3], *paragraphs[:1]]:
        if outlet := lead_credit(text):
            return outlet
    if editorial := next((m["name"] for line in article.head[:3] if (m := _EDITORIAL.match(line.strip()))
                          or (m := _SITE_PREFIX.match(line.strip()))), None):
        return editorial
    notes = [*article.head, *(b.text for b in article.blocks), *article.tail]
    return first_printing(notes) or run_in_field([*article.head[:3], *paragraphs[:1]])


def site_section(head: list[str], tail: list[str]) -> str | None:
    """The site a "site - section" line names ("香港政府新聞網 - 新聞速遞", "星报-国家"): the page's first line, or a
    line over the page's date stamp, where a portal prints the section a story is filed in."""
    for lines in (head, tail):
        for k, line in enumerate(lines):
            placed = (k == 0 and lines is head) or (k + 1 < len(lines) and parse_date(lines[k + 1]) is not None)
            if placed and (match := _SITE_SECTION.match(line.strip())):
                return match["name"]
    return None


# "您现在的位置:海峡网>新闻中心>国内频道": a breadcrumb, the site's own name its first step
_CRUMBS = re.compile(r"^(?:您现在的位置|您現在的位置|当前位置|當前位置|您的位置|你的位置|你现在的位置)\s*[:：]?\s*"
                     r"(?P<first>[^>＞»/]{2,16})\s*[>＞»/]")


def breadcrumb_site(lines: list[str]) -> str | None:
    """The site a breadcrumb's first step names, when it is an outlet's name ("海峡网"), not "首页" (home)."""
    for line in lines:
        if (match := _CRUMBS.match(without_pinyin(line).strip())) and re.fullmatch(_OUTLET, match["first"].strip()):
            return match["first"].strip()
    return None
