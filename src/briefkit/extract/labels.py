"""What a number measures: its unit noun and a short label, from its sentence (the phrase helpers).

No parser, only the shapes news prose uses: "54000 patent applications for
generative AI" (the noun phrase after), "83% of Chinese respondents used
generative AI" (the "of" phrase), "China applied for 38000" (the clause
before, with the unit carried over from the sentence that introduced it) and
"accounting for 70%" (a share).  Every word of a label is the article's.  Where the number closes a clause
("Exports rose 10.5 percent", "the bank raised its key rate to 9.5%"), the label is the clause's noun phrase,
worked out in :mod:`briefkit.extract.nounlabels`.
"""

from __future__ import annotations

import re

from briefkit.readers.plaintext import words as count_words

_UNIT_STOP_WORDS = (
    "for of in on at by to from with around across among about worldwide globally who that which were was are is "
    "have has had will would and or but than as per each this these those since during over under between into "
    "de des du en dans pour par et qui que sont est ont a an the still today now already found said lack lacks "
    "can could may might must should do does did remain remains every annually daily yearly need needs get gets "
    "make makes take takes say says expect expects use uses last next")
_UNIT_STOP = frozenset(_UNIT_STOP_WORDS.split())
_LABEL_STOP_WORDS = ("who that which were was conducted released according than but while whereas found said showed "
                     # where and when a clause happens close its noun phrase: "36 other categories here on Saturday"
                     "here there yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday")
# a modal opens the clause's predicate: "an increase to the minimum wage will give …" ends the noun phrase once it
# has two words ("Households will get help with their bills" keeps its clause: "Households" alone says less)
_MODAL_STOP = frozenset(["will", "would", "could", "can", "should", "must"])
_LABEL_STOP = frozenset(_LABEL_STOP_WORDS.split())
_SHARE = re.compile(r"(?:accounting\s+for|account(?:s|ed)?\s+for|a\s+share\s+of|making\s+up|"
                    r"represent(?:s|ing|ed)?|占比|占)\s*$", re.IGNORECASE)
# … and Chinese ones, which no word boundary ends ("但其中女性占比为52%": 女性占比, not "但其中…")
CONNECTIVES = re.compile(r"^(?:(?:其中|但是|但|而且|而|此外|另外|同时|同時|不过|不過|然而|并且|並且)+[,，\s]*"
                          r"|(?:among\s+them|of\s+these|of\s+them|of\s+which|while|whereas|and|but|however|"
                          r"meanwhile|in\s+addition|besides)\b[,\s]*)", re.IGNORECASE)
CLAUSE = re.compile(r",(?!\d{3}(?!\d))|[;:(，；：（、。|｜]|\s[-–—]\s")  # a table's cell border ends one too
# (the words a unit stops before, in both scripts: "兩場將在明日…" counts 場, not "場將")
_CJK_UNIT = re.compile(r"^[多余餘]?(?P<unit>[\u3400-\u9fff]{1,4}?)"
                       r"(?=[的在和与與参參对對中占佔为為是了将將已共]|[^\u3400-\u9fff]|$)")
_TRIM_WORDS = "the a an of for in on at to and or with by its their from as that than which while through since until"
_PHRASAL_WORDS = "go goes went going gone come comes came coming edge edges edged edging move moves moved"
PHRASAL = frozenset(_PHRASAL_WORDS.split())  # verbs whose "up" or "down" is part of the change
_TRIM = frozenset(_TRIM_WORDS.split())
MAX_LABEL_WORDS = 10
_PRONOUNS_WORDS = ("it this that they which he she we these those there who i you i'm i’m we're we’re we've we’ve")
PRONOUNS = frozenset(_PRONOUNS_WORDS.split())
ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$")


def _words_after(text: str) -> list[str]:
    clause = CLAUSE.split(text.removeprefix("-"), maxsplit=1)[0]
    # "U.S." keeps its stops and "4.75" its point, as a reader writes them
    return re.findall(r"(?:[A-Za-z]\.){2,}|\d[\d.,]*\d|[\w'’-]+", clause)


def _trim(words: list[str]) -> list[str]:
    while words and words[-1].lower() in _TRIM:
        words = words[:-1]
    while words and words[0].lower() in {"the", "a", "an", "of", "and", "its", "their"}:
        words = words[1:]
    return words


# Chinese measure words, longest first: the unit when no particle closes the noun after the number.
# "1个多小时", "3个多月": over an hour, over three months (lengths of time, not counts of 个)
_CJK_MEASURE = re.compile(r"^[多余]?(?P<unit>个多小时|個多小時|个多月|個多月|"
                          r"个月|個月|小时|小時|平方米|立方米|千瓦时|千瓦時|万吨|萬噸|人次|"
                          r"公里|公斤|千克|公噸|公吨|公頃|公顷|平方公里|"  # Taiwan writes metric tonnes 公噸
                          r"年|天|周|週|吨|噸|人|件|家|个|個|项|項|名|次|辆|輛|台|座|所|户|戶|头|頭|只|艘|架|套|亩|畝|米|倍|元|条|條|张|張|"
                          r"篇|批|种|種|位|例|起|份|处|處|轮|輪|场|場|届|屆)")


