"""Writers found by scoring person-name candidates in a page's furniture, when no byline rule matched.

The byline rules (``bylines_en``, ``bylineforms``, ``creditlines`` …) each read one form exactly; on
pages nobody tuned them on, the form is often a little different ("Columnist Jane Doe", "STORY: Jane
Doe", "Reach Jane Doe at …", a name beside a handle) and nothing is found.  Here every person-shaped
name in the first and last lines of the page is a candidate, and cues that hold across sites score it:

- a credit word on its line or the line above (By, Written by, Author, Reporter, Columnist …, 作者, 记者);
- a writer's role after it, on its line or alone on the next ("Staff Writer");
- an e-mail address or @handle beside it, or a contact line ("Reach Jane Doe at …");
- a closing note on the writer ("Jane Doe is a senior fellow at …", "About the author");
- its shape (a known given name, two or three capitalised words), a line that holds little else, a
  place just under the title or beside the date line;
- and against it: a picture credit on its line (photographers are never authors), an editing role
  (editors are their own field), a long line of prose, and the body quoting the name as a source
  ("Doe said", "said Jane Doe", "Mayor Jane Doe").

The best-scoring line's names are returned only above a threshold, and always as a guess to check.
Where these hand-set weights find nothing, :mod:`briefkit.extract.authorscore` weighs the same kinds of cue
with learned weights.  :func:`writers_only` takes out of any writer list the names a page prints for another
part: photographers, the bylines of the teasers at its foot, a release's press contacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefkit.extract import bylineforms, credits, givennames, reportcredits
from briefkit.extract.authorcues import (
    BIO,
    CONTACT,
    CREDIT_BEFORE,
    EDIT_WORD,
    HANDLE,
    OUTLET_AFTER,
    PICTURE_WORD,
    PIECE_LABEL,
    PRESS_CONTACT,
    QUOTE,
    ROLE_AFTER,
    ROLE_ALONE,
    STAMP,
    WORD_CREDIT_LINE,
    role_beside,
    zh_candidates,
)
from briefkit.extract.dates import parse_date
from briefkit.extract.fields import labelled_writers, unglued
from briefkit.extract.namespans import MONTH_DAY, names_on
from briefkit.extract.photocredits import photographers
from briefkit.readers import Article

HEAD_LINES = 25
TAIL_LINES = 15
_PROSE_WORDS = 20  # a line of the story's prose: a sentence or more, longer than any headline or byline
THRESHOLD = 3.0
# a credit cue proper (a credit word, a role, a contact, a handle, a bio), not only a stamp or a signature's place
EVIDENCE = 2.0

_SPEECH = r"(?:said|says|told|added|noted|explained|argued|warned|wrote|according\s+to)"
_OFFICE = r"(?:Mayor|Minister|President|Governor|Senator|Secretary|Chairman|Chairwoman|Chief|Director|Councillor|" \
          r"Councilor|Councilman|Councilwoman|Commissioner|Judge|Rep\.|Sen\.|Gov\.|Mr\.|Ms\.|Mrs\.)"


@dataclass
class Candidate:
    """Names on one line of the page's furniture and how strongly the cues say they are its writers."""

    names: list[str]
    line: str
    score: float


# what may stand beside a name on a byline line without making it prose: dates, times, stamps, cue words
_CLOSING_NOTE = re.compile(r"(\([^()]{5,200}\))\s*$")
_PLACED = re.compile(r"\b(?:in|at|from|near|outside|across)\s*$")
_BESIDE = re.compile(r"\d+|\b(?:date|by|am|pm|a\.m|p\.m|GMT|UTC|EST|EDT|BST|IST|min|mins|read|ago|"
                     r"updated|published|posted|on|at|and|hours?|minutes?|days?)\b|" + MONTH_DAY.pattern,
                     re.IGNORECASE)


def _alone(name: str, segment: str) -> bool:
    """Whether the name is all its segment holds but for a date, a time or a stamp ("Jane Doe · 3 min read")."""
    rest = _BESIDE.sub(" ", segment.replace(name, " ").replace(name.upper(), " "))
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 3


