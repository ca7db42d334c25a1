"""Features of a page's lines for the learned head-line labeller (:mod:`briefkit.extract.linemodel`).

Each line of a page's top (and its last lines, where sign-offs and credits sit) is described by
cues that hold on sites nobody has seen rather than by one site's wording: where the line stands,
how long it is, how it is cased and punctuated, whether a date, a time, a byline cue, an agency or
outlet name or a given name is in it, whether its words come back in the lines after it (a title
is repeated by its lede), its script — and the same cues of the lines around it, because a title
is recognised as much by the byline and date under it as by itself.  Language-independent where
possible: counts and shapes, not English words, except for the few cue words a byline carries.
"""

from __future__ import annotations

import bisect
import re

from briefkit.extract import agencies
from briefkit.extract.dates import find_dates
from briefkit.extract.givennames import is_chinese_name, is_given_name
from briefkit.extract.linepage import page_cues
from briefkit.extract.regexguard import guarded
from briefkit.extract.wordcount import CJK

Features = dict[str, float | str]

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# a month's name or its abbreviation, whole: "Jan." and "January", never "Jane", "Marine" or "Decent"
_MONTH = guarded(re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?", re.IGNORECASE))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|et|utc|bst|cst)?\b|\d{1,2}[:：]\d{2}", re.IGNORECASE)
_BY = re.compile(r"^\W*(?:by|par|von|written by|posted by|words by)\b", re.IGNORECASE)
_ZH_BYLINE = re.compile(r"作者|记者|記者|编辑|編輯|责编|責編|通讯员|通訊員|撰文|文\s*[/／|]")
_ZH_SOURCE = re.compile(r"来源|來源|出处|出處|新华社|新華社|中新社|电$|电[(（]|電[(（]")
_SOURCE_LABEL = re.compile(r"^\W*(?:source|from|via|credit|courtesy|published by|issued by)\s*[:：]", re.IGNORECASE)
_ROLE = guarded(re.compile(r"\b(?:reporter|correspondent|editor|writer|staff|contributor|columnist|bureau chief)s?\b",
                   re.IGNORECASE))
_UPDATE = guarded(re.compile(r"\b(?:updated|published|posted|last modified|first published)\b|发布|發布|更新|时间|時間",
                     re.IGNORECASE))
_FURNITURE = guarded(re.compile(r"\b(?:share|subscribe|sign in|log in|menu|search|home|newsletter|advertisement|"
                        r"comments?|read more|related|follow us|cookies?|print|email)\b|首页|首頁|登录|登錄|分享",
                        re.IGNORECASE))
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|cn|gov)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved|版权|版權", re.IGNORECASE)
_STOP_END = re.compile(r"[.!?。！？](?:\s|$)")
_BRACKETED = re.compile(r"[(（\[【].*[)）\]】]")
_DASH = re.compile(r"\s[-–—]{1,2}\s")
_NAME_SPLIT = re.compile(r"[\s、,，:：()（）/|]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_OUTLET_WORD = guarded(re.compile(r"\b(?:news|times|post|herald|journal|tribune|daily|press|gazette|agency|wire|"
                          r"reuters|bloomberg|xinhua|associated press|afp|bbc|cnn|npr)\b"
                          r"|日报|日報|新闻|新聞|社$|网$|網$",
                          re.IGNORECASE))


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    """The index of the first edge ``value`` falls under, as a category: counts binned, not compared raw
    (``edges`` ascend, so that index is where ``value`` would be inserted before its equals)."""
    return str(bisect.bisect_left(edges, value))


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _size(line: str) -> int:
    """Words in a line, a Chinese character counting as half a word (two make a word)."""
    return len(_words(CJK.sub(" ", line))) + len(CJK.findall(line)) // 2


def _terms(line: str) -> set[str]:
    """The content terms of a line: words of four letters or more, and Chinese character pairs."""
    latin = {w.lower() for w in _words(line) if len(w) >= 4}
    chinese = "".join(CJK.findall(line))
    return latin | {chinese[i:i + 2] for i in range(len(chinese) - 1)}


def _agency_in(line: str) -> bool:
    """Whether a run of one to four words of the line names a news agency ("AFP", "The Canadian Press").

    Looked up case-blind among the agency list's forms that are no common word: one set lookup per run.
    """
    forms = agencies.loose_forms()
    words = [w.strip(".,;:()[]/-–—") for w in line.lower().split()[:30]]
    return any(" ".join(words[i:i + n]) in forms for n in (1, 2, 3, 4) for i in range(len(words) - n + 1))


def _date_cues(line: str) -> Features:
    # a line with no digit and no month name holds no date: the date parser is the costliest cue, spare it
    mentions = find_dates(line) if _DIGIT.search(line) or _MONTH.search(line) else ()
    days = [d for d in mentions if d.precision == "day" and not d.relative]
    covered = sum(d.end - d.start for d in mentions)
    return {"month": float(bool(_MONTH.search(line))), "year": float(bool(_YEAR.search(line))),
            "time": float(bool(_TIME.search(line))), "day_date": float(bool(days)),
            "parsed": float(bool(days) and days[0].start <= 40),  # a date opening the line, as a date line's
            "date_share": _bucket(covered / max(len(line.strip()), 1), (0.0, 0.3, 0.6, 0.9)),
            "digits": _bucket(len(_DIGIT.findall(line)) / max(len(line), 1), (0.0, 0.1, 0.3))}


