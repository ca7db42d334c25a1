"""Chinese bylines: reporter lines, reporter notes in a dateline, and the outlet they name.

Forms seen on Chinese pages: a line "新华社记者 崔静、韩洁" or "■本报记者 张三 通讯员 李四"
(the correspondents are not authors), "文/张三", "记者 张三 李四 报道", a note in brackets
"（记者 刘亮）", a Taiwanese agency's "（中央社記者張三台北5日電）" where the city follows the
name with nothing between, and a lead crediting an outlet: "央视网消息：".
"""

from __future__ import annotations

import re

from briefkit.extract import givennames
from briefkit.extract.zhscript import PINYIN, without_pinyin

_NAMES = r"[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,6}"
_OUTLET = r"[\u3400-\u9fff]{1,8}?(?:社|网|網|报|報|台|新闻|新聞|频道|頻道)"
# "（记者 张三 通讯员 李四）": the correspondents and interns after the reporters are no authors
# "（长江日报 记者杨菁 通讯员梅慧香）", "本报讯（全媒体记者 储翔宇）": the paper and the reporter's desk may open it
_DESK = r"(?:全媒体|全媒體|融媒体|融媒體|特约|特約|首席|实习|實習)?"
# "〔記者李明／台北報導〕": Taiwanese papers bracket the note in 〔〕 and close it with where it was filed;
# "（記者李明攝）" credits a photograph, and its photographer is no author
# a reporter: "记者", or a special correspondent, with the region they cover before it ("嘉雲特派員")
_REPORTER = r"(?:记者|記者|[\u3400-\u9fff]{0,4}?(?:特派员|特派員|特派记者|特派記者))"
_NOTE = re.compile(r"[(（〔【\[]\s*(?:(?P<outlet>" + _OUTLET + r")\s*)?" + _DESK + _REPORTER + r"\s*"
                   r"(?P<names>" + _NAMES.replace("{0,6}", "{0,6}?") + r")\s*"
                   r"(?:(?:通讯员|通訊員|实习生|實習生)\s*[\u3400-\u9fff\s、]{2,30})?"
                   r"(?:[/／]\s*[\u3400-\u9fff]{2,6}?(?:报道|報導|報道))?(?<![摄攝])[)）〕】\]]")
# the marks a byline may open on: "◎ 文 《法人》全媒體記者 …", "★ 文/记者 …", "■本报记者 …"
_MARKS = r"[■□●○◆◇▲△▶►★☆◎※＊*•·\s]*"
# a writer's label and its separator: "文/", "文|", "文丨", "文：", "文/图 ", "文、圖/", "撰文/", "文字:", "图文/"
_SEPARATOR = r"[/／|｜︱丨:：]"
_WRITER = (r"(?:(?:撰文|文)\s*(?:[、/／]\s*(?:[图圖]|摄影|攝影|[摄攝])\s*)?" + _SEPARATOR
           + r"?(?<=[/／|｜︱丨:：图圖影摄攝])|(?:文字|撰文|撰稿|采写|採寫|执笔|執筆|图文|圖文)\s*" + _SEPARATOR + ")")
