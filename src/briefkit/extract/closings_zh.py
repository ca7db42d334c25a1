"""Writers credited in the notes closing a Chinese story: "…贡献。(王斌) (作者:柴晶晶)", "(撰稿人:A;审核:C)".

Chinese news sites, college and county pages sign a story off in brackets after its last sentence, in a few
shared forms (seen on county portals, college news pages and provincial papers alike):

- the names alone, as wire copy signs off: "(王斌)", "(王希、王洪江)";
- a labelled field or several, split by ";" or ",": "(作者:柴晶晶)", "(撰稿人:孙佳宁;通讯员:杨薇;审核:夏海杰)",
  "(撰文/张三)", "(文/张三 图/李四)";
- two such notes in a row: "(王斌) (作者:柴晶晶)" credits both;
- a labelled note on a line of its own under the story ("(编译:张三)"); names alone there sign nothing.

A writer's label (作者, 撰稿, 撰文, 文, 记者, 采写) names an author; a 通讯员 is the author only when no writer is
named beside it (README, y24-/h27- conventions); editing, review and picture roles (编辑, 审核, 校对, 图, 摄影,
制作) are no authors.  The credit may close a paragraph a site's teasers follow ("新闻推荐"), so the last few
paragraphs are read, the last one first.
"""

from __future__ import annotations

import re

from briefkit.extract.givennames import is_chinese_name
from briefkit.extract.zhscript import without_pinyin

_NAME = r"[\u3400-\u9fff]{2,4}"
# one bracketed note at the very end of a paragraph, after the sentence it closes
_LAST_NOTE = re.compile(r"[(（](?P<inner>[^()（）]{2,60})[)）]\s*[|｜]?\s*$")
# (编译, "compiled by": who wrote a story up in Chinese from foreign copy, credited as its writer)
_WRITER = re.compile(r"^(?:作者|撰稿人?|撰文|文字?|记者|記者|采写|採寫|执笔|執筆|供稿|编译|編譯)$")
_CORRESPONDENT = re.compile(r"^(?:通讯员|通訊員)$")
# a label may join two roles ("文/圖:周曦": the writer took the pictures too)
_FIELD = re.compile(r"^(?P<label>[\u3400-\u9fff]{1,4}?(?:[/／、][\u3400-\u9fff]{1,2}(?=\s*[:：]))?)"
                    r"\s*[:：/／]\s*(?P<names>.+)$")
_SPACED = re.compile(r"^(?P<label>记者|記者|通讯员|通訊員)\s*(?P<names>.+)$")
READ_BACK = 4  # paragraphs read from the end: the story's own close may sit above a few teaser lines


def _names(text: str) -> list[str]:
    """The names of a field's value ("王斌、李明", "王斌 李明"), or none when one is not a name."""
    parts = [p for p in re.split(r"[\s、,，]+", text.strip()) if p]
    return parts if parts and all(re.fullmatch(_NAME, p) for p in parts) else []


def _fields(inner: str) -> list[tuple[str, list[str]]] | None:
    """The labelled fields of one note ("撰稿人:A;审核:B" → [("撰稿人", [A]), ("审核", [B])]), None when it is
    not a credit note."""
    fields = []
    for part in (p.strip() for p in re.split(r"[;；]|[,，](?=[\u3400-\u9fff]{1,4}\s*[:：/／])", inner) if p.strip()):
        match = _FIELD.match(part) or _SPACED.match(part)
        if match is None:
            return None
        fields.append((match["label"], _names(match["names"])))
    return fields


def _writers(inner: str) -> list[str] | None:
    """The writers one closing note credits; None when it is no credit note at all."""
    bare = _names(inner)
    if bare:  # "(王斌)": names alone sign the story only when each reads as a Chinese name
        return bare if all(is_chinese_name(n) for n in bare) else None
    fields = _fields(inner)
    if not fields:
        return None
    writers = [n for label, names in fields if any(_WRITER.match(role) for role in re.split(r"[/／、]", label))
               for n in names]
    if not writers:
        writers = [n for label, names in fields if _CORRESPONDENT.match(label) for n in names]
    return writers


def _closing_notes(paragraph: str) -> list[str] | None:
    """The writers of the notes closing ``paragraph`` (up to three in a row), None when none closes it."""
    found: list[list[str]] = []
    rest = paragraph.rstrip()
    for _ in range(3):
        match = _LAST_NOTE.search(rest)
        if match is None or (writers := _writers(match["inner"])) is None:
            break
        found.insert(0, writers)
        rest = rest[:match.start()].rstrip()
    if not rest and len(found) == 1 and found[0] and _fields(paragraph.strip()[1:-1]):
        return found[0]  # "(编译:魏素雯)" on a line of its own under the story: a labelled writer's note signs it
    if not found or not re.search(r"[。！？!?”」』.]$", rest):  # a note closes a sentence, not a heading
        return None
    return list(dict.fromkeys(n for names in found for n in names))


def closing_writers(paragraphs: list[str]) -> list[str]:
    """The writers the last credit note closing one of the last paragraphs names (none when no note closes
    one, or when the note names only editors and reviewers)."""
    for paragraph in reversed(paragraphs[-READ_BACK:]):
        found = _closing_notes(without_pinyin(paragraph))  # "(林(lín)美玲)": a converter's pinyin
        if found is not None:
            return found
    return []
