"""Labelled fields on a page's head and tail lines, and the names in a byline or field.

``Edit:Yi Jing Responsible editor:Li Nian``, ``来源:新华社 责任编辑:周冬``, ``Source: Xinhua| 2019-03-05``:
a label, then a value that ends at the next label, a ``|`` or a wide gap.  A field's names are parted
at commas, "and", 、 (and spaces in Chinese); job titles, role notes, a bracketed site, "in London"
and "for Reuters" are not part of a name.
"""

from __future__ import annotations

import re

from briefkit.extract.credits import strip_honorific
from briefkit.extract.noticefields_zh import cut_at_label
from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordcount import CJK
from briefkit.extract.zhscript import without_pinyin

# Longest labels first: the alternation takes the first that matches.
_LABEL = (r"responsible\s+editors?|web\s+editors?|chief\s+editors?|edited\s+by|editors?|edit|"
          r"责任编辑|責任編輯|撰稿编辑|撰稿編輯|责编|責編|编辑|編輯|校对|校對|proofread(?:er|ing)?|authors?|reporters?|"
          r"written\s+by|作者|撰文|供稿|记者|記者|source|(?<![\w,]\s)sources|信息来源|信息來源|来源|來源|稿源|转自|轉自|新闻引据|新聞引據|发布时间|發佈時間|發布時間|发布日期|"
          r"發布日期|發佈日期|outlet|column|publisher|出处|出處|auteurs?|rédact(?:eur|rice|ion)|éditeur|journaliste|"
          r"审核|審核|审校|審校|监制|監製|签发|簽發|通讯员|通訊員|摄影|攝影|单位|單位|访问量|訪問量|"
          # a counter's label, "阅读次数:", "点击量:" as well as "阅读:"
          r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:次数|次數|量|数|數)?|下载地址|下載地址|字号|字號|"
          # Indonesian credits: "Pewarta: A Editor: B", "Rep: A/ Red: B" (reporter, then the desk's editor)
          r"pewarta|penulis|wartawan|redaktur|penyunting|(?<![a-z])(?:rep|red)")
# (the plural after a word is a headline's kicker, "Cabinet sources: Plan to cut subsidies delayed", no label)
# Some mirrors print each character's pinyin after it ("來(lái)源:中國(guó)新聞網(wǎng)"): a label is one still.
_PINYIN = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))?"
_LABEL = re.sub(r"([\u3400-\u9fff])", lambda m: m[1] + _PINYIN, _LABEL)
# "一审编辑", "二审校对", "终审核发": a numbered review step is a label of its own, so that it ends the name
# before it ("李斌一审编辑:唐会军 二审校对:陈雨欣"); its role is read from the label's last words.
_LABEL = r"[一二三四初复複终終][审審](?:编辑|編輯|校对|校對|核发|核發|签发|簽發)?|" + _LABEL
# (a label starts a word: "edit" inside "Credit:" labels nothing)
FIELD = guarded(re.compile(r"(?<![A-Za-z])(?P<label>" + _LABEL + r")\s*(?:[:：]|(?<=[\u3400-\u9fff)])\s*[︱｜|/／])\s*",
                   re.IGNORECASE))
# "【来源】新华社 【作者】张三": a Chinese label in brackets is one too (read as "来源:")
_BRACKETED = re.compile(r"[【〔\[](?P<label>(?:" + _LABEL + r"))[】〕\]]\s*", re.IGNORECASE)

_SHORT_LABELS = {"rep", "red"}

# "Executive Director Jane Smith", "Deputy Prime Minister Tom Lee": an office before a name of two words or more is
# no part of it either (a statement's byline names its signer with the office)
_OFFICE = re.compile(r"^(?:(?:Executive|Managing|Deputy|Vice|Acting|Assistant|Associate|Senior|Interim|Prime|Chief|"
                     r"Regional|Country|Permanent|Foreign|Finance)\s+)*"
                     r"(?:Director(?:[\s-]+General)?|Minister|Secretary(?:[\s-]+General)?|Commissioner|Chancellor|"
                     r"Governor|President|Chair(?:man|woman|person)?|Ambassador|Administrator|Premier|Spokes(?:person|"
                     r"man|woman)|Officer)\s+(?=[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+)")


def strip_office(name: str) -> str:
    """"Executive Director Jane Smith" → "Jane Smith": the office a credit gives before its signer's name.

    Only for a name a credit form gave ("by Executive Director Jane Smith"): a bare line naming an office holder
    is more often a caption's or a story's subject than its writer, and keeps its office."""
    return _OFFICE.sub("", name, count=1)


# "BY JANE DOE AND TOM LEE", "A y B", "A und B"
# "Jane Doe/Tom Lee": a slash parts two writers as "and" does (a site's own "A/B" credit)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|、|，|/|\b(?i:and)\b|\bet\b|\by\b|\bund\b|&)\s*")
_VALUE_END = re.compile(r"\s*(?:[|｜]|\s{2,}).*$")
_ROLE_NOTE = re.compile(r"[(（][^()（）]{1,10}[)）]")
_ROLE = guarded(re.compile(
    r"\b(?:correspondents?|editors?|reporters?|writers?|staff|columnists?|contributors?|desk|bureau|"
                   r"chief|analyst|journaliste|rédact\w*|envoyée?\s+spéciale?)\b", re.IGNORECASE))


