"""Head lines that look like headlines and are the page's widgets, tags or names: kept out of the title.

Each rule states the kind it covers and holds on pages of many sites, not one:

- a weather widget's reading ("19° C, Sunny") is never a headline, nor a post's meta line with its comment
  count ("jane doe No Comments");
- a line speaking of the reader's device (a cookie banner's consent prompt, a browser's recommendation,
  a keyboard shortcut, an app's download prompt), markup left in the text, a link row naming two of the
  site's language versions, a menu set out one Chinese character at a time: never a headline;
- a column tag in lenticular brackets at the start ("【预算案】财长:…") belongs to the headline; a line
  of several such tags is a spam or keyword list;
- a menu word ("News", "Video", "Home") is furniture when it is the line, or nearly; "News Digest: Status
  of the Nation's Highways …" is a labelled headline;
- a labelled title field ("原标题:…", "标题:…", "Headline: …") gives the title itself;
- a Chinese headline's site suffix ("… - 信報", "…-美联社", "…(澳門新聞局)") names the site, as " | Site" does in
  English;
- a tag naming the page's medium ("… budget [Video]", "… (PHOTOS)") says what the page holds, not what
  the story says;
- a reading-time stamp run onto a headline ("…election1 min read . Updated: 05 Feb 2021") is no part of it;
- a name line alone (a site's "中国经济网", an office's "吕梁市人民政府办公厅", a section's "Letters to the
  Editor", "学校要闻") heads the page or the section, not the story;
- a picture's credit line ("Credit: Public domain.") and a request to the reader ("Please make active links to
  the source …") speak of the page, not the story;
- a headline quoted whole in title brackets ("《一季度经济实现开门红》"), or after its site's domain and a colon
  ("Bloomberg.com: Bank raises rate"), is the headline inside;
- a dash suffix the page prints again on a line of its own furniture ("… – Africa Links 24" over "Rédaction
  Africa Links 24 with …") names the site, even where the name does not read as an outlet's.
"""

from __future__ import annotations

import re

from briefkit.extract.interfacewords import DEVICE, MENU, alternation, anywhere
from briefkit.extract.regexguard import guarded
from briefkit.extract.titleedges import masthead_line, more_link
from briefkit.extract.wordcount import word_count

_WEATHER = re.compile(r"^-?\d{1,3}\s*°\s*[CF]?\b")
# a post's meta line, its poster and comment count ("jane doe No Comments", "… - 13 comments", "Leave a Reply"):
# a blog's furniture over or under the story, whatever name it carries
_COMMENTS = re.compile(r"(?:^|[\s|·•-])(?:no|\d{1,5})\s+comments?$|^leave\s+a\s+(?:comment|reply)$", re.IGNORECASE)
_TAGS = re.compile(r"【[^】]*】")
_MENU_WORD = re.compile(
    r"^" + alternation(MENU) + r"(?![\w-])"  # "News-Reporter addresses …" opens on a name, not the menu word
    r"|^(?:跳过|跳過|跳到|跳至|跳转到|跳轉到)(?:导航|導航|主要内容|主要內容|内容|內容)",  # "Skip navigation"
    re.IGNORECASE)
# menu words that are also plain words a headline may open on ("More …", "Open …", "Home …", "Next …")
_PLAIN_MENU = re.compile(r"(?i:more|open|close|home|next|search|print|news)")
_FUNCTION = re.compile(r"than|of|by|from|in|on|at|about|and|or|&|to|for|with|the|a|an|this|that|these|those|"
                       r"stories|news|articles|posts|videos|photos|info|information|updates|results|items|links|page|pages")
_TITLE_FIELD = re.compile(r"^(?:原标题|原標題|标\s*题|標\s*題|题\s*目|題\s*目|headline|title)\s*[:：]\s*"
                          r"(?P<title>\S.{3,})$", re.IGNORECASE)
