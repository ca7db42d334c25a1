"""Chinese company names, from jieba's tokens: by their legal suffix, and by the lists that name them.

A company's name ends in a legal or group word (有限公司, 股份有限公司, 集团,
公司, 控股); what stands before it, back to the verb, preposition or
punctuation that opens the name, is its own: a place (成都, 湖北), a brand
jieba does not know (研祥, 三环程镫, single characters it cannot join), a
bracketed seat (乾龙卢氏(北京)投资公司) or a hyphen (上海日用-友捷汽车电气公司).
A name must hold such a proper part: "投资公司", "该公司" are no one's.

Names listed before 等 and a count of firms are companies however short
("西门子、腾讯、华为、马士基等111家知名企业"): the list says what they are.
"""

from __future__ import annotations

import re
from typing import Any

_SUFFIX = re.compile(r"(?:有限公司|有限責任公司|有限责任公司|公司|集团|集團|控股)$")
# tokens a name is made of: nouns, places, brands, unknown characters, Latin letters, a brand's adjective
_PART = {"n", "nr", "nrt", "nz", "ns", "nt", "zg", "g", "eng", "j", "vn", "a", "ng", "nrfg", "x", "k", "b"}
_PROPER = {"nr", "nrt", "nz", "ns", "nt", "zg", "g", "eng", "j", "nrfg"}
_JOINERS = {"(", ")", "（", "）", "-", "·", "&"}
_MAX_CHARS = 24
_LEGAL = re.compile(r"有限公司$|有限[责責]任公司$")
# the flags jieba gives the characters of a brand it does not know ("回盛": "回" v, "盛" v)
_SPLIT = {"v", "d", "a", "q", "vg", "ag", "dg"}
_KIND = re.compile(r"(?:企业|公司|机构|機構|银行|銀行|集团|集團|品牌|厂商|廠商|车企|車企|药企|藥企|巨头|巨頭)")


def _is_part(word: str, flag: str) -> bool:
    if flag == "x":
        return word in _JOINERS
    if flag == "m":
        return word.startswith("第")  # "中国建筑第八工程局有限公司"
    if flag == "v":
        return word in {"控股", "投资"}
    return flag in _PART


def _proper(words: list[tuple[str, str]]) -> bool:
    """A part jieba marks as a name or a place, a character it could not join into a word, or a bracket."""
    return any(flag in _PROPER or word in _JOINERS for word, flag in words[:-1])


def _placed_start(tokens: list[tuple[str, str]], start: int, end: int) -> int:
    """Where a limited company's name starts when the segmenter cut its brand into one-character words
    ("湖北" "回" "盛" "生物科技" "有限公司"): back over such words to a place that opens the name, else ``start``."""
    at = start
    while at > 0 and sum(len(w) for w, _ in tokens[at - 1:end + 1]) <= _MAX_CHARS \
            and (_is_part(*tokens[at - 1]) or (len(tokens[at - 1][0]) == 1 and tokens[at - 1][1] in _SPLIT)):
        at -= 1
        if tokens[at][1] == "ns":  # the name starts at the place ("获湖北…": the verb before it is no part)
            return at
    return start


def suffixed_companies(tokens: list[tuple[str, str]]) -> list[str]:
    """Company names ending in a legal or group word, each with its own proper part."""
    names: list[str] = []
    for i, (word, _) in enumerate(tokens):
        if not _SUFFIX.search(word) or (i + 1 < len(tokens) and _SUFFIX.search(tokens[i + 1][0])):
            continue  # "控股" before "有限公司": the name goes on
        start = i
        while start > 0 and _is_part(*tokens[start - 1]) \
                and sum(len(w) for w, _ in tokens[start - 1:i + 1]) <= _MAX_CHARS:
            start -= 1
        if _LEGAL.search(word) and start > 0 and len(tokens[start - 1][0]) == 1 and tokens[start - 1][1] in _SPLIT:
            start = _placed_start(tokens, start, i)
        words = tokens[start:i + 1]
        while words and words[0][0] in _JOINERS - {"(", "（"}:
            words = words[1:]
        name = "".join(w for w, _ in words)
        if len(name) >= 4 and _proper(words) and name.count("(") == name.count(")") \
                and name.count("（") == name.count("）"):
            names.append(name)
    return names