# … which may stand before a reporter's credit too: "文 | 本报记者 张三", "◎ 文 《法人》全媒體記者 张三"
_WRITER_BEFORE = r"(?:(?:文字|撰文|文)\s*" + _SEPARATOR + r"?\s*(?=\S{0,14}(?:记者|記者)))?"
# "本刊浙江紹興報道 記者 徐天寶": the outlet and where it reports from may come before the reporter
# the outlet before 记者 need not end like one ("央视记者", "财新记者", "第一财经记者"): a short name is enough
_LINE = re.compile(r"^" + _MARKS + r"(?:" + _WRITER_BEFORE
                   + r"(?P<outlet>本报|本報|本刊|本网|本網|本台|《[^《》]{1,12}》|"
                   + _OUTLET + r"|[\u3400-\u9fff]{2,6}?)?"
                   r"(?:[\u3400-\u9fff]{0,8}?(?:报道|報道|報導|讯|訊)\s*)?" + _DESK +
                   # "文/张三", "文/图 张三" (the writer took the photographs too), "撰文|张三", "图文:张三"
                   _REPORTER + r"|" + _WRITER + r")"
                   r"\s*(?P<names>" + _NAMES.replace("{0,6}", "{0,6}?") + r")"
                   # "本报记者 张三 本报通讯员 李四": the paper's own correspondents are no authors either
                   # "文:张三 编辑:李四": an editor's or reviewer's field after the writer's names no author either
                   r"(?:\s*(?:本报|本報|本刊|本网|本網|本台)?(?:通讯员|通訊員|实习生|實習生|图|圖|摄影|攝影|编辑|編輯|责编|責編"
                   r"|校对|校對|审核|審核)\s*[/／|｜:：]?\s*[\u3400-\u9fff\s、]{2,30})?"
                   # "記者 李明／台北報導": where the reporter filed from, after a slash
                   r"(?:\s*[/／]\s*[\u3400-\u9fff]{0,6}?(?:报道|報導|報道))?"
                   # "本报记者 张三 文/图": the writer's mark after the names
                   r"(?:\s*文\s*[/／]\s*(?:[图圖]|摄影|攝影|[摄攝]))?"
                   r"(?:\s*(?:报道|報導))?$")  # "文/张三 图/李四": the photographer is no author
# "（中央社記者張三台北5日電）": the name runs into the city
_DATELINE_NOTE = re.compile(r"[(（](?:" + _OUTLET + r")?(?:记者|記者)(?P<rest>[\u3400-\u9fff]{4,9})"
                            r"\d{1,2}日(?:电|電)[)）]"
                            # "【記者謝敏政嘉義報導】": a Taiwanese paper's note runs the name into where it was filed
                            # "【記者曹重偉報導】", "[本報記者甲乙丙、丁戊報導]": or names alone, no place
                            r"|[(（【〔\[](?:本报|本報|" + _OUTLET + r")?" + _DESK + r"(?:记者|記者)\s*"
                            r"(?P<filed>[\u3400-\u9fff](?:[\u3400-\u9fff、\s]{0,20}[\u3400-\u9fff])?)\s*"
                            r"(?:报道|報導|報道)[)）】〕\]]")
# "【外勞社記者劉達寬2025年8月26日報導】": the note gives the day the reporter filed, right after the name
_DATED_NOTE = re.compile(r"[(（【〔](?:" + _OUTLET + r")?(?:记者|記者)\s*(?P<name>[\u3400-\u9fff]{2,4}?)\s*"
                         r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:报道|報導|報道|电|電)[)）】〕]")
_LEAD = re.compile(r"^(?P<outlet>" + _OUTLET + r")(?:消息|讯|訊)\s*(?:[(（][^)）]{1,12}[)）])?\s*[:：]")
# "據海南日報1月21日消息,…", "据央视新闻报道,…": a lead opening on the outlet whose report it passes on (a dateline
# tag in prose: the story's source, as "NAME消息" is)
_LEAD_ACCORDING = re.compile(r"^(?:据|據)(?P<outlet>" + _OUTLET + r")(?:\d{1,2}月\d{1,2}日)?"
                             r"(?:消息|报道|報道|報導)\s*[,，:：]")


# "□ 每日经济新闻总编辑 刘学东(闻达)": a marked byline naming a senior editor or commentator as the writer
_MARKED = re.compile(r"^[■□●◆▲]\s*(?P<outlet>本报|本報|本刊|" + _OUTLET + r")?"
                     r"(?:副)?(?:总编辑|總編輯|主编|主編|社长|社長|(?:特约|特約)?(?:评论员|評論員)|撰稿人)"
                     r"\s*(?P<names>" + _NAMES + r")\s*(?:[(（][^)）]{1,8}[)）])?$")
