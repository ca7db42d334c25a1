"""A bare sum the size of money whose currency the sentence before gave: "exports amounted to USD958.34 billion …
The trade surplus was 130.47 billion", "Rs. 950 million has been allocated … 13.55 billion has been allocated".

A number with a scale and no noun after it ("130.47 billion", "7534.3亿") is a sum or a count.  Right after a
sentence whose sums were in one currency, it is that currency's when its own sentence talks of money (a surplus,
a budget, an allocation); "unemployment hit 1.7million" or "网民达到4500万" count people whatever came before.
"""

from __future__ import annotations

import re

from briefkit.content.model import Figure
from briefkit.extract.currencies import CODES

# the words of money a sentence may state a bare sum with
_MONEY_WORDS = re.compile(
    r"\b(?:surplus(?:es)?|deficits?|financ\w*|funding|funds?|budgets?|allocat\w*|revenues?|spen[dt]\w*|costs?"
    r"|invest\w*|cash|profits?|loss(?:es)?|turnover|earnings|income|grants?|loans?|debts?|expenditures?|outlays?"
    r"|(?:goes|went|go)\s+to(?=\s)|paid|payments?|worth|valued?)\b"
    r"|资金|資金|投资|投資|收入|利润|利潤|金额|金額|顺差|順差|逆差|预算|預算|支出|营收|營收|贷款|貸款",
    re.IGNORECASE)
MONEY_SCALE = 1e6
"""A million and up: the scales sums of money are written in."""


def carried_currency(text: str, scale: float, currency: str | None) -> str | None:
    """``currency`` (the last sentence's) for a bare number of ``scale`` in ``text`` that talks of money."""
    if currency is None or scale < MONEY_SCALE or not _MONEY_WORDS.search(text):
        return None
    return currency


# "revenue fell to 130.1m from 136.5m", "cash of 63.7m, compared with 62.4m": a decimal glued to "m" or "bn" and
# then a comparison or the clause's end, in a sentence of money, is a sum whose sign the copy lost (results copy
# always writes one; "a 130m tower" has a noun after it, and a length is no revenue)
_GLUED_SUM = re.compile(r"\d\.\d+(?:m|bn)$")
_SUM_AFTER = re.compile(r"\s*(?:[,.;)]|$|\s(?:from|to|in|on|and|or|a|an|compared|versus|vs)\b)")


def lost_sign_sum(number: str, text: str, end: int) -> bool:
    """True when ``number``, ending at ``end`` of ``text``, is a sum of money written without its currency's sign
    (see _GLUED_SUM)."""
    return bool(_GLUED_SUM.search(number)) and bool(_SUM_AFTER.match(text, end)) and bool(_MONEY_WORDS.search(text))


# "一千三百零八萬": a numeral of three or more characters before its scale, an exact sum rather than a round one
_EXACT_ZH = re.compile(r"[零〇○一二两兩三四五六七八九十百千]{3,}[万萬亿億]$")


def exact_sum(numeral: str, text: str) -> bool:
    """True when a Chinese ``numeral`` ending in its scale is an exact sum in a ``text`` that talks of money
    ("歲入預算…刪除一千三百零八萬"): its 元 left unwritten, as budget copy does after a sum that wrote it."""
    return bool(_EXACT_ZH.search(numeral)) and bool(_MONEY_WORDS.search(text))


def with_lost_signs(figures: list[Figure]) -> list[Figure]:
    """``figures`` with each sum that lost its sign (see :func:`lost_sign_sum`) given the one currency the page's
    other sums are written in ("5p", "2.75p": pounds), when they use one only; else unchanged."""
    lost = [i for i, f in enumerate(figures) if f.unit is None and _GLUED_SUM.search(f.display or "")]
    found = {f.unit for f in figures if f.unit in CODES}
    if not lost or len(found) != 1:
        return figures
    currency = found.pop()
    out = list(figures)
    for i in lost:
        out[i] = out[i].model_copy(update={"unit": currency})
    return out
