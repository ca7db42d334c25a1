"""Plain text, including the news-portal layout.

A portal page pasted as text has a title line, a date line, the body (often
one long paragraph), then footer lines: ``Edit:``, ``Responsible editor:``,
``Source:``, web-editor lines and copyright or "Special statement"
disclaimers.  Prose is recognised by its length and final punctuation; the
short lines before the first prose block form the head, those after the last
one (and any footer line) the tail, and short lines in between are headings.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefkit.readers.clipmeta import address_line
from briefkit.readers.model import Article, Block

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_END = re.compile(r"""[.!?…。！？:：;；)）"”'’»]$""")
FOOTER = re.compile(
    r"^\s*(\(?(web\s*)?edit(or|ed\s+by)?s?\b|responsible\s+editors?|source\s*[:：]|copyright|©|\(c\)\s|all rights"
    r"|\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|media\s+contact|press\s+contact|###"
    r"|special\s+statement|disclaimer|statement\s*[:：]|share\s+(this|on|to)\b|auteurs?\s*:|rédaction\s*:|follow\s+us|contact\s+us|e-?mail\s*[:：]"
    r"|责任编辑|编辑|来源|声明|版权|免责)",
    re.IGNORECASE,
)


def words(text: str) -> int:
    """A word count that also counts CJK characters (two to a word)."""
    cjk = len(_CJK.findall(text))
    return len(text.split()) + cjk // 2


_CJK_PUNCT = re.compile(r"[。！？；]")
# A photo caption ends on its credit: "Rising prices (Photo: Fabrizio Federici)", "… Photograph: Leon Neal/AFP".
CAPTION = re.compile(r"(?:\(\s*(?:photo|photograph|picture|image|credit)s?\s*(?:[:：/]|by\b)[^()]{1,80}\)"
                     r"|\b(?:photo|photograph)s?\s*:\s*[^.!?]{1,80})\s*$", re.IGNORECASE)
_BYLINE_START = re.compile(r"^(?i:by|par)\s*:?\s+[A-Z]")


def is_prose(text: str) -> bool:
    """A paragraph rather than a title, date, byline or heading line.

    Chinese prose has its full stops (or runs long): a 30-character headline or a
    comma-separated line of site links is not a paragraph however many characters it has.
    """
    if text.count(" | ") >= 2 or (_BYLINE_START.match(text) and words(text) <= 20) \
            or (CAPTION.search(text) and words(text) <= 30):
        return False  # a ticker of other headlines, a "site | date | section" line, a byline, a photo caption
    cjk = len(_CJK.findall(text))
    if cjk * 2 > len(text.strip()):
        return bool(_CJK_PUNCT.search(text)) or ("，" in text and cjk >= 30) or cjk >= 80
    return words(text) >= 14 or (words(text) >= 6 and bool(_END.search(text)) and not text.endswith(":"))


def _units(text: str) -> list[str]:
    """Blank-line groups; hard-wrapped lines in a group are joined."""
    units: list[str] = []
    for group in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in group.split("\n") if line.strip()]
        if len(lines) > 1 and _hard_wrapped(lines):
            units.append(_join(lines))
        else:
            units.extend(lines)
    return _mended([part for unit in units for part in unglue(unit)])


# a sentence the page broke across two paragraphs: a long line stopping on a comma or on a word no sentence or
# headline ends on, then a line going on in small letters ("… despite funding boosts of £5billion from the" /
# "taxpayer last year and …"): a copy from a page whose markup put a paragraph break inside a sentence.  A line
# ending on any other word may be a headline or a byline over a small-lettered date line ("updated 2 hours ago").
_BROKEN_OFF = re.compile(r"(?:[^\W_],|\s(?:the|a|an|of|to|from|and|or|in|on|for|with|by|at|as|that|which|its|their|"
                         r"his|her|our|this|these|those|than|into|between|about|over|under|per|is|are|was|were|"
                         r"will|would|has|have|had|be|been))$")
_GOES_ON = re.compile(r"^[a-z][a-z'’-]*\b(?![.:)])")
_BROKEN_MIN_WORDS = 8  # a heading, a label or a menu line is shorter; a broken sentence's first half is not


def _mended(units: list[str]) -> list[str]:
    """Units with a sentence broken across two of them joined again (see :data:`_BROKEN_OFF`)."""
    mended: list[str] = []
    for unit in units:
        last = mended[-1] if mended else ""
        if (_GOES_ON.match(unit) and _BROKEN_OFF.search(last) and len(last.split()) >= _BROKEN_MIN_WORDS
                and not _CJK.search(last) and not FOOTER.match(last) and not CAPTION.search(last)):
            mended[-1] = f"{last} {unit}"
        else:
            mended.append(unit)
    return mended


_MONTHS = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# "By Reuters StaffOCTOBER 13, 202011:11 AMBEIJING (Reuters) - …": a page whose markup was stripped runs its
# byline, date line, time and dateline together; each starts where a small letter meets a capital month.
_GLUED_BYLINE = re.compile(r"^(?P<by>(?i:by)\s+[A-Z][^.!?]{1,60}?[a-z])(?P<date>" + _MONTHS
                           + r"\.?\s+\d{1,2},\s*(?:19|20)\d{2})(?P<time>\d{1,2}:\d{2}\s*(?i:[ap]\.?m\.?)?)?"
                           r"\s*(?P<rest>.*)$")


