"""Ranks a text states ("ranking second", "位居世界第一"): no figures (the corpus convention settled at stop 25),
but ``briefkit check`` reads them so that a summary's "second" is found in its article.  Split from figures.py."""

from __future__ import annotations

import re

_RANK = re.compile(r"\b(?:ranking|ranked|ranks|rank|placing|placed)\s+(?P<ord>first|second|third|fourth|fifth|sixth|"
                   r"seventh|eighth|ninth|tenth|top|\d+(?:st|nd|rd|th))\b(?P<rest>[^,.;]*)", re.IGNORECASE)
_ORDINAL_WORDS = "top first second third fourth fifth sixth seventh eighth ninth tenth"
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS.split()) if i} | {"top": 1}
_ZH_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
# "位居世界第一": a rank the sentence states; "位居第一的工商银行" names a bank by its rank (a relative clause)
_RANK_ZH = re.compile(r"(?:位居|排名|排在|居)(?P<where>[\u3400-\u9fff]{0,6}?)第(?P<n>[一二三四五六七八九十])(?![的之])")


def rank_values(text: str) -> list[float]:
    """The ranks a text states ("ranking second" → 2.0, "位居世界第一" → 1.0)."""
    values: list[float] = [float(_ZH_NUMERALS[m["n"]]) for m in _RANK_ZH.finditer(text)]
    for match in _RANK.finditer(text):
        word = match["ord"].lower()
        values.append(float(_ORDINALS.get(word) or int(re.sub(r"\D", "", word))))
    return values
