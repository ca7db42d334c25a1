"""Chinese labels a chart can print: what is counted, not the clause of who said it.

The figure finder labels a Chinese number with the clause before it and the noun after its measure
word, cut to sixteen characters.  On a chart that reads "李靜儀亦表示2013年申請爭" (the speaker, the
year and a verb) or "儀亦表示2013年有四萬個申請爭單位" (a name cut in half, and another figure's
phrase).  A label here:

- loses a speaker clause ("X表示", "X亦指出", "X認為"): who said it is the sentence's, not the measure's;
- loses a leading time ("2013年", "今年") and a verb of having ("有", "共有");
- never holds another number's phrase: what follows the last "四萬個" is this number's;
- ends on a noun, not on a verb that links it to the next figure ("申請爭1,000個單位": 爭).
"""

from __future__ import annotations

import re

_SPEAKER = re.compile(r"^.*?(?:表示|指出|認為|认为|強調|强调|透露|提到|介紹|介绍|坦言|直言|批評|批评|質疑|质疑"
                      r"|[^\d]稱|[^\d]称|[^\d]說|[^\d]说)[，,：:]?")
_TIME = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|今年|去年|明年|目前|現時|现时)")
_HAVING = re.compile(r"^(?:亦|也|又|更|共有|共|有|約|约|達|达)+")
_NUMERAL = "0-9〇一二三四五六七八九十百千萬万億亿兩两,.，"
_NUMBER_PHRASE = re.compile(rf"[{_NUMERAL}]+[多餘余]?[個个名位家項项人次件戶户宗間间所座輛辆張张條条]")
_MEASURE = re.compile(r"^[多餘余]?[個个名位家項项人次件戶户宗間间所座輛辆張张條条]")
_LINK_VERB = re.compile(r"(?<=..)[爭争搶抢奪夺佔占達达至到為为逾超]$")
_NOUN_AFTER = re.compile(r"^[\u3400-\u9fff]{2,12}")


def better_zh_label(text: str, span: tuple[int, int], label: str) -> str | None:
    """A label for the number at ``span`` of the Chinese sentence ``text``; None keeps ``label``."""
    tidy = _SPEAKER.sub("", label, count=1) if _SPEAKER.match(label) and len(label) > 4 else label
    tidy = _HAVING.sub("", _TIME.sub("", tidy))
    numbers = list(_NUMBER_PHRASE.finditer(tidy))
    if numbers:  # another figure's phrase inside: this number's own noun is what follows its measure word
        noun = _own_noun(text, span)
        tidy = noun if noun else tidy[numbers[-1].end():]
    tidy = _LINK_VERB.sub("", tidy)
    if len(tidy) < 2 or tidy == label:
        return None
    return tidy


def _own_noun(text: str, span: tuple[int, int]) -> str | None:
    """The noun after the number's measure word ("1,000個單位" → 單位), up to a figure or a clause end."""
    after = _MEASURE.sub("", text[span[1]:], count=1)
    match = _NOUN_AFTER.match(re.split(r"[\d，,。；;：:、]", after, maxsplit=1)[0])
    return _LINK_VERB.sub("", match.group(0)) if match else None