# "張三／台北報導 台中市政府…", "李四\台中報導": a Taiwanese paper's credit with where it was filed, run into the
# lead without "記者"; the slash and the closing 報導 make it a credit (a backslash is a slash mistyped)
_FILED_LEAD = re.compile(r"^(?:(?:記者|记者)\s*)?(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3})"
                         r"\s*[/／\\]\s*[\u3400-\u9fff]{2,6}?(?:報導|報道|报道)(?=\s|$)")
# "王晓明 宁波报道", "張三 李四 台北報導": a line of the reporters' names, a space, and where they filed from (the
# names must read as people's: "综合报道" closing an outlet's line names none)
_NAMES_FILED = re.compile(r"^(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3}?)\s+"
                          r"[\u3400-\u9fff]{2,6}?(?:报道|報道|報導)$")
# "高新区", "公安局": a place's or a body's closing character, which ends no person's name
_CJK_ONLY = re.compile(r"^[\u3400-\u9fff]+$")
_BODY_END = re.compile(r"[区區市县縣省镇鎮乡鄉村局委部院社网網报報台站所厅廳处處会會]$")
# "长沙报道": where the reporters filed from, closing their line, is no name
_FILED = re.compile(r"^(?:..+)?(?:报道|報道|報導)$")  # (or the word alone: "【記者 張三 報導】")


# "華爾街日報記者 Jeremy Page / Betsy McKay / Drew Hinshaw": a Chinese reporter line naming reporters in Latin letters
_LATIN = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
# "文、攝:Liona Li": a writer's label (the writer took the pictures too) before a name in Latin letters
_LATIN_LINE = re.compile(r"^(?:(?:" + _OUTLET + r"|本报|本報)?(?:记者|記者)|" + _WRITER + r")\s*"
                         r"(?P<names>" + _LATIN + r"(?:\s*[/／、,，]\s*" + _LATIN + r"){0,6})\s*$")


# "經濟日報訊 記者顧陽報道:", "本报讯 记者 王晓明 李华 报道：", "本报记者王晓明报道，": a lead opening on the reporter's
# credit, the names closed by 报道 and the lead's colon or comma (the story runs on after it)
# ("【香港商報網訊】實習記者葉柏希報道:": Hong Kong papers bracket the outlet's 訊 in 【】)
_LEAD_REPORTER = re.compile(r"^[【〔\[]?(?:(?:" + _OUTLET + r"|本报|本報|本刊|本网|本網|本台)"
                            r"(?:[\u3400-\u9fff\d]{0,10}?(?:讯|訊|电|電))?"
                            r"|[\u3400-\u9fff\d]{1,16}?(?:讯|訊|电|電))[】〕\]]?\s*" + _DESK + r"(?:记者|記者)\s*"
                            r"(?P<names>[\u3400-\u9fff]{2,4}(?:[\s、]+[\u3400-\u9fff]{2,4}){0,3}?)\s*"
                            r"(?:报道|報道|報導)\s*[:：,，]")


def _person(name: str) -> bool:
    """Whether a name in a credit with no separator around it reads as a person's, not a word ("記者特別報導": a
    special report) nor a place or body ("高新区 宁波报道")."""
    return givennames.is_chinese_name(name) and not givennames.zh_word(name) and not _BODY_END.search(name)


def _split(names: str) -> list[str]:
    return [n for n in re.split(r"[\s、]+", names) if n and not _FILED.search(n)]


def _city_names() -> frozenset[str]:
    """Chinese city names without 市, to tell where a reporter's name ends and the city begins (imported late: the
    place tables load only when a note needs them)."""
    from briefkit.extract.places import chinese_city_stems

    return chinese_city_stems()


# "2021-03-04 10:30 澎湃新闻记者 张三": a reporter line may share the date line
_DATE_PREFIX = re.compile(r"^\s*(?:19|20)\d{2}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*")


# "人民网合肥7月17日电 (胡雨松)": a dateline's note naming the reporters without the word 记者
_DATELINE_NAMES = re.compile(r"^" + _OUTLET + r"[\u3400-\u9fff]{0,8}?(?:1[0-2]|[1-9])月[1-3]?\d日(?:电|電)\s*[(（]"
                             r"(?!记者|記者)(?P<names>[\u3400-\u9fff]{2,4}(?:[、\s]+[\u3400-\u9fff]{2,4}){0,4})[)）]")


