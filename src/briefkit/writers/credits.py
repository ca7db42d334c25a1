"""Lines of a news page's furniture that are not the article's content.

A brief drafted from a web page may hold the page's dateline ("2017年04月20日10:28
| 来源：中国新闻网"), an editor's or photographer's credit ("（责编：杨牧）",
"中新社记者易海菲摄"), a photo caption ("图为…"), a byline ("By Jane Doe") or a
leading tag ("【环球时报综合报道】", "date 2020-06-30 ").  No product prints them
as key points or running text: a paragraph or list item that is only such a
line is left out, and a leading tag is cut off the text it starts (in table
cells and chart labels too).  The
sources section is left alone (a source's title is what it is).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from briefkit.document import nodes as n

_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\)")
"""Reading aids some pages print after each character: 來(lái)源 → 來源."""

_CREDIT_LINES = tuple(re.compile(p, re.IGNORECASE) for p in (
    # Photo credits and captions: 中国网记者郭天虎摄影, 图为…
    r"^.{0,16}(记者|記者|摄影|攝影|供图|供圖)\S{0,6}(摄|攝|摄影|攝影)[。.]?$",
    r"^(图为|圖為|图片来源|圖片來源|资料图|資料圖)",
    # Editors and authors: （责编：可黎明、杨牧）, 责任编辑：刘天霖
    r"^[（(]?\s*(责编|責編|责任编辑|責任編輯|编辑|編輯|校对|校對|作者|审核|審核)\s*[:：]",
    # Datelines: a date and a time first (2017年04月20日10:28 | 来源…; 2026-03-04 02:33:11 来源…)
    r"^\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}",
    # English bylines and credits
    r"^\(?\s*(additional\s+)?(reporting|editing|writing|compiled|translated)\s+by\b",
    r"^(photo|photos|image|picture)\s*(by|credit|:)",
    r"^advertisement\.?$",
    # A press-release archive's provenance line: 'The press release issued by the Scottish Government on 16
    # October 2022.', 'This news release was issued by …'
    r"^(the|this)\s+(press|news|media)\s+release\s+(was\s+)?(issued|published|released)\s+by\b",
))

_FIELD = re.compile(r"(来源|來源|作者|责任编辑|責任編輯|责编|責編|编辑|編輯|发布时间|發佈時間|發布時間|时间|時間)"
                    r"\s*[:：]")
_FIELD_EN = re.compile(r"\b(source|author|editor|posted|published|updated)\s*:", re.IGNORECASE)
"""Fields of a page's masthead line ('发布时间：… | 来源：… | 作者：…'; 'Posted: … | Author: …')."""

_BYLINE = re.compile(r"^(?i:by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(,\s*[\w .'-]+)?$")
"""'By Jane Doe', 'By Jane Doe, Staff Writer' — not 'By 2050, demand will…'."""

_LEAD = re.compile(r"^(【[^】]{1,24}】\s*|date\s+\d{4}-\d{2}-\d{2}\s+)", re.IGNORECASE)
"""A tag that opens a line: 【环球时报综合报道】, 'date 2020-06-30 '."""

MAX_CREDIT_CHARS = 90
"""A credit or dateline is a short line; anything longer is read as content."""


def is_credit(text: str) -> bool:
    """Whether ``text`` is only a dateline, byline, editor's or photo credit, or a photo caption."""
    line = _PINYIN.sub("", " ".join(text.split()))
    if not line or len(line) > MAX_CREDIT_CHARS:
        return False
    if len(_FIELD.findall(line)) >= 2 or (len(_FIELD_EN.findall(line)) >= 2 and "|" in line):
        # Two masthead fields: the page's meta line, wherever it starts.
        return True
    return bool(_BYLINE.match(line)) or any(p.search(line) for p in _CREDIT_LINES)


def without_lead(text: str) -> str:
    """``text`` without a tag that opens it ('【环球时报综合报道】8.26亿…' → '8.26亿…')."""
    return _LEAD.sub("", text, count=1)


def _without_lead(inlines: tuple[n.Inline, ...]) -> tuple[n.Inline, ...]:
    """The inlines with a leading tag cut (a table cell stays, even when that leaves it empty)."""
    if inlines and isinstance(inlines[0], n.Text):
        head = without_lead(inlines[0].text)
        if head != inlines[0].text:
            return (n.Text(head), *inlines[1:]) if head else inlines[1:]
    return inlines


def _inlines(inlines: tuple[n.Inline, ...]) -> tuple[n.Inline, ...] | None:
    """The inlines with a leading tag or credit lead-in cut; None when they are only a credit line."""
    if is_credit(n.plain_text(inlines)):
        return None
    if inlines and isinstance(inlines[0], n.Strong) and is_credit(n.plain_text(inlines[0].children)):
        # A theme whose bold heading is the page's meta line: the heading goes, its text stays.
        rest = inlines[1:]
        if rest and isinstance(rest[0], n.Text):
            rest = (n.Text(rest[0].text.lstrip()), *rest[1:])
        return _inlines(rest) if n.plain_text(rest).strip() else None
    if inlines and isinstance(inlines[0], n.Text):
        head = without_lead(inlines[0].text)
        if head != inlines[0].text:
            return (n.Text(head), *inlines[1:]) if head or inlines[1:] else None
    return inlines


def _blocks(blocks: Iterable[n.Block]) -> tuple[n.Block, ...]:
    out = []
    for block in blocks:
        kept = _block(block)
        if kept is not None:
            out.append(kept)
    return tuple(out)


def _items(items: tuple[n.ListItem, ...]) -> tuple[n.ListItem, ...]:
    return tuple(n.ListItem(children) for children in (_blocks(i.children) for i in items) if children)


def _block(block: n.Block) -> n.Block | None:
    if isinstance(block, n.Paragraph):
        inlines = _inlines(block.children)
        return None if inlines is None else n.Paragraph(inlines, block.classes)
    if isinstance(block, n.BulletList | n.OrderedList):
        items = _items(block.items)
        if not items:
            return None
        return n.BulletList(items) if isinstance(block, n.BulletList) else n.OrderedList(items, block.start)
    if isinstance(block, n.Columns):
        columns = tuple(c for c in (_blocks(col) for col in block.columns) if c)
        return n.Columns(columns) if columns else None
    if isinstance(block, n.Callout):
        children = _blocks(block.children)
        return dataclasses.replace(block, children=children) if children else None
    if isinstance(block, n.Table):
        rows = tuple(tuple(_without_lead(cell) for cell in row) for row in block.rows)
        return dataclasses.replace(block, rows=rows)
    if isinstance(block, n.Timeline):
        events = tuple(n.TimelineEvent(e.date, kept) for e in block.events if (kept := _inlines(e.children)))
        return n.Timeline(events) if events else None
    return block


def drop_credits(blocks: tuple[n.Block, ...]) -> tuple[n.Block, ...]:
    """``blocks`` without credit lines, outside the sources section (a heading classed ``sources``)."""
    out: list[n.Block] = []
    sources_level = 0
    for block in blocks:
        if isinstance(block, n.Heading):
            if sources_level and block.level <= sources_level:
                sources_level = 0
            if "sources" in block.classes:
                sources_level = block.level
            out.append(block)
            continue
        kept = block if sources_level else _block(block)
        if kept is not None:
            out.append(kept)
    return tuple(out)
