"""Head lines shaped like a headline that are none: a dateline alone, a contact field, an advert, an image's alt text.

Each is a few words standing alone over the story, where a headline stands, so the title chooser
(:func:`briefkit.extract.headlines.pick_title`) and the line labeller would take it for one:

- a wire story's dateline set on its own line ("新华社北京2月14日电", "BEIJING, Jan 19 (Xinhua) -"): it says
  who filed the story and when, the story itself starts under it;
- a notice's contact field ("联系人:张经理", "Contact: Jane Doe", "Tel: …"): a company filing's or a release's
  address for questions, printed at its head or its foot;
- an advert's or a sponsor's slot ("Recommended Sponsor - Buy …", "Sponsored content", "Advertisement", "我是廣告"),
  printed over the story by the page, never by its writer;
- an image's alt text standing in for the picture ("main news image", "Featured Image", "thumbnail");
- a counter widget's label and figure ("Confirmed: 107,092,208"), a stack of them beside the story;
- a sentence's first line, broken off by the copy's wrapping on a word that leads on ("… would convene in");
- an item of an enumerated list ("(b) A statement of …");
- a table's row opening on its cell border ("| Actual | Previous |").

Also here: a source credit run onto the end of a Chinese title line ("<title> 来源:央视新闻客户端"), which a
repost's "原标题:" line carries, cut off the title (:func:`without_credit`), and a programme's tag before it
("[陕西新闻联播]<title>", :func:`without_column_tag`); the headline a first paragraph opens on before its
outlet and date or its reporter's credit (:func:`run_on_title`).
"""

from __future__ import annotations

import re

from briefkit.extract.wordcount import CJK

# "新华社北京2月14日电", "(中央社記者台北21日電)", "中新网3月3日电": an agency, a place, a day and "filed", alone
_ZH_DATELINE = re.compile(r"^[(（【]?\s*[\u3400-\u9fff]{2,8}?(?:社|网|網|台|报|報)(?:记者|記者)?[\u3400-\u9fff]{0,12}?"
                          r"(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|電|讯|訊|报道|報導)\s*[)）】]?$")
# "BEIJING, Jan 19 (Xinhua) -", "Skopje, 17 July 2024 (MIA)": a place, perhaps a date, an agency in brackets, alone
_EN_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,20})?,?\s*"
                          r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
                          r"(?:,?\s+(?:19|20)\d{2})?)?\s*[(\[/][A-Za-z][\w .&-]{1,30}[)\]/]\s*[-–—:]?$")
# a contact field's label: who to call and how; the words of every notice's "For more information" block
_CONTACT = re.compile(r"^\s*(?:联系人|聯繫人|聯絡人|联络人|联系电话|聯繫電話|聯絡電話|联系方式|聯繫方式|聯絡方式|"
                      r"咨询电话|諮詢電話|"
                      r"电话|電話|传真|傳真|邮箱|郵箱|电子邮件|電子郵件|邮编|郵編|"
                      r"contacts?|contact\s+(?:person|details|info(?:rmation)?)|media\s+contacts?|press\s+contacts?|"
                      r"tel(?:ephone)?|phone|mobile|fax|e-?mail)\s*[:：]", re.IGNORECASE)
# an advert's slot: "Recommended Sponsor - …", "Sponsored Content", "Advertisement", "Paid Partner Content"
_ADVERT = re.compile(r"^\s*(?:-\s*)?(?:(?:recommended|featured|our|paid|promoted)\s+)?"
                     r"(?:sponsors?|sponsored(?:\s+(?:content|post|links?|stories|by\b.*))?|advertisements?|"
                     r"advertorial|adverti[sz]ing|paid\s+(?:partner\s+)?content|"
                     r"partner\s+content|promoted\s+(?:content|stories))\b(?:\s*[-–—:|].*)?\s*-?\s*$", re.IGNORECASE)
