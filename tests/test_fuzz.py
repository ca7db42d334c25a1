"""Property-based tests: Briefs made of arbitrary Unicode render everywhere, losing no word.

Hypothesis builds Briefs from control characters, lone surrogates, right-to-left
and CJK text, emoji, markup characters, text that looks like Jinja or like the
Markdown dialect, 10,000-character words and empty lists and strings.  Every
product is rendered in every format; no writer may fail, and every word the
document tree holds must be found in the output's text (pdftotext for PDF,
the DOCX's XML text, the HTML's text, the Markdown unescaped).  Characters no
theme font can draw are not looked for in PDFs (the writers warn about them).

CI runs a fixed number of derandomised examples (``BRIEFKIT_FUZZ_EXAMPLES``,
default 40) plus two explicit ones; ``benchmarks/fuzz_large.py`` runs thousands.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import html5lib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefkit.content import Brief
from briefkit.document import nodes as n
from briefkit.fonts import font_chain
from briefkit.packs import find_pack
from briefkit.render import (
    RenderRequest,
    cached_theme,
    default_theme_path,
    document_for,
    render_brief,
    within_budget,
)
from briefkit.writers import RenderOptions

PRODUCTS = ("note", "slides", "summary")
FORMATS = ("pdf", "docx", "html", "md")
EXAMPLES = int(os.environ.get("BRIEFKIT_FUZZ_EXAMPLES", "40"))

# ------------------------------------------------------------------ strategies

TRICKY = [
    "{{ 7*7 }}", "{% if x %}", "{# c #}", "{{", "}}", "{%", "%}", "${x}", "#{x}", "<script>alert(1)</script>",
    "&amp;", "&lt;", "&", "<", ">", "<b>", "---", ":::", "::: notes", "::::", "```", "~~~", "#", "# h", "- x",
    "1.", "> q", "| a | b |", "{.title}", "**", "__", "*", "_", "`", "\\", "[x](y)", "![i](http://127.0.0.1:9/i.png)",
    "<http://x>", "%", "100%", "#hashtag", "a|b", "!important", "@", "$", "^", "~", "=", "+", "(", ")", "[", "]",
]
SCRIPTS = [
    "مرحبا بالعالم", "שלום עולם", "中华人民共和国", "日本語のテキスト", "한국어 문장", "Ελληνικά", "Русский текст",
    "😀👍🏽👨‍👩‍👧 🇨🇳", "e\u0301", "\u200b\u200d\u2060", "\ufeff", "\u202eevil\u202c", "ﬁ ligature", "½ ① ㎏",
    "\u00ad", "Ünïcödé façade", "ไทย", "हिन्दी",
]
_any_char = st.characters(exclude_categories=())  # control characters and lone surrogates included
_piece = st.one_of(
    st.text(_any_char, max_size=12),
    st.sampled_from(TRICKY),
    st.sampled_from(SCRIPTS),
    st.text(st.sampled_from("<>&{}%#*_`[]()|\\!~^$@:-. "), max_size=8),
)
text = st.lists(_piece, max_size=4).map(" ".join)
"""Any text, possibly empty."""

word_text = st.lists(_piece, min_size=1, max_size=3).map(lambda parts: "W " + " ".join(parts))
"""Text that stays non-empty after cleaning (required fields)."""

long_word = st.builds(lambda char, size: char * size, st.sampled_from(["a", "中", "<", "{", "&", "ب", "Ж"]),
                      st.integers(2000, 10_000))
small_list = st.lists(text, max_size=3)


def _figure() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"label": word_text,
         "value": st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)},
        optional={"unit": st.one_of(st.sampled_from(["%", "USD", "patents"]), text), "display": text,
                  "qualifier": text, "source": text, "as_of": text, "group": st.sampled_from(["a", "b"]),
                  "source_text": text})


def _event() -> st.SearchStrategy[dict[str, Any]]:
    dates = st.dates(min_value=__import__("datetime").date(1000, 1, 1))
    return st.one_of(
        st.builds(lambda d, e: {"date": d.isoformat(), "precision": "day", "event": e}, dates, word_text),
        st.builds(lambda d, e: {"date": d.isoformat()[:7], "precision": "month", "event": e}, dates, word_text),
        st.builds(lambda d, e: {"date": d.isoformat()[:4], "precision": "year", "event": e, "original": e},
                  dates, word_text),
    )


@st.composite
def brief_data(draw: st.DrawFn) -> dict[str, Any]:
    """A Brief as the dict a content file would hold."""
    meta = draw(st.fixed_dictionaries(
        {"title": word_text},
        optional={"subtitle": text, "date": st.dates(), "source": text, "outlet": text, "authors": small_list,
                  "editors": small_list, "url": st.sampled_from(["https://example.org/a?b=1&c=<2>", "x y"]),
                  "tags": small_list}))
    data = draw(st.fixed_dictionaries({"meta": st.just(meta)}, optional={
        "purpose": text, "summary": text, "background": small_list,
        "key_points": st.lists(word_text, max_size=3),
        "sections": st.lists(st.fixed_dictionaries({"heading": word_text},
                                                   optional={"paragraphs": small_list, "bullets": small_list}),
                             max_size=3),
        "figures": st.lists(_figure(), max_size=3),
        "timeline": st.lists(_event(), max_size=3),
        "quotes": st.lists(st.fixed_dictionaries({"text": word_text}, optional={"attribution": text}), max_size=2),
        "organisations": st.lists(word_text, max_size=2), "places": st.lists(word_text, max_size=2),
        "questions": st.lists(word_text, max_size=2), "implications": st.lists(word_text, max_size=2),
        "sources": st.lists(st.fixed_dictionaries({"title": word_text}, optional={
            "url": st.sampled_from(["https://example.org/s", "javascript:alert(1)"]), "publisher": text}),
            max_size=2),
    }))
    if draw(st.integers(0, 4)) == 0:  # one brief in five carries a very long word
        data["summary"] = f"{data.get('summary', '')} {draw(long_word)} end"
    return data


briefs = brief_data().map(Brief.model_validate)
"""Valid Briefs (the model cleans what XML cannot hold)."""

# ------------------------------------------------------------------ output text

def _squash(value: str) -> str:
    """Compare text the way a reader would: NFKC, no whitespace, no invisible or control characters."""
    value = unicodedata.normalize("NFKC", value)
    return "".join(c for c in value if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc", "Zl", "Zp"))


def pdf_text(data: bytes, margin_pt: float = 51.0) -> str:
    """pdftotext of the body area, in content-stream order (a wrapped word in a table cell stays together).

    Running headers and footers sit outside the body: on pages in the theme's
    margins, on slides below the footer rule (3.4/45 of the height).  Leaving
    them out lets a word that breaks across pages read as one.
    """
    from pypdf import PdfReader

    tool = shutil.which("pdftotext")
    if tool is None:
        raise RuntimeError("pdftotext is not installed")
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    width, height = float(box.width), float(box.height)
    if width > height:  # a slide
        top, bottom = 0.0, height * 3.4 / 45
    else:  # a page: glyphs of the first body line may rise a few points into the margin
        top = bottom = margin_pt - 6
    crop = ["-x", "0", "-y", f"{top:.0f}", "-W", f"{width:.0f}", "-H", f"{height - top - bottom:.0f}"]
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        return subprocess.run([tool, "-raw", "-enc", "UTF-8", *crop, handle.name, "-"], check=True,
                              capture_output=True, text=True).stdout


def docx_text(data: bytes) -> str:
    """Every ``w:t`` of the document, its headers and footers, in order."""
    from lxml import etree

    out: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(archive.read(name))
                out.extend(t.text or "" for t in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/"
                                                          "2006/main}t"))
    return "".join(out)


def html_text(data: bytes) -> str:
    """The text of the whole HTML document as a browser parses it."""
    tree = html5lib.parse(data.decode("utf-8"), namespaceHTMLElements=False)  # the writers write UTF-8
    return " ".join(tree.itertext())


def output_text(fmt: str, data: bytes, margin_pt: float = 51.0) -> str:
    """The readable text of one output file."""
    if fmt == "pdf":
        return pdf_text(data, margin_pt)
    if fmt == "docx":
        return docx_text(data)
    if fmt == "html":
        return html_text(data)
    return markdown_text(data.decode("utf-8"))


def markdown_text(source: str) -> str:
    """The text a CommonMark renderer shows (escapes, entities and link syntax resolved), plus the front matter."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark", {"html": False}).enable("table").use(front_matter_plugin)
    front = [t.content for t in parser.parse(source) if t.type == "front_matter"]
    return " ".join([*front, html_text(parser.render(source).encode("utf-8"))])


