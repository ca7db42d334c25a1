"""Quantities as articles write them: digits, separators, scales, units, words.

"38,000", "38000" and "38 000" are one number; "1.2 billion" is 1.2e9;
"3,5 %" is a French 3.5 %; "one third" is a third, kept with its wording.
Bare years, ordinals ("78th"), times and codes such as "G20" or "COVID-19"
are not quantities.  :func:`find_numbers` is shared by the figure extractor
and by ``briefkit check``, so both read numbers the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
          "billions": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9, "trillion": 1e12, "tn": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
          "万亿": 1e12, "萬億": 1e12}
CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "u.s. dollars": "USD",
              "us dollars": "USD", "u.s.dollars": "USD", "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR",
              "£": "GBP", "gbp": "GBP", "pounds": "GBP", "sterling": "GBP", "¥": "CNY", "rmb": "CNY", "cny": "CNY",
              "yuan": "CNY", "yuans": "CNY", "元": "CNY", "人民币": "CNY", "jpy": "JPY", "yen": "JPY", "日元": "JPY",
              "chf": "CHF", "francs": "CHF", "c$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD", "hk$": "HKD",
              "hkd": "HKD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "s$": "SGD", "rs": "INR", "rs.": "INR",
              "₹": "INR", "inr": "INR", "rupees": "INR", "美元": "USD", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP",
              "英鎊": "GBP"}
FRACTIONS = {"one third": 100 / 3, "a third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3,
             "one quarter": 25.0, "a quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
             "one half": 50.0, "half": 50.0, "one fifth": 20.0, "a fifth": 20.0, "one in three": 100 / 3,
             "one in four": 25.0, "one in five": 20.0, "one in ten": 10.0, "two in five": 40.0,
             "three in four": 75.0, "nine in ten": 90.0,
             "un tiers": 100 / 3, "deux tiers": 200 / 3, "la moitié": 50.0, "un quart": 25.0, "三分之一": 100 / 3}
QUALIFIERS = ["more than", "less than", "fewer than", "at least", "up to", "close to", "nearly", "almost", "over",
              "about", "around", "approximately", "roughly", "some", "under", "above", "below", "plus de",
              "près de", "environ", "moins de", "presque", "超过", "超過", "近", "约", "約", "逾"]

_QUAL = r"(?:(?P<qual>" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s*)?"
_CUR_PRE = r"(?P<cur>US\$|C\$|A\$|HK\$|S\$|\$|€|£|¥|₹|Rs\.?\s?|(?:USD|EUR|GBP|RMB|CNY|JPY|CHF|INR)\s?)?"
_NUM = (r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?"
        r"|\d{1,3}(?: \d{3})+(?!\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)")
_SCALE = (r"(?:[\s-]*(?P<scale>(?:thousand|millions?|billions?|trillion|milliards?|lakhs?|crores?|mn|bn|tn|k|m)"
          r"(?![\w])|万亿|萬億|万|萬|亿|億))?(?P<more>多|余|餘)?")  # 3万亿元: three trillion yuan
# "6.2-percent growth" and "6.1个百分点" are percentages too; "U.S. dollars" and "港元" currencies.
_SUFFIX = (r"(?:[\s-]{0,2}(?P<pct>%|％|percent\b|per\s+cent\b|percentage\s+points?\b|pour\s+cent\b"
           r"|points?\s+de\s+pourcentage|个百分点|個百分點)"
           r"|\s*(?:(?:d['’]|de\s+|of\s+))?(?P<cur2>(?:U\.?S\.?\s*)?dollars|euros?|yuans?|pounds|sterling|yen|francs"
           r"|rupees|USD|EUR|GBP|RMB|CNY|INR|美元|港元|港币|港幣|欧元|歐元|日元|英镑|英鎊|元)(?!\w))?")
# Letters and digits, not CJK, may not touch a number: "申请3.8万件" is a figure, "G20" is not.
NUMBER = re.compile(r"(?<![A-Za-zÀ-ÿ0-9.,\-/:#_第])" + _QUAL + _CUR_PRE + _NUM + _SCALE + _SUFFIX
                    + r"(?![A-Za-zÀ-ÿ0-9/:_]|-\d|\.\d|\s*[月日号時时点點])",
                    re.IGNORECASE)
FRACTION = re.compile(r"(?:(?P<pre>\bby|\bto|\bthan|\bpar)\s+)?" + _QUAL + r"(?<!\w)(?P<frac>"
                      + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")(?P<of>\s+(?:of|des|de|du)\b|的)?",
                      re.IGNORECASE)
_NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                             "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                             "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                  "a hundred": 100, "one hundred": 100}
# Number words carry a quantity when a percent sign or a scale follows: "seven percent", "two million".
WORD_NUMBER = re.compile(_QUAL + r"\b(?P<word>" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
                         + r")(?:[\s-]+(?P<tens>one|two|three|four|five|six|seven|eight|nine))?"
                         r"[\s-]+(?:(?P<pct>percent|per\s+cent)|(?P<scale>million|billion|trillion))\b",
                         re.IGNORECASE)
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
# 近四成 (nearly 40 %), 三成 (30 %), 百分之五十 (50 %); not 成为, 成功, 一成不变.
ZH_SHARE = re.compile(r"(?P<qual>近|约|約|超过|超過|逾|不到)?"
                      r"(?:(?P<tenths>[一二两兩三四五六七八九十]|\d)成(?![为為功立本果交长長熟员員不])"
                      r"|百分之(?P<pct>[零〇一二两兩三四五六七八九十百点點]+))")
_DIGIT = re.compile(r"\d")
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Art|Vol)\.\s*$")  # "No. 10" is a name, not a quantity
_CODE_NAME = re.compile(r"\b(?:COVID|Covid|covid|SARS|MERS)\s$")
"""A disease's name written with a space before its number ("COVID 19") names it: no quantity."""
_FRACTION_WORDS = ("third", "quarter", "half", "fifth", "one in", "tiers", "moitié", "quart", "分之")
_ORDINAL = re.compile(r"(?:st|nd|rd|th|er|e|ème)\b")


