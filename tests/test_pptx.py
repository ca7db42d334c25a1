"""The PowerPoint deck: the same slides and words as the PDF deck, real placeholders, native charts.

The sample is rendered once per session through the real pipeline (both
decks from one slide plan), and the .pptx is reopened with python-pptx and
read as XML; the PDF deck is read with pdftotext.  A drafted brief (extracted
from the sample article) is checked the same way.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from pypdf import PdfReader
from tests.conftest import ARTICLE, SAMPLE, pdftotext

from briefkit.content import Brief, load_brief
from briefkit.document import nodes as n
from briefkit.document.charts import value_text
from briefkit.render import default_theme_path
from briefkit.theme import load_theme

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
NS = {"a": A, "c": C, "p": P, "p14": P14}
EMU = 12700


# ----------------------------------------------------------------- helpers (also used by test_pptx_*.py)


def render(brief: Brief, out: Path, formats: tuple[str, ...] = ("pdf", "pptx"), **extra: Any) -> Path:
    """Render the slides product of ``brief`` into ``out``; return the item's folder."""
    from briefkit.render import RenderRequest, render_brief, write_all

    request = RenderRequest(SAMPLE, out, ("slides",), formats, **extra)
    write_all(render_brief(brief, request, SAMPLE.name).files)
    return out / SAMPLE.stem


def format_number(code: str, value: float) -> str:
    """What Excel shows for ``value`` in the formats the deck uses (#,##0 / #,##0.0# with a quoted suffix)."""
    match = re.fullmatch(r'#,##0(?:\.(0*)(#*))?(?:"(.*)")?', code)
    assert match, f"unexpected number format {code!r}"
    fixed, optional, suffix = len(match[1] or ""), len(match[2] or ""), match[3] or ""
    text = f"{value:,.{fixed + optional}f}"
    while optional and text.endswith("0"):
        text, optional = text[:-1], optional - 1
    return text + suffix


def chart_words(chart_part: Any) -> list[str]:
    """A chart's visible text: its categories, series name and data labels as PowerPoint shows them."""
    root = etree.fromstring(chart_part.blob)
    out = [v.text or "" for v in root.iterfind(".//c:cat//c:v", NS)]
    out += [v.text or "" for v in root.iterfind(".//c:tx//c:v", NS)]
    labels = root.find(".//c:ser/c:dLbls", NS)
    own = {int(d.find("c:idx", NS).get("val")): "".join(d.itertext()) for d in labels.iterfind("c:dLbl", NS)}
    code = labels.find("c:numFmt", NS).get("formatCode")
    for index, v in enumerate(root.iterfind(".//c:val//c:pt/c:v", NS)):
        out.append(own.get(index, format_number(code, float(v.text or 0))))
    return out


def paragraph_text(p: Any) -> str:
    """A paragraph's text, with the number PowerPoint draws for an auto-numbered one."""
    auto = p.find("a:pPr/a:buAutoNum", NS)
    number = f"{auto.get('startAt', '1')}. " if auto is not None else ""
    return number + "".join(t.text or "" for t in p.iter(f"{{{A}}}t"))


def slide_texts(slide: Any) -> list[str]:
    """Every text on a slide: text frames and table cells in shape order, then chart words."""
    out = [paragraph_text(p) for p in slide._element.iter(f"{{{A}}}p")]
    for shape in slide.shapes:
        if shape.has_chart:
            out += chart_words(shape.chart.part)
    return out


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF."""
    return pdftotext(pdf).split("\f")[: len(PdfReader(str(pdf)).pages)]


def missing(page: str, texts: list[str]) -> list[str]:
    """Words of a PDF page the slide's texts lack (a word the PDF broke across lines is looked up whole)."""
    joined = " ".join(texts)
    have = set(re.findall(r"\w+", joined))
    squashed = re.sub(r"\s+", "", joined)
    return [w for w in re.findall(r"\w+", page) if w not in have and w not in squashed]


def shape_boxes(slide: Any) -> Iterator[tuple[str, int, int, int, int]]:
    """(name, x, y, cx, cy) in EMU of every positioned shape on the slide."""
    for xfrm in slide._element.iter(f"{{{A}}}xfrm", f"{{{P}}}xfrm"):
        off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
        if off is None or ext is None:
            continue
        name = xfrm.getparent().getparent().find(".//p:cNvPr", NS)
        label = name.get("name") if name is not None else "?"
        yield label, int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy"))