# an image's alt text: "main news image", "Featured Image", "article thumbnail", "hero photo"
_ALT_TEXT = re.compile(r"^(?:(?:main|featured|feature|lead|hero|top|header|cover|article|news|story|post|default|"
                       r"placeholder|thumbnail)\s+){0,3}(?:image|img|photo|picture|pic|thumbnail|banner)s?$",
                       re.IGNORECASE)
# "Confirmed: 107,092,208", "Active: 1,057": a counter widget's one-word label and its count, one to a line (a
# headline giving a rate, "Valley inflation: 21.91%", is no counter)
_COUNTER = re.compile(r"^[^\W\d_]+\s*[:：]\s*\d{1,3}(?:,\d{3})*$|^[^\W\d_]+\s*[:：]\s*\d+$")
# "… the Monetary Policy Committee (MPC) would convene in": a sentence's line broken off by the copy's wrapping
# ends on a word that leads somewhere; a headline never stops on one
_BROKEN_OFF = re.compile(r"(?:\s|^)(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|that|which|who|whose|"
                         r"would|will|could|should|is|are|was|were|has|have|had|its|their|his|her|our|this|these|"
                         r"into|onto|than|as)$")
# "我是廣告 請繼續往下閱讀", "广告": a Chinese page's advert slot and its prompt to read on past it
_ADVERT_ZH = re.compile(r"^(?:广告|廣告|推广|推廣|赞助|贊助|赞助商|贊助商)$|^我是(?:广告|廣告)")
# "Minister, National Security and Intelligence", "Minister for Finance": an office and its portfolio, in Title Case
# throughout (a headline naming the office goes on with a lower-case verb: "Minister for Finance resigns")
_OFFICE = re.compile(r"^(?:(?:Prime|Deputy|Associate|Assistant|Junior|Chief|Cabinet|State)\s+)?"
                     r"(?:Minister|Secretary|Spokesperson|Director|Chair(?:man|woman|person)?|Commissioner|Governor)"
                     r"(?:\s*,\s*|\s+(?:of|for)\s+)(?:(?:[A-Z][\w'’&.-]*|of|for|and|the|&)(?:\s+|,\s*|$))+$")
# "Latest Ethiopian News - Ethiopia Breaking News": a site's name and tagline, each part a few words closed by "News"
_TAGLINE_PART = re.compile(r"^(?:\S+\s+){0,3}(?:News|新闻|新聞)$")
# "」 行政院 卓榮泰 立法院 關稅": a row of keyword tags, or a line opened by the close of a quote begun above it
_TAG_ROW = re.compile(r"^[」』”》)）]|^(?:[\u3400-\u9fff]{2,5}\s+){3,}[\u3400-\u9fff]{2,5}$")
# "(b) A statement of the principles …", "iii) …": an item of an enumerated list, a part of the text
_LIST_ITEM = re.compile(r"^\(?(?:[a-h]|[ivx]{1,4})\)\s+\S")
# "… 来源:央视新闻客户端", "… 來源：中央社": a source's credit run onto the end of a Chinese title's line
_TRAILING_CREDIT = re.compile(r"\s*[(（]?\s*(?:来源|來源|稿源|出处|出處)\s*[:：]\s*[^\s:：]{2,20}\s*[)）]?$")


def not_a_headline(line: str) -> bool:
    """A dateline alone, a contact field, an advert's slot, an image's alt text or a counter's figure: shaped like a
    headline, none."""
    line = line.strip()
    return bool(_ZH_DATELINE.match(line) or _EN_DATELINE.match(line) or _CONTACT.match(line)
                or _ADVERT.match(line) or _ALT_TEXT.match(line) or _COUNTER.match(line) or _broken_off(line)
                or _LIST_ITEM.match(line) or _ADVERT_ZH.match(line) or _OFFICE.match(line) or _TAG_ROW.match(line)
                or _tagline(line) or bool(_TABLE_ROW.match(line)) or bool(_SCORE_LINE.match(line)))


