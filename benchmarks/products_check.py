"""Do the products hold up with any content?  Build every benchmark article and count what does not.

    python benchmarks/products_check.py [--keep DIR] [--no-docx] [--verbose]

Every article in benchmarks/articles (and its fresh/ folder) is built with
``briefkit build`` straight from the article, as a new user would.  Printed
per article and in total:

- note pages: the briefing note's PDF, and its DOCX through LibreOffice
  (skipped when ``soffice`` is missing or with ``--no-docx``); over 2 counts;
- slides over the theme's body budget, genuine lists excepted (they continue
  on "(cont.)" slides; slides-report.json records each slide's words, budget
  and whether it holds lists only);
- repeated sentences per product (five words or more, or ten Chinese characters): the note's
  Markdown and its DOCX paragraphs (what a reader sees: a link's text, a table's cells one by one), the
  deck's PDF text and its PPTX paragraphs (one text box at a time: tiles side by side are not run
  together as on a PDF line), the summary's DOCX paragraphs; ``--verbose`` prints each repeated
  sentence under its article, so that the count can be audited.  Not counted, as no sentence of the
  brief: speaker notes (they repeat a slide in full on purpose), page furniture (running heads and
  footers, slide numbers), navigation (a table of contents, the agenda and the themes' divider
  list: they name headings the reader then meets) and, on a chart slide, the chart's source line
  (a projected slide is seen alone: each chart names its source, as each page carries its footer;
  in the Word summary a later chart's note points back to the first instead);
- unsorted timelines (the deck's timeline slide read back with pdftotext);
- pages or slides without the DRAFT marking, for drafts.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefkit.writers.repeats import repeated_sentences  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402

BUDGET_PAGES = 2
_MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December"), 1)}
_DATE = re.compile(r"^(?:(\d{1,2}) )?(?:(" + "|".join(_MONTHS) + r") )?(\d{4})\b")


def corpus_articles(fresh: bool = True) -> list[Path]:
    """The corpus: the articles of benchmarks/articles and (unless ``fresh`` is false) of its fresh/ folder."""
    return [*articles_in(ARTICLES), *(articles_in(ARTICLES / "fresh") if fresh else [])]


def pages_text(pdf: Path) -> list[str]:
    """Each page's text (pdftotext, form feeds between pages)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def docx_pages(docs: dict[str, Path], work: Path) -> dict[str, int]:
    """Each DOCX's page count through LibreOffice (one run for all: it starts once), by name; {} without it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not docs:
        return {}
    copies = []
    for name, docx in docs.items():  # every note is briefing-note.docx: each gets its article's name
        copies.append(work / f"{name}.docx")
        shutil.copyfile(docx, copies[-1])
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work), *map(str, copies)],
                   capture_output=True, check=False, timeout=60 + 20 * len(copies))
    return {name: len(pages_text(work / f"{name}.pdf")) for name in docs if (work / f"{name}.pdf").is_file()}


def sort_key(line: str) -> tuple[int, int, int] | None:
    """A timeline line's date as (year, month, day); None when the line starts with no date."""
    match = _DATE.match(line.strip())
    if match and not re.match(r"\s{2,}\S", line.strip()[match.end():]):
        return None  # a number in the event's wrapped text, not a date in the date column
    if not match:
        return None
    day, month, year = match.groups()
    return int(year), _MONTHS.get(month or "", 0), int(day or 0)


_YEAR_BELOW = re.compile(r"^\s*(\d{4})\b")


def _joined_dates(text: str) -> list[str]:
    """Lines with a date the layout wrapped ('4 November' over '2024') put back together."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        head = line.strip().split("  ")[0]
        below = _YEAR_BELOW.match(lines[i + 1]) if i + 1 < len(lines) else None
        if below and _DATE.match(head) is None and re.match(r"^(\d{1,2} )?(" + "|".join(_MONTHS) + ")$", head):
            out.append(f"{head} {below.group(1)}")
            lines[i + 1] = ""
        else:
            out.append(line)
    return out


def timeline_unsorted(slides_pdf: Path, report: dict[str, object]) -> int:
    """1 if the deck's timeline slide lists dates out of order."""
    texts = pages_text(slides_pdf)
    for slide in report["slides"]:  # type: ignore[attr-defined]
        if slide["layout"] == "timeline" and slide["number"] <= len(texts):
            keys = [k for k in (sort_key(line) for line in _joined_dates(texts[slide["number"] - 1])) if k]
            if keys != sorted(keys):
                return 1
    return 0


