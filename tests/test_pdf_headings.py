"""No heading is the last thing on a PDF page: it always goes with the first lines of its section.

Each case pushes a heading further down the page, one line at a time, across
the foot of the first page, and reads every page back with pdftotext.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefkit.document import parse
from briefkit.render import default_theme_path
from briefkit.theme import load_theme
from briefkit.writers import RenderOptions, get_writer
from conftest import require_tool

FILLER = "Filler line {i} says little."
"""One short line: each one more moves what follows down by a line."""

BODIES = {
    "bullets": "## Sources\n\n- First source item\n- Second source item\n",
    "numbered": "## Sources\n\n1. First source item\n2. Second source item\n",
    "nested": "## Sources\n\n### Articles\n\n- First source item\n- Second source item\n",
    "paragraph": "## Sources\n\nFirst source item, in a paragraph.\n",
}


def page_texts(tmp_path: Path, markdown: str, name: str) -> list[str]:
    """The text of each page of ``markdown`` rendered by the PDF writer."""
    pdf = tmp_path / f"{name}.pdf"
    theme = load_theme(default_theme_path())
    pdf.write_bytes(get_writer("pdf").render(parse(markdown), theme, RenderOptions()).data)
    out = subprocess.run([require_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return out.split("\f")


def page_of(pages: list[str], text: str) -> int:
    """The index of the first page holding ``text``."""
    return next(i for i, page in enumerate(pages) if text in page)


@pytest.mark.parametrize("kind", sorted(BODIES))
def test_heading_never_ends_a_page(tmp_path: Path, kind: str) -> None:
    heading_pages = set()
    for count in range(30, 40):
        filler = "\n\n".join(FILLER.format(i=i) for i in range(count))
        pages = page_texts(tmp_path, f"# Title\n\n{filler}\n\n{BODIES[kind]}", f"{kind}-{count}")
        at = page_of(pages, "Sources")
        assert page_of(pages, "First source item") == at, (kind, count, pages[at][-400:])
        if kind == "nested":
            assert page_of(pages, "Articles") == at, (kind, count)
        heading_pages.add(at)
    # The sweep really crossed the foot of the page: the heading sat on the first page, then on the second.
    assert heading_pages == {0, 1}
