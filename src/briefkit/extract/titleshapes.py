"""Head lines shaped like a headline that are a date, a dateline, a byline, a label or a site's pitch.

Each check names a kind of line seen over stories on sites nobody tuned on, and holds by the line's
shape rather than one site's words:

- a date written out in words and numbers only, however punctuated ("Friday, 20, September, 2024"),
  which the date parser may not read as one date;
- a dateline alone on its line: a place in capitals, its region, a month and day ("BAKU, Azerbaijan, May 4");
- a byline "From <name>, <place>" (a correspondent's: "From Abel Leonard, Lafia");
- an archive's or a feed's label over its list ("Tag Archives: Papua New Guinea", "Channel: FIJI NEWS");
- a contact or hours field whose value is only times or a telephone number ("Opening Times: 9.00am - 2.40pm"),
  and a contact block's entry led by its number or address ("(246) 427-4074 - Accounts");
- a site's appeal for money or members ("Support quality, independent, local journalism…"), a notice about
  the site itself ("We're building a new UNICEF.org."), a masthead's motto ("Serving proudly since 1873 …")
  a list's counter ("Viewing all 4244 articles") and a row of links ("Browse latest View live");
- a picture's label in brackets ("(相关资料图)", "(File photo)") or its file name ("Colm Imbert----use"), and a
  caption's capitals label over whom it shows ("NEW MEASURE: Finance Minister Colm Imbert");
- a keyword list run together with dashes, as a spam page's title is;
- a numbered part of a series ("案例1 …" beside "案例2 …", "Case 1: …" beside "Case 2: …"): it heads a part;
- a Chinese subtitle under its main headline is no part of it, a short kicker over it is (the corpus conventions);
- a Chinese title set over two lines, the first stopping inside a phrase ("…居民和" / "餐饮用户…的实施意见"), is one;
- a headline the copy ran twice on one line is read once, a report cover's issue date after a title in capitals
  is no part of it.
"""

from __future__ import annotations

import re

from briefkit.extract import credits, titlecaptions
from briefkit.extract.dates import parse_date
from briefkit.extract.givennames import is_given_name
from briefkit.extract.regexguard import guarded
from briefkit.extract.titlescore import shares_subject
from briefkit.extract.wordcount import CJK, word_count

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE_TOKEN = guarded(re.compile(
    r"(?:" + _MONTHS + r"|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?"
                         r"|\d{1,4}(?:st|nd|rd|th)?|of)\.?", re.IGNORECASE))
_MONTH = re.compile(r"^(?:" + _MONTHS + r")\.?$", re.IGNORECASE)
# "BAKU, Azerbaijan, May 4", "LAGOS, Nigeria, 12 March 2021": a place in capitals, regions, a date, nothing else
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.'’ -]{1,25}){0,2},?\s*"
                       r"(?:(?i:" + _MONTHS + r")\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d{2})?"
                       r"|\d{1,2}\s+(?i:" + _MONTHS + r")\.?(?:,?\s+(?:19|20)\d{2})?)\s*[-–—:(]*\s*$")
_FROM = re.compile(r"^From\s+(?:our\s+\w+\s+)?(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
                   r"(?:\s*,\s*(?:in\s+)?[A-Z][\w.'’ -]{1,25})?$")
# a blog's or a feed's archive page: "Tag Archives: X", "Category: X", "Channel: X", "Posts tagged X"
_ARCHIVE = re.compile(r"^(?:(?:tag|category|author|date|daily|monthly|yearly|topic)\s+)?archives?\s*[:：]"
                      r"|^(?:tags?|categor(?:y|ies)|channel|topics?|labels?|filed\s+under|posted\s+in)\s*[:：]"
                      r"|^(?:posts?|articles?|stories)\s+(?:tagged|labelled|labeled|filed\s+under)\b", re.IGNORECASE)
_LABEL = re.compile(r"^[A-Za-z][\w .'’&/-]{1,30}[:：]\s*(?P<value>\S.*)$")
# a clock time ("9.00am", "14:30") or a telephone number ("+353 (0)42 937 4443"), never a share ("21.91%")
_TIME_OR_PHONE = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?(?![\w%])|\d{1,2}:\d{2}(?![\d%])"
                            r"|\+?\(?\d[\d ()./-]{6,}\d(?![\d%])", re.IGNORECASE)
