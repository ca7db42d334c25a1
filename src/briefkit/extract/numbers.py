"""Quantities as articles write them: digits, separators, scales, units, words.

"38,000", "38000" and "38 000" are one number; "1.2 billion" is 1.2e9;
"3,5 %" is a French 3.5 %; "one third" is a third, kept with its wording.
Every currency is its ISO code ("3 cents" is 0.03 USD, "N2.5 billion" naira);
"25 basis points" is 0.25 percentage points; number words count only with a
unit or a scale ("five-point-two percent", "half a million", not "one of the");
ranges keep both ends with the range's unit and scale ("$5-10 billion").
Bare years, ordinals ("78th"), times and codes such as "G20" or "COVID-19"
are not quantities.  :func:`find_numbers` is shared by the figure extractor
and by ``briefkit check``, so both read numbers the same way.
"""

from __future__ import annotations

import re

from briefkit.extract.countwords import counted_noun
from briefkit.extract.currencies import (
    MINOR,
    PREFIX,
    SUFFIX,
    currency_code,
    joined_sums,
    minor_key,
)
from briefkit.extract.durations import duration_figure
from briefkit.extract.figurehalves import even_halves
from briefkit.extract.figurescales import restored_scales
from briefkit.extract.matchscores import match_scores
from briefkit.extract.moneycarry import lost_sign_sum
from briefkit.extract.numbers_zh import MEASURE, local_yuan, zh_mixed, zh_quantities, zh_shares
from briefkit.extract.numcells import split_cells
from briefkit.extract.numwords import WordNumber, grown_times, word_numbers
from briefkit.extract.quantity import QUALIFIER_PATTERN, WORD_QUAL, Quantity, parse_number
from briefkit.extract.rangeunits import carry_units, compared_other, digit_ranges
from briefkit.extract.scalecounts import basis_points, counted_year, scaled_count
from briefkit.extract.shares import fractions, in_every, point_fractions
from briefkit.extract.spans import count_ranges, decade_terms, ratio_parts, slash_shares
from briefkit.extract.weakmoney import glued_code_name, weak_money
from briefkit.extract.wordsigns import implied_percent, minus

__all__ = ["Quantity", "find_numbers", "parse_number", "same_number"]

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
          "billions": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9, "trillion": 1e12, "tn": 1e12,
          "mln": 1e6, "bln": 1e9, "trln": 1e12, "trn": 1e12, "bil": 1e9, "b": 1e9, "lakh": 1e5, "lakhs": 1e5,
          "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh crore": 1e12,
          "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
          "千": 1e3, "百万": 1e6, "百萬": 1e6, "千万": 1e7, "千萬": 1e7, "百亿": 1e10, "百億": 1e10, "千亿": 1e11,
          "千億": 1e11, "万亿": 1e12, "萬億": 1e12, "兆": 1e12, "百": 1e2}
# … and "c.£50m", "c1.84%", "circa 300": circa, as British financial copy abbreviates it (read as "about")
_QUAL = r"(?:(?P<qual>" + QUALIFIER_PATTERN + r"|(?-i:c)\.\s?(?=[£$€\d])|(?-i:c)(?=[£$€\d])|circa(?=\s))\s*)?"
_CIRCA = frozenset({"c", "c.", "circa"})
# "11½ per cent": a vulgar fraction's glyph after the digits
# … and "1,04,278" (India's and Pakistan's grouping in lakhs and crores: two digits a group above the thousands)
# … and "a figure of 22, 422.": a thousands comma a typo spaced, where the number ends its sentence after the word
# that gives it (a list, "rooms 12, 104 and 108", or a date, "March 22, 422 people", never so ends)
_SPACED_COMMA = r"(?:" + "|".join(rf"(?<=\b{word} )" for word in ("of", "to", "from", "was", "were", "is", "at")) \
    + r")\d{1,3}, \d{3}(?=[.;](?:\s|$))"
