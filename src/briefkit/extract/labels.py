"""What a number measures: its unit noun and a short label, from its sentence.

No parser, only the shapes news prose uses: "54000 patent applications for
generative AI" (the noun phrase after), "83% of Chinese respondents used
generative AI" (the "of" phrase), "China applied for 38000" (the clause
before, with the unit carried over from the sentence that introduced it) and
"accounting for 70%" (a share).  Every word of a label is the article's.
"""

from __future__ import annotations

import re

from briefkit.readers.plaintext import words as count_words

_UNIT_STOP_WORDS = (
    "for of in on at by to from with around across among about worldwide globally who that which were was are is "
    "have has had will would and or but than as per each this these those since during over under between into "
    "de des du en dans pour par et qui que sont est ont a an the still today now already found said lack lacks "
    "can could may might must should do does did remain remains every annually daily yearly need needs get gets "
    "make makes take takes say says expect expects use uses")
_UNIT_STOP = frozenset(_UNIT_STOP_WORDS.split())
_LABEL_STOP_WORDS = "who that which were was conducted released according than but while whereas found said showed"
_LABEL_STOP = frozenset(_LABEL_STOP_WORDS.split())
_SHARE = re.compile(r"(?:accounting\s+for|account(?:s|ed)?\s+for|a\s+share\s+of|making\s+up|"
                    r"represent(?:s|ing|ed)?|占比|占)\s*$", re.IGNORECASE)
_CONNECTIVES = re.compile(r"^(?:其中|among\s+them|of\s+these|of\s+them|of\s+which|while|whereas|and|but|however|"
                          r"meanwhile|in\s+addition|besides)\b[,\s]*", re.IGNORECASE)
_CLAUSE = re.compile(r",(?!\d)|[;:(，；：（、。]|\s[-–—]\s")
_CJK_UNIT = re.compile(r"^[多余]?(?P<unit>[\u3400-\u9fff]{1,4}?)(?=[的在和与参对中占为是了将已共]|[^\u3400-\u9fff]|$)")
_TRIM_WORDS = "the a an of for in on at to and or with by its their from as that than which while"
_TRIM = frozenset(_TRIM_WORDS.split())
MAX_LABEL_WORDS = 10


def _words_after(text: str) -> list[str]:
    clause = _CLAUSE.split(text.removeprefix("-"), maxsplit=1)[0]
    return re.findall(r"[\w'’-]+", clause)


def _trim(words: list[str]) -> list[str]:
    while words and words[-1].lower() in _TRIM:
        words = words[:-1]
    while words and words[0].lower() in {"the", "a", "an", "of", "and", "its", "their"}:
        words = words[1:]
    return words


# Chinese measure words, longest first: the unit when no particle closes the noun after the number.
_CJK_MEASURE = re.compile(r"^[多余]?(?P<unit>个月|個月|小时|小時|平方米|立方米|千瓦时|千瓦時|万吨|萬噸|人次|"
                          r"公里|公斤|千克|"
                          r"年|天|周|週|吨|噸|人|件|家|个|個|项|項|名|次|辆|輛|台|座|所|户|戶|头|頭|只|艘|架|套|亩|畝|米|倍|元|条|條|张|張|"
                          r"篇|批|种|種|位|例|起|份|处|處)")


def unit_after(after: str) -> str | None:
    """The unit noun right after a number: "patent applications", "member countries", "件"."""
    if after[:1] >= "\u3400":
        cjk = _CJK_MEASURE.match(after) or _CJK_UNIT.match(after)
        return cjk["unit"] if cjk else None
    words: list[str] = []
    for word in _words_after(after):
        low = word.lower()
        if low in _UNIT_STOP or (len(words) > 0 and len(low) > 5 and low.endswith(("ing", "ed"))):
            break
        if low.endswith(("ing", "ed")) and not words and len(low) > 5:
            break
        words.append(word)
        if len(words) == 3:
            break
    return " ".join(words) or None


def phrase_after(after: str) -> str | None:
    """The noun phrase after a number, up to its clause's end or a relative pronoun."""
    words: list[str] = []
    following = _words_after(after)
    for i, word in enumerate(following):
        low = word.lower()
        if low in _LABEL_STOP:
            break
        if low == "and" and i + 1 < len(following) and following[i + 1].lower().endswith(("ed", "ing")):
            break  # "… and employed more": a second clause, not part of the noun phrase
        words.append(word)
    words = _trim(words[:MAX_LABEL_WORDS])
    return " ".join(words) or None


def clause_before(before: str) -> str | None:
    """The clause that ends at a number: "China applied for"."""
    clause = _CLAUSE.split(before)[-1].strip()
    clause = _CONNECTIVES.sub("", clause).strip()
    words = clause.split()[-MAX_LABEL_WORDS:]
    return " ".join(words).strip(" $€£¥") or None


def is_share(before: str) -> bool:
    """True when the number is introduced as a share ("accounting for 70%")."""
    return bool(_SHARE.search(before))


def previous_clause(before: str) -> str | None:
    """The clause before the one that holds the number (for shares)."""
    parts = [p.strip() for p in _CLAUSE.split(before) if p.strip()]
    if len(parts) < 2:
        return None
    return _CONNECTIVES.sub("", parts[-2]).strip() or None


def capitalise(text: str) -> str:
    """First letter up, the rest as written."""
    return text[:1].upper() + text[1:]


def around(text: str, start: int, end: int) -> str:
    """The clause holding a number, with the one before it when it is short (at most 14 words)."""
    bounds = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    left = bounds[-1] if bounds else 0
    if count_words(text[left:start]) < 3 and len(bounds) > 1:
        left = bounds[-2]
    boundary = _CLAUSE.search(text, end)
    snippet = text[left:boundary.start() if boundary else len(text)].strip(" ,.，。")
    words = snippet.split()
    if len(words) > 14:
        offset = start - left
        snippet = " ".join(_trim(words[-14:]) if offset > len(snippet) / 2 else _trim(words[:14]))
    return _CONNECTIVES.sub("", snippet).strip(" .") or text[start:end]
