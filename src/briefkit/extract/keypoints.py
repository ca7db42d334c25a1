"""Key points that stand alone: no dangling "This …", no near copies, no more than 35 words.

A key point is read as a bullet on its own, away from the sentence before it.  So:

- a sentence that points back ("This could have brought in £58 billion …", "That's the biggest gain
  since 2008.", "He added that …", "其中，出口…") is a point only together with the sentence it points
  back to, when the two fit in one point; otherwise it is passed over;
- a sentence too long for a bullet is shortened where its grammar allows (a leading participle or
  prepositional phrase, a trailing clause after ", including", ", which", " – ", "; ", a bracket),
  keeping its main clause; the point keeps the whole sentence as its ``source_text``;
- nothing said already (in the summary or an earlier point), nor a near copy of it (a standfirst and
  the lede that repeats it with one more clause), is said again.

Nothing is paraphrased: a shortened point is the sentence's own words, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from briefkit.extract.body import Sentence
from briefkit.extract.datelines import lede_dateline
from briefkit.extract.listmarks import BULLETS
from briefkit.extract.regexguard import guarded
from briefkit.extract.sentences import unturned
from briefkit.extract.speakers import speaker
from briefkit.extract.textcache import text_cache
from briefkit.extract.wordcount import CJK
from briefkit.readers.plaintext import words as count_words

POINT_WORDS = 35
_TIME_NOUN = (r"week|weekend|year|month|morning|afternoon|evening|quarter|season|spring|summer|autumn|fall|winter|"
              r"time|decade|century|financial|fiscal")
# "It is expected that …", "It's estimated …": an expletive "it" points back to nothing.
_EXPLETIVE = (r"(?:'s|’s|\s+is|\s+was|\s+has\s+been|\s+will\s+be|\s+would\s+be|\s+remains|\s+seems|\s+appears)\s+"
              r"(?:\w+ly\s+)?(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|impossible|important|necessary|"
              r"essential|vital|crucial|critical|hard|difficult|easy|true|worth|time|expected|estimated|believed|"
              r"thought|understood|reported|feared|hoped|known|evident|obvious|uncertain|too\s+(?:early|soon|late)|"
              r"that)\b|\s+takes\b|\s+seems\s+that\b")
_DANGLING = re.compile(
    rf"^[\"“‘']?(?:(?:This|These|That|Those)\b(?!\s+(?:{_TIME_NOUN})\b)(?!’s\s+why|'s\s+why)"
    rf"|It\b(?!{_EXPLETIVE})|(?:Its|He|She|They|Their|His|Her|Such|Both)\b"
    # an answer to the question before ("No, not really.", "Yes, it is.")
    r"|(?:No|Yes|Well|Sure|Not\s+really|Of\s+course),"
    # a connective that answers the sentence before ("Even so, …", "As a result, …")
    r"|(?:Even\s+so|Still|As\s+such|As\s+a\s+result|Therefore|Thus|That\s+said|In\s+turn|Instead|Otherwise|"
    r"Nevertheless|Nonetheless|Despite\s+this|Because\s+of\s+this|In\s+response|To\s+that\s+end|Then),"
    r"|So\b(?!\s+far\b)|(?:Among|Of)\s+(?:them|these|those|which|it)\b"
    r"|(?:这|這|该|該|其(?!他|它|实|實)|他|她|它|此(?!外|前|后|後|次|间|間|时|時)))")
MARKER = re.compile(rf"^\s*(?:(?:--|[*{BULLETS}–—-])\s+|\.\s*(?=[a-z])|date\s+\d{{4}}-\d\d-\d\d\s+(?=\S)"
                    r"|\(?\d{1,2}[.)]\s+(?=[A-Z“\"]))")
"""A list's bullet, dash ("-- The October rate …"), the dot a lost bullet left (".after usage exceeds 6 kl") or
number ("2. Chapter I of the CA98 …"), or a stored page's date stamp ("date 2023-08-18 Fonterra has cut …"),
printed before the sentence: no part of it as a draft says it (the stamp is the page's date, which the metadata
reads)."""
_BAG = re.compile(r"[a-z][a-z'-]{2,}|\d[\d.,]*|[\u3400-\u9fff]{2}", re.IGNORECASE)
_STOPS = frozenset(["the", "and", "for", "that", "with", "this", "from", "have", "has", "had", "was", "were", "are",
                    "will", "would", "been", "its", "their", "they", "said", "says", "also", "into", "than", "then",
                    "which", "who", "what", "when", "where", "while"])
_LOOSE = 0.25
_MIN_BAG = 4
# A leading phrase before the main clause: "In her first speech as Chancellor, …", "Taking decisive action, …".
_LEAD_IN = re.compile(r"^(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Following|Despite|Amid|Against|Under|With|"
                      r"Since|As\s+part\s+of|Speaking|Addressing|Earlier|Later|Meanwhile|However|Separately)"
                      r"\b[^,;:\"“”]{2,160}?,\s+(?=\S)")
_LIST_GOES_ON = re.compile(r"^[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2},")
"""The comma closed a word of a list, not the leading phrase ("With the world in the grip of a deadly,
disruptive pandemic, it should …"): what follows is no main clause."""
# What cannot open a main clause once a leading phrase is dropped: a pronoun pointing back, or a word that
# shows the comma closed no leading phrase ("With rents increasing fast, and the prices …").
_PRONOUN_START = re.compile(r"^(?:he|she|it|they|this|these|that|those|its|his|her|their|we|i|and|or|but|nor|so|"
                            r"then|yet|with|in|on|at|to|of|for|as|while|which|who|whose|where|when)\b",
                            re.IGNORECASE)
# Where a trailing elaboration starts: a point may end before it.
_TRAILING = re.compile(r",\s+(?:including|which|while|whereas|as|but|with|after|amid|following|compared|"
                       r"up\s+from|down\s+from|driven|led|bringing|making|adding|according)\b|\s+[–—]\s+|;\s+"
                       # ", and" before a clause of its own ("…, and forged through …"), not a list's last item
                       r"|,\s+and\s+(?=(?:the|a|an|it|he|she|they|we|its|their|there|this|that|[A-Z]\w*|\w+ed)\b)"
                       r"|；|(?<=[\u3400-\u9fff)）]);(?=[\u3400-\u9fff])")
# Chinese is cut at a semicolon only: its commas join subordinate and paired clauses ("为…，", "不仅…，也…")
# that a cut would leave without their main clause.
_WHEN = guarded(re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                   r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|"
                   r"Friday|Saturday|Sunday|year|quarter|month|week|today|yesterday|last|next)\b", re.IGNORECASE))
