"""A change a sentence states twice, as a sum and as a percentage ("Tax receipts were €47.8 billion, up €4.3 billion
or 10 per cent on an annual basis"): both numbers measure one change, of the level the sentence opened with, against
what follows them ("on an annual basis", "above profile").  Read clause by clause, the sum's label copies the clause
("Up €4.3 billion or 10 per cent on an annual") and the percentage's is the comparison alone ("Annual basis"); here
both are labelled as the change of that level ("Tax receipts: rise on an annual basis").
"""

from __future__ import annotations

import re

from briefkit.content.model import Figure
from briefkit.extract.labels import capitalise

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_OR = re.compile(r"\s+or\s+(?:by\s+)?")
_UP = re.compile(r"\b(?:up|rose|risen|rising|increased?|grew|grown|higher|gained?|jumped|climbed|a\s+rise\s+of|"
                 r"an\s+increase\s+of)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|some\s+)?$", re.IGNORECASE)
_DOWN = re.compile(r"\b(?:down|fell|fallen|falling|decreased?|declined?|dropped|lower|lost|a\s+fall\s+of|"
                   r"a\s+decrease\s+of|a\s+drop\s+of)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|some\s+)?$",
                   re.IGNORECASE)
# what the change is measured against: "on an annual basis", "above profile", "on the same month last year"
_AGAINST = re.compile(r"\s+(?P<word>above|below|ahead\s+of|behind|on|over|from|against|compared\s+(?:with|to)"
                      r"|than)\s+(?P<what>[^,;.()€$£¥]{3,50}?)(?=\s*(?:[,;.()]|\s+and\s|\s+driven\s|\s+due\s|$))",
                      re.IGNORECASE)
_ABOVE = frozenset({"above", "ahead of"})
_BELOW = frozenset({"below", "behind"})


def _direction(before: str, word: str) -> str:
    """"rise" or "fall" as the words around the pair say it ("up", "fell", "above profile"), else "change"."""
    if _UP.search(before) or word in _ABOVE:
        return "rise"
    if _DOWN.search(before) or word in _BELOW:
        return "fall"
    return "change"


def label_restated(text: str, spans: list[tuple[int, int]], figures: list[Figure]) -> None:
    """Label each sum-and-percentage pair of ``figures`` (one a number of ``text``, at ``spans``) as the change of
    the level before it: the first sum of the pair's currency in the sentence, when one precedes the pair."""
    for i in range(len(figures) - 1):
        total, share = figures[i], figures[i + 1]
        if not (total.unit and _CURRENCY.match(total.unit) and share.unit == "%"
                and _OR.fullmatch(text[spans[i][1]:spans[i + 1][0]])):
            continue
        level = next((f for f in figures[:i] if f.unit == total.unit), None)
        against = _AGAINST.match(text, spans[i + 1][1])
        if level is None or against is None:
            continue
        word = " ".join(against["word"].lower().split())
        change = f"{_direction(text[:spans[i][0]], word)} {word} {' '.join(against['what'].split())}"
        total.label = share.label = capitalise(f"{level.label}: {change}")


# "Of the $79.8 million, $11.4 million will go to roads": the whole a sentence opens on, the sum an earlier one gave
_OF_THE_WHOLE = re.compile(r"^\W*(?:of|out\s+of)\s+(?:the|that|this|these|those)\s+(?:total\s+(?:of\s+)?)?",
                           re.IGNORECASE)


def restated_whole(figure: Figure, text: str, earlier: list[Figure]) -> bool:
    """Whether ``figure`` is the whole a sentence opens on ("Of the $79.8 million, …") that an earlier sentence
    already gave, its value and unit: a reference back to that figure, no new one."""
    opener = _OF_THE_WHOLE.match(text)
    if opener is None or not figure.display or not text[opener.end():].startswith(figure.display.split()[0]):
        return False
    # (a bare "$" is read as the US dollar before the page's own dollar is worked out: any two sums are one unit)
    return any(e.value == figure.value and (e.unit == figure.unit or (_money(e.unit) and _money(figure.unit)))
               for e in earlier)


def _money(unit: str | None) -> bool:
    """A currency's code ("USD", "XCD"): the unit every sum is drafted in."""
    return unit is not None and len(unit) == 3 and unit.isupper()
