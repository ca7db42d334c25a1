"""Title, date and outlet from the lines around a page's body, in any common layout.

Pages pasted as text open with site furniture ("Skip to main content", a
breadcrumb, share buttons, a ticker of other headlines), then the title, a
date or byline line, sometimes the title again.  Each head line is judged as
a title candidate: furniture, date lines, bylines and labelled fields are
not titles, nor are photo captions, "#Section" tags, menus (pipes, a stack of
short lines, words run together) and a person's name alone; a line repeated
on the page (or repeated with a site suffix) and a line followed by a date or
byline line are strong candidates, though a headline's standfirst may stand
between them.  A stored copy's date stamp, "Title:" and "BREAKING:" labels
and a table's empty cells are cleaned off.  A title picked past other
candidates is a *weak* guess, and says so.

Dates come from the line after the title first (a line before it is often
the day the page was saved), then datelines ("BEIJING, Jan 19 (Xinhua) -",
"ANAHEIM, Calif., July 17, 2025 /PRNewswire/ -", "中新社北京3月3日电"),
then the other head lines.  Agencies come from datelines (read in :mod:`briefkit.extract.datelines`,
re-exported here where other modules look for them) ("10 oct (Reuters) -" too) and "By …,
Associated Press Writers"; the name sharing a date line ("Outlet | 16 Sep 2023") is read in
:mod:`briefkit.extract.sources`.  Counters ("(57,391 posts)"), a newspaper's page labels ("第03版"),
app prompts, co-branded channels, photo credits, salutations, nameless bylines ("Staff Report"), a
dateline's place alone, section labels and mastheads are no titles; a logo's alt text, a notice run
into the title line and a trail of section and site names ("| Local News | The Daily Star") are cleaned off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from briefkit.extract import bylines_zh, credits, headnoise, titlecaptions, titleprose, titleshapes
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.captionmarks import is_caption
from briefkit.extract.datedheads import dated_headline, glued_stamp
from briefkit.extract.datelines import agency_of_role as agency_of_role
from briefkit.extract.datelines import dateline_agency as dateline_agency
from briefkit.extract.datelines import dateline_date as dateline_date
from briefkit.extract.datelines import issued_by as issued_by
from briefkit.extract.dates import parse_date
from briefkit.extract.givennames import reads_as_person
from briefkit.extract.headclean import BULLET, tail_noise
from briefkit.extract.headclean import MEDIA_ZH as MEDIA_ZH  # re-exported: other modules read them here
from briefkit.extract.headclean import clean as clean
from briefkit.extract.headclean import qr_outlets as qr_outlets
from briefkit.extract.headclean import unstamped as unstamped
from briefkit.extract.notwriters import interface_name
from briefkit.extract.outletdatelines import dateline_source as dateline_source
from briefkit.extract.regexguard import guarded
from briefkit.extract.runins import split_stamp
from briefkit.extract.signoffs import SALUTATION
from briefkit.extract.textcache import text_cache
from briefkit.extract.titlefurniture import is_menu_word, is_name_line, is_widget
from briefkit.extract.titlescore import FIELD_START as FIELD_START  # re-exported: other modules read it here
from briefkit.extract.titlescore import in_menu, is_standfirst, not_headline, shares_subject
from briefkit.extract.wordcount import CJK, word_count
from briefkit.readers.plaintext import CAPTION

# Site furniture: navigation, share bars, prompts; a line made of these words is never a title.
_FURNITURE = guarded(re.compile(
    r"^you\s+are\s+here\b"  # a breadcrumb's prompt, as "您的位置" on a Chinese page
    r"|^(?:view|show|hide|load|see)\s+(?:all\s+)?(?:comments?|more|photos?|gallery|posts?)\b"
    r"|sharing\s+button|\bwhatsapp\b|\bfacebook\b|\btwitter\b|\binstagram\b|\byoutube\b"
    r"|^(?:tag|tags|category|posted\s+in|filed\s+under|標籤|标签|分類|分类)\s*[:：]"
    r"|^\(?(?:about\s+)?(?:\d+|an?)\s+(?:year|month|week|day|hour|minute)s?(?:,\s*\d+\s+\w+)*\s+ago\)?$"
    r"|^(?:点击|扫描|分享|首页|返回|正在阅读|当前位置|您的位置|你的位置|字号|字體|小字號)"
    # "(57,391 posts)", "12 comments": a forum's or a page's counters
    r"|^\(?[\d,.]+\s*k?\s+(?:posts?|comments?|views?|replies|repl(?:y|ies)|shares?|likes?|reads?|followers?)\)?$"
    # "第03版:要闻", "第RB05版:要 闻", "PDF版下载", "解放军报客户端": a newspaper's page label, a download
    # or an app prompt
    r"|^第\s*[A-Z]{0,3}[0-9０-９一二三四五六七八九十]+\s*版|PDF版|客户端$|客戶端$"
    # an e-paper's buttons ("展开通版", "收缩通版"), a greeting over the date widget ("您好!今天是")
    r"|^(?:展开|收缩|收起|展開|收縮)\s*(?:通版|全文|版面)$|^通版阅读|^您好\s*[!！]?\s*今天是"
    r"|设为首页|設為首頁|设为主页|設為主頁|收藏本(?:页|頁|站)|加入收藏",
    re.IGNORECASE))
_BREADCRUMB = re.compile(r"\s>\s|>>|»\s|\s/\s.*\s/\s|^[^\w\u3400-\u9fff]*$")
_SPAM = re.compile(r"\d+久久|一码一肖|彩票|平台官网")
_AUTHOR_LINE = re.compile(r"(?:课题组|研究组|编写组|评论员|编辑部)$")
# "… 博·埃爾伯林(Bo Elberling) 拍攝,下同": a photo's credit; "端 × 華爾街日報廣場": a co-branded channel
_ZH_PHOTO = re.compile(r"(?:摄|攝|拍摄|拍攝|供图|供圖)\s*(?:[,，]\s*下同)?\s*$")
# "Staff Report", "From staff reports", "Staff and wire reports": a byline without a name
_NAMELESS_BYLINE = re.compile(r"^(?:(?:by|from)\s+)?(?:(?:the\s+)?staff|wire|news\s+services?)(?:\s+(?:and|&)\s+wire)?"
                              r"(?:\s+(?:reports?|writers?|services?))?$", re.IGNORECASE)
# "SPRINGFIELD, Ill.", "BEIJING": a dateline's place alone on its line
_PLACE_LINE = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][A-Za-z.]{1,12})?$")
_COBRAND = re.compile(r"^\S{1,12}\s+[×xX]\s+\S{1,12}$")
# A byline glued to a title line: "Rain cripples transit By JANE DOE and JOHN ROE, Associated Press Writers".
_TITLE_BYLINE = re.compile(r"\s+[Bb]y\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
                           r"(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})*)"
                           r"(?:,\s*(?P<role>[^,]{2,60}))?$")
# "… tourism police By the A.M. Costa Rica staff": a desk's credit run onto the headline's line (no person's name)
_TITLE_DESK = re.compile(r"\s+[Bb]y\s+(?:[Tt]he\s+)?[A-Z][\w.&'’ -]{1,40}?\s+"
                         r"(?:[Ss]taff|[Dd]esk|[Bb]ureau|[Nn]ewsroom)$")
# the verbs of a credit ("Reported by Jane Doe", "Posted by …"): a byline's, unlike a passive headline's agent
_BYLINE_VERB = re.compile(r"^(?:reported|posted|submitted|authored|contributed|compiled|edited|produced|curated)$",
                          re.IGNORECASE)
_CREDITED = re.compile(r"\b(?:edit(?:ed|ing)|reporting|photos?|photographs?|photography|translated|translation|"
                       r"compiled|produced|illustrations?|graphics|video|reviewed|fact-checked|checked|designed)"
                       r"\s+by\b", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+(?:[-–—|]|::)\s+[^-–—|]{1,40}$")
_ROLE_WORD = re.compile(r"\b(?:writers?|correspondents?|reporters?|editors?|staff|columnists?)\b", re.IGNORECASE)
# "Image Credit: File", "Photo: Reuters", "Picture courtesy: …": a picture's credit, under a caption or a standfirst
_PICTURE_CREDIT = re.compile(r"^(?:image|photo|picture|pic|graphic|illustration)s?\s*(?:credits?|courtesy|source)?"
                             r"\s*[:：]", re.IGNORECASE)
# "Latest news with #Oyun-Erdene", "Posts tagged #budget": a tag page's heading over the stories it lists, a few
# words closed by the tag
_TAG_HEADING = re.compile(r"^(?:\S+\s+){0,4}#[^\W\d_][\w-]*$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?", re.IGNORECASE)


@dataclass
class Pick:
    """A value read from the page, the line it came from and whether it is only a guess."""

    value: str
    line: str
    weak: bool = False



# (a pure function of its text, asked again for the same lines by several readers of one page)
@text_cache(maxsize=1024)
def is_date_line(line: str) -> bool:
    """A line that is a date, perhaps with a time, weekday, zone or a few words ("The story appears on")."""
    found = parse_date(line)
    if found is None:
        return False
    before = line[:found.start]
    if len(before.split()) >= 4 and re.search(r"\b(?:until|till|since|before|after|through|between|from|by)\s*$",
                                              before, re.IGNORECASE):
        return False  # "Council freezes budget until March 5, 2021": a title that names a date
    rest = TIME_OF_DAY.sub(" ", line.replace(found.original, " "))
    return len(re.findall(r"[A-Za-z]+", rest)) + len(CJK.findall(rest)) // 2 <= 5


@text_cache(maxsize=1024)
def bare_date_line(line: str) -> bool:
    """A date line that is no headline naming its day (:func:`briefkit.extract.datedheads.dated_headline`)."""
    return is_date_line(line) and not dated_headline(line) and not glued_stamp(clean(line))


def tag_line(line: str) -> bool:
    """A few words in lower case alone on a line ("renewable energy suppliers", "malcolm turnbull"): a page's tags
    under its headline, never the headline (which opens on a capital).  A colon parting the words is a headline's
    syntax, a blog's styled in lower case ("annual reports: overloaded, underused"), never a tag list's."""
    return line.islower() and not CJK.search(line) and word_count(line) <= _TAG_WORDS and ":" not in line


_TAG_WORDS = 5


def _not_a_title(line: str, labelled: bool, byline: bool) -> bool:
    """Furniture, breadcrumbs, tickers, dates, bylines and labelled fields are never the title."""
    return (not line or labelled or byline or is_boilerplate(line) or bool(_FURNITURE.search(line))
            or is_menu_word(line) or is_widget(line) or is_name_line(line)
            or not_headline(line) or titleshapes.not_a_headline(line)
            or bool(_BREADCRUMB.search(line)) or bool(_SPAM.search(line)) or line.count(" | ") >= 2
            or len(re.findall(r"[|｜]", line)) >= 3 or bool(CAPTION.search(line)) or line.startswith(("#", "@"))
            or bool(_TAG_HEADING.search(line)) or headnoise.not_a_headline(line)
            or is_caption(line) or titleprose.not_a_title(line)  # a lede, a body's or an office's name, a tool row
            or line.endswith(("▽", "▼", "↓"))  # "…参加活动▽": a caption pointing at the picture under it
            or len(re.findall(r"[a-z][A-Z]", line)) >= 3  # "FinancialGovernment SolutionsLegal…": a menu run together
            or _repeats_a_verb(line)  # "Read Full debate Read Hansard Text Read Debate": a menu of links
            or _section_path(line)  # "Business | Ports": where the page sits, not what it says
            or len(re.findall(r"[^\W\d_]+|\d+", CJK.sub("", line))) + len(CJK.findall(line)) // 2 < 2  # "Hansard - -"
            or (not CJK.search(line) and word_count(line) > 24)
            or credits.agency_line(line) is not None or credits.credit_byline(line) is not None
            or credits.speaker_line(line) is not None
            or line.endswith((":", "：")) or bare_date_line(line) or bool(_AUTHOR_LINE.search(line))
            or line.startswith(("——", "—", "--")) or bool(SALUTATION.match(line)) or bool(_ZH_PHOTO.search(line))
            or bool(_COBRAND.match(line)) or bool(_NAMELESS_BYLINE.match(line)) or bool(_PLACE_LINE.match(line))
            or credits.name_and_role(line) is not None or credits.outlet_line(line) is not None
            or credits.section_label(line)
            or word_count(line) < 2 or (word_count(line) > 40)
            # "BREAKING NEWS", "CFI.CN 中财网" are labels; "澳門CPI7月同比上升5.96%" only reads as upper case to Python
            or (line.isupper() and len(CJK.findall(line)) < 6 and word_count(line) < 5)
            or tag_line(line)
            or (line.count(",") >= 3 and bool(CJK.search(line))))


def _section_path(line: str) -> bool:
    """"Business | Ports", "World › Asia": sections parted by bars or arrows, each one or two words."""
    parts = [p.strip() for p in re.split(r"\s+[|｜›»/]\s+|[|｜]", line)]
    return len(parts) >= 2 and all(0 < word_count(p) <= 2 for p in parts)  # "特稿|<a Chinese headline>" is a title


def _repeats_a_verb(line: str) -> bool:
    """A capitalised word three times or more on one line: the links of a menu ("Read … Read … Read …")."""
    words = re.findall(r"\b[A-Z][a-z]+\b", line)
    return any(words.count(w) >= 3 for w in set(words))


def _variants(line: str) -> set[str]:
    """The line and its forms without a byline or a site suffix ("Title - ECONOMY - Site")."""
    forms = {line}
    byline = _title_byline(line)
    if byline:
        forms.add(line[:byline.start()].strip())
    shorter = line
    while (suffix := _SITE_SUFFIX.search(shorter)) and word_count(shorter[:suffix.start()]) >= 3:
        shorter = shorter[:suffix.start()]
        forms.add(shorter)
    return forms


_GOES_ON = re.compile(r"\b(?:to|of|the|and|or|for|with|a|an|from)$")


def _broken_line(cleaned: list[str], i: int) -> bool:
    """Line ``i`` is a piece of a phrase broken over short lines: it ends on a word that must go on, or it opens in
    small letters under one that does (a headline a copy broke is joined before, :func:`titleshapes.with_wrapped`)."""
    line = cleaned[i]
    if CJK.search(line):
        return False
    return bool(_GOES_ON.search(line)) or (i > 0 and bool(re.match(r"[a-z]", line))
                                          and bool(_GOES_ON.search(cleaned[i - 1])))


def pick_title(lines: list[str], body_start: str | None, is_field: list[bool], is_byline: list[bool],
               echoes: list[str] | None = None, body: str = "") -> Pick | None:
    """The title among the head ``lines`` (``is_field``/``is_byline`` say which are labelled or bylines).

    ``echoes`` are other short lines near the top (the title repeated under the date line is often
    read as a heading).  Without head lines, a first body line that does not read as a sentence is
    the title.  A line about what ``body`` (the first paragraphs) says wins a tie with one that is not.
    """
    candidates: list[tuple[float, int, str]] = []
    cleaned = [clean(line) for line in lines]
    for i, line in enumerate(cleaned):
        line = cleaned[i] = _section_trail(line)
        if (not is_date_line(line) or glued_stamp(line)) and (stamped := split_stamp(line)):
            line = cleaned[i] = stamped[0]  # "March 5, 2021 Council approves budget": the stamp is no part of it
        if _not_a_title(line, is_field[i], is_byline[i]) or bare_date_line(BULLET.sub("", lines[i]).strip()) \
                or titlecaptions.marked_part(lines[i]):  # "■<subheading>": a part of the story, not its title
            continue  # " date 2019-10-22 The story appears on" is a date line, stamp and all
        forms = _variants(line)
        score = 0.0
        # "每日经济新闻" over "每日经济新闻 2024-12-09 08:12": the outlet beside its date, not a title's echo
        others = [c for j, c in enumerate(cleaned) if j != i and not bare_date_line(c)
                  and not _caption_pair(cleaned, i, j, is_field, is_byline)] + [clean(e) for e in echoes or []]
        if any(o in forms or any(_echoes(o, f) for f in forms if word_count(f) >= 3)
               for o in others if word_count(o) >= 3):
            score += 3  # repeated on the page: the headline and its echo
        following = next((c for c in cleaned[i + 1:] if c), "") or _dated_opening(body_start)
        if _FURNITURE.search(following) or is_menu_word(following) or _PICTURE_CREDIT.match(following):
            following = ""  # "View Comments" is no byline, "Image Credit: File" no field of the story
        if following and (is_date_line(following) or parse_date(following) or FIELD_START.match(following)
                          or re.match(r"^(?:by|par)\b", following, re.IGNORECASE)
                          # "Jane Doe" under the title; "Most Commented" under "Most Read" is a widget's name
                          or (credits.person_line(following) is not None and not interface_name(following))
                          or credits.credit_byline(following) is not None  # "Jane Doe|Published"
                          or bylines_zh.is_reporter_line(following)  # "本报记者 田耿文" under its headline
                          or following.startswith(("——", "—", "--"))  # "——当前中国消费形势述评": its subtitle
                          or SALUTATION.match(following)):  # "School taxes" over "Dear editor:"
            score += 2
        if shares_subject(line, body):
            score += 0.5  # about what the story says, unlike a ticker of other headlines
        if lines[i] != line and tail_noise(lines[i]) != line and unstamped(lines[i]).strip() != line:
            score -= 1  # a bulleted line is more often a menu item than a headline (a copy's date stamp is no bullet)
        if word_count(line) < 3 and score < 2:
            continue  # a two-word line is a title only when a date or byline line follows it
        if cleaned.count(line) >= 3 and not shares_subject(line, body) and word_count(line) < 6:
            continue  # a short line printed three times, about nothing the story says: a keyword list (spam, tags)
        if _broken_line(cleaned, i):
            continue  # "25 years service to" / "the Rugby League": a slogan set over several short lines
        if in_menu(cleaned, i) or _bullet_menu(lines, i) or titleshapes.numbered_part(cleaned, i) \
                or any(titleshapes.CONTENTS.match(c) for c in cleaned[:i]):
            continue  # a menu ("新闻中心 / 行业动态 / 公司大事记"); a part ("案例1 …"), an entry of a table of contents
        if any(_alt_and_caption(cleaned[i], cleaned[j]) for j in (i - 1, i + 1) if 0 <= j < len(cleaned)):
            continue  # a photo's alt text and its caption, one opening the other
        if i + 1 < len(cleaned) and titleshapes.furniture_before(line, cleaned[i + 1]) is not None:
            continue  # "Finance 19/09/2010 <headline>" over "<headline>": the line under it is the headline alone
        candidates.append((score, i, min(forms, key=len) if score >= 3 else line))
    if not candidates:
        # a first line without a full stop is the title, unless it is a standfirst (long, or sentences run on)
        # or a photo's caption closing on its credit
        if body_start and not _SENTENCE_END.search(body_start.strip()) and 3 <= word_count(body_start) <= 40 \
                and not bare_date_line(BULLET.sub("", body_start).strip()) \
                and not headnoise.not_a_headline(body_start) \
                and credits.speaker_line(body_start) is None and not not_headline(body_start) \
                and not is_widget(body_start) and not titlecaptions.marked_part(body_start) \
                and not re.search(r"[.!?]\s+[A-Z\"“]|[。！？]\s*[^\s(（]", body_start.strip()) \
                and (CJK.search(body_start) or word_count(body_start) <= 24):
            return Pick(body_start.strip(), body_start, weak=True)
        if body_start and (run_in := headnoise.run_on_title(body_start)) is not None:
            return Pick(run_in, body_start, weak=True)  # "<headline> <outlet> <date> <story>…": one run-on block
        return None
    # "Jane Smith" under the title reads like a short title too: a name line is a title only when nothing else is
    named = [c for c in candidates if credits.person_line(c[2]) is None]
    if not named and all(reads_as_person(c[2]) for c in candidates):
        return None  # "Riley Kennedy" over "Wed, 19 Jul 2023" under a caption: a byline, and no title printed
    candidates = named or candidates
    best = max(candidates, key=lambda c: (c[0], -c[1]))
    # A headline, then its standfirst, then the date: the date follows the standfirst
    # (a standfirst printed twice, as a picture's alt text and caption are, still has the headline above both)
    above = best[1] - 1
    while above > 0 and cleaned[above] == cleaned[best[1]]:
        above -= 1
    deck = next((c for c in candidates if c[1] == above), None)
    doubled = deck is not None and above < best[1] - 1 and shares_subject(deck[2], body)
    if deck is not None and (doubled or is_standfirst(best, deck, body) or _opens_the_story(best[2], body)
                             or titleshapes.zh_subtitle(best[2], deck[2], body)):
        best = (best[0], deck[1], deck[2])
    title = best[2]
    if best[1] > 0 and (opened := titleshapes.with_opening(cleaned[best[1] - 1], title)) != title:
        title = opened  # "省人民政府關于" over the pick: the title's first line, broken inside its phrase
    elif any(c[1] == best[1] - 1 for c in candidates) \
            and (wrapped := titleshapes.with_wrapped(cleaned[best[1] - 1], title)) != cleaned[best[1] - 1]:
        title = wrapped  # "County plans repairs" over the pick "across its districts": the headline's first line
    under = next((j for j in range(best[1] + 1, len(cleaned)) if cleaned[j]), None)  # a kicker's main headline
    if under is not None and not _not_a_title(cleaned[under], is_field[under], is_byline[under]) \
            and not bylines_zh.is_reporter_line(cleaned[under]):
        title = titleshapes.with_wrapped(titleshapes.with_kicker(title, cleaned[under]), cleaned[under])
    byline = _title_byline(title) or _TITLE_DESK.search(title)
    if byline:
        title = title[:byline.start()].strip()
    first_candidate = min(c[1] for c in candidates)
    return Pick(title, lines[best[1]], weak=best[1] != first_candidate or (best[0] < 2 and first_candidate > 0))


def _dated_opening(body_start: str | None) -> str:
    """The stamp opening the story's first paragraph, issuer and date ("Brown (N.) Group PLC 16 May 2002 …" under
    "Final Results"), as a line under the last head line: what a date line under it says, the paragraph says."""
    found = parse_date(body_start[:80]) if body_start else None
    return body_start[:found.end] if body_start and found is not None and found.start <= 40 else ""


def _echoes(one: str, other: str) -> bool:
    """One line opens the other, the rest being a suffix ("Title" and "Title - Site", "Title | Site Name"), not
    the sentence going on: a photo's alt text ("Treasury Secretary Jane Doe") opens its caption ("Treasury
    Secretary Jane Doe will present the budget today"), and neither is the headline's echo."""
    short, long = sorted((one, other), key=len)
    if not long.startswith(short):
        return False
    rest = long[len(short):]
    if CJK.search(long) and not re.match(r"\s", rest):
        # "<标题>_新浪财经", "<标题>新华网": a site's name glued on; "台北餐廳推薦" opening a slogan that goes on
        # past a comma ("…東區餐廳,東區好吃的…") is a menu word inside a longer line, not the line's echo
        return not re.search(r"[,，、。;；!！?？]", rest) and (len(rest) <= 12 or not re.match(r"\w", rest))
    return bool(CJK.search(long)) or not rest.strip() or bool(re.match(r"\s*[^\w\s\"“‘'(]", rest)) \
        or word_count(rest) <= 4


