"""Vector charts (briefkit.writers.rlcharts): size, labels, units, theme colours, scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import HexColor
from tests.conftest import pdftotext
from tests.test_slides import missing_words

from briefkit.document.nodes import Chart, ChartPoint
from briefkit.fonts import FontChain, font_chain
from briefkit.render import default_theme_path
from briefkit.theme import Theme, load_theme
from briefkit.writers.rlcharts import chart_drawing, wrap_text

POINTS = (ChartPoint("Generative-AI patent applications worldwide", 54000, "54,000"),
          ChartPoint("Filed by China 中国", 38000, "38,000"),
          ChartPoint("Filed by the United States", 6276))


@pytest.fixture(scope="module")
def theme() -> Theme:
    """The built-in theme."""
    return load_theme(default_theme_path())


@pytest.fixture(scope="module")
def chain(theme: Theme) -> FontChain:
    """The theme's font chain."""
    return font_chain(theme)


def shapes(node: Group) -> list[object]:
    """Every leaf shape of a drawing."""
    out: list[object] = []
    for child in node.contents:
        out.extend(shapes(child) if isinstance(child, Group) else [child])
    return out


@pytest.mark.parametrize("kind", ["column", "bar", "share"])
@pytest.mark.parametrize("size", [(860.0, 330.0), (480.0, 220.0)])
def test_chart_fits_its_box_and_shows_labels_values_and_unit(tmp_path: Path, theme: Theme, chain: FontChain,
                                                             kind: str, size: tuple[float, float]) -> None:
    unit = "%" if kind == "share" else "applications"
    points = POINTS if kind != "share" else tuple(ChartPoint(p.label, v) for p, v in zip(POINTS, (83, 70, 54),
                                                                                           strict=True))
    drawing = chart_drawing(Chart(kind, "Patents", points, unit), theme, chain, *size)
    assert isinstance(drawing, Drawing)
    assert (drawing.width, drawing.height) == size
    x0, y0, x1, y1 = drawing.getBounds()
    assert x0 >= -0.5 and y0 >= -0.5 and x1 <= size[0] + 0.5 and y1 <= size[1] + 0.5
    pdf = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    text = pdftotext(pdf)
    assert missing_words(" ".join(p.label for p in points), text) == []
    values = "54,000 38,000 6,276" if kind != "share" else "83% 70% 54%"
    assert missing_words(values, text) == []
    if unit != "%":
        assert "Values in applications" in text


def test_one_series_takes_one_colour(theme: Theme, chain: FontChain) -> None:
    # One series, one colour: a bar's colour must not suggest a category (China red here, the UK there).
    drawing = chart_drawing(Chart("column", "", POINTS, ""), theme, chain, 600, 300)
    fills = [s.fillColor for s in shapes(drawing) if isinstance(s, Rect)]
    assert len(fills) >= len(POINTS) and set(fills) == {HexColor(theme.colors.palette[0])}


def test_the_emphasised_point_takes_the_accent(theme: Theme, chain: FontChain) -> None:
    drawing = chart_drawing(Chart("bar", "", POINTS, "", emphasis=POINTS[1].label), theme, chain, 600, 300)
    fills = [s.fillColor for s in shapes(drawing) if isinstance(s, Rect)]
    assert fills.count(HexColor(theme.colors.accent)) == 1
    assert fills.index(HexColor(theme.colors.accent)) == 1


def test_cjk_labels_use_the_fallback_face(theme: Theme, chain: FontChain) -> None:
    drawing = chart_drawing(Chart("bar", "", POINTS, ""), theme, chain, 600, 300)
    fonts = {s.fontName for s in shapes(drawing) if isinstance(s, String) and "中国" in s.text}
    assert fonts == {"DroidSansFallback"}


def test_wrap_breaks_an_unbreakable_token_by_character(chain: FontChain) -> None:
    token = "x" * 300
    lines = wrap_text(chain, f"before {token} after", 12, 100)
    assert "".join(lines).replace("before", "").replace("after", "") == token
    assert all(chain.width(line, 12) <= 100 for line in lines)