# a site asking for money or members, or speaking of itself
_PITCH = re.compile(r"^(?:please\s+)?(?:support|fund|back)\s+(?:(?:our|us|the|quality|independent|local|trusted|"
                    r"public|free|fearless|\w+-\w+)[\s,]+){0,6}(?:journalism|reporting|newsroom|news)\b"
                    r"|\bbecome\s+a\s+(?:member|subscriber|supporter|patron)\b|^(?:donate|subscribe)\s+(?:now|today)\b"
                    r"|^we(?:['’]re|\s+are|['’]ve|\s+have)\s+(?:building|launching|moved|moving|updating|redesigning|"
                    r"improving|changing)\b.{0,40}\b(?:site|website|page|\w+\.(?:org|com|net|gov|int))\b"
                    # a masthead's motto: "Serving proudly since 1873 as …'s first newspaper", "Serving O'Brien &
                    # Clay Counties"
                    r"|^serving\b.{0,60}\bsince\s+(?:1[789]|20)\d\d\b"
                    r"|^serving\s+(?:[A-Z][\w'’.]*\s+(?:(?:&|and)\s+)?){1,4}(?:count(?:y|ies)|parish(?:es)?|area|region|"
                    r"valley|communities|since\b)"
                    # a browser's own pitch: "Get speed, security and privacy with Microsoft Edge"
                    r"|^(?:get|download|try|switch\s+to|upgrade\s+to)\b.{0,50}\b(?:microsoft\s+edge|google\s+chrome|"
                    r"mozilla\s+firefox|firefox|safari)\s*$"
                    # a list's counter: "Viewing all 4244 articles", "Showing 1 to 20 of 315 results"
                    r"|^(?:viewing|showing|displaying)\s+(?:all\s+)?\d[\d,]*\s+(?:(?:to|of|-)\s+\d[\d,]*\s+){0,2}"
                    r"(?:of\s+\d[\d,]*\s+)?(?:articles|posts|results|items|stories|entries)\b",
                    re.IGNORECASE)
_PICTURE = re.compile(r"^[(（\[]\s*(?:[^()（）\[\]]{0,8}(?:图|圖|照片|图片|圖片|视频|視頻)"
                      r"|(?i:(?:file\s+|stock\s+)?(?:photo|picture|image|pic)s?(?:\s+\w+)?))\s*[)）\]]$")
# "FREETOWN, 29 February 2008 - UNICEF …", "LAGOS (Reuters) - …": a story's first paragraph opening on its dateline
_OPENING_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.'’ -]{1,25}){0,2},?\s*"
                               r"(?:(?:\d{1,2}\s+(?i:" + _MONTHS + r")\.?|(?i:" + _MONTHS + r")\.?\s+\d{1,2})"
                               r"(?:,?\s+(?:19|20)\d{2})?)?\s*(?:\([^()]{2,30}\))?\s*[-–—]+\s+\S")
CONTENTS = re.compile(r"^(?:目\s*录|目\s*錄|(?:table\s+of\s+)?contents|in\s+this\s+(?:issue|report))\s*[:：]?$",
                      re.IGNORECASE)
"""A table of contents' label: the lines under it name the page's parts, and the page's title is above it."""
_SERIES = re.compile(r"^(?P<word>[^\W\d_]{2,12}?)\s*(?P<number>\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s|[:：.、]|$)")


def date_words_only(line: str) -> bool:
    """A line of date words and numbers alone, a month's name among them ("Friday, 20, September, 2024")."""
    tokens = [t for t in re.split(r"[\s,/.-]+", line.strip()) if t]
    return 2 <= len(tokens) <= 6 and all(_DATE_TOKEN.fullmatch(t) for t in tokens) \
        and any(_MONTH.match(t) for t in tokens) and any(t[:1].isdigit() for t in tokens)


def dateline_alone(line: str) -> bool:
    """A story's dateline on its own line: "BAKU, Azerbaijan, May 4"."""
    return bool(_DATELINE.match(line.strip()))


def from_byline(line: str) -> bool:
    """"From Abel Leonard, Lafia": a correspondent's byline, a person's name after "From"."""
    match = _FROM.match(line.strip())
    return match is not None and is_given_name(match["name"].split()[0]) \
        and credits.person_line(match["name"]) is not None


def archive_label(line: str) -> bool:
    """An archive's or a feed's label over its list of posts ("Tag Archives: X", "Channel: X")."""
    return bool(_ARCHIVE.match(line.strip()))