_ZH_OUTLET = r"[\u3400-\u9fff]{1,8}(?:社|网|網|台|报|報|新闻|新聞|周刊|週刊|杂志|雜誌)"
# "…施政報告】(澳門新聞局)": the credit in brackets, an outlet's or an information office's (新聞局, 新闻办)
_ZH_OFFICE = r"[\u3400-\u9fff]{1,8}(?:新闻局|新聞局|新闻处|新聞處|新闻办|新聞辦|新闻办公室|新聞辦公室|新闻署|新聞署)"
# the column platforms of Chinese portals, where users and firms post under the portal's name: 东方财富's 财富号,
# Baidu's 百家号, Toutiao's 头条号 …; the copy of a post runs the platform's name onto its headline
_ZH_PLATFORM = (r"(?:财富号|財富號|百家号|百家號|头条号|頭條號|企鹅号|企鵝號|网易号|網易號|"
                r"搜狐号|搜狐號|大鱼号|大魚號|澎湃号|澎湃號|一点号|一點號)")
_ZH_SITE = re.compile(r"^(?P<title>.*[\u3400-\u9fff」』》”】].*?)(?:\s*[-–—|｜]\s*(?P<site>" + _ZH_OUTLET + r")"
                      r"|\s*[(（](?P<credit>" + _ZH_OUTLET + r"|" + _ZH_OFFICE + r")[)）]"
                      # "…受益环节财富号": a column platform's name, run onto the headline as a site's is
                      r"|(?<=[\u3400-\u9fff」』》”)）])(?P<platform>" + _ZH_PLATFORM + r"))$")
_READ_TIME = re.compile(r"\s*\d{1,3}\s*min(?:ute)?s?\s+read\b.*$", re.IGNORECASE)
# "… budget [Video]", "… (PHOTOS)": a tag naming the page's medium, not its subject
_MEDIA_TAG = re.compile(r"\s*[\[(](?:video|videos|photos?|gallery|watch|audio|podcast|live)[\])]\s*$", re.IGNORECASE)
_ZH_NAME = re.compile(r"^[\u3400-\u9fff]{2,8}(?:网|網|报社|報社|日报|日報|办公厅|辦公廳|办公室|辦公室|人民政府|"
                      r"委员会|委員會)$"
                      # "內政部警政署警察廣播電臺全球資訊網": a body's portal, named as long as the body's name runs
                      r"|^[\u3400-\u9fff]{2,20}(?:全球資訊網|全球资讯网|資訊網|资讯网|入口網站|入口网站|門戶網站|门户网站|"
                      r"官方網站|官方网站|政府網站|政府网站)$")
# a section's name alone on its line, over the headline: a letters page's, an opinion page's, a portal's column
# ("Letters to the Editor", "Editorial", "学校要闻", "新聞特寫")
_SECTION = re.compile(r"^(?:(?:your\s+|readers[’']?\s+)?letters?(?:\s+to\s+the\s+editor)?|editorials?|opinion|op-ed|"
                      r"commentary)$|^[\u3400-\u9fff]{0,4}(?:要闻|要聞|特写|特寫|快讯|快訊|动态|動態|新闻|新聞|推荐|推薦|评论|評論|阅读|閱讀"
                      r"|导读|導讀|提示|专题|專題|头条|頭條)$", re.IGNORECASE)


# a Chinese page's tools: its other versions, print, send and post buttons, a picture's zoom ("簡體版 英文版
# 寄給朋友", "放大圖片", "發表文章"); a line of them, or one alone, is furniture
_ZH_TOOL = re.compile(r"^(?:简体版?|簡體版?|繁体版?|繁體版?|正体版|正體版|英文版|English|手机版|手機版|"
                      r"寄给朋友|寄給朋友|转寄|轉寄|打印(?:本页)?|列印(?:本頁)?|友善列印|分享(?:到)?|收藏|"
                      r"关闭(?:窗口)?|關閉(?:視窗)?|(?:正文)?复制|(?:正文)?複製|返回(?:顶部|頂部)?|字号|字號|[大中小]|放大|缩小|縮小|默认|默認|还原|還原|"
                      r"(?:点击)?放大图片|(?:點擊)?放大圖片|查看大图|查看大圖|无障碍|無障礙|收藏本[文页頁]|关闭窗口|"
                      r"關閉視窗|(?:扫一扫|掃一掃|扫码|掃碼)\S{0,12}|"
                      # a blog's or a forum's buttons to post ("發表文章", "張貼留言", "发表评论")
                      r"发表文章|發表文章|发表评论|發表評論|张贴留言|張貼留言|发表回复|發表回覆)$", re.IGNORECASE)


