"""Labels that open on a word a chart cannot: a sum's purpose ("For education" → "Education"), a count's place
("In NSW" → "NSW"), and a Chinese label of one character ("由", "达", "约": a preposition or a verb), which gives way
to the noun after the figure's 的 or to the clause before its own.  Every word stays the article's.
"""

from __future__ import annotations

import re

from briefkit.extract.labels import capitalise, phrase_after
from briefkit.extract.regexguard import guarded
from briefkit.extract.wordcount import CJK

_MONEY = re.compile(r"[A-Z]{3}")  # a currency code: the figure finder's unit for a sum of money


# "£30million for education", "$220,000 for equipment replacement": a sum's label that is its purpose reads on a
# chart as the noun phrase it governs ("Education"), not as a cut sentence ("For education"); "36 in NSW": the place
_PURPOSE = re.compile(r"^(?:For|Towards?)\s+(?:the\s+|a\s+|an\s+)?(?P<what>[A-Za-z][\w'’-]*(?:\s+[\w'’(),&-]+)*)$")
_PLACE = re.compile(r"^In\s+(?:the\s+)?(?P<what>(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3})$")
_SPAN = guarded(re.compile(r"(?:the\s+)?(?:\d\w*|first|second|third|next|last|past|coming|year|month|week|day|quarter"
                   r"|period)\b", re.IGNORECASE))  # "RM 148 for the 1st year": a span of time, no purpose
_MONTHS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|^(?:Q[1-4]|H[12])\b")


def purpose_label(label: str, unit: str | None) -> str | None:
    """A sum's purpose or a count's place as the noun phrase a label opening on "For" or "In" governs, else
    None."""
    if _MONEY.fullmatch(unit or "") and (match := _PURPOSE.match(label)) and not _SPAN.match(match["what"]):
        return capitalise(match["what"])
    if (match := _PLACE.match(label)) and not _MONTHS.match(match["what"]):
        return match["what"]
    return None


_ZH_BOUNDARY = re.compile(r"[，,。；;：:（()）、！!？?]")


def zh_fallback(text: str, span: tuple[int, int]) -> str | None:
    """What a Chinese figure left with a one-character label measures: the noun after its 的 ("在3225亿令吉的开销中"
    → 开销), else the clause before its own ("…网民增长率最高,达16.6%" → 网民增长率最高)."""
    after = _ZH_BOUNDARY.split(text[span[1]:], maxsplit=1)[0]
    if after.startswith("的") and len(noun := re.sub(r"[中里内上]$", "", after[1:]).strip()) >= 2:
        return noun
    parts = [p.strip() for p in _ZH_BOUNDARY.split(text[:span[0]])]
    previous = parts[-2] if len(parts) > 1 else ""
    previous = re.sub(r"^(?:其中|但是|但|而且|而|此外|另外|同时|同時)", "", previous)
    return previous if len(CJK.findall(previous)) >= 2 else None


# "£30million for education": what a sum is for, not a span of time ("for the first year", "for 2024")
_FOR = re.compile(r"\s*for\s+(?:the\s+|a\s+|an\s+)?(?!(?:the|a|an|first|next|last|past|coming|same|whole|year"
                  r"|month|week|quarter|period|time|fiscal|financial)\b)(?P<what>[A-Za-z][\w'’-]*(?:\s+(?:(?:and|&)\s+"
                  r"(?=[A-Z])|(?:of|into)\s+(?:the\s+|a\s+|an\s+)?)?(?!(?:and|or|of|into|in|on|at|by|to|from|with|over"
                  r"|this|next|last|the|a|an)\b)[A-Za-z][\w'’-]*){0,4})")


def purpose_after(text: str, end: int) -> str | None:
    """What a sum ending at ``end`` is for, when "for" and a noun phrase follow it ("£30million for education" →
    "education"), else None."""
    match = _FOR.match(text, end)
    return match["what"] if match else None


# "the government's 2 percent target", "the MPC's 2% target": a label cut to the owner ("Government’s") lacks the
# noun the number measures, which follows the number
_OWNER = re.compile(r"^(?!(?:That|It|There|What|Here|Who|He|She|Let)['’])[A-Z][\w.&-]*(?:\s+[\w.&-]+){0,2}['’]s$")
_HEAD_END_WORDS = "during in for of to from at on by with since over last this next and or was is were are"
_HEAD_END = frozenset(_HEAD_END_WORDS.split())


def owned_label(label: str, text: str, end: int) -> str | None:
    """"Government’s target" for a label that is only the owner before the number, else None."""
    if not _OWNER.match(label) or not (after := phrase_after(text[end:])):
        return None
    words: list[str] = []
    for word in after.split()[:3]:
        if word.lower() in _HEAD_END:
            break  # "target during four months": the noun ends before its preposition
        words.append(word)
    return f"{label} {' '.join(words)}" if words else None