# ----------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sample(sample_output: Path) -> tuple[Any, Path, dict[str, Any]]:
    """The sample deck reopened, the PDF deck beside it, and the PDF deck's overflow report."""
    report = json.loads((sample_output / "slides-report.json").read_text(encoding="utf-8"))
    return Presentation(str(sample_output / "slides.pptx")), sample_output / "slides.pdf", report


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    """A brief drafted from the sample article (no human review), rendered as both decks."""
    from briefkit.extract import extract_article

    brief, _ = extract_article(ARTICLE)
    folder = render(brief, tmp_path_factory.mktemp("drafted"))
    return Presentation(str(folder / "slides.pptx")), folder / "slides.pdf"


# ----------------------------------------------------------------- the same deck as the PDF


def test_the_slides_product_writes_both_decks(sample_output: Path) -> None:
    assert zipfile.is_zipfile(sample_output / "slides.pptx")
    layouts = json.loads((sample_output / "slides-pptx-layouts.json").read_text(encoding="utf-8"))
    assert layouts["reference"] is None
    assert layouts["layouts"]["title"] == {"layout": "Title Slide", "found_by": "office name"}


@pytest.mark.parametrize("which", ["sample", "drafted"])
def test_slide_count_and_every_word_match_the_pdf_deck(which: str, request: pytest.FixtureRequest) -> None:
    prs, pdf = request.getfixturevalue(which)[:2]
    pages = pdf_pages(pdf)
    assert len(prs.slides) == len(pages)
    for number, (slide, page) in enumerate(zip(prs.slides, pages, strict=True), 1):
        assert missing(page, slide_texts(slide)) == [], f"slide {number}"


