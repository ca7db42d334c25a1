"""Head lines that look like headlines and are the page's widgets, tags or names: kept out of the title.

Each rule states the kind it covers and holds on pages of many sites, not one:

- a weather widget's reading ("19° C, Sunny") is never a headline;
- a column tag in lenticular brackets at the start ("【预算案】财长:…") belongs to the headline; a line
  of several such tags is a spam or keyword list;
- a menu word ("News", "Video", "Home") is furniture when it is the line, or nearly; "News Digest: Status
  of the Nation's Highways …" is a labelled headline;
- a labelled title field ("原标题:…", "标题:…", "Headline: …") gives the title itself;
- a Chinese headline's site suffix ("… - 信報", "…-美联社") names the site, as " | Site" does in English;
- a tag naming the page's medium ("… budget [Video]", "… (PHOTOS)") says what the page holds, not what
  the story says;
- a reading-time stamp run onto a headline ("…election1 min read . Updated: 05 Feb 2021") is no part of it;
- a name line alone (a site's "中国经济网", an office's "吕梁市人民政府办公厅", a section's "Letters to the
  Editor", "学校要闻") heads the page or the section, not the story.
"""

from __future__ import annotations

import re

from briefkit.extract.interfacewords import MENU, alternation
from briefkit.extract.wordcount import word_count

_WEATHER = re.compile(r"^-?\d{1,3}\s*°\s*[CF]?\b")
_TAGS = re.compile(r"【[^】]*】")
_MENU_WORD = re.compile(
    r"^" + alternation(MENU) + r"\b"
    r"|^(?:跳过|跳過|跳到|跳至|跳转到|跳轉到)(?:导航|導航|主要内容|主要內容|内容|內容)",  # "Skip navigation"
    re.IGNORECASE)
_TITLE_FIELD = re.compile(r"^(?:原标题|原標題|标\s*题|標\s*題|题\s*目|題\s*目|headline|title)\s*[:：]\s*"
                          r"(?P<title>\S.{3,})$", re.IGNORECASE)
_ZH_SITE = re.compile(r"^(?P<title>.*[\u3400-\u9fff」』》”].*?)\s*[-–—|｜]\s*"
                      r"(?P<site>[\u3400-\u9fff]{1,8}(?:社|网|網|台|报|報|新闻|新聞|周刊|週刊|杂志|雜誌))$")
_READ_TIME = re.compile(r"\s*\d{1,3}\s*min(?:ute)?s?\s+read\b.*$", re.IGNORECASE)
# "… budget [Video]", "… (PHOTOS)": a tag naming the page's medium, not its subject
_MEDIA_TAG = re.compile(r"\s*[\[(](?:video|videos|photos?|gallery|watch|audio|podcast|live)[\])]\s*$", re.IGNORECASE)
_ZH_NAME = re.compile(r"^[\u3400-\u9fff]{2,8}(?:网|網|报社|報社|日报|日報|办公厅|辦公廳|办公室|辦公室|人民政府|"
                      r"委员会|委員會)$")
# a section's name alone on its line, over the headline: a letters page's, an opinion page's, a portal's column
# ("Letters to the Editor", "Editorial", "学校要闻", "新聞特寫")
_SECTION = re.compile(r"^(?:(?:your\s+|readers[’']?\s+)?letters(?:\s+to\s+the\s+editor)?|editorials?|opinion|op-ed|"
                      r"commentary)$|^[\u3400-\u9fff]{0,4}(?:要闻|要聞|特写|特寫|快讯|快訊|动态|動態)$", re.IGNORECASE)


def is_widget(line: str) -> bool:
    """A weather widget's reading, or a tag list: never the title."""
    return bool(_WEATHER.match(line)) or len(_TAGS.findall(line)) >= 2


def is_menu_word(line: str) -> bool:
    """A menu word that is the whole line or nearly ("News", "Share:", "Read more …"), not a labelled headline
    ("News Digest: …", "Comment | …")."""
    # "Comment | Marhaen, kayangan and the minimum wage debate": a column's label, then its headline
    return bool(_MENU_WORD.match(line)) and (word_count(line) <= 4 or not re.search(r"[:：|｜]\s*\S", line))


def is_name_line(line: str) -> bool:
    """A Chinese site's or office's name, or a section's name, alone on its line: it heads the page or the
    section, not the story."""
    return bool(_ZH_NAME.match(line.strip())) or bool(_SECTION.match(line.strip()))


def title_field(line: str) -> str | None:
    """The title a labelled field gives ("原标题:天秦装备…" → "天秦装备…"), or None."""
    match = _TITLE_FIELD.match(line.strip())
    return match["title"].strip() if match else None


def zh_site_suffix(title: str) -> tuple[str, str] | None:
    """"不及格的「小預算案」 - 信報" → (title, site): a Chinese headline's suffix naming the site."""
    match = _ZH_SITE.match(title.strip())
    if match is None or len(re.findall(r"[\u3400-\u9fff]", match["title"])) < 5:
        return None
    return match["title"].strip(), match["site"]


def without_read_time(line: str) -> str:
    """A headline without a reading-time stamp run onto it ("…election1 min read . Updated: …")."""
    cut = _READ_TIME.sub("", line)
    return cut if word_count(cut) >= 3 else line


def without_media_tag(title: str) -> str:
    """A headline without the tag naming its page's medium ("… budget [Video]" → "… budget")."""
    cut = _MEDIA_TAG.sub("", title)
    return cut if word_count(cut) >= 2 else title
