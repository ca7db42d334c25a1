"""A note's page counts reuse its block flowables (writers/pdf/trials.py): same counts, same PDF, as fresh ones.

Each test lays documents out twice: once as shipped (flowables kept from one
page count to the next) and once with every block made afresh
(``TrialFlowables.take`` finding nothing), and compares page counts, fills,
the fitted document and the PDF bytes, read back with pypdf.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefkit.content import load_brief
from briefkit.document import Document, parse
from briefkit.document import nodes as n
from briefkit.packs import find_pack
from briefkit.render import cached_theme, default_theme_path, document_for, labels_of
from briefkit.theme import Theme
from briefkit.writers import RenderOptions
from briefkit.writers.pdf import PdfWriter, styles_for
from briefkit.writers.pdf.fit import fit_to_budget
from briefkit.writers.pdf.trials import TrialFlowables, _snapshot
from briefkit.writers.rlpara import Para
from conftest import SAMPLE

ZH_SAMPLE = SAMPLE.parent / "un-ai-resolution-2024-zh.yaml"

_WORDS = ["budget", "ministers", "inflation", "forecast", "council", "revenue", "housing", "transport",
          "schools", "hospitals", "energy", "prices", "agreement", "treaty", "delegates", "committee"]


def _prose(seed: int, words: int) -> str:
    return " ".join(_WORDS[(seed * 7 + i * 3) % len(_WORDS)] for i in range(words)) + "."


def _stress_markdown() -> str:
    """A note that overflows its budget with blocks that split, keep with the next, and hold nested parts."""
    table = "\n".join(f"| Row {i} | {_prose(i, 9)} | {i * 3.5:.1f} |" for i in range(24))
    items = "\n".join(f"- **Point {i}** {_prose(i + 3, 30)}" for i in range(9))
    cjk = "人工智能的安全与发展需要各国共同合作，" * 40
    return f"""---
title: Stress note
page_budget: 2
optional: [extra, table, list, cjk]
status: draft
---

# Stress note

{_prose(1, 160)}

::: callout warning Watch
{_prose(2, 60)}

## Inside the callout

{_prose(3, 40)}
:::

