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
          "万": 1e4, "亿": 1e8}
CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR", "eur": "EUR",
              "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP", "¥": "CNY", "rmb": "CNY",
              "cny": "CNY", "yuan": "CNY", "元": "CNY", "jpy": "JPY", "yen": "JPY", "chf": "CHF", "francs": "CHF"}
FRACTIONS = {"one third": 100 / 3, "a third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3,
             "one quarter": 25.0, "a quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
             "one half": 50.0, "half": 50.0, "one fifth": 20.0, "a fifth": 20.0, "one in three": 100 / 3,
             "un tiers": 100 / 3, "deux tiers": 200 / 3, "la moitié": 50.0, "un quart": 25.0, "三分之一": 100 / 3}
QUALIFIERS = ["more than", "less than", "fewer than", "at least", "up to", "close to", "nearly", "almost", "over",
              "about", "around", "approximately", "roughly", "some", "under", "above", "below", "plus de",
              "près de", "environ", "moins de", "presque", "超过", "近", "约"]

_QUAL = r"(?:(?P<qual>" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s*)?"
_CUR_PRE = r"(?P<cur>US\$|\$|€|£|¥|USD\s|EUR\s|GBP\s|RMB\s?|CNY\s|JPY\s|CHF\s)?"
_NUM = (r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?"
        r"|\d{1,3}(?: \d{3})+(?!\d)|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?)")
_SCALE = (r"(?:\s*(?P<scale>(?:thousand|millions?|billions?|trillion|milliards?|mn|bn|tn|k|m)(?![\w])|万|亿))?"
          r"(?P<more>多|余)?")
_SUFFIX = (r"(?:\s*(?P<pct>%|％|percent\b|per\s+cent\b|percentage\s+points?\b|pour\s+cent\b|points?\s+de\s+pourcentage)"
           r"|\s*(?:(?:d['’]|de\s+|of\s+))?(?P<cur2>dollars|euros?|yuan|pounds|yen|francs|USD|EUR|GBP|RMB|CNY|元)(?!\w))?")
# Letters and digits, not CJK, may not touch a number: "申请3.8万件" is a figure, "G20" is not.
NUMBER = re.compile(r"(?<![A-Za-zÀ-ÿ0-9.,\-/:#_第])" + _QUAL + _CUR_PRE + _NUM + _SCALE + _SUFFIX
                    + r"(?![A-Za-zÀ-ÿ0-9/:_]|-\d|\.\d|\s*[月日号时点])",
                    re.IGNORECASE)
FRACTION = re.compile(r"(?:(?P<pre>\bby|\bto|\bthan|\bpar)\s+)?" + _QUAL + r"(?<!\w)(?P<frac>"
                      + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")(?P<of>\s+(?:of|des|de|du)\b|的)?",
                      re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Art|Vol)\.\s*$")  # "No. 10" is a name, not a quantity
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


def _unit(match: re.Match[str]) -> str | None:
    if match["pct"]:
        return "percentage points" if "point" in match["pct"].lower() else "%"
    currency = (match["cur"] or match["cur2"] or "").strip().lower()
    return CURRENCIES.get(currency) if currency else None


def find_numbers(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (years flagged, ordinals left out), in order."""
    found: list[Quantity] = []
    for match in NUMBER.finditer(text) if _DIGIT.search(text) else ():
        if _ORDINAL.match(text, match.end()) or _NUMBER_SIGN.search(text[max(0, match.start() - 8):match.start()]):
            continue
        value, decimals = parse_number(match["num"])
        unit, scale = _unit(match), match["scale"]
        factor = 1.0
        if scale and not (scale.lower() in {"m", "k"} and unit is None and not match["cur"]):
            factor = SCALES[scale.lower()]
            value *= factor
        elif scale:
            continue  # "5 m" is more likely metres than millions: not a figure we can trust
        year = unit is None and scale is None and decimals == 0 and 1900 <= value <= 2100 and "," not in match["num"]
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else ("over" if match["more"] else None)
        found.append(Quantity(value, match.group(0)[len(match["qual"] or ""):].strip(), match.start(), match.end(),
                              unit, qual, decimals, year, factor))
    lowered = text.lower()
    for match in FRACTION.finditer(text) if any(word in lowered for word in _FRACTION_WORDS) else ():
        # "half" or "a third" is a quantity only as a share: "a third of …", "by almost a third".
        if not (match["of"] or match["pre"] or match["qual"]):
            continue
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else None
        start = match.start("qual") if match["qual"] else match.start("frac")
        found.append(Quantity(round(FRACTIONS[match["frac"].lower()], 1), match["frac"], start, match.end("frac"),
                              "%", qual, 1))
    return sorted(found, key=lambda q: q.start)


def same_number(claimed: float, found: float, decimals: int = 0, scale: float = 1.0) -> bool:
    """True when ``found``, written as ``claimed`` is (its decimals and scale), reads as ``claimed``."""
    tolerance: float = 0.5 * 10.0 ** -decimals * scale + 1e-9 * abs(claimed)
    return abs(found - claimed) <= tolerance
