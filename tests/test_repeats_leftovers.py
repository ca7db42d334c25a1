"""What the repeats pass leaves behind reads as designed: no bare lead-in, no introduction to nothing.

A drafted brief's themes often restate its key points; once those sentences
are left out, a theme would be its bold heading alone, under "The article's
themes:".  The note is rendered through the real templates and writers.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief


def note_markdown(brief: Brief, tmp_path: Path) -> str:
    request = RenderRequest(SAMPLE, tmp_path, products=("note",), formats=("md",))
    (data,) = render_brief(brief, request, SAMPLE.name).files.values()
    return data.decode("utf-8")


def test_themes_that_only_restate_key_points_go_with_their_introduction(tmp_path: Path) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    points = [p["text"] for p in data["key_points"]]
    data["background"] = []
    data["sections"] = [{"heading": "Key facts", "paragraphs": [points[0]], "bullets": []},
                        {"heading": "Recommendations", "paragraphs": [], "bullets": [points[1]]}]
    md = note_markdown(Brief.model_validate(data), tmp_path)
    assert "**Key facts.**" not in md and "**Recommendations.**" not in md
    assert "The article's themes" not in md
    assert "## Background" not in md  # nothing left in it


def test_a_theme_with_something_new_stays(tmp_path: Path) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    points = [p["text"] for p in data["key_points"]]
    data["sections"] = [{"heading": "Key facts", "paragraphs": [f"{points[0]} The rest is new here."],
                         "bullets": []}]
    md = note_markdown(Brief.model_validate(data), tmp_path)
    assert "**Key facts.** The rest is new here." in md
    # one theme is a paragraph of the background, not a numbered list of one under its own lead-in
    assert "The article's themes" not in md and "1. **Key facts.**" not in md


def test_two_themes_are_a_numbered_list(tmp_path: Path) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    data["sections"] = [{"heading": "Key facts", "paragraphs": ["Something new here."], "bullets": []},
                        {"heading": "Costs", "paragraphs": ["And something else."], "bullets": []}]
    md = note_markdown(Brief.model_validate(data), tmp_path)
    assert "The article's themes:" in md
    assert "1. **Key facts.** Something new here." in md and "2. **Costs.** And something else." in md


def test_a_theme_slide_left_empty_goes_with_its_divider_entry(tmp_path: Path) -> None:
    from tests.conftest import pdftotext

    data = load_brief(SAMPLE).model_dump(mode="json")
    points = [p["text"] for p in data["key_points"]]
    data["sections"] = [{"heading": "Key facts", "paragraphs": ["Something said only here, in a theme of its own."],
                         "bullets": []},
                        {"heading": "Restated points", "paragraphs": [points[1]], "bullets": []}]
    request = RenderRequest(SAMPLE, tmp_path, products=("slides",), formats=("pdf",))
    files = render_brief(Brief.model_validate(data), request, SAMPLE.name).files
    pdf = tmp_path / "slides.pdf"
    pdf.write_bytes(next(blob for path, blob in files.items() if path.name == "slides.pdf"))
    text = pdftotext(pdf)
    assert "Restated points" not in text  # neither its slide nor its line on the themes' divider
    assert "Key facts" in text


def test_a_chart_titled_with_a_label_the_table_printed_gets_no_second_caption(tmp_path: Path) -> None:
    import docx

    data = load_brief(SAMPLE).model_dump(mode="json")
    label = "Patent applications filed by the leading country"
    for figure in data["figures"][:2]:
        figure["group"] = label  # a drafted brief names a group after its first figure's label
    data["figures"][0].update(label=label, as_of=None)  # its table cell is then the label alone
    request = RenderRequest(SAMPLE, tmp_path, products=("summary",), formats=("docx",))
    (path, blob), = render_brief(Brief.model_validate(data), request, SAMPLE.name).files.items()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(blob)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    cells = [c.text for t in docx.Document(str(path)).tables for row in t.rows for c in row.cells]
    assert label in cells  # the figures table says it once
    assert not [p for p in paragraphs if label in p and p.startswith("Figure")]  # no chart caption says it again
    # The chart itself is still there: its unit caption and source line under it.
    assert any("World Intellectual Property Organization" in p and "Source" in p for p in paragraphs)


def test_a_quotation_says_only_what_the_key_points_have_not(tmp_path: Path) -> None:
    import docx

    data = load_brief(SAMPLE).model_dump(mode="json")
    said = data["key_points"][0]["text"]
    new = "Nobody had asked for this before the summit opened in Geneva."
    data["quotes"] = [{"text": said, "attribution": "A minister"},
                      {"text": f"{said} {new}", "attribution": "A spokesperson"}]
    request = RenderRequest(SAMPLE, tmp_path, products=("summary",), formats=("docx",))
    (path, blob), = render_brief(Brief.model_validate(data), request, SAMPLE.name).files.items()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(blob)
    text = [p.text for p in docx.Document(str(path)).paragraphs]
    assert sum(said in p for p in text) == 1  # the key point, not its quotation again
    assert any(new in p for p in text) and any("A spokesperson" in p for p in text)
    assert not any("A minister" in p for p in text)  # a quotation with nothing new goes with its attribution