# "郭揚(yáng)": a script converter's pinyin glued after a character (seen on several traditional mirrors)
_PINYIN = PINYIN
# "(通訊員 郭揚 方揚燁 記者 焦修博)": the correspondents first, then the reporter, who alone is the author
_CORRESPONDENTS_FIRST = re.compile(r"[(（]\s*(?:通讯员|通訊員)\s*[\u3400-\u9fff\s、]{2,30}?\s*(?:记者|記者)\s*"
                                   r"(?P<names>" + _NAMES + r")\s*[)）]")


# "(李若琳 記者陳家華)": a writer named before the reporter in the lead's note, credited with them
_NAME_BEFORE_REPORTER = re.compile(r"[(（]\s*(?P<first>[\u3400-\u9fff]{2,3})\s+" + _DESK + r"(?:记者|記者)\s*"
                                   r"(?P<names>" + _NAMES + r")\s*[)）]")


# "波新聞-辜士陞/嘉義": a portal's credit line, the outlet, a dash, the reporter and where the story was filed
_OUTLET_NAME_PLACE = re.compile(r"^(?P<outlet>" + _OUTLET + r")\s*[-－—–]\s*(?P<names>[\u3400-\u9fff]{2,4})\s*[/／]\s*"
                                r"[\u3400-\u9fff]{2,4}$")


def reporters(text: str) -> list[str]:
    """Reporters named in a line or the opening of a paragraph (photographers' "… 摄" lines left out)."""
    # "報導" in simplified characters is "报导" in Malaysian and Singaporean papers: one word with 报道 here
    text = _PINYIN.sub("", text).replace("报导", "报道")
    found = [n for match in _NAME_BEFORE_REPORTER.finditer(text[:300]) if _person(match["first"])
             for n in [match["first"], *_split(match["names"])]]
    found += [n for match in _NOTE.finditer(text[:300]) for n in _split(match["names"])]
    if (filed := _OUTLET_NAME_PLACE.match(text.strip())) and _person(filed["names"]):
        found.append(filed["names"])
    found += [n for match in _CORRESPONDENTS_FIRST.finditer(text[:300]) for n in _split(match["names"])]
    if dated := _DATELINE_NAMES.match(text.strip()[:80]):
        found += _split(dated["names"])
    stripped = padded_joined(_DATE_PREFIX.sub("", text.strip()))
    # "… 张三 摄" credits a photographer; "本報記者 張三 文/攝" a writer who took the pictures too
    if (line := _LINE.match(stripped) or _MARKED.match(stripped)) and not re.search(r"(?<![/／])[摄攝]$", stripped):
        found += _split(line["names"])
    for form in (_NAMES_FILED, _LEAD_REPORTER):  # "王晓明 宁波报道", "本报讯 记者王晓明报道:" opening the lead
        if (credit := form.match(stripped)) and all(_person(n) for n in _split(credit["names"])):
            found += _split(credit["names"])
    if filed := _FILED_LEAD.match(stripped):  # "張三／台北報導 …": the credit opens the lead, no 記者 before it
        found += _split(filed["names"])
    if latin := _LATIN_LINE.match(stripped):
        found += [n.strip() for n in re.split(r"\s*[/／、,，]\s*", latin["names"]) if n.strip()]
    found += [m["name"] for m in _DATED_NOTE.finditer(text[:120]) if _person(m["name"])]
    for match in _DATELINE_NOTE.finditer(text[:120]):
        found += _filed_names(match["rest"], match["filed"], text[match.end():])
    # "文:医务部": a department that wrote it up is a body, no writer (a name no surname opens, closing on 部, 处 …)
    found = [n for n in found if givennames.is_chinese_name(n) or not _BODY_END.search(n) or not _CJK_ONLY.match(n)]
    return list(dict.fromkeys(found))