def over_budget(report: dict[str, object]) -> int:
    """Slides with more body words than the budget, not counting genuine lists (they continue as '(cont.)')."""
    count = 0
    for slide in report["slides"]:  # type: ignore[attr-defined]
        continued = slide["continued"] or "(cont.)" in slide["title"] or slide.get("lists_only", False)
        if slide.get("words", 0) > slide.get("budget", 70) and not continued and slide["layout"] in (
                "bullets", "columns", "takeaways"):
            count += 1
    return count


SOURCE_PREFIXES = tuple(str(yaml.safe_load(f.read_text("utf-8")).get("source_prefix", "Source: {source}"))
                        .split("{source}")[0] for f in sorted((ROOT / "templates" / "base" / "labels").glob("*.yaml")))
"""How a chart's source line starts in every catalogue ('Source: ', '来源：')."""

_TOC = re.compile(r'<w:pStyle w:val="TOC', re.IGNORECASE)


def docx_paragraphs(docx: Path) -> list[str]:
    """The body text of a DOCX, paragraph by paragraph (table cells included), as Word holds it.

    A table of contents is left out: it names the headings (navigation, not sentences).
    """
    with zipfile.ZipFile(docx) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    return ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            for p in re.findall(r"<w:p[ >].*?</w:p>", xml) if not _TOC.search(p)]


def deck_paragraphs(folder: Path) -> list[str]:
    """The deck's text box by box, paragraph by paragraph (python-pptx), without furniture or navigation.

    Footers and slide numbers repeat on every slide by design; the agenda and the themes' divider
    list name the slides that follow.  A slide's title and its body count; speaker notes do not.
    """
    furniture = {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE}
    titles = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
    layouts = [s["layout"] for s in json.loads((folder / "slides-report.json").read_text("utf-8"))["slides"]]
    out: list[str] = []
    for slide, layout in zip(Presentation(str(folder / "slides.pptx")).slides, layouts, strict=True):
        for shape in slide.shapes:
            kind = shape.placeholder_format.type if shape.is_placeholder else None
            navigation = layout in ("agenda", "section") and kind is not None and kind not in titles
            if shape.has_text_frame and kind not in furniture and not navigation:
                texts = [p.text.split("\t", 1)[-1] for p in shape.text_frame.paragraphs]  # '01<tab>' numbers
                out += [t for t in texts if not (layout == "chart" and t.startswith(SOURCE_PREFIXES))]
    return out


def repeated(folder: Path) -> dict[str, list[str]]:
    """The repeated sentences of each product (the note's Markdown and DOCX, the deck's PDF and PPTX, the summary).

    The note's Markdown alone would hide a repeat inside a link (``[title](url)`` is not its title) or a
    table row (one line of cells); its DOCX paragraphs are the same text as a reader sees it.
    """
    note = repeated_sentences([(folder / "briefing-note.md").read_text("utf-8")])
    note += [s for s in repeated_sentences(docx_paragraphs(folder / "briefing-note.docx")) if s not in note]
    slides = repeated_sentences(pages_text(folder / "slides.pdf"))
    slides += [s for s in repeated_sentences(deck_paragraphs(folder)) if s not in slides]
    return {"note": note, "slides": slides, "summary": repeated_sentences(docx_paragraphs(folder / "summary.docx"))}


def repeats(folder: Path) -> dict[str, int]:
    """How many sentences repeat in each product (see :func:`repeated`)."""
    return {name: len(found) for name, found in repeated(folder).items()}


DRAFT_MARKS = tuple(str(yaml.safe_load(f.read_text("utf-8"))["draft"])
                    for f in sorted((ROOT / "templates" / "base" / "labels").glob("*.yaml")))
"""The DRAFT label in every catalogue (DRAFT, BROUILLON, 草稿)."""


