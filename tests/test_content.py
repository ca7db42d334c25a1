"""The content model: loading, validation errors with file:line, sanitising."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import ARTICLE, ARTICLE_ZH, SAMPLE, SAMPLE_ZH

from briefkit.content import load_brief
from briefkit.errors import InputError


def write(tmp_path: Path, text: str, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        load_brief(path)
    return str(info.value).splitlines()


def test_sample_loads_with_exact_facts() -> None:
    brief = load_brief(SAMPLE)
    assert brief.meta.title == "Strengthening international cooperation in artificial intelligence is at the right time"
    assert str(brief.meta.date) == "2024-08-16"
    assert brief.meta.source == "XinhuaNet"
    values = {f.value for f in brief.figures}
    assert {54000, 38000, 6276, 70, 1600, 83, 65, 54, 140, 193, 85} <= values
    assert [s.heading.split(" is ")[0] for s in brief.sections] == [
        "Putting people first", "Innovation cooperation", "Equal development", "Collaborative governance"]
    months = {e.date for e in brief.timeline if e.precision == "month"}
    assert {"2023-10", "2024-07"} <= months
    text = SAMPLE.read_text(encoding="utf-8")
    assert "lwxsd@" not in text and "Special statement" not in text.split("\n", 4)[-1]


@pytest.mark.parametrize("sample, article_path", [(SAMPLE, ARTICLE), (SAMPLE_ZH, ARTICLE_ZH)],
                         ids=["en", "zh"])
def test_every_sample_source_text_is_in_the_article(sample: Path, article_path: Path) -> None:
    # Chinese runs its sentences together: folding whitespace must not join what the article keeps apart.
    article = " ".join(article_path.read_text(encoding="utf-8").split())
    brief = load_brief(sample)
    items = [*brief.key_points, *brief.sections, *brief.figures, *brief.timeline, *brief.quotes,
             *brief.questions, *brief.implications]
    assert any(item.source_text for item in items)
    for item in items:
        if item.source_text:
            assert item.source_text in article, item.source_text


def test_errors_are_collected_with_lines_and_hints(tmp_path: Path) -> None:
    path = write(tmp_path, "meta:\n  titel: x\nfigures:\n  - label: a\n    value: abc\n"
                 "  - label: b\n    value: 2\n    colour: red\n")
    lines = problems(path)
    name = str(path)
    assert f"{name}:1: meta.title: required field is missing" in lines
    assert f"{name}:2: meta.titel: unknown key (did you mean 'title'?)" in lines
    assert any(line.startswith(f"{name}:5: figures[0].value: ") for line in lines)
    assert f"{name}:8: figures[1].colour: unknown key" in lines
    assert len(lines) == 4


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "meta:\n  title: ok\nsummary: [unclosed\n")
    (line,) = problems(path)
    assert line.startswith(f"{path}:") and "invalid YAML" in line


def test_json_content_gets_line_numbers_too(tmp_path: Path) -> None:
    data = {"meta": {"title": "T"}, "figures": [{"label": "x", "value": "many"}]}
    path = write(tmp_path, json.dumps(data, indent=2), "x.json")
    (line,) = problems(path)
    assert line.startswith(f"{path}:8: figures[0].value:")


def test_timeline_date_must_match_precision(tmp_path: Path) -> None:
    path = write(tmp_path, "meta: {title: T}\ntimeline:\n  - {date: '2024-07', precision: day, event: x}\n")
    (line,) = problems(path)
    assert "does not match precision 'day'" in line and ":3: timeline[0]" in line


def test_xml_illegal_characters_are_removed(tmp_path: Path) -> None:
    path = write(tmp_path, 'meta: {title: "A\\x00B\\x0bC\\uFFFE"}\nsummary: "one\\x01two"\n')
    brief = load_brief(path)
    assert brief.meta.title == "ABC"
    assert brief.summary == "onetwo"


def test_bare_strings_become_points(tmp_path: Path) -> None:
    path = write(tmp_path, "meta: {title: T}\nkey_points: [first, second]\n")
    assert [p.text for p in load_brief(path).key_points] == ["first", "second"]