def contact_field(line: str) -> bool:
    """"Opening Times: 9.00am - 2.40pm", "Telephone: +353 42 937 4443": a label whose value is only times or
    a telephone number, an office's contact block, not a story's headline."""
    match = _LABEL.match(line.strip())
    if match is None or CJK.search(line):
        return False
    value = match["value"]
    return bool(_TIME_OR_PHONE.search(value)) and re.fullmatch(r"[\s,;&/–—-]*(?:(?:to|and)[\s,;&/–—-]*)?",
                                                                 _TIME_OR_PHONE.sub(" ", value)) is not None


# a contact block's entry: "(246) 427-4074 - Accounts", "hrinfo@bank.example - Human Resources Matters"
_CONTACT_ENTRY = re.compile(r"^(?:\+?\(?\d{2,4}\)?[\s.-]?\d{3}[\s.-]\d{3,4}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b")


def contact_entry(line: str) -> bool:
    """A contact block's entry, opening on a telephone number or an e-mail address."""
    return bool(_CONTACT_ENTRY.match(line.strip()))


# the verbs of a site's links: two of them in a short line make it a row of links ("Browse latest View live")
_LINK_VERB = re.compile(r"^(?:browse|view|read|see|show|load|share|print|subscribe|follow|download|watch|listen|"
                        r"login|log|sign|register|comment|email|search)$", re.IGNORECASE)


def link_row(line: str) -> bool:
    """A short line with two link verbs in it, each opening a link ("Browse latest View live", "Print Email Share"):
    a row of a site's links, not a headline."""
    words = re.findall(r"[^\W\d_]+", line)
    return 2 <= len(words) <= 6 and sum(1 for w in words if _LINK_VERB.match(w) and w[:1].isupper()) >= 2


def site_pitch(line: str) -> bool:
    """A site's appeal for money or members, or a notice about the site itself: never the story's headline."""
    return bool(_PITCH.search(line.strip()))


# a picture's file name left as its alt text: "Colm Imbert----use", "IMG_2041.jpg", "budget-day-2024.png"
_FILE_NAME = re.compile(r"[^\W_]-{3,}[^\W_]|-{3,}\w+$|\.(?:jpe?g|png|gif|webp|tiff?)$", re.IGNORECASE)


# "NEW MEASURE: Finance Minister Colm Imbert": a caption's capitals label, then whom the picture shows
_CAPTION_LABEL = re.compile(r"^[A-Z][A-Z’' -]{2,30}:\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w.’'-]*)$")


def caption_label(line: str) -> bool:
    """A photo caption's capitals label over the name and office of the person it shows, every word capitalised
    ("NEW MEASURE: Finance Minister Colm Imbert"); a headline after a label says what happened."""
    match = _CAPTION_LABEL.match(line.strip())
    return match is not None and credits.person_line(" ".join(match["who"].split()[-2:])) is not None \
        and is_given_name(match["who"].split()[-2])


def picture_label(line: str) -> bool:
    """A picture's label in brackets ("(相关资料图)", "(资料图片)", "(File photo)"), or its file name."""
    return bool(_PICTURE.match(line.strip())) or bool(_FILE_NAME.search(line.strip()))


def keyword_list(line: str) -> bool:
    """Four or more Chinese phrases run together by dashes or underscores: a spam page's keyword title, never a
    headline (a headline's site suffix adds one dash, a subtitle one more)."""
    parts = [p for p in re.split(r"\s*[-_—–]+\s*", line.strip()) if p]
    return len(parts) >= 4 and sum(1 for p in parts if len(CJK.findall(p)) >= 3) >= 4


def numbered_part(lines: list[str], i: int) -> bool:
    """Line ``i`` opens on a word and a number ("案例1", "Case 2:") and another line opens on the same word and
    another number: one part of a numbered series, which heads that part, not the page."""
    match = _SERIES.match(lines[i].strip())
    if match is None:
        return False
    for j, other in enumerate(lines):
        found = _SERIES.match(other.strip()) if j != i else None
        if found and found["word"] == match["word"] and found["number"] != match["number"]:
            return True
    return False


# "一、2023年财政决算情况", "（二）主要措施", "3、下一步工作": a Chinese report's numbered part, heading a section of it
_ENUMERATED = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*、|[（(][一二三四五六七八九十]{1,3}[)）])")


def not_a_headline(line: str) -> bool:
    """Any of this module's single-line kinds: a date or dateline, a byline, a label, a pitch, a picture's label,
    a keyword list, a Chinese report's numbered part."""
    return date_words_only(line) or dateline_alone(line) or from_byline(line) or archive_label(line) \
        or contact_field(line) or contact_entry(line) or site_pitch(line) or picture_label(line) \
        or caption_label(line) or keyword_list(line) or link_row(line) or bool(_ENUMERATED.match(line)) \
        or titlecaptions.picture_caption(line)