def marked(page: str) -> bool:
    """Whether a page's text carries the DRAFT label of some language."""
    return any(mark in page for mark in DRAFT_MARKS)


def check(folder: Path, docx_count: int | None) -> dict[str, object]:
    """Every count for one built article."""
    report = json.loads((folder / "slides-report.json").read_text("utf-8"))
    note = pages_text(folder / "briefing-note.pdf")
    slides = pages_text(folder / "slides.pdf")
    draft = marked(note[0])
    row: dict[str, object] = {
        "note_pdf": len(note),
        "note_docx": docx_count,
        "over_budget": over_budget(report),
        "repeats": repeats(folder),
        "unsorted": timeline_unsorted(folder / "slides.pdf", report),
        "draft": draft,
        # Every article built straight from its text is a draft: a page without the mark counts, in any language.
        "unmarked": sum(not marked(p) for p in note + slides),
    }
    return row


def main() -> int:
    """Build the corpus, print a line per article and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--no-docx", action="store_true", help="skip the LibreOffice page count")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every repeated sentence")
    parser.add_argument("--no-fresh", action="store_true",
                        help="leave the fresh set out (whoever changes the extractor never sees its articles)")
    args = parser.parse_args()
    out = args.keep or Path(tempfile.mkdtemp(prefix="briefkit-products-"))
    paths = corpus_articles(fresh=not args.no_fresh)
    cmd = [sys.executable, "-m", "briefkit", "build", *map(str, paths), "-o", str(out), "-q", "--force"]
    subprocess.run(cmd, check=False, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    totals = {"notes_over": 0, "docx_over": 0, "slides_over": 0, "repeats": 0, "summary_repeats": 0, "unsorted": 0,
              "unmarked": 0}
    print(f"{'article':<18} {'note':>4} {'docx':>4} {'over':>4} {'rep(note/slides/summary)':>24} {'unsorted':>8} draft")
    built = [p for p in paths if (out / p.stem / "slides-report.json").is_file()]
    with tempfile.TemporaryDirectory() as work:
        docx = {} if args.no_docx else docx_pages({p.stem: out / p.stem / "briefing-note.docx" for p in built},
                                                   Path(work))
        for path in paths:
            folder = out / path.stem
            if path not in built:
                print(f"{path.stem:<18} not built")
                continue
            row = check(folder, docx.get(path.stem))
            rep = row["repeats"]
            assert isinstance(rep, dict)
            print(f"{path.stem:<18} {row['note_pdf']:>4} {row['note_docx'] or '-':>4} {row['over_budget']:>4} "
                  f"{rep['note']:>12}/{rep['slides']}/{rep['summary']:<7} {row['unsorted']:>8} "
                  f"{'yes' if row['draft'] else 'no'}"
                  f"{' (' + str(row['unmarked']) + ' pages unmarked)' if row['unmarked'] else ''}")
            if args.verbose:
                for product, found in repeated(folder).items():
                    for sentence in found:
                        print(f"    repeated in {product}: {sentence}")
            totals["notes_over"] += int(row["note_pdf"] > BUDGET_PAGES)  # type: ignore[operator]
            totals["docx_over"] += int((row["note_docx"] or 0) > BUDGET_PAGES)  # type: ignore[operator]
            totals["slides_over"] += int(row["over_budget"])  # type: ignore[call-overload]
            totals["repeats"] += rep["note"] + rep["slides"]
            totals["summary_repeats"] += rep["summary"]
            totals["unsorted"] += int(row["unsorted"])  # type: ignore[call-overload]
            totals["unmarked"] += int(row["unmarked"])  # type: ignore[call-overload]
    print(f"{len(paths)} articles: notes over {BUDGET_PAGES} pages {totals['notes_over']} (PDF), "
          f"{totals['docx_over']} (DOCX via LibreOffice); slides over the body budget {totals['slides_over']}; "
          f"repeated sentences {totals['repeats']} (note and deck; the Word summary: {totals['summary_repeats']}); "
          f"unsorted timelines {totals['unsorted']}; "
          f"draft pages without DRAFT {totals['unmarked']}")
    if args.keep is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
