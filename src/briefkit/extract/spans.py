"""Counts written as a span of two bare numbers, and shares written with a slash.

"Some 40-50 people", "3,000–4,000 workers", "30 - 40 homes": a range of a count is both ends, each a figure,
the way "6-6.5 percent" and "$5-10 billion" are (numbers.py reads those by their unit or scale).  A bare
"a-b" is no range where it is a score ("won 3-1 on Saturday": the second end is smaller, or a function word
follows), a span of years ("the 2019-2020 season"), of days ("12-15 May") or of pages, or a code ("555-1234",
"COVID-19": a letter or a digit group touches it).  What follows the second end must be the counted noun, in
lower case.

"1/7 of the land", "占1/7", "about 3/4 of farms": a fraction written with a slash is a share (14.29 %, 75 %,
the corpus convention of two decimals); a date ("3/4/2024", "on 3/4") or a score is not, so the slash form
counts only before "of", after a word of share (占, "about", "nearly", "some", "roughly") or inside brackets
after a share word.

"三次产业结构比为22.8:38.8:38.4", "a staff ratio of 1:4": the parts of a ratio after the word that names it are
figures without a unit (the corpus's ratio rule); a colon between digits elsewhere is a time or a score.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import WORD_QUAL, Quantity, parse_number
from briefkit.extract.regexguard import guarded

__all__ = ["count_ranges", "decade_terms", "in_count_range", "ratio_parts", "slash_shares"]

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
# function words and words of time or of a match that follow a score or a date, never a counted noun
_NOT_NOUNS = ("on in at to for with and or the a an of by from as than after before when win wins won victory "
              "defeat draw lead loss score vote votes decision margin record half time overtime years? old "
              "age ages aged age-group age-bracket "
              "year-olds? jan feb mar apr may jun jul aug sep sept oct nov dec am pm p m a m "
              # a scale or a percentage: numbers.py reads "30-40 million people" and "5-7 percent" as ranges
              "thousand million billion trillion crores? lakhs? bn mn percent per pc")
COUNT_NOUN_AFTER = re.compile(r"[\s\u00a0]+(?!(?:" + "|".join(_NOT_NOUNS.split()) + r")\b)[a-z][a-z-]{2,}")
"""The counted noun after a span's second end ("… people", "… new homes"), never a function word."""
_SPAN = re.compile(r"(?<![\w.,/$€£¥₹-])(?P<a>" + _NUMBER + r")[\s\u00a0]*[-–][\s\u00a0]*(?P<b>" + _NUMBER
                   + r")(?![\w.,/%-]|[\s\u00a0]*(?:%|per\s*cent|percent))")
# a pointer before a span: "pages 12-15", "aged 18-24", "sections 3-5", "Nos. 4-6", "between pages"
_POINTER = guarded(re.compile(r"\b(?:pages?|pp?\.|aged|ages?|sections?|articles?|chapters?|clauses?|paragraphs?|items?|"
                      r"rooms?|units?|lots?|nos?\.?|numbers?|grades?|years?|games?|rounds?|seeds?|verses?|lines?|"
                      r"exhibits?|tables?|figures?|routes?|highways?|interstates?|flights?|platforms?|gates?)\s*$",
                      re.IGNORECASE))


_CALL = re.compile(r"\b(?:call|tel|phone|telephone|dial|fax|hotline|contact|ext|whatsapp|sms|text)\b\W*"
                   r"(?:\S+\s+){0,2}$", re.IGNORECASE)


def count_ranges(text: str) -> list[Quantity]:
    """Both ends of "40-50 people", "3,000–4,000 workers": a span of a count before its noun."""
    found: list[Quantity] = []
    for match in _SPAN.finditer(text) if "-" in text or "–" in text else ():
        (a, dec_a), (b, dec_b) = parse_number(match["a"]), parse_number(match["b"])
        if not a < b or (1900 <= a <= 2100 and 1900 <= b <= 2100 and not dec_a and not dec_b):
            continue  # a score ("3-1"), or a span of years ("2019-2020 season")
        if not COUNT_NOUN_AFTER.match(text, match.end()) or _POINTER.search(text[max(0, match.start() - 16):
                                                                                  match.start()]):
            continue
        if (re.fullmatch(r"\d{3}", match["a"]) and re.fullmatch(r"\d{4}", match["b"])) \
                or _CALL.search(text[max(0, match.start() - 24):match.start()]):
            continue  # "555-1234", "call 0800-12345": a phone number
        qual_match = WORD_QUAL.search(text[max(0, match.start() - 30):match.start()])
        qual = " ".join(qual_match["qual"].lower().split()) if qual_match else None
        found.append(Quantity(a, match["a"], match.start("a"), match.end("a"), None, qual, dec_a))
        found.append(Quantity(b, match["b"], match.start("b"), match.end("b"), None, None, dec_b))
    return found