def labelled_fields(line: str) -> list[tuple[str, str]]:
    """``Edit:Yi Jing Responsible editor:Li Nian`` → [(edit, Yi Jing), (responsible editor, Li Nian)].

    A value ends at the next label, a ``|`` or a wide gap ("Source: Xinhua| 2019-03-05|Editor: mingmei").
    """
    return list(_labelled_fields(line))  # a fresh list: the cached tuple is shared


# (the title, byline, outlet and writer readers each read the same head lines' fields)
@text_cache(maxsize=1024)
def _labelled_fields(line: str) -> tuple[tuple[str, str], ...]:
    line = _BRACKETED.sub(lambda m: f"{m['label']}:" if CJK.search(m["label"]) else m[0], line)
    matches = list(FIELD.finditer(line))
    out: list[tuple[str, str]] = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        # "来源: 关键词:": an empty field followed by a government table's label not in this vocabulary
        # "记者: | 王磊 |": a table flattened into cells opens the value on its cell's bar, which is no end of it
        value = cut_at_label(_VALUE_END.sub("", line[match.end():end].lstrip(" |｜")).strip(" |,;·"))
        value = without_pinyin(value)  # "東(dōng)海日報(bào)": a converter's pinyin is no part of a name
        # "Rep:", "Red:" are credit labels only beside another field ("Rep: A/ Red: B"): alone, "Red: 5%" is a legend
        if value and not (match["label"].lower() in _SHORT_LABELS and len(matches) < 2) \
                and not _own_office(match["label"], value):
            label = " ".join(re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)", "", match["label"]).lower().split())
            if kind(label) == "source" and value.startswith(("/", "／")):
                # "Source: / Jane Doe": a site's "outlet / writer" field with its outlet slot left empty
                label, value = "author", value.lstrip("/／ ")
            out.append((label, value))
    return tuple(out)


# "信息来源:东阳市人民政府办公室", "信息来源:综合处": a government portal's disclosure field naming the office
# (or the government) that put the notice up: the body's own record, never the outlet that ran a story
_GOVERNMENT_OFFICE = re.compile(r"(?:政府|办公室|辦公室|办公厅|辦公廳|局|厅|廳|委员会|委員會|处|處|科)$")


def _own_office(label: str, value: str) -> bool:
    return label in {"信息来源", "信息來源"} and _GOVERNMENT_OFFICE.search(value) is not None


# Words that run a sentence on, never a list of names: "Editor: I see from the Record headline …" opens a letter
_CLAUSE_WORD = guarded(re.compile(
    r"\b(?:the|a|an|is|are|was|were|i|we|you|it|this|that|from|with|to|of|have|has|very)\b",
                          re.IGNORECASE))


def is_prose(value: str) -> bool:
    """Whether a credit field's value is a sentence, not names: a letters page opens "Editor: I see from the Record
    headline Wednesday morning …", a salutation before the letter, which names no editor.

    A list of names has no run of function words; more than a dozen words with four of them is a clause."""
    return not CJK.search(value) and len(value.split()) > 12 and len(_CLAUSE_WORD.findall(value)) >= 4


def names(value: str, roles: bool = False) -> list[str]:
    """Names in a byline or field; job titles ("Economics Correspondent") are left out unless ``roles``.

    A page's closing bracket and a role note ("可黎明(实习生)") are not part of a name; a name in capitals
    ("VERENA DOBNIK") is written as a name.
    """
    while _ROLE_NOTE.search(value):  # "可黎明(實(shí)習(xí)生)": a mirror's pinyin inside the role note
        value = _ROLE_NOTE.sub("", value)
    value = value.strip(" ()（）[]")
    value = re.sub(r"\s*[(（][^()（）]*[)）]?\s*$", "", value)  # "Tom Lee (xinhuanet.com)": the site, not the name
    # "林家慶 / 彰化縣 報導": where the reporter filed from, after the name, is no name
    value = _FILED_FROM.sub("", value) if CJK.search(value) else value
    out: list[str] = []
    parts = _SPLIT_NAMES.split(value)
    if CJK.search(value):  # "周冬 周冬", "陈永杰   曹伟": Chinese names are parted by spaces too
        parts = [p for part in parts for p in part.split()]
    elif len(parts) > 1 and len(parts[-1].split()) == 1 and all(len(p.split()) > 1 for p in parts[:-1]):
        parts = parts[:-1]  # "by Elitsa Vucheva, Brussels": a one-word tail is the place, not a name
    # "Jane Smith in London", "Tom Lee for Reuters": where and for whom, not the name
    # "… en Bengaluru", "… para Reuters": the place and the outlet in the wires' other languages too
    parts = [re.sub(r"\s+(?:in|for|at|from|en|para|à|aus)\s+[A-Z].*$", "", p) for p in parts]
    for name in parts:
        # "Rep. Gallagher": the surname is the name given; "by Executive Director Jane Doe": the office goes
        name = strip_office(strip_honorific(name.strip(" ()（）[]")))
        name = unglued(name)
        if not name or len(name) > 60 or name.lower() in _ACCOUNTS or (not roles and _ROLE.search(name)) \
                or _DATE_WORD.search(name) or _PLACEHOLDER.fullmatch(name):
            continue
        name = name.title() if name.isupper() and not CJK.search(name) and len(name) > 3 else name
        if name not in out:
            out.append(name)
    return out


