"""Chinese figures: numerals with scales (三千亿元, 五个百分点), shares (近四成, 7成4, 百分之五十), figures
written with two scales (2兆736億元), and the Taiwanese yuan.

The digits of "3.5亿美元" are read by :mod:`briefkit.extract.numbers`; what is written in Chinese numerals
or needs Chinese grammar is read here.
"""

from __future__ import annotations

import re

from briefkit.extract.currencies import SUFFIX, currency_code
from briefkit.extract.moneycarry import exact_sum
from briefkit.extract.numwords import zh_number
from briefkit.extract.quantity import Quantity, parse_number

_SCALES = {"兆": 1e12, "亿": 1e8, "億": 1e8, "千万": 1e7, "千萬": 1e7, "万": 1e4, "萬": 1e4, "千": 1e3}
# 近四成 (nearly 40 %), 三成 (30 %), 百分之五十 (50 %); not 成为, 成功, 一成不变.
ZH_SHARE = re.compile(r"(?P<qual>近|约|約|超过|超過|逾|不到)?"
                      r"(?:(?P<tenths>[一二两兩三四五六七八九十]|\d)成(?![为為功立本果交长長熟员員不])"
                      r"(?P<ones>[一二三四五六七八九1-9](?![\d.．]))?"
                      r"|百分之(?P<pct>[零〇○一二两兩三四五六七八九十百点點]+))")
MEASURE = re.compile(r"[篇个個件人名位家项項次台辆輛吨噸艘架部条條座所场場套户戶株头頭只隻本册冊份张張]")
# 几十万, 数百万, 上万 and 成千上万 are "several", not numbers: no numeral after 几, 数, 上, 余 or 多.
# (after 余 "and more" no numeral starts, but 盈餘 and 結餘 are a surplus: "盈餘一三○億元")
_ZH_NUMERAL = re.compile(r"(?<![零〇○一二两兩三四五六七八九十百千万萬亿億\d第之几幾数數上多好成．.])"
                         r"(?:(?<![余餘])|(?<=[盈結结剩其][余餘]))"
                         r"(?P<qual>近|约|約|超过|超過|逾|不到|将近|接近)?"
                         r"(?P<zh>[零〇○一二两兩三四五六七八九十百千万萬亿億]+(?:[点點．][零〇○一二三四五六七八九]+)?)"
                         r"(?P<more>多|余|餘)?(?P<large>[万萬亿億]+)?(?:(?P<pp>个百分点|個百分點)|(?P<pct>[%％])"
                         r"|(?P<cur>美元|港元|港币|港幣|欧元|歐元|日元|英镑|英鎊|人民币|人民幣|元)"
                         r"|(?=人次|[起轮輪批例种種处處]|" + MEASURE.pattern + r"|年|周|週|星期|天|小时|小時)"
                         # "人口约为一千二百万。": a numeral its scale ends stands alone before the clause's end
                         r"|(?<=[万萬亿億])(?=[。，,；;、）)！!？?]|\s|$)"
                         # … or before the clause's next word, when the numeral is an exact sum ("刪除一千三百零八萬修正
                         # 通過": the budget's cut, its 元 left unwritten; see zh_quantities)
                         r"|(?<=[万萬亿億])(?P<glued>(?=[\u3400-\u9fff])))")


# A count in small numerals ("十名截访人员", "其余九人", "六起案件", "三項子法", "兩輪措施"): two to
# ninety-nine before a measure word that counts things, as "seven arrests" in English (countwords.py).
# Left out: 次 ("三次产业" is the tertiary sector, "三次" a frequency), 批 ("周四批准": approved),
# 个月/个小时 (lengths of time, durations.py), 一 ("一起" is "together", "一家" a family, "一名" an
# article) and a numeral inside quotation marks or a title's brackets ("“两个确立”", "《十四五规划》": a
# slogan's or a plan's name, no figure).
# … and 位 counts people, not digits: "增长速度达到两位数" is "double-digit growth"
_COUNT_MEASURE = re.compile(r"(?:[篇件人名家项項台辆輛艘架部条條座所场場套户戶株头頭只隻本册冊份张張"
                            r"起轮輪例种種处處]|位(?![数數])|[个個](?![月小星工多])(?=[\u3400-\u9fff]))")
_OPEN_QUOTE, _CLOSE_QUOTE = "“「『《‘", "”」』》’"
# "创新发起、创新实施和创新考核四个环节", "发展和生态两条底线", "这四个环节": the count of a list the clause has
# just named, or of a set a demonstrative points back to, states no quantity of its own (as "the two countries")
_CLAUSE_START = re.compile(r"[，,。；;：:！!？?]")
_LISTED = re.compile(r"[、和与與及]")
# … and "前三位" (the top three: a rank), "他們二人" (the two of them: people the story has named)
_POINTED = re.compile(r"(?:这|這|该|該|此|上述|前述|以上|以下|前|他们|她们|他們|她們|我们|我們|双方|雙方)$")
# nouns of speech and manner, as "two reasons", "three ways" in English: "用四个关键词评价"
_MANNER = re.compile(r"[个個]?(?:方面|关键词|關鍵詞|原因|理由|因素|问题|問題|特点|特點"
                     r"|途径|途徑|方式|层面|層面|阶段|階段|维度|維度)")


