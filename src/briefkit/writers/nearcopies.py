"""A sentence said again with its attribution or a linking word: a near copy, not a new sentence.

A page prints its standfirst ("Finance Minister Chrystia Freeland will table the fall economic statement on
Nov. 21.") and its lede says it again with the source tacked on ("…, her office said Thursday.").  A drafted
brief may take one for its summary and the other for its background: a reader then reads one sentence twice.
:func:`without_attribution` gives the sentence less that trailing attribution, so that the two compare as one.
A key point drafted from "Furthermore, Mr. Phiri said that …" drops the linking word: the paragraph it came from,
printed further down, says it again with it (:func:`without_link`).
Only an attribution after a comma at the very end counts ("…, her office said Thursday.", "…, said Jane Doe.",
"…, according to the ministry."): a clause after "said" that says more ("…, and Y said it shrank.") is no
attribution, and the sentence keeps it.
"""

from __future__ import annotations

import re

_WORD = r"[\w'’.-]+"
_WHEN = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
         r"this\s+(?:week|month|morning)|last\s+(?:week|month|night)|in\s+a\s+statement))?")
_ATTRIBUTION = re.compile(
    rf",\s+(?:(?:{_WORD}\s+){{1,5}}(?:said|says|announced|confirmed|reported|added|told\s+{_WORD}(?:\s+{_WORD}){{0,3}})"
    rf"|(?:said|says|according\s+to)(?:\s+{_WORD}){{1,5}}){_WHEN}\s*[.!]?\s*$")
"""A trailing attribution: a speaker of up to five words and a speech verb, or the verb and then the speaker,
with its day ("…, her office said Thursday.")."""


def without_attribution(sentence: str) -> str | None:
    """``sentence`` less a trailing attribution, with a full stop; None when it has none (or is a quotation:
    a quotation's attribution is its speaker's, set apart by the products)."""
    text = sentence.strip()
    if text[:1] in "\"“‘'" or re.search(r"[\"”’]\s*,", text):
        return None
    match = _ATTRIBUTION.search(text)
    return text[:match.start()].rstrip() + "." if match and match.start() > 0 else None


_LINK = re.compile(r"^(?:However|But|And|Meanwhile|Also|Moreover|Furthermore|In\s+addition|Additionally|Separately"
                   r"|Still|Yet|Indeed|Besides)\s*,?\s+(?=[\"“‘'(]?\w)")
"""A linking word that opens a sentence ("Furthermore, ", "But "): the sentence says the same without it."""


def without_link(sentence: str) -> str | None:
    """``sentence`` less a linking word at its start, its next word capitalised; None when it has none."""
    match = _LINK.match(sentence.strip())
    if not match:
        return None
    rest = sentence.strip()[match.end():]
    return rest[:1].upper() + rest[1:]


def near_forms(sentence: str) -> list[str]:
    """The shorter forms a near copy of ``sentence`` may take: less its trailing attribution, less its opening
    linking word, less both (empty when it has neither)."""
    unlinked = without_link(sentence)
    forms = [without_attribution(sentence), unlinked, without_attribution(unlinked) if unlinked else None]
    return [f for f in forms if f]