# "Pensacola High 28, West Florida 21": a results page's score line, two sides and their points, no headline
_SCORE_LINE = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}\s+\d{1,3},\s+"
                         r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}\s+\d{1,3}(?:\s*\(\w+\))?$")


# "| Actual | Previous |": a Markdown or flattened table's row (a data page's header row over the story), not a title
_TABLE_ROW = re.compile(r"^\|[^|]*\|")


def _tagline(line: str) -> bool:
    """A site's name and its tagline ("Latest Ethiopian News - Ethiopia Breaking News"): each part closed by "News"."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|｜]\s+", line)]
    return len(parts) >= 2 and all(_TAGLINE_PART.match(p) for p in parts)


def _broken_off(line: str) -> bool:
    """An English line of five words or more that stops on a word leading on (an article, a preposition, an
    auxiliary): a wrapped sentence's first line, not a headline."""
    return not CJK.search(line) and len(line.split()) >= 5 and bool(_BROKEN_OFF.search(line))


def without_credit(title: str) -> str:
    """A Chinese title without the source credit run onto its end ("<title> 来源:央视新闻客户端" → "<title>");
    the credit alone, or a title too short without it, stays as it is."""
    found = _TRAILING_CREDIT.search(title)
    if found is None or not CJK.search(title):
        return title
    rest = title[:found.start()].strip()
    return rest if len(CJK.findall(rest)) >= 6 else title



# "<headline> 有线新闻 2025年03月20日 <story>": a video page's headline, its outlet and its date run into the first
# paragraph when the copy lost the boxes around them
_OUTLET_DATED = re.compile(r"^(?P<title>[^\s。]{4,40}(?:\s[^\s。]{2,40}){0,2}?)\s+(?P<outlet>[^\s\d]{2,10})\s+"
                           r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})")
_OUTLET_WORD = re.compile(r"(?:新闻|新聞|社|网|網|台|报|報|电视|電視|日报|日報|时报|時報)$")
# "<headline> 【記者王明/台中報導】<story>": a headline run into the reporter's bracketed credit opening the story
_REPORTED = re.compile(r"^(?P<title>[^\s。【】()（）]{4,40}(?:\s[^\s。【】()（）]{2,40}){0,2}?)\s*"
                       r"[【(（](?:记者|記者|本报|本報|本网|本網)[^】)）]{0,30}(?:报道|報導|报导|讯|訊)[】)）]")


def run_on_title(paragraph: str) -> str | None:
    """The Chinese headline opening a first paragraph before its outlet's name and a date ("<headline> 有线新闻
    2025年03月20日 …") or before the reporter's bracketed credit ("<headline> 【記者王明/台中報導】…"); None when
    the paragraph opens otherwise."""
    text = paragraph.strip()
    found = _REPORTED.match(text)
    if found is None and (dated := _OUTLET_DATED.match(text)) is not None and _OUTLET_WORD.search(dated["outlet"]):
        found = dated
    if found is None or len(CJK.findall(found["title"])) < 6:
        return None
    return found["title"]


# "[陕西新闻联播]<title>", "【快讯】<title>": a programme's or a column's tag before a Chinese headline
_COLUMN_TAG = re.compile(r"^[\[【]\s*[^\[\]【】]{0,8}(?:新闻|新聞|联播|聯播|快讯|快訊|直播|视频|視頻)\s*[\]】]\s*")


def without_column_tag(title: str, others: list[str]) -> str:
    """A Chinese title without a programme's bracketed tag before it ("[陕西新闻联播]<title>" → "<title>") when the
    page prints the programme's name on another of its ``others`` lines too (a breadcrumb, a date line): there it
    is the page's furniture; a column's tag printed only on the title line ("【时政新闻】…") is the title's own."""
    found = _COLUMN_TAG.match(title)
    if found is None:
        return title
    name = found.group().strip(" []【】")
    rest = title[found.end():].strip()
    named = any(name in line and not line.strip().endswith(rest) for line in others)
    return rest if named and len(CJK.findall(rest)) >= 6 else title
