"""Sentence splitting robust to abbreviations and one-paragraph bodies.

A period ends a sentence only when the next word starts a new one (capital,
digit, quote or CJK) and the word before it is not an abbreviation such as
"U.S.", "No.", "Dr." or "a.m.".  CJK full stops always end a sentence.
"""

from __future__ import annotations

import re

_ABBREVIATION_WORDS = (
    "mr mrs ms dr prof sr jr st no nos vol fig figs art p pp para ed eds est approx dept gov gen col lt "
    "sgt capt cmdr adm rep sen inc ltd co corp bros vs etc al e.g i.e a.m p.m u.s u.k u.n e.u jan feb "
    "mar apr jun jul aug sep sept oct nov dec mt ft mme mlle cf hon rev cllr supt insp messrs")
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_MONEY_SIGNS = frozenset({"rs", "tk"})
_BOUNDARY = re.compile(r"""([.!?…]+["”’')\]]*|[。！？]+[”’」』）]*)(\s+|(?=[\u3400-\u9fff])|$)""")
_TABLE_TAIL = re.compile(r"(?:\s*\|)+\s*$")
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}|[ivx]{1,4}|[IVX]{1,4})$")
"""All that precedes a period at a paragraph's start is a list number ("1.", "iv.")."""
_NEXT_START = re.compile(r"""["“‘'(\[]*[A-Z0-9À-ÖØ-Þ\u3400-\u9fff]""")
"""What opens a sentence, matched where the previous one ends (the paragraph's rest is not copied to look)."""
_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]$")
"""A person's two initials ("A.J. Harris", "J.K. Rowling"): no sentence ends after them."""


def _last_word(text: str) -> str:
    match = _LAST_WORD.search(text[-64:])  # a slice: a huge unbroken word must not cost n² steps
    return match.group(1).lower().rstrip(".") if match else ""


MAX_SENTENCE = 1000
"""Longer "sentences" (run-on text, tables pasted as prose) are cut at clause or word breaks."""


def _cut_long(sentence: str) -> list[str]:
    """Pieces of at most MAX_SENTENCE characters, cut after a comma, semicolon or space when there is one."""
    pieces: list[str] = []
    while len(sentence) > MAX_SENTENCE:
        window = sentence[:MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind("，"))
        cut = cut + 1 if cut > MAX_SENTENCE // 2 else (window.rfind(" ") if window.rfind(" ") > 0 else MAX_SENTENCE)
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return [*pieces, sentence] if sentence else pieces


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, stripped, in order; none longer than MAX_SENTENCE.

    A piece without a letter or digit ("| ||||||||", a layout table's trailing cells) is no sentence, and
    such cells closing the paragraph are no part of its last sentence.
    """
    return [piece for sentence in _split(_TABLE_TAIL.sub("", paragraph)) for piece in _cut_long(sentence)
            if any(c.isalnum() for c in piece)]


def _split(paragraph: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end(1)
        mark = match.group(1)
        if not mark.startswith(tuple("。！？")):
            word = _last_word(paragraph[max(start, match.start(1) - 64):match.start(1)])
            if mark.startswith(".") and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
                                         or _INITIALS.search(paragraph, max(start, match.start(1) - 8),
                                                             match.start(1))):
                continue
            if mark == "." and word in _MONEY_SIGNS and paragraph[match.end():match.end() + 1].isdigit():
                continue  # "Rs. 1,200 crore", "Tk. 45,000 crore": a currency's abbreviated sign before its sum
            if mark == "." and match.group(2) and _ENUMERATOR.match(paragraph[start:match.start(1)]):
                continue  # "1. We hurt US industry …": a list item's number, not a sentence
            if match.end() < len(paragraph) and not _NEXT_START.match(paragraph, match.end()):
                continue
        sentence = paragraph[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


_PAIRS = (("\u201c", "\u201d"), ("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u00ab", "\u00bb"))


def closed_quotes(sentence: str) -> str:
    """``sentence`` with a quotation it opens closed at its end.

    A quotation running over several sentences opens in the first and closes in the last: the first alone,
    as a key point, would leave its quotation mark hanging ("“The crises need urgent action.").
    """
    for opening, closing in _PAIRS:
        if sentence.count(opening) > sentence.count(closing):
            return sentence + closing
    if sentence.count('"') % 2 and sentence.lstrip().startswith('"'):
        return sentence + '"'
    return sentence


_TURNED = re.compile(r"(?<=[^\W\d_]|[.,!?])“(?=\s+[a-z]|\s*$)")
"""An opening mark set where the quotation closes (",“ the SBP said.", "period.“"): a typesetting slip, read as the
closing mark it stands for."""


def unturned(text: str) -> str:
    """``text`` with an opening quotation mark that closes a quotation (after its words, before the speech tag or
    the end) turned the right way."""
    return _TURNED.sub("”", text) if "“" in text else text


def _opens(text: str, state: bool) -> bool:
    """Whether a quotation is open after ``text``, given whether one was open before it."""
    text = unturned(text)
    for opening, closing in _PAIRS:
        if opening in text or closing in text:
            return text.rfind(opening) > text.rfind(closing)
    # straight marks pair up: an odd count turns the state over ("5\" long" is rare enough in running text)
    return state != (text.count('"') % 2 == 1)


def inside_quotations(texts: list[str]) -> set[int]:
    """The positions of the sentences of one paragraph (``texts``, in order) that lie wholly inside a quotation
    opened in an earlier sentence and closed in a later one: someone's words with neither their opening mark nor
    their speaker ("… budget project. When we finish studying it we will make a statement. I always …,” she
    said.").  Alone, such a sentence reads as the article's own claim."""
    inside: set[int] = set()
    state = False
    for position, text in enumerate(texts):
        marked = any(mark in text for pair in _PAIRS for mark in pair) or '"' in text
        if state and not marked:
            inside.add(position)
        state = _opens(text, state)
    # A quotation left open is a quoted paragraph when the paragraph opens on its mark (news style opens every
    # paragraph of a long quotation and closes only the last), or when the mark opens a sentence or follows a
    # speech tag ("The Minister said: “This positive …", the page then cut the paragraph or ran it on); elsewhere
    # an unpaired mark is no evidence.
    return inside if not state or texts[0].lstrip()[:1] in "“\"「『«" or _opened_as_speech(texts) else set()


def _opened_as_speech(texts: list[str]) -> bool:
    """Whether the quotation left open in the paragraph (``texts``) opens as someone's words: at the start of a
    sentence, or after the colon or comma of a speech tag ("said: “", "said, \"", "表示：“")."""
    for text in reversed(texts):
        marks = list(re.finditer(r"[“\"「『«]", text))
        if marks:
            before = text[:marks[-1].start()].rstrip()
            return not before or before.endswith((":", "：", ",", "，"))
    return False
