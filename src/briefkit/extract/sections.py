"""Sections: explicit headings where the text has them, thematic blocks otherwise.

Without headings, an article built on parallel thesis sentences ("Putting
people first is the fundamental concept. … Innovation cooperation is an
endogenous driving force.") is cut at each of them: a short sentence of the
form "X is/are a|an|the Y" with no digits or commas, repeated at least three
times.  A thesis sentence right after another one elaborates it and does not
start a new section.  A long article with neither is cut into topic blocks
where the vocabulary of neighbouring sentences changes most (TextTiling-like),
each headed by the name it is most about.  Text before the first section is
the background, less the sentences the summary and key points already use.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from briefkit.content.model import Section
from briefkit.extract.body import Body, Sentence
from briefkit.extract.boilerplate import is_boilerplate
from briefkit.extract.captions import is_caption
from briefkit.extract.headlines import tag_line
from briefkit.extract.keypoints import cut_open, unmarked
from briefkit.extract.officewords import OFFICE
from briefkit.extract.sentenceends import cut_short, finished, without_signoff
from briefkit.extract.sentences_site import site_sentences
from briefkit.extract.summary import _terms
from briefkit.extract.teasers import teaser_sentences

_THESIS = re.compile(r"^[A-Z][^,;:\d\"“]{2,60}?\s(?:is|are|remains?|serves? as)\s(?:the|an?|our)\s[^,;:\d]{3,60}[.!]$")
_MAX_WORDS = 9
_PARAGRAPH_CHARS = 700
_CLOSED = (".", "!", "?", "。", "！", "？", ":", "：", ";", "；", '"', "”", "’", "」", ")", "）")
_MIN_BLOCK = 4
_MIN_FOR_BLOCKS = 14
_MAX_BLOCKS = 5
_WINDOW = 3
_HEAD_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]+){0,4}")
_LEAD_WORDS = {"The", "A", "An", "In", "On", "At", "But", "And", "However", "Meanwhile", "It", "This", "That",
               "He", "She", "They", "We", "I", "According", "While", "As", "For", "With", "By", "After", "Since"}


def _is_thesis(sentence: str) -> bool:
    return len(sentence.split()) <= _MAX_WORDS and bool(_THESIS.match(sentence))


def thesis_starts(sentences: list[Sentence]) -> list[int]:
    """Indexes of sentences that open a thematic block (empty when fewer than three)."""
    starts: list[int] = []
    for i, sentence in enumerate(sentences):
        if _is_thesis(sentence.text) and not (starts and starts[-1] == i - 1):
            starts.append(i)
    return starts if len(starts) >= 3 else []


_NUMBERED = re.compile(r"^\(?(\d{1,2})[.)]\s+(?=\S)")
_HEAD_WORDS = 14


def numbered_starts(sentences: list[Sentence]) -> list[int]:
    """Indexes of the paragraphs of a numbered list ("1. We hurt US industry…", "2. …"): a run of at least
    three that opens paragraphs and counts up by one.  Each numbered point of an op-ed is one of its themes;
    numbered paragraphs whose first sentences are mostly too long to head a section ("1. The Authority
    proposes to find that …" in a regulator's statement) are the text's paragraphs, and head none."""
    starts: list[int] = []
    last = 0
    for i, sentence in enumerate(sentences):
        match = _NUMBERED.match(sentence.text)
        if not match or (i and sentences[i - 1].paragraph == sentence.paragraph):
            continue
        number = int(match.group(1))
        if starts and number == last + 1:
            starts.append(i)
            last = number
        elif len(starts) < 3:  # a new run; a finished run of three or more is kept
            starts, last = [i], number
    if sum(_head_length(sentences[i].text) for i in starts) * 2 < len(starts):
        return []  # numbered paragraphs of a statement or a report's notes: text, each point no theme's name
    return starts if len(starts) >= 3 else []


def _head_length(text: str) -> bool:
    """Whether a numbered point's first sentence, unnumbered, is short enough to head its section."""
    return len(_NUMBERED.sub("", text, count=1).split()) <= _HEAD_WORDS


def _numbered_sections(sentences: list[Sentence], starts: list[int]) -> list[Section]:
    """One section per numbered point: its first sentence, unnumbered, is the heading when short enough."""
    sections: list[Section] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(sentences)
        lead = _NUMBERED.sub("", sentences[start].text, count=1)
        rest = sentences[start + 1:end]
        if _head_length(lead) and rest:
            heading, paragraphs = lead.rstrip(".!;:"), paragraphs_of(rest)
        else:
            first = Sentence(lead, sentences[start].index, sentences[start].paragraph, None)
            heading = _block_heading([first], set(), _inside_names(sentences))
            paragraphs = paragraphs_of([first, *rest])
        sections.append(Section(heading=heading, paragraphs=paragraphs, source_text=sentences[start].text))
    return sections


def paragraphs_of(sentences: list[Sentence]) -> list[str]:
    """Sentences regrouped as paragraphs: the article's own, or ~700-character chunks of a long one."""
    out: list[str] = []
    current: list[str] = []
    para = sentences[0].paragraph if sentences else 0
    for sentence in sentences:
        size = sum(len(s) + 1 for s in current)
        # the rest of a sentence the page broke over two paragraphs ("… previously announced" / "range of …")
        # stays with its start
        rejoined = bool(current) and cut_open(sentence.text) and not current[-1].rstrip().endswith(_CLOSED)
        if current and not rejoined and (sentence.paragraph != para or size + len(sentence.text) > _PARAGRAPH_CHARS):
            out.append(" ".join(current))
            current = []
        # a picture's credit run into a sentence's stop ("… $5 million.Patrick Doyle / THE CANADIAN PRESS") is
        # the page's, wherever the sentence stands in its paragraph
        text = without_signoff(sentence.text)
        current.append(unmarked(text) if sentence.paragraph != para or not current else text)
        para = sentence.paragraph
    if current:
        out.append(" ".join(current))
    # each paragraph ends whole, as the summary's sentences do: without the agency's sign-off, with the stop the
    # page left out after a speech tag
    return [finished(p) for p in out]


_LEANING = re.compile(r"^(?:of course|but|however|so|also|still|yet|and|even so|indeed|instead|that|this|these|"
                      r"those|it|they|he|she|there|then|同时|但|而|此外|因此|这|這)\b", re.IGNORECASE)
_STANDS_ALONE = 10  # words: a shorter leftover leans on the sentences it was cut from


def _background(sentences: list[Sentence], used: set[int]) -> list[str]:
    """The paragraphs of ``sentences`` less the ``used`` ones.  Where the summary or key points took part of
    a paragraph or the sentence just before, a leftover sentence that leans on what was taken ("Of course,
    there is more to it.", "That has not happened in a long time.") goes too: alone it says nothing; so does
    a lead-in ending on a colon with nothing of the background after it, and a sentence the page cut short
    (:mod:`~briefkit.extract.sentenceends`) or whose opening it lost.  Each paragraph ends whole: without the
    agency's sign-off, with the stop the page left out."""
    cut = {s.paragraph for s in sentences if s.index in used}
    # a paragraph opening in lower case after a finished sentence ("has given assurances …"): its subject lost;
    # after an unfinished one, it goes on with that sentence, which the page broke over two lines
    lost = {s.index for k, s in enumerate(sentences) if cut_open(s.text)
            and (k == 0 or (sentences[k - 1].paragraph != s.paragraph and _ENDED.search(sentences[k - 1].text)))}
    kept = [s for s in sentences if s.index not in used and not cut_short(s.text) and s.index not in lost
            and not ((s.paragraph in cut or s.index - 1 in used) and _leans(s.text))]
    # a lead-in whose list or quotation went elsewhere, or never followed ("The statement alleges that:",
    # "Our original post:" closing the background): alone, it introduces nothing
    indexes = {s.index for s in kept}
    return paragraphs_of([s for s in kept if s.index + 1 in indexes or not s.text.rstrip().endswith((":", "："))])


_ENDED = re.compile(r"[.!?。！？][”\"’')）]*\s*$")


def _leans(text: str) -> bool:
    words = text.split()
    return len(words) < _STANDS_ALONE and (bool(_LEANING.match(text)) or len(words) < 6) \
        if not re.search(r"[\u3400-\u9fff]", text) else len(text) < 15 and bool(_LEANING.match(text))


_PICTURE_CREDIT = re.compile(r"\b(?:Pic|Picture|Photo|Image)s?\s*:\s*\S", re.IGNORECASE)
_PICTURE_WORD = re.compile(r"\b(?:logo|photo|photograph|screenshot|thumbnail)s?\b", re.IGNORECASE)
_ALT_WORDS = 6
"""An image's alt text the page set as a heading names the picture ("ADB logo ADB", "File photo"): a short line
naming a picture heads no theme."""


def _alt_text(heading: str) -> bool:
    return len(heading.split()) <= _ALT_WORDS and bool(_PICTURE_WORD.search(heading))


_SEPARATOR = "·•|›»"
_FURNITURE = re.compile(rf"[{_SEPARATOR}/]\s*$|^[A-Za-z][\w&'’-]*(?:\s*[{_SEPARATOR}]\s*[A-Za-z][\w&'’-]*)+$")
"""The page's furniture set as a heading: a line ending on a separator ("CBC News ·", the outlet beside its
byline's missing time) or a desk's kicker of single words joined by separators ("Politics·Breaking", "News ›
World"), Latin words only (a Chinese name's middle dot, "马克·吐温", joins one name)."""


def _furniture(heading: str) -> bool:
    return bool(_FURNITURE.search(heading.strip()))


def _passed_over(heading: str) -> bool:
    """A heading that names no theme: a picture's caption, credit or alt text, a tag, the page's furniture, or a
    paywall's or a cookie banner's prompt ("Already a subscriber?")."""
    return bool(_PICTURE_CREDIT.search(heading) or is_caption(heading) or _alt_text(heading) or _furniture(heading)
                or tag_line(heading.strip()) or is_boilerplate(heading))


# "Infrastructure Minister Stephenson King" on a line of its own over the lede: a portrait's caption, the office
# and the name of the person pictured, no theme (the name is the story's: it says what that person did)
_PORTRAIT = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){0,4}(?:" + OFFICE + r"|Chair|Cllr\.?)\s+(?:Dr\.?\s+|Hon\.?\s+)?"
                       r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")


