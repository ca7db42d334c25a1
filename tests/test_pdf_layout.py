"""Table column widths in the PDF writer: spare room to text, wrapping kept to a minimum."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefkit.writers.pdf.layout import share_widths, shortest_widths


def test_spare_width_goes_to_text_columns_not_figures() -> None:
    widths = share_widths([(40, 40), (30, 60)], 300, numeric=[True, False])
    assert widths[0] == 40
    assert sum(widths) == pytest.approx(300)


def test_short_text_columns_share_the_spare_width() -> None:
    widths = share_widths([(40, 40), (50, 50), (50, 50)], 300, numeric=[True, False, False])
    assert widths[0] == 40 and widths[1] == pytest.approx(widths[2]) and sum(widths) == pytest.approx(300)


def test_too_narrow_page_shrinks_columns_in_proportion() -> None:
    assert share_widths([(100, 200), (300, 400)], 200) == pytest.approx([50, 150])


def test_balancing_removes_wrapped_lines() -> None:
    style = ParagraphStyle("t", fontName="Helvetica", fontSize=10, leading=12)
    long = [Paragraph("word " * 12, style) for _ in range(5)]
    short = [Paragraph("a b c d e f g h", style) for _ in range(5)]
    start = [100.0, 300.0]  # the long column starts too narrow
    better = shortest_widths([long, short], start, [20.0, 20.0], pad=4)
    height = sum(p.wrap(better[0] - 8, 1e6)[1] for p in long)
    assert height < sum(p.wrap(start[0] - 8, 1e6)[1] for p in long)
    assert sum(better) == pytest.approx(400)