# ------------------------------------------------------------------ the property

def _planned_blocks(doc: n.Document) -> list[n.Block]:
    """The deck's blocks as the slide plan has them: paragraphs over the body budget become their leading
    sentences on the slide (the full text goes to the speaker notes)."""
    from briefkit.writers.slides.budget import condensed
    from briefkit.writers.slides.model import slides_of

    theme = cached_theme(default_theme_path().resolve())
    blocks: list[n.Block] = []
    for slide in slides_of(doc, []):
        part = condensed(slide, theme.slides.body_words)
        blocks += [n.Heading(2, part.title), *part.blocks]
    return blocks


def expected_words(doc: n.Document, product: str, fmt: str) -> list[str]:
    """Words a reader must find: the title and every block's text (speaker notes only where printed)."""
    chunks = [doc.title]
    for block in _planned_blocks(doc) if product == "slides" else doc.blocks:
        if isinstance(block, n.Notes) and product == "slides":
            continue  # speaker notes go to handouts, not to the deck
        if isinstance(block, n.Chart) and fmt == "docx":
            continue  # a picture in Word; its numbers are in the key-figures table
        chunks.append(n.block_text(block))
    return [w for chunk in chunks for w in chunk.split()]


NOT_SHOWN = frozenset({"source_text", "editors", "kind", "precision", "date", "language", "url", "group",
                       "tags", "organisations", "places", "status", "date_prepared", "marking"})
