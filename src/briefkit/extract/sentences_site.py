"""Sentences in which the site speaks, not the story: its notes about the page and its appeals to the reader.

A news page often closes on the publisher's own voice: a note on where the article came from ("This article was
produced by … while it was part of …") and an appeal for support ("We need your help to sustain and expand our
work.", "Your donation will support our unique approach to journalism …").  Neither is the story: no key point
nor topic block says them.

An appeal is told by who speaks to whom, not by a site's wording: outside any quotation, a paragraph that says
"we"/"our" *and* "you"/"your" and asks something of the reader (help, support, a donation, a subscription) is the
site addressing its readers; a paragraph next to one, speaking as "we"/"our" of its journalism or reporting,
belongs to the same appeal.  A reporter quoting an appeal keeps its quotation marks, so the speaker's words stay
a quotation, not the page's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefkit.extract.body import Sentence
from briefkit.extract.captions import is_note

_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]")
_SITE = re.compile(r"\b(?:we|our|us|ours)\b", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:donat(?:e|ed|es|ing|ion|ions)|subscrib\w*|support\s+(?:us|our)|(?:help|support)\s+us\b|"
                   r"your\s+(?:help|support|contributions?|gifts?|donations?)|"
                   r"become\s+an?\s+(?:member|supporter|subscriber|patron))\b", re.IGNORECASE)
"""What an appeal asks of the reader: a donation, a subscription, their help or support for "us"."""
_OUR_WORK = re.compile(r"\b(?:our|we)\b.{0,80}\b(?:journalism|reporting|newsroom|coverage|work|mission|"
                       r"independen\w*)\b", re.IGNORECASE)


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def appeal_paragraphs(paragraphs: Sequence[str]) -> set[int]:
    """The positions, among ``paragraphs`` in page order, of those in which the site appeals to its reader."""
    bare = [_outside_quotes(text) for text in paragraphs]
    asks = {i for i, text in enumerate(bare)
            if _SITE.search(text) and _READER.search(text) and _ASKS.search(text)}
    # the appeal's other paragraphs: next to it, the site speaking of its own work ("Our ability to deliver …")
    around = {j for i in asks for j in (i - 1, i + 1)
              if 0 <= j < len(bare) and j not in asks and _OUR_WORK.search(bare[j]) and not _READER.search(bare[j])}
    return asks | around


def site_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """The indexes of ``sentences`` (an article's body) that are the site's voice: its notes about the page
    (:func:`briefkit.extract.captions.is_note`) and the paragraphs of an appeal to its reader
    (:func:`appeal_paragraphs`)."""
    order = list(dict.fromkeys(s.paragraph for s in sentences))
    texts: dict[int, list[str]] = {}
    for sentence in sentences:
        texts.setdefault(sentence.paragraph, []).append(sentence.text)
    appeals = {order[i] for i in appeal_paragraphs([" ".join(texts[p]) for p in order])}
    return {s.index for s in sentences if s.paragraph in appeals or is_note(s.text)}
