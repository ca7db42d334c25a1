"""A drafted chart's bars and heading, chosen for a reader (template filters; the tiles' rules are
:mod:`briefkit.draftview`'s).

- :func:`chart_bars`: the bars of a drafted chart, figures of one kind a reader would compare: under the same
  labels as the tiles (none cut out of a sentence, none borrowed from the sentence with the unit tacked on:
  "Usage exceeds: kl" is a step list's threshold, "Safaricom now boasts: M-Pesa customers" is merchants), no
  change beside levels nor a total beside its parts, no growth rate beside a share and no fall beside rises
  (each bar stands up alike), and none too small beside the largest to be seen (a grant of "up to $700" each
  beside the "$1.5 billion" package it is part of is no comparison), no lengths of time (:data:`_SPANS`) and no
  range's two ends ("7%至8%": one uncertain value); a chart left with one bar is not drawn.
- :func:`chart_measure`: what the bars all measure, as their labels name it ("增加值", "Exports"), to head the
  chart by rather than by its unit alone ("单位：CNY").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from briefkit.draftview import RATE_UNITS, borrowed_label, label_quality, plain_text, tile_labelled
from briefkit.writers.chartlabels import tidy_label

_VISIBLE = 20
"""A bar under a twentieth of the largest is a sliver: the two numbers measure different things (a part beside
its whole, a per-head sum beside a package, a count of merchants beside one of customers)."""
_CHANGE = re.compile(r"^(?:an?\s+)?(?:increase|rise|jump|drop|fall|decline|decrease|gain|loss|cut|up|down)s?\b"
                     r"|\b(?:increase|decrease|rise|fall|drop|gain|loss)(?:\s+(?:of|by))?$"
                     r"|^(?:比|较|較)|(?:增加|减少|減少|增长|增長|下降|净增|淨增|增产|增產|减产|減產|回落|上升)$",
                     re.IGNORECASE)
"""A label naming a change ("Increase of people", "比上年增加"): the change beside a level is no comparison."""
_CHANGE_INSIDE = re.compile(r"\b(?:an?|the)\s+(?:increase|decrease|rise|fall|drop|gain|loss|change)\b"
                            r"|\bchange[ds]?\b|\bcompared\s+(?:to|with)\b", re.IGNORECASE)
"""A change named inside a label ("Showing an increase compared to the previous year's budget", "Change for
December was revised"): the sentence's clause around a change, beside levels no comparison either."""
_TOTAL = re.compile(r"\b(?:total|cumulative|toll|tally)\b|^bringing\b|\bin\s+all$"
                    r"|^(?:共计|合计|總計|总计|共計|合計)|(?:共计|合计|總計|总计|共計|合計)$|^(?:总|總)(?:投资|投資|额|額)",
                    re.IGNORECASE)
"""A label naming a total ("Total", "共计", "收入合计", "总投资"): the whole beside its parts is no comparison."""


_FALLS = re.compile(r"\b(?:fell|fall(?:s|ing)?|declin\w*|decreas\w*|drop(?:s|ped)?|down|lower|los[st]|shr[au]nk)\b"
                    r"|下降|减少|減少|回落|降低|下跌|收窄|放缓|放緩", re.IGNORECASE)
_RISES = re.compile(r"\b(?:rose|ris(?:e|es|ing)|grew|grow(?:s|ing|th)?|increas\w*|up|higher|gain\w*|jump\w*)\b"
                    r"|增长|增長|提高|上升|增加|上涨|上漲|加快|回升|扩大|擴大", re.IGNORECASE)
"""A label saying its number went down, or up: a chart draws both as bars of one height, the fall as a rise."""
_MOVE_TAIL = re.compile(r"(?:增长|增長|增速|增幅|下降|提高|回落|上升|上涨|上漲|加快|放缓|放緩|回升|下跌|减少|減少"
                        r"|增加)$")
"""A Chinese rate's label ending on a change ("第一产业同比增长"): a growth rate, not a level such as a share or a
contribution ("经济增长的贡献率"), which the same bars would set beside it as if one measure."""


def _a_move(label: str) -> bool:
    """Whether a rate's label names a change (a growth rate) rather than a level (a share, a rate of)."""
    if re.search(r"[\u3400-\u9fff]", label):
        return bool(_MOVE_TAIL.search(label.strip()))
    return bool(_FALLS.search(label) or _RISES.search(label))


def _the_most(bars: list[Any], side: Callable[[Any], bool]) -> list[Any]:
    """``bars`` on one ``side`` only, the side with more of them (the first bar's on a tie)."""
    yes = [fig for fig in bars if side(fig)]
    no = [fig for fig in bars if not side(fig)]
    if not yes or not no:
        return bars
    return yes if len(yes) > len(no) or (len(yes) == len(no) and side(bars[0])) else no


def _one_kind(bars: list[Any]) -> list[Any]:
    """``bars`` of one kind: without changes beside levels, nor a total beside its parts.  Rates are a change
    and a level at once (a growth rate), but a growth rate is no share of anything: a chart of rates keeps growth
    rates or levels, not both, and no fall beside rises (its bar would stand up like theirs)."""
    if bars and str(bars[0].unit or "") in RATE_UNITS:
        bars = _the_most(bars, lambda fig: bool(_FALLS.search(fig.label) and not _RISES.search(fig.label)))
        return _the_most(bars, lambda fig: _a_move(fig.label))
    # one unit: "7.6 million treatments" and "6.38 million patients" are two measures, not one chart's bars
    bars = _the_most(bars, lambda fig: str(fig.unit or "") == str(bars[0].unit or "")) if bars else bars
    for kind in (_CHANGE, _CHANGE_INSIDE, _TOTAL):
        others = [fig for fig in bars if not kind.search(fig.label.strip())]
        if len(others) >= 2 or (others and len(others) < len(bars)):
            bars = others
    return bars


_SPANS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
                    "秒", "分钟", "分鐘", "小时", "小時", "天", "日", "周", "週", "星期", "个月", "個月", "月", "年"])
