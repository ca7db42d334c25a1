"""The PDF products of the sample and of a drafted brief, and structural accessibility checks.

Shared by test_pdfua.py and test_pdfa.py.  The products are made through the
CLI (``briefkit build``, ``briefkit newsletter``) once per session, plain and
with ``--pdfa``.  The checks read the files back with pikepdf and pypdf:
what a PDF/UA checker from the registries (``pdfua``) does not cover.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefkit.cli import cli
from conftest import ARTICLE, SAMPLE, require_tool

TAGGED = ("briefing-note.pdf", "slides.pdf", "newsletter.pdf")
"""The tagged products; the handouts are not tagged (see the README's accessibility section)."""


def run(*args: str) -> None:
    """``briefkit ARGS`` through the CLI; it must succeed."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def make_products(out: Path, pdfa: bool) -> dict[str, Path]:
    """Every PDF product of the sample (``sample/…``) and of a drafted brief (``draft/…``)."""
    flag = ["--pdfa"] if pdfa else []
    files: dict[str, Path] = {}
    # The reviewed sample, and the article drafted on the fly by ``build``.
    for source, name in ((SAMPLE, "sample"), (ARTICLE, "draft")):
        run("build", str(source), "--out", str(out / name), "--handout", "3", "-q", *flag)
        run("newsletter", str(source), "-f", "pdf", "--out", str(out / f"news-{name}"), *flag)
        files[f"{name}/newsletter.pdf"] = out / f"news-{name}" / "newsletter" / "newsletter.pdf"
        for pdf in sorted((out / name).glob("*/*.pdf")):
            files[f"{name}/{pdf.name}"] = pdf
    return files


@pytest.fixture(scope="session")
def products(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The default PDFs: 'sample/briefing-note.pdf', 'draft/slides.pdf', …"""
    return make_products(tmp_path_factory.mktemp("a11y"), pdfa=False)


@pytest.fixture(scope="session")
def pdfa_products(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same products built with ``--pdfa``."""
    return make_products(tmp_path_factory.mktemp("pdfa"), pdfa=True)


@dataclass
class Node:
    """A structure element as read back: role, attributes, children and (page, MCID) content."""

    role: str
    obj: Any
    kids: list[Node] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)
    annotations: list[Any] = field(default_factory=list)

    def walk(self) -> list[Node]:
        """This element and every descendant, in reading order."""
        return [self, *(n for kid in self.kids for n in kid.walk())]

    def all_content(self) -> list[tuple[int, int]]:
        """Marked content of this element and its descendants, in reading order."""
        out = list(self.content)
        for kid in self.kids:
            out += kid.all_content()
        return out


def structure(pdf: pikepdf.Pdf) -> Node:
    """The structure tree of ``pdf``."""
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    return _node(pdf.Root.StructTreeRoot, pages, None)


def _node(obj: Any, pages: dict[tuple[int, int], int], page: int | None) -> Node:
    node = Node(str(obj.get("/S", "/StructTreeRoot"))[1:], obj)
    if "/Pg" in obj:
        page = pages[obj.Pg.objgen]
    kids = obj.get("/K")
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
        if isinstance(kid, int):
            assert page is not None
            node.content.append((page, int(kid)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            node.content.append((pages[kid.Pg.objgen] if "/Pg" in kid else page, int(kid.MCID)))
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
            node.annotations.append(kid.Obj)
        elif isinstance(kid, pikepdf.Dictionary):
            node.kids.append(_node(kid, pages, page))
    return node


def mcid_text(path: Path) -> dict[tuple[int, int], tuple[str, float, float]]:
    """Each marked-content sequence's text (decoded by pypdf) and where its first text starts (x, y)."""
    texts: dict[tuple[int, int], tuple[str, float, float]] = {}
    for index, page in enumerate(PdfReader(path).pages):
        stack: list[int | None] = []

        def before(op: bytes, args: Any, *_: Any, stack: list[int | None] = stack) -> None:
            if op == b"BDC":
                props = args[1] if len(args) > 1 else {}
                stack.append(props.get("/MCID") if hasattr(props, "get") else None)
            elif op == b"BMC":
                stack.append(None)
            elif op == b"EMC" and stack:
                stack.pop()

        def text(chunk: str, cm: Any, tm: Any, *_: Any, stack: list[int | None] = stack, index: int = index) -> None:
            mcid = next((m for m in reversed(stack) if m is not None), None)
            if mcid is None or not chunk.strip():
                return
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            old = texts.get((index, int(mcid)))
            texts[(index, int(mcid))] = (old[0] + chunk, old[1], old[2]) if old else (chunk, x, y)

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts


def words(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits)."""
    return re.findall(r"\w+", text.lower())


def reading_order_problems(path: Path, tree: Node, columns: bool) -> list[str]:
    """Blocks whose place in the structure differs from their place on the page.

    Single-column documents (``columns`` false) are compared with poppler's
    reading order (``pdftotext``): each block's first words must appear after
    the previous block's.  Slides lay blocks out in columns and grids, where
    poppler reads across rows; there the tree may go down, or up only into a
    column to the right — never back up the same column or to the left.
    """
    texts = mcid_text(path)
    problems = []
    for page in range(len(PdfReader(path).pages)):
        blocks = [(key, texts[key]) for key in tree.all_content() if key[0] == page and key in texts]
        if columns:
            problems += _geometry(page, blocks)
        else:
            problems += _poppler(path, page, blocks)
    return problems


def _poppler(path: Path, page: int, blocks: list[tuple[tuple[int, int], tuple[str, float, float]]]) -> list[str]:
    visual = words(subprocess.run([require_tool("pdftotext"), "-f", str(page + 1), "-l", str(page + 1),
                                   str(path), "-"], capture_output=True, text=True, check=True).stdout)
    problems, position = [], 0
    for _key, (text, _x, _y) in blocks:
        head = words(text)[:3]
        found = _find(visual, head, position) if head else position
        if found < 0:
            problems.append(f"page {page + 1}: {' '.join(head)!r} comes earlier on the page than in the tree")
        else:
            position = found
    return problems


def _geometry(page: int, blocks: list[tuple[tuple[int, int], tuple[str, float, float]]]) -> list[str]:
    problems = []
    for (_, (_, x1, y1)), (_, (text, x2, y2)) in itertools.pairwise(blocks):
        if y2 > y1 + 2 and x2 <= x1 + 2:  # back up the same column, or up and to the left
            problems.append(f"page {page + 1}: {text[:30]!r} is read after text below it")
    return problems


def _find(haystack: list[str], needle: list[str], start: int) -> int:
    for i in range(start, len(haystack) - len(needle) + 1):
        if haystack[i:i + len(needle)] == needle:
            return i
    return -1


def link_texts(path: Path) -> list[str]:
    """The text inside each Link element, as poppler reads the structure tree (``pdfinfo -struct-text``)."""
    tree = subprocess.run([require_tool("pdfinfo"), "-struct-text", str(path)], capture_output=True, text=True,
                          check=True).stdout
    # A Link element: its annotations ("Object N 0" lines), then its text (a quoted line).
    found = re.findall(r'Link \(inline\)\n(?:\s+Object \d+ \d+\n)*(?:\s+"([^"]*)"\n)?', tree)
    return [" ".join(text.split()) for text in found]
