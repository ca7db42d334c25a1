"""LibreOffice Impress opens the PowerPoint decks: every slide, every word of the PDF deck.

LibreOffice is the client a test can run: the sample deck, a drafted brief's
deck and a deck on a reference template are converted to PDF headless and
read back with pdftotext, page by page against the PDF deck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ARTICLE, SAMPLE, libreoffice_pdf
from tests.test_pptx import missing, pdf_pages, render
from tests.test_pptx_reference import make_reference

from briefkit.content import load_brief


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """name → (the PDF deck, LibreOffice's PDF of the PowerPoint deck)."""
    from briefkit.extract import extract_article

    tmp = tmp_path_factory.mktemp("pptx-lo")
    briefs = {"sample": (load_brief(SAMPLE), None), "drafted": (extract_article(ARTICLE)[0], None),
              "reference": (load_brief(SAMPLE), make_reference(tmp / "office.pptx"))}
    out: dict[str, tuple[Path, Path]] = {}
    for name, (brief, reference) in briefs.items():
        folder = render(brief, tmp / name, reference_pptx=reference)
        out[name] = folder / "slides.pdf", libreoffice_pdf(folder / "slides.pptx", tmp / f"{name}-lo")
    return out


@pytest.mark.parametrize("name", ["sample", "drafted", "reference"])
def test_impress_draws_every_slide_with_every_word(decks: dict[str, tuple[Path, Path]], name: str) -> None:
    ours, impress = decks[name]
    pages, drawn = pdf_pages(ours), pdf_pages(impress)
    assert len(drawn) == len(pages)
    for number, (page, other) in enumerate(zip(pages, drawn, strict=True), 1):
        # The slide number is a field LibreOffice fills in itself; every other word must be drawn
        # (in capitals where the office's layout sets titles in capitals).
        lacking = [w for w in missing(page.lower(), [other.lower()]) if not w.isdigit()]
        assert lacking == [], f"{name} slide {number}"