_NUM = (r"(?P<num>" + _SPACED_COMMA + r"|\d{1,3}[½¼¾⅓⅔](?![\d½¼¾⅓⅔])|\d{1,2},(?:\d{2},)+\d{3}(?![\d,])(?:\.\d+)?"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?"
        r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?"
        # ".35 cents", ".8 percent": a decimal written without its leading zero, as American copy may (read only
        # with a unit, see _digit_quantities: a bare ".22" is as likely a calibre or a code)
        r"|(?<![\w.,])\.\d{1,3}(?!\d|\.\d))")
# "5千人" is 5,000 people; "5千米" five kilometres and "5千瓦" five kilowatts; "5.75兆元" is Taiwan's 5.75
# trillion yuan, but "5兆瓦" five megawatts.
_SCALE = (r"(?:[\s-]*(?P<more0>多|余|餘)?(?P<scale>(?:thousand|millions?|billions?|trillion|milliards?"
          # "N2.5trn", "RM1.2bil": the abbreviations Nigerian and Malaysian papers print
          r"|lakhs?[\s-]+crores?|lakhs?|crores?|cr|mn|bn|tn|mln|bln|trln|trn|bil|k|m|b)"
          r"(?![\w])|万亿|萬億|千亿|千億|百亿|百億|千万|千萬|百万|百萬|万|萬|亿|億|千(?![米克瓦卡帕焦])"
          # "51313百羽": a statistics bulletin's hundreds of birds or head (百 before a counted thing's word)
          r"|百(?=[羽只隻头頭株])"
          r"|兆(?=美?元|港元|新?台[币幣]|日元|韩元|韓元))"
          r")?(?P<more>多|余|餘)?")
# "6.2-percent growth", "12pc", "6.1个百分点" and "25 basis points" are percentages (or points) too.
# … "0.42 percent points", "1.5 per cent point": points, as "percentage points" (not "0.42 percent" and a word)
_SUFFIX = (r"(?:[\s-]{0,2}(?P<pct>[%％][\s-]?points?\b|(?:percent|per\s+cent)[\s-]+points?\b(?!\s+estimates?\b)"
           r"|pp\b|ppts?\b|%|％|percent\b|per\s+cent\b"
           r"|percentage[\s-]+points?\b|pour\s+cent\b|pct\b|as\s+a\s+percentage\b"  # "9.1 as a percentage of GDP"
           # "0.1 p.p. of GDP": the abbreviation European statistics and budget offices write for points
           r"|p\.\s?p\.(?!\w)"
           r"|pc\b|basis[\s-]+points?\b|bps?\b|points?\s+de\s+pourcentage|个百分点|個百分點"
           r"|[个個]?基[点點]"  # "加息25个基点": basis points in Chinese
           r"|厘(?![米克])"  # "最優惠利率維持在5.25厘": Hong Kong's word for a rate's per cent (see _unit)
           # … as a simplified-to-traditional converter prints it, with the pinyin of the characters it glossed
           r"|個\(gè\)百分點\(diǎn\))"
           r"|(?:\s*|-)(?:(?:d['’]|de\s+|of\s+))?" + SUFFIX + r"(?![A-Za-zÀ-ÿ0-9_])|(?P<pence>p)(?![\w-])"
           # "81c a litre", "11c/l", "72c and 74c more for a litre": cents glued to the digits, as fuel and
           # food prices are written wherever a dollar or the rand has cents; only before a price's unit (or
           # a range's other end) — "5c" alone may be a grade or a temperature
           r"|(?-i:(?P<cents>c))(?=/[a-z]|\s+(?:a|per|more\s+for\s+a)\s|\s+(?:and|to|-)\s+\d+c\b)"
           # "200ha", "5km", "300MW": a measure's symbol glued to the digits
           # … and an energy unit in capitals, as Chinese copy writes it ("2GWH(吉瓦时)")
           r"|(?P<glued>(?-i:ha|km|kg|mm|cm|kW|MW|GW|kWh|MWh|GWh|TWh|KWH|MWH|GWH|TWH|mph|sqm|m²))(?![A-Za-z0-9])"
           r"|(?P<temp>\s?°\s?[CF]|(?-i:[CF]))(?![A-Za-z0-9]))?")
