"""A label filled with a macro's output is escaped once: no stray backslash in the products.

The title slide's "Source article: …" line is a label whose value is the citation macro's output, already
Markdown.  An outlet with Markdown punctuation in its name ("大华网-汕头都市报", "Agence France-Presse")
printed "大华网\\-汕头都市报" on the slide when the label escaped it a second time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import SAMPLE, pdftotext

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief


def _without_people(source: str, language: str) -> Brief:
    data = load_brief(SAMPLE).model_dump(mode="json")
    for key in ("prepared_for", "prepared_by", "reference", "date_prepared", "outlet"):
        data["meta"].pop(key, None)
    data["meta"].update(source=source, language=language)
    return Brief.model_validate(data)


@pytest.mark.parametrize(("source", "language"), [("Agence France-Presse [Paris]", "en"),
                                                  ("大华网-汕头都市报", "zh")])
def test_an_outlet_with_punctuation_prints_as_written(tmp_path: Path, source: str, language: str) -> None:
    brief = _without_people(source, language)
    request = RenderRequest(SAMPLE, tmp_path, products=("slides", "note"), formats=("pdf", "md"))
    files = render_brief(brief, request, SAMPLE.name).files
    for path, blob in files.items():
        if path.suffix != ".pdf" or "handout" in path.name:
            continue
        pdf = tmp_path / path.name
        pdf.write_bytes(blob)
        text = pdftotext(pdf)
        assert source.split("[")[0].strip() in text, path.name
        assert "\\" not in text, path.name

