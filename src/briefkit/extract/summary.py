"""Extractive summary, key points and open questions, chosen by salience.

Nothing is paraphrased: the summary and the key points are the article's own
sentences.  Each sentence is scored (TextRank-like): how central it is (its
word overlap with the rest of the article, propagated over the similarity
graph a few rounds), whether it carries figures or dates, how many names it
holds, how much it shares with the title, and a light preference for coming
early.  The summary opens with the lede (the earliest of the three best) and
takes one to three sentences, fewer in a short article so that its key points
have some left; the key points are the best three to five others that stand
alone, of at most 35 words (:mod:`~briefkit.extract.keypoints` shortens and
pairs them).  Nothing is said twice, nor a near copy of it (a standfirst the
lede repeats), and the indexes returned keep both out of the background.  A
question is an open question, a line ending on a colon introduces what follows,
and a note about the page itself (:mod:`~briefkit.extract.captions`) is no point.
"""

from __future__ import annotations

import math
import re

from briefkit.content.model import Point
from briefkit.extract.body import Sentence
from briefkit.extract.captions import is_note
from briefkit.extract.keypoints import (
    POINT_WORDS,
    bag,
    cut_open,
    dangles,
    point_units,
    said_before,
    shorten,
    unlinked,
    unmarked,
)
from briefkit.extract.quotedpoints import attributed, quotation_speakers, quoted_point
from briefkit.extract.samefigure import repeats_figure
from briefkit.extract.sentenceends import finished, headline_case, list_line, unfinished
from briefkit.extract.sentences import closed_quotes, inside_quotations, unturned
from briefkit.extract.sentences_site import glossary_sentences, site_sentences
from briefkit.extract.teasers import teaser_sentences
from briefkit.extract.wordcount import CJK
from briefkit.readers.plaintext import words as count_words

_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_WORD = re.compile(r"[a-z][a-z'-]{2,}|[\u3400-\u9fff]{2}")
_STOP = frozenset(
    ["the", "and", "for", "that", "with", "this", "from", "have", "has", "had", "was", "were", "are", "will",
     "would", "been", "being", "its", "their", "there", "they", "them", "which", "who", "whom", "what", "when",
     "where", "while", "than", "then", "also", "into", "over", "under", "more", "most", "such", "said", "says",
     "not", "but", "can", "could", "should", "may", "might", "must", "about", "after", "before", "between", "during",
     "other", "some", "any", "all", "each", "per", "our", "your", "his", "her", "one", "two", "three", "year",
     "years", "new", "last", "first"])
# Context, not news: a sentence opening like this belongs to the background, not the points.
_CONTEXT = re.compile(r"^(?:In\s+recent\s+(?:years|decades|months)|Over\s+the\s+(?:past|last)\s|"
                      r"For\s+(?:years|decades)\b|"
                      r"Historically|Traditionally|Since\s+(?:its|the)\s+(?:founding|inception)|近年来|近些年|多年来|长期以来)",
                      re.IGNORECASE)
_ENDS = (".", "!", "?", "。", "！", "？", '"', "”", "’", "」", "』", "…", ")", "）")
_CLOSERS = (".", "!", "?", "…", ":", ";", "。", "！", "？", "；", "：")
_ASIDE = re.compile(r"^\s*[(（\[]")  # an aside in brackets, or a note opened by one
_LINK = re.compile(r"\bhttps?://|\bwww\.[\w-]+\.")  # a sentence giving an address sends the reader elsewhere
_SUMMARY_SENTENCES = 3
_SUMMARY_WORDS = 120
_LEDE_REACH = 3
_KEY_POINTS = 5
_MAX_WORDS = 60
_POINT_WORDS = POINT_WORDS
_ROUNDS = 12
_DAMPING = 0.85
_MAX_GRAPH = 150  # sentences in the graph: beyond that, the long tail adds cost and little centrality