def _portrait(heading: str, story: str) -> bool:
    """A heading that is an office and a name the story also writes ("Infrastructure Minister Stephenson King")."""
    match = _PORTRAIT.match(heading.strip())
    return match is not None and match["name"] in story


def _under(body: Body) -> dict[int, str | None]:
    """Each sentence's heading, a picture's caption or alt text the page set as a heading ("Council chief executive
    Sue Bruce. Pic: Julie Bull", "ADB logo ADB") or its furniture ("Politics·Breaking", "CBC News ·") passed over:
    the sentences under it run on from the heading before."""
    heads: dict[int, str | None] = {}
    current: str | None = None
    story = " ".join(s.text for s in body.sentences)
    for sentence in body.sentences:
        if sentence.heading is None or not (_passed_over(sentence.heading) or _portrait(sentence.heading, story)):
            current = sentence.heading
        heads[sentence.index] = current
    return heads


def _heading_sections(body: Body, used: set[int]) -> tuple[list[str], list[Section]]:
    # the teasers for other stories the page lists after this one (each title a heading) are none of its themes
    teasers = teaser_sentences(body.sentences, body.headings, titled=True)
    under = _under(body)
    story = [s for s in body.sentences if s.index not in teasers]
    background = _background([s for s in story if under[s.index] is None], used)
    sections: list[Section] = []
    for heading in dict.fromkeys(body.headings):
        inside = [s for s in story if under[s.index] == heading]
        if inside:  # a list's item the page set apart ("- Official cash rate at 3.38% …") heads without its dash
            sections.append(Section(heading=unmarked(heading), paragraphs=paragraphs_of(inside)))
    return background, sections