def _opens_the_story(line: str, body: str) -> bool:
    """``line`` is the story's first words, the page's excerpt of its lede printed as a standfirst ("Life in
    Karachi rarely offers its residents breaks" over "Life in Karachi rarely offers its residents breaks …. ")."""
    opening = line.rstrip(".…").strip()
    return word_count(opening) >= 6 and body.startswith(opening) and word_count(body) >= word_count(opening) + 5


def _bullet_menu(lines: list[str], i: int) -> bool:
    """Line ``i`` is one of three or more bulleted lines in a row ("• Latest news", "• Sheep & beef farming",
    "• Rural life"; "- Market report: …", "- AFSIC – Investing in Africa …"): a site's menu or its list of other
    stories, though its items be longer than a menu word; a page's own headline is never one of a run of bullets."""
    def item(j: int) -> bool:
        return 0 <= j < len(lines) and bool(BULLET.match(lines[j])) and word_count(BULLET.sub("", lines[j])) > 0
    if not item(i):
        return False
    before = takewhile(item, range(i - 1, -1, -1))
    after = takewhile(item, range(i + 1, len(lines)))
    return 1 + len(list(before)) + len(list(after)) >= 3


def _alt_and_caption(one: str, other: str) -> bool:
    """Two lines in a row, one opening the other and the other going on with the sentence: a photo's alt text
    ("Finance Minister Jane Doe") over its caption ("Finance Minister Jane Doe arrives at parliament")."""
    short, long = sorted((one, other), key=len)
    return word_count(short) >= 2 and long.startswith(short + " ") and not _echoes(short, long)