"""Content fields no built-in product prints: provenance, bookkeeping (status shows as DRAFT, the marking as
page furniture on every page: tests/test_products.py reads both back), values printed reformatted (dates),
keywords (document properties only) and the entity lists (kept for search and ``briefkit check``)."""


def content_words(value: Any, key: str = "") -> list[str]:
    """Every word of the content that some product should print."""
    if key in NOT_SHOWN:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, dict):
        # A figure's ``display`` is how it is printed, qualifier and unit included ("over 140").
        skip = {"qualifier", "unit"} if value.get("display") else set()
        return [w for k, v in value.items() if k not in skip for w in content_words(v, k)]
    if isinstance(value, list):
        return [w for v in value for w in content_words(v, key)]
    return []


def _doc_text(doc: n.Document) -> str:
    return " ".join([doc.title, *(n.block_text(block) for block in doc.blocks)])


@dataclass
class Outcome:
    """What one brief produced: problems found (empty means it passed)."""

    problems: list[str] = field(default_factory=list)


def check_brief(brief: Brief, out_dir: Path) -> Outcome:
    """Render every product in every format; report words missing from any output."""
    outcome = Outcome()
    request = RenderRequest(Path("fuzz.yaml"), out_dir, PRODUCTS, FORMATS)
    result = render_brief(brief, request, "fuzz.yaml")
    theme = cached_theme(default_theme_path().resolve())
    chain = font_chain(theme)
    # What each product's writers receive: the template's tree, kept to its page budget.
    docs = {product: within_budget(document_for(brief, find_pack(product), "fuzz.yaml", None), theme,
                                   RenderOptions(product=product))[0] for product in PRODUCTS}
    # The templates' share: each word of the content reaches at least one product's document.
    printed = _squash(" ".join(_doc_text(doc) for doc in docs.values()))
    for word in content_words(brief.model_dump(mode="json")):
        if _squash(word) not in printed:
            outcome.problems.append(f"templates: no product prints {_squash(word)[:60]!r}")
    for product, doc in docs.items():
        pack = find_pack(product)
        for fmt in FORMATS:
            if fmt not in pack.spec.formats:
                continue
            path = out_dir / "fuzz" / f"{pack.spec.output}.{fmt}"
            if path not in result.files:
                outcome.problems.append(f"{path.name}: not rendered")
                continue
            haystack = _squash(output_text(fmt, result.files[path], theme.page.margin_mm * 72 / 25.4))
            for word in expected_words(doc, product, fmt):
                fragments = [word]
                if fmt == "pdf":  # characters no font has cannot be drawn; look for what is around them
                    missing = set(chain.missing(word))
                    fragments = re.split("|".join(map(re.escape, missing)), word) if missing else [word]
                for fragment in fragments:
                    needle = _squash(fragment)
                    if needle and needle not in haystack:
                        outcome.problems.append(f"{path.name}: missing {needle[:60]!r}")
    return outcome


