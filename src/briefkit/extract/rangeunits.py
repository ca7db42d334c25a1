"""Ranges and lists whose unit is written once: "between 0.4 and 11.5 per cent", "$5-10 billion", "6-6.5 percent".

Split from numbers.py: the digit reader finds each number alone; here the ends of a range or the members of a list
take the unit and scale their last member writes, and a hyphenated range the digit pattern cannot read is read whole.
"""

from __future__ import annotations

import re

from briefkit.extract.currencies import SUFFIX, currency_code
from briefkit.extract.numbers_zh import points_gap
from briefkit.extract.quantity import WORD_QUAL, Quantity, parse_number

# … an en or em dash may reach the page as mojibake: its UTF-8 bytes read as code page 437 ("ÔÇô") or 1252 ("â€“")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|~|to|and|or|至|到|、|,|，|和|与|與|及|ÔÇô|ÔÇö|â€“|â€”)\s*$")
_SPAN_GAP = re.compile(r"^\s*(?:-|–|—|~|to|至|到)\s*$")
# "lowered the rate to 11.5 down from 12 percent", "raised it to 5.5 from 5.25 per cent": a rate's new level
# before its old one, the percent written once, after the old
_FROM_GAP = re.compile(r"^\s*,?\s*(?:(?:down|up)\s+)?from\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_PERCENTS = frozenset({"%", "percentage points"})
_SCALE_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "万亿": 1e12, "亿": 1e8,
                  "千万": 1e7, "百万": 1e6, "万": 1e4}


def carry_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """"between 0.4 and 11.5 per cent", "6-6.5 percent", "1.7、0.7、8.3个百分点": the unit (and scale) of the
    last number of a range or list belongs to the bare numbers before it."""
    out = list(found)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        sign = re.fullmatch(r"\s*(?:-|–|to)\s*([$€£¥])", text[prev.end:q.start])
        if q.unit is None and sign and prev.unit == currency_code(sign.group(1)):
            # "$13-$15 a share": the range's second end has its own sign, which the digit pattern left out
            out[i] = Quantity(q.value, text[q.start - 1:q.end], q.start - 1, q.end, prev.unit, None, q.decimals)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if q.unit is None and not q.is_year and q.scale == 1.0 and _bare_second_end(text, prev, q):
            # "raise its share from 22 per cent to 35": the change's second end, its percent written once before it
            out[i] = Quantity(q.value, q.display, q.start, q.end, prev.unit, q.qualifier, q.decimals)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        # "4,358 or almost 60 percent of voters": a qualified number after "or" restates, it ends no range
        restated = nxt.qualifier is not None and text[q.end:nxt.start].strip() == "or"
        # … but "imports to 827.87 billion, 3.7% lower": a sum with its scale word is no member of a percents' list
        scaled_sum = q.scale != 1.0 and nxt.unit in _PERCENTS
        if q.unit is None and not q.is_year and nxt.unit is not None and not restated and not scaled_sum \
                and (_RANGE_GAP.match(points_gap(text[q.end:nxt.start], nxt.unit)) or _new_level(text, q, nxt)):
            scale = nxt.scale if q.scale == 1.0 and nxt.scale != 1.0 and q.value < 1000 else 1.0
            out[i] = Quantity(q.value * scale, q.display, q.start, q.end, nxt.unit, q.qualifier, q.decimals,
                              False, q.scale * scale)
        elif q.unit == nxt.unit and q.scale == 1.0 and nxt.scale > 1.0 and q.value < 1000 and not q.is_year \
                and (q.unit is not None or q.value < nxt.value / nxt.scale) and _SPAN_GAP.match(text[q.end:nxt.start]):
            # "$1.315 to $1.325 billion", "3 to 4 million households": the scale of the range's second end is
            # the first's too (a bare first end only below the second's digits: "from 300 to 4 million" is not)
            out[i] = Quantity(q.value * nxt.scale, q.display, q.start, q.end, q.unit, q.qualifier, q.decimals,
                              False, nxt.scale)
    return out



# "from 22 per cent to 35", "between 2% and 3": the first end's percent, the second end bare and ending the clause
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_SECOND_GAP = {"from": re.compile(r"\s+to\s+"), "between": re.compile(r"\s+and\s+")}
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?]|$|\s(?:by|in|on|next|this|last|over|within|after|before|and|as|if|when"
                         r"|while|under|since|at|for)\b)", re.IGNORECASE)