{{#list}}
## Listed points

{items}

{{#table}}
## A long table

| Name | What | Value |
|---|---|---:|
{table}

{{#cjk}}
## 中文段落

{cjk}

{{#extra}}
## Extra matter

{_prose(5, 220)}

{_prose(6, 220)}

{_prose(5, 220)}

```chart
type: bar
title: Spending by area
unit: million
source: A made-up ledger
data:
  - {{label: Schools, value: 120}}
  - {{label: Hospitals, value: 340}}
  - {{label: Roads, value: 75}}
```

{{.sources}}
## Sources

- {_prose(7, 12)}
- {_prose(8, 12)}
"""


@pytest.fixture(scope="module")
def theme() -> Theme:
    return cached_theme(default_theme_path().resolve())


@pytest.fixture()
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every block made afresh for every layout, as before the trial flowables were kept."""
    monkeypatch.setattr(TrialFlowables, "take", lambda self, key: None)
    yield


def _variants(doc: Document) -> list[Document]:
    """``doc`` and shorter versions of it, in an order that reuses, drops and brings back blocks."""
    blocks = doc.blocks
    shorter = [Document(doc.meta, blocks[:i] + blocks[i + 2:]) for i in range(3, len(blocks) - 2, 4)]
    return [doc, *shorter, doc, *reversed(shorter), doc]


def _counts(docs: list[Document], theme: Theme, limit: int) -> list[tuple[int, float]]:
    writer = PdfWriter()  # one writer: its page counts share their flowables
    options = RenderOptions(product="note")
    return [writer.measure(d, theme, options, limit) for d in docs for _ in range(2)]


@pytest.mark.parametrize("limit", [1, 2, 3, 500])
def test_kept_flowables_count_pages_as_fresh_ones(theme: Theme, limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _variants(parse(_stress_markdown()))
    kept = _counts(docs, theme, limit)
    monkeypatch.setattr(TrialFlowables, "take", lambda self, key: None)
    assert kept == _counts(docs, theme, limit)


def test_kept_flowables_are_used_again(theme: Theme) -> None:
    doc = parse(_stress_markdown())
    writer = PdfWriter()
    writer.measure(doc, theme, RenderOptions(product="note"), 2)
    made = writer._trials
    assert made is not None
    calls: list[bool] = []
    take = made.take
    made.take = lambda key: calls.append(True) or take(key)  # type: ignore[method-assign]
    writer.measure(doc, theme, RenderOptions(product="note"), 2)
    assert calls and writer._trials is made


def _pdf(doc: Document, theme: Theme, options: RenderOptions) -> tuple[Document, list[str], bytes]:
    fitted, warnings = fit_to_budget(doc, theme, options)
    PdfWriter._last_total = 2
    return fitted, warnings, PdfWriter().render(fitted, theme, options).data


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _note(path: Path) -> tuple[Document, RenderOptions]:
    brief = load_brief(path)
    pack = find_pack("note", None)
    return document_for(brief, pack, path.name, None), RenderOptions(product="note", labels=labels_of(brief, None))


@pytest.mark.parametrize("source", ["stress", "sample", "zh"])
def test_fitted_note_pdf_is_the_same_with_kept_flowables(theme: Theme, source: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    if source == "stress":
        doc, options = parse(_stress_markdown()), RenderOptions(product="note")
    else:
        doc, options = _note(SAMPLE if source == "sample" else ZH_SAMPLE)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    kept = _pdf(doc, theme, options)
    monkeypatch.setattr(TrialFlowables, "take", lambda self, key: None)
    made_fresh = _pdf(doc, theme, options)
    assert kept[0] == made_fresh[0] and kept[1] == made_fresh[1]
    assert kept[2] == made_fresh[2]
    assert _text(kept[2]) == _text(made_fresh[2]) and len(_text(kept[2])) <= 2 + (source == "stress")


def test_stress_note_is_shortened_by_its_budget(theme: Theme) -> None:
    doc = parse(_stress_markdown())
    fitted, warnings = fit_to_budget(doc, theme, RenderOptions(product="note"))
    assert warnings and fitted.blocks != doc.blocks


def test_restored_flowables_lose_what_a_layout_set(theme: Theme) -> None:
    style = styles_for(theme).body
    para = Para(_prose(9, 200), style)
    made = _snapshot([para])
    before = dict(vars(para))
    para.wrap(200, 1e6)
    para.split(200, 100)
    para.__dict__["keepWithNext"] = 0
    para._postponed = 1
    state = vars(para)
    state.clear()
    state.update(made[0][1])
    assert vars(para) == before


def test_a_block_twice_in_one_document_gets_flowables_of_its_own(theme: Theme) -> None:
    para = n.Paragraph((n.Text(_prose(4, 30)),))
    doc = Document({"title": "Twice"}, (para, para, para))
    writer = PdfWriter()
    options = RenderOptions(product="note")
    first = writer.measure(doc, theme, options, 500)
    assert writer.measure(doc, theme, options, 500) == first
    trials = writer._trials
    assert trials is not None and sum(len(v) for v in trials._kept.values()) == 3


class _Forgetful(dict):  # type: ignore[type-arg]
    """A widths memo that never finds anything: every table balances its columns afresh."""

    def get(self, key: object, default: object = None) -> object:
        return default


def test_remembered_table_widths_give_the_same_pdf(theme: Theme, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit.writers.pdf import tables

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc, options = parse(_stress_markdown()), RenderOptions(product="note")
    tables._WIDTHS.clear()
    first = PdfWriter().render(doc, theme, options).data
    assert tables._WIDTHS  # the stress note's table was remembered ...
    again = PdfWriter().render(doc, theme, options).data  # ... and is laid out from the memo now
    monkeypatch.setattr(tables, "_WIDTHS", _Forgetful())
    fresh_widths = PdfWriter().render(doc, theme, options).data
    assert first == again == fresh_widths
    assert _text(first) == _text(fresh_widths)
