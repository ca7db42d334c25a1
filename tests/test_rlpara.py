"""briefkit.writers.rlpara.Para: the same fragments, lines and drawing as reportlab's Paragraph."""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from briefkit.cjk import has_cjk
from briefkit.fonts import font_chain
from briefkit.render import cached_theme, default_theme_path
from briefkit.writers.rlpara import _BUILT_AS_PARSED, KinsokuBreaks, Para, cjk_style

TEXTS = [
    "plain words that wrap over several lines of a narrow column, more than once, to be sure",
    "  leading and trailing blanks  ",
    "line one\nline two\n\n   indented three",
    "tabs\tand\u00a0no-break\u00a0spaces",
    "a-very-long-token-without-any-space-" * 4,
    "CJK 人工智能合作 mixed with Latin",
    "   ",
    "",
    "escaped &amp; &lt;markup&gt; takes the usual path",
    "<b>bold</b> and <i>italic</i> and a <font color='#FF0000'>colour</font>",
]


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    chain = font_chain(cached_theme(default_theme_path(None).resolve()))
    return ParagraphStyle("t", fontName=chain.body.regular, fontSize=11, leading=14, splitLongWords=1,
                          bulletFontName=chain.body.bold, allowWidows=0)


class KinsokuParagraph(KinsokuBreaks, Paragraph):  # type: ignore[misc]
    """reportlab's Paragraph with only the CJK line breaking of Para: the reference for CJK text."""


def reference(text: str, style: ParagraphStyle, **kw: Any) -> Paragraph:
    """What Para must match: reportlab's Paragraph, in the CJK style with kinsoku breaks for CJK text."""
    if has_cjk(text):
        return KinsokuParagraph(text, cjk_style(style), **kw)
    return Paragraph(text, style, **kw)


def _frags(para: Paragraph) -> list[dict[str, Any]]:
    return [dict(vars(f)) for f in para.frags]


def _drawn(flowable: Paragraph, width: float, height: float) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    flowable.wrapOn(canvas, width, height)
    flowable.drawOn(canvas, 20, 20)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("text", TEXTS)
def test_plain_text_parses_to_the_same_fragments(text: str, style: ParagraphStyle) -> None:
    fast, slow = Para(text, style, bulletText="•"), reference(text, style, bulletText="•")
    assert _frags(fast) == _frags(slow)
    assert (fast.text, fast.bulletText, fast.style) == (slow.text, slow.bulletText, slow.style)


@pytest.mark.parametrize("text", TEXTS)
def test_wraps_splits_and_draws_like_a_paragraph(text: str, style: ParagraphStyle) -> None:
    fast, slow = Para(text, style), reference(text, style)
    for width in (120.0, 60.0, 120.0, 300.0, 120.0):  # widths come back: remembered breaks are reused
        assert fast.wrap(width, 1e6) == slow.wrap(width, 1e6)
        assert repr(fast.blPara.lines) == repr(slow.blPara.lines)  # kind-1 lines are bags: compare their fields
    assert _drawn(fast, 120, 1e6) == _drawn(slow, 120, 1e6)
    fast.wrap(60, 30)
    slow.wrap(60, 30)
    fast_parts, slow_parts = fast.split(60, 30), slow.split(60, 30)
    assert [type(p) for p in fast_parts] == [Para] * len(slow_parts)
    for mine, theirs in zip(fast_parts, slow_parts, strict=True):
        assert mine.wrap(60, 1e6) == theirs.wrap(60, 1e6)
        assert _drawn(mine, 60, 1e6) == _drawn(theirs, 60, 1e6)


def test_a_new_style_breaks_the_lines_again(style: ParagraphStyle) -> None:
    para = Para(TEXTS[0], style)
    narrow = para.wrap(100, 1e6)[1]
    para.style = ParagraphStyle("big", parent=style, fontSize=22, leading=26)
    assert para.wrap(100, 1e6)[1] > narrow


def test_plain_fragments_are_built_as_the_parser_builds_them(style: ParagraphStyle) -> None:
    from reportlab.lib.colors import HexColor

    from briefkit.writers.rlpara import _built, _parsed

    chain = font_chain(cached_theme(default_theme_path(None).resolve()))
    for font in (chain.body.regular, chain.body.bold, chain.body.italic, chain.body.bold_italic):
        varied = ParagraphStyle("v", parent=style, fontName=font, fontSize=17.5, textColor=HexColor("#123456"))
        parsed = _parsed("some words", varied)
        assert parsed is not None
        assert [list(vars(f).items()) for f in _built("some words", varied)] == [
            list(vars(f).items()) for f in parsed]
    Para("first plain paragraph", style)
    assert _BUILT_AS_PARSED == [True]  # a reportlab upgrade that breaks this falls back to the parser


def test_clean_is_reportlabs_clean_block_quoted_text() -> None:
    from itertools import product

    from reportlab.platypus.paragraph import _wsc, cleanBlockQuotedText

    from briefkit.writers.rlpara import clean

    alphabet = [*_wsc, "\xa0", "\u2060", "\ufeff", "a", "人"]
    for length in range(4):
        for chars in product(alphabet, repeat=length):
            text = "".join(chars)
            assert clean(text) == cleanBlockQuotedText(text), repr(text)
