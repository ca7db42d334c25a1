"""Extraction of the sample article: the facts a reviewer must find, and nothing invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article
from briefkit.extract.dump import dump_brief
from briefkit.extract.provenance import normalise
from conftest import ARTICLE


@pytest.fixture(scope="module")
def extracted() -> tuple[Brief, list[str]]:
    return extract_article(ARTICLE)


@pytest.fixture(scope="module")
def brief(extracted: tuple[Brief, list[str]]) -> Brief:
    return extracted[0]


def test_metadata(brief: Brief, extracted: tuple[Brief, list[str]]) -> None:
    meta = brief.meta
    assert meta.title == "Strengthening international cooperation in artificial intelligence is at the right time"
    assert meta.date is not None and meta.date.isoformat() == "2024-08-16"
    assert meta.source == "XinhuaNet" and meta.outlet == "New Society"
    assert meta.editors == ["Yi Jing", "Li Nian"]
    assert extracted[1] == []


def test_no_trace_of_the_disclaimer(brief: Brief) -> None:
    text = dump_brief(brief, ARTICLE)
    for trace in ("Special statement", "lwxsd", "liaowanghn", "@", "infringe"):
        assert trace not in text
    assert not any(p.endswith("(New Society)") for s in brief.sections for p in s.paragraphs)


def test_the_four_principles_are_sections(brief: Brief) -> None:
    assert [s.heading for s in brief.sections] == [
        "Putting people first is the fundamental concept",
        "Innovation cooperation is an endogenous driving force",
        "Equal development is an important principle",
        "Collaborative governance is a powerful guarantee",
    ]
    assert brief.sections[2].paragraphs[0].startswith("With the rapid development")
    assert brief.background[0].startswith("In recent years")


@pytest.mark.parametrize(("value", "unit", "words"), [
    (54000, "patent applications", "generative artificial intelligence"),
    (38000, "patent applications", "China"),
    (6276, "patent applications", "United States"),
    (70, "%", "Share"),
    (1600, "industry decision makers", "decision makers"),
    (83, "%", "Chinese respondents used generative AI"),
    (70, "%", "United Kingdom"),
    (65, "%", "United States"),
    (54, "%", "world on average"),
    (140, "countries", "joint signature of the resolution"),
    (193, "member countries", "Member countries"),
    (85, "%", "not yet taken governance and regulatory measures"),
    (33.33, "%", "no access to the Internet"),  # a share in words to two decimals (stop-25 convention)
])
def test_every_quantity_with_what_it_measures(brief: Brief, value: float, unit: str, words: str) -> None:
    matches = [f for f in brief.figures if f.value == value and f.unit == unit and words in f.label]
    assert len(matches) == 1, [(f.value, f.unit, f.label) for f in brief.figures]
    assert matches[0].source_text is not None and matches[0].display is not None
    # the article's own writing, with the thousands separators English prints ("54000" is shown "54,000")
    display, source = normalise(matches[0].display), normalise(matches[0].source_text)
    assert display in source or re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", display) in source


def test_figure_details(brief: Brief) -> None:
    by_display = {f.display: f for f in brief.figures}
    assert by_display["over 140"].qualifier == "over"
    assert by_display["one third"].value == 33.33
    assert by_display["54,000"].source == "World Intellectual Property Organization"
    assert by_display["38,000"].as_of == "2014–2023"
    assert by_display["54,000"].group == by_display["38,000"].group == by_display["6,276"].group is not None
    survey = {f.value for f in brief.figures if f.group == "Respondents used generative AI"}
    assert survey == {83, 70, 65, 54}
    assert not any(f.value in {2014, 2018, 2023, 2024} for f in brief.figures)


def test_timeline_resolves_relative_dates(brief: Brief) -> None:
    events = {(e.date, e.precision, e.original) for e in brief.timeline}
    assert ("2023-10", "month", "In October last year") in events
    assert ("2024-07", "month", "In July of this year") in events
    assert ("2024-07", "month", "in July this year") in events
    assert ("2018", "year", "Since 2018") in events
    proposal = next(e for e in brief.timeline if e.date == "2023-10")
    assert proposal.event.startswith("China proposed the")


def test_quoted_phrases(brief: Brief) -> None:
    # The initiative's name is in quotation marks too: a name, not something said (issue 12's "a forum's name").
    assert {q.text for q in brief.quotes} == {"intelligence for good", "small courtyards and high walls"}


def test_entities(brief: Brief) -> None:
    places = {(p.name, p.kind) for p in brief.places}
    assert {("China", "country"), ("United States", "country"), ("United Kingdom", "country")} <= places
    orgs = {o.name for o in brief.organisations}
    assert {"World Intellectual Property Organization", "International Telecommunication Union",
            "World Economic Forum", "Reuters"} <= orgs


def test_every_item_is_traceable(brief: Brief) -> None:
    article = normalise(ARTICLE.read_text(encoding="utf-8"))
    items = [*brief.key_points, *brief.figures, *brief.timeline, *brief.quotes, *brief.questions, *brief.sections]
    assert items
    for item in items:
        assert item.source_text is not None and normalise(item.source_text) in article
    for sentence in brief.summary.split(". "):
        assert normalise(sentence.rstrip(".")) in article
    assert [q.text for q in brief.questions] == [
        "How to seek benefits and avoid harm, so that artificial intelligence can truly serve human development "
        "goals?", "How to strengthen international cooperation and achieve the goal of shared governance of "
        "artificial intelligence?"]


def test_no_numbers_no_figures_and_no_title_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "untitled.txt"
    path.write_text("The committee met again and agreed that the plan deserves another careful reading before "
                    "anyone votes on it. Members said they would publish their views soon.\n", encoding="utf-8")
    brief, warnings = extract_article(path)
    assert brief.figures == [] and brief.timeline == [] and brief.quotes == []
    assert brief.meta.title == "untitled" and brief.sources == []
    assert any("no title line" in w for w in warnings)
    assert any("no publication date" in w for w in warnings)


def test_disclaimer_only_file_is_an_error(tmp_path: Path) -> None:
    from briefkit.errors import BriefkitError

    path = tmp_path / "notice.txt"
    path.write_text("Special statement: if the pictures and texts reproduced or quoted on this site infringe your "
                    "rights, please contact this site. Email: desk@example.com\n", encoding="utf-8")
    with pytest.raises(BriefkitError, match="no article text"):
        extract_article(path)
