"""Chinese organisation names through jieba's part-of-speech tags.

Chinese has no capitals and no spaces to find names by, so the text is
segmented with jieba (loaded lazily, only when an article is Chinese: its
dictionary takes a few seconds to load once per process).  A name is a run of
noun-like words ending in an institutional word (部, 局, 委员会, 社, 报, 公司…),
or one word jieba itself tags as an organisation (``nt``); a title in book
marks followed by "reported" (韩国《亚细亚经济》报道称) is a newspaper.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from briefkit.extract.companies_zh import company_names, listed_in_text
from briefkit.extract.segment_zh import tokens as segment_tokens

# (海关: a city's customs, "深圳海关", which jieba tags as a place's name; 议会: a council or a parliament,
# "台中市议会")
_SUFFIX = re.compile(r"(?:部|局|厅|廳|委员会|委員會|委|办|辦|署|院|社|网|網|报|報|台|公司|集团|集團|银行|銀行|"
                     r"海关|海關|协会|協會|办公室|辦公室|"
                     r"中心|组织|組織|联盟|聯盟|大学|大學|政府|管委会|管委會|基金会|基金會|党中央|黨中央|政协|政協|人大|"
                     r"联合会|聯合會|研究所|交易所|法院|检察院|大会|大會|议会|議會)$")
_NOUNISH = {"n", "nt", "ns", "nz", "j", "nrt", "ng", "vn", "an"}
_MEDIA = re.compile(r"【(?P<c>[\u3400-\u9fff]{2,10}?(?:报|報|社|网|網|台))(?:综合|綜合)?(?:报道|報導|讯|訊)】"
                    r"|《(?P<a>[^》]{2,12}(?:报|報|杂志|雜誌|周刊|週刊|日报|日報|时报|時報|新闻|新聞))》"
                    r"|《(?P<b>[^》]{2,12})》(?=报道|報導|称|稱|援引|发表|發表|刊文|社论|社論)")
_GENERIC = {"数据中心", "中心", "政府", "社会", "社會", "国家", "國家", "全国", "全國", "部门", "部門", "本报", "本報",
            "我国", "我國", "报社", "報社", "电视台", "電視台", "网站", "網站", "大学", "大學", "记者站", "委员会",
            "委員會", "研究院", "研究所", "航空公司", "管理中心", "运营部", "運營部", "俱乐部", "俱樂部",
            "办公室", "辦公室", "管委会", "管委會", "交易所", "基金会", "人民政府", "地方政府", "各级人民政府",
            "新闻网", "行业协会", "党政机关", "国家机关", "政府机关", "地区统计局", "有关部门", "相关部门", "主管部门",
            "市政府", "省政府", "区政府", "县政府", "市委", "省委", "区委", "县委", "子公司", "分公司", "母公司",
            "总公司", "該公司", "该公司", "本公司", "当地政府", "當地政府", "有限公司", "有限责任公司", "有限責任公司",
            "股份有限公司", "上市公司", "民办学校", "公办学校",
            # the central government, the counties' and cities' governments: a tier of government, as 地方政府 is
            "中央政府", "县市政府", "市县政府", "地方议会"}
# Common words that end like an institution but are not one (部署 "deploy", 格局 "pattern", 东部 "the east").
_NOT_INSTITUTION = {"部署", "格局", "大局", "全局", "布局", "结局", "結局", "局部", "全部", "内部", "內部",
                    "开局", "開局", "变局", "變局", "僵局", "骗局", "騙局", "时局", "時局", "政局", "残局", "殘局",
                    "外部", "东部",
                    "東部", "西部", "南部", "北部", "中部", "东中西部", "干部", "幹部", "总部", "總部", "局面", "电台",
                    "平台", "舞台", "后台", "前台", "讲台", "阳台", "出台", "登台", "医院", "学院", "法院",
                    # a bus stop's platform, a counter, a stand ("中心公交站台": no body's 台, a broadcaster)
                    "站台", "月台", "柜台", "櫃檯", "看台", "窗台",
                    # papers that are no newspapers: a bulletin, a report, a filing ("警情通报", "半年报", "申报")
                    "通报", "通報", "年报", "年報", "季报", "季報", "简报", "簡報", "公报", "公報", "快报", "快報",
                    "海报", "海報", "情报", "情報", "举报", "舉報", "预报", "預報", "汇报", "匯報", "申报", "申報",
                    # networks that are no website: pipes, the internet, logistics, roads ("旧城管网改造")
                    "管网", "管網", "互联网", "互聯網", "物联网", "物聯網", "物流网", "物流網", "路网", "路網",
                    "局域网", "局域網", "因特网", "因特網", "万维网", "萬維網", "交通网", "交通網", "铁路网", "鐵路網",
                    "公路网", "公路網", "通信网", "通信網", "宽带网", "寬帶網", "骨干网", "骨幹網", "配电网", "配電網",
                    "输电网", "輸電網"}
# 报 opening a verb jieba cuts in two ("报" "到": register; 报名, 报送, 报备, 报批, 报考, 报销, 报警, 报税, 报案)
_BAO = {"报", "報"}
_BAO_VERB_ENDS = set("到名送备備批考销銷警税稅案")
# "财政局", "民政局", "邮政局": a bureau whose remit ends in 政 is no "政局" (the political situation)
_BUREAUS = re.compile(r"[\u4e00-\u9fff]政局$")


def _common_word(word: str) -> bool:
    """A word that ends like an institution but is a common word (see ``_NOT_INSTITUTION``)."""
    return word.endswith(tuple(_NOT_INSTITUTION)) and not _BUREAUS.search(word)


# the power grid as a common noun ("新材料和智能电网设备"), no website; a grid company is a name of its own that
# jieba knows whole (国家电网, 南方电网)
_GRIDS = frozenset({"电网", "電網"})
# "法国华侨华人会主席蔡君柱": a society whose chair or president is named after it, where a clause opens (not a
# meeting, "大会", nor its presidium, "主席团")
_ROLE_HEAD = re.compile(r"(?:^|(?<=[\n，,。；;、：:！？“”\"（(]))(?P<n>[\u4e00-\u9fff]{3,12}?(?<!大)[会會])"
                        r"(?=(?:副?主席(?![团團])|[会會]长|[会會]長|秘[书書]长|秘[书書]長|理事长|理事長)[\u4e00-\u9fff]{2,3})",
                        re.MULTILINE)
_MAX_TOKENS = 5
_COMPANY_WORDS = frozenset({"公司", "集团", "集團"})
# the kinds of body a common word before names no one of ("研发中心", "产业中心", "管理研究所": a research and
# development centre, an industry centre, a management institute), as "报告期公司" names no company
_UNNAMED_HEADS = _COMPANY_WORDS | {"中心", "研究所", "交易所"}
_COMMON = frozenset({"n", "vn", "l", "an", "ng", "v"})
# what jieba tags an organisation (nt) that is a field, a tie or a kind of person: 公共财政, 新兴产业, 中美关系,
# 新闻人物 (seen on Hong Kong, Shandong and Beijing pages alike)
_ABSTRACT = ("财政", "財政", "产业", "產業", "关系", "關係", "人物", "经济", "經濟", "市场", "市場", "领域", "領域",
             "行业", "行業")
# a head's title: the body's word and 长 ("局长", "厅长"; "局局长" is the bureau's own head)
_HEADS = ("局长", "局長", "厅长", "廳長", "署长", "署長", "处长", "處長")
_VENUE = ("堂", "馆", "館", "场", "場", "园", "園", "宫", "宮")  # 人民大会堂: a place where bodies meet


# one-character prepositions jieba may tag as nouns ("照" a photo, "经" a classic): never the start of a body's name
_PREPOSITIONS = frozenset("照按依经經由对對向据據被把将將给給跟")
# a notice's procedure words jieba tags as nouns before the body they pass through ("需报经市政府同意": submitted to
# and approved by the city government)
_PROCEDURES = frozenset({"报经", "報經", "经由", "經由"})


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names in Chinese (pycountry's translations)."""
    from briefkit.extract.countrycues import country_names

    return frozenset(country_names("zh")[1])