def in_count_range(text: str, q: Quantity) -> bool:
    """True when ``q`` is an end of a count's span ("40–50 people"), which a dash between bare numbers
    (a score, "won 3–1") would otherwise rule out."""
    return any(r.start == q.start for r in count_ranges(text))


_SLASH = re.compile(r"(?<![\d/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.,]|\s*(?:[-–]|\d))")
# "1/7 of the land", "about 3/4 of": a share; "占1/7", "为全国的1/5": a Chinese share
_SHARE_AFTER = re.compile(r"\s*(?:of\b|的)", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"(?:占|约|約|近|超过|超過|逾|达|達|为|為|是|的)\s*$")


def slash_shares(text: str) -> list[Quantity]:
    """"1/7 of the land", "占1/7": a fraction with a slash, as a share to two decimals (14.29 %)."""
    found: list[Quantity] = []
    for match in _SLASH.finditer(text) if "/" in text else ():
        a, b = int(match["a"]), int(match["b"])
        if not 0 < a < b <= 20:
            continue  # "12/5" is a date or a score, never a share
        before = text[max(0, match.start() - 30):match.start()]
        qual_match = WORD_QUAL.search(before)
        if not (_SHARE_AFTER.match(text, match.end()) or _SHARE_BEFORE.search(before)):
            continue
        found.append(Quantity(round(100 * a / b, 2), match.group(0), match.start(), match.end(), "%",
                              " ".join(qual_match["qual"].lower().split()) if qual_match else None, 2))
    return found


# "a decade-long ban", "a century-old law" no: "-long" says a term (the stop-25 convention: "a decade-long ban" is
# 10 years); "more than half a century" is 50 years, as "three decades" is 30 (numbers.py)
_DECADE_TERM = re.compile(r"\b(?:(?P<one>a|one)[\s-]+(?P<unit>decade|century)[\s-]+long"
                          r"|(?P<half>half)[\s-]+a[\s-]+(?P<hunit>decade|century))\b", re.IGNORECASE)
_YEARS = {"decade": 10.0, "century": 100.0}


def decade_terms(text: str) -> list[Quantity]:
    """"a decade-long ban" (10 years), "more than half a century" (50 years): a term in decades or centuries,
    counted in years."""
    found: list[Quantity] = []
    for match in _DECADE_TERM.finditer(text) if ("decade" in text or "century" in text) else ():
        years = _YEARS[(match["unit"] or match["hunit"]).lower()] * (0.5 if match["half"] else 1.0)
        qual_match = WORD_QUAL.search(text[max(0, match.start() - 30):match.start()])
        found.append(Quantity(years, match.group(0), match.start(), match.end(), "years",
                              " ".join(qual_match["qual"].lower().split()) if qual_match else None, 0))
    return found


# the word naming a ratio, then two to four parts joined by colons: "结构比为25.72:26.84:47.44", "比例为3：1",
# "a ratio of 1:4"
_RATIO = re.compile(r"(?:比|比例|比重|结构|結構|ratio)\s*(?:为|為|是|达|達|of|was|is|stood\s+at|at)?\s*"
                    r"(?P<parts>\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?){1,3})(?![\d:：])", re.IGNORECASE)


def ratio_parts(text: str) -> list[Quantity]:
    """Each part of a ratio the text names ("三次产业结构比为22.8:38.8:38.4": 22.8, 38.8 and 38.4)."""
    found: list[Quantity] = []
    for match in _RATIO.finditer(text) if (":" in text or "：" in text) else ():
        for part in re.finditer(r"\d+(?:\.\d+)?", match["parts"]):
            start, end = match.start("parts") + part.start(), match.start("parts") + part.end()
            value, decimals = parse_number(part.group(0))
            found.append(Quantity(value, part.group(0), start, end, None, None, decimals))
    return found