def _filed_names(rest: str | None, filed: str | None, after: str) -> list[str]:
    """The reporters of a note that runs the last name into where the story was filed: an agency's dated note
    (``rest``, "張三台北") or a note closed by 報導 (``filed``, "甲乙丙、丁戊雲林"), whose names before the last
    must each read as a person's."""
    if rest is not None:
        return [name] if (name := _name_before_place(rest, after, False)) else []
    *first, last = re.split(r"[\s、]+", (filed or "").strip())
    if not all(_person(n) for n in first) or (name := _name_before_place(last, after, True)) is None:
        return []
    return [*first, name]


def _name_before_place(rest: str, after: str, filed: bool) -> str | None:
    """The reporter's name in a note that runs it into where the story was filed ("盧太城台東縣", "黃金郎雲林").

    A listed city after the name cuts it; a note closed by 報導 may also hold the name alone ("曹重偉") or run it
    into a county or town the city list lacks, which the segmenter tags as a place or the story names again
    ("【記者黃金郎雲林報導】雲林縣環保局…"): taken only where what is left before it reads as a person's name."""
    # "盧太城台東縣": the city may carry its county's or city's word (縣, 县, 市), which the list leaves off
    cut = next((i for i in (2, 3, 4) if re.sub(r"(?<=..)[縣县市]$", "", rest[i:]) in _city_names()), None)
    if cut is not None:
        return rest[:cut]
    if not filed:
        return None
    if _person(rest):
        return rest
    return next((rest[:i] for i in (3, 2, 4) if len(rest) - i >= 2 and givennames.is_chinese_name(rest[:i])
                 and (rest[i:] in after or _place_word(rest[i:]))), None)


def _place_word(text: str) -> bool:
    """Whether the segmenter reads ``text`` ("雲林") as one word naming a place."""
    import zhconv  # (lazy, as jieba: both load on a Chinese page only)

    from briefkit.extract.segment_zh import tokens

    found = tokens(str(zhconv.convert(text, "zh-hans")))
    return len(found) == 1 and found[0][1] == "ns"


def closing_reporters(paragraph: str) -> list[str]:
    """Reporters in a note closing the last paragraph: "…有望近期成立。（记者 张守帅）", or the names alone
    after the last sentence ("…绿色环保技术。(王希、王洪江)"), as wire copy signs off."""
    paragraph = without_pinyin(paragraph[-120:])  # "(記(jì)者(zhě) 林美玲)": a converter's pinyin
    if match := _NOTE_AT_END.search(paragraph[-60:]):
        return _split(match["names"])
    from briefkit.extract.givennames import is_chinese_name

    bare = _NAMES_AT_END.search(paragraph[-40:])
    names = _split(bare["names"]) if bare else []
    return names if names and all(is_chinese_name(n) for n in names) else []


_NAMES_AT_END = re.compile(r"[。！？”][(（](?P<names>[\u3400-\u9fff]{2,4}(?:、[\u3400-\u9fff]{2,4}){0,4})[)）]"
                           r"\s*[|｜]?\s*$")


_NOTE_AT_END = re.compile(_NOTE.pattern + r"\s*$")


def is_reporter_line(line: str) -> bool:
    """A line that is a byline ("澎湃新闻记者 张三"), never a title."""
    line = _PINYIN.sub("", line).strip()  # "本(běn)報(bào)記(jì)者(zhě) 张三": a converter's pinyin
    # "（记者 张三）" on a line of its own: the note, standing where a byline stands
    return bool(_LINE.match(line) or _MARKED.match(line) or _LATIN_LINE.match(line) or _NOTE.fullmatch(line)
                or _OUTLET_NAME_PLACE.match(line))


def reporter_outlet(line: str) -> str | None:
    """The outlet a reporter line names ("澎湃新闻记者 张三" → "澎湃新闻"), not the paper's own "本报"."""
    line = _PINYIN.sub("", line).strip()
    match = _LINE.match(_DATE_PREFIX.sub("", line)) or _NOTE.match(line) or _OUTLET_NAME_PLACE.match(line)
    outlet = match["outlet"].strip("《》") if match and match["outlet"] else None
    return outlet if outlet and not outlet.startswith("本") else None