def unit_after(after: str) -> str | None:
    """The unit noun right after a number: "patent applications", "member countries", "件"."""
    if after[:1] >= "\u3400":
        cjk = _CJK_MEASURE.match(after) or _CJK_UNIT.match(after)
        return cjk["unit"] if cjk else None
    if (spaced := _CJK_MEASURE.match(after.lstrip(" \u00a0\u3000"))) and after[:1].isspace():
        return spaced["unit"]  # "12 家企业": Chinese copy spaced around its digits keeps its measure word
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


YEAR = re.compile(r"(?:19|20)\d{2}")  # "a freeze from May 2015": a year dates the label, it is no other figure


def phrase_after(after: str) -> str | None:
    """The noun phrase after a number, up to its clause's end or a relative pronoun."""
    words: list[str] = []
    following = _words_after(after)
    for i, word in enumerate(following):
        low = word.lower()
        if low in _LABEL_STOP or (word[0].isdigit() and not YEAR.fullmatch(word)) \
                or (low in _MODAL_STOP and len(words) >= 2 and words[-1].lower() not in PRONOUNS):
            break  # a relative clause, or another figure ("0.4 and 11.5 per cent higher"): no part of the label
        if low == "and" and i + 1 < len(following) and following[i + 1].lower().endswith(("ed", "ing")):
            break  # "… and employed more": a second clause, not part of the noun phrase
        words.append(word)
    if len(words) == 2 and words[0].lower() in {"a", "an", "per"}:
        return None  # "25 paise a unit", "$27 a week": a rate's denominator, not what the number measures
    words = _trim(words[:MAX_LABEL_WORDS])
    return " ".join(words) or None


def clause_before(before: str) -> str | None:
    """The clause that ends at a number: "China applied for"."""
    clause = CLAUSE.split(before)[-1].strip()
    clause = CONNECTIVES.sub("", clause).strip()
    words = clause.split()[-MAX_LABEL_WORDS:]
    return " ".join(words).strip(" $€£¥") or None


# "a team of 12", "a panel of five", "the delegation of 30": a group's size with no noun after it (the corpus
# convention: a group's size the sentence states is a count; "a 12-member board" describes the body, notfigures)
_GROUP_OF = re.compile(r"\b(?P<noun>team|group|panel|delegation|crew|squad|committee|jury|cohort|party|coalition"
                       r"|consortium|caucus|taskforce|task\s+force|board|council|network|alliance)\s+of\s+"
                       r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|just\s+)?$",
                       re.IGNORECASE)


def group_of(before: str) -> str | None:
    """The group whose size a number closing ``before`` gives ("led by a team of" → "team"), else None."""
    match = _GROUP_OF.search(before[-60:])
    return match["noun"].lower() if match else None


def is_share(before: str) -> bool:
    """True when the number is introduced as a share ("accounting for 70%")."""
    return bool(_SHARE.search(before))


def previous_clause(before: str) -> str | None:
    """The clause before the one that holds the number (for shares)."""
    parts = [p.strip() for p in CLAUSE.split(before) if p.strip()]
    if len(parts) < 2:
        return None
    return CONNECTIVES.sub("", parts[-2]).strip() or None


def capitalise(text: str) -> str:
    """First letter up, the rest as written."""
    return text[:1].upper() + text[1:]


def around(text: str, start: int, end: int) -> str:
    """The clause holding a number, with the one before it when it is short (at most 14 words)."""
    bounds = [m.end() for m in CLAUSE.finditer(text, 0, start)]
    left = bounds[-1] if bounds else 0
    if count_words(text[left:start]) < 3 and len(bounds) > 1:
        left = bounds[-2]
    boundary = CLAUSE.search(text, end)
    snippet = _unstop(text[left:boundary.start() if boundary else len(text)].strip(" ,，。"))
    words = snippet.split()
    if len(words) > 14:
        offset = start - left
        snippet = " ".join(_trim(words[-14:]) if offset > len(snippet) / 2 else _trim(words[:14]))
    return _unstop(CONNECTIVES.sub("", snippet).strip()) or text[start:end]


def _unstop(text: str) -> str:
    """A phrase without its sentence's full stop, but with an abbreviation's ("sales in the U.S.")."""
    text = text.lstrip(" .")
    if text.endswith(".") and not ABBREVIATION.search(text.rsplit(None, 1)[-1]):
        text = text.rstrip(" .")
    return text