def _caption_pair(cleaned: list[str], i: int, j: int, is_field: list[bool], is_byline: list[bool]) -> bool:
    """Lines ``i`` and ``j`` are one line printed twice in a row under a headline: a picture's alt text and
    caption ("Radio station is being investigated" twice), not the headline and its echo."""
    if abs(i - j) != 1 or cleaned[i] != cleaned[j]:
        return False
    return any(word_count(cleaned[k]) >= 3 and not _not_a_title(cleaned[k], is_field[k], is_byline[k])
               for k in range(min(i, j)))


def _section_trail(line: str) -> str:
    """"Rates climb | Local News | The Daily Star" → "Rates climb | The Daily Star": a page title's trail of
    section and site names, kept to the site (read as the site suffix); a ticker of headlines stays as it is."""
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) >= 3 and word_count(parts[0]) >= 3 and all(0 < word_count(p) <= 4 for p in parts[1:]):
        return f"{parts[0]} | {parts[-1]}"
    return line


def _title_byline(line: str) -> re.Match[str] | None:
    """A byline run onto the end of a title line; a passive verb's agent ("Budget approved by Odisha Cabinet, …")
    is part of the headline, though it reads as "by" and a capitalised name."""
    found = _TITLE_BYLINE.search(line)
    if found is None or not found.group().lstrip().startswith("by"):
        return found
    before = re.search(r"(\w+)\s*$", line[:found.start()])
    passive = before is not None and before[1].lower().endswith("ed") and not _BYLINE_VERB.match(before[1])
    return None if passive else found


def title_byline(line: str) -> tuple[list[str], str | None]:
    """Names and role of a byline glued to a title line ("… By JANE DOE, Associated Press Writer")."""
    match = _title_byline(clean(line))
    if not match or _CREDITED.search(line[:match.start() + 4]):
        return [], None  # "Editing by Tom Lee", "Photos by …": a credit, not the author
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b)\s*", match["names"]) if n.strip()]
    role = match["role"]
    if names and _ROLE_WORD.search(names[-1]):  # "…, Associated Press Writers": the role, not a name
        role = names.pop()
    return [n.title() if n.isupper() else n for n in names], role


def is_author_line(line: str) -> bool:
    """A line naming a research group or commentator as the author ("…研究院课题组")."""
    return bool(_AUTHOR_LINE.search(line)) and len(line) <= 30 and not re.search(r"[，。,.]", line)
