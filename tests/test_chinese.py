"""Chinese briefs end to end: kinsoku line breaks in the note, deck and handouts, Chinese dates, the
Chinese font through LibreOffice, and the line breaker's rules on their own."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from tests.conftest import SAMPLE_ZH, libreoffice_pdf, pdftotext, require_tool

from briefkit.fonts import font_chain
from briefkit.render import RenderRequest, cached_theme, default_theme_path, render_file
from briefkit.writers.cjkbreak import CANNOT_END, CANNOT_START
from briefkit.writers.rlpara import Para

FORBIDDEN_START = "，。、；：？！）」』】》"
FORBIDDEN_END = "（「『【《"

# Sentences built to put punctuation at every position of a line at some width.
TRICKY = ("“以人为本、智能向善、造福人类”：决议（X/12/Y.3）由中国主提，140多国参加联署；"
          "《全球人工智能治理倡议》提出后，「小院高墙」受到批评！这是为什么？AI capacity building 与"
          "2030年可持续发展议程】相关。")


@pytest.fixture(scope="module")
def zh_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Chinese sample rendered once: every product, default formats, a 3-up handout."""
    out = tmp_path_factory.mktemp("zh-output")
    render_file(RenderRequest(SAMPLE_ZH, out, handouts=("3",)))
    return out / SAMPLE_ZH.stem


def _bad_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [line for line in lines if line[0] in FORBIDDEN_START or line[-1] in FORBIDDEN_END]


def test_the_rules_cover_the_forbidden_characters() -> None:
    assert set(FORBIDDEN_START) <= CANNOT_START and set(FORBIDDEN_END) <= CANNOT_END


def _lines(text: str, width: float, size: float = 10.5) -> list[str]:
    chain = font_chain(cached_theme(default_theme_path(None).resolve()))
    style = ParagraphStyle("t", fontName=chain.body.regular, fontSize=size, leading=size * 1.25)
    para = Para(chain.markup(text), style)
    para.wrap(width, 1e6)
    return ["".join(w.text for w in line.words) for line in para.blPara.lines]


@pytest.mark.parametrize("width", [float(w) for w in range(40, 400, 7)])
def test_no_line_starts_or_ends_with_forbidden_punctuation_at_any_width(width: float) -> None:
    lines = _lines(TRICKY, width)
    assert len(lines) > 1 or width > 300
    for line in lines:
        assert line and line[0] not in CANNOT_START and line[-1] not in CANNOT_END, (width, lines)
    # Nothing added, nothing lost: only the spaces a line broke at are gone.
    assert "".join(lines).replace(" ", "") == TRICKY.replace(" ", "")
    assert sum(line.count(" ") for line in lines) <= TRICKY.count(" ")


@pytest.mark.parametrize("width", [80.0, 90.0, 130.0, 170.0])  # wider than every word
def test_latin_words_and_numbers_stay_whole(width: float) -> None:
    lines = _lines(TRICKY, width)
    words = ["capacity", "building", "2030", "140", "X/12/Y.3"]
    for word in words:
        assert any(word in line for line in lines), (word, lines)


def test_a_word_wider_than_the_line_is_cut_but_never_before_a_stop() -> None:
    lines = _lines("一个很长的词：" + "x" * 60 + "。结束", 80.0)
    assert all(line[0] not in CANNOT_START for line in lines)
    assert "".join(lines) == "一个很长的词：" + "x" * 60 + "。结束"


@pytest.mark.parametrize("name", ["briefing-note.pdf", "slides.pdf", "slides-handout-3.pdf"])
def test_every_line_of_the_chinese_pdfs_obeys_the_line_breaking_rules(zh_output: Path, name: str) -> None:
    text = pdftotext(zh_output / name)
    assert "人工智能" in text
    assert _bad_lines(text) == []


def test_the_layout_order_text_obeys_them_too(zh_output: Path) -> None:
    tool = require_tool("pdftotext")
    for name in ("briefing-note.pdf", "slides.pdf", "slides-handout-3.pdf"):
        text = subprocess.run([tool, "-layout", "-enc", "UTF-8", str(zh_output / name), "-"],
                              check=True, capture_output=True, text=True).stdout
        # In layout mode a line may hold two columns: check each column's text apart.
        cells = [cell for line in text.splitlines() for cell in line.split("   ")]
        assert _bad_lines("\n".join(cells)) == [], name