# "您的瀏覽器不支援JavaScript功能,…請開啟瀏覽器JavaScript狀態": a browser's warning, in Chinese words
_ZH_BROWSER = re.compile(r"(?:瀏覽器|浏览器)\s*(?:不支援|不支持|版本過低|版本过低|已停用)|(?:開啟|开启|啟用|启用)\s*"
                         r"(?:瀏覽器|浏览器)?\s*JavaScript|JavaScript\s*(?:功能|狀態|状态)", re.IGNORECASE)


_DEVICE = guarded(re.compile(anywhere(DEVICE)))
# "Credit: Public domain.", "Photo credit: …": a picture's credit standing alone over the story
_CREDIT_LINE = re.compile(r"^(?:(?:photo|image|picture|cover)\s+)?credits?\s*[:：]", re.IGNORECASE)
# "鲜花( 0) 鸡蛋( 0)", "Likes (3) Comments (12)": a forum's or a post's counters, each a word and its count in brackets
_COUNTERS = re.compile(r"(?:\S\s*[(（]\s*\d+\s*[)）].*){2}")
# "Please make active links to the source, …", "Please enable JavaScript": the page asking the reader for something
_REQUEST = re.compile(r"^(?:please|kindly)\s+[a-z]+\b(?:\s+\S+){3,}", re.IGNORECASE)
# "Login to your account", "Watchlists are a member only feature", "Alerts are a premium feature", "… Register for
# FREE": a site's account prompts speak to its reader about the page's tools, wherever they stand
_ACCOUNT_PROMPT = guarded(re.compile(r"^(?:log\s*in|sign\s+in|sign\s+up|register|subscribe)\b.{0,30}\byour\s+account\b"
                             r"|\b(?:register|sign\s+up|subscribe|join)\s+(?:now\s+|today\s+)?for\s+free\b"
                             r"|\b(?:a\s+)?(?:members?[- ]only|premium|subscriber[- ]only)\s+"
                             r"(?:feature|content|tool)s?$",
                             re.IGNORECASE))
# "《一季度鄭州經濟實現“開門紅”》": a headline quoted whole in title brackets, with none inside
_BRACKETED = re.compile(r"^《(?P<title>[^《》]{4,})》$")
# "Bloomberg.com: Colombia Bank Raises …": a site's domain, a colon, then the headline
_DOMAIN_LABEL = re.compile(r"^(?P<site>[A-Z][\w-]*(?:\.[a-z]{2,6}){1,2})\s*:\s+(?P<title>\S.{11,})$")
_DASH_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[-–—]\s+(?P<site>[A-Z][^-–—|｜]{1,40})$")
# markup left in the text by a page's converter ("<acronym id=…><label …>"): a tag with its attributes, or closed
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+\s*=|\s*/?\s*>)")
# a site's other language versions, each named in its own language: two on one line make it the portal's link row
# a line that points to another story ("推荐新闻:好市多…", "相關新聞：…", "Read more: …", "ALSO READ: …"), a page's
# text-size prompt ("Text too small?"), and a Chinese compiled-report credit with its town ("綜合報導 / 台中市",
# "编译 / 北京"): a link box or a credit flattened into the copy, never the story's own headline
_POINTER = re.compile(r"^\W*(?:(?:read|see)\s+(?:also|more|next)|also\s+read"
                      r"|related(?:\s+(?:story|stories|news|articles?))?"
                      r"|推荐(?:新闻|阅读|文章|视频)|推薦(?:新聞|閱讀|文章|影音)|相关(?:新闻|阅读|文章|报道)"
                      r"|相關(?:新聞|閱讀|文章|報導)|延伸阅读|延伸閱讀|热门推荐|熱門推薦|看更多)\s*[:：|｜»>]"
                      r"|^text\s+too\s+(?:small|big|large)\s*\?"
                      r"|^(?:綜合報導|综合报道|綜合報道|综合报导|綜合外電|综合外电|編譯|编译)\s*[/／|｜]",
                      re.IGNORECASE)