# Characters only traditional text uses: a cheap test before converting
_TRADITIONAL = re.compile(r"[國會這說與為門們時經發對區華電報網長書車東馬]")


def _hall(run: list[tuple[str, str]]) -> bool:
    """"新闻发布厅", "多功能厅": a hall; a 厅 is a department only in a province's name ("省工信厅")."""
    return run[-1][0].endswith(("厅", "廳")) and run[-1][1] != "nt" and not any("省" in w for w, _ in run)


def _named_school(run: list[tuple[str, str]]) -> bool:
    """"安徽机电技术职业学院": a college, hospital or court with a place or a name of its own before it."""
    last = run[-1][0]
    if len(run) == 2 and run[0][1] == "ns" and last.endswith(("法院", "医院", "醫院", "学院", "學院")):
        # "朝阳区法院", "林州市人民法院": a place's court, on Beijing's and Henan's court pages alike; "四川法院",
        # "北京法院" (a province's or a city's courts, all of them) name no one court
        return last != "法院" or run[0][0].endswith(tuple(_ADMIN))
    return last in {"学院", "學院", "医院", "醫院", "法院"} and len(run) >= 3 \
        and any(flag in {"ns", "nz", "nt", "j"} for _, flag in run[:-1])


# a level of government written alone before a body's name ("县交通局", "市文化和旅游局")
_ADMIN = frozenset({"县", "縣", "市", "省", "区", "區", "镇", "鎮", "乡", "鄉"})
# ("劳工及福利局", "環境及生態局": Hong Kong's bureaus join their remits with 及)
# a level of government's own body opening a word ("市政府", "县委"): after a body's word it starts the next body
_NEXT_BODY = re.compile(r"^[省市县縣区區镇鎮](?:人民)?(?:政府|委|人大|政协|政協)")
_JOINS = frozenset({"和", "与", "與", "及"})


