"""Fonts embedded in Word and PowerPoint files, read back by LibreOffice, fontTools and libeot.

The LibreOffice runs use a fontconfig that knows only the DejaVu fonts, so
Noto Sans can reach the PDF only from inside the document.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree
from pptx import Presentation
from pptx.util import Pt
from tests.conftest import ROOT, SAMPLE, pdftotext, require_tool

from briefkit.content import Brief, load_brief
from briefkit.render import RenderRequest, render_brief
from briefkit.templating import fmt_figure
from briefkit.theme import load_theme
from briefkit.writers.docx.package import zip_members
from briefkit.writers.ooxml_fonts import Family, obfuscate
from briefkit.writers.pptx_fonts import pptx_embed

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
FONTS = ROOT / "templates" / "base" / "fonts"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def render_docx(brief: Brief, embed: bool = True, tmp: Path | None = None) -> dict[str, bytes]:
    """The sample's note and summary as .docx bytes (with or without embedded fonts)."""
    theme = None
    if not embed and tmp is not None:
        text = (ROOT / "templates" / "base" / "theme.yaml").read_text().replace("embed_fonts: true",
                                                                                "embed_fonts: false")
        (tmp / "theme.yaml").write_text(text)
        shutil.copytree(FONTS, tmp / "fonts")  # a theme's files must lie inside its folder
        theme = tmp / "theme.yaml"
    request = RenderRequest(SAMPLE, Path("out"), products=("note", "summary"), formats=("docx",), theme=theme)
    return {p.name: d for p, d in render_brief(brief, request, SAMPLE.name).files.items()}