def _terms(text: str) -> set[str]:
    """Content words, or character pairs for Chinese (which has no spaces to split on)."""
    lowered = text.lower()
    terms = {w for w in _WORD.findall(lowered) if w not in _STOP}
    if CJK.search(text):
        cjk = "".join(CJK.findall(text))
        terms |= {cjk[i:i + 2] for i in range(len(cjk) - 1)}
    return terms


def centrality(sentences: list[Sentence]) -> list[float]:
    """TextRank over word overlap: each sentence's share of the graph's weight, 0..1."""
    bags = [_terms(s.text) for s in sentences[:_MAX_GRAPH]]
    n = len(bags)
    if n < 2:
        return [1.0] * len(sentences)
    weights = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(bags[i] & bags[j])
            if shared:
                weight = shared / (math.log(len(bags[i]) + 2) + math.log(len(bags[j]) + 2))
                weights[i][j] = weights[j][i] = weight
    totals = [sum(row) or 1.0 for row in weights]
    # each sentence's neighbours and their share of its vote, found once: the graph is sparse and every
    # round used to walk the whole matrix (the same terms in the same order, so the same sums)
    shares = [[(j, weights[j][i] / totals[j]) for j in range(n) if weights[j][i]] for i in range(n)]
    rank = [1.0 / n] * n
    for _ in range(_ROUNDS):
        rank = [(1 - _DAMPING) / n + _DAMPING * sum(share * rank[j] for j, share in neighbours)
                for neighbours in shares]
    top = max(rank) or 1.0
    return [r / top for r in rank] + [0.0] * (len(sentences) - n)


def _score(sentence: Sentence, total: int, central: float, has_fact: set[int], title: set[str]) -> float:
    words = count_words(sentence.text)
    # A question is an open question; a line ending on a colon introduces what follows ("X said:"); a sentence
    # in brackets is an aside ("(Note due to the way the count is conducted …)"), one with a web address a
    # pointer ("… available from the ABS website: https://…"), never the news.
    if words < 6 or words > _MAX_WORDS or sentence.text.endswith(("?", "？", ":", "：")) or is_note(sentence.text) \
            or _ASIDE.match(sentence.text) or _LINK.search(sentence.text):
        return -1.0
    position = 1.0 - sentence.index / max(total, 1)
    fact = 1.0 if sentence.index in has_fact else 0.0
    names = min(len(_NAME.findall(sentence.text)), 3) / 3
    digits = 0.3 if _NUMBER.search(sentence.text) else 0.0
    overlap = len(title & _terms(sentence.text)) / len(title) if title else 0.0
    length = -0.02 * max(0, words - _POINT_WORDS)  # a summary reads better in short sentences
    length -= 1.0 if _CONTEXT.match(sentence.text) else 0.0
    # No closing stop: a line cut by the page's wrapping, a heading or a list's item, seldom the news itself.
    length -= 0.0 if sentence.text.rstrip().endswith(_ENDS) else 0.6
    return 1.6 * central + 0.9 * fact + 0.4 * names + digits + 1.0 * overlap + 0.7 * position + length


def rank(sentences: list[Sentence], has_fact: set[int], title: str = "") -> list[tuple[float, Sentence]]:
    """Sentences with their salience, best first (unusable ones, such as questions, left out)."""
    central = centrality(sentences)
    title_terms = _terms(title)
    scored = [(_score(s, len(sentences), c, has_fact, title_terms), s) for s, c in zip(sentences, central, strict=True)]
    return sorted([p for p in scored if p[0] > 0], key=lambda p: (-p[0], p[1].index))


def summary_size(usable: int) -> int:
    """How many sentences the summary takes: fewer in a short article, so that its key points have some
    left (an article of five usable sentences gets one sentence of summary and up to four points)."""
    return 1 if usable <= 5 else 2 if usable <= 8 else _SUMMARY_SENTENCES


