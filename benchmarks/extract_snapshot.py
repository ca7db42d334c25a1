"""Write the extracted YAML of every development article, to diff an extractor change before and after.

A change meant only to make extraction faster must leave every draft byte-identical: run this before
the change into one folder and after it into another, then ``diff -r`` the two.  It covers the sample
article, the development set and the held-out set; the fresh set stays out (it is never looked at).
Each article gives ``NAME.yaml`` (the draft as ``briefkit extract`` writes it) followed by its warnings,
so a changed warning shows as well; an article extract refuses gives its one-line error instead.

    python benchmarks/extract_snapshot.py DIR [--only PREFIX] [--twice]

``--twice`` extracts every article a second time in the same process after all the others and
fails when a draft differs from the first run: a cache kept across articles must not leak.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.errors import BriefkitError  # noqa: E402
from briefkit.extract import extract_article  # noqa: E402
from briefkit.extract.dump import dump_brief  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402

SAMPLE = ROOT / "content" / "articles" / "ai-cooperation-2024.txt"


def snapshot(path: Path) -> str:
    """The draft of ``path`` as ``extract`` writes it, then its warnings (or the error extract gives)."""
    try:
        brief, warnings = extract_article(path)
    except BriefkitError as error:
        return f"# refused: {error}\n"
    # The path is given relative to the repository so two checkouts give the same text.
    text = dump_brief(brief, path.relative_to(ROOT))
    return text + "".join(f"# warning: {w}\n" for w in warnings)


def dev_articles(prefix: str = "") -> list[Path]:
    """The sample article, the development set and the held-out set (never the fresh set)."""
    found = [p for folder in (ARTICLES, ARTICLES / "heldout") for p in articles_in(folder)
             if p.name.startswith(prefix)]
    return ([SAMPLE] if SAMPLE.exists() and not prefix else []) + found


def main() -> None:
    """Write one YAML file per article into the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--only", metavar="PREFIX", default="", help="only the articles whose name starts so")
    parser.add_argument("--twice", action="store_true", help="extract everything again and compare")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    articles = dev_articles(args.only)
    first: dict[Path, str] = {}
    for path in articles:
        first[path] = snapshot(path)
        name = path.parent.name + "-" + path.stem if path.parent.name == "heldout" else path.stem
        (args.folder / f"{name}.yaml").write_text(first[path], encoding="utf-8")
    print(f"{len(articles)} drafts written to {args.folder}")
    if args.twice:
        changed = [p.name for p in articles if snapshot(p) != first[p]]
        print(f"second pass: {len(changed)} drafts differ" + (": " + ", ".join(changed) if changed else ""))
        if changed:
            sys.exit(1)


if __name__ == "__main__":
    main()
