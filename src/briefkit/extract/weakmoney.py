"""Signs and names of money that other words also write, and when a number after them is money: "N95" and "R2"
are names, "the team 3 won" no money, "COP28" a summit; "N2.5 billion", "R1,200", "Sh150 a kilo" and "ZAR4 a share"
are sums.  :mod:`briefkit.extract.numbers` asks these of every number its pattern reads with such a sign.
"""

from __future__ import annotations

import re

from briefkit.extract.currencies import WEAK_NAMES, WEAK_SIGNS, minor_key
from briefkit.extract.scalecounts import sibling_sign

_PER_UNIT = re.compile(r"\s*(?:/|\s(?:a|per)\s)\s*(?:litre|liter|l|kg|kilo(?:gram)?|gallon|barrel|bag|tonne|ton|"
                       r"unit|kwh|share|month|year|day|hour|week|head|person)s?\b", re.IGNORECASE)


def _strong(sign: str) -> re.Pattern[str]:
    """A sum a one-letter ``sign`` writes as money: thousands separators, cents or a scale ("R1,200", "R19.50",
    "N2.5 billion")."""
    return re.compile(r"(?<![A-Za-z0-9])" + sign + r"(?:\d{1,3}(?:,\d{3})+|\d+\.\d\d(?!\d)"
                      r"|\d+(?:\.\d+)?\s?(?:bn|billion|million|m|trillion)\b)")


_ONE_LETTER = re.compile(r"(?<![A-Za-z0-9])([A-Z])(?=\d)")


def page_signs(texts: list[str]) -> frozenset[str]:
    """The one-letter signs of money a page writes as money somewhere ("It's currently around R19.50 a litre"):
    on that page the same sign before a short whole number ("above R20") is the same currency, as a reader of
    the page takes it."""
    found: set[str] = set()
    for text in texts:
        for sign in set(_ONE_LETTER.findall(text)) - found:
            if sign.lower() in WEAK_SIGNS and _strong(re.escape(sign)).search(text):
                found.add(sign)
    return frozenset(found)


def weak_money(match: re.Match[str], text: str, signs: frozenset[str] = frozenset()) -> bool:
    """"N95" and "R2" are names, "the team 3 won" no money: a one-letter sign, a spelled-out "dollar"
    before the number and a name that is also a word need a scale or thousands separators, or (a sign of two
    letters) the same sign again before other digits of the sentence ("from Sh16 to Sh21", "Sh50 … Sh59"), or (a
    sign of one letter) a page whose other sums write that sign as money (``signs``, see :func:`page_signs`)."""
    # … or a price per unit after it ("R20/litre", "N650 per litre", "Sh150 a kilo"): money however short
    # … or cents written out ("P50.67", "R2.50": a road, a mask or a model never has two decimals)
    grouped = bool(match["scale"]) or "," in match["num"] or bool(_PER_UNIT.match(text, match.end())) \
        or bool(re.fullmatch(r"\d+\.\d\d", match["num"]))
    cur = (match["cur"] or "").strip().lower()
    weak = (cur in WEAK_SIGNS or minor_key(match["cur2"] or "") in WEAK_NAMES) and not grouped
    if weak and len(cur) == 2 and cur.isalpha():  # "Sh"; one letter ("R2 and R3", "N95") names roads and masks
        sign = re.escape(match["cur"].strip())
        return len(re.findall(r"(?<![A-Za-z0-9])" + sign + r"\s?\d", text)) < 2
    if weak and len(cur) == 1 and cur.isalpha():  # "from R1.50 a litre to R22": the strong sum's sign
        if match["cur"].strip() in signs:
            return False
        return not sibling_sign(match, text, _strong(re.escape(match["cur"].strip())))
    return weak


def glued_code_name(match: re.Match[str], text: str) -> bool:
    """True for a currency's code glued to one or two digits and nothing else ("COP28", the climate summit; "PEN15"):
    a name, as "G20" is; money writes a scale, a separator, a space or a price's unit ("COP 5,000", "USD 12m",
    "ZAR4 a share")."""
    cur = match["cur"] or ""
    return cur.isalpha() and cur.isupper() and len(cur) == 3 and bool(re.fullmatch(r"\d{1,2}", match["num"])) \
        and not match["scale"] and not match["pct"] and not _PER_UNIT.match(text, match.end())
