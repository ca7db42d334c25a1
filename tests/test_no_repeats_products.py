"""No sentence printed twice in the Word summary or the note, whatever a drafted brief holds.

A drafted brief's figure label may be a whole article sentence that is also a
key point; its only source is the article, whose title is the document's
title; its chart groups are named after the first label's fragment.  The
sample is given each of these faults and rendered through the real
templates and writers; the DOCX files are read back with python-docx and the
note PDF with pdftotext, and counted with the checker's own rule
(:func:`briefkit.writers.repeats.repeated_sentences`).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from tests.conftest import SAMPLE, require_tool

from briefkit.content import Brief, load_brief
from briefkit.labels import labels_for
from briefkit.render import RenderRequest, render_brief
from briefkit.writers.repeats import repeated_sentences

ARTICLE_ONLY = "The article summarised here"


def render(brief: Brief, tmp_path: Path, product: str, fmt: str) -> bytes:
    """One product's file, rendered in memory."""
    request = RenderRequest(SAMPLE, tmp_path, products=(product,), formats=(fmt,))
    files = render_brief(brief, request, SAMPLE.name).files
    return next(data for path, data in files.items() if path.suffix == f".{fmt}" and "handout" not in path.name)


def paragraphs(data: bytes) -> list[str]:
    """A DOCX's paragraphs as a reader meets them: body paragraphs, then every table cell's."""
    document = docx.Document(io.BytesIO(data))
    cells = [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return [p.text for p in document.paragraphs] + cells


def pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(data)
    return subprocess.run([require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def drafted() -> dict[str, Any]:
    """The sample with a drafted brief's faults: a label that is a key point, the title as the only source,
    a group named after a fragment, two charts of one unit and source, a theme headed by the title."""
    data = load_brief(SAMPLE).model_dump(mode="json")
    data["meta"]["status"] = "draft"
    point = data["key_points"][0]["text"]
    fig = {"label": point.rstrip("."), "value": 12.0, "unit": "GBP", "display": "£12 million",
           "source": "Treasury", "group": "To the £12 million"}
    data["figures"] = [fig, {**fig, "label": "For schools", "value": 5.0, "display": "£5 million"},
                       {**fig, "label": "An increase on the", "value": 3.0, "display": "£3 million",
                        "group": "Is being allocated to", "source_text": point},
                       {**fig, "label": "For roads", "value": 2.0, "display": "£2 million",
                        "group": "Is being allocated to"}]
    data["sources"] = [{"title": data["meta"]["title"], "publisher": "XinhuaNet", "url": "https://example.org/a"}]
    data["sections"] = [{"heading": data["meta"]["title"], "paragraphs": ["A theme the title heads, said once."],
                         "bullets": []}]
    return data


def test_the_summary_prints_no_sentence_twice(drafted: dict[str, Any], tmp_path: Path) -> None:
    brief = Brief.model_validate(drafted)
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    assert repeated_sentences(texts) == []
    point = brief.key_points[0].text
    assert sum(point.rstrip(".") in t for t in texts) == 1  # the key point, not its figure's row again
    assert "£5 million" in texts  # the other rows stay
    assert texts.count(brief.meta.title) == 1  # the title; the theme it headed is numbered
    assert "Theme 1" in texts


def test_the_article_is_cited_by_outlet_and_link_not_by_its_title(drafted: dict[str, Any], tmp_path: Path) -> None:
    brief = Brief.model_validate(drafted)
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    cited = [t for t in texts if t.startswith(ARTICLE_ONLY)]
    assert cited == [f"{ARTICLE_ONLY}: XinhuaNet"]
    note = " ".join(pdf_text(render(brief, tmp_path, "note", "pdf"), tmp_path).split())
    assert f"{ARTICLE_ONLY}: XinhuaNet" in note
    first, *later = note.split("Page 1 of 2")
    assert first.count(brief.meta.title) == 1  # the title; not the theme it headed, nor the sources
    assert "".join(later).count(brief.meta.title) == 1  # page 2's running head only


def test_an_article_without_outlet_or_link_says_so(drafted: dict[str, Any], tmp_path: Path) -> None:
    drafted["sources"] = [{"title": drafted["meta"]["title"]}]
    drafted["meta"].update(source=None, outlet=None, url=None, date=None)
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert any(t.startswith(ARTICLE_ONLY + " (") for t in texts)
    assert not any(t.startswith("Source article:") for t in texts)  # the byline does not fall back to the title


def test_a_draft_charts_each_heading_once_under_its_unit(drafted: dict[str, Any], tmp_path: Path) -> None:
    brief = Brief.model_validate(drafted)
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    # Two groups of one unit: one chart headed by the unit, not by a label's fragment; the other's figures
    # stay in the table.
    assert [t for t in texts if t.startswith("Figure ")] == ["Figure 1. Values in GBP"]
    assert not any("To the" in t or "Is being allocated" in t for t in texts)
    assert "£2 million" in texts
    assert "Source: Treasury, cited by XinhuaNet" in texts  # the unit is in the heading, the source below
    deck = pdf_text(render(brief, tmp_path, "slides", "pdf"), tmp_path)
    assert deck.count("Values in GBP") == 1 and "£2 million" in deck  # a tile, since its group is not charted


def test_a_chart_note_said_before_points_back(tmp_path: Path) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    for fig in data["figures"]:
        if fig.get("group"):
            fig.update(unit="GBP", source="Treasury", display=None)
    texts = paragraphs(render(Brief.model_validate(data), tmp_path, "summary", "docx"))
    notes = [t for t in texts if t.startswith(("In GBP", "Unit and source"))]
    assert notes == ["In GBP · Source: Treasury, cited by XinhuaNet", "Unit and source as in Figure 1"]


def test_a_reviewed_brief_keeps_its_own_chart_headings(tmp_path: Path) -> None:
    brief = load_brief(SAMPLE)
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    assert [t.split(". ", 1)[1] for t in texts if t.startswith("Figure ")] == list(brief.figure_groups())


def test_a_heading_that_says_the_unit_is_not_followed_by_the_same_caption(drafted: dict[str, Any],
                                                                        tmp_path: Path) -> None:
    for fig, label in zip(drafted["figures"], ("Deaths in hospitals", "Deaths at home", "Deaths in care homes",
                                               "Deaths elsewhere"), strict=True):
        fig.update(unit="deaths", display=None, label=label)  # labels a drafted chart draws bars under
    brief = Brief.model_validate(drafted)
    note = pdf_text(render(brief, tmp_path, "note", "pdf"), tmp_path)
    assert note.count("Number of deaths") == 1
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    assert repeated_sentences(texts) == [] and "Figure 1. Number of deaths" in texts


def test_a_sentence_given_twice_in_one_paragraph_is_printed_once(drafted: dict[str, Any], tmp_path: Path) -> None:
    twice = "The ministry confirmed the plan on Monday morning."
    drafted["summary"] = f"{twice} {twice} Something else is said here as well."
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert sum(t.count(twice) for t in texts) == 1


def test_a_figure_source_printed_already_is_not_quoted_again(drafted: dict[str, Any], tmp_path: Path) -> None:
    fresh = "Officials said a further £7 million would follow in the spring."
    drafted["figures"][1]["source_text"] = fresh  # printed nowhere else: quoted under its figures
    drafted["key_points"][1]["text"] = "Announcing it, the minister said: “" + drafted["key_points"][0]["text"]
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert repeated_sentences(texts) == []
    quoted = [t for t in texts if "“" in t and ":" in t and t[:1] == "£"]
    assert [t.split(": ", 1)[1] for t in quoted] == [f"“{fresh}”"]  # the key point's sentence is not quoted
    assert not any(t.startswith("Announcing it, the minister said") for t in texts)  # nor its lead-in left


def test_a_timeline_event_that_opens_a_background_sentence_is_left_out(drafted: dict[str, Any],
                                                                       tmp_path: Path) -> None:
    event = "The council approved the new library building programme"
    drafted["background"] = [f"{event}, which is in addition to earlier repairs."]
    drafted["timeline"] = [{"date": "2023", "precision": "year", "event": f"{event}."},
                           {"date": "2024", "precision": "year", "event": "Work on the first site began."}]
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert sum(event in t for t in texts) == 1
    assert "Work on the first site began." in texts


def test_a_file_name_for_a_title_is_no_title(drafted: dict[str, Any], tmp_path: Path) -> None:
    """The products take a working title from the summary's lead, marked as such, never the file name."""
    drafted["meta"]["title"] = "gregg-county-covid"  # extract's fallback when the article has no title line
    drafted["sources"] = [{"title": "gregg-county-covid"}]
    brief = Brief.model_validate(drafted)
    mark = labels_for("en").get("working_title")
    for product, fmt in (("note", "pdf"), ("slides", "pdf")):
        text = pdf_text(render(brief, tmp_path, product, fmt), tmp_path)
        assert "Gregg county covid" not in text and "gregg-county-covid" not in text
        assert " ".join(mark.split()[:4]) in " ".join(text.split())
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    lead = texts[0].rstrip("…")
    assert brief.summary.startswith(lead) and len(lead.split()) <= 14 and texts[1].startswith(mark)
    assert not any("gregg-county-covid" in t for t in texts)
    assert f"<title>{texts[0]}</title>" in render(brief, tmp_path, "note", "html").decode("utf-8")


def test_the_title_slide_cites_nothing_when_no_outlet_is_known(drafted: dict[str, Any], tmp_path: Path) -> None:
    drafted["meta"].update(source=None, outlet=None, date=None, prepared_by=None, prepared_for=None,
                           date_prepared=None, reference=None)
    first = pdf_text(render(Brief.model_validate(drafted), tmp_path, "slides", "pdf"), tmp_path).split("\f")[0]
    assert "Source article" not in first  # not a label followed by nothing


def test_a_chart_heading_is_not_left_at_the_foot_of_a_page(drafted: dict[str, Any], tmp_path: Path) -> None:
    drafted["figures"] = [{**f, "group": "One", "label": f"Item {k}"} for k, f in enumerate(drafted["figures"])]
    drafted.update(implications=[], questions=[], quotes=[], sections=[], purpose=None, recommendation=None,
                   decision=None, key_points=drafted["key_points"][2:4])
    shown = 0
    for lines in range(0, 40, 2):  # the chart's heading at every height down the first page
        drafted["background"] = [f"Line {k} of the background, long enough to fill one printed line of a note "
                                 "page on its own." for k in range(lines)]
        pages = pdf_text(render(Brief.model_validate(drafted), tmp_path, "note", "pdf"), tmp_path).split("\f")
        heading = next((i for i, page in enumerate(pages) if "Values in GBP" in page), None)
        if heading is None:  # the chart, least important, left out to keep to the budget (or to spare a spill)
            assert len([page for page in pages if page.strip()]) <= 2, lines
            continue
        assert "Source: Treasury, cited by XinhuaNet" in pages[heading], lines  # the chart, under its heading
        shown += 1
    assert shown > 10  # at most heights the chart is there


def test_a_label_is_tidied_before_its_period_and_loses_an_unclosed_quote(drafted: dict[str, Any],
                                                                         tmp_path: Path) -> None:
    drafted["figures"][1].update(label="An increase on the", as_of="2021–2022")
    drafted["figures"][2].update(label="“I am also providing", group=None)
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert "An increase (2021–2022)" in texts and "I am also providing" in texts


def test_a_figure_given_twice_is_one_row_and_one_tile(drafted: dict[str, Any], tmp_path: Path) -> None:
    twice = {"label": "Share of issued", "value": 31.0, "unit": "%", "display": "about 31 per cent"}
    drafted["figures"] += [twice, dict(twice)]  # a lede and its dateline's repeat give the same figure
    brief = Brief.model_validate(drafted)
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    assert texts.count("about 31 per cent") == 1
    deck = pdf_text(render(brief, tmp_path, "slides", "pdf"), tmp_path)
    assert deck.count("about 31 per cent") == 1


def test_a_chinese_brief_cites_its_article_with_a_chinese_colon(tmp_path: Path) -> None:
    from tests.conftest import SAMPLE_ZH

    data = load_brief(SAMPLE_ZH).model_dump(mode="json")
    data["sources"] = [{"title": data["meta"]["title"], "publisher": "新华网"}]
    texts = paragraphs(render(Brief.model_validate(data), tmp_path, "summary", "docx"))
    assert "本简报所依据的原文：新华网" in texts


def deck_texts(data: bytes) -> list[str]:
    """A PowerPoint deck's text boxes paragraph by paragraph (speaker notes aside)."""
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    return [p.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs]


def test_a_slide_does_not_cut_a_sentence_down_to_a_tile_label(drafted: dict[str, Any], tmp_path: Path) -> None:
    label = "The dam has a planned capacity counted in megawatts"  # no number: a tile never repeats its own
    drafted["figures"] = [{"label": label, "value": 5150.0, "unit": "megawatts", "display": "5,150"}]
    long = (f"{label}, which would make it by far the largest hydroelectric plant anywhere on the continent "
            "and a source of power for several neighbouring countries that have long lacked one of their own.")
    drafted["sections"] = [{"heading": "Dams and deltas", "paragraphs": [long, long.replace("dam", "lake"),
                                                                          long.replace("dam", "canal")],
                            "bullets": []}]
    texts = deck_texts(render(Brief.model_validate(drafted), tmp_path, "slides", "pptx"))
    assert label in texts  # the tile
    cut = [t for t in texts if t.startswith(label) and t != label]
    assert cut and all(t.endswith("…") and len(t) > len(label) + 2 for t in cut)  # cut later than the label


def test_the_deck_says_a_quote_once_and_numbers_a_theme_headed_by_the_title(drafted: dict[str, Any],
                                                                            tmp_path: Path) -> None:
    said = "We will not accept a deal that leaves our members worse off this year."
    drafted["key_points"][0]["text"] = said
    drafted["quotes"] = [{"text": said, "attribution": "A union leader"},
                         {"text": "Talks resume on Monday with the mediator present.", "attribution": "The union"}]
    texts = deck_texts(render(Brief.model_validate(drafted), tmp_path, "slides", "pptx"))
    assert sum(said.rstrip(".") in t for t in texts) == 1  # the key point; not the quote slide again
    assert any("Talks resume on Monday" in t for t in texts)
    assert "Theme 1" in texts and texts.count(drafted["meta"]["title"]) == 1  # the title slide's title only


def test_a_drafted_label_cut_mid_sentence_reads_as_an_excerpt(drafted: dict[str, Any], tmp_path: Path) -> None:
    drafted["figures"][1]["label"] = "Is being allocated to meet costs"
    drafted["figures"][3]["label"] = "To the business support schemes"
    brief = Brief.model_validate(drafted)
    texts = paragraphs(render(brief, tmp_path, "summary", "docx"))
    assert "…is being allocated to meet costs" in texts and "Is being allocated to meet costs" not in texts
    deck = deck_texts(render(brief, tmp_path, "slides", "pptx"))
    # no tile under a phrase cut out of a sentence: the figure stays in the summary's table and the notes
    assert not any("business support schemes" in text for text in deck)
    drafted["meta"]["status"] = "reviewed"  # a person's labels stay as written
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert "Is being allocated to meet costs" in texts


def test_an_initial_ends_no_sentence_so_a_theme_is_not_cut_at_it(drafted: dict[str, Any], tmp_path: Path) -> None:
    said = "Harris cited three new coronavirus cases on Wednesday, boosting the total to 320."
    drafted["summary"] = said
    drafted["sections"] = [{"heading": "Wednesday", "paragraphs": [f"County Health Administrator A.J. {said}"],
                            "bullets": []}]
    note = " ".join(pdf_text(render(Brief.model_validate(drafted), tmp_path, "note", "pdf"), tmp_path).split())
    assert "County Health Administrator A.J. Harris cited" in note  # not 'A.J.' alone, its sentence gone


def test_a_quote_printed_inside_a_longer_sentence_is_not_quoted_again(drafted: dict[str, Any],
                                                                      tmp_path: Path) -> None:
    quote = "The forecast is cautiously optimistic, but risks remain"
    drafted["background"] = [f'"{quote}," the Director-General told a news conference.']
    drafted["quotes"] = [{"text": quote, "attribution": "The Director-General"},
                         {"text": "intelligence for good and for all", "attribution": "The article"}]
    texts = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert sum(quote in t for t in texts) == 1
    # a short quote is no sentence: it stays (a draft's opening mid-sentence shown as an excerpt)
    assert "…intelligence for good and for all" in texts


def test_a_tables_source_line_is_kept_with_its_last_row(drafted: dict[str, Any], tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(render(Brief.model_validate(drafted), tmp_path, "summary", "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Figure")
    last, first = table.rows[-1], table.rows[1]
    assert all(p.paragraph_format.keep_with_next for c in last.cells for p in c.paragraphs)
    assert not any(p.paragraph_format.keep_with_next for c in first.cells for p in c.paragraphs)  # only the last
    body = document.element.body
    after = body[list(body).index(table._tbl) + 1]
    assert "".join(after.itertext()).startswith("Sources: Treasury")


def test_a_theme_headed_by_its_own_opening_words_is_numbered_everywhere(drafted: dict[str, Any],
                                                                        tmp_path: Path) -> None:
    opening = "The result is social chaos and a disappearance"
    drafted["sections"] = [{"heading": opening, "bullets": [], "paragraphs": [
        f"{opening} of the common good, the letter says. Each citizen must be willing to give something back."]}]
    texts = deck_texts(render(Brief.model_validate(drafted), tmp_path, "slides", "pptx"))
    assert "Theme 1" in texts and opening not in texts  # not a heading over the same words
    assert "1. Theme 1" not in " ".join(texts)  # the divider lists no theme that is only numbered
    summary = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert "Theme 1" in summary and sum(p.startswith(opening) for p in summary) == 1
    assert repeated_sentences(summary) == []
    reviewed = {**drafted, "meta": {**drafted["meta"], "status": "reviewed"}}
    texts = deck_texts(render(Brief.model_validate(reviewed), tmp_path, "slides", "pptx"))
    assert opening in texts  # a person's heading stays, whatever it says


def test_a_drafted_note_keeps_a_handful_of_key_figures_and_says_where_the_rest_are(drafted: dict[str, Any],
                                                                                 tmp_path: Path) -> None:
    base = {"unit": "%", "source": "Statistics office"}
    drafted["figures"] = [{**base, "label": f"Growth in region {k}", "value": float(k), "display": f"{k}%"}
                          for k in range(1, 13)]

    def rows(brief: dict[str, Any]) -> tuple[list[str], list[str]]:
        data = render(Brief.model_validate(brief), tmp_path, "note", "docx")
        document = docx.Document(io.BytesIO(data))
        table = next(t for t in document.tables if t.rows[0].cells[0].text == "Figure")
        return [r.cells[1].text for r in table.rows[1:]], [p.text for p in document.paragraphs]

    labels, text = rows(drafted)
    assert labels == [f"Growth in region {k}" for k in range(1, 9)]
    assert any("4 more figures from the article are in the Word summary." in t for t in text)
    summary = paragraphs(render(Brief.model_validate(drafted), tmp_path, "summary", "docx"))
    assert all(any(f"Growth in region {k}" in p for p in summary) for k in range(1, 13))
    reviewed = {**drafted, "meta": {**drafted["meta"], "status": "reviewed"}}
    labels, text = rows(reviewed)
    assert len(labels) == 12 and not any("more figures" in t for t in text)