def _similarity(a: list[Sentence], b: list[Sentence]) -> float:
    left, right = set().union(*(_terms(s.text) for s in a)), set().union(*(_terms(s.text) for s in b))
    return len(left & right) / (len(left | right) or 1)


def topic_starts(sentences: list[Sentence]) -> list[int]:
    """Where a long article without headings changes subject: the paragraph breaks with the least
    vocabulary in common between the sentences before and after, each block at least four sentences."""
    if len(sentences) < _MIN_FOR_BLOCKS:
        return []
    gaps = [i for i in range(_MIN_BLOCK, len(sentences) - _MIN_BLOCK + 1)
            if sentences[i].paragraph != sentences[i - 1].paragraph]
    scored = sorted(gaps, key=lambda i: (_similarity(sentences[max(0, i - _WINDOW):i], sentences[i:i + _WINDOW]), i))
    starts: list[int] = []
    for gap in scored:
        if len(starts) >= min(_MAX_BLOCKS, len(sentences) // (2 * _MIN_BLOCK)):
            break
        if all(abs(gap - s) >= _MIN_BLOCK for s in starts):
            starts.append(gap)
    return sorted(starts)


def _inside_names(sentences: list[Sentence]) -> set[str]:
    """Words the article capitalises inside a sentence or a longer name ("… told Alabbar", "Mayor Jacob Frey"):
    only these make a capitalised word opening a sentence a name ("Frey said …", not "Under", "It’s")."""
    return {re.sub(r"['’]s$", "", word) for s in sentences for m in _HEAD_NAME.finditer(s.text)
            if m.start() > 0 or " " in m.group(0) for word in m.group(0).split()}


def _block_heading(block: list[Sentence], taken: set[str], inside: set[str]) -> str:
    """The name a block is most about, or the opening words of its first sentence."""
    names = Counter(m.group(0) for s in block for m in _HEAD_NAME.finditer(s.text)
                    if m.group(0).split()[0] not in _LEAD_WORDS and len(m.group(0)) > 3
                    and (m.start() > 0 or " " in m.group(0) or m.group(0) in inside)
                    and not any(ch.isdigit() for ch in m.group(0)))  # "Sh200" is a sum, no name
    for name, count in names.most_common():
        if name not in taken and (count >= 2 or len(names) == 1) and not _adjective(name, block):
            return name
    return opening_words(block[0].text)


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ean)$")