# Fixed patterns read around each occurrence of a surname: none is compiled per name (see personcues)
_SPEECH_AFTER = re.compile(r"\b[^.\n]{0,40}?\b" + _SPEECH + r"\b")
_SPEECH_BEFORE = re.compile(r"\b" + _SPEECH + r"\s+(?:\S+\s+){0,4}?$")
_OFFICE_BEFORE = re.compile(r"\b" + _OFFICE + r"\s+(?:[A-Z]\w+\s+)?$")
_QUOTE_BEFORE = re.compile(r"[“\"][^”\"]{10,}[”\"],?\s+(?:\w+\s+){0,2}$")


def _quoted_in_body(name: str, body: str) -> bool:
    """Whether the body cites the person as a source: "Doe said", "said Jane Doe", "Mayor Jane Doe"."""
    surname = name.split()[-1]
    start = body.find(surname)
    while start >= 0:
        end = start + len(surname)
        if (start == 0 or not body[start - 1].isalnum()) and (end == len(body) or not body[end].isalnum()):
            before = body[max(0, start - 120):start]
            given = before.endswith(name[:-len(surname)]) and len(name) > len(surname)
            lead = before[:len(before) - (len(name) - len(surname))] if given else before
            if _SPEECH_AFTER.match(body, end) or _OFFICE_BEFORE.search(lead) or _QUOTE_BEFORE.search(lead) \
                    or (given and _SPEECH_BEFORE.search(lead)):
                return True
        start = body.find(surname, end)
    return False


def _line_score(lines: list[str], i: int, zone: str, anchors: set[int], line: str) -> tuple[float, float]:
    """How strongly ``line`` (the one at ``i``, or its closing note) and its neighbours say a name on it is
    one of the page's writers: the credit evidence (a cue that a credit is printed there) and the rest
    (position, and the cues against)."""
    above = lines[i - 1].strip() if i > 0 else ""
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    evidence, rest = 0.0, 0.0
    if WORD_CREDIT_LINE.match(above) or PIECE_LABEL.match(line):
        evidence += 3
    if ROLE_ALONE.match(below):
        evidence += 2.5
    if HANDLE.search(line) or HANDLE.fullmatch(below):
        evidence += 2
    if CONTACT.search(line):
        evidence += 2.5
    if (beside := OUTLET_AFTER.match(line)) and credits.is_outlet(beside["outlet"]):
        evidence += 2.5
    if zone == "tail" and BIO.search(line):
        evidence += 3
    stamped = bool(STAMP.search(line)) or (len(line) < 80 and parse_date(line) is not None)
    if zone == "head" and stamped:
        evidence += 1  # a byline beside the page's stamp; at the foot, "Jane Doe 3 hours ago" is a teaser's
    if zone == "head" and any(abs(i - a) <= 2 for a in anchors):
        rest += 1
    if zone == "tail" and i >= len(lines) - 3 and len(line) < 60 and not stamped and not re.search(r"\d", line):
        evidence += 1  # a signature closes a letter or an op-ed
    # "Photo:" over the name: the photographer's credit set on two lines
    if (PICTURE_WORD.search(above) and len(above) < 30 and not names_on(above)) or PRESS_CONTACT.match(line) \
            or _CONTACT_HEAD.match(above):
        rest -= 6
    if (len(line.split()) > 25 and not (zone == "tail" and BIO.search(line))) or QUOTE.search(line):
        rest -= 3  # a name in a sentence of prose is someone the story is about
    if _CONTRIBUTED.search(line):
        rest -= 6  # "Jane Doe in Accra contributed to this report": a helper, not the byline (corpus README)
    if CITATION.search(line):
        rest -= 6  # "– Lee, by Tito Perdue; pg. 64" under a quoted passage: the cited book's author
    return evidence, rest


# A citation of a work the page quotes: a page reference ("pg. 64", "p. 12", "pp. 3-5"), or a dash opening the
# line before the work's title and its "by" ("— The Prophet, by Kahlil Gibran" under an epigraph); a byline names
# the page's writer, never a page of a book, and opens on its credit ("— By Jane Doe"), not on a title
CITATION = re.compile(r"\b(?:pg|pp?)\.\s*\d+\b|^[–—―]\s*(?![Bb]y\b)[^,;]{2,80},\s*by\s", re.IGNORECASE)


def cites_or_quotes(line: str, name: str) -> bool:
    """Whether ``line`` cites a work ``name`` wrote (:data:`CITATION`) or introduces a quotation of the person."""
    return bool(CITATION.search(line)) or _introduces_quote(line, name)