def _require_pdftotext() -> None:
    # Imported here: benchmarks/fuzz_large.py imports this module outside pytest.
    from tests.conftest import require_tool

    require_tool("pdftotext")


KITCHEN_SINK = {
    "meta": {"title": "W {{ 7*7 }} <script>alert(1)</script> & 中文 العربية", "subtitle": "\ud800 lone \udfff",
             "authors": ["", "\x00\x07\x1b ctrl"], "tags": []},
    "summary": "Start " + "長" * 10_000 + " middle " + "w" * 10_000 + " end",
    "purpose": "",
    "key_points": ["W 😀👍🏽 emoji", "W שלום עולם right-to-left", "W {% for x in y %}{{ x }}{% endfor %} ${x} #{y}",
                   "W < > & { } % # | * _ ` [ ] ( ) \\ ! ~"],
    "sections": [{"heading": "W ::: notes", "paragraphs": ["", "---", "```"], "bullets": []}],
    "figures": [{"label": "W <b>label</b>", "value": 1e12, "unit": "%", "group": "a"},
                {"label": "W 二", "value": -0.5, "group": "a"}],
    "timeline": [{"date": "2024", "precision": "year", "event": "W ﬁ ½ ①", "original": "last year"}],
    "quotes": [{"text": "W « quoted » \u202eevil\u202c", "attribution": ""}],
    "sources": [{"title": "W javascript", "url": "javascript:alert(1)"}],
}


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(brief=briefs)
@example(brief=Brief.model_validate(KITCHEN_SINK))
@example(brief=Brief.model_validate({"meta": {"title": "W"}}))
def test_every_brief_renders_everywhere_without_losing_a_word(brief: Brief) -> None:
    _require_pdftotext()
    with tempfile.TemporaryDirectory() as tmp:
        outcome = check_brief(brief, Path(tmp))
    assert outcome.problems == []


@settings(max_examples=max(EXAMPLES // 4, 2), derandomize=True, deadline=None, database=None)
@given(title=word_text, summary=text)
def test_minimal_briefs_render(title: str, summary: str) -> None:
    """Briefs with only a title and a summary: every list empty."""
    _require_pdftotext()
    brief = Brief.model_validate({"meta": {"title": title}, "summary": summary})
    with tempfile.TemporaryDirectory() as tmp:
        assert check_brief(brief, Path(tmp)).problems == []


def test_the_sample_loses_no_word(tmp_path: Path) -> None:
    """The property holds for the curated sample too (and shows the text checks find real words)."""
    _require_pdftotext()
    from tests.conftest import SAMPLE

    from briefkit.content import load_brief

    assert check_brief(load_brief(SAMPLE), tmp_path).problems == []


def test_the_check_notices_a_lost_word(tmp_path: Path, monkeypatch: Any) -> None:
    """If a writer dropped text, the property would fail: simulate it by blanking the summary in the outputs."""
    _require_pdftotext()
    me = sys.modules[__name__]
    brief = Brief.model_validate({"meta": {"title": "Kept"}, "summary": "Vanishingword here"})
    real = me.output_text
    monkeypatch.setattr(me, "output_text", lambda fmt, data, margin=51.0: real(fmt, data, margin).replace(
        "Vanishingword", ""))
    problems = check_brief(brief, tmp_path).problems
    assert any("Vanishingword" in p for p in problems)


def test_empty_list_items_are_left_out(tmp_path: Path) -> None:
    """An empty bullet right after a heading crashed the PDF writer; the tree now leaves it out."""
    _require_pdftotext()
    brief = Brief.model_validate({"meta": {"title": "W"}, "sections": [{"heading": "H", "bullets": [""]},
                                                                       {"heading": "K", "bullets": ["", "x", ""]}]})
    assert check_brief(brief, tmp_path).problems == []
    doc = document_for(brief, find_pack("summary"), "fuzz.yaml", None)
    items = [item for b in doc.blocks if isinstance(b, n.BulletList | n.OrderedList) for item in b.items]
    assert items and all(item.children for item in items)
