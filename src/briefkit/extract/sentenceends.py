"""How a sentence of the body ends: cut short by the page, signed off by the site, or finished.

A summary, a key point or the background is read as the article's own sentences, each one whole.  Pages print
other things that look like sentences:

- a teaser's dek or a snippet the page cut to length ("… while ready-to-eat food an...", "… during the first
  quarter of this year,...", "… as commissioners, in line with the Constitution," added"): a sentence stopping
  mid-way (:func:`cut_short`), or on a word that leads on ("… introduced primarily to implement the");
- a headline of another story, set in title case without a stop ("TICAD 9 to Start in Yokohama on Wed. to
  Discuss Aid for African Countries", "Cameroonian Artist Ava Avenir to be Buried Tomorrow");
- the agency's or the site's sign-off after the last stop ("… economic recovery. — Bernama", "… said
  Pelaelo. Enditem", "… regular employees. ...continue reading"), or a picture's credit run into the last
  stop ("… $5 million.Patrick Doyle / THE CANADIAN PRESS"): the page's mark, not the story's words
  (:func:`without_signoff` keeps the sentence, less its sign-off).

A whole sentence the page printed without its stop ("“…, are within our forecast,” he said") is still a
sentence: :func:`finished` gives it its full stop, as the summary does for a list's item run into the next.
"""

from __future__ import annotations

import re

from briefkit.extract.regexguard import guarded
from briefkit.extract.textcache import text_cache

_CJK = re.compile(r"[\u3400-\u9fff]")
_ELLIPSIS = re.compile(r"(?:[^\W\d_]|,|(?<![.!?])[)”’\"'])\s?(?:…|\.{3})\s*$")
"""An ellipsis straight after a word, a comma, or a bracket or quotation closed before the cut ("… food an...",
"… of this year,...", "… (“Wesdome” or the “Company”)…"): text cut to length.  (A quotation closed on its full
stop, then dots — '… since 2002."...' — is a whole sentence with the page's mark that more follows.)"""
_ELLIPSIS_ZH = re.compile(r"(?:…|\.{3})\s*$")
_ZH_CLOSED = re.compile(r"[。！？](?:…+|\.{3,})\s*$")
_STOPS = (".", "!", "?", "。", "！", "？", '"', "”", "’", "」", "』", "…", ")", "）", ";", "；", ":", "：")
_LEADS_ON = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
                       "but", "as", "than", "that", "which", "who", "whose", "about", "into", "its", "their", "his",
                       "her", "our", "is", "are", "was", "were", "be", "will", "would", "could", "should", "added",
                       "because", "if", "while", "when", "where", "during", "between", "such"])
"""Words no sentence ends on: an article, a preposition, a conjunction, a possessive, an auxiliary, a speech
verb whose speaker was cut off ("…,” added")."""
_SIGNOFF = guarded(re.compile(
    r"(?<=[.!?\"”’])\s*(?:"
    r"[-–—]{1,3}\s*[A-Z][\w.&-]*(?:[ /][A-Z][\w.&'-]*){0,3}(?:,\s*(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?"
    r"|Enditem|ENDS?|\([Ee]nd\)(?:\s+[\w.]{1,12})?|-{2,}\s*Ends\b.*"
    r"|\.{3}\s*[Cc]ontinue\s+reading|\.{3}\s*[Rr]ead\s+more"
    r")\s*$"))
"""A sign-off after a sentence's stop: an agency or a reporter after a dash ("— Bernama", "– SAnews.gov.za",
"- BERNA NAMATA, The EastAfrican"), a wire's end mark ("Enditem", "(end) sss.rk", "---Ends/Thuraiya/Anas ..."),
or a teaser's link ("...continue reading")."""
_SHORT_WORDS = frozenset(["a", "ad", "ah", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in",
                          "is", "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
                          "tv", "uk", "un", "eu", "pm", "am"])
