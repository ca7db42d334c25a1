"""Headings under which a page lists other stories: "Top Stories", "Related", "Read more", "More like this",
"You may also like", "相关新闻", "推荐阅读".  The lines under such a heading are links to other articles, whose
numbers are no figures of this one (a reader of the story never cites "Inflation hits 7.5%" from the "Top Stories"
box under it), however much they read like sentences.

Two more shapes of the same box carry no heading the page kept (seen on news sites in Nigeria, Pakistan, South
Africa and the US alike):

- a run of link texts after the story: paragraphs of one line each with no closing full stop, or cut short with
  "…" ("A High-ranking official is facing a major scandal with 400 explicit sex…"), three or more of them close
  together in the page's second half, or in a run that closes the page wherever it begins (a short story's box may
  begin before its middle): a story's own sentences end with a full stop, a link's title does not (nor is a stat
  box's data line, "New cases: 137", a link);
- everything after a mark that ends the story ("More to follow...", "-30-", "###", "ENDS", "(Developing)"),
  and an inline "In other news –" lead, which introduces another story by name (with the dek under it when the
  lead is a link's title on its own line).
"""

from __future__ import annotations

import re

from briefkit.extract.body import Sentence
from briefkit.extract.furniture import bio_sentences, stamped_runs
from briefkit.extract.listmarks import BULLETS
from briefkit.extract.teaserheads import is_teaser_heading
from briefkit.extract.textcache import text_cache

__all__ = ["is_teaser_heading", "story_lists", "teaser_sentences"]

def teaser_sentences(sentences: list[Sentence], headings: list[str] | None = None, titled: bool = False) -> set[int]:
    """The indices of the sentences under a heading of other stories in the article's second half (a box of
    links mid-story may be followed by the story again under the same heading, so only the closing part of
    the page is judged), of a run of link texts there, and of everything after a mark that ends the story.

    ``headings``: the body's headings in page order.  A box's own heading often has no sentence under it
    ("More like this", then each teaser's title as a heading over its dek): the sentences never name it, and
    only the list of headings shows that it opened the box.

    ``titled``: the surer signs only, for the summary and the key points, which need the story's own sentences:
    of the sentences in a box, those under a teaser's own title (a heading that reads as a link's; a page's
    story may run on under a box's heading, "Top Articles", the links themselves dropped), and of the runs of
    link texts, those with a title cut short (see :func:`link_runs`)."""
    half = len(sentences) // 2
    found = _under_teaser_heading([s for s in sentences if s.index >= half], _heading_order(sentences, headings),
                                  titled)
    others = [s for s in sentences if _OTHER_STORY.match(s.text)]
    found |= {s.index for s in others}
    # "In other news – Fans in shock as …" as a link's title on its own line: the paragraph under it is its dek
    deks = {s.paragraph + 1 for s in others if link_text(s.text)}
    # … or, kept as a heading, the first paragraph under it
    deks |= {min(s.paragraph for s in sentences if s.heading == heading)
             for heading in {s.heading for s in sentences if s.heading and _OTHER_STORY.match(s.heading)}}
    found |= {s.index for s in sentences if s.paragraph in deks}
    ended = next((s.index for s in sentences if _STORY_END.match(s.heading or "") or _STORY_END.match(s.text)), None)
    if ended is not None and ended >= half:
        found |= {s.index for s in sentences if s.index >= ended}
    # a box of stories stamped with their age and a writer's bio are furniture wherever the page put them
    found |= stamped_runs(sentences) | bio_sentences(sentences)
    # … and a run that closes the page (at most one paragraph after it), however early it begins (a short story's
    # box of links)
    ending = sentences[-1].paragraph - 1 if sentences else 0
    links = _link_runs([s for s in sentences if s.index >= half], titled) | _link_runs(sentences, titled, ending)
    return found | (links - story_lists(sentences))


