"""A timeline says each sentence once: not again after the key points, not twice at two dates.

Decks and summaries of the sample, with its timeline made the way a drafted
brief's is (events that are article sentences), are rendered through the real
templates and writers and read back with pdftotext.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE, pdftotext

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief
from briefkit.writers.repeats import repeated_sentences


def deck_pages(brief: Brief, tmp_path: Path) -> list[str]:
    """The deck's pages as text."""
    request = RenderRequest(SAMPLE, tmp_path, products=("slides",), formats=("pdf",))
    files = render_brief(brief, request, SAMPLE.name).files
    pdf = tmp_path / "slides.pdf"
    pdf.write_bytes(next(data for path, data in files.items() if path.name == "slides.pdf"))
    return pdftotext(pdf).split("\f")


def with_timeline(events: list[tuple[str, str]], **extra: object) -> Brief:
    data = load_brief(SAMPLE).model_dump(mode="json")
    precision = {4: "year", 7: "month"}
    data["timeline"] = [{"date": d, "precision": precision.get(len(d), "day"), "event": e} for d, e in events]
    data.update(extra)
    return Brief.model_validate(data)


def test_events_said_as_key_points_or_twice_are_left_out(tmp_path: Path) -> None:
    point = load_brief(SAMPLE).key_points[2].text
    twice = "Measles cases in the region rose to 1,243 in 2024, up from 312 in 2023."
    brief = with_timeline([("2023", twice), ("2024", twice), ("2024-07-01", point),
                           ("2018", "China begins holding the World Artificial Intelligence Conference every year.")])
    pages = deck_pages(brief, tmp_path)
    timeline = next(p for p in pages if "Timeline" in p and "Agenda" not in p)
    assert " ".join(timeline.split()).count("Measles cases") == 1
    assert "2023" not in timeline.split("Measles")[0].splitlines()[-1]  # kept at its latest date, 2024
    assert repeated_sentences(pages) == []


def test_no_timeline_slide_for_one_event_left(tmp_path: Path) -> None:
    points = [p.text for p in load_brief(SAMPLE).key_points]
    brief = with_timeline([("2023", points[0]), ("2024", points[1]),
                           ("2018", "China begins holding the World Artificial Intelligence Conference every year.")])
    pages = deck_pages(brief, tmp_path)
    assert not any(p.strip().splitlines()[1:2] == ["Timeline"] or "\nTimeline\n" in p for p in pages)
    assert "Timeline" not in next(p for p in pages if "Agenda" in p)


def test_a_section_does_not_repeat_a_timeline_event(tmp_path: Path) -> None:
    data = load_brief(SAMPLE).model_dump(mode="json")
    event = "The China BRICS Artificial Intelligence Development and Cooperation Center starts operations in Beijing."
    data["sections"][0]["paragraphs"] = [f"{event} It is one of several new centres."]
    brief = with_timeline([("2018", "China begins holding the World Artificial Intelligence Conference every year."),
                           ("2024-07", event)], sections=data["sections"])
    pages = deck_pages(brief, tmp_path)
    assert repeated_sentences(pages) == []
    assert sum(" ".join(p.split()).count("Cooperation Center starts operations") for p in pages) == 1