def _joined_name(tokens: list[Any], at: int) -> bool:
    """A "和" inside a body's name: noun-like words follow it up to an institutional word ("发展和改革委员会",
    "住房和城乡建设局"); "企业和政府" joins two names, its second a generic word or a name of its own."""
    if at == 0 or _SUFFIX.search(tokens[at - 1][0]):
        return False  # "党工委和管委会", "发改委和公安部": two bodies
    for i, (word, flag) in enumerate(tokens[at + 1:at + 4]):
        if flag not in _NOUNISH or flag.startswith("nr"):
            return False
        # (the body's word may come glued to its head's title: "福利" "局局长")
        if (_SUFFIX.search(word) or (word.endswith(_HEADS) and len(word) == 3)) \
                and not _common_word(word):
            # a remit, then the body's word alone ("改革" "委员会", "城乡" "建设部"), not a body's whole name
            return i > 0 and len(word) <= 3
    return False


# a department's word alone, after its remit ("自然资源" "分局": the natural resources branch bureau)
_BRANCH_WORDS = frozenset({"局", "分局", "厅", "廳", "委", "委员会", "委員會", "办公室", "辦公室", "署"})


def _titled(tokens: list[Any], at: int) -> bool:
    """The word after ``at`` is the title of the body's head or deputy head ("部长", "局长", "副")."""
    after = tokens[at + 1][0] if at + 1 < len(tokens) else ""
    return after.endswith((*_HEADS, "部长", "部長")) or after == "副"


# "农业农村部副部长": jieba glues a body's last character to the "副" of its deputy head's title ("部副" "部长");
# the body's word and "deputy" are two words, whatever body the title names
_DEPUTY = re.compile(r"^(?P<body>[\u4e00-\u9fff]*[部局厅廳委办辦署院])副$")
_TITLES = ("长", "長", "主任", "书记", "書記", "主席", "署长", "署長")