# Letters and digits, not CJK, may not touch a number: "申请3.8万件" is a figure, "G20" is not; a hyphen
# may after a unit ("3万元-5万元" is a range), never after a bare letter or digit ("COVID-19", "555-1234").
_UNIT_END = r"(?<![\u3400-\u9fff%])(?<!cent)(?<!illion)"  # "2 per cent-4 per cent", "3万元-5万元" are ranges
_SHARE_CHAR = "成(?![为為功立本果交长長熟员員不])"  # "3成" is 30 %, "7成4" 74 %: no count of 成
# "magnitude-8.2 earthquake": the one word a hyphen may join to the number after it
# … a comma only after a letter, a digit or a sign ("1,5", "A,5"): Chinese copy written with ASCII commas starts a
# clause on its figure ("进入前百分之一,5个学科进入前千分之一", "1人为中国籍,2人为日本籍", "中位數5.32%,62家公司")
# … and an indicator's initials Chinese copy glues to its sum ("全市GDP437.0亿元"), read only with a unit (see
# _digit_quantities)
_GLUED_INDICATOR = r"(?<=[\u3400-\u9fff](?-i:GDP|CPI|PPI|PMI))"
_BEFORE = (r"(?:(?<=magnitude-)|" + _GLUED_INDICATOR
           + r"|(?<![A-Za-zÀ-ÿ0-9./:#_第])(?<![A-Za-zÀ-ÿ0-9.,/:#_$)\]-],)(?<!" + _UNIT_END
           + r"-))(?<![\d一二三四五六七八九十]成)(?<!第\s)")  # "第 4 季": an ordinal, spaced as some Taiwanese copy is
# a slash may follow before a unit's word ("$3.50/gallon", "R20/kg", "50km/h": a price or a rate per unit), never
# before digits ("24/7", "2023/24", "3/4")
# … and a colon only before digits ("8:30" is a time; "revenue down 8.7%: analysts" a headline's figure)
# … or before a currency's sign: "R15.17/$" is an exchange rate, rands per dollar, as "R20/kg" is rands per kilo
# … nor the first digits of a grouped number the rest of the pattern could not read ("5,474sqm" is no 5)
_AFTER = (r"(?![A-Za-zÀ-ÿ0-9_]|:\d|(?<=\d):|,\d{3}(?![\d,])"
          r"|/(?![A-Za-z]{1,12}\b|[$€£¥])|" + _UNIT_END + r"-\d|\.\d|\s*[月日号號時时点點]|"
          + _SHARE_CHAR + ")")
# "(-0.39%)", "−2.1%": a sign written before a percentage or an amount (never before a bare number: "-5" in
# "COVID -19" or a list is no negative quantity)
# … nor after a word, but after a Chinese verb or noun of change ("同比增-1.57%", "增速为-2.3%")
_SIGN = r"(?:(?:(?<![\w.,%)\]-])|(?<=[增长長为為比幅降减減率达達是]))(?P<sign>[-−])(?=[$€£¥]?\d))?"
NUMBER = re.compile(_BEFORE + _QUAL + _SIGN + PREFIX + _NUM + _SCALE + _SUFFIX + _AFTER, re.IGNORECASE)
# After number words: "Eighty-eight percent", "two million dollars", "five-point-two per cent".
_AFTER_WORDS = re.compile(r"(?:[\s-]*(?P<scale>万|萬|亿|億))?" + _SUFFIX, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# "No. 10", "cat. no. 6345.0", "Quarter 3 2022": a name or a period's number, not a quantity
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Art|Vol|(?i:cat\.\s*no)|(?<![\w.] )no)\.\s*$|\bQuarter\s+$|№\s*$|\b[nN][°º]\s*$"
                          r"|\b[KW][A-Z]{2,3}\s$")  # "KGUN 9", "WFAA 8": a broadcaster's call sign and channel
