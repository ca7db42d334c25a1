"""What a reader meets in the products of a draft, built for real: a title said once and short enough for a
headline, no borrowed phrase for a quotation, no slide of one source line, bullets that carry their point, tiles
that show numbers in digits, no caption heading a theme, charts whose bars have labels a reader tells apart."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE

from briefkit.content import Brief
from briefkit.content.worktitle import drafted_title
from briefkit.document import nodes as n
from briefkit.draftcharts import chart_bars
from briefkit.draftview import key_tiles
from briefkit.packs import find_pack
from briefkit.render import RenderRequest, document_for, render_brief
from briefkit.templating import fmt_figure
from briefkit.writers.slides.budget import _leading, condensed
from briefkit.writers.slides.model import slides_of

LEAD = ("Acme chief executive Jane Doe announced the full-year results as the company celebrated twenty years "
        "since its founding in the capital city")


def _brief(**fields: object) -> Brief:
    data: dict[str, object] = {"meta": {"title": "Acme reports record year", "status": "draft",
                                        "date": "2024-05-12"},
                               "summary": "Acme reported a record profit of 67 billion shillings for the year.",
                               "key_points": ["Service revenue jumped by 12% to 281 billion shillings."],
                               "sources": [{"title": "Acme reports record year"}]}
    data.update(fields)
    return Brief.model_validate(data)


def _headings(doc: n.Document) -> list[str]:
    return [n.plain_text(b.children) for b in doc.blocks if isinstance(b, n.Heading)]


def test_a_drafted_lead_sentence_for_a_title_is_shortened_and_not_said_again_as_a_key_point() -> None:
    brief = _brief(meta={"title": LEAD, "status": "draft"}, sources=[{"title": LEAD}],
                   key_points=[f"{LEAD}.", "Service revenue jumped by 12% to 281 billion shillings."])
    shown = drafted_title(brief)
    assert shown.meta.title == "Acme chief executive Jane Doe announced the full-year results"
    assert [p.text for p in shown.key_points] == ["Service revenue jumped by 12% to 281 billion shillings."]
    assert shown.sources[0].title == ""  # cited as the article summarised here, not by the long title
    doc = document_for(brief, find_pack("slides", None), "draft", None)
    text = " ".join(n.block_text(b) for b in doc.blocks if not isinstance(b, n.Notes))
    assert "celebrated twenty years" not in text


def test_a_headline_of_a_headlines_length_is_left_as_printed() -> None:
    brief = _brief(meta={"title": "Acme reports record year as mobile money grows", "status": "draft"})
    assert drafted_title(brief) is brief


def test_a_borrowed_phrase_is_no_quotation_and_a_long_excerpt_is_marked() -> None:
    quotes = [{"text": "a drop in the ocean", "attribution": "Jane Doe"}, {"text": "golden leaf."},
              {"text": "the man with the bloody hand"},
              {"text": "the inflation rate of 2.4 percent for July is consistent with our forecast",
               "attribution": "The bank"}]
    for product in ("slides", "summary"):
        doc = document_for(_brief(quotes=quotes), find_pack(product, None), "draft", None)
        shown = [n.block_text(b) for b in doc.blocks if isinstance(b, n.BlockQuote)]
        assert len(shown) == 1 and shown[0].startswith("…the inflation rate")
    reviewed = _brief(quotes=quotes, meta={"title": "Acme reports record year", "status": "reviewed"})
    doc = document_for(reviewed, find_pack("slides", None), "draft", None)  # a person's choice is printed whole
    assert len([b for b in doc.blocks if isinstance(b, n.BlockQuote)]) == 4


def test_a_drafts_deck_gives_a_lone_unlinked_article_no_slide_of_its_own(tmp_path: Path) -> None:
    deck = document_for(_brief(), find_pack("slides", None), "draft", None)
    assert "Sources" not in _headings(deck)
    linked = _brief(sources=[{"title": "Acme reports record year", "url": "https://example.org/acme"}])
    assert "Sources" in _headings(document_for(linked, find_pack("slides", None), "draft", None))
    note = document_for(_brief(), find_pack("note", None), "draft", None)
    assert "Sources" in _headings(note)  # the note keeps its sources block


def test_a_slides_bullets_carry_the_number_with_its_magnitude() -> None:
    text = ("Trade statistics released on Tuesday by the Department of Commerce show that the monthly trade deficit "
            "fell 11% in March to $38.8 billion, the second-lowest level in three years.")
    bullet = _leading(text, 23, "…")
    assert bullet.endswith("$38.8 billion…")


def test_a_theme_slide_gives_its_paragraphs_the_whole_budget(tmp_path: Path) -> None:
    """A theme's paragraphs sit in columns; each bullet keeps more than its opening words."""
    paragraphs = [("Exports of goods and services from the country's ports and airports rose by four per cent in "
                   "March from a year earlier to $12.1 billion, driven by demand for electronics. " * 2).strip(),
                  ("Imports of goods and services through the country's ports and airports fell by two per cent in "
                   "March from a year earlier to $10.3 billion, as energy prices eased. " * 2).strip()]
    brief = _brief(sections=[{"heading": "Trade in March", "paragraphs": paragraphs}])
    request = RenderRequest(SAMPLE, tmp_path, products=("slides",), formats=("pdf",))
    result = render_brief(brief, request, "draft.yaml")
    assert not [w for w in result.warnings if "over the body budget" in w]
    doc = document_for(brief, find_pack("slides", None), "draft", None)
    slide = next(s for s in slides_of(doc, []) if s.title_text == "Trade in March")
    bullets = [n.block_text(b) for b in condensed(slide, 70).blocks if not isinstance(b, n.Notes)]
    assert "$12.1 billion" in " ".join(bullets) and "$10.3 billion" in " ".join(bullets)