def unglue(unit: str) -> list[str]:
    """A byline run together with its date line and the body's first line, parted; any other unit as it is."""
    match = _GLUED_BYLINE.match(unit)
    if not match:
        return [unit]
    date = " ".join(p for p in (match["date"], match["time"]) if p)
    return [p for p in (match["by"], date, match["rest"]) if p]


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines of similar, editor-like width (all but the last): one wrapped paragraph.

    A title line, a byline and a long unwrapped paragraph in one group differ
    too much in length to be a wrapped paragraph.
    """
    if any(FOOTER.match(line) or _is_date_line(line) for line in lines):
        return False  # a field line ("Source: Xinhua | Editor: …") or a date line is no part of a paragraph
    if sum(1 for line in lines if _LIST_ITEM.match(line)) >= 2:
        return False  # "1. …", "2. …": the items of a list, each its own paragraph
    if len(lines) <= 3 and all(_title_cased(line) for line in lines[:2]) and not lines[1].startswith(lines[0]):
        # a headline over its deck or its statement label, each in Title Case: two lines, not one (a photo's alt
        # text over its credited caption, one opening the other, stays one unit as before)
        return False
    widest = max(len(line) + len(_CJK.findall(line)) for line in lines)  # CJK characters are two columns wide
    # Editors wrap at 60-80 columns: a stack of short lines is a menu, a title and a date, not a paragraph.
    return 50 <= widest <= 110 and all(len(line) >= widest * 0.6 for line in lines[:-1])


_SMALL_WORDS_TEXT = "a an the of for in on at to and or but by with from as into over under vs via is are"
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())


def _title_cased(line: str) -> bool:
    """A line set in Title Case with no sentence's end ("Significant Increase in Home Prices for First-Time
    Buyers"): a headline's style, which a wrapped paragraph's line does not keep."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3 or re.search(r"[.!?…。！？]$", line):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _is_date_line(line: str) -> bool:
    """"Wednesday, August 8, 2007": short, dated, and not the end of a sentence."""
    return len(line) <= 40 and bool(_DATEISH.search(line)) and not _END.search(line) and len(line.split()) <= 6


def _join(lines: list[str]) -> str:
    """Join wrapped lines; CJK lines join without a space."""
    out = lines[0]
    for line in lines[1:]:
        glue = "" if _CJK.search(out[-1:]) and _CJK.search(line[:1]) else " "
        out = out[:-1] + line if out.endswith("-") and not out.endswith(" -") else out + glue + line
    return out


_LIST_ITEM = re.compile(r"^(?:\(?\d{1,2}[.)]|[•·▪●■◆*-])\s+\S")
_DATEISH = re.compile(r"(?:19|20)\d{2}|\d{1,2}[/.]\d{1,2}|\d{1,2}:\d{2}")
_BYLINE = re.compile(r"^(?:by|par|von|de)\s", re.IGNORECASE)


def _is_heading_in_head(units: list[str], i: int, first_prose: int) -> bool:
    """A short line between the title/date lines and the body that opens the body: a heading."""
    unit = units[i]
    # Only after a title line (three words or more, no date in it) and only as short as a heading.
    titled = any(words(u) >= 3 and not _DATEISH.search(u) for u in units[:i])
    return (i > 0 and i + 1 < len(units) and i + 1 <= first_prose and not _DATEISH.search(unit) and titled
            and words(unit) <= 10
            and not _BYLINE.match(unit) and not FOOTER.match(unit) and ":" not in unit
            and any(_DATEISH.search(u) for u in units[:i]))


def _introduces_list(unit: str) -> bool:
    """"Other highlights include:", "主要措施如下：" — not a form label such as "信息搜索:" or "Share:"."""
    if not unit.endswith((":", "：")):
        return False
    cjk = len(_CJK.findall(unit))
    return cjk >= 6 if cjk * 2 > len(unit) else len(unit.split()) >= 3


def layout(units: list[str]) -> tuple[list[str], list[Block], list[str]]:
    """Split units into head lines, body blocks and tail lines."""
    prose = [i for i, u in enumerate(units) if is_prose(u) and not FOOTER.match(u)]
    if not prose:
        head_end = 1 if len(units) > 1 else 0
        return units[:head_end], [Block(u) for u in units[head_end:] if not FOOTER.match(u)], \
            [u for u in units[head_end:] if FOOTER.match(u)]
    # A long headline ("Rain cripples transit By A and B, Associated Press Writers") has no full stop:
    # before the body it belongs to the head, however many words it has.
    while (len(prose) > 1 and not _END.search(units[prose[0]]) and not _CJK_PUNCT.search(units[prose[0]])
           and words(units[prose[0]]) <= 25):
        prose.pop(0)
    first, last = prose[0], prose[-1]
    while first > 1 and _is_heading_in_head(units, first - 1, prose[0]):
        first -= 1
    head, tail = units[:first], units[last + 1:]
    blocks: list[Block] = []
    listing = False
    for unit in units[first:last + 1]:
        # A line introducing what follows ("Biodiversity Minister Lorna Slater said:", "Other highlights
        # include:") is part of the text, not a heading; the short lines after it are its list's items.
        paragraph = is_prose(unit) or bool(FOOTER.match(unit)) or _introduces_list(unit)
        blocks.append(Block(unit) if paragraph or listing else Block(unit, 2))
        listing = _introduces_list(unit) or (listing and not paragraph)
    return head, blocks, tail


def read_text(text: str, path: Path, encoding: str) -> Article:
    """An :class:`Article` from plain text."""
    address, lines = address_line(text.split("\n"))
    head, blocks, tail = layout(_units("\n".join(lines)))
    return Article(source_path=path, fmt="text", blocks=blocks, head=head, tail=tail, encoding=encoding,
                   meta={"url": address} if address else {})
