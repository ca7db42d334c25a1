"""A Chinese government page's disclosure table (政府信息公开): its labels, and what each gives.

Government sites of every province print a notice under a table of fields, in the same vocabulary on each:
"索引号: … 信息分类: … 发布机构: … 发文日期: … 关键词: … 主题分类: … 成文日期: …", in simplified or
traditional characters, a label padded to the width of the longest ("索  引 号", "名　　称"), as "label: value"
pairs, several to a line, or as a table's cells parted by bars ("索引号 | … | 公开目录: | … |").

- No row of the table is a title, whatever follows it; "关键词:" or "主题分类:" is no outlet, so a value
  that runs into the next label ends there (an empty 来源 or 发布机构 names nothing).
- The publishing body (发布机构, 发文机关, 发布单位) is the page's source; a 公开责任部门 is the office answering for
  the disclosure, not a publisher.
- The day it was issued or published (发布日期, 发文日期, 公开日期 …) dates the page, not the day the text was
  written (成文日期) nor the day the record was generated.
- A 标题, 名称 or 信息名称 row gives the title, in a table of at least two other rows.

Other labelled lines of a Chinese page are no title either, whatever their label's first words: "本文来源:…",
"浏览次数:…", "上一篇:…", and a picture's agency credit ("新华社发").
"""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract.dates import parse_date
from briefkit.extract.zhscript import without_pinyin
from briefkit.readers import Article

# the characters of the vocabulary that traditional script writes otherwise
_TRADITIONAL = dict(zip("号类发机构关键词题开责门单时属编码废称务组态围级标实统间报颁布",
                        "號類發機構關鍵詞題開責門單時屬編碼廢稱務組態圍級標實統間報頒佈", strict=True))
_ISSUER = ("发布机构", "发文机关", "发文机构", "发布机关", "发布单位", "发文单位", "制发机关", "颁布机关")
_ISSUED = ("发布日期", "发文日期", "公开日期", "公布日期", "印发日期", "发布时间", "颁布日期")
_WRITTEN = ("成文日期", "生成日期", "实施日期", "施行日期", "废止日期", "有效期")
_TITLE = ("标题", "名称", "信息名称", "文件名称", "公文标题")
_OTHER = ("索引号", "索取号", "信息分类", "分类", "主题分类", "体裁分类", "组配分类", "服务对象分类", "服务对象",
          "关键词", "关键字", "主题词", "文号", "发文字号", "文件编号", "统一编号", "有效性", "时效性", "公开方式",
          "公开形式", "公开范围", "公开时限", "公开目录", "公开责任部门", "责任部门", "所属机构", "所属单位",
          "内容概述", "内容分类", "政策解读", "信息来源", "统一社会信用代码")
_PAD = r"[ \u3000]*"  # "索  引 号", "名　　称": a label padded to the table's width


def _form(word: str) -> str:
    """A label in either script, padded or not: "索引号" → "索[ ]*引[ ]*[号號]"."""
    return _PAD.join(f"[{c}{_TRADITIONAL[c]}]" if c in _TRADITIONAL else c for c in word)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(_form(w) for w in sorted(words, key=len, reverse=True))


_ALL = _ISSUER + _ISSUED + _WRITTEN + _TITLE + _OTHER
# a label, then a colon, a table's bar or a tab: the label alone in a cell ("索引号 | …", "索引号\t…") is one too
LABEL = re.compile(r"(?P<label>" + _alternation(_ALL) + r")(?:\s*(?:[:：]|[|｜](?=\s*[^|｜\s]))|\t+(?=\S))\s*")
# a table copied with its cells parted by spaces ("索引号 1133…/2024-00123 信息分类 通知公告"): a label, then a space,
# on a line opening on one and holding two at least
_LOOSE = re.compile(r"(?P<label>" + _alternation(_ALL) + r")(?:\s*(?:[:：]|[|｜])|\s+)\s*")
# a row may open on the table's bar or on a list's bullet ("• 发布机构:国家统计局", a table printed as a list)
_ROW = re.compile(r"^\s*[|｜•·●▪■◆]?\s*(?:" + LABEL.pattern + r"|(?P<bare>" + _alternation(_ALL) + r")\s*$)")
_KIND = {**{w: "issuer" for w in _ISSUER}, **{w: "issued" for w in _ISSUED}, **{w: "written" for w in _WRITTEN},
         **{w: "title" for w in _TITLE}}
_SIMPLE = {v: k for k, v in _TRADITIONAL.items()}


def _kind(label: str) -> str:
    """"發文日期" → "issued": what a label gives, read in simplified script without its padding."""
    plain = "".join(_SIMPLE.get(c, c) for c in re.sub(r"\s", "", label))
    return _KIND.get(plain, "other")


def is_row(line: str) -> bool:
    """A line of the table: it opens on one of its labels, with a value or none ("关键词:", "索引号 | …")."""
    line = without_pinyin(line)  # "發(fā)布機(jī)構(gòu):": a converter's pinyin in the label
    return _ROW.match(line) is not None or _loose(line)