def _bare_second_end(text: str, prev: Quantity, q: Quantity) -> bool:
    """True when ``q`` is the bare second end of a change or span whose first end ``prev`` wrote its percent
    ("from 22 per cent to 35"): no noun after it that it could count instead."""
    if prev.unit not in _PERCENTS or q.value >= 100 or prev.value >= 100:
        return False
    opener = _FROM_BEFORE.search(text, 0, prev.start)
    if opener is None or opener.end() != prev.start:
        return False
    gap = _SECOND_GAP[opener.group().split()[0].lower()]
    return bool(gap.fullmatch(text, prev.end, q.start)) and bool(_CLAUSE_END.match(text, q.end))


def _new_level(text: str, q: Quantity, nxt: Quantity) -> bool:
    """True for a rate's new level written bare before its old one in percent ("to 11.5 down from 12 percent")."""
    return nxt.unit == "%" and q.value < 100 and nxt.value < 100 and bool(_FROM_GAP.match(text[q.end:nxt.start])) \
        and bool(_TO_BEFORE.search(text[:q.start]))


_RANGE_SIGN = r"(?:US\$|HK\$|[$€£¥₹₦])"
_RANGE = re.compile(r"(?<![A-Za-z0-9_.,-])(?P<cur>" + _RANGE_SIGN + r")?(?P<a>\d+(?:\.\d+)?)\s*[-–~]\s*" + _RANGE_SIGN
                    + r"?(?P<b>\d+(?:\.\d+)?)(?=[\s-]*(?P<pct>%|％|percent\b|per\s+cent\b)"
                    r"|[\s-]*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|mln|bln|万亿|亿|千万|百万|万)(?![A-Za-z])"
                    r"(?:\s*" + SUFFIX + r")?)",
                    re.IGNORECASE)
_RANGE_SCALES = {"bn": "billion", "mn": "million", "tn": "trillion", "mln": "million", "bln": "billion"}


def digit_ranges(text: str) -> list[Quantity]:
    """"6-6.5 percent", "30-40 million people", "$5-10 billion": both ends, each with the range's unit
    and scale (a hyphen keeps the digit pattern from reading either)."""
    found: list[Quantity] = []
    for match in _RANGE.finditer(text) if "-" in text or "–" in text or "~" in text else ():
        scale = match["scale"].lower() if match["scale"] else None
        factor = _SCALE_FACTORS[_RANGE_SCALES.get(scale, scale)] if scale else 1.0
        written = match["cur"] or match["cur2"]
        unit = "%" if match["pct"] else currency_code(written) if written else None
        qual_match = WORD_QUAL.search(text[max(0, match.start() - 30):match.start()])
        qual = " ".join(qual_match["qual"].lower().split()) if qual_match else None
        # each end keeps its own writing: "€3" and "4bn", "6" and "7%"
        tail = max(match.end(g) for g in ("b", "pct", "scale", "cur2") if match[g])
        for key, start, end in (("a", match.start(), match.end("a")), ("b", match.start("b"), tail)):
            value, decimals = parse_number(match[key])
            found.append(Quantity(value * factor, text[start:end], start, end, unit, qual if key == "a" else None,
                                  decimals, scale=factor))
    return found


# "open for six months of the winter instead of four as in previous years", "five days a week rather than 3": the
# number the clause compares with, its unit written once before it (a length or a count of the same kind)
_OTHER_THAN = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine"
                         r"|ten|eleven|twelve)(?=\s*(?:[.,;:)!?]|$)|\s+(?:as|in|last|previously|before|earlier)\b)",
                         re.IGNORECASE)
_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])}


def compared_other(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the bare number after "instead of" or "rather than" given the unit of the sentence's number
    just before it ("six months … instead of four": 4 months), when that number writes a unit."""
    out = list(found)
    for match in _OTHER_THAN.finditer(text) if "instead" in text or "rather" in text else ():
        before = [q for q in out if q.end <= match.start("n")]
        if not before or before[-1].unit is None or before[-1].unit in _PERCENTS or before[-1].scale != 1.0:
            continue
        word = match["n"].lower()
        value = float(word) if word.isdigit() else float(_WORDS[word])
        start, end = match.start("n"), match.end("n")
        out = [q for q in out if not (q.start < end and start < q.end)]
        out.append(Quantity(value, match["n"], start, end, before[-1].unit, None, 0))
    return sorted(out, key=lambda q: q.start)
