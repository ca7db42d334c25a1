"""Shares written as words: "a third of", "three-quarters", "one in five", "2 out of 3", "三分之一",
and fractions of a percentage point ("half a percentage point", "a quarter-point cut").

Split from :mod:`briefkit.extract.numbers`, which merges these with the digits it reads.
"""

from __future__ import annotations

import re

from briefkit.extract.numwords import zh_number
from briefkit.extract.quantity import QUALIFIER_PATTERN, WORD_QUAL, Quantity
from briefkit.extract.regexguard import guarded

__all__ = ["FRACTIONS", "fractions", "in_every", "point_fractions"]

_QUAL = r"(?:(?P<qual>" + QUALIFIER_PATTERN + r")\s*)?"

FRACTIONS = {"one third": 100 / 3, "a third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3,
             "one quarter": 25.0, "a quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
             "one half": 50.0, "half": 50.0, "one fifth": 20.0, "a fifth": 20.0, "two fifths": 40.0,
             "two-fifths": 40.0, "three fifths": 60.0, "three-fifths": 60.0, "four fifths": 80.0,
             "four-fifths": 80.0, "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0, "a sixth": 100 / 6,
             "one sixth": 100 / 6, "one-third": 100 / 3, "one-quarter": 25.0, "one-fifth": 20.0,
             "one in three": 100 / 3,
             "one in four": 25.0, "one in five": 20.0, "one in ten": 10.0, "two in five": 40.0,
             "three in four": 75.0, "nine in ten": 90.0, "two in three": 200 / 3, "four in five": 80.0,
             "one in two": 50.0, "three in ten": 30.0, "seven in ten": 70.0, "eight in ten": 80.0,
             "un tiers": 100 / 3, "deux tiers": 200 / 3, "la moitié": 50.0, "un quart": 25.0, "三分之一": 100 / 3,
             "三分之二": 200 / 3, "四分之一": 25.0, "四分之三": 75.0, "五分之一": 20.0, "一半": 50.0}
FRACTION = guarded(re.compile(r"(?:(?P<pre>\bby|\bto|\bthan|\bpar)\s+)?" + _QUAL + r"(?<![A-Za-z0-9])(?P<frac>"
                      + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")(?P<of>\s+(?:of|des|de|du)\b|的)?"
                      # "a third more than last year", "a two-thirds majority": a change or a vote by that share
                      r"(?P<cmp>(?<!half)\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger|cheaper"
                      r"|majority)\b)?",
                      re.IGNORECASE))
# "half a percentage point", "a quarter of a percentage point", "a quarter-point cut": points, not shares.
POINT_FRACTION = re.compile(r"(?<![A-Za-z])(?P<frac>(?:(?:a|one)[\s-]+)?(?:half|quarter|three[\s-]quarters?))"
                            r"(?:[\s-]+of)?(?:[\s-]+a)?[\s-]+(?:percentage[\s-]+)?point\b", re.IGNORECASE)
_POINT_FRACTIONS = {"three": 0.75, "half": 0.5, "quarter": 0.25}  # "three quarters" before "quarter"
_FRACTION_WORDS = ("third", "quarter", "half", "fifth", "tenth", "sixth", "one in", "tiers", "moitié", "quart", "分之")
# "the first half", "the last three quarters of the year": a period, not a share
_ORDINAL_HALF = re.compile(r"\b(?:first|second|latter|former|other|last|past|next|previous|coming|final)\s+$",
                           re.IGNORECASE)


# "two and a half points", "five-and-a-half percentage points", "one and a quarter points": a whole number of
# points and a fraction, as rate stories write a cumulative cut (the half-point's rule, with its whole)
_WHOLES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
WHOLE_POINT = re.compile(r"(?<![A-Za-z])(?P<whole>" + "|".join(_WHOLES) + r"|\d{1,2})[\s-]+and[\s-]+(?:a[\s-]+)?"
                         r"(?P<frac>half|quarter|three[\s-]quarters?)[\s-]+(?:percentage[\s-]+)?points?\b",
                         re.IGNORECASE)


def point_fractions(text: str) -> list[Quantity]:
    """"half a percentage point" (0.5 points), "a quarter-point cut" (0.25 points), "two and a half points"."""
    found: list[Quantity] = []
    for match in WHOLE_POINT.finditer(text) if "point" in text else ():
        whole = match["whole"].lower()
        value = (int(whole) if whole.isdigit() else _WHOLES.index(whole) + 1) \
            + _POINT_FRACTIONS[next(k for k in _POINT_FRACTIONS if k in match["frac"].lower())]
        qual = WORD_QUAL.search(text[:match.start()])
        start = qual.start() if qual else match.start()
        found.append(Quantity(value, text[start:match.end()], start, match.end(), "percentage points",
                              " ".join(qual["qual"].lower().split()) if qual else None, 2))
    for match in POINT_FRACTION.finditer(text) if "point" in text else ():
        if any(q.start <= match.start() < q.end for q in found):
            continue  # the fraction of "two and a half points", read with its whole above
        key = next(k for k in _POINT_FRACTIONS if k in match["frac"].lower())
        qual = WORD_QUAL.search(text[:match.start()])  # "just over a quarter of a point", as digits have it
        start = qual.start() if qual else match.start()
        found.append(Quantity(_POINT_FRACTIONS[key], text[start:match.end()], start, match.end(), "percentage points",
                              " ".join(qual["qual"].lower().split()) if qual else None, 2))
    return found