"""A leading phrase that says when ("In January, …", "In the first quarter, …") stays: the point needs it."""
_BRACKET = re.compile(r"\s*\([^()]{1,80}\)")
_MIN_HEAD = 8


_LINK = re.compile(r"^(?:However|But|And|Meanwhile|Also|Moreover|Furthermore|In\s+addition|Additionally|Separately)"
                   r",?\s+(?=[\"“‘'(]?\w)")
"""A linking word a bullet does without: "However, investors will be watching …" says the same alone."""


def _without_link(text: str) -> str:
    match = _LINK.match(text)
    if not match:
        return text
    rest = text[match.end():]
    return rest[:1].upper() + rest[1:]


# a live blog's entry time ("10.50am: Alumina Limited has …", "9:49 a.m. - Shares …"): when it was posted, no part of
# what the entry says
_ENTRY_TIME = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]m|[ap]\.m\.)\s*(?:[:：|–—]|-\s)\s*(?=\S)", re.IGNORECASE)


# a Chinese story's opening credit, the outlet's "消息"/"讯" and its reporters in brackets ("天健网消息(大连新闻传媒
# 集团记者 冉嬛)1月14日,…", "本报讯（记者 张三）…", "东北网讯:…", "澳門新聞局訊:…"): who filed it, as a dateline says
# where from
_ZH_LEAD_CREDIT = re.compile(r"^\s*(?:(?:[\u3400-\u9fffA-Za-z]{0,10}(?:网|網|报|報|社|台|新闻|新聞|客户端|客戶端|局)"
                             r"|本报|本報|本刊|本网|本網|本台)(?:消息|讯|訊)\s*(?:[(（][^()（）]{1,30}[)）]\s*[:：]?|[:：]|\s)"
                             # … and an agency's dateline ("中新社天津5月29日电", "新华社北京3月9日电（记者 王小红）")
                             r"|[\u3400-\u9fff]{1,8}(?:社|网|網|报|報|台)[\u3400-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:电|電|讯|訊)"
                             # (its note may have lost its opening bracket: "…3日讯特派记者 王磊)")
                             r"\s*(?:[(（][^()（）]{1,30}[)）]|[^()（）。，,“”]{1,30}[)）])?)\s*")


