"""What a number in Chinese copy measures: the noun its measure word counts, with the clause before it.

"3068名中外记者" counts 中外记者 (the measure word 名 is no part of the label); "会议邀请了5个国家" counts
国家, which alone says little, so the clause before gives it context: 会议邀请国家.  A label never starts
with a measure word ("个国家", "名中外记者…") nor is one alone ("人").
"""

from __future__ import annotations

import re

_MEASURE = re.compile(r"^[多余餘]?[个個名位家项項人次件台辆輛座所户戶只隻艘架套条條张張种種批例起份处處](?:的)?")
_CLAUSE = re.compile(r"[，,；;：:、。（()）！？!?]")
_LEAD = re.compile(r"^(?:其中|此外|另外|同时|同時|目前|截至目前)[，,]?")
# the verb of being or reaching and particles before the number: 达, 为, 共有, 约 … (not 新增, 吸引, which say what)
_TAIL = re.compile(r"(?:已经|已經|已|了|的|达到|达|達|为|為|是|共有|有|共|约|約|近|超过|超過|逾|至|到"
                   r"|增至|增长至|增長至)+$")
_SHORT_NOUN = 3
_NEXT = re.compile(r"\d|^[和与與及、]")  # the next figure, or the conjunction before it ("4.1天和13小时")


def zh_label(before: str, noun: str) -> str | None:
    """The label of a number in Chinese: ``noun`` (the words after its measure word) with the clause
    ``before`` it when the noun is short; None when neither says anything."""
    noun = _NEXT.split(_MEASURE.sub("", noun).strip())[0]  # up to the next figure: "小时延长到9.9" is two
    clause = _TAIL.sub("", _LEAD.sub("", _CLAUSE.split(before)[-1].strip())).strip()
    if len(noun) > _SHORT_NOUN or (noun and not clause):
        return noun
    if clause and len(clause) >= 2:
        return f"{clause[-16:]}{noun}"
    return noun or None