def story_lists(sentences: list[Sentence]) -> set[int]:
    """The sentences of the story's own lists of unpunctuated lines: a run of one-line paragraphs that opens the
    body ("First Half Revenue £1.73B", "Declares Special Dividend of £340M" one a line under a lead the page kept
    in its head) or follows a paragraph introducing it with a colon ("Key allocations include:").  A box of other
    stories follows the story's last sentence, never its lead: its links stay a run of link texts."""
    per_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        per_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    found: set[int] = set()
    listing = False
    before: int | None = None
    for paragraph, group in per_paragraph.items():
        line = group[0].text if len(group) == 1 else ""
        opens = before is None or (paragraph == before + 1 and per_paragraph[before][-1].text.rstrip().endswith(
            (":", "：")))
        listing = bool(line) and _unpunctuated(line) and (opens or (listing and paragraph == (before or 0) + 1))
        if listing:
            found.add(group[0].index)
        before = paragraph
    return found


def _unpunctuated(line: str) -> bool:
    """A list's line: no closing full stop, and not cut short as a link's title is ("… sex…")."""
    return not _CLOSED.search(line) and not _CUT_SHORT.search(line)


def _heading_order(sentences: list[Sentence], headings: list[str] | None) -> dict[str, list[str]]:
    """For each heading sentences sit under, the headings the page printed since the one before it that had
    sentences (itself last): the empty ones between say what box the page opened there."""
    if not headings:
        return {}
    order: dict[str, list[str]] = {}
    at = 0
    for heading in dict.fromkeys(s.heading for s in sentences if s.heading):
        if heading in headings[at:]:
            end = headings.index(heading, at)
            order[heading] = headings[at:end + 1]
            at = end + 1
    return order


def _under_teaser_heading(closing: list[Sentence], opened: dict[str, list[str]] | None = None,
                          titled: bool = False) -> set[int]:
    """The sentences under a heading of other stories, and under the headings after it that read as links' titles
    ("More like this", then "Weekly SPI declined by 0.78%" over its dek): the page kept each teaser's title as a
    heading of its own, and the box runs on until a heading that is no link's title.  ``opened``: the empty
    headings printed before each one (see :func:`_heading_order`), one of which may be the box's own."""
    found: set[int] = set()
    in_box = False
    heading: str | None = None
    for sentence in closing:
        if sentence.heading != heading:
            heading = sentence.heading
            # a box opened by an empty heading of its own ("相关推荐", "More like this"): the heading right after
            # it is its first teaser's title, however short, and the box runs on over the links' titles after it
            opens = any(is_teaser_heading(h) for h in (opened or {}).get(heading or "", [])[:-1])
            in_box = is_teaser_heading(heading) or opens or (in_box and heading is not None and link_text(heading))
        if in_box and not (titled and is_teaser_heading(heading)):
            found.add(sentence.index)
    return found


# the closing punctuation of a sentence of the story (a quote or a bracket may close it)
_CLOSED = re.compile(r"[.!?。！？;；:：][\"”’'）)\]]*\s*$")
_CUT = re.compile(r"[^\W\d]\s?(?:…|\.{3})\s*$")  # cut mid-phrase ("400 explicit sex…"), not a quote's '."...'
_CUT_SHORT = re.compile(r"(?:…|\.{3})\s*\)?\s*$")  # "… choose their...", "is currently (…)"
# a list's item ("• …", "1. …", "$220,000 for maintenance", "10% increase for …") is the story's own, however
# unpunctuated: a link's title opens on a word
_LIST_MARK = re.compile(rf"^\s*(?:[{BULLETS}*+-]|\(?\d{{1,2}}[.)、]\s|\(?[a-z][.)]\s|[$€£¥₹]|\d)")
# a data line ("New cases: 137", "Active outbreaks: 57, including 23 schools", "Turnout: 64.2%"): a label, a colon
# and the number it reports, closing the line or followed by a comma or a bracket; a stat box's line, which no link
# to another story reads as ("WATCH: 5 things to know" goes on in words after its number)
_DATA_LINE = re.compile(r"^\W{0,3}[A-Za-z][^:：\d\n]{1,60}[:：]\s*[-+−]?[$€£¥₹]?\s?\d[\d,.]*\s*"
                        r"(?:%|percent\b|per\s+cent\b)?\s*(?:$|[,;(（])")