def _introduces_quote(line: str, name: str) -> bool:
    """Whether ``line`` is a sentence introducing a quotation of ``name`` ("And what will we be left with? I quote
    writer Tito Perdue:"): it closes on a colon after four words or more before the name; a writer's own
    introduction opens on the name ("Jane Doe writes:")."""
    return line.rstrip().endswith(":") and len(line.split(name)[0].split()) >= 4


_CONTRIBUTED = re.compile(r"(?i)\bcontributed\s+(?:(?:additional\s+)?reporting|"
                          r"to\s+th(?:is|e)\s+(?:report|story|article))")


def _segment_score(segment: str, name: str) -> tuple[float, float]:
    """The cues within the name's own segment of its line ("By A; editing by B": A's credit is "By")."""
    evidence = 3.0 if CREDIT_BEFORE.search(segment) or role_beside(segment, name) else 0.0
    against = (-6.0 if PICTURE_WORD.search(segment) else 0.0) + (-4.0 if EDIT_WORD.search(segment) else 0.0)
    return evidence, against


_SEGMENTS = re.compile(r"\s*(?:[;|｜•·]|\s[-–—]\s)\s*")


def _scored(lines: list[str], zone: str, anchors: set[int], body: str, title: str | None) -> list[Candidate]:
    found = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if len(line) > 150 and line.count(" ") > 25:
            # a paragraph of prose names the people the story is about; only a note glued to its end
            # ("… the poll predicted. (Reporting by Jane Doe)") may credit the writer
            closing = _CLOSING_NOTE.search(line)
            if closing is None:
                continue
            line = closing.group(1)
        if not line:
            continue
        names = names_on(line if zone == "head" else line[:200])
        if not names:
            continue
        evidence, rest = _line_score(lines, i, zone, anchors, line)
        base = evidence + rest
        if zone == "tail" and BIO.search(line):
            names = names[:1]  # "Jane Doe is a fellow at … where she worked with Tom Lee": the bio's subject
        segments = _SEGMENTS.split(line)
        kept, best = [], base
        for name in names:
            if (title and name in title and not CREDIT_BEFORE.search(title)) or _PLACED.search(line.split(name)[0]):
                continue  # the headline names whom the story is about; "in Pearl River Delta" is a place
            if _introduces_quote(line, name):
                continue
            segment = next((s for s in segments if name in s or name.upper() in s), line)
            own, against = _segment_score(segment[:segment.find(name) + len(name) + 40] if name in segment
                                          else segment, name)
            score = base + own + against
            score += 1.0 if givennames.reads_as_person(name) else 0.0
            score += 1.0 if _alone(name, segment) else 0.0
            if score < THRESHOLD or evidence + own < EVIDENCE:  # position, shape or a stamp alone make no byline
                continue
            if _quoted_in_body(name, body.replace(line, " ")):
                score -= 5
            if score >= THRESHOLD:
                kept.append(name)
                best = max(best, score)
        if kept:
            found.append(Candidate(kept, line, best))
    return found


def best_writers(head: list[str], tail: list[str], body: str, anchors: set[int],
                 title: str | None = None) -> Candidate | None:
    """The best-scoring line of writers among the page's first and last lines, or None below the threshold.

    ``anchors`` are the head indices of the title and date lines, beside which a byline stands.
    """
    cands = [*_scored(head[:HEAD_LINES], "head", anchors, body, title),
             *_scored(tail[-TAIL_LINES:], "tail", set(), body, title)]
    cands += [Candidate(names, line, score) for names, line, score in zh_candidates([*head[:HEAD_LINES],
                                                                                     *tail[-TAIL_LINES:]])]
    # a press officer named under a release's contact heading is no writer wherever else the name is printed
    contacts = press_contacts([*head[:HEAD_LINES], *tail[-TAIL_LINES:]])
    cands = [c for c in cands if not set(c.names) & contacts]
    if not cands:
        return None
    return max(cands, key=lambda c: c.score)


def guess(article: Article, title_line: str | None, title: str | None = None) -> Candidate | None:
    """The writers the cues point to on ``article``'s first and last lines, when they score high enough.

    ``title_line`` is the head line the title was read from (a byline stands near it), ``title`` the title
    itself (a name in it is whom the story is about)."""
    lines = [line for line in article.text.split("\n") if line.strip()]
    head, tail = lines[:HEAD_LINES], lines[-TAIL_LINES:]
    anchors = {i for i, line in enumerate(head) if line == title_line
               or (len(line) < 60 and parse_date(line) is not None)}
    return best_writers(head, tail, "\n".join(article.paragraphs), anchors, title or title_line)



