"""Short scales, one-letter currency signs and bare "points" that need their neighbours to be read.

"1.58m visitors", "2.4m people", "50k followers": a count with the scale glued to the digits, as British,
Irish and African news sites write it in headlines and copy.  Without a currency the reader leaves "m" and "k"
alone ("a 5m wall", "the 100m final" are metres), so here the noun after the scale decides: a decimal count of
a plural noun, or any count of a noun that is only ever counted (people, households, jobs …), is the scale.

"to R22", "from N150 to N200": a one-letter currency sign is weak on its own ("R2" and "N95" name roads and
masks), but an amount after "to", "from" or "and" in a sentence where the same sign stands before a sum
written as money ("R1.50 a litre", "N2,500") is the same currency's.

"raised the policy rate 25 points": a policy rate's move in tens of "points" is basis points.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity

# nouns only ever counted: people and their groups, homes, jobs, goods by the item
_COUNTED = (r"people|persons|residents|households|homes|houses|families|customers|users|subscribers|viewers"
            r"|visitors|tourists|passengers|travellers|travelers|patients|voters|members|workers|employees|jobs"
            r"|children|pupils|students|adults|migrants|refugees|consumers|followers|downloads|views|vehicles"
            r"|cars|units|doses|vaccinations|tests|cases|calls|trips|journeys|tickets|applications|claims"
            r"|shares|barrels|tonnes|tons|hectares|acres|animals|cattle|chickens|trees|bags|copies|items")
# "1.58m visitors", "2.4m more people", "1.2m UK households": an adjective or a capitalised word may come between
_AFTER = re.compile(r"[\s\u00a0]+(?P<noun>[a-z]{3,})\b")
_AFTER_ADJECTIVE = re.compile(r"[\s\u00a0]+(?:[A-Za-z]+|[a-z]+-[a-z]+)\s+(?P<noun>[a-z]{3,})\b")
_LENGTHS = frozenset({"metres", "meters", "miles", "kilometres", "kilometers", "yards", "steps", "races", "runs"})


def scaled_count(match: re.Match[str], text: str) -> bool:
    """True when a glued "m" or "k" without a currency ("1.58m visitors") is a count's scale."""
    scale = (match["scale"] or "").lower()
    if scale not in {"m", "k"} or match["cur"] or match["cur2"] or match["pct"]:
        return False
    if not re.search(r"\d(?:m|k)$", match.group(0), re.IGNORECASE):
        return False  # "5 m" with a space is a length; only the glued scale of news copy
    after = _AFTER.match(text, match.end())
    if after is not None and after["noun"] in _LENGTHS:
        return False
    if after is not None and "." in match["num"] and after["noun"].endswith("s"):
        return True  # "1.58m visitors": a decimal count of a plural noun right after it
    after = after if after is not None and re.fullmatch(_COUNTED, after["noun"]) \
        else _AFTER_ADJECTIVE.match(text, match.end())
    return after is not None and re.fullmatch(_COUNTED, after["noun"]) is not None


# "more than 2000 cases", "nearly 2010 new patients": digits of a year's size after a word of amount and before a
# noun only ever counted are a count (a year takes no "more than"; "in 2020 cases rose" has none and stays a year)
_AMOUNT_WORDS = ("more than", "fewer than", "less than", "at least", "as many as", "upwards of", "in excess of",
                 "nearly", "almost", "some", "about", "around", "approximately", "roughly", "close to", "over")


def counted_year(qualifier: str | None, text: str, end: int) -> bool:
    """True when a number in a year's range with ``qualifier`` (its word of amount) and ending at ``end`` counts
    the noun after it ("more than 2000 cases"): a count, not a year."""
    if qualifier is None or " ".join(qualifier.lower().split()) not in _AMOUNT_WORDS:
        return False
    after = _AFTER.match(text, end)
    after = after if after is not None and re.fullmatch(_COUNTED, after["noun"]) else _AFTER_ADJECTIVE.match(text, end)
    return after is not None and re.fullmatch(_COUNTED, after["noun"]) is not None


_JOINED = re.compile(r"(?:\bto|\bfrom|\band|\bor|[-–])\s*$")


def sibling_sign(match: re.Match[str], text: str, strong: re.Pattern[str]) -> bool:
    """True when a weak one-letter sign's amount ("to R22") follows "to", "from" or "and" in a text whose
    ``strong`` pattern finds the same sign before a sum written as money."""
    if not _JOINED.search(text[max(0, match.start() - 8):match.start()]):
        return False
    return any(m.start() != match.start() for m in strong.finditer(text))


# "raised the key policy rates 25 points", "cut the repo rate by 50 points": a policy rate never moves 25
# percentage points, so a whole "N points" of ten or more in a sentence about a rate is basis points (as the
# "bps" it abbreviates); an index's "points" ("the Nifty gained 120 points") is left alone
_POINTS_AFTER = re.compile(r"[\s\u00a0]+points?\b(?![\s-]+(?:higher|lower|up|down)\b)", re.IGNORECASE)
_RATE_WORD = re.compile(r"\b(?:interest|policy|repo|benchmark|lending|overnight|key|base|bank)\s+rates?\b",
                        re.IGNORECASE)
_INDEX_WORD = re.compile(r"\b(?:index|indices|Nifty|Sensex|Dow|Nasdaq|FTSE|Nikkei|Hang\s+Seng|shares|stocks)\b",
                         re.IGNORECASE)


def basis_points(text: str, q: Quantity) -> Quantity:
    """``q``, or the basis points it is ("raised the policy rate 25 points": a quarter of a percentage point)."""
    end = rate_points(text, q.value, q.end) if q.unit is None and q.scale == 1.0 else None
    if end is None:
        return q
    return Quantity(q.value / 100, text[q.start:end], q.start, end, "percentage points", q.qualifier, q.decimals,
                    False, 0.01)


def rate_points(text: str, value: float, end: int) -> int | None:
    """Where "points" ends when a bare whole number before it, in a sentence about a policy rate, is basis
    points; else None."""
    after = _POINTS_AFTER.match(text, end)
    if after and 10 <= value <= 500 and value == int(value) and _RATE_WORD.search(text) \
            and not _INDEX_WORD.search(text):
        return after.end()
    return None