def _summary(ranked: list[Sentence], size: int, said: list[set[str]]) -> list[Sentence]:
    """The best sentences, each saying something new; one that points back ("This was …") only after the
    sentence it points to."""
    chosen: list[Sentence] = []
    # A news article's summary opens with its lede: the earliest of the few most salient sentences goes first.
    lede = min(ranked[:_LEDE_REACH], key=lambda s: s.index, default=None)
    for sentence in [lede, *(s for s in ranked if s is not lede)] if lede else ranked:
        if len(chosen) >= size:
            break
        if dangles(sentence.text) and not any(c.index == sentence.index - 1 for c in chosen):
            continue
        if not said_before(sentence.text, said):
            chosen.append(sentence)
            said.append(bag(sentence.text))
    return sorted(chosen, key=lambda s: s.index)


def _with_followers(chosen: list[Sentence], by_index: dict[int, Sentence], said: list[set[str]]) -> list[Sentence]:
    """The summary with the sentence that points back to one of its own ("… £143.3 billion larger. This
    could have brought in …"): it needs that antecedent, and away from it (in the background) it would
    dangle.  One at most, and only while the summary stays short."""
    for sentence in chosen:
        follower = by_index.get(sentence.index + 1)
        if follower is None or follower in chosen or follower.paragraph != sentence.paragraph \
                or not dangles(follower.text) or count_words(follower.text) > _POINT_WORDS \
                or sum(count_words(s.text) for s in chosen) + count_words(follower.text) > _SUMMARY_WORDS:
            continue
        said.append(bag(follower.text))
        return sorted([*chosen, follower], key=lambda s: s.index)
    return chosen


_FEW_OUTSIDE = 4  # sentences outside running quotations an article needs before those inside are passed over
_ALL_QUOTED = 1  # sentences outside at most, for a page that is all one quotation


