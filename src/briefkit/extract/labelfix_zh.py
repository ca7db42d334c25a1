"""Chinese labels a chart can print: what is counted, not the clause of who said it.

The figure finder labels a Chinese number with the clause before it and the noun after its measure
word, cut to sixteen characters.  On a chart that reads "李靜儀亦表示2013年申請爭" (the speaker, the
year and a verb) or "儀亦表示2013年有四萬個申請爭單位" (a name cut in half, and another figure's
phrase).  A label here:

- loses a speaker clause ("X表示", "X亦指出", "X認為"): who said it is the sentence's, not the measure's;
- loses a leading time ("2013年", "今年") and a verb of having ("有", "共有");
- never holds another number's phrase: what follows the last "四萬個" is this number's;
- ends on a noun, not on a verb that links it to the next figure ("申請爭1,000個單位": 爭);
- never opens on a particle or a preposition ("的規模…", "以及…", "為外商投資企業", "與2017年同期相比增長"):
  the clause's cut fell inside a phrase, whose head is what follows;
- is never a verb of change alone ("增長", "年增", "下降"): "进口1486.9亿元,增长14.7%" labels the 14.7 % with
  what grew, named in the clause before (进口增长), as a reader of the sentence understands it.
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


# a particle, a conjunction or a preposition a label may not open on (the phrase's head follows it); a
# comparison's frame ("與2017年同期相比", "比去年") goes with it
_OPENING = re.compile(r"^(?:(?:与|與|和|同|比|较|較)[^，,；;]{0,12}?(?:相比|相較|相较)|以及|及|和|与|與|并|並|而|且|则"
                      r"|則|就|还|還|又|也|亦|均|都|为|為|以|在|对|對|将|將|把|被|给予|給予|的|之|其|约|約|共计|共計"
                      r"|总计|總計|累计|累計|达到|達到|达|達|连|連)+")
# a verb of change that says nothing alone: what changed is the clause before's subject
_CHANGE = re.compile(r"^(?:同比|环比|環比|年|比去年|较去年|較去年)?(?:增长|增長|增加|增|下降|下跌|减少|減少|减|減|上涨"
                     r"|上漲|回落|提高|降低|上升|回升)(?:了)?$")
# … and a verb of reaching or a distributive alone says less: the subject is the whole label ("达到39.1%")
_REACH = re.compile(r"^(?:达到|達到|达|達|为|為|是|约|約|总计|總計|合计|合計|逾|超过|超過|录得|錄得|分别|分別)$")
_SUBJECT = re.compile(r"^(?:其中|此外|另外|同时|同時)?[，,]?(?P<noun>[\u3400-\u9fff]{2,12}?)"
                      r"(?=[达達为為是共有实實增减減下上突超占佔\d（(]|$)")
_CLAUSE_END = re.compile(r"[，；;。]|,(?!\d)")  # "2,58x億" keeps its thousands comma


def better_zh_label(text: str, span: tuple[int, int], label: str) -> str | None:
    """A label for the number at ``span`` of the Chinese sentence ``text``; None keeps ``label``."""
    tidy = _SPEAKER.sub("", label, count=1) if _SPEAKER.match(label) and len(label) > 4 else label
    tidy = _HAVING.sub("", _TIME.sub("", tidy))
    if len(opened := _OPENING.sub("", tidy)) >= 2:
        tidy = opened
    if (_CHANGE.match(tidy) or _REACH.match(tidy)) and (subject := _changed(text, span[0])):
        tidy = subject if _REACH.match(tidy) else f"{subject}{tidy}"
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
    # a number shown with its measure word ("7个", figuredisplay.py) has it inside the span already: "项目" after it
    # is the noun, not the measure word 项 and a noun 目
    shown = span[1] > 0 and "\u3400" <= text[span[1] - 1] <= "\u9fff" and text[span[1] - 1] not in "万萬亿億千百十"
    after = text[span[1]:] if shown else _MEASURE.sub("", text[span[1]:], count=1)
    match = _NOUN_AFTER.match(re.split(r"[\d，,。；;：:、]", after, maxsplit=1)[0])
    return _LINK_VERB.sub("", match.group(0)) if match else None


def _changed(text: str, start: int) -> str | None:
    """What a bare verb before ``start`` speaks of: the noun opening the nearest clause before that names one
    ("进口1486.9亿元,增长14.7%" → 进口; "全国粮食总产量达到57121万吨,比2010年增产…,增长4.5%" → 全国粮食总产量),
    passing over a comparison's clause ("比2010年…")."""
    clauses = _CLAUSE_END.split(text[:start])
    for clause in reversed(clauses[:-1][-3:]):
        match = _SUBJECT.match(_TIME.sub("", clause.strip()))
        if match and not re.match(r"(?:比|较|較|与|與|同比)", match["noun"]):
            return match["noun"]
    return None
