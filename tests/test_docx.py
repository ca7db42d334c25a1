"""The DOCX writer read back with python-docx: styles, tables, fields, images, properties.

The sample is rendered once per session (Word formats only); smaller
documents written in the dialect exercise single features.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Mm
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SAMPLE

from briefkit.content import Brief, load_brief
from briefkit.document import parse
from briefkit.render import RenderRequest, default_theme_path, render_brief
from briefkit.templating import fmt_figure
from briefkit.theme import load_theme
from briefkit.writers import RenderOptions, get_writer


@pytest.fixture(scope="session")
def brief() -> Brief:
    """The sample content."""
    return load_brief(SAMPLE)


@pytest.fixture(scope="session")
def word_files(brief: Brief) -> dict[str, bytes]:
    """summary.docx and briefing-note.docx of the sample, in memory, without SOURCE_DATE_EPOCH."""
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
    try:
        request = RenderRequest(SAMPLE, Path("out"), products=("note", "summary"), formats=("docx",))
        result = render_brief(brief, request, SAMPLE.name)
    finally:
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    return {path.name: data for path, data in result.files.items()}


@pytest.fixture(scope="session")
def summary(word_files: dict[str, bytes]) -> DocxDocument:
    """summary.docx reopened with python-docx."""
    return docx.Document(io.BytesIO(word_files["summary.docx"]))


def render_markdown(text: str, **options: object) -> bytes:
    """Markdown dialect → DOCX bytes through the real parser and writer."""
    theme = load_theme(default_theme_path())
    return get_writer("docx").render(parse(text), theme, RenderOptions(**options)).data  # type: ignore[arg-type]


def paragraphs_by_style(document: DocxDocument) -> dict[str, list[str]]:
    """Paragraph texts of the body, grouped by style name."""
    out: dict[str, list[str]] = {}
    for p in document.paragraphs:
        out.setdefault(p.style.name if p.style is not None else "", []).append(p.text)
    return out


def squash(text: str) -> str:
    """Whitespace folded, for comparing text across line breaks."""
    return " ".join(text.split())


# ------------------------------------------------------------------- styles


def test_title_subtitle_and_headings_use_named_styles(summary: DocxDocument, brief: Brief) -> None:
    styles = paragraphs_by_style(summary)
    assert styles["Title"] == [brief.meta.title]
    assert styles["Subtitle"] == [brief.meta.subtitle]
    headings = styles["Heading 1"]
    for expected in ("Summary", "Key points", "Key figures", "Timeline", "Implications", "Sources",
                     *(s.heading for s in brief.sections)):
        assert expected in headings
    assert "Where the figures come from" in styles["Heading 2"]
    assert styles["Byline"] and brief.meta.source and brief.meta.source in styles["Byline"][0]


def test_lists_quotes_and_captions_use_named_styles(summary: DocxDocument, brief: Brief) -> None:
    styles = paragraphs_by_style(summary)
    bullets = styles["List Bullet"]
    for point in brief.key_points + brief.implications:
        assert point.text in bullets
    numbered = styles["List Number"]
    for question in brief.questions:
        assert question.text in numbered
    assert [q.text for q in brief.quotes] == styles["Quote"]
    captions = styles["Caption"]
    assert [c.split(". ", 1)[1] for c in captions] == list(brief.figure_groups())


def test_numbered_lists_restart(summary: DocxDocument) -> None:
    num_ids = set()
    for p in summary.paragraphs:
        if p.style is not None and p.style.name == "List Number":
            num_ids.add(p._p.pPr.numPr.numId.val)
    assert len(num_ids) == 2  # questions and figure sources are two lists, each counting from 1


def test_key_figures_table_has_style_and_repeating_header(summary: DocxDocument, brief: Brief) -> None:
    table = next(t for t in summary.tables if t.rows[0].cells[0].text == "Figure")
    assert table.style is not None and table.style.name == "Briefkit Figures"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == len(brief.figures) + 1
    values = [row.cells[0].text for row in table.rows[1:]]
    assert values == [fmt_figure(f) for f in brief.figures]


def test_page_fields_in_footer_and_source_in_header(summary: DocxDocument, brief: Brief) -> None:
    section = summary.sections[0]
    instructions = [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Page" in section.footer.paragraphs[0].text
    assert brief.meta.marking and section.header.paragraphs[0].text == brief.meta.marking
    assert brief.meta.source and brief.meta.source in section.footer.paragraphs[0].text  # "Source article: …"


C_NS = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def test_charts_are_native_word_charts_with_alt_text(summary: DocxDocument, brief: Brief) -> None:
    from lxml import etree

    groups = brief.figure_groups()
    shapes = list(summary.inline_shapes)
    assert len(shapes) == len(groups)
    for shape, (title, figures) in zip(shapes, groups.items(), strict=True):
        descr = shape._inline.docPr.get("descr")
        assert descr.startswith(title)
        for fig in figures:
            assert fig.label in descr
        data = shape._inline.graphic.graphicData
        assert data.get("uri") == "http://schemas.openxmlformats.org/drawingml/2006/chart"
        rid = data[0].get(qn("r:id"))
        part = summary.part.related_parts[rid]
        assert part.content_type == "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        chart = etree.fromstring(part.blob)
        labels = [v.text for v in chart.iter(f"{C_NS}cat") for v in v.iter(f"{C_NS}v")]
        values = [float(v.text) for v in chart.iter(f"{C_NS}val") for v in v.iter(f"{C_NS}v")]
        shown = [t.text for t in chart.iter(f"{A_NS}t")]
        assert labels == [f.label for f in figures]
        assert values == [f.value for f in figures]
        assert shown == [fmt_figure(f) for f in figures]
        # "Edit Data" in Word opens the embedded sheet the series refers to.
        refs = [f.text for f in chart.iter(f"{C_NS}f")]
        assert refs == ["Sheet1!$B$1", f"Sheet1!$A$2:$A${len(figures) + 1}", f"Sheet1!$B$2:$B${len(figures) + 1}"]
        sheet_rid = next(chart.iter(f"{C_NS}externalData")).get(qn("r:id"))
        sheet = part.related_parts[sheet_rid]
        assert sheet.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        assert sheet_cells(sheet.blob) == [["", title], *[[f.label, f"{f.value:g}"] for f in figures]]


def sheet_cells(xlsx: bytes) -> list[list[str]]:
    """The first sheet of an .xlsx as rows of cell texts (shared strings resolved)."""
    from lxml import etree

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(xlsx)) as book:
        strings = [si.findtext(f"{ns}t") for si in etree.fromstring(book.read("xl/sharedStrings.xml"))]
        rows = etree.fromstring(book.read("xl/worksheets/sheet1.xml")).iter(f"{ns}row")
        out = []
        for row in rows:
            cells = {c.get("r")[0]: c for c in row.iter(f"{ns}c")}
            texts = []
            for col in "AB":
                cell = cells.get(col)
                value = cell.findtext(f"{ns}v") if cell is not None else None
                shared = cell is not None and cell.get("t") == "s"
                texts.append(strings[int(value)] if shared and value is not None else f"{float(value):g}" if value
                             else "")
            out.append(texts)
    return out


def test_a_chart_names_its_unit_and_source_below_it() -> None:
    text = ("# Charts\n\n```chart\ntype: column\ntitle: Applications\nunit: applications\nsource: WIPO\n"
            "data:\n  - {label: China, value: 38000}\n  - {label: United States, value: 6276}\n```\n")
    document = docx.Document(io.BytesIO(render_markdown(text)))
    styles = paragraphs_by_style(document)
    assert styles["Caption"] == ["Figure 1. Applications"]
    assert styles["Source Note"] == ["Values in applications · Source: WIPO"]


def test_core_properties_from_front_matter(summary: DocxDocument, brief: Brief) -> None:
    props = summary.core_properties
    assert props.title == brief.meta.title
    assert props.keywords == ", ".join(brief.meta.tags)
    assert props.language == brief.meta.language
    assert brief.purpose and props.subject == " ".join(brief.purpose.split())[:255]
    assert brief.meta.date and props.created.date() == brief.meta.date
    assert props.modified == props.created
    assert props.author == brief.meta.prepared_by  # who prepared the brief, never the outlet


def test_summary_has_toc_field_updated_on_open(summary: DocxDocument, word_files: dict[str, bytes]) -> None:
    styles = paragraphs_by_style(summary)
    assert styles["TOC Heading"] == ["Contents"]
    contents = next(p for p in summary.paragraphs if p.text == "Contents")
    assert all(r.font.size is None and r.font.color.rgb is None for r in contents.runs)  # style, not direct
    body = summary.element.body
    assert any("TOC" in (t.text or "") for t in body.iter(qn("w:instrText")))
    assert summary.settings.element.find(qn("w:updateFields")) is not None
    note = docx.Document(io.BytesIO(word_files["briefing-note.docx"]))
    assert note.settings.element.find(qn("w:updateFields")) is None
    assert "TOC Heading" not in paragraphs_by_style(note)


# -------------------------------------------------------------- determinism


def test_rebuilds_are_byte_identical(brief: Brief, word_files: dict[str, bytes]) -> None:
    request = RenderRequest(SAMPLE, Path("out"), products=("note", "summary"), formats=("docx",))
    again = {p.name: d for p, d in render_brief(brief, request, SAMPLE.name).files.items()}
    assert again == word_files
    with zipfile.ZipFile(io.BytesIO(word_files["summary.docx"])) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "[Content_Types].xml"


def test_source_date_epoch_sets_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = render_markdown("---\ntitle: T\ndate: 2024-08-16\n---\n\n# T\n\nText.\n")
    created = docx.Document(io.BytesIO(data)).core_properties.created
    assert created.isoformat().startswith("2023-11-14T22:13:20")


# ------------------------------------------------------------- text fidelity


def test_markup_characters_stay_literal_and_illegal_ones_are_dropped() -> None:
    data = render_markdown("# A <b> & C\n\nx < y && y > z {{ 7*7 }} \\<i\\> caf\u00e9\x0b\n")
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "A <b> & C"
    assert texts[1] == "x < y && y > z {{ 7*7 }} <i> café"


def test_chinese_runs_get_an_east_asian_font() -> None:
    data = render_markdown("# 标题\n\n人工智能国际合作 with Latin text.\n")
    document = docx.Document(io.BytesIO(data))
    run = document.paragraphs[1].runs[0]
    fonts = run._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == load_theme(default_theme_path()).fonts.office_east_asian
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_links_are_real_hyperlinks() -> None:
    data = render_markdown("# T\n\nSee [the article](https://example.org/a?b=1&c=2) now.\n")
    document = docx.Document(io.BytesIO(data))
    link = document.paragraphs[1]._p.find(qn("w:hyperlink"))
    assert link is not None
    rel = document.part.rels[link.get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://example.org/a?b=1&c=2"
    assert "".join(t.text for t in link.iter(qn("w:t"))) == "the article"


EVERY_NODE = """---
title: Every node
---

