"""The body that issued a Chinese government notice, read from the notice's own head.

A notice copied by a policy site or a portal keeps its head: "内蒙古自治区人民政府关于印发《…》的通知" (the issuer,
then 关于 and what the notice is about), or the issuer on a line of its own over "关于印发…的通知", with its document
number ("内政发〔2024〕19号") and the issuer signing it again at the end.  The issuer printed as the notice's head is
its source (the corpus README, stop 29's release-label rule and the h35- notes); a head that names no place
("省人民政府關于…") names no issuer a reader could quote, and a government's own disclosure page (its 索引号 table)
names none: an office's own notice naming that office has no source (stop 27, `h27-zh-dongyang-canjiren-jiuye`).
"""

from __future__ import annotations

import re

# the issuer: a place's government, its office or one of its departments, named in full ("山东省人民政府",
# "清远市人民政府办公室", "河北省统计局"); a bare "省人民政府" or "市政府" names no place
_ISSUER = (r"(?P<issuer>(?![省市县縣区區州])[\u3400-\u9fff]{2,16}?(?:人民政府|政府)(?:办公厅|辦公廳|办公室|辦公室)?|"
           r"(?![省市县縣区區州])[\u3400-\u9fff]{2,12}?(?:委员会|委員會|厅|廳|局))")
_KINDS = r"(?:通知|意见|意見|决定|決定|办法|辦法|规定|規定|批复|批復|通告|公告|规划|規劃|方案)"
_HEAD = re.compile(r"^" + _ISSUER + r"(?:关于|關於|關于)[^。]{2,90}?" + _KINDS + r"(?:[(（][^)）]{1,12}[)）])?$")
_ABOUT = re.compile(r"^(?:关于|關於|關于)[^。]{2,90}?" + _KINDS + r"$")
_ISSUER_LINE = re.compile(r"^" + _ISSUER + r"$")
# a notice's document number: "鲁政发〔2014〕20号", "内政发〔2024〕19号"
_NUMBER = re.compile(r"[\u3400-\u9fff]{1,6}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*[号號]")


# a disclosure table's index row ("索引号 | …", "索   引   号"): the page is the issuing government's own
_DISCLOSURE = re.compile(r"索\s*引\s*[号號]")


def notice_issuer(lines: list[str]) -> str | None:
    """The issuer a notice's head names ("山东省人民政府关于深化…的实施意见" over "鲁政发〔2014〕20号"), when the
    page shows the notice's document number or the issuer alone on a line (its head line or its signature)."""
    texts = [line.strip() for line in lines if line.strip()]
    if any(_DISCLOSURE.search(text) for text in texts):
        return None  # the government's own disclosure page: an office's own notice names no source (stop 27)
    issuer = None
    for i, text in enumerate(texts):
        # "鲁政发〔2014〕20号《山东省人民政府关于…》": a title line led by the number, the notice's name in 《》
        named = re.sub(r"^.*?《(.+)》$", r"\1", text) if _NUMBER.match(text) else text
        if head := _HEAD.match(named):
            issuer = head["issuer"]
            break
        if (alone := _ISSUER_LINE.match(text)) and i + 1 < len(texts) and _ABOUT.match(texts[i + 1]):
            issuer = alone["issuer"]
            break
    if issuer is None:
        return None
    numbered = any(_NUMBER.search(text) for text in texts)
    return issuer if numbered or issuer in texts else None
