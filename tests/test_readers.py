"""Readers: layouts, formats, encodings and bad input, read back through read_article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.errors import BriefkitError
from briefkit.readers import read_article
from conftest import ARTICLE

FRENCH = ("La coopération internationale progresse\n12 mars 2024\n"
          "Selon l'étude publiée à Genève, près de 38 000 entreprises françaises utilisent l'intelligence "
          "artificielle, soit 7,5 % de plus qu'en 2023. Le ministère prévoit 3 milliards d'euros.\n"
          "Éditeur : Amélie Durand\n")
CHINESE = ("加强人工智能国际合作正当其时\n2024年8月16日\n"
           "近年来，新一代人工智能蓬勃发展，成为新一轮科技革命和产业变革的重要驱动力量。"
           "据世界知识产权组织数据，2014年至2023年，全球生成式人工智能专利申请量共计5.4万件。\n"
           "责任编辑：李念\n")


def test_sample_portal_layout_splits_head_body_and_footer() -> None:
    article = read_article(ARTICLE)
    assert article.head == ["Strengthening international cooperation in artificial intelligence is at the right time",
                            "2024-08-16"]
    assert len(article.blocks) == 1 and article.blocks[0].text.startswith("In recent years")
    assert article.tail[0] == "Edit:Yi Jing Responsible editor:Li Nian"
    assert article.tail[1] == "Source:XinhuaNet"
    assert article.tail[2].startswith("Special statement")


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8-sig", FRENCH), ("utf-16", FRENCH), ("latin-1", FRENCH), ("gb18030", CHINESE), ("utf-8", CHINESE),
])
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    article = read_article(path)
    assert article.head[0] == text.split("\n")[0]
    assert article.paragraphs[0] == text.split("\n")[2]
    assert "\r" not in article.text


def test_latin1_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    article = read_article(path)
    assert "Genève" in article.text
    assert any("not valid UTF-8" in w for w in article.warnings)


def test_markdown_front_matter_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "op-ed.md"
    path.write_text("---\ntitle: Why ports matter\ndate: 2024-03-05\nauthor: Ann Lee, Bo Chen\n---\n\n"
                    "Ports move **most** of the world's trade, and their capacity decides how fast goods reach "
                    "the shelves of every market.\n\n## Capacity\n\nCapacity grew by 4% in 2023, according to "
                    "the [OECD](https://oecd.org), while demand grew faster than that.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Why ports matter"
    assert article.meta["author"] == "Ann Lee, Bo Chen"
    assert [b.text for b in article.blocks if b.is_heading] == ["Capacity"]
    assert "**" not in article.text and "according to the OECD," in article.text


def test_markdown_without_front_matter_takes_the_h1(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# The title\n\nA body paragraph long enough to count as prose for the reader here.\n")
    article = read_article(path)
    assert article.title == "The title" and article.paragraphs[0].startswith("A body paragraph")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join(["The council approved a budget of 12 million euros for new schools on Monday."] * 4)
    path = tmp_path / "page.html"
    path.write_text(
        "<!doctype html><html><head><title>Council approves school budget | City News</title>"
        '<meta property="og:title" content="Council approves school budget">'
        '<meta name="author" content="Maria Rossi"><meta property="article:published_time" content="2024-05-02">'
        "</head><body><nav><a href='/'>Home</a> <a href='/x'>Share on Facebook</a></nav>"
        f"<article><h1>Council approves school budget</h1><p>{body}</p><h2>Next steps</h2>"
        f"<p>{body}</p></article><footer>Copyright 2024 City News</footer></body></html>", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Council approves school budget"
    assert article.meta.get("date") == "2024-05-02"
    assert "Next steps" in [b.text for b in article.blocks if b.is_heading]
    assert "Share on Facebook" not in article.text and "Copyright" not in article.text


def test_docx_styles_become_headings(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Quarterly outlook", level=1)
    document.add_paragraph("Exports rose 3.2% in the first quarter as demand from Asia recovered strongly again.")
    document.add_heading("Risks", level=2)
    document.add_paragraph("Energy prices remain the main risk for manufacturers over the coming months.")
    document.core_properties.author = "Trade Desk"
    path = tmp_path / "outlook.docx"
    document.save(str(path))
    article = read_article(path)
    assert article.title == "Quarterly outlook"
    assert [b.text for b in article.blocks if b.is_heading] == ["Risks"]
    assert article.meta["author"] == "Trade Desk"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"  \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (a PNG image)"),
    (bytes(range(256)) * 8, "binary"),
])
def test_bad_input_is_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BriefkitError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_article(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(BriefkitError, match=r"over the .*-byte limit"):
        read_article(path)


def test_cli_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    result = subprocess.run([sys.executable, "-m", "briefkit", "extract", str(path), "--out", str(tmp_path)],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "binary" in result.stderr
