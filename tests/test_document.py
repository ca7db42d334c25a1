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


def test_a_column_outside_columns_names_its_line() -> None:
    with pytest.raises(InputError, match=r"^t.md:3: a 'column' directive must sit inside"):
        parse("para\n\n::: column\nx\n:::\n", "t.md")


def test_columns_hold_only_columns() -> None:
    with pytest.raises(InputError, match="may hold only 'column' directives"):
        parse(":::: columns\n::: notes\nx\n:::\n::::\n")


def test_directive_lines_in_code_and_nested_directives() -> None:
    doc = parse("```\n::: figures\n```\n\n:::: callout note Title\n::: notes\nSaid.\n:::\nBody\n::::\n\n"
                "<div>\n\n::: notes\n:::\n")
    code, callout, html, notes = doc.blocks
    assert isinstance(code, n.CodeBlock) and code.text == "::: figures\n"
    assert isinstance(callout, n.Callout) and [type(b).__name__ for b in callout.children] == ["Notes", "Paragraph"]
    assert isinstance(html, n.Paragraph) and n.plain_text(html.children) == "<div>"
    assert isinstance(notes, n.Notes) and notes.children == ()


def test_a_name_must_be_followed_by_a_space_to_open_a_directive() -> None:
    # The container plugin reads the name up to the first space: "notes\tx" is no directive name.
    (para,) = parse("::: notes\tx\ntext\n:::\n").blocks
    assert isinstance(para, n.Paragraph)
