"""The overflow policy under stress, other scripts, aspects and literal text.

Stress content: a section of 3,000 words, a list of 40 bullets, a
500-character token and a 120-character title.  Every word must reach the
PDF, no word may be drawn outside its frame, and the build must say which
slides shrank or continued.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from ruamel.yaml import YAML
from tests.conftest import ROOT, pdftotext, require_tool
from tests.test_slides import deck_document, missing_words, outside_frames, slide_text

from briefkit.document import parse
from briefkit.errors import BriefkitError
from briefkit.render import RenderRequest, default_theme_path, render_file
from briefkit.theme import Theme, load_theme
from briefkit.writers import RenderOptions, get_writer

TITLE = ("Stress title: a deliberately long heading that keeps going to test wrapping " * 3)[:120]
TOKEN = "https://example.org/" + "".join("abcdefghij0123456789"[(k * 7) % 20] for k in range(480))
SECTION = " ".join(f"word{k}x" for k in range(3000))
BULLETS = [f"Bullet {k} carries the marker bullet{k}mark and a few more words" for k in range(40)]


@pytest.fixture(scope="module")
def stress(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Render the stress content once; return paths, report and warnings."""
    folder = tmp_path_factory.mktemp("stress")
    content = folder / "stress.yaml"
    paragraphs = [" ".join(SECTION.split()[k:k + 200]) for k in range(0, 3000, 200)]
    data = {
        "meta": {"title": TITLE, "date": "2024-08-16", "source": "Stress Press", "language": "en"},
        "summary": "Stress content for the overflow policy.",
        "key_points": BULLETS,
        "sections": [{"heading": "The long section", "paragraphs": paragraphs, "bullets": ["first", "second"]},
                     {"heading": "An unbreakable token", "paragraphs": [f"Before {TOKEN} after."]}],
    }
    with content.open("w") as handle:
        YAML().dump(data, handle)
    result = render_file(RenderRequest(content, folder / "out", products=("slides",), handouts=("notes",)))
    out = folder / "out" / "stress"
    report = json.loads((out / "slides-report.json").read_text())
    return {"content": content, "pdf": out / "slides.pdf", "report": report, "warnings": result.warnings,
            "notes": out / "slides-handout-notes.pdf"}


def test_every_stress_word_is_in_the_pdf(stress: dict[str, Any]) -> None:
    # Paragraphs over the body budget show their opening on the slide and go in full to the speaker
    # notes: every word reaches the deck or its notes pages, none is lost.
    text = pdftotext(stress["pdf"]) + "\n" + pdftotext(stress["notes"])
    assert missing_words(slide_text(deck_document(stress["content"])), text) == []
    assert missing_words(SECTION + " " + " ".join(BULLETS) + " " + TITLE, text) == []
    assert TOKEN.replace("https://", "") in "".join(text.split())


def test_no_stress_text_outside_its_frame(stress: dict[str, Any]) -> None:
    assert outside_frames(stress["pdf"], stress["report"]) == []


def test_overflow_shrinks_to_the_floor_then_continues_and_says_so(stress: dict[str, Any]) -> None:
    report = stress["report"]
    slides = {s["number"]: s for s in report["slides"]}
    long_section = [s for s in report["slides"] if s["title"].startswith("The long section")]
    # 3,000 words of running text are condensed to the body budget (the full text is in the notes),
    # not spread over a dozen "(cont.)" slides: those are for genuine lists only.
    assert [s["title"] for s in long_section] == ["The long section"]
    assert long_section[0]["condensed"] and long_section[0]["words"] <= long_section[0]["budget"]
    bullets = [s for s in report["slides"] if s["title"].startswith("Key points")]
    assert len(bullets) >= 2
    assert bullets[0]["number"] in report["continued"] and bullets[0]["lists_only"]
    assert all(s["size"] == report["floor"] for s in bullets)
    assert all(slides[n]["shrunk"] for n in report["continued"])
    warned = "\n".join(stress["warnings"])
    assert f"slide {bullets[0]['number']} 'Key points': text continues on" in warned


def test_outline_of_the_stress_deck_has_the_long_title_and_every_part(stress: dict[str, Any]) -> None:
    reader = PdfReader(stress["pdf"])
    titles = [o.title for o in reader.outline]
    assert titles == [s["title"] for s in stress["report"]["slides"]]
    assert titles[0] == TITLE.strip()