_CODE_NAME = re.compile(r"\b(?:COVID|Covid|covid|SARS|MERS)\s$")
"""A disease's name written with a space before its number ("COVID 19") names it: no quantity."""
_ORDINAL = re.compile(r"(?:st|nd|rd|th|er|e|ème)\b")


_MONEY_CONTEXT = re.compile(r"£|sterling|\b(?:cost|costs|price|prices|pay|paid|worth|fund|funding|invest\w*|bill|"
                            r"bills|spend\w*|budget|grant|deal|profit\w*|revenue|salary|wage|fine|tax|debt|loan"
                            r"|pledg\w*|donat\w*|allocat\w*|award\w*|compensat\w*|charit\w*)\b",
                            re.IGNORECASE)
# "pounds of copper", "million pounds of beef": "of" and a material after "pounds" weigh it; money is "pounds of
# funding", "of investment", "of taxpayers' money" (or of a body: "of the council's money")
_WEIGHED = re.compile(r"\s+of\s+(?!(?:the|a|an|its|their|his|her|our|your|this|that|these|public|new|extra|additional"
                      r"|funding|funds?|investment|cash|money|taxpayers?['’]?|government|aid|savings|spending|debt"
                      r"|loans?|grants?|support|capital|revenues?|profits?|sales|assets|income|cuts|losses|damages"
                      r"|compensation|fines?|bonus(?:es)?|pay|wages?|tax(?:es)?|subsid(?:y|ies)|bills?|costs?|budget)\b)"
                      r"(?-i:[a-z])", re.IGNORECASE)
# "12.25 Egyptian pounds … 13.75 pounds": a sentence that names a country's pound writes its bare "pounds" as money
_NAMED_POUNDS = re.compile(r"\b(?:Egyptian|Lebanese|Syrian|Sudanese|British|Gibraltar|Falkland)\s+pounds?\b"
                           r"|\bpounds?\s+sterling\b|[£]", re.IGNORECASE)
# "6,000 pounds ($194)": a sum converted into dollars in brackets after it is money, not a weight
_CONVERTED = re.compile(r"\s*[(（]\s*(?:about|around|roughly|some|approximately|nearly)?\s*(?:US\s?)?\$\s?\d")
# "7p a litre", "152.25p": a glued "p" is pence only where prices are talked about ("1080p" is a screen)
_PENCE_CONTEXT = re.compile(r"£|\b(?:pence|penny|pennies|litres?|liters?|prices?|shares?|stamps?|fares?|costs?|"
                            r"duty|tax)\b", re.IGNORECASE)


# a rate's words in Chinese copy, where "5.25厘" is a per cent (elsewhere 厘 is a thousandth or a length)
_RATE_ZH = re.compile(r"利率|利息|息口|加息|減息|减息|按揭|存款|貸款|贷款|年息|息率")
_GLUED = {"ha": "hectares", "km": "km", "kg": "kg", "mm": "mm", "cm": "cm", "sqm": "square metres",
          "m²": "square metres", "KWH": "kWh", "MWH": "MWh", "GWH": "GWh", "TWH": "TWh"}


