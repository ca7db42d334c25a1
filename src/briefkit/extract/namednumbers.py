"""Numbers that name, file or date something rather than measure it, in forms that recur across news,
statement and report pages: "SAD 29" at a sentence's start, "Exhibits 3, 6, and 7", "quoting reference
300375", "call Cheshire Police on 101", "(2 MB, PDF)", a "100-year anniversary" or "130岁生日" (an age), an
account code opening a quoted heading ("“1100252农林水…”科目"), "232條款" (a law's clause), a day named by its
date ("“6·5”世界环境日", "9·11"), the second day of "April 10 to 16", and a step of a scale ("95 octane",
"Stage 6 load-shedding", "Level 4").

A careful reader never draws any of them as a key figure: a briefing cites how much, how many, how long,
never which one.  :func:`named_number` is asked by :func:`briefkit.extract.notfigures.not_a_figure` about
bare numbers only (no unit of their own, no scale), so "$101 million" or "29 schools" are never touched.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity
from briefkit.extract.wordcount import CJK

# "SAD 29 has seen …", "(IML 300375)": capitals only (an acronym, a code's letters) right before the number;
# a capitalised ordinary word ("Some 500 …") is no name
_ACRONYM_BEFORE = re.compile(r"(?:^|[\s(\[\"“'‘])(?-i:[A-Z]{2,6})\s$")
# a list of numbers after a word that points into a document or a code: "Exhibits 3, 6, and 7", "tables 2 and 3"
_POINTER_LIST = re.compile(
    r"\b(?:exhibits?|tables?|figures?|charts?|graphs?|pages?|sections?|articles?|chapters?|paragraphs?|clauses?|"
    r"annex(?:es)?|appendi(?:x|ces)|items?|questions?|columns?|rows?|lines?|boxes|notes?|footnotes?|slides?"
    r"|junctions?|exits?|platforms?|gates?|wards?|routes?)"
    r"\s+\d+[a-z]?(?:\s*(?:,|&|and|or|to|-|–)\s*(?:and\s+)?\d+[a-z]?)*\s*(?:,|&|and|or|to|-|–)\s*(?:and\s+)?$",
    re.IGNORECASE)
# … and one number after a word that only ever points ("Exhibit 2", "see chart 4", "footnote 3")
_POINTER_ONE = re.compile(r"\b(?:exhibits?|charts?|graphs?|footnotes?|endnotes?|annex(?:es)?|appendi(?:x|ces)"
                          r"|junctions?|exits?)\s+$",
                          re.IGNORECASE)
_TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)
# what files, logs or quotes a record: "quoting reference 300375", "case number 12345", "P.O. Box 1234"
_RECORD = re.compile(
    r"\b(?:quoting|quote|ref(?:erence)?|case|log|incident|crime|occurrence|docket|file|order|invoice|account|"
    r"policy|ticket|claim|serial|registration|licen[cs]e|permit|badge|receipt|tracking|application|ISBN|ISSN|"
    # "listed under code 600519", "stock code 0700", "meeting ID 845 2231 9987": a code is a name, not a count
    r"code|ticker|(?-i:ID|PIN)|"
    r"(?:P\.?\s?O\.?\s+|post\s+office\s+)box|(?-i:Box))"
    r"(?:\s+(?:no\.?|number|#|id|code))?\s*[:#]?\s*(?-i:[A-Z]{0,5})\s*$", re.IGNORECASE)
# "call Cheshire Police on 101", "dial 999", "ring 111 or …": a phone line, however short
_PHONE_CALL = re.compile(r"\b(?:call|ring|dial|phone|telephone|contact)\b(?:\s+[\w'’&.-]+){0,5}?\s+on\s*$"
                         # "call 999 or 112": the second line of the same call
                         r"|\b(?:dial|ring|call|text)\s*(?:\d{3,}\s*(?:or|,|/)\s*)?$", re.IGNORECASE)
_FILE_SIZE = re.compile(r"^\s?(?:[KMG]i?B|kb|mb|gb|bytes?)\b")
_FILE_NAME_AFTER = re.compile(r"^\)?\.(?:jpe?g|png|gif|webp|pdf|docx?|xlsx?)", re.IGNORECASE)
_FILE_WORD = re.compile(r"\b(?:PDF|DOCX?|XLSX?|PPTX?|CSV|ODT|ZIP|download|file|attachment)\b", re.IGNORECASE)
# an age of a body or an event: "our 100 year anniversary", "the 50-year jubilee", "130岁生日", "成立100周年"
_ANNIVERSARY = re.compile(r"^(?:[\s-]*years?)?[\s-]*(?:anniversary|birthday|jubilee)\b"
                          r"|^\s*(?:周年|週年|岁生日|歲生日|岁华诞|歲華誕|华诞|華誕|年华诞|年華誕)", re.IGNORECASE)
# "“1100252农林水共同财政事权转移支付收入”科目": digits opening a quoted heading are its code
_QUOTED_CODE = re.compile(r"[“\"「『]$")
_CLAUSE_ZH = re.compile(r"^\s*(?:條款|条款)")
# "232关税", "301調查", "232半導體產業調查": a trade law's section (Section 232, 301) naming the tariff or the
# inquiry it opens, as "Section 232" does in English; a count writes its measure word ("300家企业调查")
_SECTION_ZH = re.compile(r"^(?![\u3400-\u9fff]*?(?:家|个|個|项|項|名|次|人|份|所|座))[\u3400-\u9fff]{0,8}?"
                         r"(?:调查|調查|关税|關稅|措施|条款|條款)")
# a day named by its date: "“6·5”世界环境日", "9·11", "7・21": both numbers are the date's
_DATE_NAME_AFTER = re.compile(r"^[·・•]\d{1,2}(?!\d)")
_DATE_NAME_BEFORE = re.compile(r"(?<!\d)\d{1,2}[·・•]$")
# … and written with a full stop in quotation marks: "“5.09”专案" (the case of 9 May), "“3.15”晚会": a month and its day
# naming a case, a campaign or an event, no decimal
_DOTTED_DATE = re.compile(r"(?:[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])")
_DATE_QUOTE_OPEN = re.compile(r"[“「『\"]$")
_DATE_QUOTE_CLOSE = re.compile(r"^[”」』\"][\u3400-\u9fff]")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
           r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "April 10 to 16", "March 3-5": the second day of a span of dates
_WEEKDAY_MONTH = re.compile(r"^\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^\s" + _MONTHS)
_DAY_SPAN = re.compile(r"\b" + _MONTHS + r"\s+\d{1,2}\s*(?:to|through|until|and|-|–)\s*$")
# "the NHS 10-year plan", "GDP 3 percent": a length or a share after capitals is still a figure
_MEASURE_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|per|percent|%)", re.IGNORECASE)
# a tally of votes or a score with "to": "voted 52 to 48", "by a vote of 7 to 2", "won 3 to 1" (a dash is
# judged in notfigures.py)
_TALLY = r"\b(?:voted|votes?\s+of|vote|won|beat|defeated|lost|drew|tied|passed|approved|rejected)\s+(?:\w+\s+){0,3}?"
_TALLY_FIRST = re.compile(_TALLY + r"$", re.IGNORECASE)
_TALLY_SECOND = re.compile(_TALLY + r"\d{1,3}\s+to\s+$", re.IGNORECASE)
# a model's number before its name: "the 787 Dreamliner", "a 737 Max" (never a plural count: "3,000 Americans")
# (nor "the 14 Gregg County deaths", "the 27 EU members": a name that qualifies a counted noun)
# (the capitalised words are taken for good, as a possessive "*+" would: Debian 12's Python 3.11.2 matches that wrongly)
_MODEL_AFTER = re.compile(r"^\s(?-i:[A-Z][a-z]+)(?<!s)\b(?=(?P<caps>(?:\s(?-i:[A-Z][\w-]*))*))(?P=caps)"
                          r"(?!\s+(?:of|in|and|to|from|for)\b)(?!\s+[a-z]+s\b)")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s$", re.IGNORECASE)
# the size that describes a body: "the 27-nation bloc", "a 12-member board", "the 193-member assembly"
_BODY_SIZE = re.compile(r"^-(?:nation|member|country|state|seat|strong)\s+(?:[\w’'-]+\s+){0,2}?"
                        r"(?:bloc|alliance|union|body|board|council|committee|group|panel|coalition|club|"
                        r"organi[sz]ation|assembly|parliament|senate|legislature|jury|team|cabinet|commission|"
                        r"consortium|federation|league|chamber|caucus|delegation|task\s+force)\b", re.IGNORECASE)
# "(1) raises taxes and (2) cuts spending": items a sentence numbers in brackets, one after another
_ITEM = re.compile(r"[(（]\s*$")


# "Rule 4(2)", "s.12(3)": a number in brackets glued to what it subdivides is a sub-clause's number
_SUB_CLAUSE = re.compile(r"[\w)]\($")
# a grade, a level or a stage a number names: "95 octane petrol", "Stage 6 load-shedding", "Level 4 restrictions",
# "a Category 5 hurricane", "Phase 2", "Tier 1 capital", "Euro 6 engines": the number picks a step of a scale
# (as a rank does), it counts nothing
# … and a fuel's grade however the page spells it: "95 unleaded", "93 ULP", "95 octone petrol", "both 95 and 93
# octane" (not "95 unleaded petrol stations", which counts them)
_GRADE_AFTER = re.compile(r"^(?:\s*(?:,|and|or)\s*\d{2,3})*[\s-]*(?:octane|octone|RON|unleaded|ULP|LRP)\b"
                          r"(?![\s-]+(?:petrol\s+)?(?:stations?|pumps?|outlets?|garages?)\b)"
                          # "3-star hotels", "a 5 star rating", "四星级酒店" in digits: a hotel's or a rating's
                          # grade ("won three Michelin stars" counts stars, plural)
                          r"|^[\s-]?star\b|^\s?(?:星级|星級)")
_GRADE_BEFORE = re.compile(r"(?:^|[\s(])(?-i:Stage|Level|Category|Phase|Tier|Grade|Euro|Alert\s+[Ll]evel|Band|Gate"
                           r"|Terminal|Platform|Ward|Route|Interstate|Highway)\s$|\b(?:stage|level|category|tier)\s$")
# "Day 3 of the strike", "by week 12", "matchday 5": a day or a week named by its number in a sequence (not "in the
# past week 12 people died": a counted noun follows); "Q1'24", "FY'23", "the class of '89": a year's last two digits
_SEQUENCE_DAY = re.compile(r"\b(?:day|week|matchday|gameweek|game\s+week)\s$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"^\s+(?:[a-z]+s|people|men|women|children|staff|police|cattle)\b")
_PERIOD_YEAR = re.compile(r"\b(?:[QH][1-4]|FY|CY)['’‘]$")
_SHORT_YEAR = re.compile(r"(?:^|[\s(\[])['’‘]$")
# "the '24 budget", "the class of '99": a year's short form after a word that wants a date (not "‘5 things’", a title)
_SHORT_YEAR_OF = re.compile(r"\b(?:the|of|in|since|from|until|by|its|their)\s['’‘]$", re.IGNORECASE)
# "Industry 4.0", "Web 3.0", "Bluetooth 5.0": a version's number after the names that take one (not "Transport 5.0",
# a table's row)
_VERSION = re.compile(r"(?:^|\s)(?:Industry|Industrie|Web|Version|Bluetooth|Society|HTTP|USB)\s$")
# "iOS 8.2", "Python 3.11", "Android 14", "macOS 13.4": a program's or a device's release named by its number, also
# opening a sentence (where "Windows 11" in mid-sentence is any name's number, references.py)
_SOFTWARE = re.compile(r"(?:^|[\s(\"“‘'])(?-i:(?:i|iPad|mac|watch|tv|vision|Harmony|Chrome|Wear|Fire)OS|OS\s?X"
                       r"|Android|Windows|Python|Java|JavaScript|TypeScript|Perl|Ruby|Rust|Swift|Kotlin|PHP|Node(?:\.js)?"
                       r"|Linux|Ubuntu|Debian|Fedora|Chrome|Chromium|Firefox|Safari|Excel|HTML|CSS|Wi-?Fi|TLS|SSL|IPv"
                       r"|PlayStation|Xbox|iPhone|iPad|Pixel|GPT-?|Llama|Gemini|Photoshop|Minecraft|Django|React)\s?$")
# "Radio 702 reported", "Channel 4 said": a broadcaster named by its number, also at a sentence's start
_STATION = re.compile(r"(?:^|\s)(?-i:Radio|Channel|TV|Kanal)\s$")


# Chinese copy: "拨打12345政务服务热线" (a hotline's number), "华为Mate 60手机" (a model's number after its Latin
# name), "以3比1战胜" (a match's score; a ratio's parts, "结构比为22.8:38.8:38.4", stay figures)
_HOTLINE = re.compile(r"(?:拨打|撥打|致电|致電|电话|電話|热线|熱線|专线|專線|客服|传真|傳真|邮编|郵編)[：:\s]*$")
_HOTLINE_AFTER = re.compile(r"^[\u3400-\u9fff]{0,6}?(?:热线|熱線|专线|專線)")
_LATIN_NAME = re.compile(r"(?<![A-Za-z])(?-i:[A-Z][A-Za-z]{1,15}|[a-z][A-Z][A-Za-z]{0,14})\s?$")
_SCORE_ZH = re.compile(r"以\s*\d{1,3}\s*(?:比|:|：)\s*\d{1,3}|\d{1,3}\s*比\s*\d{1,3}\s*(?:战胜|戰勝|击败|擊敗"
                       r"|赢|贏|胜|勝|负|負|输|輸|打败|打敗|落败|落敗|战平|戰平|逼平|取胜|取勝|告负|告負|获胜|獲勝)")


# "图书馆415会议室", "3号楼": a room's or a building's number
_ROOM_AFTER = re.compile(r"^\s*(?:会议室|會議室|室(?![内內外])|号楼|號樓|号厅|號廳|教室|房间|房間|病房|展厅|展廳)")
# "「保2」", "“保8”": a digit inside a short slogan in quotation marks names the slogan (the a27 rule for numerals)
_SLOGAN_OPEN = re.compile(r"[「“『\"][\u3400-\u9fff]{0,3}$")
_SLOGAN_CLOSE = re.compile(r"^[\u3400-\u9fff]{0,3}[」”』\"]")
# "曹观友(右8)", "(左3)": a person's place in a photo, counted from its left or right edge
_PHOTO_PLACE = re.compile(r"[(（]\s*(?:左|右|前排左|前排右|后排左|後排左|后排右|後排右)(?:起)?\s*$")


def _chinese_name(text: str, q: Quantity, before: str, after: str) -> bool:
    """True when a bare number in Chinese copy is a hotline's, a model's, a score's or a place in a photo's
    caption (see above)."""
    if _HOTLINE.search(before) or _HOTLINE_AFTER.match(after) or _LATIN_NAME.search(before):
        return True
    if _PHOTO_PLACE.search(before) and re.match(r"\s*[)）]", after):
        return True
    if _ROOM_AFTER.match(after) or (_SLOGAN_OPEN.search(before) and _SLOGAN_CLOSE.match(after)):
        return True
    window = max(0, q.start - 12)
    return any(m.start() + window <= q.start and q.end <= m.end() + window
               for m in _SCORE_ZH.finditer(text[window:q.end + 16]))


def _enumerated(text: str, q: Quantity, after: str) -> bool:
    """True when ``q`` is "(n)" and the sentence also numbers an item before or after it "(n±1)"."""
    if not (_ITEM.search(text[max(0, q.start - 2):q.start]) and re.match(r"\s*[)）]", after) and q.value < 20):
        return False
    return any(re.search(rf"[(（]\s*{int(q.value) + step}\s*[)）]", text) for step in (-1, 1))


# a heading that numbers its item: "案例1 甲、乙公司诉…", "附件2：…", "Case 3: …", "Example 2 – …": a label word
# opening the line, the number, then a separator or (in Chinese, where a count's measure word is glued to its
# digits) a space and the item's title
_HEADING_LABEL = re.compile(r"^\s*(?:[\u3400-\u9fff]{1,4}|(?-i:[A-Z][a-z]{2,11}))\s?$")
_HEADING_AFTER = re.compile(r"^\s?[:：.．]\s*\S|^\s[–—-]\s+\S")
_CJK_TITLE_AFTER = re.compile(r"^[\s\u3000]+[\u3400-\u9fff]")
_MEASURE_OPENING = re.compile(r"^[\s\u3000]+(?:[篇个個件人名位家项項次台辆輛吨噸艘架部条條座所场場套户戶株头頭"
                              r"只隻本册冊份张張例起批种種处處元亿億万萬千岁歲年月日天倍亩畝米%％]|个百分点|個百分點)")


def _heading_number(text: str, q: Quantity, after: str) -> bool:
    """True when a small number follows a one-word label at the start of its line and a title follows it
    ("案例1 甲、乙公司诉…", "Case 3: The council …"): the item's number in a list of headings, no count."""
    label = _HEADING_LABEL.match(text[:q.start])
    if not label or q.value >= 100:
        return False
    if _HEADING_AFTER.match(after):
        return True
    cjk = bool(CJK.search(label.group(0)))
    glued = not label.group(0).endswith(" ")
    return cjk and glued and bool(_CJK_TITLE_AFTER.match(after)) and not _MEASURE_OPENING.match(after)