def test_long_title_is_wrapped_not_clipped_on_a_content_slide(tmp_path: Path, theme: Theme) -> None:
    doc = parse(f"## {TITLE}\n\n- one point\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions(product="slides"))
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(rendered.data)
    assert missing_words(TITLE, pdftotext(pdf)) == []
    report = json.loads(rendered.attachments["slides-report.json"])
    assert outside_frames(pdf, report) == []


@pytest.fixture(scope="module")
def theme() -> Theme:
    """The built-in theme."""
    return load_theme(default_theme_path())


SCRIPTS = {
    "Greek": "Η τεχνητή νοημοσύνη και η διεθνής συνεργασία",
    "Cyrillic": "Искусственный интеллект и международное сотрудничество",
    "CJK": "人工智能国际合作正当其时",
}


def test_greek_cyrillic_and_cjk_render_with_embedded_fonts(tmp_path: Path, theme: Theme) -> None:
    lines = "\n".join(f"- {name}: {text}" for name, text in SCRIPTS.items())
    doc = parse(f"---\ntitle: Scripts\n---\n\n## 多语言 Scripts\n\n{lines}\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions(product="slides"))
    pdf = tmp_path / "scripts.pdf"
    pdf.write_bytes(rendered.data)
    text = pdftotext(pdf)
    for sample in SCRIPTS.values():
        assert sample in " ".join(text.split()), sample
    tool = require_tool("pdffonts")
    fonts = subprocess.run([tool, str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    names = " ".join(line.split()[0] for line in fonts)
    assert "NotoSans-Regular" in names and "DroidSansFallback" in names
    assert all(line.split()[-5] == "yes" for line in fonts)
    assert not any("glyph" in w for w in rendered.warnings)


def test_a_character_no_font_has_is_named_in_a_warning(theme: Theme) -> None:
    doc = parse("## Runes\n\nThe rune \u16a0 and the Gothic hwair \U00010348.\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions(product="slides"))
    warning = next(w for w in rendered.warnings if "glyph" in w)
    assert "U+16A0" in warning and "U+10348" in warning


def test_content_is_literal_text_never_markup(tmp_path: Path, theme: Theme) -> None:
    doc = parse("## A <b>bold</b> & {{ x }} claim\n\n- 5 < 6 & 7 > 3 <i>not italic</i>\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions(product="slides"))
    pdf = tmp_path / "literal.pdf"
    pdf.write_bytes(rendered.data)
    text = " ".join(pdftotext(pdf).split())
    assert "A <b>bold</b> & {{ x }} claim" in text
    assert "5 < 6 & 7 > 3 <i>not italic</i>" in text


@pytest.mark.parametrize(("aspect", "size"), [("16:9", (960, 540)), ("4:3", (720, 540)),
                                               ("a4-landscape", (842, 595))])
def test_aspect_sets_the_slide_size(tmp_path: Path, theme: Theme, aspect: str, size: tuple[int, int]) -> None:
    themed = theme.model_copy(update={"slides": theme.slides.model_copy(update={"aspect": aspect})})
    doc = parse("## Aspect\n\n" + "\n".join(f"- point {k} with some words" for k in range(12)) + "\n")
    rendered = get_writer("slides").render(doc, themed, RenderOptions(product="slides", handouts=("2",)))
    pdf = tmp_path / "aspect.pdf"
    pdf.write_bytes(rendered.data)
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    report = json.loads(rendered.attachments["slides-report.json"])
    assert outside_frames(pdf, report) == []
    assert missing_words(" ".join(f"point {k} with some words" for k in range(12)), pdftotext(pdf)) == []


def test_a_slightly_full_slide_shrinks_but_stays_whole(theme: Theme) -> None:
    items = "\n".join(f"- point {k} has a sentence long enough to wrap onto a second line of the slide, "
                      "and then it carries on a little" for k in range(7))
    rendered = get_writer("slides").render(parse(f"## Full\n\n{items}\n"), theme, RenderOptions(product="slides"))
    report = json.loads(rendered.attachments["slides-report.json"])
    (slide,) = report["slides"]
    assert slide["shrunk"] and not slide["continued"]
    assert theme.sizes.slide_min <= slide["size"] < theme.sizes.slide_body
    assert any("shrunk from" in w for w in rendered.warnings)


def test_an_empty_document_is_a_clean_error(theme: Theme) -> None:
    with pytest.raises(BriefkitError, match="no slides"):
        get_writer("slides").render(parse(""), theme, RenderOptions(product="slides"))


def test_long_speaker_notes_continue_on_further_notes_pages(tmp_path: Path, theme: Theme) -> None:
    notes = " ".join(f"note{k}word" for k in range(2500))
    doc = parse(f"## First\n\n- a point\n\n::: notes\n{notes}\n:::\n\n---\n\n## Second\n\n- another point\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions(product="slides", handouts=("notes",)))
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(rendered.attachments["slides-handout-notes.pdf"])
    reader = PdfReader(pdf)
    assert len(reader.pages) > 3
    assert missing_words(notes, pdftotext(pdf)) == []
    assert "(notes, cont.)" in pdftotext(pdf)
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(rendered.data)
    assert "note1word" not in pdftotext(deck)


def test_layouts_without_their_content_fall_back_and_lone_notes_join_the_slide_before(theme: Theme) -> None:
    doc = parse("{.chart}\n## No chart here\n\nJust text.\n\n---\n\n::: notes\nLate notes.\n:::\n\n---\n\n"
                "{.timeline}\n## No events\n\n- a point\n\n---\n\n{.wobble}\n## Odd class\n\nText.\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions(product="slides", handouts=("notes",)))
    report = json.loads(rendered.attachments["slides-report.json"])
    assert [(s["title"], s["layout"]) for s in report["slides"]] == [
        ("No chart here", "bullets"), ("No events", "bullets"), ("Odd class", "bullets")]
    assert any("unknown layout class '.wobble'" in w for w in rendered.warnings)
    reader = PdfReader(io.BytesIO(rendered.attachments["slides-handout-notes.pdf"]))
    assert "Late notes." in reader.pages[0].extract_text()


def test_source_date_epoch_sets_the_pdf_dates(theme: Theme, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = parse("---\ntitle: Dated\ndate: 2024-08-16\n---\n\n## Dated\n\nText.\n")
    writer = get_writer("slides")
    assert PdfReader(io.BytesIO(writer.render(doc, theme, RenderOptions()).data)).metadata.creation_date.year == 2024
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(86400 * 400))
    first = writer.render(doc, theme, RenderOptions()).data
    assert PdfReader(io.BytesIO(first)).metadata.creation_date.year == 1971
    assert writer.render(doc, theme, RenderOptions()).data == first


def test_the_cli_summary_names_shrunk_and_continued_slides(stress: dict[str, Any], tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "briefkit", "render", str(stress["content"]), "-p", "slides",
                          "-o", str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin",
                              "BRIEFKIT_CACHE_DIR": os.environ["BRIEFKIT_CACHE_DIR"]})
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "stress" / "slides-report.json").read_text(encoding="utf-8"))
    number = next(i for i, s in enumerate(report["slides"], 1) if s["title"] == "Key points")
    assert f"warning: stress/slides.pdf: slide {number} 'Key points': text continues on" in run.stderr
    assert "Traceback" not in run.stderr


def test_letter_paper_for_handouts(theme: Theme, tmp_path: Path) -> None:
    themed = theme.model_copy(update={"page": theme.page.model_copy(update={"size": "Letter"})})
    rendered = get_writer("slides").render(parse("## One\n\nText.\n"), themed, RenderOptions(handouts=("6",)))
    box = PdfReader(io.BytesIO(rendered.attachments["slides-handout-6.pdf"])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_table_cell_longer_than_a_slide_splits_inside_the_row(theme: Theme, tmp_path: Path) -> None:
    cell = " ".join(f"cell{k}w" for k in range(1500))
    doc = parse(f"## Table\n\n| a | b |\n|---|---|\n| {cell} | short |\n| x | y |\n")
    rendered = get_writer("slides").render(doc, theme, RenderOptions())
    pdf = tmp_path / "table.pdf"
    pdf.write_bytes(rendered.data)
    report = json.loads(rendered.attachments["slides-report.json"])
    assert len(report["slides"]) > 2 and not any(s["oversized"] for s in report["slides"])
    assert missing_words(cell + " short x y", pdftotext(pdf)) == []
    assert outside_frames(pdf, report) == []
