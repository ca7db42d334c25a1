"""Every node type of the document tree through the PDF and HTML writers."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import html5lib
import pytest
from pypdf import PdfReader

from briefkit.document import nodes as n
from briefkit.document import parse
from briefkit.packs import builtin_dir
from briefkit.theme import Theme, load_theme
from briefkit.writers import RenderOptions, get_writer
from conftest import pdftotext, require_tool

_SVG = "{http://www.w3.org/2000/svg}"
"""html5lib puts inline SVG in the SVG namespace, as browsers do."""

EVERYTHING = """---
title: Every node <type> & more
subtitle: A test document
date: 2025-03-01
date_text: 1 March 2025
source: Test Office
lang: en-GB
keywords: [alpha, beta]
---

# Every node <type> & more

## Text and lists

A paragraph with **bold**, *italic*, `code <x>`, a [link](https://example.org/a?b=1&c=2) and a\\
hard break. Chinese: 人工智能合作.

- First bullet
- Second bullet with a nested list:
  - Nested item

3. Third ordered
4. Fourth ordered

> A quotation worth keeping.
>
> — A. Speaker, 2025

```
code block {{ 7*7 }} <tag>
```

### Data

| Country | Value | Note |
|---|---:|---|
| China | 38,000 | first |
| United States | 6,276 | second |

::: figures
- **38,000** patent applications
- **83%** use generative AI
- **over 140** co-sponsors
:::

::: timeline
- **2023-10** Global initiative proposed
- **2024-07** UN resolution passed
:::

```chart
type: bar
title: Patent applications
unit: applications
source: WIPO
data:
  - {label: China, value: 38000}
  - {label: United States, value: 6276}
```

::: callout warning Watch out
Callout body text.
:::

:::: columns
::: column
Left column text.
:::
::: column
Right column text.
:::
::::

::: notes
Speaker notes must not print.
:::

---

Last paragraph after a rule, with an uncovered glyph: \U00013000.
"""


@pytest.fixture(scope="module")
def theme() -> Theme:
    return load_theme(builtin_dir() / "base" / "theme.yaml")


@pytest.fixture(scope="module")
def doc() -> n.Document:
    document = parse(EVERYTHING, "everything.md")
    kinds = {type(b).__name__ for b in document.blocks}
    kinds |= {type(b).__name__ for b in document.blocks if isinstance(b, n.BulletList)
              for item in b.items for b in item.children}
    expected = {"Heading", "Paragraph", "BulletList", "OrderedList", "BlockQuote", "CodeBlock", "Table",
                "Figures", "Timeline", "Chart", "Callout", "Columns", "Notes", "SlideBreak"}
    assert expected <= kinds, expected - kinds
    return document


def test_pdf_writer_renders_every_node(doc: n.Document, theme: Theme, tmp_path: Path) -> None:
    rendered = get_writer("pdf").render(doc, theme, RenderOptions(product="summary"))
    pdf = tmp_path / "everything.pdf"
    pdf.write_bytes(rendered.data)
    text = " ".join(pdftotext(pdf).split())
    for expected in ("Every node <type> & more", "A test document", "1 March 2025 · Test Office", "SUMMARY",
                     "code <x>", "人工智能合作", "Nested item", "Third ordered", "A quotation worth keeping.",
                     "— A. Speaker, 2025", "code block {{ 7*7 }} <tag>", "United States", "6,276",
                     "over 140", "co-sponsors", "2024-07", "UN resolution passed", "Patent applications",
                     "Source: WIPO", "Watch out", "Callout body text.", "Left column text.",
                     "Right column text.", "Last paragraph after a rule"):
        assert expected in text, expected
    assert "Speaker notes" not in text
    assert any("U+13000" in w for w in rendered.warnings), rendered.warnings
    reader = PdfReader(str(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    links = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots", [])]
    assert "https://example.org/a?b=1&c=2" in links
    check = subprocess.run([require_tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fonts = subprocess.run([require_tool("pdffonts"), str(pdf)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert any("DroidSansFallback" in row[0] for row in rows), fonts  # the Chinese text's face
    assert all(row[-5] == "yes" for row in rows), fonts


def test_pdf_writer_is_deterministic_and_honours_letter(doc: n.Document, theme: Theme) -> None:
    letter = theme.model_copy(update={"page": theme.page.model_copy(update={"size": "Letter"})})
    first = get_writer("pdf").render(doc, letter, RenderOptions()).data
    assert first == get_writer("pdf").render(doc, letter, RenderOptions()).data
    box = PdfReader(io.BytesIO(first)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_html_writer_renders_every_node(doc: n.Document, theme: Theme) -> None:
    data = get_writer("html").render(doc, theme, RenderOptions(product="summary")).data
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree = parser.parse(data)
    assert tree.get("lang") == "en-GB"
    body = tree.find("body")
    text = " ".join("".join(body.itertext()).split())
    for expected in ("Every node <type> & more", "code <x>", "人工智能合作", "code block {{ 7*7 }} <tag>",
                     "38,000", "UN resolution passed", "Callout body text.", "Right column text."):
        assert expected in text, expected
    assert "Speaker notes" not in text
    figure = body.find(".//figure")
    assert figure.find("figcaption").text == "Patent applications"
    svg = figure.find(f"{_SVG}svg")
    assert svg.get("role") == "img"
    assert "China: 38,000 applications" in svg.find(f"{_SVG}title").text
    assert body.find(".//aside").get("class") == "callout callout-warning"
    assert body.find(".//a").get("href") == "https://example.org/a?b=1&c=2"
    assert [td.get("class") for td in body.find(".//table/tbody/tr").findall("td")] == [None, "num", None]
    assert body.find(".//dl[@class='figures']") is not None and body.find(".//hr") is not None


@pytest.mark.parametrize(("epoch", "expected"), [(None, "2025-03-01"), ("1700000000", "2023-11-14")])
def test_pdf_is_dated_from_content_or_source_date_epoch(doc: n.Document, theme: Theme, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, epoch: str | None,
                                                         expected: str) -> None:
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    pdf = tmp_path / "dated.pdf"
    pdf.write_bytes(get_writer("pdf").render(doc, theme, RenderOptions()).data)
    info = subprocess.run([require_tool("pdfinfo"), "-isodates", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert f"CreationDate:    {expected}T" in info


def test_oversized_blocks_flow_across_pages(theme: Theme, tmp_path: Path) -> None:
    words = "Sentence of several words. " * 600
    source = (f"# Long\n\n::: callout note Long callout\n{words}\n:::\n\n| Cell |\n|---|\n| {words} |\n\n"
              f":::: columns\n::: column\n{words}\n:::\n::: column\nShort.\n:::\n::::\n")
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(get_writer("pdf").render(parse(source), theme, RenderOptions()).data)
    assert len(PdfReader(str(pdf)).pages) >= 6
    # Page furniture may fall inside a sentence, so count a word each sentence holds once.
    assert pdftotext(pdf).split().count("several") == 3 * 600


def test_empty_document_is_a_valid_pdf_and_page(theme: Theme, tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    pdf.write_bytes(get_writer("pdf").render(n.Document(), theme, RenderOptions()).data)
    assert subprocess.run([require_tool("qpdf"), "--check", str(pdf)], capture_output=True).returncode == 0
    page = html5lib.HTMLParser(strict=True).parse(get_writer("html").render(n.Document(), theme,
                                                                            RenderOptions()).data)
    assert page is not None


def test_theme_logo_in_pdf_and_html(doc: n.Document, theme: Theme, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (160, 40), (31, 58, 95)).save(logo)
    branded = theme.model_copy(update={"logo": logo})
    reader = PdfReader(io.BytesIO(get_writer("pdf").render(doc, branded, RenderOptions()).data))
    assert len(reader.pages[0].images) == 1
    page = get_writer("html").render(doc, branded, RenderOptions()).data.decode("utf-8")
    assert '<img class="logo" src="data:image/png;base64,' in page


def test_long_table_repeats_its_header_row(theme: Theme, tmp_path: Path) -> None:
    rows = "\n".join(f"| Country {i} | {i * 1000:,} |" for i in range(120))
    source = f"| Country name | Patent count |\n|---|---:|\n{rows}\n"
    pdf = tmp_path / "table.pdf"
    pdf.write_bytes(get_writer("pdf").render(parse(source), theme, RenderOptions()).data)
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    assert len(pages) >= 2
    assert all("Country name" in text and "Patent count" in text for text in pages)
    assert "119,000" in pages[-1]
