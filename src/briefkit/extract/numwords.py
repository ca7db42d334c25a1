"""Numbers written in words: "Eighty-eight", "five-point-two", "half a million", "三千亿", "两万".

Only the reading of the words lives here; whether a run of words is a quantity worth a
figure (a unit or a scale must follow: "two million", "seven percent", not "one of the")
is decided by :mod:`briefkit.extract.numbers`, which builds quantities from these spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                      "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
# "a dozen", "two dozen", "half a dozen": twelve is a scale like a hundred ("dozens" is no number)
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12.0}
_HALVES = {"half": 0.5, "quarter": 0.25}
_CARDINAL = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORD = "hundred|" + "|".join(_BIG)
_JOIN = r"(?:[\s\u00a0]*-[\s\u00a0]*|[\s\u00a0]+)"
# A run of number words: "three hundred and fifty", "five-point-two", "a million", "two and a half million",
# "half a million", "a quarter of a million", "a half-million".  Singular scales only: "millions of" is no number.
_RUN = re.compile(
    r"(?<![\w-])(?P<run>"
    # … and "a half-million", "a quarter million" (the "a" before the scale left out, as American copy writes it)
    # (only after its own "a": "the first half million units sold" is a period, then a count)
    r"(?:(?:a|one)" + _JOIN + r")?(?P<half>half|quarter)" + _JOIN + r"(?:of" + _JOIN + r")?a" + _JOIN
    + r"(?P<hscale>" + _SCALE_WORD + r")"
    r"|a" + _JOIN + r"(?:half|quarter)" + _JOIN + r"(?:thousand|million|billion|trillion)\b"
    r"|(?:a|" + _CARDINAL + r")(?:" + _JOIN + r"(?:" + _CARDINAL + "|" + _SCALE_WORD + r"|point)"
    r"|[\s\u00a0]+and" + _JOIN + r"(?:a" + _JOIN + r"half\b|" + _CARDINAL + r"))*"
    # a hyphen may join a unit of time to the words ("a two-day strike", "a five-year plan"), or a percent
    # ("a target of four-percent to six-percent", as "4-percent" is written in digits)
    r")(?!\w|-(?!(?:(?:second|minute|hour|day|week|month|quarter|year|decade)s?|percent|per[\s-]cent)(?![\w-])))",
    re.IGNORECASE)


@dataclass(frozen=True)
class WordNumber:
    """A run of number words and what it reads as."""

    start: int
    end: int
    value: float
    scaled: bool  # a scale word ("hundred", "million") is part of it
    decimals: int


def _tokens(run: str) -> list[str]:
    return [t for t in re.split(r"[\s\u00a0-]+", run.lower()) if t]


def read_words(run: str) -> tuple[float, bool, int] | None:
    """The value of "three hundred and fifty" (350), "five point two" (5.2), "two and a half million"
    (2.5e6), "half a million" (5e5); None when the words do not make one number ("one two")."""
    tokens = _tokens(run)
    if tokens and tokens[0] in _HALVES:
        return _HALVES[tokens[0]] * (100.0 if tokens[-1] == "hundred" else _BIG[tokens[-1]]), True, 1
    if tokens[:1] in (["a"], ["one"]) and len(tokens) > 1 and tokens[1] in _HALVES:
        return read_words(" ".join(tokens[1:]))
    total, current, scaled, last = 0.0, 0.0, False, ""
    decimals: str | None = None
    for i, token in enumerate(tokens):
        if decimals is not None and token in _BIG and decimals:
            # "two point five million": the decimals end where the scale begins
            total += (current + float("0." + decimals)) * _BIG[token]
            current, decimals, scaled = 0.0, None, True
        elif decimals is not None:
            if token not in _UNITS or _UNITS[token] > 9:
                return None
            decimals += str(_UNITS[token])
        elif token == "a":
            if (i != 0 and last != "and") or tokens[i + 1:i + 2] in ([], ["a"]) or tokens[i + 1] in _UNITS:
                return None
            current = 1.0 if i == 0 else current
        elif token == "and":
            # "three hundred and fifty", "two and a half": not "one and two", which is two numbers
            if not (last in {"hundred", *_BIG} or tokens[i + 1:i + 3] == ["a", "half"]) or i + 1 >= len(tokens):
                return None
        elif token == "half":
            if last != "a":
                return None
            current += 0.5
        elif token in _UNITS or token in _TENS:
            value = _UNITS.get(token, _TENS.get(token, 0))
            # "twenty one" but not "one two" or "twenty thirty"
            if last in _UNITS or (last in _TENS and token in _TENS) or (last in _TENS and _UNITS.get(token, 10) > 9):
                return None
            current += value
        elif token == "hundred":
            current, scaled = (current or 1.0) * 100, True
        elif token in _BIG:
            total, current, scaled = total + (current or 1.0) * _BIG[token], 0.0, True
        elif token == "point":
            if last not in _UNITS and last not in _TENS:
                return None
            decimals = ""
        last = token
    if decimals == "":
        return None
    if decimals:
        return total + current + float("0." + decimals), scaled, len(decimals)
    return total + current, scaled, 0


def word_numbers(text: str) -> list[WordNumber]:
    """Every run of number words in ``text`` that reads as one number ("a" alone is none)."""
    found: list[WordNumber] = []
    for match in _RUN.finditer(text):
        run, start = match["run"], match.start("run")
        lead = re.match(r"a[\s\u00a0-]+(?!hundred|thousand|million|billion|trillion|lakh|crore|dozen|half|quarter)",
                        run, re.IGNORECASE)
        if lead:  # "a three per cent increase": the article, then the number
            run, start = run[lead.end():], start + lead.end()
        if run.lower() == "a" or _tokens(run)[-1] in {"and", "a"}:
            continue
        read = read_words(run)
        if read is not None:
            found.append(WordNumber(start, match.end("run"), read[0], read[1], read[2]))
        elif not text.startswith("-", match.end("run")):  # "two and three-quarter": one number, a fraction's
            found += _pair(run, start)
    return _shared_scales(text, found)


def _pair(run: str, start: int) -> list[WordNumber]:
    """"between three and five per cent", "two and four": a run no single number reads is two numbers joined by
    "and" when each side reads as one (the span's ends)."""
    parts = re.split(r"([\s\u00a0]+and[\s\u00a0]+)", run, flags=re.IGNORECASE)
    if len(parts) != 3:
        return []
    first, second = read_words(parts[0]), read_words(parts[2])
    if first is None or second is None:
        return []
    at = start + len(parts[0]) + len(parts[1])
    return [WordNumber(start, start + len(parts[0]), *first), WordNumber(at, at + len(parts[2]), *second)]


_SPAN = re.compile(r"[\s\u00a0]+(?:to|or)[\s\u00a0]+|[\s\u00a0]*[-–][\s\u00a0]*")


def _shared_scales(text: str, found: list[WordNumber]) -> list[WordNumber]:
    """"three to four hundred kilograms", "two or three million people": the scale word of a span's second end
    is the first end's too (300 and 400, not 3 and 400)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        scale = _tokens(text[second.start:second.end])[-1]
        if not first.scaled and second.scaled and _SPAN.fullmatch(text[first.end:second.start]) \
                and (factor := 100.0 if scale == "hundred" else _BIG.get(scale)):
            out[i] = WordNumber(first.start, first.end, first.value * factor, True, first.decimals)
    return out


_ZH_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_ZH_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_ZH_LARGE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


_ZH_DIGIT_CLASS = "[零〇○一二三四五六七八九]"
_POSITIONAL = re.compile(f"(?P<whole>{_ZH_DIGIT_CLASS}+)(?:点(?P<fraction>{_ZH_DIGIT_CLASS}+))?(?P<large>[万萬亿億]*)")


def zh_number(text: str) -> float | None:
    """五十 → 50, 二十五 → 25, 三点五 → 3.5, 三千亿 → 3e11, 两万 → 2e4, 一万二千 → 12000, 百万 → 1e6;
    None for characters that are no numeral."""
    text = re.sub("[點．.]", "点", text)
    positional = _POSITIONAL.fullmatch(text)
    if positional and (len(positional["whole"]) > 2 or positional["fraction"] or set("〇○零") & set(text)):
        # "六四〇．五億" (640.5 × 10⁸), "五七八四": digits written one by one, as some papers print figures
        digits = "".join(str(_ZH_DIGITS[c]) for c in positional["whole"])
        if positional["fraction"]:
            digits += "." + "".join(str(_ZH_DIGITS[c]) for c in positional["fraction"])
        value = float(digits)
        for char in positional["large"]:
            value *= _ZH_LARGE[char]
        return value
    if "点" in text and text[-1] in _ZH_LARGE:
        # "十二点五万": a decimal number, then its scale
        base = text.rstrip("万萬亿億")
        value_of_base = zh_number(base) if base != text else None
        if value_of_base is None:
            return None
        for char in text[len(base):]:
            value_of_base *= _ZH_LARGE[char]
        return value_of_base
    whole, _, fraction = text.partition("点")
    total, section, digit, last_large = 0.0, 0.0, None, 0.0
    for char in whole:
        if char in "零〇○" and digit is None and (section or total):
            continue  # "八千零二十三" (8,023): a zero holding an empty place between units is no digit
        if char in _ZH_DIGITS:
            if digit is not None:
                return None  # "一二" is a list, not a number
            digit = _ZH_DIGITS[char]
        elif char in _ZH_SMALL:
            section += (1 if digit is None else digit) * _ZH_SMALL[char]
            digit = None
        elif char in _ZH_LARGE:
            # 万亿: a larger unit right after a smaller one multiplies what came before it; 亿万 ("myriads")
            # is an idiom, not a number
            scale = _ZH_LARGE[char]
            value = section + (digit or 0)
            if value == 0 and total:
                if scale <= last_large:
                    return None
                total *= scale
            else:
                total += (value or 1) * scale
            section, digit, last_large = 0.0, None, scale
        else:
            return None
    value = total + section + (digit or 0)
    if fraction:
        if any(c not in _ZH_DIGITS for c in fraction):
            return None
        value += float("0." + "".join(str(_ZH_DIGITS[c]) for c in fraction))
    return value


# "net income grew by more than four times", "exports increased five times": a verb of growth makes the times a
# multiplier of the quantity before, as "four times higher" does
_GROWN = re.compile(r"\b(?:grew|grown|rose|risen|increased|jumped|surged|soared|expanded|multiplied|doubled)"
                    r"\s+(?:by\s+)?(?:(?:more\s+than|nearly|almost|about|around|over|some)\s+)?$", re.IGNORECASE)
_TIMES = re.compile(r"[\s-]+(?P<times>times)\b(?!\s+(?:a|an|per|each|every)\s)", re.IGNORECASE)


def grown_times(text: str, word: WordNumber) -> re.Match[str] | None:
    """The "times" after a number of times a verb of growth states (see :data:`_GROWN`), else None."""
    return _TIMES.match(text, word.end) if _GROWN.search(text[max(0, word.start - 40):word.start]) else None
