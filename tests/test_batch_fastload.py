"""The fast content path loads exactly what the line-aware loader loads, or defers to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.gen_briefs import write_briefs
from tests.conftest import SAMPLE

from briefkit.content import load_brief
from briefkit.content.loader import load_brief_traced as load_brief_fast
from briefkit.errors import InputError

HEAD = "meta:\n  title: Ports\n  date: 2024-03-05\n"
FIGURE = "figures:\n  - label: ships\n    value: {value}\n    as_of: {as_of}\n"


def test_sample_and_variations_take_the_fast_path(tmp_path: Path) -> None:
    for path in [SAMPLE, *write_briefs(5, tmp_path)]:
        brief, fast = load_brief_fast(path)
        assert fast, path
        assert brief.model_dump_json() == load_brief(path).model_dump_json()


FAST = {
    "folded": HEAD + "summary: >-\n  one\n  two\n\n  three\n",
    "literal": HEAD + "summary: |\n  one\n   two\n",
    "quoted": HEAD + "summary: \"a \\\"b\\\" \\u00e9\"\nbackground: ['it''s']\n",
    "numbers": HEAD + FIGURE.format(value="-12.5", as_of="2014–2023"),
    "month": HEAD + "timeline:\n  - {date: 2024-07, precision: month, event: x}\n",
    "null-and-bool": HEAD + "purpose: ~\nsummary: ''\n",
}

SLOW = {
    "octal-like": HEAD + FIGURE.format(value="010", as_of="x"),
    "exponent": HEAD + FIGURE.format(value="1e3", as_of="x"),
    "sexagesimal": HEAD + FIGURE.format(value="1", as_of="1:30"),
    "yes": HEAD + "summary: yes\n",
    "explicit-tag": HEAD + "summary: !!str 123\n",
    "anchor": HEAD + "background: [&a x, *a]\n",
    "duplicate-key": HEAD + "summary: a\nsummary: b\n",
    "bad-type": HEAD + FIGURE.format(value="lots", as_of="x"),
    "bad-yaml": HEAD + "summary: [unclosed\n",
    "python-tag": HEAD + "summary: !!python/object:os.system x\n",
}


@pytest.mark.parametrize("case", sorted(FAST))
def test_plain_cases_are_fast_and_identical(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.yaml"
    path.write_text(FAST[case], encoding="utf-8")
    brief, fast = load_brief_fast(path)
    assert fast
    assert brief.model_dump_json() == load_brief(path).model_dump_json()


@pytest.mark.parametrize("case", sorted(SLOW))
def test_doubtful_cases_defer_to_the_line_aware_loader(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.yaml"
    path.write_text(SLOW[case], encoding="utf-8")
    try:
        expected = load_brief(path).model_dump_json()
    except InputError as exc:
        with pytest.raises(InputError) as caught:
            load_brief_fast(path)
        assert str(caught.value) == str(exc)
        return
    brief, fast = load_brief_fast(path)
    assert not fast
    assert brief.model_dump_json() == expected