def credit_form(line: str) -> bool:
    """A short head line that credits a writer by one of the cues here ("Columnist Jane Doe", "Jane Doe
    (Reuters)", "Jane Doe for The Valley Times"): a byline, never the title."""
    text = line.strip()
    if len(text) > 80 or PICTURE_WORD.search(text) or EDIT_WORD.search(text):
        return False
    names = names_on(text)
    if not names or not givennames.reads_as_person(names[0]):
        return False
    beside = OUTLET_AFTER.match(text)
    # a role or outlet after a name credits a writer only when the line opens with the name: "<title> By JANE
    # DOE, Associated Press Writers" is a title with its byline glued on, still the title's line
    first = text.startswith((names[0], names[0].upper()))
    return bool(CREDIT_BEFORE.match(text) or (first and ROLE_AFTER.search(text))
                or (beside and beside["name"] == names[0] and credits.is_outlet(beside["outlet"])))


# A heading that opens the list of other stories at a page's foot ("More stories", "Related", "Most read"), or
# the readers' comments under the story ("3 Comments", "Leave a Reply", "12 thoughts on …"): a commenter's name
# over the comment's date reads as a byline and is none
_TEASER_HEAD = re.compile(r"^(?:more\s+(?:stories|news|from\b.*|on\b.*|in\b.*)|related(?:\s+(?:stories|articles|news|"
                          r"coverage|content|posts))?|recommended(?:\s+for\s+you)?|read\s+(?:more|next|also)|"
                          r"also\s+read|see\s+also|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|popular|"
                          r"you\s+(?:may|might)\s+also\s+like|latest(?:\s+(?:news|stories))?|top\s+stories|"
                          r"what\s+to\s+read\s+next|editor'?s\s+picks?|"
                          r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave\s+a\s+(?:reply|comment)|"
                          r"join\s+the\s+(?:conversation|discussion)|\d+\s+(?:responses|replies|thoughts)\s+(?:to|on)\b.*)"
                          r"\s*:?$", re.IGNORECASE)


def _headline_like(line: str) -> bool:
    """A short line that reads as another story's headline: a few words, no closing stop, not a name."""
    words = line.split()
    return 3 <= len(words) <= 16 and line[:1].isupper() and not line.rstrip().endswith((".", ":", "?", "!", ",")) \
        and names_on(line) != [line.strip()]


def teaser_writers(tail: list[str], head: list[str]) -> set[str]:
    """Writers of the other stories a page lists at its foot: names after a "More stories" heading, or on a
    byline or stamp line under another story's headline.  Their bylines are not this story's; a name the
    head also credits is kept."""
    found: set[str] = set()
    teasing = False
    for i, line in enumerate(tail):
        text = line.strip()
        if _TEASER_HEAD.match(text):
            teasing = True
            continue
        # a teaser's byline is a short line; on a short page the story's own byline, run into its first
        # paragraph under the headline ("Posted by Jane Doe“If …"), is among the last lines too
        under_headline = i > 0 and len(text) < 80 and _headline_like(tail[i - 1].strip()) and (
            bool(re.match(r"(?i:by)\s", text)) or bool(STAMP.search(text)) or parse_date(text) is not None)
        # "Ben Moore 2:10pm" under another story's headline and its one-sentence standfirst: a teaser's byline
        under_headline = under_headline or (len(text) < 60 and bool(_CLOCK.search(text)) and any(
            _headline_like(tail[k].strip()) for k in range(max(0, i - 3), i)))
        if teasing or under_headline:
            found.update(names_on(text))
    for line in head:  # "By Jane Doe080" credits "Jane Doe" too
        found -= set(names_on(unglued(line.strip())))
    return found


# "Contact information", "Media contacts", "For more information": the heading over a release's press officers
# "For further information, please contact:", "For media enquiries contact:" too
_CONTACT_HEAD = re.compile(r"^(?:(?:media|press|news)\s+)?(?:contacts?(?:\s+(?:information|details|us))?|enquiries|"
                           r"inquiries|for\s+(?:(?:more|further)\s+information|(?:media|press)\s+(?:enquiries|inquiries))"
                           r"(?:,?\s+(?:please\s+)?contact)?|please\s+contact)\s*:?$", re.IGNORECASE)
