"""Which script a Chinese article is written in: traditional (繁體) or simplified (简体).

A reader of a Hong Kong, Macau or Taiwan page expects 議程 and 資料來源, not 议程 and 资料来源, on every
product built from it, so a traditional article is tagged ``zh-Hant`` (BCP 47) and the label catalogue
``zh-Hant.yaml`` is used (falling back to ``zh`` and then English, see :mod:`briefkit.labels`).

The test is zhconv's own tables (already a dependency for Chinese names), loaded only for Chinese text:
converting traditional text to simplified changes many characters and to traditional almost none, and
the other way round for simplified text.  Most characters are the same in both scripts, so only the
ones that differ vote.
"""

from __future__ import annotations

import re

TRADITIONAL = "zh-Hant"
# "臺(tái)海網(wǎng)": the pinyin a script converter prints after some characters (seen on many mirrors)
PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zàáâãäāǎèéêëēěìíîïīǐòóôõöōǒùúûüūǔǖǘǚǜ]{1,7}\)")
_SAMPLE = 800  # characters: enough to vote, cheap on a long report
_MIN_VOTES = 3  # a page with almost no differing character stays plain "zh"


def chinese_script(language: str, text: str) -> str:
    """``zh-Hant`` when ``language`` is Chinese and ``text`` is mostly in traditional characters, else
    ``language`` unchanged."""
    if language.split("-")[0].lower() != "zh":
        return language
    import zhconv  # lazy: only Chinese articles pay for its tables

    sample = text[:_SAMPLE]
    to_simple = sum(a != b for a, b in zip(sample, str(zhconv.convert(sample, "zh-hans")), strict=False))
    to_traditional = sum(a != b for a, b in zip(sample, str(zhconv.convert(sample, "zh-hant")), strict=False))
    # why a margin of two to one: a simplified page quoting a traditional name (or the reverse) stays what it is
    if to_simple >= _MIN_VOTES and to_simple > 2 * to_traditional:
        return TRADITIONAL
    return language


def without_pinyin(text: str) -> str:
    """"臺(tái)海網(wǎng)10月11日訊" → "臺海網10月11日訊": the text without a converter's pinyin."""
    return PINYIN.sub("", text) if "(" in text else text
