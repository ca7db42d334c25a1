"""What a drafted brief shows: its quotations and key-figure tiles, chosen for a reader (template filters).

A draft comes straight from ``briefkit extract``: nobody has chosen its quotations or its figures yet.
Its products should still read as if someone had:

- :func:`fresh_quotes`: a quotation the summary, a key point or the background already prints is not
  shown again under "In their words" (issue 12: no sentence used twice; quotations are treated the same);
- :func:`key_tiles`: the key figures a slide of tiles or the note's table shows, in the article's order,
  without a second tile for a number already shown, a second tile under a label already shown ("Base rate"
  twice side by side says nothing about which is which), or a label that is an article fragment
  ("…in the six months to June", "Capital and social transfers of").  Every figure stays in the content,
  the speaker notes and the Word summary's full table.

Templates call them as filters (``brief.quotes | fresh_quotes(texts)``, ``figures | key_tiles(6)``); a
reviewed brief's choices are a person's and the templates print them whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from briefkit.writers.chartlabels import MID_SENTENCE, excerpt

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_LEADS_ON = MID_SENTENCE | {"a", "an", "the", "its", "their", "his", "her", "went", "came", "rose", "fell", "have",
                            "has", "had", "will", "would", "could", "should", "can", "may"}
_OPENS_MID = re.compile(r"^(?:…|\.\.\.|[,;:)\]])")
_CHANGES = frozenset(["percentage points", "basis points", "points"])
_LABEL_WORDS = 8
"""A label of more words is a clause cut from a sentence ("One-off items, rose 12% to ZAR12.11 billion in
the first"), not the name of what a number measures."""


def _plain(text: str) -> str:
    """Words only, lower case, spaced: a quotation is found in a sentence whatever its marks and spacing."""
    return " " + " ".join(_WORDS.findall(text.lower())) + " "


def fresh_quotes(quotes: Iterable[Any], printed: Sequence[Any]) -> list[Any]:
    """``quotes`` without those whose words a text of ``printed`` (the summary, key points, background) holds.

    A key point is an item with ``text``; a string is taken as it is; empty entries count for nothing.
    """
    said = [_plain(str(getattr(t, "text", t))) for t in printed if t]
    return [q for q in quotes if not any(_plain(q.text) in text for text in said)]


def fragment_label(label: str) -> bool:
    """A label cut from a sentence: opens mid-sentence ("…in July", "as capital expenditure") or stops on a
    word that leads on ("Capital and social transfers of")."""
    text = excerpt(label.strip())  # as the writers print it: "In the six months" is "…in the six months"
    words = text.split()
    if not words or _OPENS_MID.match(text):
        return True
    if re.search(r"[\u3400-\u9fff]", text):
        return len(text) < 2
    return words[0] in _LEADS_ON or words[-1].lower().rstrip(".,;:") in _LEADS_ON or len(words) > _LABEL_WORDS


def key_tiles(figures: Iterable[Any], most: int) -> list[Any]:
    """Up to ``most`` of ``figures`` in order, each number and each label once, no fragment for a label."""
    shown: list[Any] = []
    numbers: set[tuple[str, str]] = set()
    labels: set[str] = set()
    by_label: dict[str, int] = {}
    for fig in figures:
        number = (str(fig.display), "") if fig.display else (str(fig.value), str(fig.unit or ""))
        label = _plain(fig.label)
        if number in numbers or fragment_label(fig.label):
            continue
        if label in labels:
            # "Base rate" by 50 basis points, to 3.40 percent: the level tells more than the change
            at = by_label[label]
            if shown[at].unit in _CHANGES and fig.unit not in _CHANGES:
                shown[at] = fig
                numbers.add(number)
            continue
        by_label[label] = len(shown)
        numbers.add(number)
        labels.add(label)
        shown.append(fig)
        if len(shown) >= most:
            break
    return shown
