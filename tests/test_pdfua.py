"""PDF/UA: the tagged PDFs of the sample and of a drafted brief, read by a checker and by our own checks.

``pdfua`` (from PyPI, built on pikepdf) checks the machine-checkable subset
of PDF/UA-1 it implements; the structural checks below cover what it does
not: reading order against the page, table headers, heading levels, links
tied to their annotations, and what the XMP metadata claims.  veraPDF is
not run: it is not in the package registries.
"""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path

import pdfua
import pikepdf
import pytest
from tests.conftest import require_tool

from a11ykit import TAGGED, Node, link_texts, reading_order_problems, structure
from briefkit.document import parse
from briefkit.render import default_theme_path
from briefkit.theme import load_theme
from briefkit.writers import RenderOptions, get_writer

NAMES = [f"{source}/{name}" for source in ("sample", "draft") for name in TAGGED]


def tree_of(path: Path) -> Node:
    """The structure tree of the PDF at ``path``, for checks that need only roles and content."""
    with pikepdf.open(path) as pdf:
        return structure(pdf)


@pytest.mark.parametrize("name", NAMES)
def test_pdfua_checker_finds_nothing(products: dict[str, Path], name: str) -> None:
    report = pdfua.validate(str(products[name]))
    assert [(f.rule_id, f.message) for f in report.findings] == []
    assert report.exit_code == 0


@pytest.mark.parametrize("name", NAMES)
def test_language_title_and_pdfua_claim(products: dict[str, Path], name: str) -> None:
    with pikepdf.open(products[name]) as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = pdf.open_metadata()
        assert meta.get("pdfuaid:part") == "1"
        assert meta.get("dc:title") == str(pdf.docinfo.Title) != ""
        assert "pdfaid:part" not in meta  # not built with --pdfa


@pytest.mark.parametrize("name", NAMES)
def test_figures_have_alt_and_tables_have_header_cells(products: dict[str, Path], name: str) -> None:
    with pikepdf.open(products[name]) as pdf:
        nodes = structure(pdf).walk()
        figures = [n for n in nodes if n.role == "Figure"]
        assert figures or not name.endswith("slides.pdf"), "the deck has a chart"
        for figure in figures:
            assert str(figure.obj.get("/Alt", "")).strip(), "a Figure without Alt"
        for table in (n for n in nodes if n.role == "Table"):
            cells = [c for c in table.walk() if c.role == "TH"]
            assert cells, "a Table without TH"
            assert all(str(c.obj.A.Scope) in ("/Column", "/Row") for c in cells), "a TH without Scope"


@pytest.mark.parametrize("name", NAMES)
def test_headings_start_at_h1_and_skip_no_level(products: dict[str, Path], name: str) -> None:
    levels = [int(n.role[1]) for n in tree_of(products[name]).walk() if n.role in ("H1", "H2", "H3", "H4")]
    assert levels and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


@pytest.mark.parametrize("name", NAMES)
def test_every_link_annotation_is_a_described_link_element(products: dict[str, Path], name: str) -> None:
    with pikepdf.open(products[name]) as pdf:
        links = [n for n in structure(pdf).walk() if n.role == "Link"]
        tagged = {a.objgen for link in links for a in link.annotations}
        annotations = [a for page in pdf.pages for a in page.get("/Annots", []) if a.get("/Subtype") == "/Link"]
        assert {a.objgen for a in annotations} == tagged
        parents = dict(zip(*[iter(pdf.Root.StructTreeRoot.ParentTree.Nums)] * 2, strict=True))
        for link in links:
            assert link.annotations  # one per line a link's words run over
            for annotation in link.annotations:
                assert str(annotation.get("/Contents", "")).strip(), "a link without a description"
                assert parents[int(annotation.StructParent)].objgen == link.obj.objgen


@pytest.mark.parametrize("name", NAMES)
def test_reading_order_is_the_visual_order_of_blocks(products: dict[str, Path], name: str) -> None:
    path = products[name]
    assert reading_order_problems(path, tree_of(path), columns=name.endswith("slides.pdf")) == []


@pytest.mark.parametrize("source", ["sample", "draft"])
def test_handouts_do_not_claim_pdfua(products: dict[str, Path], source: str) -> None:
    path = products[f"{source}/slides-handout-3.pdf"]
    with pikepdf.open(path) as pdf:
        assert "/StructTreeRoot" not in pdf.Root  # untagged, as the README says
        assert "pdfuaid:part" not in pdf.open_metadata()
    assert pdfua.validate(str(path)).exit_code != 0


@pytest.mark.parametrize("name", NAMES)
def test_link_text_is_inside_its_link_element(products: dict[str, Path], name: str) -> None:
    texts = link_texts(products[name])
    assert all(texts), texts
    assert texts or not name.endswith("slides.pdf")  # the agenda links to its slides


LINKS = """---
title: Links
---

# Links

Read the [full report of the agency on its website](https://example.org/report) before the meeting,
and the [annex](https://example.org/annex).

A paragraph with a [long link in the middle that wraps over the end of one line and into the next line
of the page](https://example.org/y) and text after it.

[A paragraph that is one long link running over more than one line of the page, to see how it wraps
and what it keeps](https://example.org/x)
"""


def test_links_inside_sentences_and_over_lines_keep_their_words(tmp_path: Path) -> None:
    path = tmp_path / "links.pdf"
    path.write_bytes(get_writer("pdf").render(parse(LINKS), load_theme(default_theme_path()), RenderOptions()).data)
    assert link_texts(path) == [
        "full report of the agency on its website", "annex",
        # a link running over two lines is two Link elements, one per line and annotation
        "long link in the middle that wraps over the end of one line and into the next line", "of the page",
        # (poppler joins the two lines of one text run without a space)
        "A paragraph that is one long link running over more than one line of the page, to see how it wraps"
        + "and what it keeps"]
    assert pdfua.validate(str(path)).exit_code == 0
    assert "Mismatched" not in subprocess.run([require_tool("pdftotext"), str(path), "-"], capture_output=True,
                                              text=True, check=True).stderr