def _unit(match: re.Match[str], text: str) -> tuple[str | None, float]:
    """The unit class of a match and the factor its unit applies ("3 cents" is 0.03 USD, "25 bps" 0.25 points)."""
    if match["pct"]:
        pct = match["pct"].lower()
        if pct.startswith(("basis", "bp")) or "基" in pct:
            return "percentage points", 0.01
        if pct == "厘":
            return ("%" if _RATE_ZH.search(text) else "厘"), 1.0
        points = "point" in pct or "百分" in pct or pct.startswith(("pp", "p."))
        return ("percentage points" if points else "%"), 1.0
    name = (match["cur2"] or "").strip()
    # number words have no sign before them ("a quarter of a million pounds"): no "cur" group to ask
    cur = match.groupdict().get("cur")
    if minor_key(name) == "pounds" and not cur and _WEIGHED.match(text, match.end()):
        return "lb", 1.0  # "15.7-million pounds of copper": a material weighed, however large the number
    if minor_key(name) == "pounds" and not match["scale"] and not cur:
        # "300 pounds" is sterling only where money is talked about; otherwise a weight
        window = text[max(0, match.start() - 80):match.end() + 80]
        if named := _NAMED_POUNDS.search(text):
            return currency_code(named.group()) or "GBP", 1.0  # "… 12.25 Egyptian pounds …, now 15 pounds": EGP
        money = _MONEY_CONTEXT.search(window) or _CONVERTED.match(text, match.end())
        return ("GBP" if money else "lb"), 1.0
    if name:
        return currency_code(name), 0.01 if minor_key(name) in MINOR else 1.0
    if match["pence"]:
        return "GBP", 0.01
    if match["cents"] and not cur:  # "R17.08c/l": the sign before the digits says the rand, not its cents
        return "USD", 0.01  # a dollar's cents until the page's country says whose (localmoney.py)
    if match["glued"]:
        return _GLUED.get(match["glued"], match["glued"]), 1.0
    if match["temp"]:
        return "°" + match["temp"].strip()[-1], 1.0  # "40C", "104 °F": a temperature
    return (currency_code(cur) if cur else None), 1.0


# "revised from -140,000 to -227,000": a signed count with thousands separators after "from" or "to" is a
# negative change (a bare "-5" stays no number: "COVID -19", a list's dash)
# … and so is one opening a bracket, as statistics offices write a change beside its rate: "(-36,000; -0.5%)"
_SIGNED_CHANGE = re.compile(r"\b(?:from|to|of|was|were|and|at)\s+$|[(（]\s*$", re.IGNORECASE)
# a calendar year before 1900 where digits alone could be a count: "1895年10月" (not "2000年来", two thousand
# years), "since 1850", "founded in 1861 and" (not "in 1600 cases", "a survey of 1600 people": counts)
_OLD_YEAR = re.compile(r"\d年(?![来來间間之多左])|\b(?:since|until|till)\s+\d{4}\b"
                       r"|\b(?:in|before|after)\s+\d{4}(?=\s*[,.;:)]|\s+(?:and|when|the|a|it|he|she|they|we|to)\b)",
                       re.IGNORECASE)


