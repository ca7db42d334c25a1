"""In the Word summary, a lead-in ending in ':' ("The article's themes:") is never last on a page."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from tests.conftest import SAMPLE

from briefkit.content import load_brief
from briefkit.render import RenderRequest, render_brief


def test_the_themes_lead_in_keeps_with_the_first_theme(tmp_path: Path) -> None:
    request = RenderRequest(SAMPLE, tmp_path, products=("summary",), formats=("docx",))
    files = render_brief(load_brief(SAMPLE), request, SAMPLE.name).files
    doc = Document(io.BytesIO(next(iter(files.values()))))
    paragraphs = doc.paragraphs
    lead = next(i for i, p in enumerate(paragraphs) if p.text == "The article's themes:")
    assert paragraphs[lead].paragraph_format.keep_with_next
    assert paragraphs[lead + 1].style.name.startswith("Heading")