def test_a_figure_in_words_is_no_tile_whatever_it_counts() -> None:
    brief = _brief(figures=[
        {"label": "Streets renamed", "value": 3, "display": "three"},
        {"label": "Project length", "value": 5, "display": "five-year"},
        {"label": "Spending on schools", "value": 5e8, "unit": "USD", "display": "half a billion"},
        {"label": "Residents who complained", "value": 500, "display": "some 500"},
        {"label": "Squares with colonial names", "value": 25, "display": "25"}])
    assert [fmt_figure(t) for t in key_tiles(brief.figures, 2, fmt_figure)] == ["some 500", "25"]
    # a sum in words too: the sentence says it, a tile is for a number printed as one
    assert [fmt_figure(t) for t in key_tiles(brief.figures, 6, fmt_figure)] == ["some 500", "25"]


def test_a_chart_draws_no_two_bars_under_one_label_as_printed() -> None:
    brief = _brief(figures=[
        {"label": "Headline inflation is projected to average between", "value": 2.0, "unit": "%", "group": "p"},
        {"label": "Headline inflation is projected to average", "value": 3.5, "unit": "%", "group": "p"},
        {"label": "Core inflation", "value": 1.8, "unit": "%", "group": "p"}])
    bars = chart_bars(brief.figures)
    assert [b.label for b in bars] == ["Headline inflation is projected to average between", "Core inflation"]


def test_a_deck_does_not_say_its_title_again_as_the_summarys_opening() -> None:
    title = "Central bank keeps its key rate at 7% as expected"
    brief = _brief(meta={"title": title, "status": "draft"}, key_points=[],
                   summary=f"{title}. Inflation eased to 6.1% in October, the bank said in its statement.")
    doc = document_for(brief, find_pack("slides", None), "draft", None)
    text = [n.block_text(b) for b in doc.blocks if isinstance(b, n.Paragraph)]
    assert any("Inflation eased to 6.1%" in t for t in text)
    assert not any(title in t for t in text)