def _deputies_split(tokens: list[Any]) -> list[tuple[str, str]]:
    """The tokens with each "部副" before a head's title split into the body's word and "副"."""
    out: list[tuple[str, str]] = []
    for at, (word, flag) in enumerate(tokens):
        match = _DEPUTY.match(word)
        if match and at + 1 < len(tokens) and tokens[at + 1][0].endswith(_TITLES):
            out += [(match["body"], flag), ("副", "b")]
        else:
            out.append((word, flag))
    return out


# the short remits of local bureaus and commissions that jieba cuts into single characters read as verbs ("住" "建"
# "局": the housing and construction bureau; "卫" "健" "委": the health commission; "发" "改" "局")
_SHORT_REMITS = frozenset({"住建", "卫健", "衛健", "发改", "發改", "规自", "規自"})


def _short_remits(tokens: list[Any]) -> list[Any]:
    """``tokens`` with a bureau's short remit cut into characters joined again, as a noun before its body's word."""
    out: list[Any] = []
    skip = False
    for at, (word, flag) in enumerate(tokens):
        if skip:
            skip = False
            continue
        after = tokens[at + 1][0] if at + 1 < len(tokens) else ""
        pair = word + after[:1]
        if len(word) == 1 and pair in _SHORT_REMITS and after[1:] in {"", "委", "局"} \
                and (after[1:] or (at + 2 < len(tokens) and tokens[at + 2][0] in {"局", "委"})):
            out += [(pair, "n"), (after[1:], "n")] if after[1:] else [(pair, "n")]
            skip = True
        else:
            out.append((word, flag))
    return out


