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
from briefkit.extract.regexguard import guarded

_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]")
_SITE = re.compile(r"\b(?:we|our|us|ours)\b", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:donat(?:e|ed|es|ing|ion|ions)|subscrib\w*|support\s+(?:us|our)|(?:help|support)\s+us\b|"
                   r"your\s+(?:help|support|contributions?|gifts?|donations?)|"
                   r"become\s+an?\s+(?:member|supporter|subscriber|patron))\b", re.IGNORECASE)
"""What an appeal asks of the reader: a donation, a subscription, their help or support for "us"."""
_OUR_WORK = guarded(re.compile(r"\b(?:our|we)\b.{0,80}\b(?:journalism|reporting|newsroom|coverage|work|mission|"
                       r"independen\w*)\b", re.IGNORECASE))


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


_SOURCE_LINE = re.compile(r"^\s*(?:来源|來源|出处|出處|责任编辑|責任編輯|编辑|編輯|稿源)\s*[:：]")
"""A Chinese page's credit line ("来源:中国新能源汽车网", "责任编辑:…"): the page's note on itself."""
_FOLLOW_US = guarded(re.compile(r"[请請][来來]?(?:follow|[关關]注|[订訂][阅閱]|追[踪蹤])\s*我[们們]"
                        r"|(?:[关關]注|[订訂][阅閱])我[们們]的|(?:follow|[关關]注|[订訂][阅閱])[^。！]{0,20}(?:WhatsApp|Telegram|Facebook|YouTube|微信公众号)",
                        re.IGNORECASE))
"""A Chinese page's call to follow it ("要看最快最熱資訊，請來Follow我們《東方日報》WhatsApp Channel."): its voice."""
_DEFINES = re.compile(r"^[^，,。：:]{2,20}[:：]\s*(?:即|指|是指|也称|也稱|又称|又稱|简称|簡稱|"
                      r"是用来|是用來|是用于|是用於)|(?:是指|是用来反映|是用來反映|是用于衡量|是用於衡量)")
"""A Chinese glossary line: a term and its definition ("工业增加值增长速度:即工业增长速度,是用来反映…的指标。")."""


_DISCLAIMER = guarded(re.compile(r"^Please\s+note\b|\b(?:does|do)\s+not\s+constitute\b"
                                 r"|\bnot\s+(?:financial|investment|legal)\s+advice\b"
                                 r"|\bcontained\s+in\s+this\s+(?:article|page|story)\b", re.IGNORECASE))
"""A publisher's disclaimer ("Please note that tax … rules can change and the information … contained in this
article may now be inaccurate", "… does not constitute financial advice"): the page's note on itself."""


def glossary_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """The indexes of ``sentences`` that define a term (a data release's notes, "名词解释"): they explain the
    figures and may stand in a theme, but they are no news, so no key point nor summary sentence."""
    return {s.index for s in sentences if _DEFINES.search(s.text)}


def site_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """The indexes of ``sentences`` (an article's body) that are the site's voice: its notes about the page
    (:func:`briefkit.extract.captions.is_note`, a Chinese page's "来源:" credit line) and the paragraphs of an
    appeal to its reader (:func:`appeal_paragraphs`)."""
    order = list(dict.fromkeys(s.paragraph for s in sentences))
    texts: dict[int, list[str]] = {}
    for sentence in sentences:
        texts.setdefault(sentence.paragraph, []).append(sentence.text)
    appeals = {order[i] for i in appeal_paragraphs([" ".join(texts[p]) for p in order])}
    return {s.index for s in sentences if s.paragraph in appeals or is_note(s.text) or _SOURCE_LINE.match(s.text)
            or _DISCLAIMER.search(s.text) or _FOLLOW_US.search(s.text)}
