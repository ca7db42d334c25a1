"""The Markdown dialect → document tree."""

from __future__ import annotations

import pytest

from briefkit.document import nodes as n
from briefkit.document import parse
from briefkit.errors import InputError


def test_directives_become_typed_nodes() -> None:
    doc = parse(
        "---\ntitle: T\n---\n{.title}\n# Head\n\n::: figures\n- **38,000** patents\n- **70%** share\n:::\n\n"
        "::: timeline\n- **October 2023** Initiative\n:::\n\n::: notes\nSay it.\n:::\n\n"
        "```chart\ntype: bar\ntitle: P\nunit: '%'\ndata:\n  - {label: A, value: 3}\n```\n\n"
        "::: callout warning Careful\nText\n:::\n\n:::: columns\n::: column\nL\n:::\n::: column\nR\n:::\n::::\n"
    )
    assert doc.meta == {"title": "T"}
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Heading", "Figures", "Timeline", "Notes", "Chart", "Callout", "Columns"]
    heading, figures, timeline, _, chart, callout, columns = doc.blocks
    assert isinstance(heading, n.Heading) and heading.classes == ("title",)
    assert isinstance(figures, n.Figures) and [t.value for t in figures.items] == ["38,000", "70%"]
    assert isinstance(timeline, n.Timeline) and timeline.events[0].date == "October 2023"
    assert isinstance(chart, n.Chart) and chart.kind == "bar" and chart.alt == "P. A: 3%."
    assert isinstance(callout, n.Callout) and (callout.kind, callout.title) == ("warning", "Careful")
    assert isinstance(columns, n.Columns) and len(columns.columns) == 2


def test_unknown_directive_names_its_line() -> None:
    with pytest.raises(InputError, match=r"^t.md:3: unknown directive 'bogus'"):
        parse("para\n\n::: bogus\nx\n:::\n", "t.md")


def test_bad_chart_names_its_field() -> None:
    with pytest.raises(InputError, match=r"t.md:2: chart.data"):
        parse("```chart\ntype: column\ndata: []\n```\n", "t.md")


def test_markup_characters_stay_text() -> None:
    doc = parse("A <b>bold</b> & {{ 7*7 }}\n")
    (para,) = doc.blocks
    assert isinstance(para, n.Paragraph)
    assert n.plain_text(para.children) == "A <b>bold</b> & {{ 7*7 }}"


def test_figures_items_need_a_bold_value() -> None:
    with pytest.raises(InputError, match="must start with"):
        parse("::: figures\n- no value here\n:::\n")