def label_site(lines: list[str]) -> str | None:
    """The site an archive's or a feed's label names in its suffix ("Channel: FIJI NEWS – Fiji Sun" → "Fiji Sun"):
    the label is no headline, but its suffix names the site as a page title's does."""
    for line in lines[:8]:
        if archive_label(line) and (suffix := credits.site_suffix(line)) is not None:
            return suffix[1]
    return None


def opens_on_dateline(text: str) -> bool:
    """A paragraph opening on a dateline, its place in capitals ("FREETOWN, 29 February 2008 - …"): the story's
    first paragraph, so the line over it is the story's headline."""
    return bool(_OPENING_DATELINE.match(text.strip()))


def undoubled(line: str) -> str:
    """A line that is one headline printed twice, run together by the copy ("Go green - … values Go green - …
    values"), as the headline once; any other line as it is."""
    text = line.strip()
    half = (len(text) - 1) // 2
    if len(text) >= 21 and len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]:
        return text[:half]
    return line


# a Chinese headline line: Chinese words, no sentence's punctuation, no date
_ZH_LINE = re.compile(r"^[^，,。！？!?；;:：\d]{2,30}$")


# a subtitle line giving the story's figures: a headline's length, digits in it, no sentence's punctuation
_ZH_FIGURES_LINE = re.compile(r"^(?=.*\d)[^，,。！？!?；;:：]{6,40}$")


def _zh_headline_line(line: str) -> bool:
    return bool(_ZH_LINE.match(line)) and len(CJK.findall(line)) >= 0.8 * len(line.replace(" ", ""))


def zh_subtitle(line: str, above: str, body: str) -> bool:
    """``line`` is the subtitle (副题) under the main headline ``above``: two Chinese headline lines in a row, the
    upper one about the story and longer ("2017年“世界城市日”在廣州開幕" over "聚焦城市治理新模式"), or a full
    headline's length itself over a subtitle giving the figures ("三個街道實現生活垃圾分類全覆蓋" over
    "今年長洲區共建成200套生活垃圾分類亭"); a short line over it is its kicker (引题, :func:`with_kicker`)."""
    if not CJK.search(line) or not CJK.search(above) or not shares_subject(above, body):
        return False
    if _zh_headline_line(line):
        return len(CJK.findall(above)) > len(CJK.findall(line))
    return len(CJK.findall(above)) >= 12 and _zh_headline_line(above) and bool(_ZH_FIGURES_LINE.match(line))


def with_kicker(line: str, after: str) -> str:
    """A short Chinese kicker line (引题, "彭州媒体奖") and the longer main headline under it, joined with a space as
    the page's two-line headline is read; a Chinese title broken over two lines, joined as one; any other line as
    it is."""
    if _zh_headline_line(line) and len(line) <= 6 and _zh_headline_line(after) and len(after) > len(line):
        return f"{line} {after}"
    return line + after if _broken_zh_title(line, after) else line


# the first word of a line that is a credit or a prompt, not the headline going on ("by Jane Doe", "updated 2h ago")
_NOT_GOING_ON = re.compile(r"^(?:by|from|via|updated|posted|published|photos?|images?|source|read|share|click|see|"
                           r"watch|listen|filed|written|reported|edited)\b")


def with_wrapped(line: str, after: str) -> str:
    """``line`` and the line under it when the headline was broken over the two ("Rift Valley police plan
    disarmament programme" / "across Kerio Valley region in northwest Kenya"): the second line goes on in lower
    case, with no sentence of its own, and the two make a headline's length; any other line as it is."""
    # (a page that sets its headline all in small letters sets its subtitle so too: lower case there is no cue)
    if CJK.search(line + after) or not re.match(r"[a-z]", after) or not re.match(r"\W*[A-Z0-9]", line) \
            or _NOT_GOING_ON.match(after) \
            or re.search(r"[.!?:;,|–—-]$", line) or re.search(r"[.!?]\s|[:|]", after) or _tag_name(after):
        return line
    return f"{line} {after}" if word_count(line) >= 3 and word_count(after) <= 14 \
        and word_count(line) + word_count(after) <= 24 else line


def _tag_name(line: str) -> bool:
    """A person's name in lower case alone on its line ("malcolm turnbull"): a page's tag under its headline, which
    no headline goes on with (a broken headline's second line goes on with its phrase: "across Kerio Valley")."""
    words = line.split()
    return 2 <= len(words) <= 3 and line == line.lower() and is_given_name(words[0])