@dataclass(frozen=True)
class Quantity:
    """A number found in a text."""

    value: float
    display: str
    start: int
    end: int
    unit: str | None
    qualifier: str | None
    decimals: int
    is_year: bool = False
    scale: float = 1.0


def parse_number(raw: str) -> tuple[float, int]:
    """The value of a written number and its count of decimals."""
    raw = re.sub(r"[\u00a0\u202f\u2009 ]", "", raw)
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        raw = raw.replace(",", ".")
    raw = raw.replace(",", "")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    return float(raw), decimals


_MONEY_CONTEXT = re.compile(r"£|sterling|\b(?:cost|costs|price|prices|pay|paid|worth|fund|funding|invest\w*|bill|"
                            r"bills|spend\w*|budget|grant|deal|profit\w*|revenue|salary|wage|fine|tax|debt|loan)\b",
                            re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|~|to|and|or|至|到|、|,|，)\s*$")
_ORDINAL_HALF = re.compile(r"\b(?:first|second|latter|former|other)\s+$", re.IGNORECASE)


def _unit(match: re.Match[str], text: str) -> str | None:
    if match["pct"]:
        pct = match["pct"].lower()
        return "percentage points" if "point" in pct or "百分" in pct else "%"
    currency = (match["cur"] or match["cur2"] or "").strip().lower()
    currency = " ".join(currency.replace(". ", ".").split())
    if currency == "pounds" and not match["scale"] and not match["cur"]:
        # "300 pounds" is sterling only where money is talked about; otherwise a weight
        window = text[max(0, match.start() - 80):match.end() + 80]
        return "GBP" if _MONEY_CONTEXT.search(window) else "lb"
    return CURRENCIES.get(currency) if currency else None


def _zh_number(text: str) -> float | None:
    """五十 → 50, 二十五 → 25, 三点五 → 3.5, 一百 → 100 (the small numbers shares are written with)."""
    whole, _, fraction = text.replace("點", "点").partition("点")
    value = 0.0
    if "百" in whole:
        hundreds, _, whole = whole.partition("百")
        value += 100 * (_ZH_DIGITS.get(hundreds, 1) if hundreds else 1)
    if "十" in whole:
        tens, _, whole = whole.partition("十")
        value += 10 * (_ZH_DIGITS.get(tens, 1) if tens else 1)
    if whole:
        if any(c not in _ZH_DIGITS for c in whole):
            return None
        value += _ZH_DIGITS[whole[-1]]
    if fraction:
        if any(c not in _ZH_DIGITS for c in fraction):
            return None
        value += float("0." + "".join(str(_ZH_DIGITS[c]) for c in fraction))
    return value


def _digit_quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in NUMBER.finditer(text) if _DIGIT.search(text) else ():
        before = text[max(0, match.start() - 10):match.start()]
        if _ORDINAL.match(text, match.end()) or _NUMBER_SIGN.search(before) or _CODE_NAME.search(before):
            continue
        value, decimals = parse_number(match["num"])
        unit, scale = _unit(match, text), match["scale"]
        factor = 1.0
        if scale and not (scale.lower() in {"m", "k"} and unit is None and not match["cur"]):
            factor = SCALES[scale.lower()]
            value *= factor
        elif scale:
            continue  # "5 m" is more likely metres than millions: not a figure we can trust
        # "1942篇": a number a measure word counts is no year
        year = unit is None and scale is None and decimals == 0 and 1900 <= value <= 2100 and "," not in match["num"] \
            and not _MEASURE.match(text[match.end():match.end() + 1])
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else ("over" if match["more"] else None)
        found.append(Quantity(value, match.group(0)[len(match["qual"] or ""):].strip(), match.start(), match.end(),
                              unit, qual, decimals, year, factor))
    return found


_MEASURE = re.compile(r"[篇个個件人名位家项項次台辆輛吨噸艘架部条條座所场場套户戶株头頭只隻本册冊份张張]")