def _digit_quantities(text: str, signs: frozenset[str] = frozenset()) -> list[Quantity]:
    found: list[Quantity] = []
    for match in NUMBER.finditer(text) if _DIGIT.search(text) else ():
        before = text[max(0, match.start() - 10):match.start()]
        if _ORDINAL.match(text, match.end()) or _NUMBER_SIGN.search(before) or _CODE_NAME.search(before) \
                or weak_money(match, text, signs) or (match["pence"] and not _PENCE_CONTEXT.search(text)) \
                or glued_code_name(match, text):
            continue
        value, decimals = parse_number(match["num"])
        (unit, minor), scale = _unit(match, text), match["scale"]
        if unit is None and re.search(r"[A-Z]$", text[:match.start()]):
            continue  # "CPI7月": an indicator's initials glued to a bare number (a month, a code), no sum
        if match["num"].startswith(".") and unit is None:
            continue  # ".22": a decimal without its zero is read only with its unit (".35 cents", ".8 percent")
        if unit is None and before.endswith("百分之"):
            unit = "%"  # "百分之80": Chinese words for "per cent" written before digits
        if match["sign"]:
            if unit is None and not ("," in match["num"] and _SIGNED_CHANGE.search(before)):
                continue
            value = -value
        factor = 1.0
        # "5 m" is more likely metres than millions, unless a count's noun follows ("1.58m visitors")
        if (scale and not (scale.lower() in {"m", "k", "b"} and unit is None and not match["cur"])) \
                or scaled_count(match, text) or lost_sign_sum(match.group(0), text, match.end()):
            factor = SCALES[re.sub(r"s?[\s-]+crores?$", " crore", scale.lower())]
            value *= factor
        elif scale:
            continue  # "5 m" is more likely metres than millions: not a figure we can trust
        # "1942篇": a number a measure word counts is no year; "1895年10月", "since 1850": a year before 1900
        year = unit is None and scale is None and decimals == 0 and "," not in match["num"] \
            and not counted_year(match["qual"], text, match.end()) \
            and ((1900 <= value <= 2100 and not MEASURE.match(text[match.end():match.end() + 1]))
                 or (1000 <= value < 1900 and bool(_OLD_YEAR.search(text[max(0, match.start() - 8):match.end() + 6]))))
        more = match["more"] or match["more0"]  # "140多个", "10余万人": over
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else ("over" if more else None)
        if qual in _CIRCA:
            if unit is None and scale is None and qual != "circa":
                continue  # "c3", "c.12": a code's letter as likely as circa; only a sum or a percent is read so
            qual = "about"
        found.append(Quantity(value * minor, match.group(0)[len(match["qual"] or ""):].strip(), match.start(),
                              match.end(), unit, qual, decimals, year, factor * minor))
    return found


_HYPERBOLE = re.compile(r"\s+(?:times|reasons|ways|things|miles|questions|ideas|light[\s-]years|years\s+ago|"
                        r"little|tiny|different|other|to\s+one)\b", re.IGNORECASE)


# weights, areas and lengths ("six inches of snow"); lengths of time follow the rule of durations.py
_MEASURE_AFTER = re.compile(r"[\s-]+(?:tonnes?|tons?|hectares?|acres?|kilo(?:gram|metre|meter)s?"
                            r"|inch(?:es)?|feet|(?:centi|milli)?met(?:re|er)s?)\b", re.IGNORECASE)
# "three times more", "five times higher than", "ten times as many": how many times another quantity (not "two
# times a week", a frequency, nor "many times over")
_MULTIPLIER = re.compile(r"[\s-]+(?P<times>times)\s+(?:more|less|higher|lower|larger|greater|bigger|smaller|faster"
                         r"|slower|as\s+(?:much|many|high|large|likely|fast))\b", re.IGNORECASE)
_PERIOD_WORD = re.compile(r"\b(?:first|last|past|next|previous|coming|every|each)\s+$", re.IGNORECASE)


def _word_duration(text: str, word: WordNumber) -> tuple[str, int] | None:
    """The unit of a length of time in words that is a figure (see durations.py); "one day" or "one year" only
    as a term ("for one year", "within one month"): alone it is a manner of speaking ("one day, …")."""
    if word.value == 1 and not re.search(r"\b(?:for|within)\s+$", text[max(0, word.start - 8):word.start], re.I):
        return None
    if re.match(r"[\s-]+(?-i:[A-Z])", text[word.end:word.end + 2]):
        return None  # "the 14th Five-Year Plan": a length of time in a name's capitals names it
    return duration_figure(text, word.start, word.end)


# a capitalised word after a lower-case one (so not a sentence's first), and "of" after it or not, before a
# capitalised number word: "the Big Six", "rivals in the Group of Seven", "a Final Four"
_NAMED_BY_NUMBER = re.compile(r"(?:^|[a-z,;(]\s)(?-i:[A-Z][a-z]+)(?:\s+of)?\s$")


_SHARE_WORDS = re.compile(r"(?:two|three|four|five|seven|nine)[\s-](?:thirds|quarters|fifths|tenths)\b"
                          r"(?!\s+of\s+(?:the|this|last|next)\s+(?:year|season))", re.IGNORECASE)


