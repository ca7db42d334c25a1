"""Para's shared first wraps: paragraphs made alike reuse one line breaking, with the lines of their own."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefkit.fonts import font_chain
from briefkit.render import cached_theme, default_theme_path
from briefkit.writers import rlpara
from briefkit.writers.pdf import styles_for
from briefkit.writers.rlpara import Para

TEXTS = [
    "plain words that wrap over several lines of a narrow column, more than once, to be sure",
    "<b>bold</b> and <i>italic</i> and a <font color='#FF0000'>colour</font> over a few lines of text",
    "a <a href='https://example.org/x'>link that runs</a> across a line break, then more words after it",
    "CJK 人工智能合作 mixed with Latin, long enough to take two lines 人工智能合作人工智能合作",
    "a-very-long-token-without-any-space-" * 4,
]


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    chain = font_chain(cached_theme(default_theme_path(None).resolve()))
    return ParagraphStyle("t", fontName=chain.body.regular, fontSize=11, leading=14, splitLongWords=1)


def _lines(para: Any) -> list[Any]:
    """The broken lines as comparable data (words and widths, whatever the line kind)."""
    out = []
    for line in para.blPara.lines:
        if isinstance(line, tuple):
            out.append((round(line[0], 6), list(line[1])))
        else:
            out.append((round(line.extraSpace, 6), [getattr(w, "text", w) for w in line.words]))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_a_shared_first_wrap_gives_the_paragraphs_own_lines(style: ParagraphStyle, text: str) -> None:
    rlpara._FIRST_WRAPS.clear()
    first = Para(text, style)
    first.wrap(120, 1e6)
    second = Para(text, style)
    assert second.wrap(120, 1e6) == first.wrap(120, 1e6)
    assert second.blPara is first.blPara  # shared, not broken again
    assert second.frags is not first.frags  # the list is its own: a split slices it
    rlpara._FIRST_WRAPS.clear()
    alone = Para(text, style)  # broken on its own: the reference lines
    alone.wrap(120, 1e6)
    assert alone.blPara is not first.blPara
    assert _lines(second) == _lines(alone)
    if "人" not in text:  # CJK is broken by kinsoku rules, not reportlab's (see test_rlpara)
        plain = Paragraph(text, style)
        plain.wrap(120, 1e6)
        assert _lines(second) == _lines(plain)
    # Later wraps start from the fragments the first one left, as an unshared paragraph's would.
    assert second.wrap(200, 1e6)[1] == Para(text, style).wrap(200, 1e6)[1] == alone.wrap(200, 1e6)[1]


def test_only_the_same_style_object_shares(style: ParagraphStyle) -> None:
    rlpara._FIRST_WRAPS.clear()
    first = Para(TEXTS[0], style)
    first.wrap(120, 1e6)
    same_values = Para(TEXTS[0], style.clone("t2"))  # equal settings, another object: not shared
    same_values.wrap(120, 1e6)
    assert same_values.blPara is not first.blPara
    bigger = Para(TEXTS[0], style.clone("t3", fontSize=14, leading=18))
    assert bigger.wrap(120, 1e6)[1] > first.height


def test_a_split_paragraph_never_shares(style: ParagraphStyle) -> None:
    rlpara._FIRST_WRAPS.clear()
    para = Para(TEXTS[0], style)
    para.wrap(80, 1e6)
    parts = para.split(80, 30)
    assert len(parts) == 2
    for part in parts:
        assert part.__dict__.get("_first_of") is None
        assert rlpara.Para._first_key(part, 80) is None


def test_an_attribute_set_on_the_paragraph_keeps_it_to_its_own_wraps(style: ParagraphStyle) -> None:
    para = Para(TEXTS[0], style)
    para.autoLeading = "max"
    assert para._first_key(120) is None
    assert Para(TEXTS[0], style)._first_key(120) is not None


def test_the_table_starts_afresh_when_full(style: ParagraphStyle, monkeypatch: pytest.MonkeyPatch) -> None:
    rlpara._FIRST_WRAPS.clear()
    monkeypatch.setattr(rlpara, "FIRST_WRAPS_MAX", 3)
    for width in (100, 110, 120, 130, 140):
        Para(TEXTS[0], style).wrap(width, 1e6)
    assert len(rlpara._FIRST_WRAPS) <= 3


def test_styles_are_made_once_per_theme() -> None:
    theme = cached_theme(default_theme_path(None).resolve())
    assert styles_for(theme) is styles_for(theme)
    assert styles_for(theme).body is styles_for(theme).body
