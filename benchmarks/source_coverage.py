"""Candidate coverage of the learned source scorer: is the gold outlet among the outlets a page offers it?

The scorer (:mod:`briefkit.extract.outletmodel`) can only pick among the candidates
:func:`briefkit.extract.outletfeatures.page_features` finds; a page whose gold source is none of them is lost
whatever the model weighs.  For each development page with a gold ``source`` this prints whether the gold outlet
(compared as ``extract_eval`` compares sources) is among all the candidates, and among those the shipped decision
may give (:func:`briefkit.extract.outletmodel.eligible`); then lists the pages with no candidate, each with where
the page writes the gold outlet, if anywhere (a copyright line, a domain, a masthead, a "Source:" label, a byline,
a title suffix, a dateline, a follow or subscribe prompt, a republishing note, a story mention …).

    python benchmarks/source_coverage.py [--only PREFIX] [--corpus DIR]

Only ``benchmarks/articles/`` (its top folder) and ``heldout/`` are read, never ``fresh/``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))  # this tree's extractor, whatever else is installed
os.environ["BRIEFKIT_SOURCE_MODEL"] = "off"  # the candidates and the rules' pick, as the scorer is trained on them

from briefkit.extract import outletmodel  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402
from train_lines import corpus  # noqa: E402
from train_sources import Page, label, pages  # noqa: E402

# the kinds of place, the most telling first: a page is classed by the first kind any of its mentions is in
_ORDER = ["source label", "republished note", "reports line", "staff/reporter byline", "dateline/agency tag",
          "copyright line", "title suffix", "masthead (top)", "about footer", "follow/subscribe prompt",
          "domain/url/email", "masthead (end)", "short head line", "short tail line", "story mention",
          "domain only (letters)", "none in text"]


def _place(line: str, before: str, after: str, index: int, count: int) -> str:
    """The kind of place one mention of the outlet is in (see :data:`_ORDER`)."""
    head, tail = index < 12, index >= count - 10
    low = line.lower()
    if re.search(r"(?i:source|来源|來源|via|courtesy\s+of|credit)\s*[:：|–—-]?\s*(?:the\s+)?$", before):
        return "source label"
    if re.search(r"(?i)(first|originally)\s+(published|appeared|ran|posted)|republished|reprinted|首发|原刊|转载", low):
        return "republished note"
    if re.match(r"(?:'s)?\s+(?i:reports|reported|is\s+reporting)\b", after):
        return "reports line"
    if (re.search(r"(?i:\bby|\bfor)\s*:?\s*(?:the\s+)?$", before) and len(line) < 100) or \
            re.match(r"\s+(?i:staff|reporter|correspondent|desk|news\s+desk|web\s+desk|newsroom|writer)", after):
        return "staff/reporter byline"
    if (re.search(r"[(（【\[]\s*$", before) and re.match(r"\s*[)）】\]]", after)) or \
            (re.search(r"[-–—]\s*$", before) and not after.strip() and len(before) > 40):
        return "dateline/agency tag"
    if re.search(r"©|\(c\)|copyright|版权|版權|all rights reserved", low):
        return "copyright line"
    if index < 3 and re.search(r"\s(?:[|｜]|[-–—]|::)\s*(?:the\s+)?$", before) and len(after.strip()) < 3:
        return "title suffix"
    if re.search(r"(?i)\babout\s+(?:the\s+)?$", before):
        return "about footer"
    if re.search(r"(?i)follow|subscribe|sign\s+up|newsletter|like\s+us|join\s+us|download", low) and len(line) < 200:
        return "follow/subscribe prompt"
    if re.match(r"\.(?:com|net|org|co|news|tv|gov|cn|in|ng|ph|my|sg|au|uk)\b", after, re.IGNORECASE) or \
            re.search(r"[@/.]$", before):
        return "domain/url/email"
    if len(line.split()) <= 5 and len(line) < 60:
        return "masthead (top)" if head else "masthead (end)"
    if len(line) <= 100 and (head or tail):
        return "short head line" if head else "short tail line"
    return "story mention"


def _squash(text: str) -> str:
    return re.sub(r"[\W_]", "", text.lower())


def where(gold: str, text: str) -> str:
    """Where ``text`` writes the outlet ``gold``: the most telling kind of place (:data:`_ORDER`)."""
    lines = text.split("\n")
    forms = {gold, re.sub(r"^[Tt]he\s+", "", gold)}
    found = []
    for index, line in enumerate(lines):
        for form in forms:
            flags = re.IGNORECASE if len(form) > 4 else 0
            for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", line, flags):
                found.append(_place(line, line[:match.start()], line[match.end():], index, len(lines)))
    if not found:
        squashed = _squash(re.sub(r"^[Tt]he\s+", "", gold))
        hosts = {_squash(h) for h in re.findall(r"([A-Za-z0-9-]+)\.(?:com|net|org|co|news|tv|gov|in|ng|ph)\b", text)}
        if len(squashed) >= 3 and any(squashed == h or (len(h) >= 5 and squashed.startswith(h)) for h in hosts):
            return "domain only (letters)"
        return "none in text"
    return min(found, key=_ORDER.index)


def covered(page: Page, eligible_only: bool = False) -> bool:
    """Whether the gold outlet is among the page's candidates (only those the decision may give, if asked)."""
    return any(label(page, name) == "Y" for name, feats in page.rows
               if not eligible_only or outletmodel.eligible(feats, ends=outletmodel.ENDS))


def report(all_pages: list[Page], verbose: bool = False) -> None:
    """Print the coverage counts and the pages with no candidate for their gold, by kind of place."""
    gold = [p for p in all_pages if p.gold is not None]
    anywhere = [p for p in gold if covered(p)]
    eligible = [p for p in gold if covered(p, True)]
    print(f"{len(all_pages)} pages, {len(gold)} with a source in gold: gold among the candidates on "
          f"{len(anywhere)}, among the eligible ones on {len(eligible)}; no candidate on {len(gold) - len(anywhere)}")
    missing = [p for p in gold if not covered(p)]
    kinds: Counter[str] = Counter()
    for page in missing:
        kind = where(str(page.gold), page.text)
        kinds[kind] += 1
        print(f"  {page.name:55} {str(page.gold)[:30]:30} {kind:24} got {page.rule!r}")
        if verbose:
            print("      candidates: " + "; ".join(name for name, _ in page.rows[:8]))
    print("no-candidate pages by place: " + ", ".join(f"{k}: {n}" for k, n in kinds.most_common()))
    for page in (p for p in anywhere if not covered(p, True)):
        cues = next(sorted(k for k in f if k.startswith("cue_") and "&" not in k)
                    for n, f in page.rows if label(page, n) == "Y")
        print(f"  (candidate but not eligible) {page.name:40} {str(page.gold)[:30]:30} {' '.join(cues)}")


def main() -> None:
    """Read the pages (the development set, or ``--corpus``) and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="only the pages whose name starts with this")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page's candidates")
    args = parser.parse_args()
    if args.corpus and args.corpus.resolve().is_relative_to((ARTICLES / "fresh").resolve()):
        parser.error("fresh/ is the blind set: never read")
    paths = articles_in(args.corpus) if args.corpus else corpus()
    report(pages([p for p in paths if p.name.startswith(args.only)]), args.verbose)


if __name__ == "__main__":
    main()