# Every node

{.subtitle}
A subtitle

Text with **bold**, *italic*, `code` and a line\\
break.

## Lists

- one
  - nested
- two

3. three
4. four

> A quotation.
>
> — Someone

```
code block
```

| A | B |
|--:|---|
| 1 | x |

---

::: notes
Speaker notes stay out.
:::

::: figures
- **54,000** applications
- **83%** respondents
:::

::: timeline
- **2014** Start.
- **2024** End.
:::

```chart
type: bar
title: A chart
unit: "%"
data:
  - {label: A, value: 10}
  - {label: B, value: 20}
```

::: callout warning Mind this
Callout body.
:::

:::: columns
::: column
Left side.
:::
::: column
Right side.
:::
::::
"""


def test_every_node_type_renders() -> None:
    document = docx.Document(io.BytesIO(render_markdown(EVERY_NODE)))
    styles = paragraphs_by_style(document)
    assert styles["Subtitle"] == ["A subtitle"]
    assert styles["List Bullet"] == ["one", "two"] and styles["List Bullet 2"] == ["nested"]
    assert styles["List Number"] == ["three", "four"]
    assert styles["Quote"] == ["A quotation."] and styles["Quote Attribution"] == ["— Someone"]
    assert styles["Source Code"] == ["code block"]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    for text in ("54,000", "respondents", "2014", "Start.", "Callout body.", "Left side.", "Right side."):
        assert any(text in c for c in cells), text
    everything = "\n".join(p.text for p in document.paragraphs) + "\n".join(cells)
    assert "Speaker notes" not in everything
    assert len(document.inline_shapes) == 1
    first = document.paragraphs[2]
    assert [bool(r.bold) for r in first.runs][:2] == [False, True]
    assert document.paragraphs[2].runs[5].style.name == "Verbatim Char"


# ------------------------------------------------------------ theme and reference


def test_theme_drives_paragraph_character_and_table_styles(tmp_path: Path) -> None:
    base = default_theme_path()
    text = base.read_text(encoding="utf-8").replace('primary: "#1F3A5F"', 'primary: "#004D40"')
    text = text.replace("office_family: Noto Sans", "office_family: DejaVu Sans")
    for font in (base.parent / "fonts").iterdir():
        (tmp_path / "fonts").mkdir(exist_ok=True)
        if font.is_file():
            (tmp_path / "fonts" / font.name).write_bytes(font.read_bytes())
    (tmp_path / "theme.yaml").write_text(text, encoding="utf-8")
    theme = load_theme(tmp_path / "theme.yaml")
    data = get_writer("docx").render(parse("# T\n\n## H\n\n| A |\n|---|\n| 1 |\n"), theme, RenderOptions()).data
    document = docx.Document(io.BytesIO(data))
    assert str(document.styles["Heading 1"].font.color.rgb) == "004D40"
    assert document.styles["Normal"].font.name == "DejaVu Sans"
    assert str(document.styles["Hyperlink"].font.color.rgb) == "004D40"
    fill = document.styles["Briefkit Figures"].element.xpath("w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill")
    assert fill == ["004D40"]


def make_reference(path: Path, drop: tuple[str, ...] = ()) -> Path:
    """An organisation's template: serif font, green headings, wide margins, Letter paper, its own header."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "DejaVu Serif", docx.shared.Pt(12)
    document.styles["Heading 1"].font.color.rgb = docx.shared.RGBColor(0x00, 0x80, 0x00)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(30))
    section.header.paragraphs[0].text = "ACME MINISTRY — OFFICIAL"
    for name in drop:
        document.styles[name].element.getparent().remove(document.styles[name].element)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def with_reference(tmp_path_factory: pytest.TempPathFactory, brief: Brief) -> Iterator[tuple[Path, bytes]]:
    """The sample summary rendered on an organisation's reference document."""
    folder = tmp_path_factory.mktemp("reference")
    reference = make_reference(folder / "org.docx", drop=("List Bullet", "Quote", "Title"))
    request = RenderRequest(SAMPLE, Path("out"), products=("summary",), formats=("docx",), reference_docx=reference)
    data = next(iter(render_brief(brief, request, SAMPLE.name).files.values()))
    (folder / "summary.docx").write_bytes(data)
    yield folder / "summary.docx", data


