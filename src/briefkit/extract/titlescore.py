"""What a title shares with the text under it: a cue that tells the headline from the page's other lines.

A page pasted as text may open with a ticker of other stories, a slogan or a
section's teasers, each a headline-like line.  The article's own headline is
about what its first paragraphs say, so it shares their content words (for
Chinese, their two-character words); a teaser for another story does not.
The cue only breaks ties between candidates that look alike otherwise.
"""

from __future__ import annotations

import re

from briefkit.extract.dates import parse_date
from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordcount import CJK, word_count

FIELD_START = re.compile(r"^[\w\u3400-\u9fff ]{1,20}[:：]\s*\S")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
_STOP = frozenset({
    "the", "and", "for", "with", "that", "this", "from", "have", "has", "had", "are", "was", "were", "will",
    "would", "its", "their", "they", "them", "than", "then", "into", "over", "under", "after", "before", "about",
    "more", "most", "some", "such", "what", "when", "where", "which", "while", "who", "whom", "why", "how", "not",
    "but", "all", "any", "can", "could", "may", "might", "new", "says", "said", "say", "also", "been", "being",
    "our", "your", "his", "her", "she", "him"
})


@text_cache(maxsize=4096)  # each candidate title's words are stemmed again for each comparison
def _stem(word: str) -> str:
    """A crude stem, enough to meet "budget"/"budgets", "approves"/"approved"."""
    word = word.lower().replace("’", "'").split("'")[0]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[:-len(suffix)]
    return word


def _terms(text: str) -> set[str]:
    terms = {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP}
    chars = "".join(CJK.findall(text))
    return terms | {chars[i:i + 2] for i in range(len(chars) - 1)}


def shares_subject(line: str, body: str) -> bool:
    """``line`` shares enough of its content words with ``body`` to be about the same thing."""
    mine = _terms(line)
    if not mine or not body:
        return False
    shared = len(mine & _terms(body))
    return shared >= 2 and shared * 3 >= len(mine)


