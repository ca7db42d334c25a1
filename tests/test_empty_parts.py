"""What the repeats pass empties goes: an introduction over nothing, a heading over nothing."""

from __future__ import annotations

from briefkit.document import nodes as n
from briefkit.writers.repeats import drop_repeats

SAID = "The council approved the plan for cleaner air across the city on Monday."


def _p(text: str, classes: tuple[str, ...] = ()) -> n.Paragraph:
    return n.Paragraph((n.Text(text),), classes)


def _h(level: int, text: str) -> n.Heading:
    return n.Heading(level, (n.Text(text),))


def _texts(doc: n.Document) -> list[str]:
    return [n.plain_text(b.children) for b in doc.blocks if isinstance(b, n.Paragraph | n.Heading)]


def test_a_note_whose_themes_all_went_goes_with_them() -> None:
    """Every theme's sentence was printed before: the themes' headings go, and their note too, though
    the next heading (another section's) follows it."""
    doc = n.Document({"status": "draft"}, (
        _h(1, "Air plan"), _h(2, "Summary"), _p(SAID), _h(2, "Background"),
        _p("The article's themes:", ("note",)), _h(3, "Cleaner air"), _p(SAID),
        _h(2, "Sources"), _p("The article this brief is based on.")))
    texts = _texts(drop_repeats(doc))
    assert "The article's themes:" not in texts and "Background" not in texts and "Cleaner air" not in texts
    assert texts[-2:] == ["Sources", "The article this brief is based on."]


def test_a_note_over_themes_that_stay_stays() -> None:
    doc = n.Document({"status": "draft"}, (
        _h(1, "Air plan"), _h(2, "Summary"), _p(SAID), _h(2, "Background"),
        _p("The article's themes:", ("note",)), _h(3, "Cleaner air"),
        _p("Buses will run on electricity from next year, the transport office said."),
        _h(2, "Sources"), _p("The article this brief is based on.")))
    texts = _texts(drop_repeats(doc))
    assert texts[texts.index("Background") + 1:texts.index("Cleaner air")] == ["The article's themes:"]