def _quoted(before: str) -> bool:
    """True when the text ``before`` a numeral leaves it inside quotation marks or a title's brackets."""
    opened = max(before.rfind(c) for c in _OPEN_QUOTE)
    closed = max(before.rfind(c) for c in _CLOSE_QUOTE)
    return opened > closed or before.count('"') % 2 == 1


def _small_count(text: str, match: re.Match[str], value: float) -> bool:
    """True when a small numeral counts the things its measure word names (see _COUNT_MEASURE)."""
    if not (2 <= value < 100) or match["large"] or not _COUNT_MEASURE.match(text, match.end()):
        return False
    before = text[max(0, match.start("zh") - 60):match.start("zh")]
    clause = _CLAUSE_START.split(before)[-1]
    # (a count inside quotation marks is left out for every count, in zh_quantities)
    return not (_LISTED.search(clause) or _POINTED.search(clause)
                or _MANNER.match(text, match.end()))


# a length of time in small numerals that the sentence states as a term or as how long something lasted
# ("预计三年内完工", "罢工持续了两周", "为期五天", "历时三个月"), as "3年内" in digits (durations.py; "前三年",
# "三年来" and "三年前" place another figure in time and are left out)
_TIME_UNIT = re.compile(r"(?:年|个月|個月|周|週|星期|天|日|个小时|個小時|小时|小時)")
_WITHIN = re.compile(r"(?:年|个月|個月|周|週|星期|天|日|个小时|個小時|小时|小時)(?:以内|之内|之內|以內|内|內)")
# … and a prison term, which is how long a sentence lasts ("判处有期徒刑三年", "被判处九年零六个月有期徒刑")
_LASTED = re.compile(r"(?:持续|持續|历时|歷時|为期|為期|长达|長達|耗时|耗時|用时|用時|经过|經過|工作|运行|運行"
                     r"|延长|延長|缩短|縮短|有期徒刑|判处|判處|被判|判刑|刑期)了?(?:近|约|約|超过|超過)?$")
# how far back a record reaches or how long a streak runs ("近九年增产最多", "连续四年"), as "近9年" and "连续4年"
# are in digits (the corpus's stop-29 conventions)
_REACH = re.compile(r"(?:近|连续|連續)$")
# "一年半" (a year and a half), "九年零六个月" (nine years and six months): a term in years and its part of a year
_YEAR_PART = re.compile(r"年(?:(?P<half>半)|零?(?P<months>[一二三四五六七八九十两兩]{1,2}|\d{1,2})(?:个|個)月)")


def _small_duration(text: str, match: re.Match[str], value: float) -> bool:
    """True when a small numeral and a unit of time after it state a term or a length (see _WITHIN, _LASTED)."""
    if not (1 <= value < 100) or match["large"] or not _TIME_UNIT.match(text, match.end()):
        return False
    before = text[max(0, match.start("zh") - 8):match.start("zh")]
    return bool(_WITHIN.match(text, match.end()) or _LASTED.search(before) or _REACH.search(before))


def zh_quantities(text: str, counts: bool = False) -> list[Quantity]:
    """"三千亿元" (3e11 CNY), "两万户" (20,000 households), "五个百分点" (5 points): Chinese numerals
    that a scale makes large or a currency, a measure word or 个百分点 follows; "一是" and "十分" are none.
    With ``counts``, also a small count before its measure word ("十名截访人员": 10)."""
    found: list[Quantity] = []
    for match in _ZH_NUMERAL.finditer(text):
        zh = match["zh"] + (match["large"] or "")  # "两千余万": over 20 million
        value = zh_number(zh)
        large = any(c in zh for c in "百千万萬亿億")
        if match["glued"] is not None and not exact_sum(zh, text):
            continue  # "千萬不要", "三萬字": a round scale before a word is no sum of money
        if _TIME_UNIT.match(text, match.end()) and not (match["pp"] or match["pct"] or match["cur"]):
            large = False  # "百年老店", "千年古城": a round scale before a unit of time is a manner of speaking
        if value is None or value == 0 or not (match["pp"] or match["pct"] or large
                                                or (counts and (_small_count(text, match, value)
                                                                or _small_duration(text, match, value)))):
            continue
        unit = "percentage points" if match["pp"] else "%" if match["pct"] else \
            currency_code(match["cur"] or "元") if match["cur"] or match["glued"] is not None else None
        if unit is None and _quoted(text[max(0, match.start("zh") - 60):match.start("zh")]):
            continue  # "「…有禮生活慶萬家」活動": a count inside a name's quotation marks is part of the name
        qual = match["qual"] or ("over" if match["more"] else None)
        start, end = match.start("zh"), match.end()
        if unit is None and (part := _YEAR_PART.match(text, end)):
            months = part["months"]
            value += 0.5 if part["half"] else (float(months) if months.isdigit() else zh_number(months) or 0.0) / 12
            unit, end = "年", part.end()  # the page's own word for years, as "三年" keeps it
        found.append(Quantity(value, text[start:end], start, end, unit, qual, 0 if unit is None else 2))
    return found


