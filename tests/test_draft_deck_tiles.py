"""A drafted deck shows one slide of key-figure tiles; a reviewed one shows every figure its author kept.

Drafts may hold a dozen figures: three slides of tiles is no summary.  The six first stay on the slide, in
the article's order, and the speaker notes list them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SAMPLE, pdftotext

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief


@pytest.mark.parametrize(("status", "shown"), [("draft", 6), ("reviewed", 9)])
def test_a_draft_deck_shows_one_slide_of_figure_tiles(tmp_path: Path, status: str, shown: int) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    data["meta"]["status"] = status
    data["figures"] = [{"label": f"Measure number {i}", "value": 1000 + i, "display": str(1000 + i)} for i in range(9)]
    brief = Brief.model_validate(data)
    request = RenderRequest(SAMPLE, tmp_path, products=("slides",), formats=("pdf",))
    files = render_brief(brief, request, SAMPLE.name).files
    pdf = tmp_path / "slides.pdf"
    pdf.write_bytes(next(blob for path, blob in files.items() if path.name == "slides.pdf"))
    text = pdftotext(pdf)
    assert sum(f"Measure number {i}" in text for i in range(9)) == shown


def _slide_titles(brief: Brief, tmp_path: Path) -> list[str]:
    request = RenderRequest(SAMPLE, tmp_path, products=("slides",), formats=("pdf",))
    result = render_brief(brief, request, SAMPLE.name)
    report = next(blob for path, blob in result.files.items() if path.name == "slides-report.json")
    import json
    return [slide["title"] for slide in json.loads(report)["slides"]]


def test_a_deck_without_key_points_says_what_the_article_is_about(tmp_path: Path) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    figures = [{k: v for k, v in f.items() if k != "group"} for f in data["figures"][:2]]  # tiles, no chart
    short = {"meta": data["meta"], "summary": "Exports rose 5.8 percent in the first four months, the customs "
             "office said.", "figures": figures, "sources": data["sources"]}
    titles = _slide_titles(Brief.model_validate(short), tmp_path)
    assert "Summary" in titles
    assert "Agenda" in titles  # summary, key figures, sources: three entries
    without_figures = Brief.model_validate({**short, "figures": [], "sources": []})
    titles = _slide_titles(without_figures, tmp_path)
    assert "Summary" in titles and "Agenda" not in titles  # an agenda of two entries is no agenda
    long = Brief.model_validate({**short, "summary": "A long summary sentence. " * 30})
    assert "Summary" not in _slide_titles(long, tmp_path)  # over a slide's worth: it stays in the notes
