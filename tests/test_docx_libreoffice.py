"""The sample's Word files as a real office suite renders them (LibreOffice headless → PDF).

One conversion run per session covers the note, the summary and a summary
built on an organisation's reference document.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tests.conftest import SAMPLE, pdftotext, require_tool
from tests.test_docx import make_reference, render_markdown

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief
from briefkit.templating import fmt_figure


@pytest.fixture(scope="module")
def brief() -> Brief:
    """The sample content."""
    return load_brief(SAMPLE)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory, brief: Brief) -> dict[str, Path]:
    """briefing-note, summary and org-summary as LibreOffice PDFs."""
    soffice = require_tool("soffice")
    folder = tmp_path_factory.mktemp("docx-lo")
    request = RenderRequest(SAMPLE, Path("out"), products=("note", "summary"), formats=("docx",))
    files = {p.name: d for p, d in render_brief(brief, request, SAMPLE.name).files.items()}
    reference = make_reference(folder / "org-reference.docx")
    request = RenderRequest(SAMPLE, Path("out"), products=("summary",), formats=("docx",), reference_docx=reference)
    files["org-summary.docx"] = next(iter(render_brief(brief, request, SAMPLE.name).files.values()))
    files["chinese.docx"] = render_markdown(CHINESE)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    docs = [str(folder / name) for name in sorted(files)]
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *docs],
                   check=True, capture_output=True, timeout=300)
    out = {Path(name).stem: folder / (Path(name).stem + ".pdf") for name in files}
    for pdf in out.values():
        assert pdf.is_file(), f"LibreOffice did not convert {pdf.name}"
    return out


CHINESE = "---\ntitle: 人工智能\nlang: zh-CN\n---\n\n# 加强人工智能国际合作正当其时\n\n中国申请了38000件，占70%。\n"


def squash(text: str) -> str:
    """Whitespace folded, so text wrapped over lines still matches."""
    return " ".join(text.split())


def page_count(pdf: Path) -> int:
    """Pages according to pdfinfo."""
    info = subprocess.run([require_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_summary_pdf_holds_every_heading_figure_and_key_point(pdfs: dict[str, Path], brief: Brief) -> None:
    text = squash(pdftotext(pdfs["summary"]))
    headings = ("Summary", "Key points", "Key figures", "Timeline", "Sources", *(s.heading for s in brief.sections))
    for heading in headings:
        assert heading in text, heading
    for point in brief.key_points:
        assert squash(point.text) in text, point.text
    for fig in brief.figures:
        assert fmt_figure(fig) in text and squash(fig.label) in text, fig.label
    assert "Page 1 of" in text


def test_summary_charts_are_drawn_with_their_labels_and_values(pdfs: dict[str, Path], brief: Brief) -> None:
    text = squash(pdftotext(pdfs["summary"]))
    for number, (title, figures) in enumerate(brief.figure_groups().items(), start=1):
        caption = f"Figure {number}. {title}"
        assert caption in text, caption
        # The chart is drawn between its caption and its source line: its text must be there.
        drawn = text[text.index(caption) + len(caption):].split("Source:", 1)[0]
        for fig in figures:
            assert squash(fig.label) in drawn and fmt_figure(fig) in drawn, fig.label


def test_note_pdf_holds_every_heading_figure_and_key_point(pdfs: dict[str, Path], brief: Brief) -> None:
    text = squash(pdftotext(pdfs["briefing-note"]))
    assert squash(brief.meta.title) in text
    for heading in ("Summary", "Key points", "Key figures", "Sources"):
        assert heading in text, heading
    for point in brief.key_points:
        assert squash(point.text) in text, point.text
    for fig in brief.figures:
        assert fmt_figure(fig) in text, fig.label


def test_note_fits_on_two_pages(pdfs: dict[str, Path]) -> None:
    assert page_count(pdfs["briefing-note"]) <= 2


def test_summary_gets_a_page_count_field_libreoffice_fills(pdfs: dict[str, Path]) -> None:
    pages = page_count(pdfs["summary"])
    assert pages > 2
    assert f"Page {pages} of {pages}" in squash(pdftotext(pdfs["summary"]))


def test_reference_docx_font_and_header_reach_the_page(pdfs: dict[str, Path]) -> None:
    fonts = subprocess.run([require_tool("pdffonts"), str(pdfs["org-summary"])], check=True,
                           capture_output=True, text=True).stdout
    assert "DejaVuSerif" in fonts
    own = subprocess.run([require_tool("pdffonts"), str(pdfs["summary"])], check=True,
                         capture_output=True, text=True).stdout
    assert "DejaVuSerif" not in own  # the built-in styles ask for the theme's sans family
    assert "ACME MINISTRY — OFFICIAL" in pdftotext(pdfs["org-summary"])


def test_chinese_text_is_drawn_with_a_cjk_font(pdfs: dict[str, Path]) -> None:
    text = "".join(pdftotext(pdfs["chinese"]).split())  # pdftotext spaces CJK from digits
    assert "加强人工智能国际合作正当其时" in text and "中国申请了38000件，占70%。" in text
    fonts = subprocess.run([require_tool("pdffonts"), str(pdfs["chinese"])], check=True,
                           capture_output=True, text=True).stdout
    assert "DroidSansFallback" in fonts  # Debian's CJK fallback, picked for the w:eastAsia slot
