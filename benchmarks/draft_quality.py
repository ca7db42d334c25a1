"""How do drafted briefs read?  The summary, key points and background of every development article, counted.

    python benchmarks/draft_quality.py [-v] [--only PREFIX]

Every article of the development set (``benchmarks/articles``; never ``fresh/``, nor ``heldout/``) is
extracted in-process, and what a reader of the draft meets first is counted:

- key points per article (min, median, max), the share of drafts with at least three, drafts with none,
  and English op-eds or statements without a digit that got none;
- key points longer than 35 words (Chinese: two characters to a word);
- sentences used twice: one sentence (or a near copy, four fifths of its words inside another) in two
  places among the summary, the key points and the background, or twice inside the summary;
- captions: key points or summary sentences that read as a photo caption or alt text (a credit in
  brackets "(Name/Agency)", "(not shown)", "Photo:", "REUTERS/…", a person who "stands", "holds" or
  "speaks" in the present tense with a full date);
- fragments: a key point or summary sentence that starts in lower case, with a digit or with
  punctuation, has fewer than five words, or does not end as a sentence does;
- dangling openings: a key point or the summary's first sentence opening on "This", "These", "It",
  "He", "She", "They" (这, 此, 他, 她, 它) with nothing before it to point back to.

The heuristics are this script's own, written apart from the extractor's, so that the counts are not the
extractor grading itself.  ``-v`` prints each counted sentence under its article.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.content.model import Brief  # noqa: E402
from briefkit.errors import BriefkitError  # noqa: E402
from briefkit.extract import extract_article  # noqa: E402
from briefkit.writers.repeats import sentences as product_sentences  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402

POINT_WORDS = 35
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[\w'’-]+|[\u3400-\u9fff]")
_CAPTION = re.compile(
    r"\((?:[^()]{0,40}/[^()]{2,60}|not shown|file(?: photo)?|photo[^()]{0,60}|[^()]{0,40}\b(?:Getty|Images|"
    r"Shutterstock|AFP|Reuters|AP Photo|Xinhua)[^()]{0,20})\)\s*\.?$"
    r"|\b(?:photo|photograph|picture|image)s?\s*(?:credit)?\s*[:：]|\bREUTERS/|\bAP Photo/|\(not shown\)"
    r"|^(?:An?|The)\s+(?:man|woman|men|women|person|people|child|children|boy|girl|worker|crowd|view)\s+"
    r"(?:\w+\s+){0,3}(?:stands?|sits?|holds?|walks?|looks?|poses?|speaks?|listens?|waits?|gestures?)\b"
    r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,5},?\s+(?:[\w,'’-]+\s+){0,12}?(?:stands|holds|speaks|gestures"
    r"|poses|looks on|listens|waves|attends|arrives|walks)\b.{0,120}\b(?:19|20)\d\d\b",
    re.IGNORECASE)
_DANGLING = re.compile(
    r"^(?:This|These|Those|That)\b(?!\s+(?:week|year|month|morning|time)\b)"
    r"|^It\b(?!(?:'s|’s|\s+is|\s+was|\s+seems)\s+(?:\w+\s+){0,2}?(?:that|to)\b)"  # "It is clear that …" points nowhere
    r"|^(?:Its|He|She|They|Their|His|Her|Such)\b|^(?:这|此(?!外|前)|他|她|它)")
_ENDS = (".", "!", "?", "。", "！", "？", '"', "”", "’", "'", ")", "」", "』", "…")


def words(text: str) -> int:
    """Words, two CJK characters to a word."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def sentences(text: str) -> list[str]:
    """``text`` cut at sentence ends, as the products cut it when they look for repeats."""
    return product_sentences(text)


def bag(text: str) -> set[str]:
    """The words of ``text``, lower-cased."""
    return {w.lower() for w in _WORD.findall(text)}


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


def near(a: str, b: str) -> bool:
    """One sentence inside the other: four fifths of the shorter's words are in the longer (five words or more),
    and the shorter's numbers too (two sentences of one pattern with their own numbers say two things)."""
    x, y = bag(a), bag(b)
    small = min(len(x), len(y))
    short, long = (a, b) if len(x) <= len(y) else (b, a)
    numbers = set(_NUMBER.findall(short.lower())) <= set(_NUMBER.findall(long.lower()))
    return small >= 5 and len(x & y) >= 0.8 * small and numbers