# Lines that look like headlines and are not: a link, a photo's caption closing on its credit
# ("… province. [Provided to China Daily]", "… 圖／聯合報系資料照片"), a report's numbered section ("1. Main
# points"), a paywall's or a blog's prompt ("Get All Access for $5/mo", "Showing posts with label …")
_NOT_HEADLINE = guarded(re.compile(
    r"https?://|\bwww\.\w|[.。!?」”]\s*\[[^\[\]]{3,60}\]\s*\|?\s*$"
    # (a press release's "(附圖/短片)", with a picture and a clip, is no photo's credit)
    r"|(?<!附)(?:圖|图)\s*[／/]\s*(?![^\s)）]{0,4}[)）]\s*$)\S{2,24}\s*$|(?:图片|圖片)(?:来源|來源)\s*[:：]"
    r"|^\d{1,2}\.(?:\d{1,2}\.?)*\s+(?:\S+\s+){0,4}\S+$|\$\d+(?:\.\d\d)?\s*/\s*(?:mo|month|yr|year|wk|week)\b"
    r"|\bha(?:s|ve)\s+(?:been\s+)?moved\s+to\b"  # "This content … has moved to Ireland.ie/…": a site notice
    r"|\bget\s+(?:all\s+)?access\b|\bshowing\s+posts\b|\bshow\s+all\s+posts\b|\b(?:older|newer)\s+posts\b"
    # a broken page's software diagnostic printed over the story, by any CMS or language ("JUser: :_load: Unable
    # to load user with ID: 628", "Warning: Undefined index …", "Fatal error: … on line 12")
    r"|\bunable\s+to\s+(?:load|connect|open|find)\b|\bundefined\s+(?:index|variable|offset|array\s+key)\b"
    r"|\bfailed\s+to\s+open\s+stream\b|\bon\s+line\s+\d+\s*$|^(?:fatal|parse)\s+error\s*:|\w\s*:\s*:\s*_?\w+\s*:"
    # an advertiser's or an app store's prompt ("Advertise with NZME.", "Are you primarily interested in advertising",
    # "Get it on the Apple Store", "Download our app")
    r"|\badvertis(?:e|ing)\s+(?:with|on)\b|\binterested\s+in\s+advertising\b|\bget\s+it\s+on\b|\b(?:app|play)\s+store\b"
    r"|\bdownload\s+(?:our|the)\s+app\b"
    # a newsletter's or a column's tagline speaking to the reader ("MediaPLUS is your weekly update on …")
    r"|\b(?:is|are)\s+your\s+(?:daily|weekly|monthly|fortnightly|go-to|one-stop|essential)\b"
    # a Chinese byline's "文/记者 X", "文｜X" (its writer, never its headline); a paper's column label alone
    # ("經濟日報社論", "人民日报评论员")
    r"|^\s*(?:文|图文|圖文)\s*[/／|｜]|^[\u3400-\u9fff]{2,8}(?:社論|社论|評論員|评论员)$"
    # a reporter's credit closing the line ("中国新闻周刊记者:王明", "本報記者 李華"): who wrote it, not what it says
    r"|(?:记者|記者)(?:\s*[:：]\s*|\s+)[\u3400-\u9fff·]{2,5}$"
    # a magazine's print note ("发于2025.8.11总第1199期《X周刊》杂志"): where the story ran, not its headline
    r"|^(?:发于|發於|刊于|刊於|原载于?|原載於?)\S{0,24}第?\d+期"
    # a date widget's broken line ("Friday, 10th 2023", "Tuesday 9th"): a weekday and a day's number alone
    r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s+\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s+(?:19|20)\d\d)?\s*$"
    # a wire story's end mark ("(END) Dow Jones Newswires", "-- END --", "-30-"): the story closes there
    r"|^\(END\)|^[-–—]+\s*(?:END|30)\s*[-–—]+$"
    # a deck that drops its subject, the headline's speaker ("Says October remains farmers' annual show",
    # "Urges FG to …"): the line under a headline, never the headline itself
    r"|^(?-i:(?:Says|Urges|Insists|Vows|Warns)\s+(?!who\b)[\w‘'\"“])",
    re.IGNORECASE))


def not_headline(line: str) -> bool:
    """A link, a captioned photo's credit, a numbered section or a prompt: headline-like, never the title."""
    return bool(_NOT_HEADLINE.search(line))


def is_standfirst(line: tuple[float, int, str], above: tuple[float, int, str], body: str) -> bool:
    """``line`` (over the date or byline) is the standfirst of the headline ``above`` it: a longer line, or
    one about the story as much as the line above but for the date or byline under it."""
    if CJK.search(line[2]) or parse_date(above[2]) or word_count(above[2]) < 4:
        return False
    about_line, about_above = shares_subject(line[2], body), shares_subject(above[2], body)
    if about_line and not about_above:
        return False  # a section page's title ("Middle-east News Opinion | Site") over the story's own headline
    if about_above and not about_line and 2 <= line[0] < 3 and word_count(line[2]) >= 8:
        return True  # the byline under a standfirst that wanders from the story ("…, say economists") marks both
    if word_count(line[2]) >= 9 and word_count(line[2]) >= 1.5 * word_count(above[2]):
        return True
    return 2 <= line[0] < 3 and above[0] >= line[0] - 2 and word_count(line[2]) >= 5 \
        and not FIELD_START.match(above[2]) and shares_subject(line[2], body)

def in_menu(cleaned: list[str], i: int) -> bool:
    """Line ``i`` is one of three or more short lines in a row, none a sentence or a date."""
    def short(j: int) -> bool:
        return 0 <= j < len(cleaned) and 0 < word_count(cleaned[j]) < 4 and not _SENTENCE_END.search(cleaned[j]) \
            and parse_date(cleaned[j]) is None and not FIELD_START.match(cleaned[j])  # "Editor: Tom Lee"
    if not short(i):
        return False
    start, end = i, i
    while short(start - 1):
        start -= 1
    while short(end + 1):
        end += 1
    return end - start >= 2