def with_opening(above: str, line: str) -> str:
    """``line`` with the line ``above`` it when that line opens a Chinese title broken over the two ("省人民政府關于"
    over "進一步優化營商環境的若干意見"): the opening alone is no headline, so the pick fell on the second line."""
    return above + line if above and _broken_zh_title(above, line) else line


# a Chinese line that stops inside a phrase: on a conjunction, a particle or a preposition waiting for its object
# (a copy may mix the scripts: "省人民政府關于" sets the traditional 關 beside the simplified 于)
_OPEN_END = re.compile(r"(?:和|与|與|及|暨|的|、|[关關][于於]|对|對|《)$")
# a government paper's kind closing its title ("…的实施意见", "…的通知"), which a title's first line lacks
_PAPER_KIND = re.compile(r"(?:意见|意見|通知|办法|辦法|决定|決定|方案|规定|規定|批复|批覆|报告|報告|公告|通告|"
                         r"通报|通報|细则|細則|规划|規劃|纲要|綱要|条例|條例|决议|決議|措施|函)$")
_CLAUSE = re.compile(r"[，,。！？!?；;:：]")
# "濮阳市人民政府" alone over "关于印发…的通知": the issuing body, on its own line, opens the paper's formal title
_ISSUER = re.compile(r"^[\u3400-\u9fff]{2,24}(?:政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|厅|廳|局|委|署)$")


def _broken_zh_title(line: str, after: str) -> bool:
    """``line`` is the first part of a Chinese title set over two lines ("市政府办公厅关于推进城镇燃气居民和" /
    "餐饮用户“安心用气工程”建设的实施意见"): it stops inside a phrase, or opens a paper's "关于…" title the line
    under it closes with the paper's kind; neither line is a clause of a sentence."""
    if not (CJK.search(line[-1:]) or line.endswith("、")) or not CJK.search(after[:1] + after[-1:]) \
            or _CLAUSE.search(line + after) or len(line + after) > 80 or _PAPER_KIND.search(line):
        return False
    closed = bool(_PAPER_KIND.search(after))
    return bool(_OPEN_END.search(line)) or (bool(re.search(r"[关關][于於]", line)) and closed) \
        or (bool(_ISSUER.match(line)) and bool(re.match(r"[关關][于於]", after)) and closed)


# "HOW TO USE CARBON TAX REVENUES February 2016": a report cover's title in capitals, then its issue date
_CAPS_THEN_DATE = re.compile(r"^(?P<title>[A-Z0-9][A-Z0-9 ,:;'’&?!-]{9,}?)\s+(?:\d{1,2}\s+)?(?i:" + _MONTHS + r")\.?"
                             r"\s+(?:\d{1,2},\s+)?(?:19|20)\d{2}$")


def without_cover_date(line: str) -> str:
    """A title in capitals without the issue date a report's cover prints after it, in other case ("HOW TO USE
    CARBON TAX REVENUES February 2016" → "HOW TO USE CARBON TAX REVENUES"); any other line as it is."""
    match = _CAPS_THEN_DATE.match(line.strip())
    if match is None or not re.search(r"[a-z]", line[match.end("title"):]):
        return line
    return match["title"].strip()


FURNITURE_WORDS = 4
"""At most this many words (a section's name, a date, both) stand before a headline its page prints again alone."""


def furniture_before(line: str, after: str) -> str | None:
    """What stands before the headline ``after`` on the ``line`` over it, when ``line`` is that headline run after a
    few words of furniture ("Finance 19/09/2010 Legislative Chamber reviews budget execution in 1H" over "Legislative
    Chamber reviews budget execution in 1H"): a section's name, the story's date; None for any other pair."""
    line, after = line.strip(), after.strip()
    if word_count(after) < 3 or len(line) <= len(after) or not line.endswith(after):
        return None
    before = line[:-len(after)]
    if before[-1:].isalnum() and after[:1].isalnum():
        return None  # "… in 1H" closing a longer title's last word: no break between the two
    before = before.strip()
    if not 0 < word_count(before) <= FURNITURE_WORDS:
        return None
    # furniture is a date, a section's name in capitals ("World News") or a label closed by its mark ("Opinion |");
    # "Why the council" before "approves the budget" is a headline's own opening
    words = [w for w in re.split(r"[\s|:–—-]+", before) if w]
    marked = bool(re.search(r"[|:–—-]$", before))
    return before if marked or parse_date(before) is not None or all(w[:1].isupper() or w[:1].isdigit()
                                                                     for w in words) else None

