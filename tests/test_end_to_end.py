"""The whole pipeline on the sample: the six files, their facts, byte-identical rebuilds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, SAMPLE, pdftotext, require_tool

SIX = ("briefing-note.pdf", "briefing-note.docx", "briefing-note.html", "briefing-note.md",
       "slides.pdf", "summary.docx")
FIGURES = ("54,000", "38,000", "6,276", "70%", "83%", "65%", "54%", "140", "193", "85%")
PRINCIPLES = ("Putting people first", "Innovation cooperation", "Equal development", "Collaborative governance")


def squash(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_build_leaves_the_six_files(sample_output: Path) -> None:
    for name in SIX:
        assert (sample_output / name).stat().st_size > 0, name


@pytest.mark.parametrize("name", ["briefing-note.pdf", "slides.pdf"])
def test_pdfs_hold_title_figures_and_principles(sample_output: Path, name: str) -> None:
    text = squash(pdftotext(sample_output / name))
    assert "Strengthening international cooperation in artificial intelligence" in text
    for figure in FIGURES:
        assert figure in text, figure
    for principle in PRINCIPLES:
        assert principle in text, principle


@pytest.mark.parametrize("name", ["briefing-note.pdf", "slides.pdf"])
def test_pdfs_are_valid_with_embedded_fonts(sample_output: Path, name: str) -> None:
    qpdf = require_tool("qpdf")
    subprocess.run([qpdf, "--check", str(sample_output / name)], check=True, capture_output=True)
    pdffonts = require_tool("pdffonts")
    rows = subprocess.run([pdffonts, str(sample_output / name)], check=True, capture_output=True,
                          text=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert row.split()[-5] == "yes", row


@pytest.mark.parametrize("name", ["briefing-note.docx", "summary.docx"])
def test_docx_reopens_with_heading_styles_and_figures_table(sample_output: Path, name: str) -> None:
    import docx

    document = docx.Document(str(sample_output / name))
    styles = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Heading 1", "Heading 2"} & styles
    assert document.tables, "no key-figures table"
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "38,000" in cells and "6,276" in cells


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run([sys.executable, "-m", "briefkit", "build", str(SAMPLE), "--out", str(out)],
                       cwd=ROOT, check=True, capture_output=True)
        outs.append(out / SAMPLE.stem)
    first = sorted(p.name for p in outs[0].iterdir())
    assert first == sorted(p.name for p in outs[1].iterdir())
    for name in first:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
