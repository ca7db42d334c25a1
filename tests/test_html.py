"""The briefing note as HTML: valid HTML5, self-contained, semantic, renders in a browser."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import html5lib
import pytest
from PIL import Image

from briefkit.content import Brief
from conftest import require_tool
from notekit import SPECIAL

_URL_ATTRS = {"src", "href", "srcset", "data", "poster", "action", "formaction"}


def parse_strict(data: bytes) -> Any:
    """Parse with html5lib in strict mode: any parse error raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(data)


def visible_text(tree: Any) -> str:
    """The text of <body>, whitespace collapsed."""
    body = tree.find("body")
    return " ".join("".join(body.itertext()).split())


def fetched_urls(tree: Any) -> list[str]:
    """Every URL the page would load by itself (elements other than <a>, and CSS url()/@import)."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag == "a":
            continue
        found += [value for name, value in element.attrib.items() if name in _URL_ATTRS]
        if element.tag == "style":
            found += re.findall(r"url\(([^)]*)\)|@import\s+([^;]+)", element.text or "")
    return [str(u) for u in found]


@pytest.fixture(scope="module")
def note_tree(note_a4: dict[str, Path]) -> Any:
    return parse_strict(note_a4["html"].read_bytes())


def test_note_html_parses_without_errors(note_a4: dict[str, Path]) -> None:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(note_a4["html"].read_bytes())
    assert parser.errors == []
    assert note_a4["html"].read_bytes().startswith(b"<!DOCTYPE html>")


def test_note_html_is_self_contained(note_tree: Any) -> None:
    assert fetched_urls(note_tree) == []
    tags = {e.tag for e in note_tree.iter()}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    style = note_tree.find("head/style").text
    assert "@media print" in style and "@page" in style and "size: A4" in style


def test_note_html_head_and_landmarks(note_tree: Any, sample_brief: Brief) -> None:
    root = note_tree
    assert root.get("lang") == "en"
    assert root.find("head/title").text == sample_brief.meta.title
    description = root.find("head/meta[@name='description']").get("content")
    assert description.startswith("To inform readers")
    assert root.find("body/header/h1") is not None
    sections = root.findall("body/main/section")
    titles = [s.find("h2").text for s in sections]
    assert titles[:3] == ["Summary", "Key points", "Background"]
    table = root.find(".//table")
    assert table.find("thead/tr/th") is not None and len(table.findall("tbody/tr")) == len(sample_brief.figures)


def test_note_html_holds_the_content(note_tree: Any, sample_brief: Brief) -> None:
    text = visible_text(note_tree)
    for point in sample_brief.key_points:
        assert " ".join(point.text.split()) in text
    for figure in sample_brief.figures:
        assert figure.label in text


def test_markup_like_content_is_text_in_html(note_special: dict[str, Path]) -> None:
    tree = parse_strict(note_special["html"].read_bytes())
    text = visible_text(tree)
    for prefix in ("Title", "Point", "Label"):
        assert f"{prefix} {SPECIAL}" in text
    assert tree.find(".//b") is None
    assert tree.find("head/title").text == f"Title {SPECIAL}"


def test_note_html_renders_in_headless_chromium(note_a4: dict[str, Path], tmp_path: Path) -> None:
    chromium = require_tool("chromium")
    shot = tmp_path / "note.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,1600",
                    note_a4["html"].resolve().as_uri()], check=True, capture_output=True, timeout=120)
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1600)
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50
    white = sum(count for count, rgb in colours if min(rgb) >= 245)
    share = 1 - white / (image.width * image.height)
    assert 0.03 < share < 0.6, share
