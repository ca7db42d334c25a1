"""``--reference-pptx``: an office's deck or template (.potx) gives the masters, layouts and theme.

The reference decks are made here with python-pptx: layouts renamed the way
an office would name them, another theme (colours and fonts), a slide of its
own and a link to an intranet that must not survive into the output.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.util import Emu, Pt
from tests.conftest import SAMPLE
from tests.test_pptx import NS, missing, pdf_pages, render, shape_boxes, slide_texts

from briefkit.cli import cli
from briefkit.content import load_brief

RENAMED = {"Title and Content": "Bullets", "Title Only": "Chart", "Two Content": "Two Columns",
           "Section Header": "Divider"}
"""Office layout → the name the test's reference deck gives it (briefkit names and aliases)."""
GREEN = "0A7E3B"
INTRANET = "https://intranet.example/styleguide"


def make_reference(path: Path, width: int = 12192000, height: int = 6858000) -> Path:
    """A reference deck: renamed layouts, a green Georgia theme, one slide, an external link."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(width), Emu(height)
    for layout in prs.slide_layouts:
        layout.name = RENAMED.get(layout.name, layout.name)
    theme_part = prs.slide_masters[0].part.part_related_by(RT.THEME)
    root = etree.fromstring(theme_part.blob)
    root.find(".//a:clrScheme/a:accent1/a:srgbClr", NS).set("val", GREEN)
    for latin in root.iterfind(".//a:fontScheme/*/a:latin", NS):
        latin.set("typeface", "Georgia")
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    master = prs.slide_masters[0]
    rid = master.part.relate_to(INTRANET, RT.HYPERLINK, is_external=True)
    master.shapes._spTree.append(parse_xml(
        f'<p:sp {nsdecls("a", "p", "r")}><p:nvSpPr><p:cNvPr id="99" name="Link"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r>'
        f'<a:rPr lang="en-US"><a:hlinkClick r:id="{rid}"/></a:rPr><a:t>Style guide</a:t></a:r></a:p></p:txBody>'
        f'</p:sp>'))
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "OLD SLIDE OF THE OFFICE"
    slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(40)
    prs.save(str(path))
    return path


def as_potx(pptx: Path, target: Path) -> Path:
    """The same package saved as a template (.potx): only the main content type differs."""
    main = "application/vnd.openxmlformats-officedocument.presentationml.{}.main+xml"
    with zipfile.ZipFile(pptx) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(main.format("presentation").encode(), main.format("template").encode())
            dst.writestr(info, data)
    return target


def rendered(tmp_path: Path, reference: Path) -> tuple[Any, Path, Path]:
    folder = render(load_brief(SAMPLE), tmp_path / "out", reference_pptx=reference)
    return Presentation(str(folder / "slides.pptx")), folder / "slides.pdf", folder


@pytest.fixture(scope="module")
def on_reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path, Path]:
    tmp = tmp_path_factory.mktemp("reference")
    return rendered(tmp, make_reference(tmp / "office.pptx"))


def test_layouts_are_mapped_by_name_and_reported(on_reference: tuple[Any, Path, Path]) -> None:
    prs, _, folder = on_reference
    report = json.loads((folder / "slides-pptx-layouts.json").read_text(encoding="utf-8"))["layouts"]
    assert report["bullets"] == {"layout": "Bullets", "found_by": "name"}
    assert report["chart"] == {"layout": "Chart", "found_by": "name"}
    assert report["columns"] == {"layout": "Two Columns", "found_by": "name"}
    assert report["section"] == {"layout": "Divider", "found_by": "name"}
    assert report["title"] == {"layout": "Title Slide", "found_by": "office name"}
    assert report["figures"]["found_by"] == "fallback"  # no "Figures", no "Title Only": reported
    layouts = [s.slide_layout.name for s in prs.slides]
    assert layouts[0] == "Title Slide" and "Chart" in layouts and "Divider" in layouts and "Two Columns" in layouts


def test_the_office_theme_is_kept_and_the_text_takes_its_colours(on_reference: tuple[Any, Path, Path]) -> None:
    prs = on_reference[0]
    root = etree.fromstring(prs.slide_masters[0].part.part_related_by(RT.THEME).blob)
    assert root.find(".//a:clrScheme/a:accent1/a:srgbClr", NS).get("val") == GREEN
    assert {e.get("typeface") for e in root.iterfind(".//a:fontScheme/*/a:latin", NS)} == {"Georgia"}
    for slide in prs.slides:
        assert slide.shapes.title._element.find(".//a:rPr/a:solidFill", NS) is None


def test_same_slides_and_words_as_the_pdf_deck(on_reference: tuple[Any, Path, Path]) -> None:
    prs, pdf, _ = on_reference
    pages = pdf_pages(pdf)
    assert len(prs.slides) == len(pages)
    for number, (slide, page) in enumerate(zip(prs.slides, pages, strict=True), 1):
        assert missing(page, slide_texts(slide)) == [], f"slide {number}"
        assert "OLD SLIDE" not in " ".join(slide_texts(slide))


def test_the_reference_slides_and_external_links_are_dropped(on_reference: tuple[Any, Path, Path]) -> None:
    data = (on_reference[2] / "slides.pptx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        blobs = {name: package.read(name) for name in package.namelist()}
    assert not any(b"OLD SLIDE" in blob for blob in blobs.values())
    assert not any(INTRANET.encode() in blob for blob in blobs.values())
    for name, blob in blobs.items():
        if name.endswith(".rels"):
            for rel in etree.fromstring(blob):
                assert rel.get("TargetMode") != "External" or rel.get("Target").startswith("http"), name
    assert b"Style guide" in blobs["ppt/slideMasters/slideMaster1.xml"]  # the text stays, the link goes


def test_a_potx_template_works(tmp_path: Path) -> None:
    potx = as_potx(make_reference(tmp_path / "office.pptx"), tmp_path / "office.potx")
    prs, pdf, folder = rendered(tmp_path, potx)
    assert len(prs.slides) == len(pdf_pages(pdf))
    with zipfile.ZipFile(folder / "slides.pptx") as package:
        types = package.read("[Content_Types].xml").decode()
    assert "presentationml.presentation.main+xml" in types and "template.main" not in types
    assert prs.slides[2].slide_layout.name == "Bullets"


def test_a_four_by_three_reference_is_planned_at_its_own_shape(tmp_path: Path) -> None:
    prs = rendered(tmp_path, make_reference(tmp_path / "square.pptx", 9144000, 6858000))[0]
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)
    for number, slide in enumerate(prs.slides, 1):
        for name, x, y, cx, cy in shape_boxes(slide):
            assert x >= 0 and y >= 0 and x + cx <= 9144000 and y + cy <= 6858000, (number, name)


def test_cli_renders_on_a_reference_deck(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "office.pptx")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-p", "slides", "-f", "pptx", "--out", str(out),
                                      "--reference-pptx", str(reference)])
    assert result.exit_code == 0, result.output
    assert (out / SAMPLE.stem / "slides.pptx").is_file() and not (out / SAMPLE.stem / "slides.pdf").exists()
    assert "layout 'figures' drawn on" in result.output


@pytest.mark.parametrize("bad", [b"not a zip at all", b"PK\x03\x04 broken"])
def test_a_broken_reference_deck_is_one_line_and_nothing_is_written(tmp_path: Path, bad: bytes) -> None:
    reference = tmp_path / "broken.pptx"
    reference.write_bytes(bad)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-p", "slides", "--out", str(out),
                                      "--reference-pptx", str(reference)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "broken.pptx" in lines[0] and "Traceback" not in result.output
    assert not out.exists() or not any(out.rglob("*.*"))


def test_a_reference_that_unpacks_too_large_is_refused_before_it_is_read(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit.errors import WriterError
    from briefkit.writers.pptx import template

    reference = make_reference(tmp_path / "office.pptx")
    monkeypatch.setattr(template, "MAX_REFERENCE_UNPACKED", 10_000)
    with pytest.raises(WriterError, match=r"office\.pptx: reference deck unpacks to [\d,]+ bytes, over the 10,000"):
        render(load_brief(SAMPLE), tmp_path / "out", ("pptx",), reference_pptx=reference)


def test_build_takes_the_reference_deck_and_rebuilds_when_it_changes(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "office.pptx")
    out = tmp_path / "out"
    args = ["build", str(SAMPLE), "--out", str(out), "-p", "slides", "-f", "pptx", "-j", "1",
            "--reference-pptx", str(reference), "--json"]
    first = json.loads(CliRunner().invoke(cli, args).stdout)
    assert first["summary"]["failed"] == 0
    deck = Presentation(str(out / SAMPLE.stem / "slides.pptx"))
    assert "Chart" in [s.slide_layout.name for s in deck.slides]
    assert json.loads(CliRunner().invoke(cli, args).stdout)["summary"]["skipped"] == 1
    make_reference(reference, 9144000, 6858000)  # the office changed its template
    third = json.loads(CliRunner().invoke(cli, args).stdout)
    assert third["summary"]["built"] == 1
    assert "reference deck changed" in json.dumps(third)
