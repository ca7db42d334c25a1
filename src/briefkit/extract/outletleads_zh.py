"""Outlets a Chinese story names in its lead or its last line, in forms the labelled 来源 rules do not read.

Forms shared by unrelated portals:

- a foreign wire's Chinese service opens its dateline with the agency's short Chinese name and a dash, not
  the 电 of a domestic wire ("路透上海4月2日 - …", "彭博北京3月1日 —"): the wire is the source;
- a financial site opens its lead with what it learned ("智通財經APP獲悉,4月24日,…") or with its app's 讯
  ("智通财经APP讯,…"): the outlet reported it;
- a broadcaster tags its script with its name in lenticular brackets ("【有線新聞】滙豐及中銀…"), in the lead
  or after a video's interface text;
- a translated story closes on an em-dash credit to the paper it came from ("…有所下降。——海峡时报/ANN"),
  with the news network that carried it after a slash.

A repost's 来源 label that gives only the address it was copied from ("文章来源:http://www.example.com.tw/…")
names a host; the agency the story's own dateline credits ("(中央社記者…21日電)") names the outlet, and goes
before it.
"""

from __future__ import annotations

import re

from briefkit.extract import bylines_zh, credits
from briefkit.extract.datelines import dateline_agency
from briefkit.extract.zhscript import without_pinyin

# the Chinese names of world wire agencies, as their Chinese services and the papers quoting them write them
WIRES_ZH = ("路透社", "路透", "彭博社", "彭博", "美联社", "美聯社", "法新社", "共同社", "韩联社", "韓聯社", "塔斯社",
            "道琼斯", "道瓊斯", "德新社", "安莎社", "埃菲社", "俄新社", "中央社", "中新社", "新华社", "新華社")
_WIRE = "|".join(sorted(WIRES_ZH, key=len, reverse=True))
_WIRE_DASH = re.compile(r"^(?P<agency>" + _WIRE + r")[\u3400-\u9fff]{0,8}?(?:1[0-2]|[1-9])月[1-3]?\d日\s*"
                        r"(?:[-－—–]+|(?:电|電|讯|訊))")
# an outlet's name as it ends: a paper, a site, a station, a channel, an app
_OUTLET = (r"[\u3400-\u9fff]{1,8}?(?:日报|日報|时报|時報|晚报|晚報|新闻|新聞|财经|財經|报|報|网|網|社|台)"
           r"(?:\s?(?:APP|App|app|客户端|客戶端))?")
# ("智通财经APP讯,顺丰控股…": its app's 讯 opening the lead, as "获悉" does)
_LEARNED = re.compile(r"^(?P<outlet>" + _OUTLET + r")(?:(?:讯|訊)?\s*(?:获悉|獲悉)|(?<=APP|App|app)(?:讯|訊))"
                      r"\s*[,，:：]")
_TAG = re.compile(r"【(?P<outlet>" + _OUTLET + r")】(?=[\u3400-\u9fff])")
_CLOSING_CREDIT = re.compile(r"(?:——|—|--)\s*(?P<outlet>" + _OUTLET + r")(?:\s*[/／]\s*[A-Z]{2,6})?\s*$")
# "本报", "本网": the page itself, no outlet's name
_SELF = re.compile(r"^本")


def _named(name: str | None) -> str | None:
    return name if name and not _SELF.match(name) else None


def lead_outlet(paragraphs: list[str]) -> str | None:
    """The wire, learning outlet or tag the story's opening names, or None."""
    for paragraph in paragraphs[:2]:
        lead = without_pinyin(paragraph[:400]).strip()
        if match := _WIRE_DASH.match(lead) or _LEARNED.match(lead):
            return _named(match.groupdict().get("agency") or match["outlet"])
        if tag := _TAG.search(lead):
            return _named(tag["outlet"])
    return None


# "AASTOCKS新闻" alone under the story: a Hong Kong financial site signing its item with its brand and news word
# (or its source alone in brackets on the line under the story: "(中国新闻网)")
_BRAND_SIGNOFF = re.compile(r"^(?:(?P<outlet>[A-Z][A-Za-z0-9]{2,15}(?:新闻|新聞|财经|財經))|[(（](?P<bracketed>"
                            + _OUTLET + r")[)）])$")


def closing_credit(paragraphs: list[str], tail: list[str] | None = None) -> str | None:
    """The paper an em-dash credit closing the story names ("…下降。——海峡时报/ANN"), or the brand a last line
    (or the first of the closing lines, ``tail``) signs with ("AASTOCKS新闻"), or None."""
    if signed := next((m for line in [*paragraphs[-1:], *(tail or [])[:2]]
                       if (m := _BRAND_SIGNOFF.match(line.strip()))), None):
        return signed["outlet"] or _named(signed["bracketed"])
    for paragraph in paragraphs[-2:]:
        if match := _CLOSING_CREDIT.search(paragraph.strip()[-40:]):
            return _named(match["outlet"])
    return None


_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")


def with_story_credits(sources: list[str], paragraphs: list[str], tail: list[str] | None = None) -> list[str]:
    """``sources`` (the labelled ones, best first) with the outlets the story's lead and close credit: after
    them, or first where every label gives only an address and the lead's dateline credits an agency."""
    if sources and all(_ADDRESS.match(s.strip()) or credits.is_domain(s.strip()) for s in sources):
        dated = next((a for p in paragraphs[:2] if (a := bylines_zh.note_outlet(p) or dateline_agency(p))), None)
        if dated:
            return [dated, *sources]
    return [*sources, *(name for name in (lead_outlet(paragraphs), closing_credit(paragraphs, tail)) if name)]