def test_reference_docx_styles_page_and_header_win(with_reference: tuple[Path, bytes], brief: Brief) -> None:
    document = docx.Document(io.BytesIO(with_reference[1]))
    assert document.styles["Normal"].font.name == "DejaVu Serif"
    assert document.styles["Normal"].font.size == docx.shared.Pt(12)
    assert str(document.styles["Heading 1"].font.color.rgb) == "008000"
    section = document.sections[0]
    assert abs(section.left_margin - Mm(30)) < Mm(0.1) and abs(section.page_width - Mm(215.9)) < Mm(0.1)
    assert section.header.paragraphs[0].text == "ACME MINISTRY — OFFICIAL"
    assert "NUMPAGES" in "".join(t.text for t in section.footer._element.iter(qn("w:instrText")))


def test_styles_missing_from_the_reference_are_copied_not_fatal(with_reference: tuple[Path, bytes],
                                                               brief: Brief) -> None:
    document = docx.Document(io.BytesIO(with_reference[1]))
    styles = paragraphs_by_style(document)
    assert styles["Title"] == [brief.meta.title]
    assert brief.key_points[0].text in styles["List Bullet"]
    assert len(styles["Quote"]) == len(brief.quotes)
    assert document.styles["Briefkit Figures"].type == docx.enum.style.WD_STYLE_TYPE.TABLE
    bullet = document.styles["List Bullet"].element
    num_id = bullet.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    numbering = document.part.numbering_part.element
    assert numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='{num_id}']") is not None


