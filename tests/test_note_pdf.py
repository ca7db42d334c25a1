"""The briefing note as PDF: content, structure, fonts, size and reproducibility.

Each test reads the real PDF back with poppler, qpdf or pypdf.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefkit.content import Brief
from conftest import SAMPLE, pdftotext, require_tool
from notekit import SPECIAL, render_note

A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (PDF lines wrap anywhere)."""
    return " ".join(text.split())


def tool(*args: str) -> str:
    """Run a poppler/qpdf program and return its standard output."""
    path = require_tool(args[0])
    return subprocess.run([path, *args[1:]], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def note_text(note_a4: dict[str, Path]) -> str:
    return flat(pdftotext(note_a4["pdf"]))


def test_note_holds_title_key_points_and_principles(note_text: str, sample_brief: Brief) -> None:
    assert flat(sample_brief.meta.title) in note_text
    for point in sample_brief.key_points:
        assert flat(point.text) in note_text
    assert len(sample_brief.sections) == 4
    for section in sample_brief.sections:
        assert flat(section.heading) in note_text
    for name in ("people first", "innovation cooperation", "equal development", "collaborative governance"):
        assert name in note_text


def test_note_holds_every_key_figure(note_text: str, sample_brief: Brief) -> None:
    for figure in sample_brief.figures:
        assert flat(figure.label) in note_text
    # The headline numbers of the article, as they are printed.
    for value in ("54,000", "38,000", "6,276", "83%", "70%", "65%", "54%", "over 140", "193", "85%", "1,600"):
        assert value in note_text, value
    assert "International Telecommunication Union" in note_text


def test_note_pdf_passes_qpdf_check(note_a4: dict[str, Path]) -> None:
    out = tool("qpdf", "--check", str(note_a4["pdf"]))
    assert "No syntax or stream encoding errors found" in out


def _font_rows(pdf: Path) -> list[list[str]]:
    lines = tool("pdffonts", str(pdf)).splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


def test_note_pdf_embeds_every_font(note_a4: dict[str, Path]) -> None:
    rows = _font_rows(note_a4["pdf"])
    assert rows, "the note uses no fonts?"
    for row in rows:
        # columns: name type [type...] encoding emb sub uni id gen; emb is 5th from the end
        assert row[-5] == "yes", f"font not embedded: {row[0]}"
    assert not any(r[0].endswith(("Helvetica", "Times-Roman", "Courier")) for r in rows)


def _pages(pdf: Path) -> tuple[int, tuple[float, float]]:
    reader = PdfReader(str(pdf))
    box = reader.pages[0].mediabox
    return len(reader.pages), (round(float(box.width), 1), round(float(box.height), 1))


def test_note_fits_two_a4_pages(note_a4: dict[str, Path]) -> None:
    count, size = _pages(note_a4["pdf"])
    assert size == A4
    assert 1 <= count <= 2


def test_note_fits_two_letter_pages(note_letter: Path) -> None:
    count, size = _pages(note_letter)
    assert size == LETTER
    assert 1 <= count <= 2


def test_note_metadata(note_a4: dict[str, Path], sample_brief: Brief) -> None:
    info = dict(re.findall(r"^(\w[\w ]*?):\s+(.*)$", tool("pdfinfo", str(note_a4["pdf"])), re.MULTILINE))
    assert info["Title"] == sample_brief.meta.title
    assert info["Author"] == sample_brief.meta.prepared_by  # never the article's editors or outlet
    assert not set(sample_brief.meta.editors) & set(info["Author"].split(", "))
    assert info["Subject"].startswith("To inform readers")
    assert "artificial intelligence" in info["Keywords"] and "United Nations" in info["Keywords"]
    reader = PdfReader(str(note_a4["pdf"]))
    assert reader.trailer["/Root"].get("/Lang") == "en"


def test_note_outline_follows_headings(note_a4: dict[str, Path]) -> None:
    outline = PdfReader(str(note_a4["pdf"])).outline
    assert outline[0].title.startswith("Strengthening international cooperation")
    children = [item.title for item in outline[1]]
    assert children[:3] == ["Summary", "Key points", "Background"]
    assert "Questions for decision" in children


def test_note_page_furniture(note_a4: dict[str, Path]) -> None:
    text = pdftotext(note_a4["pdf"])
    count, _ = _pages(note_a4["pdf"])
    assert f"Page {count} of {count}" in text
    assert "BRIEFING NOTE" in text
    assert "Source article: XinhuaNet (New Society), 16 August 2024" in text


def test_rebuild_is_byte_identical(note_a4: dict[str, Path], tmp_path: Path) -> None:
    again = render_note(SAMPLE, tmp_path)
    assert again["pdf"].read_bytes() == note_a4["pdf"].read_bytes()
    assert again["html"].read_bytes() == note_a4["html"].read_bytes()


def test_markup_like_content_prints_literally(note_special: dict[str, Path]) -> None:
    text = flat(pdftotext(note_special["pdf"]))
    for prefix in ("Title", "Point", "Label"):
        assert f"{prefix} {SPECIAL}" in text
    assert "49" not in text.split("Escaping")[1][:40]
    info = tool("pdfinfo", str(note_special["pdf"]))
    assert SPECIAL in info