def _runs(tokens: list[Any]) -> list[str]:
    """Organisation names: noun runs ending in an institutional word, and single ``nt`` words."""
    tokens = _deputies_split(_short_remits(tokens))
    names: list[str] = []
    run: list[tuple[str, str]] = []
    opened_after = [""]

    def close() -> None:
        # the longest tail of the run that ends in an institutional word
        while run and (not _SUFFIX.search(run[-1][0]) or _hall(run) or run[-1][0] in _GRIDS
                       or (_common_word(run[-1][0]) and not _named_school(run))) \
                and not (run[-1][1] == "nt" and len(run[-1][0]) >= 4 and not run[-1][0].endswith(_VENUE)
                         and not _common_word(run[-1][0])):  # "全国人大常委会": jieba knows it
            run.pop()
        if run:
            words = run[-_MAX_TOKENS - sum(f == "cj" for _, f in run[-2 * _MAX_TOKENS:]):]  # (a joining 和 is no word)
            while words and words[0][1] not in {"nt", "ns", "nz", "j", "nrt"} and len(words) > 1 \
                    and not _SUFFIX.search(words[0][0]) and len("".join(w for w, _ in words[1:])) >= 4 \
                    and not any(f == "cj" for _, f in words):  # (a joined name is whole: "国家发展和改革委员会")
                words = words[1:]  # a run opens on its proper part: "旅游部数据中心", not "统计数据…"
            if len(words) > 1 and (words[0][0] in _PREPOSITIONS or words[0][0] in _PROCEDURES):
                words = words[1:]  # "照" "委员会" ("according to the committee's review"): jieba's noun "photo"
            name = "".join(w for w, _ in words)
            # "水平政府", "环节政府": a government is a place's ("中国政府", "天津市政府"), not any noun's
            placeless = words[-1][0] == "政府" and (len(words) < 2 or words[-2][1] != "ns")
            # "中国政府" is a country's government as a notion; "天津市政府" and "日本政府观光局" are bodies
            national = name.endswith("政府") and name[:-2] in _countries()
            # "宣传人大", "精心组织", "教育大会": an activity or a quality before the word, not a name
            activity = len(words) == 2 and words[1][0] in {"组织", "大会", "人大"} \
                and words[0][1] not in {"ns", "nt", "j", "nz", "m"}
            # "誓师大会", "中国经济传媒大会", "股东大会": a meeting, a rally or a conference; of the names ending in
            # 大会 only a congress of representatives (人民代表大会) or one jieba knows whole (联合国大会) is a body
            meeting = name.endswith("大会") and not name.endswith("代表大会") and words[-1][1] != "nt"
            # "市委常委", "全國人大常委": a member of a standing committee is a person's role ("常委会" is the body);
            # the body the title names is listed, as the corpus lists bodies inside people's titles
            if name.endswith("常委"):
                name = name[:-2]
            abstract = name.endswith(_ABSTRACT) and not _SUFFIX.search(name)
            # "报告期公司", "积极探索公司": one common word before 公司 is what a sentence says of a company
            # ("this period's company"), no name; a name has a proper part (a place, a brand, an abbreviation)
            # (only after a clause's break, a pronoun, a verb or a preposition: what jieba leaves of a brand before
            # it, "海" "高" "投资公司", "康" "地" "谷物公司", owns the run)
            # (a count before it, "2381家盈利公司", counts companies; a common word left after the run's common
            # opening words were dropped, "新能源汽车" "研发中心", is no more a name)
            unnamed = len(words) == 2 and words[1][0] in _UNNAMED_HEADS and words[0][1] in _COMMON \
                and (opened_after[0] in {"", "x", "r", "v", "p", "d", "c", "uj", "m", "q"} or len(run) > 2)
            if len(name) >= 3 and name not in _GENERIC and not placeless and not national and not activity \
                    and not abstract and not unnamed and not meeting:
                names.append(name)
        run.clear()

    for at, (word, flag) in enumerate(tokens):
        if not run:
            opened_after[0] = tokens[at - 1][1] if at else ""  # the tag of the word before a run that opens here
        if word in _ADMIN and not run and at + 1 < len(tokens) and tokens[at + 1][1] in _NOUNISH:
            run.append((word, "ns"))  # "县" "交通局": the county's bureau, its level written before it
            continue
        if run and word in _JOINS and flag == "c" and _joined_name(tokens, at):
            run.append((word, "cj"))  # "发展和改革委员会", "人力资源和社会保障局": one body's remits joined by 和
            continue
        if run and flag == "n" and word.endswith(_HEADS):
            # "澳门房屋局长", "省财政厅厅长": the body a head's title names ends the run (bodies inside people's
            # titles are listed, README "Dev gold consistency pass")
            body = word[-2]
            if not run[-1][0].endswith(body):  # "财政厅" "厅长": the run holds the body's word already
                run.append((word[:-1] if len(word) == 2 else body, flag))
            close()
            continue
        if flag.startswith("nr") and _SUFFIX.search(word) and len(word) >= 3 \
                and ((at and tokens[at - 1][0] in _ADMIN) or _titled(tokens, at)):
            flag = "n"  # "省" "司法厅", "宣传部" "部长": a department (a level of government's, or one its head's title
            # names), not a person jieba took it for
        if flag.startswith("nr") and len(word) >= 3 and word.endswith(("区", "區")):
            flag = "ns"  # "盐南" "高新区" "教育局": a development zone jieba tags as a person's name
        if word in _BAO and at + 1 < len(tokens) and tokens[at + 1][0][:1] in _BAO_VERB_ENDS:
            flag = "v"  # "学生" "报" "到": the verb 报到 (register) jieba parts, no paper's 报 ("学生报")
        if word in {"办", "辦"} and run and run[-1][0].endswith(("政府", "委")):
            flag = "n"  # "县政府" "办": the government's office, whose word jieba reads as the verb "handle"
        if word == "委" and flag == "zg" and len(run) >= 2 and run[0][1] == "ns":
            flag = "n"  # "市" "发展" "改革" "委": a commission's word after its remits, which jieba leaves untagged
        if flag in {"v", "ad"} and len(run) >= 2 and run[0][1] == "ns" and at + 1 < len(tokens) \
                and tokens[at + 1][1] in _NOUNISH and _SUFFIX.search(tokens[at + 1][0]):
            # "大冶市" "价格" "认证" "中心", "芜湖市" "政务" "公开" "办公室": a remit's verb or adverb inside a place's
            # body, before its word
            flag = "vn"
        if flag == "l" and at + 1 < len(tokens) and _SUFFIX.search(tokens[at + 1][0]) \
                and ((run and run[-1][1] == "ns") or tokens[at + 1][0] in _BRANCH_WORDS):
            flag = "n"  # "四川省" "生态环境" "厅", "自然资源" "分局": a set phrase before a body's word is its remit
        if run and _NEXT_BODY.match(word) and _SUFFIX.search(run[-1][0]) \
                and not _common_word(run[-1][0]):
            close()  # "…办公室" "市政府" "新闻办公室": a joint notice's issuers run together, one body after another
            opened_after[0] = "x"
        if (flag == "nt" and not run) or (flag in _NOUNISH and not flag.startswith("nr")):
            run.append((word, flag))
        else:
            close()
            if flag == "nt":
                run.append((word, flag))
    close()
    return names