def _quoted_inside(sentences: list[Sentence]) -> set[int]:
    """The indexes of the sentences inside a quotation that runs over several (:func:`inside_quotations`): no
    summary sentence or key point, which would give someone's words as the article's."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return {group[position].index for group in by_paragraph.values()
            for position in inside_quotations([s.text for s in group])}


def summarise(sentences: list[Sentence], has_fact: set[int], title: str = "",
              headings: list[str] | None = None) -> tuple[str, list[Point], set[int]]:
    """The summary, the key points and the indexes of the sentences they say (each sentence once).

    The indexes include the near copies of what they say (a standfirst the lede repeats): the
    background must not say it again.  The teasers for other stories the page lists after this one
    (:mod:`~briefkit.extract.teasers`; ``headings``: the body's, in page order) are no part of either.
    """
    by_index = {s.index: s for s in sentences}
    # a sentence the page broke over two lines ("… within the previously announced" / "range of 7-9 percent …")
    # is no point in either half
    broken = {s.index for s in sentences if not s.text.rstrip().endswith(_ENDS)
              and (after := by_index.get(s.index + 1)) is not None and cut_open(after.text)}
    # a dek cut short ("政府会继续为旅客提供更…", "… ready-to-eat food an..."), a sentence stopping on "the", another
    # story's headline in title case (:mod:`~briefkit.extract.sentenceends`)
    cut = {s.index for s in sentences if unfinished(s.text)}
    if len(sentences) - len(cut | broken) < _FEW_OUTSIDE:
        # a page of lines in title case ("Dr Khalfan bin Said, Minister of Housing and Urban Planning" under "…
        # restructuring the Council of Ministers as follows:") has little else: its lines are its content
        cut -= {s.index for s in sentences if headline_case(s.text)}
    broken |= cut
    # the site's own voice (a note on the page, an appeal to its reader) is no part of the story; a term's
    # definition explains it and is no news
    unusable = teaser_sentences(sentences, headings, titled=True) | broken | site_sentences(sentences) \
        | glossary_sentences(sentences)
    quoted = _quoted_inside(sentences)
    # a statement that is one long quotation ("X said:" and its paragraphs) has little else to say: its words
    # are the article's content, introduced as the speaker's by the sentence before
    passed = unusable | quoted
    outside = [s for s in sentences if s.index not in passed and not dangles(s.text)]
    unusable |= quoted if len(outside) >= _FEW_OUTSIDE else set()
    ranked = [s for _, s in rank(sentences, has_fact, title) if s.index not in unusable]
    by_index = {i: s for i, s in by_index.items() if i not in unusable}  # nor a follower nor a pair's half
    said: list[set[str]] = []
    speakers_of = quotation_speakers(sentences, quoted)
    if len(outside) <= _ALL_QUOTED and not any(speakers_of.get(i) for i in quoted):
        # the page is one quotation naming no one (a reprint set in quotation marks, a statement whose lead-in
        # names no speaker the extractor reads): its words are the article's own
        quoted = set()
    # someone's words the article gives no speaker for are no summary sentence either (see the points below)
    # and a list's line ("Ministry of Defence: Rs. 142.95 billion") is a point, never a summary sentence
    voiced = [s for s in ranked if (s.index not in quoted or speakers_of.get(s.index)) and not list_line(s.text)]
    chosen = _with_followers(_summary(voiced, summary_size(len(ranked)), said), by_index, said)
    used = {s.index for s in chosen}
    points: list[tuple[str, str, set[int]]] = []
    for text, source, indexes in point_units(ranked, by_index, used):
        if len(points) >= _KEY_POINTS:
            break
        # someone's words are a point only as a quotation with its speaker (:mod:`~briefkit.extract.quotedpoints`)
        shown = quoted_point(finished(closed_quotes(unturned(unlinked(unmarked(text))))), indexes, quoted, speakers_of)
        if shown is None or indexes & used or said_before(text, said) \
                or repeats_figure(text, [*(s.text for s in chosen), *(p[0] for p in points)]):
            continue
        points.append((shown, source, indexes))
        used |= indexes
        said.append(bag(text))
    # near copies of what was said, and the page's notes about itself, belong nowhere else in the draft
    notes = {s.index for s in sentences if is_note(s.text)}
    notes |= {s.index for s in sentences if s.index - 1 in notes and dangles(s.text)}  # "It is not subject to …"
    used |= notes | {s.index for s in sentences if said_before(s.text, said)}
    points.sort(key=lambda p: min(p[2]))
    if not chosen and sentences:  # every sentence too long to rank (a run-on page): the opening, cut at a joint
        first = sentences[0]
        return shorten(first.text, _MAX_WORDS) or first.text, [], used | {first.index}
    # each sentence whole: less the agency's sign-off ("— Bernama"), with the stop the page left out ("…,” he said")
    return (_joined([_voiced(finished(unmarked(s.text)), speakers_of.get(s.index) if s.index in quoted else None)
                     for s in chosen]),
            [Point(text=text, source_text=source) for text, source, _ in points],
            used)


def _voiced(text: str, speaker: str | None) -> str:
    """A summary sentence from inside a quotation, shown as its speaker's words ("Hannah Terrey: “…”")."""
    return attributed(text, speaker) if speaker else text


def _joined(texts: list[str]) -> str:
    """Sentences as one paragraph: a space after an English stop, none after a Chinese one (。！？).  A list's
    item has no stop of its own ("Official cash rate at 5.5% in December 2024 (vs. prior at 5.3%)"): run into
    the next, it would read as one sentence, so it takes a full stop."""
    out = ""
    for text in texts:
        if out and not out.rstrip().rstrip("”’\"')）」』").endswith(_CLOSERS) and not CJK.search(out[-12:]):
            out = out.rstrip() + "."
        out += text if not out or out.rstrip("”’」』）)").endswith(("。", "！", "？")) else " " + text
    return out


def find_questions(sentences: list[Sentence]) -> list[Point]:
    """The article's own questions."""
    return [Point(text=s.text, source_text=s.text) for s in sentences
            if s.text.endswith(("?", "？")) and count_words(s.text) >= 4]