"""Units of a length of time.  A draft's spans are a rule's threshold ("more than 15 months"), a period a sum
covers ("over 5 years", 近5年) or a term, each its own thing: the labels the draft gives them name no measure
the bars would share ("Treatment and three months" beside "Waiting more than six months"), so no chart."""


_AMOUNT = re.compile(r"[$£€¥₹]\s?\d|\d(?:[\d.,]*\d)?\s?(?:%|per\s?cent|billion|million|bn|mn|trillion)\b"
                     r"|\d\s?(?:亿|万|%)", re.IGNORECASE)
"""An amount in a label ("4.1% less year-on-year - down from $30.8 billion in October",
"Deficit was $40.4 billion in March, down" for $6.5 billion): a clause cut from the sentence around another
number, which names no bar."""


_COMPARING = re.compile(r"\b(?:down|up|less|more|rose|fell|increased|decreased|higher|lower)\b|比|较|較", re.IGNORECASE)


def _compared(fig: Any) -> bool:
    """A label holding another amount than its bar's, beside a word comparing them: the clause around a
    comparison, cut out of its sentence."""
    other = fig.label.replace(str(fig.display or "\0"), " ")
    return bool(_AMOUNT.search(other) and _COMPARING.search(other))


_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|–|—|-|to)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _range_ends(figures: list[Any]) -> set[int]:
    """The positions of the two ends of a range ("7%至8%", "between 2 and 4 percent"), one after the other in one
    sentence: one uncertain value, not two measures to set side by side as bars."""
    ends: set[int] = set()
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        text, first, second = str(a.source_text or ""), str(a.display or ""), str(b.display or "")
        if not first or not second or text != str(b.source_text or ""):
            continue
        at = text.find(first)
        after = text.find(second, at + len(first)) if at >= 0 else -1
        joined = text[at + len(first):after]
        if after >= 0 and (_RANGE_JOIN.fullmatch(joined)
                           or (joined.strip().lower() == "and" and _BETWEEN.search(text[:at]))):
            ends |= {i, i + 1}
    return ends


