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


def _items(*texts: str) -> n.OrderedList:
    return n.OrderedList(tuple(n.ListItem((_p(t),)) for t in texts))


def test_a_numbered_list_left_with_one_item_stands_alone() -> None:
    """The first theme's sentence was printed before: the one theme left is a paragraph of its own, without
    "The article's themes:" over a list of one."""
    other = "Buses will run on electricity from next year, the transport office said."
    doc = n.Document({"status": "draft"}, (
        _h(1, "Air plan"), _h(2, "Summary"), _p(SAID), _h(2, "Background"),
        _p("The article's themes:"), _items(SAID, other), _h(2, "Sources"), _p("The article.")))
    out = drop_repeats(doc)
    assert not any(isinstance(b, n.OrderedList) for b in out.blocks)
    texts = _texts(out)
    assert "The article's themes:" not in texts
    assert texts[texts.index("Background") + 1] == other


def test_a_numbered_list_keeping_two_items_stays_a_list() -> None:
    doc = n.Document({"status": "draft"}, (
        _h(1, "Air plan"), _h(2, "Summary"), _p(SAID), _h(2, "Background"),
        _p("The article's themes:"),
        _items(SAID, "Buses will run on electricity from next year, the office said.",
               "Trams will follow in the year after that, the council added."),
        _h(2, "Sources"), _p("The article.")))
    out = drop_repeats(doc)
    (listed,) = [b for b in out.blocks if isinstance(b, n.OrderedList)]
    assert len(listed.items) == 2 and "The article's themes:" in _texts(out)
