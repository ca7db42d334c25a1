"""Pinyin ruby copied into the text: "國家統(tǒng)計局" is "國家統計局" with each hard character's reading after it.

A page that annotates characters with their pinyin (HTML ``<ruby>``, or a converter's output) loses the markup
when it is copied as text, and the reading stays in brackets after its character.  Left in, it cuts every name
and number in two ("統(tǒng)計局" is no organisation, "價(jià)格上漲" no figure's label) and prints in every product.
A bracket straight after a Han character holding one pinyin syllable with its tone mark is such a reading;
a gloss of a whole word ("饺子 (jiǎozi)", spaced or of two syllables) is the writer's own and stays.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = re.compile(rf"(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")


def without_ruby(text: str) -> str:
    """``text`` without the pinyin readings copied after its Han characters ("統(tǒng)計" → "統計")."""
    if "(" not in text and "（" not in text:
        return text
    return _READING.sub("", text)