def _adjective(name: str, block: list[Sentence]) -> bool:
    """A people's adjective before a noun ("British energy", "Chinese investment"): capitalised, but no name of
    what the block is about (the longer name it opens, "British Energy", is counted on its own)."""
    if not _DEMONYM.match(name):
        return False
    return any(re.match(r"\s+[a-z]", s.text[m.end():]) for s in block for m in re.finditer(rf"\b{name}\b", s.text))


# words a heading cut from a sentence must not end on: "… a debate about whether the" promises what it cuts off
_DANGLING_END = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
    "as", "than", "that", "which", "who", "whom", "whose", "whether", "if", "when", "where", "while",
    "about", "into", "over", "under", "between", "its", "their", "his", "her", "our", "this", "these",
    "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "should", "may", "said", "says", "told", "not", "no", "he", "she", "it", "they", "we", "i", "you"
})
_BRACKETS = (("(", ")"), ("“", "”"), ("「", "」"), ("《", "》"), ("[", "]"))


# clauses that only link a sentence to the one before it, or set its time: a heading starts after them
_LINKING = re.compile(r"^(?:(?:That['’]s\s+why|In\s+addition|For\s+example|For\s+instance|As\s+a\s+result|"
                      r"At\s+the\s+same\s+time|On\s+the\s+other\s+hand|In\s+other\s+words|So\s+far|"
                      r"(?:This|Last|Next)\s+(?:year|month|week|winter|summer|spring|autumn|fall))\s*,\s*)+",
                      re.IGNORECASE)