def _counted_firms(after: list[tuple[str, str]]) -> bool:
    """True when the words after 等 count firms by their measure word: "19家新进规企业", "3家银行"."""
    return len(after) >= 2 and after[0][1] in {"m", "eng"} and after[1][0] == "家"


def listed_companies(tokens: list[tuple[str, str]]) -> list[str]:
    """"西门子、腾讯、华为、马士基等111家知名企业": names in a list that 等 closes with a kind of firm."""
    names: list[str] = []
    for i, (word, _) in enumerate(tokens):
        counted = _counted_firms(tokens[i + 1:i + 3])
        # "等19家新进规企业": a count's adjectives may stand between it and the kind of firm
        if word != "等" or not any(_KIND.search(w) for w, _ in tokens[i + 1:i + (7 if counted else 5)]):
            continue
        items: list[str] = []
        j = i
        proper = False
        while j > 0:
            k = j
            while k > 0 and tokens[k - 1][1] in _PART - {"x", "vn", "a"}:
                k -= 1
            if k == j:
                break
            items.append("".join(w for w, _ in tokens[k:j]))
            # a name of its own, not a place alone ("北京等3家企业": the firms are Beijing's)
            proper = any(flag in _PROPER for _, flag in tokens[k:j]) and any(f != "ns" for _, f in tokens[k:j])
            if k == 0 or tokens[k - 1][0] != "、":
                break
            j = k - 1
        # "东辉米业等19家企业": one name before a count of firms is a firm when it holds a name or a place of its
        # own ("化工等6家企业" is a trade)
        if len(items) >= 2 or (items and proper and counted):
            names += [item for item in reversed(items) if 2 <= len(item) <= 12]
    return names


_ITEM = r"[*＊]?[A-Za-z\u4e00-\u9fff]{2,10}"
# "仁智股份、中金公司、浩丰科技、*ST卓朗等4家上市公司", "国中水务、鼎信通讯和中金公司等3家公司": the list read on the
# characters, since jieba cuts a brand it does not know into single characters of any tag ("浩" nr, "丰" a)
_LISTED = re.compile(r"(?P<list>(?:" + _ITEM + r"、)+" + _ITEM + r")等[0-9０-９一二三四五六七八九十两百]+家"
                     r"(?=[\u4e00-\u9fff]{0,6}?" + _KIND.pattern + r")")
_LAST_JOIN = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:和|及|与|與)(?=[*＊]?[\u4e00-\u9fffA-Za-z]{2})")
_FIRST_ITEM = 6  # a firm's short name ("仁智股份", "浩丰科技"); a longer first item runs a clause into the name
_OPENS_ITEM = re.compile(r"(?:^|[^\u4e00-\u9fffA-Za-z*＊])$")


def listed_in_text(text: str) -> list[str]:
    """The firms of a list closed by 等, a count and a kind of firm, read on the text's characters: each item after
    a 、, and the first where a punctuation mark opens it and it is short (else where it starts is unknown:
    "吸引到西门子")."""
    names: list[str] = []
    for match in _LISTED.finditer(text):
        items = match["list"].split("、")
        # ("本次活动吸引到西门子" at a line's start: a clause before the first name, whose start jieba's list finds)
        if not _OPENS_ITEM.search(text[max(0, match.start() - 1):match.start()]) or len(items[0]) > _FIRST_ITEM:
            items = items[1:]
        *rest, last = items or [""]
        names += [*rest, *_LAST_JOIN.split(last)]
    return [n for n in names if len(n.lstrip("*＊")) >= 2]


def company_names(tokens: list[Any]) -> list[str]:
    """Both kinds: the listed ones first, then those named by their suffix."""
    pairs = [(str(word), str(flag)) for word, flag in tokens]
    return list(dict.fromkeys([*listed_companies(pairs), *suffixed_companies(pairs)]))