def simplified(text: str) -> str | None:
    """``text`` in simplified characters when it holds traditional ones (see :func:`_simplified`), else None."""
    return _simplified(text) if _TRADITIONAL.search(text) else None


def _simplified(text: str) -> str | None:
    """``text`` in simplified characters, character for character, or None when it is simplified already.

    jieba's dictionary is in simplified characters: in traditional text it knows few words and no
    institutions (杭州市旅遊委員會).  zhconv (loaded only for such text) converts; a conversion that
    changed the length cannot be mapped back to the article's own characters and is not used.
    """
    import zhconv

    simple = str(zhconv.convert(text, "zh-cn"))
    return simple if simple != text and len(simple) == len(text) else None


# "甲、乙公司", "某市市场监管局": a party a case report leaves unnamed (a letter of the cycle 甲乙丙丁…, or 某
# "a certain") is no body's name ("丁香园" is: a name of its own follows the character)
_ANONYMOUS = re.compile(r"^(?:某|[甲乙丙丁戊己庚辛壬癸]"
                        r"(?=(?:公司|集团|集團|银行|銀行|企业|企業|单位|單位|医院|醫院)$))")


# "各镇政府", "各级人民代表大会", "有关广播电视台": each body of a kind, or the ones concerned, is no one body
_EACH = ("各", "各级", "各級", "有关", "有關", "相关", "相關")


def _each(name: str, text: str) -> bool:
    """Every mention of ``name`` in ``text`` follows a word of ``_EACH``."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(text[max(0, at - 2):at].endswith(_EACH) for at in starts)


def chinese_organisations(text: str) -> list[str]:
    """Organisation names in a Chinese text, first mention first, a name inside a longer one left out.

    Traditional text is segmented in simplified characters; each name is then taken from the article
    at the same place, so it is spelt as the article spells it.
    """
    found: dict[str, None] = {}
    for match in _MEDIA.finditer(text):
        found.setdefault(match["a"] or match["b"] or match["c"])
    for match in _ROLE_HEAD.finditer(text):
        found.setdefault(match["n"])
    simple = _simplified(text) if _TRADITIONAL.search(text) else None
    tokens = list(segment_tokens(simple or text))
    companies = company_names(tokens)
    for name in listed_in_text(text):
        # "吸引到西门子": a clause run into a list's first firm, whose start jieba's list found ("西门子")
        found.setdefault(next((c for c in companies if c != name and name.endswith(c) and len(c) >= 2), name))
    for name in [*companies, *_runs(tokens)]:
        if simple is not None:
            at = simple.find(name)
            if at < 0:  # a run joined across a sentence break is no span of the article: leave it out
                continue
            name = text[at:at + len(name)]
        found.setdefault(name)
    names = [n for n in found if not _ANONYMOUS.match(n) and not _each(n, text)]
    return [n for n in names if not any(n != other and n in other for other in names)]
