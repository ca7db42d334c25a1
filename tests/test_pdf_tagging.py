"""The printed PDF is tagged: a structure tree screen readers can follow, furniture marked as artifacts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import BooleanObject, ContentStream, DictionaryObject
from tests.conftest import SAMPLE, require_tool
from tests.test_docx import EVERY_NODE

from briefkit.content import Brief, load_brief
from briefkit.document import parse
from briefkit.render import default_theme_path
from briefkit.theme import load_theme
from briefkit.writers import RenderOptions, get_writer

PAINTING = {b"Tj", b"TJ", b"'", b'"', b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*", b"Do", b"sh"}


@pytest.fixture(scope="module")
def brief() -> Brief:
    """The sample content."""
    return load_brief(SAMPLE)


@pytest.fixture(scope="module")
def note(sample_output: Path) -> Path:
    """The sample's briefing note PDF."""
    return sample_output / "briefing-note.pdf"


@pytest.fixture(scope="module")
def every(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PDF with every node type: lists in lists, quote, code, table, tiles, timeline, chart, callout, columns."""
    theme = load_theme(default_theme_path())
    path = tmp_path_factory.mktemp("tagged") / "every.pdf"
    path.write_bytes(get_writer("pdf").render(parse(EVERY_NODE), theme, RenderOptions()).data)
    return path


def structure_text(pdf: Path) -> list[str]:
    """``pdfinfo -struct-text``: one line per element or text, indentation kept."""
    done = subprocess.run([require_tool("pdfinfo"), "-struct-text", str(pdf)], check=True, capture_output=True,
                          text=True)
    return done.stdout.splitlines()


def squash(text: str) -> str:
    """No whitespace at all: the structure text joins wrapped lines without a space."""
    return "".join(text.split())


def unmarked_painting(pdf: Path) -> dict[int, list[bytes]]:
    """Per page, painting operators outside any marked-content sequence (neither tagged nor artifact)."""
    reader = PdfReader(pdf)
    found: dict[int, list[bytes]] = {}
    for number, page in enumerate(reader.pages, start=1):
        depth = 0
        for _operands, op in ContentStream(page.get_contents(), reader).operations:
            if op in (b"BDC", b"BMC"):
                depth += 1
            elif op == b"EMC":
                depth -= 1
            elif op in PAINTING and depth == 0:
                found.setdefault(number, []).append(op)
        assert depth == 0, f"page {number}: unbalanced marked content"
    return found


def elements(pdf: Path) -> list[DictionaryObject]:
    """Every structure element, depth first."""
    root = PdfReader(pdf).trailer["/Root"]
    out: list[DictionaryObject] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, DictionaryObject):
            if node.get("/Type") == "/StructElem":
                out.append(node)
            if node.get("/Type") in ("/StructElem", "/StructTreeRoot"):
                kids = node.get("/K")
                for kid in kids if isinstance(kids, list) else [kids]:
                    walk(kid)

    walk(root["/StructTreeRoot"])
    return out


def test_the_note_is_tagged_with_its_language_and_title_shown(note: Path, brief: Brief) -> None:
    reader = PdfReader(note)
    catalog = reader.trailer["/Root"]
    for flag in (catalog["/MarkInfo"]["/Marked"], catalog["/ViewerPreferences"]["/DisplayDocTitle"]):
        assert isinstance(flag, BooleanObject) and flag.value
    assert catalog["/Lang"] == "en"
    assert all(page["/Tabs"] == "/S" for page in reader.pages)
    info = subprocess.run([require_tool("pdfinfo"), str(note)], check=True, capture_output=True, text=True).stdout
    assert "Tagged:          yes" in info


def test_headings_lists_and_table_are_in_reading_order(note: Path, brief: Brief) -> None:
    lines = structure_text(note)
    roles = [line.strip() for line in lines if not line.strip().startswith('"')]
    headings = [lines[i + 1].strip().strip('"') for i, line in enumerate(lines) if line.strip().startswith("H2")]
    assert lines[1].strip() == "H1 (block)" and squash(brief.meta.title) == squash(lines[2].strip().strip('"'))
    assert headings[:3] == ["Summary", "Key points", "Background"]
    assert headings[-1] == "Sources"
    whole = squash("\n".join(lines))
    for point in brief.key_points:
        assert squash(point.text) in whole, point.text
    assert roles.count("TH:") == 2 and roles.count("TD") == 2 * len(brief.figures)
    for fig in brief.figures:
        assert squash(fig.label) in whole, fig.label


def test_page_furniture_is_an_artifact_and_nothing_is_left_unmarked(note: Path) -> None:
    whole = "\n".join(structure_text(note))
    assert "Page 1 of 2" not in whole and "BRIEFING NOTE" not in whole
    assert unmarked_painting(note) == {}


def test_every_node_type_is_tagged(every: Path) -> None:
    roles = [line.strip() for line in structure_text(every) if not line.strip().startswith('"')]
    for role in ("H1 (block)", "H2 (block)", "L (block)", "LI (block)", "Lbl (block)", "LBody (block)",
                 "BlockQuote", "Table (block)", "TR", "TD", "Caption", "Figure", "Div"):
        assert role in roles, role
    assert unmarked_painting(every) == {}


def test_figures_carry_their_text_alternative_and_every_mcid_maps_back(every: Path) -> None:
    figures = [e for e in elements(every) if e["/S"] == "/Figure"]
    assert len(figures) == 1
    assert figures[0]["/Alt"].startswith("A chart. A: 10%; B: 20%")
    reader = PdfReader(every)
    nums = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index
        owners = nums[2 * index + 1]
        for mcid, owner in enumerate(owners):
            refs = owner.get_object()["/K"]
            assert any(getattr(k.get_object(), "get", lambda _k: None)("/MCID") == mcid for k in refs)


def test_hyperlinks_are_link_elements_a_screen_reader_can_announce(tmp_path: Path) -> None:
    text = ("# Links\n\nSee [the WIPO report](https://www.wipo.int/report) and [UN news](https://news.un.org/).\n\n"
            "- An item with [a link](https://example.org/a).\n")
    path = tmp_path / "links.pdf"
    path.write_bytes(get_writer("pdf").render(parse(text), load_theme(default_theme_path()), RenderOptions()).data)
    links = [e for e in elements(path) if e["/S"] == "/Link"]
    assert [e["/P"].get_object()["/S"] for e in links] == ["/P", "/P", "/P"]
    nums = PdfReader(path).trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    refs = list(PdfReader(path).pages[0]["/Annots"])
    annotations = [a.get_object() for a in refs]
    assert [a["/Contents"] for a in annotations] == ["https://www.wipo.int/report", "https://news.un.org/",
                                                     "https://example.org/a"]
    for ref, annotation, link in zip(refs, annotations, links, strict=True):
        key = annotation["/StructParent"]
        assert nums[nums.index(key) + 1].idnum == link.indirect_reference.idnum
        assert link["/K"][0].raw_get("/Obj").idnum == ref.idnum


def test_the_deck_is_tagged_slide_by_slide(sample_output: Path) -> None:
    deck = sample_output / "slides.pdf"
    reader = PdfReader(deck)
    titles = [entry.title for entry in reader.outline]
    sections = [e for e in elements(deck) if e["/S"] == "/Sect"]
    assert len(sections) == len(reader.pages) == len(titles)
    lines = structure_text(deck)
    headings = [squash(lines[i + 1].strip().strip('"')) for i, line in enumerate(lines) if line.strip() == "H1 (block)"]
    assert headings == [squash(t) for t in titles]
    figures = [e for e in elements(deck) if e["/S"] == "/Figure"]
    assert figures and all(str(f["/Alt"]).strip() for f in figures)
    assert unmarked_painting(deck) == {}
    total = len(reader.pages)
    assert f"2 / {total}" in (reader.pages[1].extract_text() or "")  # the footer is drawn...
    assert f"/ {total}" not in "\n".join(lines)  # ...as an artifact, not read out


def test_elements_that_drew_nothing_are_left_out_of_the_tree() -> None:
    from briefkit.writers.rlstructure import Elem, prune

    root = Elem("Document")
    item = root.add("L").add("LI")
    item.add("Lbl")  # its bullet was never drawn
    item.add("LBody").add("P").kids.append((0, 0))
    root.add("P")
    assert prune(root)
    assert [k.role for k in root.kids if isinstance(k, Elem)] == ["L"]
    assert [k.role for k in item.kids if isinstance(k, Elem)] == ["LBody"]
