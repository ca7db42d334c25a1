"""Chart labels read as labels: no dangling 'to' or 'of', no title said twice, a measure's caption.

A brief whose grouped figures are named like a drafted brief's ("… rose to")
is rendered through the real templates and writers; the note's Markdown and
PDF text are read back.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE, pdftotext

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief
from briefkit.writers.chartlabels import tidy_label

GROUP = "Exports rose to"


def drafted_like(unit: str) -> Brief:
    """The sample with its first chart's figures named the way a drafted brief names them."""
    data = load_brief(SAMPLE).model_dump(mode="json")
    grouped = [f for f in data["figures"] if f.get("group") == "Generative-AI patent applications, 2014–2023"]
    for k, fig in enumerate(grouped):
        fig.update(group=GROUP, label=f"Exports of region {k} rose to", unit=unit)
    # Room for the chart within the note's two pages.
    data.update(background=[], sections=[], implications=[], questions=[], quotes=[])
    return Brief.model_validate(data)


def note(brief: Brief, tmp_path: Path) -> tuple[str, str]:
    request = RenderRequest(SAMPLE, tmp_path, products=("note",), formats=("md", "pdf"))
    files = {p.suffix: blob for p, blob in render_brief(brief, request, SAMPLE.name).files.items()}
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(files[".pdf"])
    return files[".md"].decode("utf-8"), " ".join(pdftotext(pdf).split())


def test_tidy_label_cuts_dangling_words_only() -> None:
    assert tidy_label("Trade surplus rose slightly to") == "Trade surplus rose slightly"
    assert tidy_label("The company says it will pay between") == "The company says it will pay"
    assert tidy_label("Imports were down") == "Imports were down"
    assert tidy_label("Up to") == "Up to"  # two words stay, whatever they are


def test_drafted_chart_labels_and_title(tmp_path: Path) -> None:
    md, pdf = note(drafted_like("USD"), tmp_path)
    assert "| Exports of region 0 rose |" in md
    assert "rose to |" not in md
    assert "### Exports rose\n" in md
    assert md.count("Exports rose") == 1  # the title once, as its heading
    assert pdf.count("Exports rose In USD") == 1  # the heading, then the caption: no second title
    assert "Number of USD" not in pdf


def test_counted_units_keep_their_caption(tmp_path: Path) -> None:
    _, pdf = note(drafted_like("applications"), tmp_path)
    assert "Number of applications" in pdf