_EXACT_AFTER = re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*(?:%|％|per\s*cent|percent)", re.IGNORECASE)
# "a quarter of a million homes", "half a billion": a number in words, which numbers.py reads
# … and "half a century", "half a decade": a length of time (spans.py)
# … and "a half-million", "about a quarter million people": the scale right after the fraction
_SCALE_AFTER = re.compile(r"\s*(?:of\s+)?an?\s+(?:hundred|thousand|million|billion|trillion|century|decade)\b"
                          r"|[\s-]+(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def fractions(text: str) -> list[Quantity]:
    """"a third of", "by half", "nearly three-quarters", "one in three", "三分之二": shares in words (as %)."""
    found: list[Quantity] = []
    lowered = text.lower()
    for match in FRACTION.finditer(text) if any(word in lowered for word in _FRACTION_WORDS) else ():
        # "half" or "a third" is a quantity only as a share: "a third of …", "by almost a third";
        # "the first half of the year" is a period, not 50 %.
        share = match["of"] or match["pre"] or match["qual"] or match["cmp"] or " in " in match["frac"] \
            or "分之" in match["frac"]  # "one in three children"; "网民的五分之一": Chinese puts "of" first
        if not share or _ORDINAL_HALF.search(text[:match.start()]) or _EXACT_AFTER.match(text, match.end("frac")) \
                or _SCALE_AFTER.match(text, match.end("frac")):
            continue  # "nearly three-quarters (73%)": the bracket gives the exact share, the words round it
        qual = " ".join(match["qual"].lower().split()) if match["qual"] else None
        start = match.start("qual") if match["qual"] else match.start("frac")
        found.append(Quantity(round(FRACTIONS[match["frac"].lower()], 2), match["frac"], start, match.end("frac"),
                              "%", qual, 2))
    return found + _zh_fractions(text)


# "全球网民的五分之一", "三分之二的企业": a Chinese fraction is a share wherever it stands (百分之 is a percentage)
_ZH_FRACTION = re.compile(r"(?<![百千万萬])(?P<d>[二三四五六七八九十两兩]|十[一二三四五六七八九]?)分之"
                          r"(?P<n>[一二三四五六七八九])")


# "前千分之一" (the top 0.1 %), "万分之五" (0.05 %): a share per thousand or per ten thousand
_ZH_PER_MILLE = re.compile(r"(?P<scale>千|万|萬)分之(?P<n>[一二三四五六七八九十两兩]+|\d+(?:\.\d+)?)")
_PER = {"千": 10.0, "万": 100.0, "萬": 100.0}


def _zh_fractions(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _ZH_PER_MILLE.finditer(text) if "分之" in text else ():
        part = float(match["n"]) if match["n"][0].isdigit() else zh_number(match["n"])
        if part:
            found.append(Quantity(round(part / _PER[match["scale"]], 4), match.group(0), match.start(), match.end(),
                                  "%", None, 4))
    for match in _ZH_FRACTION.finditer(text) if "分之" in text else ():
        if match.group(0) in FRACTIONS:
            continue  # read by the table above
        whole, part = zh_number(match["d"]), zh_number(match["n"])
        if whole and part and part < whole:
            found.append(Quantity(round(100 * part / whole, 2), match.group(0), match.start(), match.end(), "%",
                                  None, 2))
    return found


_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_IN_EVERY = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
                       r"(?P<b>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)(?![\w.,%-])"
                       r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races|attempts?)\b)",
                       re.IGNORECASE)


# "five out of six members voted": a tally among a body's members, two counts (the corpus convention on group
# sizes), not a share of a population as "three out of four adults" is
_TALLIED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>members|commissioners|judges|justices|directors|councillors"
                      r"|councilors|senators|legislators|delegates|trustees|governors|ministers|seats|votes)\b",
                      re.IGNORECASE)


# the odds of something, stated as a ratio: "the odds are 4 in 1000", "odds of 3 in 100"
_ODDS = re.compile(r"\bodds\s+(?:are|were|is|was|of|at)\s+(?:(?:about|around|roughly|just|only|nearly)\s+)?$",
                   re.IGNORECASE)


def in_every(text: str) -> list[Quantity]:
    """"1 in 5 adults", "one in 10 children", "three out of four": a share (20 %, 10 %, 75 %); "five out of six
    members": a tally, two counts."""
    found: list[Quantity] = []
    for match in _IN_EVERY.finditer(text) if " in " in text or " out of " in text else ():
        a, b = (float(x) if x.isdigit() else float(_SMALL[x.lower()]) for x in (match["a"], match["b"]))
        tally = _TALLIED.match(text, match.end()) if " out of " in match.group(0) else None
        if 0 < a < b and match["a"].isdigit() and match["b"].isdigit() and _ODDS.search(text[:match.start()]):
            # "the odds are 4 in 1000": the parts of a ratio written in digits, two counts (the stop-25 ratio rule)
            found += [Quantity(a, match["a"], match.start("a"), match.end("a"), None, None, 0),
                      Quantity(b, match["b"], match.start("b"), match.end("b"), None, None, 0)]
        elif 0 < a < b and b not in {10, 100, 1000} and tally:
            noun = tally["noun"].lower()
            found += [Quantity(a, match["a"], match.start("a"), match.end("a"), noun, None, 0),
                      Quantity(b, match["b"], match.start("b"), match.end("b"), noun, None, 0)]
        elif 0 < a < b and not 1900 <= b <= 2100:  # "from 82 in 2022 to 97 in 2024": a year, not "one in five"
            qual_match = WORD_QUAL.search(text[max(0, match.start() - 30):match.start()])
            qual = " ".join(qual_match["qual"].lower().split()) if qual_match else None
            found.append(Quantity(round(100 * a / b, 2), match.group(0), match.start(), match.end(), "%", qual, 2))
    return found