# a line whose first word is in lower case ('"there was a time a few years ago where we were talking $24M in cuts"',
# a council meeting's notes one remark a line): a headline capitalises its first word, so no link's title opens so
# ("iPhone", "eBay" hold a capital)
_LOWER_START = re.compile(r"^[\"“‘'(]*[a-z][a-z'’-]+\s")
_STORY_END = re.compile(r"^\W*(?:more\s+to\s+follow|developing(?:\s+story)?|-30-|#{3}|ends|\(?end\)?)\W*$",
                        re.IGNORECASE)
_OTHER_STORY = re.compile(r"^\W*in\s+other\s+news\s*[-–—:]", re.IGNORECASE)
_RUN_GAP = 3  # paragraphs a page's dropped furniture ("Markets", "5 hours ago") may leave between two links
_RUN_LENGTH = 3  # a box lists several stories; two unpunctuated lines may be a stat box's or a table's


# (a pure function of its text, asked of the same paragraphs and headings by each teaser check)
@text_cache(maxsize=1024)
def link_text(text: str) -> bool:
    """A paragraph or a heading that reads as a link's title: four words or more (or a run of Chinese), no list
    mark, and no closing full stop (or cut short with an ellipsis)."""
    text = text.strip()
    if _LIST_MARK.match(text) or (len(text.split()) < 4 and not re.search(r"[\u3400-\u9fff]{8}", text)) \
            or _DATA_LINE.match(text) or _LOWER_START.match(text):
        return False
    return bool(_CUT.search(text)) or not _CLOSED.search(text)


def link_runs(items: list[tuple[float, str]], cut: bool = False, reaching: float | None = None) -> set[float]:
    """The positions of three or more link texts close together among ``items`` (a position and a paragraph's
    or a heading's text each, in page order; see the module's docstring).  ``cut``: only runs with a title cut
    short ("…", "(…)"), the surer sign of a box of links: a list of the story's own unpunctuated lines (a new
    cabinet's ministers, one a line) is a run too.  ``reaching``: only runs that end at or after that position
    (near the page's end), each from its start: a short story's box of links may begin before its middle."""
    links = [(at, text) for at, text in items if link_text(text)]
    found: set[float] = set()
    run: list[tuple[float, str]] = []
    for at, text in [*links, (float("inf"), "")]:
        if run and at - run[-1][0] > _RUN_GAP:
            if len(run) >= _RUN_LENGTH and (not cut or any(_CUT_SHORT.search(t) for _, t in run)) \
                    and (reaching is None or run[-1][0] >= reaching):
                found |= {position for position, _ in run}
            run = []
        run.append((at, text))
    return found


def _link_runs(closing: list[Sentence], cut: bool = False, reaching: float | None = None) -> set[int]:
    """The sentences that are link texts in a run (reaching ``reaching``, see :func:`link_runs`), counting the
    headings above them (a page often keeps a link's title as a heading and its dek as a paragraph)."""
    per_paragraph: dict[int, list[Sentence]] = {}
    for sentence in closing:
        per_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    items: list[tuple[float, str]] = []
    heading: str | None = None
    for paragraph, group in per_paragraph.items():
        if group[0].heading and group[0].heading != heading:
            items.append((paragraph - 0.5, group[0].heading))
        heading = group[0].heading
        items.append((float(paragraph), group[0].text if len(group) == 1 else "."))
    runs = link_runs(items, cut, reaching)
    # a link's title the page made a heading, and its dek under it, unpunctuated both: one teaser, however short
    # the run the page kept of the box around it
    return {group[0].index for paragraph, group in per_paragraph.items() if float(paragraph) in runs
            or (len(group) == 1 and group[0].heading and link_text(group[0].heading) and link_text(group[0].text)
                and (not cut or bool(_CUT_SHORT.search(group[0].text)))
                and (reaching is None or paragraph >= reaching))}
