"""A Chinese brief reads in Chinese: no English word the writers or templates add, in any format.

The Chinese sample is built with ``briefkit build`` into every product and
format (note PDF/DOCX/HTML/Markdown, deck PDF/PPTX with handouts, summary
DOCX/PDF) and with ``briefkit newsletter`` (PDF, DOCX, Markdown, e-mail HTML and
its plain-text part).  Its figures get a second one in the same group, so every
product also draws a chart with its source line.  Each file is read back as a
reader sees it and searched for the English catalogue's words (and the words
writers used to hard-code); words the content itself holds are allowed.
"""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from tests.conftest import ROOT, SAMPLE_ZH, pdftotext

from briefkit.cli import cli

_WORD = re.compile(r"[A-Za-z]{3,}")
WRITER_WORDS = {"value", "values", "date", "event", "chart", "figure", "contents", "issue", "source", "sources",
                "page", "slide", "notes", "draft", "newsletter", "document"}
"""Words writers and templates printed as literals before they came from the catalogue."""


def label_words() -> set[str]:
    """English words of every label the Chinese catalogue translates, and the writers' old literals."""
    english = yaml.safe_load((ROOT / "templates" / "base" / "labels" / "en.yaml").read_text("utf-8"))
    chinese = yaml.safe_load((ROOT / "templates" / "base" / "labels" / "zh.yaml").read_text("utf-8"))
    words = {w.lower() for key in chinese for w in _WORD.findall(re.sub(r"\{\w+\}", "", str(english.get(key, ""))))}
    return words | WRITER_WORDS


def strings(value: Any) -> list[str]:
    """Every string in a loaded YAML value."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [str(value)] if value is not None else []


class _Visible(HTMLParser):
    """What a reader (or a screen reader) gets from HTML: text outside style/script, and alt/label attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("style", "script", "head")
        self.parts += [v for k, v in attrs if k in ("alt", "aria-label", "title") and v]

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("style", "script", "head")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _ooxml_text(path: Path) -> str:
    """The text runs of a DOCX or PPTX: body, headers, footers, notes and chart data."""
    with zipfile.ZipFile(path) as package:
        xml = [package.read(name).decode("utf-8") for name in sorted(package.namelist())
               if name.endswith(".xml") and re.match(r"(word|ppt/(slides|notesSlides|charts)|word/charts)/", name)]
    return " ".join(t for x in xml for t in re.findall(r"<(?:w|a):t(?: [^>]*)?>([^<]*)</|<c:v>([^<]*)</", x)
                    for t in t if t)


def reader_text(path: Path) -> str:
    """What a reader of ``path`` sees."""
    if path.suffix == ".pdf":
        return pdftotext(path)
    if path.suffix in (".docx", ".pptx"):
        return _ooxml_text(path)
    if path.suffix == ".html":
        parser = _Visible()
        parser.feed(path.read_text("utf-8"))
        return " ".join(parser.parts)
    return path.read_text("utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], set[str]]:
    """Every file the Chinese sample (with a chart) builds into, and the English words its content holds."""
    folder = tmp_path_factory.mktemp("zh")
    data = yaml.safe_load(SAMPLE_ZH.read_text("utf-8"))
    first = data["figures"][0]
    first["group"] = "参加联署的国家"
    data["figures"].append({**first, "label": "提出决议的国家", "value": 1, "display": "1国", "qualifier": None,
                            "source_text": None})
    data["figures"][-1] = {k: v for k, v in data["figures"][-1].items() if v is not None}
    content = folder / "un-ai-zh.yaml"
    content.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    out = folder / "out"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(content), "-o", str(out), "--force", "-q", "-j", "1",
                                 *[a for f in ("pdf", "docx", "html", "md", "pptx") for a in ("-f", f)],
                                 "--handout", "2", "--handout", "notes"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["newsletter", str(content), "--issue", "3", "--out", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(p for p in out.rglob("*") if p.suffix in (".pdf", ".docx", ".pptx", ".html", ".md", ".txt"))
    allowed = {w.lower() for s in strings(data) for w in _WORD.findall(s)}
    return files, allowed


def test_every_product_and_format_is_built(built: tuple[list[Path], set[str]]) -> None:
    names = {p.name for p in built[0]}
    for name in ("briefing-note.pdf", "briefing-note.docx", "briefing-note.html", "briefing-note.md", "slides.pdf",
                 "slides.pptx", "summary.docx", "summary.pdf", "newsletter.pdf", "newsletter.docx", "newsletter.md",
                 "newsletter.html", "newsletter.txt"):
        assert name in names, name
    assert any("handout" in n for n in names), names


def _english_words(files: list[Path], allowed: set[str]) -> dict[str, list[str]]:
    forbidden = label_words() - allowed
    found = {}
    for path in files:
        words = {w.lower() for w in _WORD.findall(reader_text(path))} & forbidden
        if words:
            found[path.name] = sorted(words)
    return found


def test_no_english_label_words_in_a_chinese_brief(built: tuple[list[Path], set[str]]) -> None:
    files, allowed = built
    assert _english_words([p for p in files if p.suffix != ".pdf"], allowed) == {}
    # The chart really was drawn, with its source line in Chinese.
    assert "来源：联合国大会" in re.sub(r"\s+", "", reader_text(next(p for p in files if p.name == "summary.docx")))


def test_no_english_label_words_in_a_chinese_brief_pdf(built: tuple[list[Path], set[str]]) -> None:
    files, allowed = built
    assert _english_words([p for p in files if p.suffix == ".pdf"], allowed) == {}
