"""Counts that only restate how many things the sentence names: no figure of their own.

"廣東、江蘇、浙江、上海、北京、山東、福建7個外貿大省市" counts the seven names it has just listed; "四個季度營收分別爲
17.13、18.36、18.18、19.02萬億元" the four values it goes on to give, as "Four ministries … will get Rs 3.69 billion,
Rs 5.14 billion, Rs 180 million and Rs 3.2 billion respectively" does in English.  A reader cites the listed values
or names, never their number, which the list itself shows.  A count that differs from the list's length
("广东、江苏等12个省份": the list is a sample) is the sentence's own figure.
"""

from __future__ import annotations

import re

from briefkit.extract.quantity import Quantity

_MAX_LISTED = 12
# a run of names separated by the enumeration comma, the last joined by 和/及/与 or not: "广东、江苏、浙江"
# … a listed company's name may carry Latin letters ("*ST卓朗", "TCL科技"), and "等" may close a list that is whole
# ("仁智股份、中金公司、浩丰科技、*ST卓朗等4家上市公司": the four names, then their number)
_ITEM = r"[\u3400-\u9fffA-Za-z*]{1,10}"
# … and a list in quotation marks ("分为“具备、初步具备、基本具备、不具备”4个等级")
_LISTED_BEFORE = re.compile(rf"(?:{_ITEM}、)*(?:{_ITEM}(?:和|及|与|與))?{_ITEM}(?:等)?[”」』\"]?$")
# "四個季度營收分別爲17.13、18.36、…": a count, its noun and what is measured, then "respectively" and the values
_RESPECTIVELY = re.compile(r"[\u3400-\u9fff]{1,12}?(?:分别|分別)(?:为|為|是|爲|达|達)?")
_VALUE = re.compile(r"-?\d+(?:\.\d+)?")
# … and in English: "Four ministries, A, B, C and D, will get Rs 3.69 billion, Rs 5.14 billion, … respectively"
_RESPECTIVELY_EN = re.compile(r"\brespectively\b", re.IGNORECASE)
_VALUE_EN = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?")


def restated_count(text: str, q: Quantity) -> bool:
    """True when the small whole count ``q`` only restates the length of a list its sentence gives (before it or,
    with "分别", after it).  ("These four questions" points back at questions the page may list apart: it stays.)"""
    if q.decimals or q.value > _MAX_LISTED or q.value < 2 or (q.unit and re.fullmatch(r"[A-Z]{3}|%", q.unit)):
        return False
    before = text[max(0, q.start - 120):q.start]
    listed = _LISTED_BEFORE.search(before)
    if listed and listed.group(0).count("、") + 1 + bool(re.search("(?:和|及|与|與)", listed.group(0))) == q.value:
        return True
    english = _RESPECTIVELY_EN.search(text, q.end)
    if english and len(_VALUE_EN.findall(text[q.end:english.start()])) == q.value:
        return True
    respectively = _RESPECTIVELY.match(text, q.end)
    if respectively:
        values = re.match(r"(?:-?\d+(?:\.\d+)?[%％]?、)+-?\d+(?:\.\d+)?", text[respectively.end():])
        return bool(values) and len(_VALUE.findall(values.group(0) if values else "")) == q.value
    return False