# "the fastest rate in three quarters", "for three quarters": quarters of a year (durations.py), not 75 %
_QUARTERS_SPAN = re.compile(r"\b(?:in|for|within|past|last|next)\s+\w+\s+quarters\b(?!\s+of\b)", re.IGNORECASE)


def _english_word_quantities(text: str, counts: bool = False) -> list[Quantity]:
    """"Eighty-eight percent", "five-point-two per cent", "two million", "half a million dollars": number
    words are a quantity when a percent sign, a currency or a scale word goes with them; "one of the",
    "two men", "a hundred reasons" and "one in a million" are not figures."""
    found: list[Quantity] = []
    words = word_numbers(text)
    for i, word in enumerate(words):
        near = text[max(0, word.start - 12):word.end + 12]
        if _SHARE_WORDS.match(text, word.start) and not _QUARTERS_SPAN.search(near):
            continue  # "three-quarters (73%)": a share, which shares.py reads or leaves to the exact figure
        after = _AFTER_WORDS.match(text, word.end)
        unit, minor = _unit(after, text) if after and (after["pct"] or after["cur2"]) else (None, 1.0)
        if unit == "lb" and word.value >= 1e6 and after and not _WEIGHED.match(text, after.end()):
            unit = "GBP"  # "two million pounds", as "2 million pounds": millions of pounds are sterling
        if unit is None and not word.scaled and i + 1 < len(words):
            unit, minor = _span_end_unit(text, word, words[i + 1])
        tokens = [t for t in re.split(r"[\s-]+", text[word.start:word.end]) if t not in {"and", "a"}]
        if len(tokens) > 1 and all(t[:1].isupper() for t in tokens) and word.start > 0:
            continue  # "One Thousand and One Nights": a name in title case
        if unit is None and not word.scaled and tokens and tokens[0][:1].isupper() \
                and _NAMED_BY_NUMBER.search(text[:word.start]):
            continue  # "the Big Six energy firms", "the Group of Seven leaders": the number is part of a name
        written = text[word.start:word.end].lower()
        # "a hundred reasons", "a million times", "a billion miles away": a number's word as a manner of speaking
        # ("a dozen firms" counts firms: twelve, as "12 firms"; "a dozen times" is a manner of speaking)
        idiom = written.startswith(("a ", "a-")) and (not re.search(r"million|billion|dozen", written)
                                                       or bool(_HYPERBOLE.match(text, word.end)))
        # "five tonnes per hectare", "a hundred hectares": a measure makes the words a quantity, but not
        # after "every", "the next" …
        measured = unit is None and bool(_MEASURE_AFTER.match(text, word.end)) \
            and not _PERIOD_WORD.search(text[max(0, word.start - 12):word.start])
        if measured:
            idiom = bool(_HYPERBOLE.match(text, word.end))
        end = after.end() if after and unit else word.end
        if unit is None and not (word.scaled or measured) and (timed := _word_duration(text, word)):
            unit, end = timed  # "for three years", "a two-day strike": a length of time the sentence states
            if unit == "decades":  # "in three decades" is 30 years (the corpus counts spans in years)
                found.append(Quantity(word.value * 10, text[word.start:end], word.start, end, "years", None, 0))
                continue
        elif unit is None and word.value > 1 and not word.scaled and (times := _MULTIPLIER.match(text, word.end)
                                                                       or grown_times(text, word)):
            unit, end = "times", times.end("times")  # "three times more than last year": a multiplier (stop 30)
        elif counts and unit is None and not (word.scaled or measured) \
                and counted_noun(text, word.start, word.end, word.value):
            pass  # "seven arrests", "two energy suppliers": a count in words, as "7 arrests" is (countwords.py)
        elif unit is None and (not (word.scaled or measured) or idiom or re.search(r"\bin\s+$", text[:word.start])):
            continue
        elif word.value == 1 and unit is None:
            continue  # "one" counts nothing without a unit of its own
        qual_match = WORD_QUAL.search(text[max(0, word.start - 30):word.start])
        qual = " ".join(qual_match["qual"].lower().split()) if qual_match else None
        found.append(Quantity(word.value * minor, text[word.start:end], word.start, end, unit, qual, word.decimals,
                              scale=minor))
    return found


