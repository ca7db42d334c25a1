"""Session fixtures for the briefing-note tests: the sample note rendered once.

Imported by test_note_pdf.py and test_html.py, so both share one render of
each variant (A4, Letter, and content full of markup-like characters).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from briefkit.content import Brief, load_brief
from briefkit.packs import builtin_dir
from briefkit.render import RenderRequest, render_file
from conftest import SAMPLE

SPECIAL = "Escaping <b>bold</b> & AT&T > x {{ 7*7 }} {% if %}"
"""Text that is markup in reportlab, HTML and Jinja alike; it must print literally."""


def render_note(content: Path, out: Path, theme: Path | None = None,
                formats: tuple[str, ...] = ("pdf", "html")) -> dict[str, Path]:
    """Render the note pack of ``content`` into ``out``; format → file."""
    result = render_file(RenderRequest(content, out, products=("note",), formats=formats, theme=theme))
    return {path.suffix[1:]: path for path in result.files}


def letter_theme(folder: Path) -> Path:
    """A copy of the built-in theme (with its fonts) whose page size is Letter."""
    base = builtin_dir() / "base"
    shutil.copytree(base / "fonts", folder / "fonts")
    text = (base / "theme.yaml").read_text(encoding="utf-8")
    assert "size: A4" in text
    theme = folder / "theme.yaml"
    theme.write_text(text.replace("size: A4", "size: Letter", 1), encoding="utf-8")
    return theme


def special_content(folder: Path) -> Path:
    """The sample content with markup-like text in the title, a key point and a figure label."""
    yaml = YAML()
    data = yaml.load(SAMPLE.read_text(encoding="utf-8"))
    data["meta"]["title"] = f"Title {SPECIAL}"
    data["key_points"][0]["text"] = f"Point {SPECIAL}"
    data["figures"][0]["label"] = f"Label {SPECIAL}"
    path = folder / "special.yaml"
    with path.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    return path


@pytest.fixture(scope="session")
def sample_brief() -> Brief:
    """The sample content as the model sees it (the expected text comes from here)."""
    return load_brief(SAMPLE)


@pytest.fixture(scope="session")
def note_a4(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample note as PDF and HTML with the built-in (A4) theme."""
    return render_note(SAMPLE, tmp_path_factory.mktemp("note-a4"))


@pytest.fixture(scope="session")
def note_letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample note as PDF on Letter paper."""
    folder = tmp_path_factory.mktemp("note-letter")
    return render_note(SAMPLE, folder / "out", letter_theme(folder / "theme"), ("pdf",))["pdf"]


@pytest.fixture(scope="session")
def note_special(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The note of content whose text looks like markup and template code."""
    folder = tmp_path_factory.mktemp("note-special")
    return render_note(special_content(folder), folder / "out")