# "Communications Manager", "Media Officer", "Press Secretary", "Spokesperson" alone on the line under a name: a
# release's press officer signing its contact block, who speaks for the body and wrote nothing
_PRESS_ROLE = re.compile(r"^(?:senior\s+|chief\s+|head\s+of\s+|principal\s+)?(?:(?:media|press|communications?|"
                         r"public\s+(?:relations|affairs)|news)(?:\s+and\s+\w+)?\s+(?:officer|manager|adviser|advisor|"
                         r"director|lead|secretary|contact|liaison|coordinator|specialist|executive|team)|"
                         r"(?:media|press|public)\s+relations|spokes(?:person|man|woman))\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)


def press_contacts(lines: list[str]) -> set[str]:
    """Names a release gives as its press contacts: on a "Media contact:" line, on the lines under a
    "Contact information" heading, or over a press officer's role ("Communications Manager").  A press officer
    speaks for the body and wrote nothing (releases on many sites close so); a name the page also credits with a
    byline cue is kept."""
    found: set[str] = set()
    for i, line in enumerate(lines):
        text = line.strip()
        if PRESS_CONTACT.match(text) or any(_CONTACT_HEAD.match(lines[k].strip()) for k in range(max(0, i - 2), i)) \
                or (i + 1 < len(lines) and len(text) < 60 and _PRESS_ROLE.match(lines[i + 1].strip())):
            found.update(names_on(text))
    return {n for n in found if not any(CREDIT_BEFORE.search(line) and n in line for line in lines)}


_CREDIT_WORDS = 12  # a credit line is short; a sentence quoting someone is longer
_CREDIT_OPENS = 40  # a credit run into a paragraph names its writer at the paragraph's opening


def quoted_source(name: str, article: Article) -> bool:
    """Whether the body quotes ``name`` as a source ("Doe said", "said Jane Doe", "Mayor Jane Doe"): a name
    guessed as the writer from where it stands is then someone the story is about."""
    if len(name.split()) < 2 or re.search(r"[\u3400-\u9fff]", name):
        return False
    # the name's own credit goes ("By Mayor Jane Doe", "Jane Doe is reporting in the Star that …" opening a
    # paragraph), not a sentence of the story that quotes her ("…,” council member Jane Doe said")
    return _quoted_in_body(name, "\n".join(p for p in article.paragraphs if name not in p
                                           or (len(p.split()) > _CREDIT_WORDS and p.find(name) >= _CREDIT_OPENS)))


def writers_only(authors: list[str], credited: list[str], article: Article, head: list[str]) -> list[str]:
    """``authors`` without the people the page names for another part: photographers, the writers of the
    other stories listed at its foot, and, among names guessed from where they stand (not in ``credited``,
    what a credit form named), a source the body quotes ("Mayor Jane Doe" under the title)."""
    if not authors:
        return authors
    # the page's last lines, blocks among them: a list of other stories is often read as paragraphs; a list of
    # other stories follows the story, so on a short page the foot starts after its first line of prose (the
    # story's own headline and byline above it are no teaser's)
    lines = [line for line in article.text.split("\n") if line.strip()]
    prose = next((i for i, line in enumerate(lines) if len(line.split()) >= _PROSE_WORDS), 0)
    foot = lines[max(len(lines) - TAIL_LINES, prose):]
    # on a short page the last lines reach the story's own byline; one crediting the writer, the outlet and
    # where and when the story was filed ("Jane Doe, VOA Khmer | Phnom Penh Monday, …") is no teaser's
    filed = {n for line in foot for n in reportcredits.stamped_credit(line)}
    teasers = teaser_writers(foot, article.head) - filed
    others = teasers | press_contacts(head + foot)
    # a photographer is no writer, unless a writer's label also names them ("Rep: Jane Doe" over "Foto: Jane Doe")
    shooters = photographers(head + article.tail) - labelled_writers(head) \
        - {n for line in head for n in bylineforms.words_and_pictures(line)}  # "Story and photos by Jane Doe"
    return [n for n in authors if n not in others | shooters and (n in credited or not quoted_source(n, article))]