def _loose(line: str) -> bool:
    """"索引号 1133…/2024-00123 信息分类 通知公告": cells parted by spaces, two labels or more, or one label
    padded to the table's width ("名        称 …"), which only a table's cell is."""
    opening = _LOOSE.match(line.lstrip())
    return opening is not None and (len(_LOOSE.findall(line)) >= 2
                                    or re.search(r"\S\s+\S", opening["label"]) is not None)


def table_lines(lines: list[str]) -> list[bool]:
    """Which of ``lines`` belong to the table: its rows, and a value under a label standing alone ("发布机构:" over
    "青山区应急管理局")."""
    lines = [without_pinyin(line) for line in lines]
    rows_at = [is_row(line) for line in lines]
    bare = [row and LABEL.sub("", line).strip(" |｜\t") == "" for row, line in zip(rows_at, lines, strict=True)]
    return [row or (k > 0 and bare[k - 1]) for k, row in enumerate(rows_at)]


def cut_at_label(value: str) -> str:
    """A field's value up to the next label of the table ("关键词: 就业" after an empty 来源 → "")."""
    match = LABEL.search(plain := without_pinyin(value))
    return plain[:match.start()].strip(" |｜") if match else value


def rows(lines: list[str]) -> list[tuple[str, str]]:
    """The table's (kind, value) pairs in ``lines``, several to a line or one label per cell; kinds are
    "issuer", "issued", "written", "title" and "other"."""
    found: list[tuple[str, str]] = []
    lines = [without_pinyin(line) for line in lines]
    for k, line in enumerate(lines):
        if not is_row(line):
            continue
        matches = list((LABEL if _ROW.match(line) else _LOOSE).finditer(line))
        for i, match in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            value = line[match.end():end].strip(" |｜\t")
            if not value and len(matches) == 1 and k + 1 < len(lines) and not is_row(lines[k + 1]):
                value = lines[k + 1].strip()  # "发布机构:" on its line, the value on the next: a table's cells
            found.append((_kind(match["label"]), value))
    return found


def is_table(lines: list[str]) -> bool:
    """Two rows of the table or more among ``lines``: a government notice's head."""
    return sum(1 for line in lines if is_row(line)) >= 2


def issuer(lines: list[str]) -> str | None:
    """The publishing body a 发布机构 (发文机关, 发布单位) row names, or None (an empty row names none)."""
    for kind, value in rows(lines):
        if kind == "issuer" and (name := value.split()[0] if value.split() else "") \
                and re.fullmatch(r"[\u3400-\u9fff（）()]{3,30}", name) and not _UNNAMED.match(name):
            return name
    return None


# "县政府网站", "市政府": an office named by its level alone, no place before it, is no particular body
_UNNAMED = re.compile(r"^(?:本|[县縣市省区區镇鎮乡鄉])(?:政府|人民政府|委|网|網|站)")


def issued_date(lines: list[str]) -> dt.date | None:
    """The day a table says the notice was issued or published (发布日期, 发文日期 …), never 成文日期."""
    for kind, value in rows(lines):
        if kind == "issued" and (found := parse_date(value)) is not None and found.precision == "day":
            return dt.date.fromisoformat(found.value)
    return None


def title(lines: list[str]) -> str | None:
    """The title a 标题 or 名称 row gives, in a table of at least two other rows."""
    table = rows(lines)
    named = next((v for kind, v in table if kind == "title" and len(v) >= 6), None)
    return named if named and len(table) >= 3 else None


def _top(article: Article) -> list[str]:
    return article.head + [b.text for b in article.blocks[:12] if len(b.text) <= 160]


def notice_date(article: Article) -> dt.date | None:
    """The day a government notice's table says it was issued, when the page opens on such a table."""
    top = _top(article)
    return issued_date(top) if is_table(top) else None


# "本文来源:", "文章來源:", "浏览次数:", "阅读量:", "上一篇:": a label a few words may open, then its colon
_LABEL_LINE = re.compile(r"^[\u3400-\u9fff]{0,4}(?:来源|來源|出处|出處|作者|编辑|編輯|记者|記者|时间|時間|日期|"
                         r"次数|次數|阅读量|閱讀量|浏览量|瀏覽量|点击量|點擊量|字体|字體|字号|字號|热线|熱線|电话|電話)\s*[:：]"
                         r"|^(?:上一篇|下一篇|上一条|下一條|下一条|上一條|上篇|下篇)\s*[:：]?"
                         # "新华社发", "中新网发 (记者 张三 摄)": an agency's credit under a picture
                         r"|^[\u3400-\u9fff]{1,6}(?:社|网|網)发(?:\s*[(（][^()（）]{1,20}[)）])?$")


def is_label_line(line: str) -> bool:
    """A row of the table or another labelled line of a Chinese page: never its title."""
    return is_row(line) or _LABEL_LINE.match(line.strip()) is not None
