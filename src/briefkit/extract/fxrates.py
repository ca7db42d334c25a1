"""Exchange rates written as a bare number per dollar: "the rupiah was a touch softer at 16,005 per dollar", "the
yen went from 110 to the dollar to 148".

The number is a price of one dollar in the currency the story is about, so its unit is that currency (the corpus
convention settled with the a30 batch: "16,005 per dollar" is 16005 IDR).  The sentence often names it only as
"the currency"; the page names it by name elsewhere.  The currency the page names most often (other than the
dollar it is priced in) is taken; a page that names none leaves the number alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefkit.content.model import Figure
from briefkit.extract.currencies import MINOR, NAMES, currency_code
from briefkit.extract.regexguard import guarded

_PER_DOLLAR = re.compile(r"\s*(?:per|to\s+the|to\s+a|a|against\s+the)\s+(?:U\.?\s?S\.?\s+|American\s+)?dollars?\b",
                         re.IGNORECASE)
# the names of currencies a story is about, in words (a dollar, a cent or a Chinese sign is never the one priced)
_NAMED = guarded(re.compile(r"\b(?P<name>" + "|".join(sorted((re.escape(n) for n in NAMES
                                                      if n.isascii() and "dollar" not in n and n not in MINOR),
                                                     key=len, reverse=True)) + r")\b", re.IGNORECASE))


def _page_currency(text: str) -> tuple[str, str] | None:
    """The ISO code of the currency the page names most often by name, other than the dollar, and the name as the
    page writes it."""
    named = [(code, match["name"].lower()) for match in _NAMED.finditer(text)
             if (code := currency_code(match["name"])) not in {None, "USD"}]
    if not named:
        return None
    top = Counter(code for code, _ in named).most_common(1)[0][0]
    return top, next(name for code, name in named if code == top)


def priced_in_page_currency(figures: Sequence[Figure], text: str) -> list[Figure]:
    """The figures with a bare number per dollar ("16,005 per dollar") given the currency the page is about, and
    a label in the page's words ("Rupiah per dollar")."""
    out: list[Figure] = []
    currency: tuple[str, str] | bool | None = False  # not looked up yet: most pages price nothing per dollar
    for figure in figures:
        sentence, display = figure.source_text or "", figure.display or ""
        at = sentence.find(display) if figure.unit is None and display else -1
        per = _PER_DOLLAR.match(sentence, at + len(display)) if at >= 0 else None
        if per is not None:
            currency = _page_currency(text) if currency is False else currency
            if isinstance(currency, tuple):
                label = f"{currency[1].capitalize()} {' '.join(per.group(0).split())}"
                figure = figure.model_copy(update={"unit": currency[0], "label": label})
        out.append(figure)
    return out