"""Words of one or two letters: a last word of one or two letters besides these is a word the page cut ("… where
families could create h")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "as", "with", "from",
                    "vs", "is"])
_HEADLINE_SHARE = 0.7
_SENTENCE_WORDS = 6
_CUT_TAIL = re.compile(r"\b(?:the|a|an|for|of|to)\s+(?:two|three|four|five|six|seven|eight|nine|ten|first|second|third|"
                       r"last|next|past|same|new|other|most)$|,\s*(?:up|down|from|or|and)$", re.IGNORECASE)
"""Ends that give away a cut after a whole word: an article or preposition and a word that wants its noun ("…
to $44.4 billion for the three"), or a comma and a word that leads on ("… 19.5 billion USD, up")."""
_SPOKEN_END = re.compile(
    r"[”\"’]\s*,?\s*(?:(?:[\w.'’-]+\s+){0,5}(?:said|says|added|adds|wrote|writes|noted|stated|explained|told\s+[\w.'’-]+)"
    r"|(?:said|says|added|adds)(?:\s+[A-Z][\w.'’-]*){1,4})$", re.IGNORECASE)
"""A quotation's speech tag ("…,” he said", "…,” said Jane Doe"): the sentence's end, though the page
printed no stop after it."""


_GLUED_CREDIT = guarded(re.compile(
    r"(?:(?<=[a-z\d%]{2}[.!?])(?<!\bvs\.)|(?<=[a-z\d%]{2}[.!?][\"”’]))"
    r"(?:[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|via|for)){0,3}\s*/\s*)?"
    r"(?:[A-Z]{2}[\w.'’&-]*|[A-Z][a-z]{3,}[\w.'’&-]*)(?:\s+(?:[A-Z][\w.'’&-]*|via)){0,3}\s*$"))
"""A picture's credit the page ran into the sentence before it, with no space after the stop ("… $348.3
million.Patrick Doyle / THE CANADIAN PRESS", "… short fair hair.BBC", "… shares.Canadian Press"): a word of two
small letters or digits closes the sentence, so an initial ("the U.S."), a title ("St.Helena") or "vs." is no
such stop."""


# (a pure function of its text: the summary, the sections and the key points each ask it of the same sentences)
@text_cache(maxsize=2048)
def without_signoff(text: str) -> str:
    """``text`` less a sign-off after its last stop ("… recovery. — Bernama" → "… recovery."), or a picture's
    credit glued onto that stop ("… hair.BBC" → "… hair."), or as it is."""
    bare = _SIGNOFF.sub("", text.rstrip())
    bare = _GLUED_CREDIT.sub("", bare)
    return bare if bare.strip() else text


def headline_case(text: str) -> bool:
    """A line in title case without a stop, as a page prints another story's headline ("Czech and Slovak Museum
    in Cedar Rapids Forms Bridge"): nearly every word but the small ones capitalised."""
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL]
    if len(words) < 3 or text.rstrip().endswith(_STOPS):
        return False
    return bool(sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words))


def cut_short(text: str) -> bool:
    """Whether ``text`` stops mid-sentence: an ellipsis straight after a word or a comma (a Chinese one not
    after a sentence's stop), or no stop after a word that leads on ("… to implement the") or after a word cut
    ("… could create h")."""
    return _cut_short(without_signoff(text).strip())


def _cut_short(text: str) -> bool:
    """:func:`cut_short` of a text already without its sign-off."""
    if _CJK.search(text[-12:]):
        return bool(_ELLIPSIS_ZH.search(text)) and not _ZH_CLOSED.search(text)
    if _ELLIPSIS.search(text):
        return True
    words = text.split()
    if not words or text.endswith(_STOPS):
        return False
    if _CUT_TAIL.search(text):
        return True
    last = words[-1].lower().strip(",;")
    return last in _LEADS_ON or (last.isalpha() and len(last) <= 2 and last not in _SHORT_WORDS
                                 and words[-1] != "I")


def unfinished(text: str) -> bool:
    """Whether ``text`` is no whole sentence to print as one: cut short (:func:`cut_short`), a headline in
    title case, or a short line with no stop (an interface's line, a list's label)."""
    return _unfinished(without_signoff(text).strip())


def _unfinished(text: str) -> bool:
    """:func:`unfinished` of a text already without its sign-off (the sign-off is read once, not per test)."""
    if _cut_short(text):
        return True
    if _CJK.search(text[-12:]) or text.endswith(_STOPS):
        return False
    return headline_case(text) or len(text.split()) < _SENTENCE_WORDS


def finished(text: str) -> str:
    """``text`` as a sentence of the draft prints it: without a sign-off, and with a full stop where the page
    printed none after a whole sentence ("…,” he said" → "…,” he said.").  A sentence cut short is left as it
    is (its callers pass it over)."""
    text = without_signoff(text).rstrip()
    if not text or text.endswith(_STOPS) or _CJK.search(text[-12:]) or _unfinished(text.strip()):
        return text
    # a page cut after a whole word can look like this too: cut_short reads the ends that give one away
    return text + "." if _SPOKEN_END.search(text) or re.search(r"[\w%)]$", text) else text


# "Ministry of Defence: Rs. 142.95 billion", "出口总额：1.2万亿元": a list's line, a label and its value
_LIST_LINE = re.compile(r"^[^:：.。!?！？]{2,120}[:：]\s*[^:：]{1,60}$")
_LIST_VALUE_WORDS = 8


def list_line(text: str) -> bool:
    """A list's line: a label, a colon and a short value with a number, no closing stop.  A key point may say
    it; a summary paragraph of such lines reads as a table run together, so the summary passes them over."""
    bare = text.strip()
    if not _LIST_LINE.match(bare) or bare.endswith((".", "。", "!", "?", "！", "？")):
        return False
    value = re.split(r"[:：]", bare, maxsplit=1)[1]
    return bool(re.search(r"\d", value)) and len(value.split()) <= _LIST_VALUE_WORDS