_LANGUAGE = re.compile(r"^(?:English|Русск\w*|Français|Español|Deutsch|Português|Italiano|中文|中文版|简体|簡體|"
                       r"繁體|繁体|日本語|한국어|العربية|Монгол|Қазақ\w*)$")


# a blog's sidebar or a report's parts list, heading its own box ("Table of Contents", "Blog Archive", "我的照片")
_SIDEBAR = re.compile(r"^(?:table\s+of\s+contents|contents|about\s+me|blog\s+archive|archives?|categories|"
                      r"recent\s+(?:posts|comments)|popular\s+posts|followers|labels|我的照片|我的相簿|我的相片|"
                      r"关于我|關於我|最新文章|热门文章|熱門文章|文章分类|文章分類|我的档案|我的檔案|个人资料|個人資料)"
                      r"\s*[:：]?$", re.IGNORECASE)


def is_widget(line: str) -> bool:
    """A weather widget's reading, a blog's sidebar heading, a post's comment count, a tag list, a Chinese page's
    tools or browser warning, an account prompt ("Login to your account"), a line speaking of the reader's device
    (cookies, browser, keyboard, app), markup, a link row to the site's language versions, a picture's credit, a request
    to the reader, a row of counters, a pointer to another story or a compiled report's credit: never the title."""
    return bool(_WEATHER.match(line)) or bool(_SIDEBAR.match(line.strip())) \
        or bool(_COMMENTS.search(line.strip())) or len(_TAGS.findall(line)) >= 2 \
        or _zh_tools(line) \
        or bool(_ZH_BROWSER.search(line)) or bool(_DEVICE.search(line)) or bool(_MARKUP.search(line)) \
        or sum(1 for item in line.split() if _LANGUAGE.match(item)) >= 2 or _letter_spaced(line) \
        or bool(_CREDIT_LINE.match(line.strip())) or bool(_REQUEST.match(line.strip())) or more_link(line) \
        or bool(_ACCOUNT_PROMPT.search(line.strip())) or bool(_POINTER.match(line.strip())) \
        or (bool(_COUNTERS.search(line)) and word_count(re.sub(r"[(（]\s*\d+\s*[)）]", "", line)) <= 6)


def _letter_spaced(line: str) -> bool:
    """"首 页 政 务 公 开 网 上 办 事": a menu set out one Chinese character at a time, as a portal's
    navigation bar is and no headline is."""
    items = line.split()
    single = sum(1 for item in items if len(item) == 1 and re.match(r"[\u3400-\u9fff]", item))
    return len(items) >= 6 and single >= 0.8 * len(items)


def _zh_tools(line: str) -> bool:
    """"放大圖片" alone, or "簡體版 英文版 寄給朋友 政府新聞網": a line whose items are a page's tools, but for one."""
    # "放大+ 缩小- 默认o": a font-size control's label carries its key after it
    items = [re.sub(r"(?<=[\u3400-\u9fff])(?:[+＋\-－]|[A-Za-z])$", "", item.strip("[]【】")) for item in line.split()]
    tools = sum(1 for item in items if _ZH_TOOL.match(item))
    return bool(items) and re.search(r"[\u3400-\u9fff]", line) is not None and (
        tools == len(items) or (tools >= 2 and tools >= len(items) - 1))


def is_menu_word(line: str) -> bool:
    """A menu word that is the whole line or nearly ("News", "Share:", "Read more …"), not a labelled headline
    ("News Digest: …", "Comment | …") nor a headline phrase opening on a word that also names a link ("More
    teacher strikes look inevitable", "Open Letter to the City Council")."""
    # "Comment | Marhaen, kayangan and the minimum wage debate": a column's label, then its headline
    return bool(_MENU_WORD.match(line)) and (word_count(line) <= 4 or not re.search(r"[:：|｜]\s*\S", line)) \
        and not _opens_headline(line)


