"""Sections: explicit headings where the text has them, thematic blocks otherwise.

Without headings, an article built on parallel thesis sentences ("Putting
people first is the fundamental concept. … Innovation cooperation is an
endogenous driving force.") is cut at each of them: a short sentence of the
form "X is/are a|an|the Y" with no digits or commas, repeated at least three
times.  A thesis sentence right after another one elaborates it and does not
start a new section.  Text before the first section is the background.
"""

from __future__ import annotations

import re

from briefkit.content.model import Section
from briefkit.extract.body import Body, Sentence

_THESIS = re.compile(r"^[A-Z][^,;:\d\"“]{2,60}?\s(?:is|are|remains?|serves? as)\s(?:the|an?|our)\s[^,;:\d]{3,60}[.!]$")
_MAX_WORDS = 9
_PARAGRAPH_CHARS = 700


def _is_thesis(sentence: str) -> bool:
    return len(sentence.split()) <= _MAX_WORDS and bool(_THESIS.match(sentence))


def thesis_starts(sentences: list[Sentence]) -> list[int]:
    """Indexes of sentences that open a thematic block (empty when fewer than three)."""
    starts: list[int] = []
    for i, sentence in enumerate(sentences):
        if _is_thesis(sentence.text) and not (starts and starts[-1] == i - 1):
            starts.append(i)
    return starts if len(starts) >= 3 else []


def paragraphs_of(sentences: list[Sentence]) -> list[str]:
    """Sentences regrouped as paragraphs: the article's own, or ~700-character chunks of a long one."""
    out: list[str] = []
    current: list[str] = []
    para = sentences[0].paragraph if sentences else 0
    for sentence in sentences:
        size = sum(len(s) + 1 for s in current)
        if current and (sentence.paragraph != para or size + len(sentence.text) > _PARAGRAPH_CHARS):
            out.append(" ".join(current))
            current = []
        current.append(sentence.text)
        para = sentence.paragraph
    if current:
        out.append(" ".join(current))
    return out


def _heading_sections(body: Body) -> tuple[list[str], list[Section]]:
    background = paragraphs_of([s for s in body.sentences if s.heading is None])
    sections: list[Section] = []
    for heading in dict.fromkeys(body.headings):
        inside = [s for s in body.sentences if s.heading == heading]
        if inside:
            sections.append(Section(heading=heading, paragraphs=paragraphs_of(inside)))
    return background, sections


def find_sections(body: Body) -> tuple[list[str], list[Section]]:
    """Background paragraphs and sections of the body."""
    if body.headings:
        return _heading_sections(body)
    sentences = body.sentences
    starts = thesis_starts(sentences)
    if not starts:
        return paragraphs_of(sentences), []
    sections: list[Section] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(sentences)
        lead = sentences[start].text
        sections.append(Section(heading=lead.rstrip(".!"), source_text=lead,
                                paragraphs=paragraphs_of(sentences[start + 1:end])))
    return paragraphs_of(sentences[:starts[0]]), sections
