"""The sample deck: completeness, layout, metadata, outline, links, fonts, handouts, rebuilds.

The sample is rendered once per session through the real pipeline (content
YAML → template → Markdown → tree → slides writer) with every handout, and
read back with poppler, qpdf and pypdf.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from tests.conftest import ROOT, SAMPLE, pdftotext, require_tool

from briefkit.document import nodes as n

HANDOUT_KINDS = ("1", "2", "3", "4", "6", "notes")
LONG = 30
"""Tokens longer than this may be broken across lines by character."""


# ----------------------------------------------------------------- helpers


def words(text: str) -> Counter[str]:
    """Word tokens of ``text`` (punctuation ignored, case kept)."""
    return Counter(re.findall(r"\w+", text))


def missing_words(expected: str, pdf_text: str) -> list[str]:
    """Words of ``expected`` that the PDF text lacks, counting repeats.

    Very long tokens (URLs) wrap by character, so they are looked up in the
    PDF text with all whitespace removed.
    """
    have = words(pdf_text)
    squashed = re.sub(r"\s+", "", pdf_text)
    want = words(expected)
    short = Counter({w: c for w, c in want.items() if len(w) <= LONG})
    lacking = list((short - have).elements())
    return lacking + [w for w in want if len(w) > LONG and w not in squashed]


def slide_text(doc: n.Document) -> str:
    """All text the document puts on slides (speaker notes excluded).

    A chart's title that repeats its slide's title is drawn once, as the title.
    """
    from briefkit.writers.slides.budget import condensed
    from briefkit.writers.slides.model import slides_of

    # What the plan puts on slides: paragraphs over the body budget show their leading sentences.
    planned = [part for slide in slides_of(doc, []) for part in [condensed(slide, 70)]]
    blocks: list[n.Block] = []
    for slide in planned:
        blocks += [n.Heading(2, slide.title), *slide.blocks]
    out, heading = [], ""
    for block in blocks:
        if isinstance(block, n.Heading):
            heading = n.plain_text(block.children)
        if isinstance(block, n.Chart):
            out += [p.label + " " + (p.display or "") for p in block.points]
            out += [block.title] if block.title != heading else []
            out += [block.source or ""]
        elif not isinstance(block, n.Notes):
            out.append(n.block_text(block))
    return "\n".join(out)


def notes_text(doc: n.Document) -> str:
    """The speaker notes of a document."""
    return "\n".join(n.block_text(b) for b in doc.blocks if isinstance(b, n.Notes))


def page_words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page, every word's box (x0, y0, x1, y1 with the origin bottom left) from ``pdftotext -bbox``."""
    tool = require_tool("pdftotext")
    html = subprocess.run([tool, "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for match in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        height = float(match.group(2))
        found = re.findall(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
                           match.group(3))
        pages.append([(float(a), height - float(d), float(c), height - float(b), w) for a, b, c, d, w in found])
    return pages


def outside_frames(pdf: Path, report: dict[str, Any]) -> list[str]:
    """Words drawn outside the page or outside every frame the report declares for their slide.

    Glyph boxes from pdftotext use the font's ascender and descender, which
    reach a little beyond a line's leading; the vertical tolerance is a
    quarter of the word's box height, horizontally one point.
    """
    width, height = report["page"]
    bad = []
    for slide, found in zip(report["slides"], page_words(pdf), strict=True):
        for x0, y0, x1, y1, word in found:
            slack = (y1 - y0) * 0.25
            if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
                bad.append(f"slide {slide['number']}: '{word}' off the page")
            elif not any(x0 >= f[0] - 1 and x1 <= f[2] + 1 and y0 >= f[1] - slack and y1 <= f[3] + slack
                         for f in slide["frames"]):
                bad.append(f"slide {slide['number']}: '{word}' at {x0:.0f},{y0:.0f} outside its frames")
    return bad


def page_texts(pdf: Path) -> list[str]:
    """The text of each page."""
    return [pdftotext_page(pdf, k) for k in range(1, len(PdfReader(pdf).pages) + 1)]


def pdftotext_page(pdf: Path, page: int) -> str:
    """One page's text."""
    tool = require_tool("pdftotext")
    return subprocess.run([tool, "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def render_slides(content: Path, out: Path, handouts: tuple[str, ...] = HANDOUT_KINDS) -> Path:
    """Render only the slides product of ``content``; return its output folder."""
    from briefkit.render import RenderRequest, render_file

    render_file(RenderRequest(content, out, products=("slides",), handouts=handouts))
    return out / content.stem


def deck_document(content: Path) -> n.Document:
    """The document tree the slides writer receives for ``content``."""
    from briefkit.content import load_brief
    from briefkit.packs import find_pack
    from briefkit.render import document_for

    return document_for(load_brief(content), find_pack("slides"), content.name, None)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def sample_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's slides, every handout and the report."""
    return render_slides(SAMPLE, tmp_path_factory.mktemp("slides"))


@pytest.fixture(scope="session")
def sample_report(sample_deck: Path) -> dict[str, Any]:
    """The overflow report of the sample deck."""
    data: dict[str, Any] = json.loads((sample_deck / "slides-report.json").read_text())
    return data


@pytest.fixture(scope="session")
def sample_doc() -> n.Document:
    """The sample's deck as a document tree."""
    return deck_document(SAMPLE)


# ------------------------------------------------------------------- tests


def test_sample_deck_is_a_valid_pdf_with_a_page_per_planned_slide(sample_deck: Path,
                                                                   sample_report: dict[str, Any]) -> None:
    pdf = sample_deck / "slides.pdf"
    qpdf = require_tool("qpdf")
    subprocess.run([qpdf, "--check", str(pdf)], check=True, capture_output=True)
    reader = PdfReader(pdf)
    assert len(reader.pages) == len(sample_report["slides"]) >= 10
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (960, 540)


def test_every_word_of_the_sample_slides_is_in_the_pdf(sample_deck: Path, sample_doc: n.Document) -> None:
    assert missing_words(slide_text(sample_doc), pdftotext(sample_deck / "slides.pdf")) == []


def test_the_sample_deck_follows_the_brief(sample_deck: Path, sample_report: dict[str, Any]) -> None:
    from briefkit.content import load_brief

    brief = load_brief(SAMPLE)
    slides = sample_report["slides"]
    titles = [s["title"] for s in slides]
    layouts = [s["layout"] for s in slides]
    assert layouts[:2] == ["title", "agenda"]
    assert layouts[-1] == "sources"
    for section in brief.sections:
        assert section.heading in titles
    charted = [s["title"] for s in slides if s["layout"] == "chart"]
    assert charted == list(brief.figure_groups())
    timeline = next(k for k, s in enumerate(slides, 1) if s["layout"] == "timeline")
    text = pdftotext_page(sample_deck / "slides.pdf", timeline)
    for event in brief.timeline:
        assert missing_words(event.event, text) == []


def test_body_text_is_at_least_18pt_unless_reported_as_shrunk(sample_report: dict[str, Any]) -> None:
    for slide in sample_report["slides"]:
        if slide["size"] is not None and not slide["shrunk"]:
            assert slide["size"] >= 18, slide
        assert slide["size"] is None or slide["size"] >= sample_report["floor"]


def test_no_sample_text_outside_its_frame(sample_deck: Path, sample_report: dict[str, Any]) -> None:
    assert outside_frames(sample_deck / "slides.pdf", sample_report) == []


def test_speaker_notes_stay_off_the_slides_and_fill_the_notes_pages(sample_deck: Path,
                                                                   sample_doc: n.Document) -> None:
    deck = pdftotext(sample_deck / "slides.pdf")
    notes = pdftotext(sample_deck / "slides-handout-notes.pdf")
    assert "Dates resolved from" not in deck
    assert "Dates resolved from" in notes
    assert missing_words(notes_text(sample_doc), notes) == []


def test_pdfinfo_shows_the_metadata(sample_deck: Path) -> None:
    tool = require_tool("pdfinfo")
    info = subprocess.run([tool, str(sample_deck / "slides.pdf")], check=True, capture_output=True,
                          text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    fields = {k.strip(): v.strip() for k, v in fields.items()}
    assert fields["Title"].startswith("Strengthening international cooperation")
    assert fields["Author"] == "Technology Policy Analysis Unit"  # who prepared the brief, not the article's editors
    assert fields["Subject"].startswith("To inform readers")
    assert "global governance" in fields["Keywords"]
    assert fields["CreationDate"].startswith("Fri Aug 16")
    assert PdfReader(sample_deck / "slides.pdf").trailer["/Root"]["/Lang"] == "en"


def test_outline_lists_every_slide_title_on_its_page(sample_deck: Path, sample_report: dict[str, Any]) -> None:
    reader = PdfReader(sample_deck / "slides.pdf")
    entries = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    assert entries == [(s["title"], s["number"] - 1) for s in sample_report["slides"]]


def test_agenda_items_link_to_their_slides(sample_deck: Path, sample_report: dict[str, Any]) -> None:
    reader = PdfReader(sample_deck / "slides.pdf")
    agenda = next(k for k, s in enumerate(sample_report["slides"]) if s["layout"] == "agenda")
    targets = set()
    for annot in reader.pages[agenda].get("/Annots", []):
        annot = annot.get_object()
        assert annot["/Subtype"] == "/Link"
        targets.add(reader.get_page_number(annot["/Dest"][0].get_object()))
    layouts = {s["number"] - 1: s["title"] for s in sample_report["slides"]}
    named = {layouts[t] for t in targets}
    assert {"Key points", "Key figures", "Timeline", "Sources"} <= named


def test_every_font_is_embedded(sample_deck: Path) -> None:
    tool = require_tool("pdffonts")
    for name in ("slides.pdf", "slides-handout-2.pdf"):
        lines = subprocess.run([tool, str(sample_deck / name)], check=True, capture_output=True,
                               text=True).stdout.splitlines()[2:]
        assert lines, name
        for line in lines:
            assert line.split()[-5] == "yes", line


def test_rebuild_is_byte_identical_in_process_and_from_the_cli(sample_deck: Path, tmp_path: Path) -> None:
    again = render_slides(SAMPLE, tmp_path / "again")
    for path in sorted(sample_deck.iterdir()):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name
    cli = tmp_path / "cli"
    subprocess.run([sys.executable, "-m", "briefkit", "render", str(SAMPLE), "-p", "slides", "-o", str(cli),
                    "--handout", "4"], check=True, capture_output=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin",
                        "BRIEFKIT_CACHE_DIR": os.environ["BRIEFKIT_CACHE_DIR"]})
    for name in ("slides.pdf", "slides-handout-4.pdf", "slides-report.json"):
        assert (cli / SAMPLE.stem / name).read_bytes() == (sample_deck / name).read_bytes(), name


@pytest.mark.parametrize("kind", ["1", "2", "3", "4", "6"])
def test_handout_pages_hold_n_vector_slides_each(sample_deck: Path, sample_report: dict[str, Any],
                                                 kind: str) -> None:
    per = int(kind)
    slides = sample_report["slides"]
    pdf = sample_deck / f"slides-handout-{kind}.pdf"
    reader = PdfReader(pdf)
    assert len(reader.pages) == math.ceil(len(slides) / per)
    texts = page_texts(pdf)
    for number, page in enumerate(reader.pages):
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        drawn = re.findall(rb"/FormXob\.slide(\d+) Do", page.get_contents().get_data())
        expected = slides[number * per:(number + 1) * per]
        assert [int(d) for d in drawn] == [s["number"] for s in expected]
        for slide in expected:
            assert missing_words(slide["title"], texts[number]) == [], (kind, slide["title"])


def test_three_up_has_ruled_lines_beside_each_slide(sample_deck: Path) -> None:
    data = PdfReader(sample_deck / "slides-handout-3.pdf").pages[0].get_contents().get_data()
    lines = re.findall(rb"[\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S", data)
    assert len(lines) >= 3 * 5


def test_notes_handout_has_a_page_per_slide_with_the_slide(sample_deck: Path,
                                                           sample_report: dict[str, Any]) -> None:
    reader = PdfReader(sample_deck / "slides-handout-notes.pdf")
    drawn = [int(d) for page in reader.pages
             for d in re.findall(rb"/FormXob\.slide(\d+) Do", page.get_contents().get_data())]
    assert drawn == [s["number"] for s in sample_report["slides"]]


def test_the_report_is_json_and_lists_frames(sample_report: dict[str, Any]) -> None:
    assert sample_report["page"] == [960.0, 540.0]
    for slide in sample_report["slides"]:
        assert slide["frames"], slide
        assert set(slide) >= {"number", "title", "layout", "size", "shrunk", "continued", "part", "parts"}


@pytest.mark.parametrize("kind", HANDOUT_KINDS)
def test_handout_text_stays_inside_the_page_margins(sample_deck: Path, kind: str) -> None:
    from reportlab.lib.units import mm

    margin = 18 * mm - 1  # the theme's page.margin_mm, less a point for glyph overshoot
    for found in page_words(sample_deck / f"slides-handout-{kind}.pdf"):
        for x0, y0, x1, y1, word in found:
            assert margin <= x0 and x1 <= 595.28 - margin and margin <= y0 and y1 <= 841.89 - margin, word


def test_charts_text_alternative_is_on_the_notes_pages(sample_deck: Path, sample_doc: n.Document) -> None:
    charts = [b for b in sample_doc.blocks if isinstance(b, n.Chart)]
    assert len(charts) == 2
    notes = pdftotext(sample_deck / "slides-handout-notes.pdf")
    for chart in charts:
        assert chart.alt and missing_words(chart.alt, notes) == []


def test_a_condensed_bullet_ends_at_a_clause_not_on_a_word_that_needs_more(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefkit.cli import cli

    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-p", "slides", "-f", "pdf", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    text = " ".join(pdftotext(tmp_path / SAMPLE.stem / "slides.pdf").split())
    cut = re.findall(r"(\S+)…", text)
    assert cut  # the sample's theme slides condense their paragraphs
    needs_more = {"no", "not", "the", "a", "an", "to", "of", "has", "have", "is", "are", "yet", "and", "or", "but"}
    assert not [w for w in cut if w.lower().strip(",;:\"'") in needs_more], cut