def test_titles_sit_in_the_layout_title_placeholder(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    prs, _, report = sample
    for slide, entry in zip(prs.slides, report["slides"], strict=True):
        title = slide.shapes.title
        assert title is not None, entry["number"]
        assert title.is_placeholder
        assert " ".join(title.text_frame.text.split()) == " ".join(entry["title"].split())
        # The title is first in the reading order (the shape tree's order).
        first = next(iter(slide.shapes))
        assert first.shape_id == title.shape_id


def test_title_boxes_are_the_plan_frames(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    prs, _, report = sample
    height = report["page"][1]
    for slide, entry in zip(prs.slides, report["slides"], strict=True):
        if entry["layout"] in ("title", "section"):
            continue  # the cover's and dividers' titles are set inside the centred text block
        x0, _, x1, y1 = entry["frames"][0]
        title = slide.shapes.title
        assert title.left / EMU == pytest.approx(x0, abs=0.05)
        assert title.top / EMU == pytest.approx(height - y1, abs=0.05)
        assert title.width / EMU == pytest.approx(x1 - x0, abs=0.05)


def test_body_text_is_in_placeholders_as_paragraphs_with_bullets(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    prs, _, report = sample
    by_layout = {e["layout"]: prs.slides[e["number"] - 1] for e in report["slides"]}
    takeaways = by_layout["takeaways"]
    body = next(s for s in takeaways.placeholders if s.placeholder_format.idx == 1)
    paragraphs = [p for p in body.text_frame.paragraphs if p.text.strip()]
    assert len(paragraphs) >= 2 and paragraphs[0].text.startswith("01")
    columns = by_layout["columns"]
    bullets = columns._element.findall(".//a:buChar", NS)
    assert bullets and all(b.get("char") == "•" for b in bullets)
    assert {p.placeholder_format.idx for p in columns.placeholders} >= {0, 1, 2}


def test_every_shape_lies_inside_the_slide(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    prs = sample[0]
    width, height = prs.slide_width, prs.slide_height
    for number, slide in enumerate(prs.slides, 1):
        for name, x, y, cx, cy in shape_boxes(slide):
            assert x >= 0 and y >= 0 and x + cx <= width and y + cy <= height, (number, name)


# ----------------------------------------------------------------- charts, notes, alt text


def test_charts_are_native_with_the_content_figures_embedded(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    from briefkit.packs import find_pack
    from briefkit.render import document_for

    brief = load_brief(SAMPLE)
    doc = document_for(brief, find_pack("slides", None), SAMPLE.name, None)
    expected = [b for b in doc.blocks if isinstance(b, n.Chart)]
    frames = [s for slide in sample[0].slides for s in slide.shapes if s.has_chart]
    assert len(frames) == len(expected) >= 2
    figures = {f.value for f in brief.figures}
    for frame, chart in zip(frames, expected, strict=True):
        plot = frame.chart.plots[0]
        assert list(plot.categories) == [p.label for p in chart.points]
        values = list(plot.series[0].values)
        assert values == [p.value for p in chart.points]
        assert set(values) <= figures
        labels = chart_words(frame.chart.part)[-len(values):]
        assert labels == [value_text(chart, p) for p in chart.points]
        sheet = _sheet_values(frame.chart.part)
        assert sheet == values  # the workbook "Edit Data" opens holds the same figures


def test_a_chart_is_one_series_in_one_colour_with_its_emphasis_in_the_accent(
        sample: tuple[Any, Path, dict[str, Any]]) -> None:
    brief = load_brief(SAMPLE)
    theme = load_theme(default_theme_path())
    c = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    frames = [s for slide in sample[0].slides for s in slide.shapes if s.has_chart]
    stressed = {f.label for f in brief.figures if f.emphasis}
    assert frames and stressed
    for frame in frames:
        space = etree.fromstring(frame.chart.part.blob)
        assert space.find(f".//{c}varyColors").get("val") == "0"  # PowerPoint would paint each bar its own colour
        series = space.find(f".//{c}ser")
        fill = series.find(f"{c}spPr")
        assert fill is not None and _fill_colour(fill, sample[0]) == theme.colors.palette[0].upper()
        categories = list(frame.chart.plots[0].categories)
        points = series.findall(f"{c}dPt")
        assert [categories[int(p.find(f"{c}idx").get("val"))] for p in points] == \
            [label for label in categories if label in stressed]
        assert all(_fill_colour(p.find(f"{c}spPr"), sample[0]) == theme.colors.accent.upper() for p in points)


def _fill_colour(sp_pr: Any, prs: Any) -> str:
    """#RRGGBB of a shape fill, a theme slot looked up in the deck's theme part."""
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    rgb = sp_pr.find(f".//{a}srgbClr")
    if rgb is not None:
        return "#" + rgb.get("val").upper()
    slot = sp_pr.find(f".//{a}schemeClr").get("val")
    slot = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}.get(slot, slot)  # the master's colour map
    theme = next(p for p in prs.part.package.iter_parts() if str(p.partname).startswith("/ppt/theme/"))
    value = etree.fromstring(theme.blob).find(f".//{a}clrScheme/{a}{slot}/{a}srgbClr")
    return "#" + value.get("val").upper()


def _sheet_values(chart_part: Any) -> list[float]:
    """Column B below the header of the chart's embedded workbook."""
    workbook = chart_part.chart_workbook.xlsx_part.blob
    with zipfile.ZipFile(io.BytesIO(workbook)) as book:
        sheet = etree.fromstring(book.read("xl/worksheets/sheet1.xml"))
        created = book.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in created  # fixed, never the clock
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    cells = sheet.iterfind(f".//{{{main}}}c")
    return [float(c.findtext(f"{{{main}}}v")) for c in cells
            if re.fullmatch(r"B\d+", c.get("r")) and c.get("r") != "B1"]


def test_charts_and_pictures_carry_alt_text(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    for slide in sample[0].slides:
        for frame in slide._element.iter(f"{{{P}}}graphicFrame", f"{{{P}}}pic"):
            c_nv_pr = frame.find(".//p:cNvPr", NS)
            if frame.find(".//a:tbl", NS) is None:
                assert (c_nv_pr.get("descr") or "").strip(), c_nv_pr.get("name")


def test_speaker_notes_hold_the_plan_notes(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    prs = sample[0]
    brief = load_brief(SAMPLE)
    cover = prs.slides[0]
    assert cover.has_notes_slide
    assert " ".join(cover.notes_slide.notes_text_frame.text.split()) == " ".join(brief.summary.split())
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_chart:
                alt = shape._element.nvGraphicFramePr.cNvPr.get("descr")
                assert alt in slide.notes_slide.notes_text_frame.text


# ----------------------------------------------------------------- sections, properties, theme


def test_sections_are_named_from_the_cover_and_the_dividers(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    prs, _, report = sample
    sections = prs.part._element.findall(".//p14:section", NS)
    names = [s.get("name") for s in sections]
    dividers = [e["title"] for e in report["slides"] if e["layout"] == "section"]
    assert names == [report["slides"][0]["title"], *dividers]
    ids = [int(i.get("id")) for s in sections for i in s.iterfind(".//p14:sldId", NS)]
    assert ids == [slide.slide_id for slide in prs.slides]


def test_core_properties_come_from_the_brief(tmp_path: Path) -> None:
    brief = load_brief(SAMPLE)
    assert brief.meta.editors  # the article's editors are never the deck's author
    prepared = brief.model_copy(update={"meta": brief.meta.model_copy(update={"prepared_by": "Policy Unit"})})
    prs = Presentation(str(render(prepared, tmp_path, ("pptx",)) / "slides.pptx"))
    props = prs.core_properties
    assert props.author == "Policy Unit" and props.last_modified_by == "Policy Unit"
    assert props.title == brief.meta.title
    assert props.created is not None and props.created.date().isoformat() == str(brief.meta.date)[:10]
    for editor in brief.meta.editors:
        assert editor not in props.author


def test_theme_part_carries_the_brand_colours_and_fonts(sample: tuple[Any, Path, dict[str, Any]]) -> None:
    from briefkit.render import cached_theme, default_theme_path

    theme = cached_theme(default_theme_path().resolve())
    prs = sample[0]
    master = prs.slide_masters[0]
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    root = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
    scheme = root.find(".//a:clrScheme", NS)
    assert scheme.find("a:dk2/a:srgbClr", NS).get("val") == theme.colors.primary.lstrip("#")
    assert scheme.find("a:accent1/a:srgbClr", NS).get("val") == theme.colors.palette[0].lstrip("#")
    assert {e.get("typeface") for e in root.iterfind(".//a:fontScheme/*/a:latin", NS)} == {theme.fonts.office_family}
    # Text refers to the theme's slots, so the Design tab's variants recolour it.
    title = prs.slides[1].shapes.title._element
    assert title.find(".//a:rPr/a:solidFill/a:schemeClr", NS).get("val") == "tx2"


def test_both_decks_come_from_one_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefkit.writers.slides as slides

    brief = load_brief(SAMPLE)
    alone = (render(brief, tmp_path / "pdf", ("pdf",)) / "slides.pdf").read_bytes()
    calls: list[object] = []
    real = slides.plan_deck
    monkeypatch.setattr(slides, "plan_deck", lambda *a, **k: calls.append(a) or real(*a, **k))
    both = render(brief, tmp_path / "both")
    assert len(calls) == 1  # planned once, drawn twice
    assert (both / "slides.pdf").read_bytes() == alone  # drawing the PowerPoint deck changed nothing


def test_rebuild_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    brief = load_brief(SAMPLE)
    first = (render(brief, tmp_path / "a", ("pptx",)) / "slides.pptx").read_bytes()
    second = (render(brief, tmp_path / "b", ("pptx",)) / "slides.pptx").read_bytes()
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    third = (render(brief, tmp_path / "c", ("pptx",)) / "slides.pptx").read_bytes()
    assert third != first  # the stamp moved, and only through SOURCE_DATE_EPOCH
    assert Presentation(io.BytesIO(third)).core_properties.created.year == 2023
    with zipfile.ZipFile(io.BytesIO(third)) as package:
        assert {i.date_time for i in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# ----------------------------------------------------------------- tables, list levels, continued slides

STRESS = """---
title: Stress deck
date: 2024-01-02
---

{.title}
# Stress deck

---

## A table

| Country | Share |
|---|---:|
| China | 70% |
| United States | 13% |

---

## Nested

- Outer one
    - Inner one
    - Inner two
- Outer two

---

## Long

""" + "".join(f"- Point {i}: " + " ".join(f"word{i}x{k}" for k in range(40)) + "\n" for i in range(14))


def test_tables_levels_and_continued_slides_match_the_pdf_deck(tmp_path: Path) -> None:
    from briefkit.document import parse
    from briefkit.render import cached_theme, default_theme_path
    from briefkit.writers import RenderOptions, get_writer

    doc = parse(STRESS, "stress.md")
    theme = cached_theme(default_theme_path().resolve())
    options = RenderOptions(product="slides")
    pdf = tmp_path / "stress.pdf"
    pdf.write_bytes(get_writer("slides").render(doc, theme, options).data)
    rendered = get_writer("pptx").render(doc, theme, options)
    prs = Presentation(io.BytesIO(rendered.data))
    pages = pdf_pages(pdf)
    assert len(prs.slides) == len(pages) >= 6
    for number, (slide, page) in enumerate(zip(prs.slides, pages, strict=True), 1):
        assert missing(page, slide_texts(slide)) == [], f"slide {number}"
    assert [s.shapes.title.text for s in prs.slides][-2:] == ["Long (cont.)", "Long (cont.)"]
    assert any("continues on 2 more slide" in w for w in rendered.warnings)
    table = next(s for s in prs.slides[1].shapes if s.has_table).table
    assert [[c.text for c in row.cells] for row in table.rows] == [["Country", "Share"], ["China", "70%"],
                                                                  ["United States", "13%"]]
    levels = [p.level for s in prs.slides[2].placeholders if s.placeholder_format.idx == 1
              for p in s.text_frame.paragraphs]
    assert levels == [0, 1, 1, 0]
    # A paragraph cut between slides: its words are split between them, none lost or repeated.
    words = [w for slide in list(prs.slides)[3:] for t in slide_texts(slide) for w in re.findall(r"word\d+x\d+", t)]
    assert words == [f"word{i}x{k}" for i in range(14) for k in range(40)]


def test_the_logo_is_a_picture_with_alt_text_inside_every_slide(tmp_path: Path) -> None:
    from PIL import Image

    from briefkit.packs import find_pack
    from briefkit.render import cached_theme, default_theme_path, document_for
    from briefkit.writers import RenderOptions, get_writer

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#C8102E").save(logo)
    theme = cached_theme(default_theme_path().resolve()).model_copy(update={"logo": logo})
    doc = document_for(load_brief(SAMPLE), find_pack("slides", None), SAMPLE.name, None)
    prs = Presentation(io.BytesIO(get_writer("pptx").render(doc, theme, RenderOptions(product="slides")).data))
    for number, slide in enumerate(prs.slides, 1):
        pictures = [s for s in slide.shapes if s.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
        assert len(pictures) == 1, number
        assert pictures[0]._element.nvPicPr.cNvPr.get("descr") == theme.name
        for name, x, y, cx, cy in shape_boxes(slide):
            assert x >= 0 and y >= 0 and x + cx <= prs.slide_width and y + cy <= prs.slide_height, (number, name)


def test_a_draft_deck_carries_the_pdf_watermark_beneath_every_slide(
        drafted: tuple[Any, Path], sample: tuple[Any, Path, dict[str, Any]]) -> None:
    deck = drafted[0]
    p = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    width, height = deck.slide_width, deck.slide_height
    for number, slide in enumerate(deck.slides, 1):
        shapes = [e for e in slide.shapes._spTree if e.tag in (f"{p}sp", f"{p}graphicFrame", f"{p}pic")]
        first = shapes[0]  # the bottom of the stack: it covers nothing
        assert first.find(f".//{p}cNvPr").get("name").startswith("Draft watermark"), number
        assert "".join(t.text for t in first.iter(f"{a}t")) == "DRAFT"
        assert first.find(".//{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative") is not None
        xfrm = first.find(f".//{a}xfrm")
        assert 0 < int(xfrm.get("rot")) < 21600000  # turned, as the PDF's
        off, ext = xfrm.find(f"{a}off"), xfrm.find(f"{a}ext")
        x, y, cx, cy = (int(v) for v in (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy")))
        assert x >= 0 and y >= 0 and x + cx <= width and y + cy <= height
        assert abs(x + cx / 2 - width / 2) <= 1 and abs(y + cy / 2 - height / 2) <= 1
        assert first.find(f".//{a}alpha") is not None  # faint: it tints what lies under it
    reviewed = [s for slide in sample[0].slides for s in slide.shapes if s.name.startswith("Draft watermark")]
    assert reviewed == []