def members(data: bytes) -> dict[str, bytes]:
    """The parts of a zip package."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


@pytest.fixture(scope="module")
def brief() -> Brief:
    """The sample content."""
    return load_brief(SAMPLE)


@pytest.fixture(scope="module")
def docx(brief: Brief) -> dict[str, bytes]:
    """The note and the summary with the default theme (fonts embedded)."""
    return render_docx(brief)


def fontconfig_without_noto(folder: Path) -> dict[str, str]:
    """An environment whose fontconfig lists only the DejaVu fonts."""
    if not DEJAVU.is_dir():
        pytest.skip("the DejaVu fonts are not installed")
    conf = folder / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{DEJAVU}</dir>'
                    f'<cachedir>{folder / "fc-cache"}</cachedir></fontconfig>')
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def convert(files: dict[str, bytes], folder: Path, env: dict[str, str]) -> dict[str, Path]:
    """Office files → PDFs by LibreOffice headless, one run, in ``env``."""
    soffice = require_tool("soffice")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *(str(folder / n) for n in sorted(files))],
                   check=True, capture_output=True, timeout=300, env=env)
    return {Path(name).stem: folder / (Path(name).stem + ".pdf") for name in files}


def pdf_fonts(pdf: Path) -> str:
    """``pdffonts`` of ``pdf``."""
    return subprocess.run([require_tool("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, brief: Brief, docx: dict[str, bytes]) -> dict[str, Path]:
    """The embedded and the plain (``embed_fonts: false``) files, converted where Noto Sans is not installed."""
    folder = tmp_path_factory.mktemp("fonts-lo")
    env = fontconfig_without_noto(folder)
    assert not list(DEJAVU.glob("*Noto*"))  # the premise; the plain files' fallback to DejaVu proves it too
    plain = {f"plain-{name}": data for name, data in render_docx(brief, False, folder).items()}
    # A separate LibreOffice run: fonts one document embeds stay registered for the rest of a run.
    (folder / "plain").mkdir()
    return {**convert(docx, folder, env), **convert(plain, folder / "plain", env)}


def test_libreoffice_draws_word_files_with_the_embedded_noto_sans(converted: dict[str, Path]) -> None:
    for name in ("summary", "briefing-note"):
        fonts = pdf_fonts(converted[name])
        assert "NotoSans-Regular" in fonts and "NotoSans-Bold" in fonts, name
        assert "DejaVu" not in fonts, name


def test_without_embedding_the_same_files_fall_back_to_another_font(converted: dict[str, Path]) -> None:
    fonts = pdf_fonts(converted["plain-summary"])
    assert "NotoSans" not in fonts and "DejaVu" in fonts


def test_chart_labels_are_whole_without_noto_installed(converted: dict[str, Path], brief: Brief) -> None:
    text = " ".join(pdftotext(converted["summary"]).split())
    for number, (title, figures) in enumerate(brief.figure_groups().items(), start=1):
        caption = f"Figure {number}. {title}"
        drawn = text[text.index(caption) + len(caption):].split("Source:", 1)[0]
        for fig in figures:
            assert " ".join(fig.label.split()) in drawn and fmt_figure(fig) in drawn, fig.label


def embedded_faces(package: dict[str, bytes]) -> dict[str, TTFont]:
    """The fonts named in fontTable.xml, de-obfuscated with their keys, by ``w:embed*`` tag."""
    rels = etree.fromstring(package["word/_rels/fontTable.xml.rels"])
    targets = {r.get("Id"): "word/" + str(r.get("Target")) for r in rels}
    faces = {}
    for entry in etree.fromstring(package["word/fontTable.xml"]).iter(f"{W}font"):
        for embed in entry:
            if embed.tag.startswith(f"{W}embed"):
                data = obfuscate(package[targets[embed.get(f"{R}id")]], str(embed.get(f"{W}fontKey")))
                faces[embed.tag.removeprefix(W)] = TTFont(io.BytesIO(data))
    return faces


def document_text(package: dict[str, bytes]) -> set[str]:
    """Characters of the body, headers, footers and charts."""
    chars: set[str] = set()
    for name, blob in package.items():
        if name.startswith(("word/document", "word/header", "word/footer", "word/charts/chart")):
            chars.update("".join(etree.fromstring(blob).itertext()))
    return chars - set("\t\n\r")


def test_embedded_faces_are_obfuscated_subsets_covering_the_text(docx: dict[str, bytes]) -> None:
    package = members(docx["summary.docx"])
    faces = embedded_faces(package)
    # Regular, bold and italic text are all in the summary; the bold italic face is embedded only when a
    # style the document uses asks for it, which depends on the content (the sample's now does).
    assert {"embedRegular", "embedBold", "embedItalic"} <= set(faces) <= {
        "embedRegular", "embedBold", "embedItalic", "embedBoldItalic"}
    for tag, font in faces.items():
        assert font["name"].getDebugName(1) == "Noto Sans", tag
        assert len(font.getGlyphOrder()) < 400  # a subset: the full Noto Sans has thousands of glyphs
    assert document_text(package) <= {chr(c) for c in faces["embedRegular"].getBestCmap()}
    raw = next(v for k, v in package.items() if k.startswith("word/fonts/"))
    with pytest.raises(Exception):  # noqa: B017 — obfuscated: not readable as a font without its key
        TTFont(io.BytesIO(raw))["name"].getDebugName(1)
    assert b"<w:embedTrueTypeFonts/>" in package["word/settings.xml"]
    assert b'Extension="odttf"' in package["[Content_Types].xml"]


def test_embedding_is_deterministic_and_can_be_turned_off(brief: Brief, docx: dict[str, bytes],
                                                          tmp_path: Path) -> None:
    assert render_docx(brief) == docx
    plain = render_docx(brief, False, tmp_path)
    for name, data in plain.items():
        package = members(data)
        assert not any(part.startswith("word/fonts/") for part in package), name
        assert b"embedTrueTypeFonts" not in package["word/settings.xml"]
    assert load_theme(tmp_path / "theme.yaml").embed_fonts is False


def deck_with_fonts() -> bytes:
    """A two-run python-pptx slide in Noto Sans (regular and bold), fonts embedded."""
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Generative-AI patent applications"
    slide.shapes.title.text_frame.paragraphs[0].runs[0].font.name = "Noto Sans"
    box = slide.shapes.add_textbox(Pt(50), Pt(200), Pt(600), Pt(80)).text_frame.paragraphs[0].add_run()
    box.text, box.font.name, box.font.bold = "54,000 worldwide — 38,000 by China", "Noto Sans", True
    out = io.BytesIO()
    deck.save(out)
    package = members(out.getvalue())
    pptx_embed(package, [Family("Noto Sans", {"regular": FONTS / "NotoSans-Regular.ttf",
                                              "bold": FONTS / "NotoSans-Bold.ttf",
                                              "italic": FONTS / "NotoSans-Italic.ttf"})])
    return zip_members(package)


def eot_to_ttf(data: bytes) -> TTFont:
    """An EOT font read by libeot (the library LibreOffice reads EOT with)."""
    name = ctypes.util.find_library("eot")
    if name is None:
        pytest.skip("libeot is not installed")
    lib = ctypes.CDLL(name)
    metadata = ctypes.create_string_buffer(4096)  # struct EOTMetadata, opaque here
    out, size = ctypes.POINTER(ctypes.c_uint8)(), ctypes.c_uint()
    status = lib.EOT2ttf_buffer(data, len(data), metadata, ctypes.byref(out), ctypes.byref(size))
    assert status == 0, f"libeot could not read the font (error {status})"
    return TTFont(io.BytesIO(ctypes.string_at(out, size.value)))


def test_pptx_carries_eot_fonts_python_pptx_and_libeot_read() -> None:
    data = deck_with_fonts()
    assert deck_with_fonts() == data
    Presentation(io.BytesIO(data))  # still a valid deck
    package = members(data)
    lst = etree.fromstring(package["ppt/presentation.xml"]).find(f"{P}embeddedFontLst")
    assert lst is not None
    rels = {r.get("Id"): "ppt/" + str(r.get("Target")) for r in etree.fromstring(
        package["ppt/_rels/presentation.xml.rels"])}
    entry = lst.find(f"{P}embeddedFont")
    assert entry is not None and entry.find(f"{P}font").get("typeface") == "Noto Sans"
    slots = {etree.QName(e).localname: rels[e.get(f"{R}id")] for e in entry if e.get(f"{R}id")}
    assert set(slots) == {"regular", "bold"}  # italic is offered but not used, so not embedded
    text = set("Generative-AI patent applications54,000 worldwide — 38,000 by China")
    for part in slots.values():
        font = eot_to_ttf(package[part])
        assert font["name"].getDebugName(1) == "Noto Sans"
        assert text <= {chr(c) for c in font.getBestCmap()}
    assert b'Extension="fntdata"' in package["[Content_Types].xml"]


def test_libreoffice_opens_the_deck_with_embedded_fonts(tmp_path: Path) -> None:
    # LibreOffice reads PowerPoint's embedded fonts only from version 25.8 on; older ones
    # (Debian 12 ships 7.4) ignore the list, so the deck must still open and convert.
    env = fontconfig_without_noto(tmp_path)
    pdf = convert({"deck.pptx": deck_with_fonts()}, tmp_path, env)["deck"]
    assert "54,000 worldwide" in pdftotext(pdf)
    version = subprocess.run([require_tool("soffice"), "--version"], capture_output=True, text=True).stdout
    major, minor = (int(part) for part in version.split()[1].split(".")[:2])
    if (major, minor) >= (25, 8):
        assert "NotoSans" in pdf_fonts(pdf)


def test_the_powerpoint_deck_carries_the_theme_fonts_unless_the_theme_says_not(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefkit.cli import cli

    theme = tmp_path / "theme.yaml"
    theme.write_text((ROOT / "templates" / "base" / "theme.yaml").read_text(encoding="utf-8")
                     .replace("embed_fonts: true", "embed_fonts: false"), encoding="utf-8")
    decks = {}
    for name, extra in (("on", []), ("off", ["--theme", str(theme)])):
        result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-p", "slides", "-f", "pptx",
                                          "--out", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
        decks[name] = members((tmp_path / name / SAMPLE.stem / "slides.pptx").read_bytes())
    fonts = [n for n in decks["on"] if n.startswith("ppt/fonts/")]
    assert len(fonts) >= 2  # regular and bold at least: titles are bold
    presentation = etree.fromstring(decks["on"]["ppt/presentation.xml"])
    face = presentation.find(f"{P}embeddedFontLst/{P}embeddedFont/{P}font")
    assert face is not None and face.get("typeface") == "Noto Sans"
    assert not [n for n in decks["off"] if n.startswith("ppt/fonts/")]


def test_briefs_in_the_base_characters_share_one_subset_and_others_add_theirs() -> None:
    from briefkit.writers.ooxml_fonts import embed_faces

    family = Family("Noto Sans", {"regular": FONTS / "NotoSans-Regular.ttf"})

    def face(text: str) -> bytes:
        return embed_faces(family, text, {"regular"})[0].data

    english, french, chinese = face("Exports rose 5%."), face("Société générale, Zürich"), face("出口增长 5%")
    assert english == french == chinese  # ideographs are drawn by another font: they change nothing
    hungarian = face("Erdős Pál")  # ő is outside Latin-1
    cmap = TTFont(io.BytesIO(hungarian)).getBestCmap()
    assert ord("ő") in cmap and ord("ő") not in TTFont(io.BytesIO(english)).getBestCmap()
    assert {ord(c) for c in "Société Zürich €£"} <= set(TTFont(io.BytesIO(english)).getBestCmap())


def test_package_text_finds_every_character_past_the_base_set_and_the_faces_asked_for() -> None:
    from briefkit.writers.ooxml_fonts import BASE, package_text, slots_used

    blobs = {
        "ppt/slides/slide1.xml": '<a:r><a:rPr b="1"/><a:t>Erdős\tPál – 5%</a:t></a:r>'.encode(),
        "ppt/slides/slide2.xml": b'<a:r><a:rPr i="1"/><a:t>&#8364;9 &#x2192; &#x151;</a:t></a:r>',
        "ppt/notesSlides/notesSlide1.xml": "<a:t>出口</a:t>".encode(),
        "ppt/media/image1.png": "ő not XML".encode(),
        "word/document.xml": "<w:t>Ж</w:t>".encode(),
    }
    found = package_text(blobs, "ppt/")
    assert {"ő", "\t", "出", "口", "€", "→"} <= found
    assert "Ж" not in found  # another prefix
    assert not (found - BASE) - {"ő", "\t", "出", "口", "→"}  # nothing invented
    assert slots_used(blobs, "ppt/") == {"regular", "bold", "italic"}
    both = {"word/document.xml": b"<w:r><w:rPr><w:b/><w:i w:val=\"true\"/></w:rPr><w:t>x</w:t></w:r>"}
    assert slots_used(both, "word/") == {"regular", "bold", "italic", "bold_italic"}