_LEAD_NOTE = re.compile(r"^[(（](?P<outlet>" + _OUTLET + r")(?:记者|記者)")


def note_outlet(paragraph: str) -> str | None:
    """"（中央社記者李明台北5日電）…" → "中央社": the agency of a reporter note opening the lead."""
    match = _LEAD_NOTE.match(without_pinyin(paragraph[:200]).strip())
    return match["outlet"] if match else None


def lead_outlet(paragraph: str) -> str | None:
    """"央视网消息（新闻联播）：…" → "央视网"; "据海南日报1月21日消息,…" → "海南日报"."""
    lead = without_pinyin(paragraph[:200]).strip()  # "央視網(wǎng)消息:" → 央視網
    match = _LEAD.match(lead) or _LEAD_ACCORDING.match(lead)
    return match["outlet"] if match else None


# "作者:新华每日电讯记者邵香云 白佳丽 宋 瑞": a writer's field may repeat the reporter line's outlet and desk,
# and pad a two-character name to the width of three ("宋 瑞"): no Chinese name is one character long
_WRITER_FIELD = re.compile(r"(?P<label>作者|撰文|撰稿|记者|記者|编辑|編輯|责任编辑|責任編輯)\s*[:：]\s*")
_FIELD_DESK = re.compile(r"(?:" + _OUTLET + r"|[\u3400-\u9fff]{2,8}?)?" + _DESK + r"(?:记者|記者)\s*")
# "作者:記者 吳艷虹 通訊員 鐘海成 編輯:…": the correspondents after the reporters in a writer's field are no authors
# (as in a bracketed note); the cut runs to the next field's label or the line's end
_FIELD_STRINGER = re.compile(r"(?<=[\u3400-\u9fff])\s+(?:通讯员|通訊員|实习生|實習生)\s*[\u3400-\u9fff、 ]{2,20}?"
                             r"(?=\s+[\u3400-\u9fff]{2,4}\s*[:：]|\s*$)")
_EDITOR_LABELS = frozenset({"编辑", "編輯", "责任编辑", "責任編輯"})
# 丨 (U+4E28) is a CJK character but a byline's separator ("文丨辛 明"), so a padded name may follow it
_PADDED = re.compile(r"(?<![\u3400-\u4e27\u4e29-\u9fff])(?P<a>[\u3400-\u9fff])[ \u3000]+"
                     r"(?P<b>[\u3400-\u9fff])(?![\u3400-\u9fff])")


def padded_joined(text: str) -> str:
    """"文丨辛 明" → "文丨辛明": a two-character name padded to the width of three is one name."""
    return _PADDED.sub(r"\g<a>\g<b>", text)


def writer_field(line: str) -> str:
    """A Chinese writer's or editor's field with the names alone: the outlet and desk before them gone,
    a padded name ("宋 瑞") joined."""
    match = _WRITER_FIELD.search(line)
    if match is None:
        return line
    value = line[match.end():]
    if desk := _FIELD_DESK.match(value):
        value = value[desk.end():]
    if match["label"] not in _EDITOR_LABELS:
        value = _FIELD_STRINGER.sub("", value)
    return line[:match.end()] + padded_joined(value)


# "作者:张伟,系北京大学教授": after the name, a clause on who the writer is (系/现任/是 …), which names no one
_BIO_CLAUSE = re.compile(r"^(?:系|現為|现为|现任|現任|是|为|為|曾任|任)|(?:教授|研究员|研究員|博士|主任|院长|院長|"
                         r"学者|學者|专家|專家|记者|記者|编辑|編輯)$")


def bio_clause(value: str) -> bool:
    """A Chinese author field's clause on the writer ("系北京大学经济学院教授"), no name of a person."""
    return len(value) > 4 and _BIO_CLAUSE.search(value) is not None