def zh_shares(text: str) -> list[Quantity]:
    """"近四成" (nearly 40 %), "7成4" (74 %), "百分之五十" (50 %); not 成为, 一成不变."""
    found: list[Quantity] = []
    for match in ZH_SHARE.finditer(text) if ("成" in text or "百分之" in text) else ():
        if match["tenths"]:
            tenths, ones = match["tenths"], match["ones"] or ""  # "7成4": 74 %
            value: float | None = (float(tenths) * 10 if tenths.isdigit() else 10.0 * (zh_number(tenths) or 10)) \
                + (float(ones) if ones.isdigit() else (zh_number(ones) or 0.0) if ones else 0.0)
        else:
            value = zh_number(match["pct"])
        if value is None or (match["tenths"] == "一" and text[match.end():match.end() + 2] == "不变"):
            continue
        start = match.start("tenths") if match["tenths"] else match.start() + len(match["qual"] or "")
        found.append(Quantity(value, text[start:match.end()], start, match.end(), "%", match["qual"], 0))
    return found


# "2兆736億元", "2萬5千公噸": a figure written with two scales, the larger first
_ZH_MIXED = re.compile(r"(?P<qual>近|约|約|超过|超過|逾)?(?<![\d.])(?P<a>\d+)(?P<s1>兆|亿|億|万|萬)(?P<b>\d+(?:\.\d+)?)"
                       r"(?P<s2>千万|千萬|万|萬|亿|億|千(?![米克瓦卡帕焦]))"
                       r"(?P<more>多|余|餘)?" + SUFFIX + "?")
# "月薪2萬3100元", "2万3500人": ten-thousands and the units below them, the smaller part's scale left unwritten (the
# number reader would read "2萬" and "3100元" apart); only before a currency or a measure word
_ZH_TEN_THOUSANDS = re.compile(r"(?P<qual>近|约|約|超过|超過|逾)?(?<![\d.])(?P<a>\d{1,4})(?:万|萬)(?P<b>\d{1,4})"
                               r"(?![\d.万萬亿億千百])(?:" + SUFFIX + "|(?=" + MEASURE.pattern + "))")
_TAIWAN_DOLLAR = re.compile(r"新?[台臺][币幣]")


def zh_mixed(text: str) -> list[Quantity]:
    """"2兆736億元" (2.0736 × 10¹² yuan), "1亿2000万": both parts of a figure written with two scales."""
    found: list[Quantity] = []
    for match in _ZH_MIXED.finditer(text) if any(c in text for c in "兆亿億万萬") else ():
        first, second = _SCALES[match["s1"]], _SCALES[match["s2"]]
        if second >= first:
            continue
        value = float(match["a"]) * first + parse_number(match["b"])[0] * second
        unit = currency_code(match["cur2"]) if match["cur2"] else None
        qual = match["qual"] or ("over" if match["more"] else None)
        found.append(Quantity(value, match.group(0), match.start(), match.end(), unit, qual, 0, scale=second))
    for match in _ZH_TEN_THOUSANDS.finditer(text) if "万" in text or "萬" in text else ():
        if any(q.start < match.end() and match.start() < q.end for q in found):
            continue
        value = float(match["a"]) * 1e4 + float(match["b"])
        unit = currency_code(match["cur2"]) if match["cur2"] else None
        found.append(Quantity(value, match.group(0), match.start(), match.end(), unit, match["qual"], 0))
    return found


def local_yuan(text: str, found: list[Quantity]) -> list[Quantity]:
    """In Taiwanese copy "元" after 新台幣 is the New Taiwan dollar, not the renminbi."""
    if not _TAIWAN_DOLLAR.search(text):
        return found
    return [Quantity(q.value, q.display, q.start, q.end, "TWD", q.qualifier, q.decimals, q.is_year, q.scale)
            if q.unit == "CNY" and q.display.endswith("元") and "人民" not in q.display else q for q in found]


def points_gap(gap: str, unit: str | None) -> str:
    """The gap between two members of a Chinese list of points less the measure word each member repeats:
    "1.2个、0.5个百分点", "0.3个和0.5个百分点" are two points (the list writes 个 after each number and 百分点
    once, at its end); ``unit`` is the unit of the member after the gap."""
    if unit == "percentage points" and gap[:1] in "个個":
        return gap[1:]
    return gap
