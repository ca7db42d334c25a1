"""``briefkit newsletter``: one issue from many briefs, in DOCX, PDF, Markdown and e-mail HTML."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import html5lib
import pytest
from benchmarks.gen_briefs import write_briefs
from click.testing import CliRunner
from tests.conftest import SAMPLE, libreoffice_pdf, pdftotext, require_tool

from briefkit.cli import cli

NASTY = "Chips & <b>walls</b> {{ 7*7 }}"
FILES = ("newsletter.pdf", "newsletter.docx", "newsletter.md", "newsletter.html", "newsletter.txt")


def squash(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@pytest.fixture(scope="session")
def items(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three briefs: two variations (one with a title full of markup) and the sample."""
    folder = tmp_path_factory.mktemp("newsletter-content")
    first, second = write_briefs(2, folder)
    text = second.read_text(encoding="utf-8")
    second.write_text(re.sub(r"(?m)^  title: .*$", f"  title: '{NASTY}'", text, count=1), encoding="utf-8")
    return [first, second, SAMPLE]


@pytest.fixture(scope="session")
def issue(items: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("newsletter-out")
    result = CliRunner().invoke(cli, ["newsletter", *map(str, items), "--title", "The AI Weekly", "--issue", "12",
                                      "--intro", "Three readings on AI cooperation.", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / "newsletter-12"


def test_all_formats_and_the_text_alternative_are_written(issue: Path) -> None:
    assert sorted(p.name for p in issue.iterdir()) == sorted(FILES)


def test_markdown_has_contents_intro_and_a_section_per_article(issue: Path) -> None:
    text = (issue / "newsletter.md").read_text(encoding="utf-8")
    assert text.startswith("# The AI Weekly")
    assert "Issue 12" in text and "Three readings on AI cooperation." in text
    contents = text[text.index("## In this issue"):text.index("## 1.")]
    assert contents.count("\n1. ") + contents.count("\n2. ") + contents.count("\n3. ") == 3
    assert len(re.findall(r"(?m)^## \d\. ", text)) == 3
    assert "(brief 0000)" in text and "Chips &" in text and "\\<b\\>walls\\</b\\>" in text
    assert "[XinhuaNet](<https://example.org/briefs/0000>)" in text
    assert "Source: XinhuaNet" in text  # the sample has no link
    assert "38,000" in text  # the sample's key figures


def test_pdf_reads_back(issue: Path) -> None:
    text = squash(pdftotext(issue / "newsletter.pdf"))
    for expected in ("The AI Weekly", "In this issue", "Three readings on AI cooperation.", NASTY, "38,000",
                     "Read the full article", "Strengthening international cooperation"):
        assert expected in text, expected
    qpdf = require_tool("qpdf")
    subprocess.run([qpdf, "--check", str(issue / "newsletter.pdf")], check=True, capture_output=True)


def test_docx_opens_and_libreoffice_converts_it(issue: Path, tmp_path: Path) -> None:
    import docx

    document = docx.Document(str(issue / "newsletter.docx"))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert any(h.startswith("1. ") for h in headings) and any(NASTY in h for h in headings)
    pdf = libreoffice_pdf(issue / "newsletter.docx", tmp_path)
    text = squash(pdftotext(pdf))
    assert "The AI Weekly" in text and NASTY in text and "38,000" in text


def _tree(path: Path) -> ElementTree.Element:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root: ElementTree.Element = parser.parse(path.read_bytes())
    return root


def test_email_html_is_inline_styled_and_self_contained(issue: Path) -> None:
    raw = (issue / "newsletter.html").read_text(encoding="utf-8")
    root = _tree(issue / "newsletter.html")
    elements = list(root.iter())
    assert not [e for e in elements if e.tag in ("style", "link", "script", "img", "iframe", "object")]
    assert not [e for e in elements if "class" in e.attrib or "src" in e.attrib]
    assert "url(" not in raw and "@import" not in raw
    body = root.find("body")
    assert body is not None
    styled = {"p", "h1", "h2", "h3", "h4", "a", "ul", "ol", "li", "td", "th", "table", "hr"}
    unstyled = [e.tag for e in body.iter() if e.tag in styled and not e.get("style")]
    assert not unstyled or set(unstyled) == {"td"}  # only empty spacer cells
    hrefs = [a.get("href", "") for a in body.iter("a")]
    assert hrefs and all(h.startswith("https://") for h in hrefs)
    column = [t for t in body.iter("table") if t.get("width") == "600"]
    assert len(column) == 1 and "max-width:600px" in column[0].get("style", "")
    text = squash("".join(body.itertext()))
    assert NASTY in text and "The AI Weekly" in text and "38,000" in text


def test_text_alternative(issue: Path) -> None:
    text = (issue / "newsletter.txt").read_text(encoding="utf-8")
    assert text.startswith("The AI Weekly\n=============\n")
    assert NASTY in squash(text) and "https://example.org/briefs/0000" in text
    assert all(len(line) <= 72 or "://" in line for line in text.splitlines())
    assert "<" not in text.replace("<https://", "").replace(NASTY, "")


def test_newsletter_is_byte_identical_when_rebuilt(items: list[Path], issue: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["newsletter", *map(str, items), "--title", "The AI Weekly", "--issue", "12",
                                      "--intro", "Three readings on AI cooperation.", "--out", str(tmp_path)])
    assert result.exit_code == 0
    for name in FILES:
        assert (tmp_path / "newsletter-12" / name).read_bytes() == (issue / name).read_bytes(), name


def test_manifest_settings_and_a_bad_item(items: list[Path], tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes(items[0].read_bytes())
    manifest = tmp_path / "briefkit.yaml"
    manifest.write_text("items: [a.yaml]\nout: site\nnewsletter: {title: Weekly digest, issue: 3}\n",
                        encoding="utf-8")
    result = CliRunner().invoke(cli, ["newsletter", str(manifest), "-f", "md"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "newsletter-3" / "newsletter.md").read_text(encoding="utf-8").startswith(
        "# Weekly digest")
    (tmp_path / "bad.yaml").write_text("meta: {title: T}\nfigures: [{label: x, value: lots}]\n", encoding="utf-8")
    out = tmp_path / "bad-out"
    result = CliRunner().invoke(cli, ["newsletter", str(tmp_path / "a.yaml"), str(tmp_path / "bad.yaml"),
                                      "-f", "md", "--out", str(out)])
    assert result.exit_code == 1
    assert "bad.yaml:2: figures[0].value" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("product", ["slides", "summary"])
def test_email_and_text_writers_render_every_node_kind(product: str, tmp_path: Path) -> None:
    from briefkit.content import load_brief
    from briefkit.packs import find_pack
    from briefkit.render import cached_theme, default_theme_path, document_for
    from briefkit.writers import RenderOptions, get_writer

    doc = document_for(load_brief(SAMPLE), find_pack(product), SAMPLE.name, None)
    rendered = get_writer("email").render(doc, cached_theme(default_theme_path().resolve()),
                                          RenderOptions(product=product))
    page = tmp_path / "page.html"
    page.write_bytes(rendered.data)
    body = _tree(page).find("body")
    assert body is not None
    assert not [e for e in body.iter() if e.tag in ("style", "img", "script") or "class" in e.attrib]
    text = squash("".join(body.itertext()))
    plain = rendered.attachments[f"{product}.txt"].decode("utf-8")
    for expected in ("54,000", "38,000", "6,276", "Putting people first"):
        assert expected in text and expected in squash(plain), expected
    assert plain == get_writer("text").render(doc, cached_theme(default_theme_path().resolve()),
                                              RenderOptions()).data.decode("utf-8")


def test_the_issue_speaks_the_language_of_most_of_its_briefs(items: list[Path], tmp_path: Path) -> None:
    # The Chinese brief is the newest of the four (its date moved forward): the issue still reads in English.
    from tests.conftest import SAMPLE_ZH
    chinese = tmp_path / "zh.yaml"
    chinese.write_text(re.sub(r"(?m)^  date: .*$", "  date: 2030-01-01", SAMPLE_ZH.read_text(encoding="utf-8"),
                              count=1), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["newsletter", str(chinese), *map(str, items), "-f", "md", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = (out / "newsletter" / "newsletter.md").read_text(encoding="utf-8")
    assert "In this issue" in text
    assert "本期" not in text
