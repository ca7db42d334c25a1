"""``--pdfa``: every PDF product of the sample and of a drafted brief as PDF/A-2b, checked by pikepdf's validator.

``pikepdf.pdfa`` is an allowlist validator built on the veraPDF rule
catalogue: it approves a file only if every construct in it is known to
conform.  The tests also read the output intent, fonts and metadata back.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pdfua
import pikepdf
import pikepdf.pdfa
import pytest
from PIL import ImageCms
from tests.conftest import SAMPLE, require_tool

from a11ykit import TAGGED
from briefkit.content import load_brief
from briefkit.render import RenderRequest, render_brief

NAMES = [f"{source}/{name}" for source in ("sample", "draft")
         for name in (*TAGGED, "slides-handout-3.pdf")]


@pytest.mark.parametrize("name", NAMES)
def test_pikepdf_validator_passes_pdfa_2b(pdfa_products: dict[str, Path], name: str) -> None:
    report = pikepdf.pdfa.validate_written(pdfa_products[name], "2b")
    assert [str(f) for f in report.findings] == []
    assert report.verdict == "pass"


@pytest.mark.parametrize("name", NAMES)
def test_identification_output_intent_and_fonts(pdfa_products: dict[str, Path], name: str) -> None:
    path = pdfa_products[name]
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B")
        assert "pdfuaid:part" not in meta  # PDF/A-2 would need an extension schema for it (README)
        [intent] = list(pdf.Root.OutputIntents)
        assert intent.S == "/GTS_PDFA1"
        profile = ImageCms.ImageCmsProfile(io.BytesIO(intent.DestOutputProfile.read_bytes()))
        assert profile.profile.xcolor_space.strip() == "RGB" and "sRGB" in profile.profile.profile_description
    fonts = subprocess.run([require_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the 'emb' column


@pytest.mark.parametrize("name", [f"{s}/{n}" for s in ("sample", "draft") for n in TAGGED])
def test_pdfa_files_stay_tagged(pdfa_products: dict[str, Path], name: str) -> None:
    report = pdfua.validate(str(pdfa_products[name]))
    assert [(f.rule_id, f.message) for f in report.findings] == []
    with pikepdf.open(pdfa_products[name]) as pdf:
        assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked is True


def test_plain_builds_are_not_pdfa(products: dict[str, Path]) -> None:
    with pikepdf.open(products["sample/briefing-note.pdf"]) as pdf:
        assert "pdfaid:part" not in pdf.open_metadata()
        assert "/OutputIntents" not in pdf.Root


def test_pdfa_bytes_are_reproducible(tmp_path: Path) -> None:
    brief = load_brief(SAMPLE)
    request = RenderRequest(SAMPLE, tmp_path, products=("note", "slides"), formats=("pdf",), handouts=("2",),
                            pdfa=True)
    first = render_brief(brief, request, SAMPLE.name).files
    assert render_brief(brief, request, SAMPLE.name).files == first
    assert len(first) == 4  # note, deck, handout, slide report


def test_build_rebuilds_when_pdfa_is_asked_for(tmp_path: Path) -> None:
    """The build cache tells a PDF/A build from a plain one, so ``--pdfa`` is never skipped as unchanged."""
    from a11ykit import run

    for flags in ([], ["--pdfa"]):
        run("build", str(SAMPLE), "--out", str(tmp_path), "-p", "note", "-f", "pdf", "-q", *flags)
        with pikepdf.open(tmp_path / SAMPLE.stem / "briefing-note.pdf") as pdf:
            assert ("pdfaid:part" in pdf.open_metadata()) == bool(flags)
