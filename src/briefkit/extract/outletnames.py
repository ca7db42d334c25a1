"""What a candidate outlet's span holds besides a name, and spans that hold no name at all.

The finders of :mod:`briefkit.extract.outletcands`, :mod:`briefkit.extract.outletforms` and the rest read a span of
capitalised words where a page's furniture or lead names its outlet.  On a site nobody has seen the span often holds
more than the name, in shapes every page can have whatever its country or language:

- a dateline's place and date before the name ("Almaty. December 23. Lakeview Post - …" opening the lead);
- a counter or label run into the name ("湖滨网阅读量:7893", "Lakeview Post Views: 120");

and some spans hold no name at all:

- a date alone ("Friday 5 June 2015"), read where a stamp line prints it;
- a Chinese 来源 that names nowhere ("网络", "综合": the internet, compiled);
- an article or an outlet's kind alone ("An", "Broadcasting");
- a menu's or pager's links run together ("Previous Post Next Post", "News Reports Sports Business"), every word a
  section's, a pager's or an outlet's generic word.

:func:`trimmed` takes what is not the name off; :func:`nameless` says when nothing name-like is left.
"""

from __future__ import annotations

import re

from briefkit.extract import credits

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# a date in words or figures: "December 23", "23 December 2014", "Dec. 23, 2014", "23-12-2014", "2014/12/23"
_DATE = (r"(?:(?:" + _WEEKDAY + r",?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?|"
         r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?:19|20)\d{2})?)|"
         r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4})")
# "Almaty. December 23. ", "LAKEVIEW, Dec. 23 - ", "23-12-2014, ": a dateline's town (if any) and date opening a span,
# then the name the lead credits
_DATELINE = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}[.,]\s+)?" + _DATE + r"[.,]?\s*(?:[-–—|]\s*)?"
                       r"(?=\S)")
# "阅读量:7893", "Views: 120", "点击 45": a counter and its label run into the name's end
# (a label or a colon before the number: "KLVW 7", "Lakeview24", "BreakingNews308" hold theirs in the name)
_COUNTER = re.compile(r"(?:(?:阅读|閱讀|点击|點擊|浏览|瀏覽|访问|訪問|评论|評論|人气|人氣)"
                      r"(?:量|数|數|次数|次數)?\s*[:：]?|\s+(?i:views?|hits|reads?|comments?|shares?|likes?)\s*[:：]?|\s*[:：])\s*\d[\d,.]*\s*(?:次|人)?$")
_DATE_ONLY = re.compile(r"^(?:(?:the\s+)?" + _WEEKDAY + r"|" + _MONTH + r"|\d+(?:st|nd|rd|th)?|of|at|on|[,./:|\s-])*$",
                        re.IGNORECASE)
# an article or an outlet's kind alone ("An" read off "© An …", "Broadcasting reported"): a word, no name
_LONE = frozenset({"a", "an", "the", "this", "our", "also", "it", "its", "he", "she", "they", "we", "you", "there",
                   "here", "when", "if", "but", "and", "or", "so", "then", "now", "broadcasting", "media", "press",
                   "radio", "television", "tv", "newspaper", "magazine", "online", "network", "agency", "news agency",
                   "wire", "channel", "newsroom", "newsdesk"})
# "网络", "互联网", "综合", "网友" (the internet, compiled, a user): a 来源 saying the text was gathered from nowhere
# named, on any Chinese site
_ZH_NOWHERE = re.compile(r"(?:网络|網絡|网路|網路|互联网|互聯網|综合|綜合|网友|網友|网传|網傳|转载|轉載|未知|其他|其它)"
                         r"(?:整理|资料|資料|消息)?")
# a pager's words: a span holding one is a pager's or a list's links, never a masthead
_PAGER = frozenset({"previous", "next", "older", "newer", "prev", "back", "forward"})
# words an outlet's name may hold but never consist of alone: the generic ones a menu's links share with mastheads
# (and a breadcrumb's to a writer's page, "Home Authors Author")
_GENERIC = frozenset({"post", "posts", "entry", "entries", "news", "report", "reports", "story", "stories",
                      "article", "articles", "sports", "sport", "business", "home", "more", "page", "pages", "and",
                      "&", "politics", "world", "opinion", "entertainment", "lifestyle", "video", "videos", "photos",
                      "contact", "about", "menu", "author", "authors", "contributor", "contributors", "writers",
                      "columnists", "bloggers"})

# the word a section's heading puts before "News" ("General News", "Latest News"): a kind of story, never a name
_SECTION_KIND = frozenset({"general", "latest", "local", "top", "breaking", "national", "international", "regional",
                           "world", "more", "other", "related", "recent", "featured", "trending", "popular", "main"})


def trimmed(name: str) -> str:
    """``name`` without a dateline's town and date before it or a counter after it ("Almaty. December 23.
    Lakeview Post" → "Lakeview Post", "湖滨网阅读量:7893" → "湖滨网"); the name as given when nothing is left."""
    text = name.strip()
    opening = _DATELINE.match(text)
    rest = text[opening.end():].strip(" .,;:|-–—") if opening else ""
    if re.search(r"[^\W\d_]{2}", rest):
        text = rest
    if (counter := _COUNTER.search(text)) and counter.start() > 0:
        text = text[:counter.start()].strip(" .,;:|-–—")
    return text if len(text) >= 2 else name


def nameless(name: str) -> bool:
    """Whether ``name`` holds no outlet's name: a date alone ("Friday 5 June 2015"), a word alone ("An", "Radio") or a
    menu's or pager's links run together ("Previous Post Next Post", "News Reports Sports Business")."""
    text = name.strip(" .,;:|-–—")
    if re.search(r"[\u3400-\u9fff]", text):
        return bool(_ZH_NOWHERE.fullmatch(text))
    if (re.search(r"\d", text) and _DATE_ONLY.match(text)) or text.lower() in _LONE:
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z&]+", text)]
    if _PAGER & set(words):
        # "Previous Post Next Post", "Next Story": a pager's links with the words of the list they page through
        return all(w in _PAGER or w in _GENERIC or credits.section_label(w) for w in words)
    if len(words) == 2 and words[0] in _SECTION_KIND and words[1] in {"news", "stories", "updates"}:
        return True  # "General News", "Latest Stories": a section's heading over the story, no outlet
    # "News Reports Sports Business": a menu's links run together ("Business Report" alone may be a paper)
    return len(words) >= 3 and all(w in _GENERIC for w in words)