def opening_words(sentence: str) -> str:
    """A block's heading from its first sentence: its first clause when short, else its first eight words (sixteen
    characters in Chinese) cut back to a word that can end a phrase, with no bracket or quotation left open."""
    if (linked := _LINKING.sub("", sentence, count=1)) and linked != sentence:
        sentence = linked[0].upper() + linked[1:]  # "That’s why, this winter, we are going …": "We are going …"
    # a comma inside a number ("Sh200,000") is no clause break
    clause = re.split(r"(?<=[\u3400-\u9fff]),|,(?=\s|[\u3400-\u9fff])|[;:，；：]", sentence, maxsplit=1)[0]
    if (len(clause.split()) < 2 and " " in sentence.strip()) or (len(clause) < 4 and " " not in clause):
        clause = sentence  # "Occasionally, …", "眼下，…": a word alone says nothing; read on past the comma
    words = clause.split()
    if len(words) <= 1:  # Chinese: no spaces
        heading = _cjk_cut(clause).rstrip("。")
    else:
        words = words[:8]
        while len(words) > 2 and words[-1].lower().strip("“\"(‘'") in _DANGLING_END:
            words.pop()
        heading = " ".join(words).rstrip(".。")
    for opening, closing in _BRACKETS:
        if heading.count(opening) > heading.count(closing):
            # an aside cut open ("resident (name withheld") ends before it; a quotation's words stay, unmarked
            at = heading.rfind(opening)
            heading = heading[:at] if opening in "([" and at > 1 else heading.replace(opening, "")
    if heading.count('"') % 2:
        heading = heading.replace('"', "", 1)
    return heading.strip()


def _cjk_cut(clause: str, limit: int = 16) -> str:
    """At most ``limit`` characters of a Chinese clause, cut between words (jieba's), not inside one."""
    if len(clause) <= limit:
        return clause
    from briefkit.extract.segment_zh import tokens

    kept = ""
    for word, _ in tokens(clause):
        if len(kept) + len(word) > limit:
            break
        kept += word
    return kept or clause[:limit]


def _topic_sections(sentences: list[Sentence], starts: list[int]) -> list[Section]:
    sections: list[Section] = []
    taken: set[str] = set()
    inside = _inside_names(sentences)
    for n, start in enumerate(starts):
        block = sentences[start:starts[n + 1] if n + 1 < len(starts) else len(sentences)]
        heading = _block_heading(block, taken, inside)
        taken.add(heading)
        sections.append(Section(heading=heading, paragraphs=paragraphs_of(block), source_text=block[0].text))
    return sections


def find_sections(body: Body, used: set[int] | None = None) -> tuple[list[str], list[Section]]:
    """Background paragraphs and sections of the body; ``used`` sentences stay out of the background."""
    used = used or set()
    # the site's own voice (a note on the page, an appeal to its reader) heads and fills no theme
    if site := site_sentences(body.sentences):
        body = replace(body, sentences=[s for s in body.sentences if s.index not in site])
    if body.headings:
        return _heading_sections(body, used)
    sentences = body.sentences
    if numbered := numbered_starts(sentences):
        return _background(sentences[:numbered[0]], used), \
            _numbered_sections(sentences, numbered)
    starts = thesis_starts(sentences)
    if not starts and (topics := topic_starts(sentences)):
        return _background(sentences[:topics[0]], used), _topic_sections(sentences, topics)
    if not starts:
        return _background(sentences, used), []
    sections: list[Section] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(sentences)
        lead = sentences[start].text
        sections.append(Section(heading=lead.rstrip(".!"), source_text=lead,
                                paragraphs=paragraphs_of(sentences[start + 1:end])))
    return _background(sentences[:starts[0]], used), sections