_FILED_FROM = re.compile(r"(?:\s*[/／]\s*[\u3400-\u9fff]{2,8})?\s*(?:報導|报道|報道|报导)\s*$")
# A site's account names, not a person: "责任编辑:Admin", "作者:佚名"
_ACCOUNTS = {"admin", "administrator", "webmaster", "editor", "staff", "guest", "anonymous", "unknown", "小编",
             "管理员", "佚名", "网友", "網友", "匿名"}
_DATE_WORD = re.compile(r"\d{4}|\d{1,2}:\d{2}")
# No name ends in digits: "Jane Doe080" is a name with a comment count or a link's number glued on
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{2})\d{1,3}(?!\w)")


def unglued(text: str) -> str:
    """``text`` without the digits glued to a word's end: "By Jane Doe080" → "By Jane Doe" (a name never ends in
    digits; a comment count or a link's number was run into it)."""
    return _GLUED_DIGITS.sub("", text)


# "Author: author", "Editor: Reporter": a template's unfilled field repeats a label word, no one's name
_PLACEHOLDER = guarded(re.compile(r"(?:" + _LABEL + r")", re.IGNORECASE))


_OTHER_LABELS = {"摄影", "攝影", "校对", "校對", "审核", "審核", "审校", "審校", "监制", "監製", "签发", "簽發",
                 "通讯员", "通訊員", "单位", "單位", "访问量", "訪問量", "下载地址", "下載地址", "字号",
                 "字號"}


# a counter's label in any of its forms ("阅读:", "阅读次数:", "点击量:")
_COUNTERS = ("阅读", "閱讀", "浏览", "瀏覽", "点击", "點擊")


def kind(label: str) -> str:
    """What a label gives: "date", "editors", "source", "outlet", "authors" or "other" (a reviewer, a counter)."""
    if label in {"发布时间", "發佈時間", "發布時間", "发布日期", "發布日期", "發佈日期"}:
        return "date"
    # a proofreader (校对) is a sign-off role, no editor (README conventions, stop 25)
    if "edit" in label or "编" in label or "編" in label:
        return "editors"
    if label.startswith(("rédact", "éditeur", "red", "penyunting")):
        return "editors"
    if label.startswith(("source", "来源", "來源", "稿源", "转自", "轉自", "新闻引据", "新聞引據", "publisher", "出处",
                         "出處")):  # "轉自:上海證券報": where a repost took the text
        return "source"
    if label in {"outlet", "column"}:
        return "outlet"
    if label in _OTHER_LABELS or label.startswith(("proofread", *_COUNTERS)) \
            or re.match(r"[一二三四初复複终終][审審]", label):
        return "other"  # a reviewer or correspondent: the label ends the editor's name before it
    return "authors"


def labelled_writers(lines: list[str]) -> set[str]:
    """The names a writer's label gives on ``lines`` ("Reporter: Jane Doe", "Rep: Jane Doe/ Red: Tom Lee")."""
    return {n for line in lines for label, value in labelled_fields(line) if kind(label) == "authors"
            for n in names(value)}


_VALUE_NEXT = 30  # the longest line read as the value of a label alone on the line above


def _name_shaped(value: str) -> bool:
    """Whether the line under a label reads as names ("孫丁玲", "Maria Lopez"), not the next heading ("相关新闻")."""
    from briefkit.extract.givennames import is_chinese_name  # (late: the name lists load only when asked)

    parts = [p for p in re.split(r"[\s、,，]+", value) if p]
    if CJK.search(value):
        return all(is_chinese_name(p) for p in parts)
    return len(parts) <= 4 and all(p[:1].isupper() for p in parts)


def joined_labels(lines: list[str]) -> list[str]:
    """Lines with a label alone on its line ("編輯:", "Author:") joined to the short line under it, its value
    ("編輯:孫丁玲"): a page's layout puts the field's label and value in two cells, copied as two lines."""
    out: list[str] = []
    skip = False
    for line, below in zip(lines, [*lines[1:], ""][:len(lines)], strict=True):
        if skip:
            skip = False
            continue
        label = FIELD.fullmatch(line.strip())
        value = below.strip()
        if label and value and len(value) <= _VALUE_NEXT and not FIELD.match(value) and _name_shaped(value):
            out.append(f"{line.strip()}{value}")
            skip = True
        else:
            out.append(line)
    return out