def is_caption(text: str) -> bool:
    """Reads as a photo caption or an image's alt text."""
    return bool(_CAPTION.search(text))


def is_fragment(text: str) -> bool:
    """Not a whole sentence: starts lower-case, with a digit or punctuation, is short, or has no end."""
    first = text.lstrip("\"“‘'(「『")[:1]
    if _CJK.search(text):
        return words(text) < 5 or not text.endswith(_ENDS)
    return not first.isupper() or words(text) < 5 or not text.rstrip().endswith(_ENDS)


@dataclass
class Row:
    """What one draft says, counted."""

    name: str
    points: int
    long_points: list[str] = field(default_factory=list)
    twice: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)
    dangling: list[str] = field(default_factory=list)
    digits: bool = True


def used_twice(brief: Brief) -> list[str]:
    """Sentences said twice among the summary, the key points and the background (near copies count)."""
    places = [("summary", s) for s in sentences(brief.summary)]
    places += [("point", p.text) for p in brief.key_points]
    places += [("background", s) for paragraph in brief.background for s in sentences(paragraph)]
    found: list[str] = []
    for i, (where, text) in enumerate(places):
        for other_where, other in places[i + 1:]:
            if (where != other_where or where == "summary") and (text == other or near(text, other)):
                found.append(f"{where}/{other_where}: {text[:90]}")
                break
    return found


def measure(path: Path) -> Row | None:
    """The counts of one article's draft (None when extract refuses it)."""
    try:
        brief, _ = extract_article(path)
    except BriefkitError:
        return None
    points = [p.text for p in brief.key_points]
    summary = sentences(brief.summary)
    said = [*summary, *points]
    body = " ".join([brief.summary, *brief.background, *(p for s in brief.sections for p in s.paragraphs)])
    return Row(name=path.stem, points=len(points),
               long_points=[p for p in points if words(p) > POINT_WORDS],
               twice=used_twice(brief),
               captions=[s for s in said if is_caption(s)],
               fragments=[s for s in said if is_fragment(s)],
               dangling=[s for s in [*points, *summary[:1]] if _DANGLING.match(s)],
               digits=bool(re.search(r"\d", body)))


def report(rows: list[Row], verbose: bool) -> None:
    """Print the counts."""
    counts = [r.points for r in rows]
    if verbose:
        for row in rows:
            for kind in ("long_points", "twice", "captions", "fragments", "dangling"):
                for text in getattr(row, kind):
                    print(f"{row.name:<40} {kind:<11} {text[:110]}")
    print(f"{len(rows)} development articles drafted")
    print(f"key points per article: min {min(counts)}, median {statistics.median(counts):g}, max {max(counts)}; "
          f"mean {statistics.mean(counts):.2f}")
    three = sum(c >= 3 for c in counts)
    print(f"drafts with >= 3 key points: {three} ({three / len(rows):.0%}); "
          f"with none: {sum(c == 0 for c in counts)}; without a digit and no key point: "
          f"{sum(1 for r in rows if not r.digits and r.points == 0)} of {sum(1 for r in rows if not r.digits)}")
    total = sum(counts)
    for kind, label in (("long_points", f"key points over {POINT_WORDS} words"),
                        ("twice", "sentences used twice (summary, key points, background)"),
                        ("captions", "captions in key points or summary"),
                        ("fragments", "fragments in key points or summary"),
                        ("dangling", "dangling openings (key points, summary's first)")):
        n = sum(len(getattr(r, kind)) for r in rows)
        print(f"{label}: {n} in {sum(1 for r in rows if getattr(r, kind))} drafts")
    print(f"key points in all: {total}")


def main() -> int:
    """Draft every development article and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every counted sentence")
    parser.add_argument("--only", default="", help="only the articles whose name starts with PREFIX")
    args = parser.parse_args()
    rows = [r for p in articles_in(ARTICLES) if p.stem.startswith(args.only) if (r := measure(p)) is not None]
    if not rows:
        print("no article")
        return 1
    report(rows, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
