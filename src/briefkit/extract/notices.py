"""Notices that name who published a page: republishing notes (copyright lines: :mod:`briefkit.extract.copyrights`).

"© 2024 Example Media. All rights reserved.", "Copyright © The Valley Times 2024", "This article was
originally published on The Conversation", "Republished from Kentucky Lantern", "本文原刊於《華爾街日報》".
A notice names the holder or the first printer; a photo's copyright ("© Getty Images") names neither.
"""

from __future__ import annotations

import re

from briefkit.extract.copyrights import copyright_holder as copyright_holder

_CAP_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w&'’-]*){0,5}"
# a site many style in lower case names itself by its address ("first appeared on lakeviewpost.com"): a host, its
# suffix letters closing it, is a name however it is cased (a lower-case word alone, "in print", never is)
_HOST_NAME = r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.[A-Za-z]{2,6}(?![\w.-]*\w)"

# the verbs in any case ("Republished from …" opens its sentence), the name capitalised
_REPUBLISHED = re.compile(r"\b(?i:(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|by|at)|"
                          r"(?:appeared|published|ran)\s+(?:originally|first)\s+(?:on|in|by|at)|"
                          r"(?:republished|reprinted|reproduced)\s+(?:from|with\s+permission\s+(?:from|of))|"
                          r"courtesy\s+of|"
                          # "This story was produced by KFF Health News", "… is published by X, a nonprofit newsroom"
                          r"(?:story|article|report|piece)\s+(?:was|is)\s+(?:produced|published|reported)\s+by|"
                          # "This report by The Canadian Press was first published …", "Cross-posted from Daily Kos"
                          r"this\s+(?:report|story|article)\s+by|cross-?posted\s+(?:from|with|at))\s+"
                          r"(?P<name>" + _HOST_NAME + "|" + _CAP_NAME + r")")
# "本文原刊於《華爾街日報》", "本文首发于2022年1月27日《南方周末》", "原载《经济日报》": a Chinese page's first printing
_ZH_REPUBLISHED = re.compile(r"(?:原刊[於于]|首[发發][于於]|原[载載][于於]?|[转轉][载載]自|[选選]自)[^《》]{0,20}?"
                             r"《(?P<name>[^《》]{2,20})》")


def republished_zh(text: str, this_article: bool = False) -> str | None:
    """"本文原刊於《華爾街日報》" → "華爾街日報"; with ``this_article`` only a note that says 本文 (this article)."""
    match = _ZH_REPUBLISHED.search(text[:400])
    if match is None or (this_article and not re.search(r"(?:本文|此文|原文)\s*$", text[:match.start()])):
        return None
    return match["name"]


def republished(text: str) -> str | None:
    """"This article was originally published on The Conversation." → "The Conversation"."""
    if zh := republished_zh(text):
        return zh
    match = _REPUBLISHED.search(text)
    if not match:
        return None
    # ("… published by the Lakeview Ledger": the sentence's article, in lower case, is no part of the name)
    name = re.sub(r"\s+(?:under|on|in|and|with)$", "", match["name"].strip()).removeprefix("the ")
    return name if len(name) >= 2 else None


# "This article was produced by IRIN News while …" opening a paragraph: a note on who made this very story, which a
# copy may print anywhere (under a short story, before the site's appeals), not only at the page's ends
_PRODUCED = re.compile(r"^(?:This|The)\s+(?:story|article|report|piece|feature)\s+(?:was|is|has\s+been)\s+"
                       r"(?:produced|written|reported|published)\s+by\s+(?P<name>" + _CAP_NAME + r")")


def produced_by(text: str) -> str | None:
    """"This article was produced by IRIN News while …" → "IRIN News": the outlet a paragraph says made the story."""
    match = _PRODUCED.match(text.strip())
    if not match:
        return None
    name = re.sub(r"\s+(?:under|on|in|and|with|while|for)$", "", match["name"].strip())
    return name if len(name) >= 2 else None