def _name_cues(line: str, words: list[str]) -> Features:
    capitals = [w for w in words if w[:1].isupper()]
    given = any(is_given_name(w) for w in capitals[:6])
    chinese_names = sum(is_chinese_name(t) for t in _NAME_SPLIT.split(line)[:12])
    return {"given": float(given), "given_first": float(bool(capitals[:1]) and words[:1] == capitals[:1]
                                                       and is_given_name(words[0])),
            "zh_names": _bucket(chinese_names, (0, 1)), "by": float(bool(_BY.match(line))),
            "zh_byline": float(bool(_ZH_BYLINE.search(line))), "role": float(bool(_ROLE.search(line)))}


def line_features(line: str) -> Features:
    """The cues of one line alone (its neighbours are added by :func:`sequence_features`)."""
    text = line.strip()[:200]  # a long line is the story's; its first words say as much as the rest
    words = _words(text)
    latin = [w for w in words if not CJK.search(w)]
    cjk = len(CJK.findall(text))
    size = _size(text)  # asked by four cues: counted once
    features: Features = {
        "size": _bucket(size, (1, 2, 4, 8, 14, 24, 40)),
        "chars": _bucket(len(text), (10, 25, 50, 90, 160, 300)),
        "cjk": _bucket(cjk / max(len(text), 1), (0.0, 0.3, 0.7)),
        "caps": _bucket(sum(w[:1].isupper() for w in latin) / len(latin), (0.2, 0.5, 0.8)) if latin else "none",
        "allcaps": float(len(latin) >= 2 and all(w.isupper() for w in latin)),
        "case": _case_shape(latin),
        "end": text[-1:] if text[-1:] in ".!?:;,。！？：)）]】|\"”" else ("digit" if text[-1:].isdigit() else "other"),
        "start_punct": float(bool(text) and not text[0].isalnum() and not CJK.match(text)),
        "sentences": _bucket(len(_STOP_END.findall(text)), (0, 1, 2)),
        "bracketed": float(bool(_BRACKETED.fullmatch(text))),
        "pipe": float("|" in text or "｜" in text), "url": float(bool(_URL.search(text))),
        "copyright": float(bool(_COPYRIGHT.search(text))), "update": float(bool(_UPDATE.search(text))),
        "furniture": float(bool(_FURNITURE.search(text)) and size <= 12),
        "source_label": float(bool(_SOURCE_LABEL.match(text))), "zh_source": float(bool(_ZH_SOURCE.search(text))),
        "agency": float(size <= 30 and _agency_in(text)),
        "outlet_word": float(bool(_OUTLET_WORD.search(text))),
        "colon": float(":" in text or "：" in text), "dash_open": float(bool(_DASH.search(text[:80]))),
    }
    features.update(_date_cues(text))
    features.update(_name_cues(text, words))
    features.update(_edge_words(text, size))
    return features


def _case_shape(latin: list[str]) -> str:
    """How a line's longer words after its first are cased: a headline in title case ("Council Approves Budget"),
    one in sentence case ("Council approves budget", also a paragraph's), or all in small letters (a menu, a link)."""
    later = [w for w in latin[1:] if len(w) >= 4]
    if not later:
        return "none"
    capitals = sum(w[:1].isupper() for w in later) / len(later)
    return "title" if capitals >= 0.7 else ("sentence" if latin[0][:1].isupper() else "lower") if capitals <= 0.3 \
        else "mixed"


def _edge_words(text: str, size: int) -> Features:
    """The first and last word of a short line ("by", "source", "share", "来源", "报道"): the few words that
    name a credit or a piece of furniture, learned rather than listed.  A long line's words are the story's
    (``size``: the line's :func:`_size`)."""
    if size > 10:
        return {}
    if CJK.match(text):
        return {"w0": text[:2], "wl": text.rstrip(" )）]】.。")[-2:]}
    tokens = _LETTERS.findall(text.lower())
    return {"w0": tokens[0], "wl": tokens[-1]} if tokens else {}


# the cues worth copying onto a neighbour: those that say what the line next to a title looks like
_CONTEXT = ("size", "end", "parsed", "day_date", "time", "by", "zh_byline", "given_first", "source_label",
            "agency", "furniture", "update", "cjk", "caps", "sentences", "kind")


def sequence_features(lines: list[str], kinds: list[str]) -> list[list[str]]:
    """CRFsuite item features for a sequence of lines; ``kinds`` says where each line stands
    ("head", "heading", "block", "tail") as the reader found it."""
    own = [line_features(line) | {"kind": kind} for line, kind in zip(lines, kinds, strict=True)]
    terms = [_terms(line) for line in lines]
    around = page_cues(lines, kinds, terms)
    items: list[list[str]] = []
    for i, features in enumerate(own):
        later = set().union(*terms[i + 1:i + 4]) if i + 1 < len(terms) else set()
        earlier = set().union(*terms[max(0, i - 3):i]) if i else set()
        share = len(terms[i] & later) / len(terms[i]) if terms[i] else 0.0
        item = [f"{k}={v}" for k, v in features.items() if isinstance(v, str)]
        item += [k for k, v in features.items() if isinstance(v, float) and v]
        item += around[i]
        item += [f"pos={_bucket(i, (0, 1, 2, 3, 5, 8, 12, 20))}", f"echo_next={_bucket(share, (0.0, 0.3, 0.6))}",
                 f"echo_prev={_bucket(len(terms[i] & earlier) / len(terms[i]) if terms[i] else 0.0, (0.0, 0.5))}"]
        for offset, name in ((-1, "p"), (1, "n"), (-2, "pp"), (2, "nn")):
            j = i + offset
            if not 0 <= j < len(own):
                item.append(f"{name}:none")
                continue
            item += [f"{name}:{k}={own[j][k]}" if isinstance(own[j][k], str) else f"{name}:{k}"
                     for k in _CONTEXT if k in own[j] and own[j][k]]
        items.append(item)
    return items