def chart_bars(figures: Iterable[Any]) -> list[Any]:
    """A drafted chart's bars: ``figures`` labelled as tiles are (see :func:`key_tiles`), of one kind a reader
    would compare: without those no label names (a clause, a label borrowed from the sentence), a second bar
    under one label, a change beside levels or a total beside its parts, and none too small to see beside the
    largest; empty when fewer than two are left."""
    listed = list(figures)
    ends = _range_ends(listed)
    named = [fig for i, fig in enumerate(map(tile_labelled, listed)) if label_quality(fig.label) < 2
             and not borrowed_label(fig) and not _compared(fig) and str(fig.unit or "") not in _SPANS and i not in ends]
    # one label as the chart prints it: "…projected to average between" is "…projected to average" there
    shown = [plain_text(tidy_label(fig.label)) for fig in named]
    # "2019 slightly decreased" and "… decreased to cent": one clause cut at two lengths labels no two things
    bars = [fig for i, fig in enumerate(named)
            if not any(shown[i].startswith(other) or other.startswith(shown[i]) for other in shown[:i])]
    bars = _one_kind(bars)
    top = max((abs(fig.value) for fig in bars), default=0.0)
    bars = [fig for fig in bars if fig.value == 0 or abs(fig.value) * _VISIBLE >= top]
    return bars if len(bars) > 1 else []


_MEASURE_CHARS = 2
_MEASURE_OPENS = re.compile(r"^[\u3400-\u9fff]")
_PERIOD_HEAD = re.compile(r"^[\d\s~至-]*(?:年(?![增减減])|月|日)?")


def chart_measure(figures: Sequence[Any]) -> str:
    """What a drafted chart's bars all measure, as their labels name it, or "" (the chart is then headed by its
    unit, "Values in CNY"): the end the labels share in Chinese ("第一产业增加值", "第二产业增加值" → "增加值"),
    from the start of a word.  A single bar names nothing shared; English labels are headed by their unit."""
    labels = [tidy_label(str(fig.label)).strip() for fig in figures]
    if len(labels) < 2 or not all(labels):
        return ""
    if all(re.search(r"[\u3400-\u9fff]", label) for label in labels):
        shared = labels[0]
        for label in labels[1:]:
            while shared and not label.endswith(shared):
                shared = shared[1:]
        # a period the labels share opens no measure ("10月外銷訂單" → "外銷訂單"; the heading adds the period)
        # …but "年增" (year-on-year growth, "美國訂單年增") is a measure of its own, not a period's end
        shared = _PERIOD_HEAD.sub("", _word_start(labels[0], shared)).lstrip("的之和与及、，,（(")
        return shared if len(shared) >= _MEASURE_CHARS and _MEASURE_OPENS.match(shared) else ""
    # English labels share a word more often than a measure ("Item 1", "Deaths at home"): the unit's heading
    # ("Number of deaths") says it better
    return ""


def _word_start(label: str, tail: str) -> str:
    """``tail``, the end of a Chinese ``label``, from the start of its first whole word ("业增加值" of
    "第一产业增加值" → "增加值"); a tail that is a word of its own where the label runs it into one ("人口" of
    "城镇人口") stays whole, but not the end of a number ("分之一" of "三分之一")."""
    from briefkit.extract.segment_zh import tokens

    start, at = len(label) - len(tail), 0
    for word, _ in tokens(label):
        if at >= start:
            return tail if at == start or _a_word(tail) else label[at:]
        at += len(word)
    return tail if _a_word(tail) else ""


def _a_word(text: str) -> bool:
    """Whether ``text`` is one word of two characters or more, not the end of a fraction ("分之一")."""
    from briefkit.extract.segment_zh import tokens

    if text in _MEASURE_WORDS:
        return True
    return len(text) >= _MEASURE_CHARS and not re.match(r"[之分的]", text) and [w for w, _ in tokens(text)] == [text]


_MEASURE_WORDS = frozenset(["年增", "年減", "年减", "年增率", "年減率", "年减率", "月增", "月減", "月减"])
"""Measures the segmenter splits ("年" "增"), or runs into the word before ("前年" "增" of "春節假期前年增"):
year-on-year growth named as Taiwan's statistics name it."""