def test_chinese_dates_and_no_spaces_between_ideographs(zh_output: Path) -> None:
    note = pdftotext(zh_output / "briefing-note.pdf")
    assert "2024年7月2日" in note and "2030年" in note
    assert "16 August" not in note and "July 2024" not in note
    slides = pdftotext(zh_output / "slides.pdf")
    assert "2024年7月1日" in slides
    for text in (note, slides):
        assert "人 工" not in text and "智 能" not in text


def test_the_word_files_show_the_chinese_font_through_libreoffice(zh_output: Path, tmp_path: Path) -> None:
    pdffonts = require_tool("pdffonts")
    for name in ("summary.docx", "briefing-note.docx"):
        pdf = libreoffice_pdf(zh_output / name, tmp_path)
        fonts = subprocess.run([pdffonts, str(pdf)], check=True, capture_output=True, text=True).stdout
        assert "DroidSansFallback" in fonts, fonts
        # Word and LibreOffice leave a small gap between Chinese and digits (autoSpaceDN), which
        # pdftotext reads as a space: it is spacing, not a character of the text.
        text = re.sub(r"(?<=[0-9]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[0-9])", "", pdftotext(pdf))
        assert "人工智能能力建设" in text and "2024年7月2日" in text


def test_chinese_headings_are_emboldened_and_leave_the_stroke_state_alone(zh_output: Path) -> None:
    """Droid Sans Fallback has no bold: headings' CJK runs are filled and stroked (text render mode 2)."""
    from pypdf import PdfReader

    reader = PdfReader(zh_output / "briefing-note.pdf")
    content = reader.pages[0].get_contents()
    assert content is not None
    data = content.get_data().decode("latin-1")
    assert " 2 Tr" in data and " 0 Tr" in data
    # Every text object that turns the stroke on turns it off again before it ends (no leak past ET).
    objects = re.findall(r"\bBT\b(.*?)\bET\b", data, re.S)
    emboldening = [o for o in objects if re.search(r"\b2 Tr\b", o)]
    assert emboldening
    assert all(re.findall(r"\b([02]) Tr\b", o)[-1] == "0" for o in emboldening)
    assert "2 Tr" not in pdftotext(zh_output / "briefing-note.pdf")


def test_runs_are_tagged_with_their_language_in_html_and_word(zh_output: Path) -> None:
    import zipfile

    from briefkit.writers.html import lang_spans

    assert lang_spans("quoting 小院高墙 here", "en") == 'quoting <span lang="zh">小院高墙</span> here'
    assert lang_spans("AI <能力>", "zh") == '<span lang="en">AI</span> &lt;能力&gt;'
    html = (zh_output / "briefing-note.html").read_text(encoding="utf-8")
    assert '<html lang="zh">' in html and '<span lang="en">Strengthening international cooperation' in html
    with zipfile.ZipFile(zh_output / "summary.docx") as docx:
        styles = docx.read("word/styles.xml").decode()
        document = docx.read("word/document.xml").decode()
    assert 'w:eastAsia="zh-CN"' in styles and 'w:eastAsia="Microsoft YaHei"' in document


def _content_streams(pdf: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.get_contents().get_data().decode("latin-1") for page in PdfReader(pdf).pages)


