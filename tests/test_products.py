"""Products that hold up with any content: attribution, marking, DRAFT, page budget, no repeats.

Built through the real CLI and read back with pypdf, python-docx and pdftotext.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from tests.conftest import require_tool

from briefkit.content import load_brief
from briefkit.writers.repeats import drop_repeats, repeated_sentences

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
DRAFTED = ["wire-story.txt", "long-feature.html", "rail-strike.txt", "vaccine-memo.md", "op-ed.md"]


def _build(paths: list[Path], out: Path) -> None:
    subprocess.run([sys.executable, "-m", "briefkit", "render", *map(str, paths), "-o", str(out)],
                   check=True, capture_output=True, cwd=ROOT)


def _pages(pdf: Path) -> list[str]:
    tool = require_tool("pdftotext")
    text = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Drafted articles extracted as a new user would, marked draft, then rendered."""
    out = tmp_path_factory.mktemp("drafts")
    contents = []
    for name in DRAFTED:
        article = ROOT / "benchmarks" / "articles" / name
        target = out / (article.stem + ".yaml")
        subprocess.run([sys.executable, "-m", "briefkit", "extract", str(article), "--out", str(target)],
                       check=True, capture_output=True, cwd=ROOT)
        text = target.read_text("utf-8").replace("status: reviewed", "status: draft")
        if "status: draft" not in text:
            text = text.replace("meta:\n", "meta:\n  status: draft\n", 1)
        target.write_text(text, "utf-8")
        contents.append(target)
    _build(contents, out / "output")
    return out / "output"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    _build([SAMPLE], out)
    return out / SAMPLE.stem


def test_pdf_author_is_who_prepared_the_brief(sample: Path) -> None:
    brief = load_brief(SAMPLE)
    for pdf in ("briefing-note.pdf", "slides.pdf"):
        info = PdfReader(sample / pdf).metadata
        assert info is not None and info.author == brief.meta.prepared_by
        assert not any(editor in (info.author or "") for editor in brief.meta.editors)


def test_docx_core_properties_name_the_preparer(sample: Path) -> None:
    brief = load_brief(SAMPLE)
    for name in ("briefing-note.docx", "summary.docx"):
        props = docx.Document(str(sample / name)).core_properties
        assert props.author == brief.meta.prepared_by
        assert props.author != brief.meta.source


def test_marking_on_every_page_top_and_bottom(sample: Path) -> None:
    marking = load_brief(SAMPLE).meta.marking
    assert marking
    for pdf in ("briefing-note.pdf", "slides.pdf"):
        for page in _pages(sample / pdf):
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            assert marking in lines[0] and marking in lines[-1], pdf
    section = docx.Document(str(sample / "briefing-note.docx")).sections[0]
    assert section.header.paragraphs[0].text == marking
    assert section.footer.paragraphs[-1].text == marking


def test_note_puts_recommendation_and_decision_first_and_cites_the_article(sample: Path) -> None:
    pages = _pages(sample / "briefing-note.pdf")
    first = pages[0]
    assert first.index("Purpose") < first.index("Recommendation") < first.index("Decision required") \
        < first.index("Key points")
    assert "Prepared for: Director, International Technology Policy" in " ".join(first.split())
    assert all("Source article: XinhuaNet (New Society), 16 August 2024" in p for p in pages)


def test_drafts_say_draft_on_every_page_and_slide(drafts: Path) -> None:
    for folder in sorted(drafts.iterdir()):
        for pdf in ("briefing-note.pdf", "slides.pdf"):
            pages = _pages(folder / pdf)
            assert pages and all("DRAFT" in p for p in pages), f"{folder.name}/{pdf}"
        header = docx.Document(str(folder / "briefing-note.docx")).sections[0].header
        assert "DRAFT" in " ".join(p.text for p in header.paragraphs)


def test_drafted_notes_keep_to_two_pages(drafts: Path) -> None:
    for folder in sorted(drafts.iterdir()):
        assert len(PdfReader(folder / "briefing-note.pdf").pages) <= 2, folder.name


def test_no_sentence_printed_twice_in_a_drafted_note(drafts: Path) -> None:
    for folder in sorted(drafts.iterdir()):
        assert repeated_sentences([(folder / "briefing-note.md").read_text("utf-8")]) == [], folder.name


def test_repeated_sentences_are_dropped_where_they_recur() -> None:
    from briefkit.document import parse

    doc = parse("# T\n\n## A\n\nThe strike cut services by 80 percent. It lasted two days.\n\n"
                "## B\n\nThe strike cut services by 80 percent.\n\n## C\n\n- It lasted two days in all regions.\n",
                "test")
    kept = drop_repeats(doc)
    texts = [type(b).__name__ for b in kept.blocks]
    assert "B" not in [getattr(b, "children", [None])[0].text for b in kept.blocks if type(b).__name__ == "Heading"
                       and b.children]  # type: ignore[union-attr]
    assert texts.count("Heading") == 3  # T, A and C: B had nothing new and went with its heading


def test_the_build_report_counts_unreviewed_items(tmp_path: Path) -> None:
    import json

    reviewed = tmp_path / "reviewed.yaml"
    reviewed.write_text(SAMPLE.read_text("utf-8"), "utf-8")
    draft = tmp_path / "draft.yaml"
    draft.write_text(SAMPLE.read_text("utf-8").replace("status: reviewed", "status: draft"), "utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "briefkit", "build", str(reviewed), str(draft), "-o", str(out), "-j", "1",
                    "-p", "note", "-f", "md"], check=True, capture_output=True, cwd=ROOT)
    summary = json.loads((out / "build-report.json").read_text("utf-8"))["summary"]
    assert summary["items"] == 2 and summary["unreviewed"] == 1


def test_newsletter_merges_the_same_article_and_counts_drafts(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text(SAMPLE.read_text("utf-8"), "utf-8")
    second = tmp_path / "b.yaml"
    second.write_text(SAMPLE.read_text("utf-8").replace("status: reviewed", "status: draft"), "utf-8")
    run = subprocess.run([sys.executable, "-m", "briefkit", "newsletter", str(first), str(second), "-o",
                          str(tmp_path / "out")], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "given 2 times: merged into one item" in run.stderr
    text = (tmp_path / "out" / "newsletter" / "newsletter.md").read_text("utf-8")
    assert text.count("## 1. ") == 1 and "## 2. " not in text
    assert "Published 16 August 2024" in text
    assert "Reviewed by a person: 1 of 1 items" in text  # the reviewed copy wins over the draft of the same article
    footer = _pages(tmp_path / "out" / "newsletter" / "newsletter.pdf")[0].strip().splitlines()[-1]
    assert footer.count("Newsletter") == 1