def test_unusable_reference_is_a_clean_error(tmp_path: Path) -> None:
    from briefkit.errors import BriefkitError

    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(BriefkitError, match="not a usable Word document"):
        render_markdown("# T\n", reference_docx=str(bad))


def test_word_template_with_placeholders_split_over_runs(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    for piece in ("{ti", "tle} | {source} | ", "{date}"):  # Word often splits typed text like this
        header.add_run(piece)
    plain = tmp_path / "org.docx"
    document.save(str(plain))
    template = tmp_path / "org.dotx"  # the same file saved by Word as a template
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(template, "w") as dst:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                blob = blob.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, blob)
    data = render_markdown("---\ntitle: A <T> & co\nsource: Src\ndate_text: 16 August 2024\n---\n\n# A\n",
                           reference_docx=str(template))
    out = docx.Document(io.BytesIO(data))
    assert out.sections[0].header.paragraphs[0].text == "A <T> & co | Src | 16 August 2024"


def test_tables_are_named_for_screen_readers(summary: DocxDocument) -> None:
    table = next(t for t in summary.tables if t.rows[0].cells[0].text == "Figure")
    assert table._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == "Key figures"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_any_text_reaches_word_literally(text: str) -> None:
    from briefkit.document import nodes as n
    from briefkit.writers.docx.oxml import clean

    theme = load_theme(default_theme_path())
    doc = n.Document({"title": text}, (n.Paragraph((n.Text(text),)),))
    data = get_writer("docx").render(doc, theme, RenderOptions()).data
    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs[0].text == clean(text).replace("\r", "\n")
    assert document.core_properties.title == clean(text)[:255]


def test_a_minimal_brief_gives_a_short_summary_without_contents(tmp_path: Path) -> None:
    content = tmp_path / "minimal.yaml"
    content.write_text("meta:\n  title: Only a title\nsummary: One line.\n", encoding="utf-8")
    request = RenderRequest(content, tmp_path, products=("summary",), formats=("docx",))
    data = next(iter(render_brief(load_brief(content), request, content.name).files.values()))
    document = docx.Document(io.BytesIO(data))
    styles = paragraphs_by_style(document)
    assert styles["Title"] == ["Only a title"] and styles["Heading 1"] == ["Summary"]
    assert "TOC Heading" not in styles and not document.tables and not document.inline_shapes
