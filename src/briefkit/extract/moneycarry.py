"""A bare sum the size of money whose currency the sentence before gave: "exports amounted to USD958.34 billion …
The trade surplus was 130.47 billion", "Rs. 950 million has been allocated … 13.55 billion has been allocated".

A number with a scale and no noun after it ("130.47 billion", "7534.3亿") is a sum or a count.  Right after a
sentence whose sums were in one currency, it is that currency's when its own sentence talks of money (a surplus,
a budget, an allocation); "unemployment hit 1.7million" or "网民达到4500万" count people whatever came before.
"""

from __future__ import annotations

import re

# the words of money a sentence may state a bare sum with
_MONEY_WORDS = re.compile(
    r"\b(?:surplus(?:es)?|deficits?|financ\w*|funding|funds?|budgets?|allocat\w*|revenues?|spen[dt]\w*|costs?"
    r"|invest\w*|profits?|loss(?:es)?|turnover|earnings|income|grants?|loans?|debts?|expenditures?|outlays?"
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