def _word_quantities(text: str) -> list[Quantity]:
    """"seven percent", "nearly two million", "近四成", "百分之五十"."""
    found: list[Quantity] = []
    for match in WORD_NUMBER.finditer(text) if ("cent" in text or "illion" in text) else ():
        number = float(_NUMBER_WORDS[match["word"].lower()] + (_NUMBER_WORDS[match["tens"].lower()] if match["tens"]
                                                                else 0))
        factor = SCALES[match["scale"].lower()] if match["scale"] else 1.0
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else None
        start = match.start("word")
        found.append(Quantity(number * factor, text[start:match.end()], start, match.end(),
                              "%" if match["pct"] else None, qual, 0, scale=factor))
    for match in ZH_SHARE.finditer(text) if ("成" in text or "百分之" in text) else ():
        if match["tenths"]:
            tenths = match["tenths"]
            value: float | None = float(tenths) * 10 if tenths.isdigit() else 10.0 * (_ZH_DIGITS.get(tenths) or 10)
        else:
            value = _zh_number(match["pct"])
        if value is None or (match["tenths"] == "一" and text[match.end():match.end() + 2] == "不变"):
            continue
        start = match.start("tenths") if match["tenths"] else match.start() + len(match["qual"] or "")
        found.append(Quantity(value, text[start:match.end()], start, match.end(), "%", match["qual"], 0))
    return found


# "one-quarter of a point", "a quarter of a percentage point", "half a point": a fraction of a point
_POINT_FRACTION = re.compile(_QUAL + r"(?<!\w)(?P<frac>(?:(?:one|a)[\s-])?(?P<part>quarter|half|third))\s+(?:of\s+)?"
                             r"(?:a\s+)?(?:percentage[\s-])?point\b", re.IGNORECASE)
_PARTS = {"quarter": 0.25, "half": 0.5, "third": 0.33}


def _fractions(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    lowered = text.lower()
    for match in _POINT_FRACTION.finditer(text) if "point" in lowered else ():
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else None
        start = match.start("qual") if match["qual"] else match.start("frac")
        found.append(Quantity(_PARTS[match["part"].lower()], text[start:match.end()], start, match.end(),
                              "percentage points", qual, 2))
    for match in FRACTION.finditer(text) if any(word in lowered for word in _FRACTION_WORDS) else ():
        # "half" or "a third" is a quantity only as a share: "a third of …", "by almost a third";
        # "the first half of the year" is a period, not 50 %.
        if not (match["of"] or match["pre"] or match["qual"]) or _ORDINAL_HALF.search(text[:match.start()]) \
                or any(q.start <= match.start("frac") < q.end for q in found):
            continue
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else None
        start = match.start("qual") if match["qual"] else match.start("frac")
        found.append(Quantity(round(FRACTIONS[match["frac"].lower()], 1), match["frac"], start, match.end("frac"),
                              "%", qual, 1))
    return found


def _carry_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """"between 0.4 and 11.5 per cent", "6-6.5 percent", "1.7、0.7、8.3个百分点": the unit (and scale) of the
    last number of a range or list belongs to the bare numbers before it."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.unit is None and not q.is_year and nxt.unit is not None and _RANGE_GAP.match(text[q.end:nxt.start]):
            scale = nxt.scale if q.scale == 1.0 and nxt.scale != 1.0 and q.value < 1000 else 1.0
            out[i] = Quantity(q.value * scale, q.display, q.start, q.end, nxt.unit, q.qualifier, q.decimals,
                              False, q.scale * scale)
    return out


_RANGE = re.compile(r"(?<![\w.,-])(?P<a>\d+(?:\.\d+)?)\s*[-–~]\s*(?P<b>\d+(?:\.\d+)?)"
                    r"(?=[\s-]*(?:%|％|percent\b|per\s+cent\b))", re.IGNORECASE)


def _ranges(text: str) -> list[Quantity]:
    """"6-6.5 percent": both ends (a hyphen keeps the digit pattern from reading either)."""
    found: list[Quantity] = []
    for match in _RANGE.finditer(text) if "-" in text or "–" in text or "~" in text else ():
        for key in ("a", "b"):
            value, decimals = parse_number(match[key])
            found.append(Quantity(value, match[key], match.start(key), match.end(key), "%", None, decimals))
    return found


def find_numbers(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (years flagged, ordinals left out), in order."""
    digits = _digit_quantities(text)
    taken = [(q.start, q.end) for q in digits]
    extra = [q for q in [*_ranges(text), *_word_quantities(text), *_fractions(text)]
             if not any(s < q.end and q.start < e for s, e in taken)]
    return _carry_units(text, sorted([*digits, *extra], key=lambda q: q.start))


def same_number(claimed: float, found: float, decimals: int = 0, scale: float = 1.0) -> bool:
    """True when ``found``, written as ``claimed`` is (its decimals and scale), reads as ``claimed``."""
    tolerance: float = 0.5 * 10.0 ** -decimals * scale + 1e-9 * abs(claimed)
    return abs(found - claimed) <= tolerance