def unmarked(text: str) -> str:
    """``text`` without the list mark, a live blog's entry time, a Chinese story's opening credit or the dateline
    printed before it ("MANILA - The central bank …"), opening on a capital as a sentence of the draft does
    (".after usage exceeds 6 kl" → "After usage exceeds 6 kl")."""
    bare = _ZH_LEAD_CREDIT.sub("", _ENTRY_TIME.sub("", MARKER.sub("", text, count=1), count=1), count=1)
    bare = bare[lede_dateline(bare):]  # after a stored copy's date stamp ("date 2021-06-24 MANILA - …")
    return bare[:1].upper() + bare[1:] if bare != text and bare[:1].islower() else bare


def unlinked(text: str) -> str:
    """``text`` without a linking word at its start ("However, ", "But "), its next word capitalised."""
    rest = _without_link(text)
    return text if _DANGLING.match(rest) else rest


_CUT_OPEN = re.compile(r"^(?!(?:de|da|di|du|van|von|der|den|la|le|al|el|bin|ibn|e\.g|i\.e)\b)[a-z][a-z'’-]*(?=[\s,;:])")


def cut_open(text: str) -> bool:
    """Whether ``text`` opens in lower case, mid-sentence: the rest of a sentence the page broke over two lines
    ("range of 7-9 percent for FY21 …" after "… within the previously announced").  A name's particle ("de
    Blasio"), a brand in camel case ("iPhone") and a list's lower-case item do open sentences."""
    bare = text.strip()
    return bare == MARKER.sub("", bare, count=1) and bool(_CUT_OPEN.match(bare))  # ".after usage …": a list's



def dangles(text: str) -> bool:
    """Whether a sentence leans on what came before it: it opens by pointing back, if after a linking word
    ("However, she admitted …", "And it said …"), closes a quotation opened before it ("… minimum wage
    review.”"), gives its words to a pronoun ("“We will put in all-out efforts …,” he added.") or to no one
    (a sentence that is one quotation, "“Load shedding will be maintained at Stage 3.”"), or is the rest of
    a sentence the page broke (:func:`cut_open`).  A list's mark or a stored page's date stamp before it is
    no part of the sentence (:func:`unmarked`)."""
    text = unmarked(text.strip())
    if cut_open(text):
        return True
    # a Chinese sentence names its speaker before "他表示" in the same sentence: its pronoun points back only
    # when it opens the sentence, which _DANGLING reads
    return bool(_DANGLING.match(text) or _DANGLING.match(_without_link(text))) or _quotation_tail(text) \
        or (not CJK.search(text) and (speaker(text) == (None, True) or _bare_quotation(text)))


def _bare_quotation(text: str) -> bool:
    """Whether ``text`` is all quotation (or opens one running on into the next sentence), naming no speaker:
    whose words they are, the sentence before says."""
    if text[:1] not in "“\"" or speaker(text) != (None, False):
        return False
    closing = text.find("”" if text[0] == "“" else '"', 1)
    return closing < 0 or closing == len(text.rstrip()) - 1


_CLOSING = re.compile(r'(?<=[^\W\d]|[.,!?;:…])"(?=[\s,.;:!?)]|$)')  # not an inch mark (5" long)
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("«", "»"))


def _quotation_tail(text: str) -> bool:
    """Whether ``text`` closes a quotation it never opened: someone's words, whose speaker and start are in
    an earlier sentence."""
    text = unturned(text)  # ",“ the SBP said.": a closing mark set the wrong way round
    if any(text.count(closing) > text.count(opening) for opening, closing in _QUOTE_PAIRS):
        return True
    first = text.find('"')  # straight marks: an odd count whose first mark closes
    return text.count('"') % 2 == 1 and bool(_CLOSING.match(text, first))


def bag(text: str) -> set[str]:
    """The words and numbers of ``text`` (character pairs in Chinese): near copies share them."""
    return set(_bag(text))


@text_cache(maxsize=1024)
def _bag(text: str) -> frozenset[str]:
    # cached (a function of the text alone, frozen so no caller can change it): the summary compares
    # every sentence with what it has said, and a sentence's bag was built again for each comparison
    return frozenset(w.lower() for w in _BAG.findall(MARKER.sub("", text))) - _STOPS