def _opens_headline(line: str) -> bool:
    """A line of four words or more opening on a plain word a menu also uses ("More", "Open", "Home") as the
    first word of a phrase: the next word is no function word ("More from …", "News and Info …", "More than …"
    are a widget's heading or a sentence), the line holds no other menu word, and a lowercase word or a function
    word joins its words, as a headline's do and a row of links' capitalised items ("News Reports Sports
    Business") do not."""
    words = line.split()
    if len(words) < 4 or not _PLAIN_MENU.fullmatch(words[0]) or _FUNCTION.fullmatch(words[1].lower()) \
            or not words[1].isalpha():  # "Home / The Country", "Home » Economy": a breadcrumb
        return False
    if any(_MENU_WORD.fullmatch(w.strip(",.:;!?")) for w in words[1:]):
        return False
    return any(w[:1].islower() or _FUNCTION.fullmatch(w.lower()) for w in words[1:])


def is_name_line(line: str) -> bool:
    """A Chinese site's or office's name, or a section's name, alone on its line: it heads the page or the
    section, not the story."""
    return bool(_ZH_NAME.match(line.strip())) or bool(_SECTION.match(line.strip())) or masthead_line(line)


def title_field(line: str) -> str | None:
    """The title a labelled field gives ("原标题:天秦装备…" → "天秦装备…"), or None."""
    match = _TITLE_FIELD.match(line.strip())
    return match["title"].strip() if match else None


def zh_site_suffix(title: str) -> tuple[str, str] | None:
    """"不及格的「小預算案」 - 信報" → (title, site): a Chinese headline's suffix naming the site, its credit in
    brackets ("…(澳門新聞局)"), or a column platform's name run onto it ("…受益环节财富号")."""
    match = _ZH_SITE.match(title.strip())
    if match is None or len(re.findall(r"[\u3400-\u9fff]", match["title"])) < 5:
        return None
    return match["title"].strip(), match["site"] or match["credit"] or match["platform"]


def without_read_time(line: str) -> str:
    """A headline without a reading-time stamp run onto it ("…election1 min read . Updated: …")."""
    cut = _READ_TIME.sub("", line)
    return cut if word_count(cut) >= 3 else line


def without_media_tag(title: str) -> str:
    """A headline without the tag naming its page's medium ("… budget [Video]" → "… budget")."""
    cut = _MEDIA_TAG.sub("", title)
    return cut if word_count(cut) >= 2 else title


def unwrapped(title: str) -> str:
    """The headline inside title brackets that quote it whole ("《…》" → "…")."""
    match = _BRACKETED.match(title.strip())
    return match["title"].strip() if match else title


def domain_label(title: str) -> tuple[str, str] | None:
    """"Bloomberg.com: Bank raises rate" → ("Bank raises rate", "Bloomberg.com"): the headline after its site's
    domain, or None."""
    match = _DOMAIN_LABEL.match(title.strip())
    return (match["title"].strip(), match["site"]) if match else None


def echoed_suffix(title: str, lines: list[str], story: str) -> tuple[str, str] | None:
    """The title without a dash suffix that the page prints again among its furniture lines (``lines``, the
    title line's copies aside) and never in the ``story``: a site's name, however it reads ("… – Africa Links
    24" with "Rédaction Africa Links 24 with …" over the story), else None.  ``story`` holds the story's long
    paragraphs only: a short credit line read as a paragraph is furniture too."""
    match = _DASH_SUFFIX.match(title.strip())
    if match is None or word_count(match["site"]) > 5 or match["site"] in story:
        return None
    site = match["site"].strip()
    pattern = re.compile(r"(?<!\w)" + re.escape(site) + r"(?!\w)")
    head = match["title"].strip()
    # (a line holding the headline too is the title's copy, whatever dash it joins them with)
    echoed = any(pattern.search(line) and head not in line for line in lines)
    return (head, site) if echoed else None