def named_number(text: str, q: Quantity) -> bool:
    """True when the bare number ``q`` names, files or dates something (see the module's docstring)."""
    before, after = text[max(0, q.start - 60):q.start], text[q.end:q.end + 40]
    whole = q.decimals == 0 and "," not in q.display
    if whole and _ACRONYM_BEFORE.search(before) and not _MEASURE_AFTER.match(after):
        return True
    if whole and _heading_number(text, q, after):
        return True
    if whole and ((_SUB_CLAUSE.search(before) and after.startswith(")")) or _STATION.search(before)):
        return True
    if whole and q.value < 100 and ((_SEQUENCE_DAY.search(before) and not _COUNTED_AFTER.match(after))
                                    or (len(q.display) == 2 and (_PERIOD_YEAR.search(before) or (
                                        _SHORT_YEAR.search(before) and (not re.match(r"\s+[a-z]", after)
                                                                         or _SHORT_YEAR_OF.search(before)))))):
        return True
    if q.unit is None and re.fullmatch(r"\d\.0", q.display) and _VERSION.search(before):
        return True
    if q.unit is None and q.value < 1000 and re.fullmatch(r"\d+(?:\.\d+)?", q.display) and _SOFTWARE.search(before):
        return True
    if whole and q.value < 1000 and (_GRADE_AFTER.match(after) or _GRADE_BEFORE.search(before)):
        return True
    # … but "tightened policy 11 times": a record's word before a count of times is the clause's object
    if whole and ((_RECORD.search(before) and not _TIMES_AFTER.match(after)) or _PHONE_CALL.search(before)
                  or _POINTER_ONE.search(before)):
        return True
    if whole and _POINTER_LIST.search(before):
        return True
    if (_FILE_SIZE.match(after) and _FILE_WORD.search(text[max(0, q.start - 40):q.end + 40])) \
            or _FILE_NAME_AFTER.match(after):
        return True  # "(2 MB, PDF)", "Chart#2 (1).jpg": a file's size or a copy's number in its name
    if _ANNIVERSARY.match(after) or _CLAUSE_ZH.match(after) or _BODY_SIZE.match(after) \
            or (whole and _enumerated(text, q, after)):
        return True
    if whole and q.value >= 100 and _QUOTED_CODE.search(before) and CJK.match(after):
        return True
    if whole and len(q.display) == 3 and q.unit is None and _SECTION_ZH.match(after):
        return True
    if whole and CJK.search(text) and _chinese_name(text, q, before, after):
        return True
    if whole and (_DATE_NAME_AFTER.match(after) or _DATE_NAME_BEFORE.search(before)):
        return True
    if q.unit is None and _DOTTED_DATE.fullmatch(q.display) and _DATE_QUOTE_OPEN.search(before) \
            and _DATE_QUOTE_CLOSE.match(after):
        return True
    if whole and q.value < 1000 and ((_TALLY_FIRST.search(before) and re.match(r"\s+to\s+\d{1,3}\b", after))
                                     or _TALLY_SECOND.search(before)):
        return True
    if whole and _ARTICLE_BEFORE.search(before) and _MODEL_AFTER.match(after) and not _WEEKDAY_MONTH.match(after):
        return True
    return whole and q.value <= 31 and bool(_DAY_SPAN.search(before))