def near(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Whether two bags say the same: the smaller one inside the other, but for a word in four when the
    other adds more ("The Chancellor has today (8 July) promised …" after "The Chancellor has today
    promised …"; a standfirst the lede says again in other words).  Two sentences of one pattern that
    differ in a word or a number, and no longer one than the other, each say their own."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    missing = len(small - big)
    return len(small) >= _MIN_BAG and (missing == 0 or (missing <= _LOOSE * len(small) and len(big) - len(small) >= 2))


def said_before(text: str, said: Iterable[set[str]]) -> bool:
    """Whether ``text`` is a near copy of something said already."""
    mine = _bag(text)
    return any(near(mine, other) for other in said)


def _end(head: str) -> str:
    """A shortened sentence closed with the full stop of its script."""
    head = head.rstrip(" ,;:–—，；：")
    if re.search(r"[\u3400-\u9fff]", head) and not head.endswith(("。", "！", "？", "”", "」")):
        return head + "。"
    return head if head.endswith((".", "!", "?", "。")) else head + "."


def shorten(text: str, limit: int = POINT_WORDS) -> str | None:
    """``text`` cut to at most ``limit`` words at a grammatical joint, or None when no joint allows it."""
    if count_words(text) <= limit:
        return text
    candidate = _BRACKET.sub("", text)
    lead = _LEAD_IN.match(candidate)
    if lead and not _PRONOUN_START.match(candidate[lead.end():]) and count_words(candidate[lead.end():]) >= _MIN_HEAD \
            and not _WHEN.search(lead.group(0)) and not _LIST_GOES_ON.match(candidate[lead.end():]):
        rest = candidate[lead.end():]
        candidate = rest[0].upper() + rest[1:]
    if count_words(candidate) <= limit:
        return candidate
    # No cut before a bare appositive (", the …"): it may as well close a leading phrase inside a clause
    # ("The data shows that during the first seven months of the year, the growth rate …").
    heads = [candidate[:m.start()] for m in _TRAILING.finditer(candidate)
             if _MIN_HEAD <= count_words(candidate[:m.start()]) <= limit and not _inside_quote(candidate[:m.start()])
             and not _unpaired(candidate[:m.start()])]
    return _end(heads[-1]) if heads else None


_PAIRED = ((re.compile(r"\bnot\s+only\b", re.I), re.compile(r"\bbut\b", re.I)),
           (re.compile(r"\bneither\b", re.I), re.compile(r"\bnor\b", re.I)),
           (re.compile(r"\beither\b", re.I), re.compile(r"\bor\b", re.I)),
           (re.compile(r"\bbetween\b", re.I), re.compile(r"\band\b", re.I)))
"""Paired words a head must not open without closing ("China not only focuses on …" without "but also")."""


def _unpaired(head: str) -> bool:
    for first, second in _PAIRED:
        match = first.search(head)
        if match and not second.search(head, match.end()):
            return True
    return False


def _inside_quote(head: str) -> bool:
    """Whether ``head`` stops inside a quotation: a quotation cut short would put words in a mouth."""
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”") or head.count("「") > head.count("」")


Unit = tuple[str, str, set[int]]
"""A candidate key point: its text, its source text and the indexes of the sentences it says."""


def point_units(ranked: list[Sentence], by_index: dict[int, Sentence], taken: set[int]) -> list[Unit]:
    """Candidate points in rank order: (text, source text, sentence indexes), each standing alone.

    A dangling sentence comes with the sentence before it (in its paragraph, neither used yet) when the
    two fit in one point; a long sentence is shortened; what cannot stand alone is passed over.
    """
    units: list[Unit] = []
    for sentence in ranked:
        if sentence.index in taken:
            continue
        if dangles(sentence.text):
            before = by_index.get(sentence.index - 1)
            if before is None or before.paragraph != sentence.paragraph or before.index in taken \
                    or dangles(before.text):
                continue
            if count_words(before.text + sentence.text) <= POINT_WORDS:
                units.append((*_pair(before.text, sentence.text), {before.index, sentence.index}))
            continue
        short = shorten(sentence.text)
        if short is not None:
            units.append((short, sentence.text, {sentence.index}))
    return units


def _pair(before: str, sentence: str) -> tuple[str, str]:
    """A point of two sentences and its source text: both, as the paragraph prints them.

    Chinese prints no space between sentences, where the body joins them with one: such a point names
    the sentence that needed the one before it, which is verbatim either way.
    """
    if re.search(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]", before[-1:]):  # an ideograph or 。，！
        return before + sentence, sentence
    return f"{before} {sentence}", f"{before} {sentence}"