def test_an_english_brief_quoting_chinese_tags_the_chinese_runs(tmp_path: Path) -> None:
    import zipfile

    from tests.conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8").replace(
        'as "small courtyards and high walls".', 'as "small courtyards and high walls" (小院高墙).')
    assert "小院高墙" in text
    path = tmp_path / "quoting-chinese.yaml"
    path.write_text(text, encoding="utf-8")
    render_file(RenderRequest(path, tmp_path))
    out = tmp_path / path.stem
    for name in ("briefing-note.pdf", "slides.pdf"):
        streams = _content_streams(out / name)
        assert "/Span <</Lang (zh)>> BDC" in streams, name
        assert "/Lang (en)" not in streams  # the document's own language is the catalogue's /Lang
    assert '<span lang="zh">小院高墙</span>' in (out / "briefing-note.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(out / "summary.docx") as docx:
        document = docx.read("word/document.xml").decode()
    run = document[document.index("小院高墙") - 400:document.index("小院高墙")]
    assert 'w:eastAsia="zh-CN"' in run and 'w:eastAsia="Microsoft YaHei"' in run


def test_a_chinese_brief_tags_its_english_runs(zh_output: Path) -> None:
    streams = _content_streams(zh_output / "briefing-note.pdf")
    assert "/Span <</Lang (en)>> BDC" in streams and "/Lang (zh)" not in streams
    from pypdf import PdfReader

    root = PdfReader(zh_output / "briefing-note.pdf").trailer["/Root"]
    assert root["/Lang"] == "zh" and "/StructTreeRoot" in root


def test_folded_lines_leave_no_gap_between_chinese_characters() -> None:
    from briefkit.document import nodes as n
    from briefkit.document import parse
    from briefkit.templating import md_escape

    # A YAML ">" block folds a Chinese paragraph's line ends into spaces; a Markdown soft break is one too.
    assert md_escape("引领作用。 但大多数\n国家") == "引领作用。但大多数国家"
    assert md_escape("AI capacity\nbuilding 与 2030") == "AI capacity building 与 2030"
    doc = parse("第一行\n第二行，AI\nand more\n", "test.md")
    paragraph = doc.blocks[0]
    assert isinstance(paragraph, n.Paragraph)
    assert n.plain_text(paragraph.children) == "第一行第二行，AI and more"


def test_every_product_of_the_chinese_brief_has_chinese_furniture(zh_output: Path) -> None:
    """No English label is left in the note, deck, handout or web page (needs issue 13's catalogue)."""
    labels = pytest.importorskip("briefkit.labels")
    english, chinese = labels.english(), labels.labels_for("zh")
    words = [text for key, text in english.table.items()
             if "{" not in text and len(text) > 3 and chinese.get(key) != text]
    texts = {name: pdftotext(zh_output / name) for name in ("briefing-note.pdf", "slides.pdf", "slides-handout-3.pdf")}
    texts["briefing-note.html"] = re.sub(r"<[^>]+>", " ", (zh_output / "briefing-note.html").read_text("utf-8"))
    for name, text in texts.items():
        left = [w for w in words if re.search(rf"\b{re.escape(w)}\b", text)]
        assert left == [], name
    note = texts["briefing-note.pdf"]
    page_of = re.escape(chinese.get("page_of", page=1, total="TOTAL")).replace("TOTAL", r"\d+")
    assert re.search(page_of, note) and chinese.get("key_points") in note
    assert chinese.get("agenda") in texts["slides.pdf"]


def test_symbols_and_a_title_inside_a_title_are_drawn_not_dropped(tmp_path: Path) -> None:
    """〈 〉 (a title quoted inside a title) and symbol bullets (■ → ✓) are in neither Noto Sans nor
    Droid Sans Fallback: the theme's symbol fallbacks draw them, so the PDF keeps every character and
    the render warns about none."""
    inner = "《国务院关于印发〈空气质量持续改善行动计划〉的通知》"
    marks = "■ 重点 → 完成 ✓"
    text = SAMPLE_ZH.read_text(encoding="utf-8")
    first = re.search(r"^summary: *[>|]-?\n( +)", text, re.M)
    assert first, "the Chinese sample has a block summary"
    text = text[:first.end()] + f"{inner}{marks}。" + text[first.end():]
    path = tmp_path / "inner-title.yaml"
    path.write_text(text, encoding="utf-8")
    result = render_file(RenderRequest(path, tmp_path, products=("note",), formats=("pdf",)))
    assert not [w for w in result.warnings if "font" in w], result.warnings
    printed = pdftotext(tmp_path / path.stem / "briefing-note.pdf").replace(" ", "").replace("\n", "")
    for char in "〈〉■→✓":
        assert char in printed, char