_WORD_SPAN_GAP = re.compile(r"\s+(?:to|and|or)\s+|\s*[-–]\s*")


def _span_end_unit(text: str, word: WordNumber, nxt: WordNumber) -> tuple[str | None, float]:
    """"two to four percent", "between three and five per cent": a span in words writes its percent or currency
    once, after its second end, and the first end is a figure of that unit as the second is."""
    after = _AFTER_WORDS.match(text, nxt.end)
    if nxt.scaled or not _WORD_SPAN_GAP.fullmatch(text[word.end:nxt.start]) \
            or not (after and (after["pct"] or after["cur2"])):
        return None, 1.0
    return _unit(after, text)


def _word_quantities(text: str, counts: bool = False) -> list[Quantity]:
    """Quantities in words: English number words, "近四成", "百分之五十", "三千亿元"."""
    # a share in words before a number word: "nearly three-quarters (73%)" is 75 %, not three quarters of a year
    found = point_fractions(text) + fractions(text) + _english_word_quantities(text, counts)
    if any("\u3400" <= c <= "\u9fff" for c in text[:200]) or "万" in text or "亿" in text or "成" in text:
        found += zh_shares(text) + zh_quantities(text, counts)
    return found


def find_numbers(text: str, counts: bool = False, signs: frozenset[str] = frozenset()) -> list[Quantity]:
    """Every quantity in ``text`` (years flagged, ordinals left out), in order.  With ``counts``, also the counts
    written as words before their noun ("seven arrests", see countwords.py): the figure extractor asks for them;
    ``briefkit check`` does not, as a summary's "Four principles" counts the article's points, it quotes no
    number of it.  ``signs``: the one-letter signs of money the page around ``text`` writes as money (see
    :func:`briefkit.extract.weakmoney.page_signs`)."""
    # a range's ends share its unit and scale: "€3–4bn" is two billions of euros, not €3 and 4bn
    ranges = digit_ranges(text) + zh_mixed(text) + in_every(text) + match_scores(text)
    # "40-50 people", "1/7 of the land": spans of a count and slashed shares the digit pattern leaves out
    ranges += [q for q in count_ranges(text) + slash_shares(text) + decade_terms(text) + ratio_parts(text)
               + even_halves(text)
               if not any(r.start < q.end and q.start < r.end for r in ranges)]
    digits = [q for q in split_cells(text, _digit_quantities(text, signs))
              if not any(r.start < q.end and q.start < r.end for r in ranges)]
    taken = [(q.start, q.end) for q in [*ranges, *digits]]
    extra: list[Quantity] = list(ranges)
    # earlier kinds win an overlap: "half a percentage point" is a point, not "half" a share
    for q in _word_quantities(text, counts):
        if not any(s < q.end and q.start < e for s, e in taken):
            extra.append(q)
            taken.append((q.start, q.end))
    ordered = [basis_points(text, q) for q in sorted([*digits, *extra], key=lambda q: q.start)]
    ordered = restored_scales(text, joined_sums(text, compared_other(text, carry_units(text, ordered))))
    return minus(text, implied_percent(text, local_yuan(text, ordered)))


def same_number(claimed: float, found: float, decimals: int = 0, scale: float = 1.0) -> bool:
    """True when ``found``, written as ``claimed`` is (its decimals and scale), reads as ``claimed``."""
    tolerance: float = 0.5 * 10.0 ** -decimals * scale + 1e-9 * abs(claimed)
    return abs(found - claimed) <= tolerance
