"""Shared test fixtures.

Tests that need an external program (pdftotext, qpdf, LibreOffice, Chromium)
call :func:`require_tool`.  On a developer machine without the program they
skip; in CI (``BRIEFKIT_REQUIRE_TOOLS=1``) a missing program fails the test,
so nothing silently skips there.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from briefkit.content import Brief

if TYPE_CHECKING:
    from briefkit.readers import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "ai-cooperation-2024.yaml"
ARTICLE = ROOT / "content" / "articles" / "ai-cooperation-2024.txt"
SAMPLE_ZH = ROOT / "content" / "un-ai-resolution-2024-zh.yaml"
"""The Chinese companion sample, drafted by hand from ARTICLE_ZH."""
ARTICLE_ZH = ROOT / "content" / "articles" / "un-ai-resolution-2024-zh.txt"
COUNCIL_STORY = ("The county council said its budget for the coming year rises 4% to $12 million, with more money "
                 "for road repairs and the library service.\n\n"
                 "Council members said the budget keeps property taxes flat while adding two deputies to the "
                 "sheriff's office.\n")
"""A made-up council story: the body under the lines a title test puts over it."""
COUNCIL_STORY_ZH = ("市政府常务会议审议通过了全市道路维修计划,今年安排资金一亿二千万元,"
                    "用于城区道路和桥梁的维修改造。\n\n"
                    "会议要求各区县抓紧落实道路维修计划,确保年底前完成全部工程。\n")
"""The same story in Chinese."""

# The user cache (compiled templates, font subsets) goes to a folder of this
# test session, set before anything imports briefkit: no test writes to the
# home folder, and commands the tests start inherit it.
_CACHE = tempfile.mkdtemp(prefix="briefkit-test-cache-")
os.environ["BRIEFKIT_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)


def require_tool(name: str) -> str:
    """The path of program ``name``; skip (or fail in CI) when it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed"
        if os.environ.get("BRIEFKIT_REQUIRE_TOOLS"):
            pytest.fail(message + " (BRIEFKIT_REQUIRE_TOOLS is set)")
        pytest.skip(message)
    return path


def pdftotext(pdf: Path) -> str:
    """The text of a PDF as poppler's pdftotext sees it (layout order)."""
    tool = require_tool("pdftotext")
    return subprocess.run([tool, "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def extracted(tmp_path: Path, text: str, name: str = "article.txt") -> tuple[Brief, list[str]]:
    """The draft ``briefkit extract`` makes of a file ``name`` holding ``text``, and its warnings."""
    from briefkit.extract import extract_article

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_article(path)


def page_article(tmp_path: Path, text: str) -> Article:
    """What the reader makes of a text page holding ``text`` (``page.txt``): the input of the extractor's steps."""
    from briefkit.readers import read_article

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def found_title(tmp_path: Path, text: str) -> str | None:
    """The title the draft of a page holding ``text`` gives, or None where the extractor says it found none (the
    file name stands in)."""
    brief, warnings = extracted(tmp_path, text, "page.txt")
    return None if any(w.startswith("no title line found") for w in warnings) else brief.meta.title


def drafted(tmp_path: Path, text: str) -> Brief:
    """The draft ``briefkit extract`` makes of an article holding ``text`` (a small article in a page's shape)."""
    return extracted(tmp_path, text)[0]


def drafted_figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    """The (value, unit) of every key figure ``extract`` drafts from a made-up page of ``body``."""
    page = "A made-up page for one kind of figure\n\n" + body + "\n"
    return {(round(f.value, 4), f.unit) for f in drafted(tmp_path, page).figures}


def libreoffice_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert a DOCX to PDF with LibreOffice headless (a private profile per call)."""
    tool = require_tool("soffice")
    profile = out_dir / "lo-profile"
    subprocess.run([tool, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx)], check=True, capture_output=True, timeout=180)
    return out_dir / (docx.stem + ".pdf")


@pytest.fixture(scope="session")
def sample_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample content rendered once per session (all products, default formats)."""
    from briefkit.render import RenderRequest, render_file

    out = tmp_path_factory.mktemp("sample-output")
    render_file(RenderRequest(SAMPLE, out))
    return out / SAMPLE.stem


# The sample briefing note, rendered once per session for every note test module.
# The PDF products of the sample and a drafted brief, plain and --pdfa, for test_pdfua.py and test_pdfa.py.
from a11ykit import pdfa_products, products  # noqa: E402, F401
from notekit import note_a4, note_letter, note_special, sample_brief  # noqa: E402, F401

# a short statement-like page the source tests vary: its head, then a story that names no outlet
HARBOUR_TITLE = "Harbour freight climbs in spring\n\n"
HARBOUR_BODY = ("The harbour board said cargo volumes rose 3.8 percent in April from a year earlier, helped by "
                "timber shipments and a rebound in container calls after the March gales.\n\n"
                "Board officials expect the rise to hold through the summer as two new cranes come into service, "
                "the board said in a statement on Wednesday.\n\nShipping agents called the figures encouraging.\n")


def source_of(tmp_path: Path, text: str) -> str | None:
    """The outlet ``extract`` credits on a page of ``text``."""
    brief, _ = extracted(tmp_path, text, "page.txt")
    return brief.meta.source
