"""What the batch's per-process caches must keep: the same verdicts, the same bytes, a bounded size.

- the sandbox judges an attribute once per class and name: a cached verdict
  is the verdict the sandbox would give, private names and pydantic's API
  stay refused, the cache stays bounded, and an abstract-base registration
  (which changes what counts as mutable) is seen at once;
- reportlab's ``pdfdocEnc`` and ``PDFName`` in their faster form give the
  original's bytes and errors;
- a zip member compressed once is written exactly as ``writestr`` writes it,
  in a new archive or one opened for appending, and the kept bytes stay bounded;
- a remembered sentence split is handed out as a new list each time;
- a page count that draws the PDF in full (the layout the last fit wrote)
  counts as the plain count does, and the writer hands that PDF out only for
  the very document and page total it was drawn for: the fitted document,
  its warnings and its PDF are those of a fit that drew nothing.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import MutableSequence
from pathlib import Path
from typing import Any

import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel
from reportlab.pdfbase import pdfdoc
from tests.conftest import SAMPLE
from tests.test_perf43_trials import _note, _stress_markdown

from briefkit import sandbox
from briefkit.document import Document, parse
from briefkit.render import cached_theme, default_theme_path
from briefkit.templating import make_env
from briefkit.theme import Theme
from briefkit.writers import RenderOptions, rlserial, zipcache
from briefkit.writers.pdf import PdfWriter
from briefkit.writers.pdf import fit as fitting
from briefkit.writers.pdf.fit import fit_to_budget
from briefkit.writers.repeats import sentences


class _Item(BaseModel):
    title: str


class _Bag:
    """A plain object a template might be handed."""

    def __init__(self) -> None:
        self.append = "text"
        self.items = [1]


def _fresh_env() -> sandbox.LimitedSandbox:
    return sandbox.LimitedSandbox()


# ------------------------------------------------------------------ sandbox verdicts


def test_cached_verdicts_are_the_sandbox_verdicts() -> None:
    env = _fresh_env()
    plain = ImmutableSandboxedEnvironment()
    cases = [(_Item(title="x"), "title"), (_Item(title="x"), "model_copy"), (_Item, "parse_file"),
             ([1], "append"), ([1], "count"), ({}, "update"), ({}, "get"), ("s", "upper"), ("s", "format"),
             (_Bag(), "append"), (_Bag(), "__class__"), (_Bag(), "_private"), (len, "__self__"), (str, "mro")]
    for _ in range(2):  # the second round answers from the cache
        for obj, attr in cases:
            expected = plain.is_safe_attribute(obj, attr, None) and not sandbox._is_model_api(obj, attr)
            assert env.is_safe_attribute(obj, attr, None) is expected, (obj, attr)
    assert env._verdicts, "verdicts are remembered"


def test_templates_still_cannot_reach_private_or_model_api() -> None:
    env = make_env(None)
    item = _Item(title="T")
    template = env.from_string("{{ item.title }}|{{ item.model_copy is defined }}|{{ item.__class__ is defined }}")
    for _ in range(3):
        assert template.render(item=item) == "T|False|False"


def test_verdict_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_VERDICTS", 50)
    env = _fresh_env()
    bag = _Bag()
    for i in range(500):
        env.is_safe_attribute(bag, f"name{i}", None)
    assert len(env._verdicts) == 50
    assert env.is_safe_attribute(bag, "_hidden", None) is False  # past the bound, still judged


def test_abc_registration_is_seen_after_a_cached_verdict() -> None:
    class Shelf:
        def append(self, value: object) -> None:
            """A method the immutable sandbox refuses once the class counts as a mutable sequence."""

    env = _fresh_env()
    shelf = Shelf()
    assert env.is_safe_attribute(shelf, "append", shelf.append) is True
    MutableSequence.register(Shelf)
    assert env.is_safe_attribute(shelf, "append", shelf.append) is False


def test_an_object_lying_about_its_class_is_judged_each_time() -> None:
    class Liar:
        __class__ = list  # type: ignore[assignment]

    env = _fresh_env()
    assert env.is_safe_attribute(Liar(), "append", None) is False  # isinstance believes __class__: a list
    assert sandbox._verdict_key(Liar(), "append") is None
    assert not env._verdicts


# ------------------------------------------------------------------ reportlab serialisation


def test_pdfdoc_encode_matches_reportlab() -> None:
    rng = random.Random(46)
    alphabet = [chr(c) for c in range(0x300)] + ["€", "—", "中", "\u2022", "ﬁ"]
    texts = ["", "12.5", "/Type", "BT /F1 12 Tf (Hello) Tj ET", "\x18\x1f", "tab\there\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    for text in texts:
        try:
            expected: object = rlserial._original_enc(text)
        except UnicodeEncodeError:
            expected = UnicodeEncodeError
        try:
            got: object = rlserial.pdfdoc_encode(text)
        except UnicodeEncodeError:
            got = UnicodeEncodeError
        assert got == expected, repr(text)
    assert rlserial.pdfdoc_encode(b"raw") == b"raw"


def test_pdf_name_matches_reportlab() -> None:
    for name in ["Type", "MediaBox", "F1+0", "a b", "(x)", "#", "naïve", "中", "Type"]:
        assert rlserial.pdf_name(name) == rlserial._original_name(name)
        assert rlserial.pdf_name(name, "a", "z") == rlserial._original_name(name, "a", "z")


def test_writers_install_the_faster_helpers() -> None:
    import briefkit.writers.rltagging  # noqa: F401  (installs them)

    assert pdfdoc.pdfdocEnc is rlserial.pdfdoc_encode
    assert pdfdoc.PDFName is rlserial.pdf_name


# ------------------------------------------------------------------ zip members compressed once


def _members(seed: int) -> dict[str, bytes]:
    rng = random.Random(seed)
    font = bytes(rng.randrange(256) for _ in range(9000))
    return {"[Content_Types].xml": b"<Types/>", "word/document.xml": f"<doc n='{seed}'/>".encode() * 900,
            "word/fonts/font1.odttf": font, "word/styles.xml": b"<w:style/>" * 5000, "small.xml": b"<s/>"}


def _zipped(blobs: dict[str, bytes], level: int, cached: bool, base: bytes = b"") -> bytes:
    out = io.BytesIO(base)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a" if base else "w") as archive:
        for name in sorted(blobs):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            if cached:
                zipcache.write_member(archive, info, blobs[name], level)
            else:
                archive.writestr(info, blobs[name], compresslevel=level)
    return out.getvalue()


@pytest.mark.parametrize("level", [1, 6])
def test_members_compressed_once_give_writestr_bytes(level: int) -> None:
    assert zipcache.sound()
    for seed in (1, 2, 1):  # the third archive's large members all come from the cache
        blobs = _members(seed)
        assert _zipped(blobs, level, cached=True) == _zipped(blobs, level, cached=False)
    base = _zipped({"static.xml": b"<static/>" * 3000}, 6, cached=False)
    assert _zipped(_members(3), level, True, base) == _zipped(_members(3), level, False, base)
    with zipfile.ZipFile(io.BytesIO(_zipped(_members(2), level, cached=True))) as archive:
        assert archive.testzip() is None
        assert archive.read("word/styles.xml") == _members(2)["word/styles.xml"]


def test_kept_members_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcache._kept, "max_bytes", 60_000)
    for seed in range(20):
        for _ in range(2):  # only a member that recurs is kept
            _zipped(_members(100 + seed), 6, cached=True)
    assert zipcache._kept.kept_bytes <= 60_000 or len(zipcache._kept.kept) == 1


def test_an_unsound_zipfile_falls_back_to_writestr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcache, "_sound", False)
    called: list[str] = []
    monkeypatch.setattr(zipcache, "_write_compressed", lambda *args: called.append("compressed"))
    blobs = _members(7)
    assert _zipped(blobs, 6, cached=True) == _zipped(blobs, 6, cached=False)
    assert not called


# ------------------------------------------------------------------ remembered sentence splits


def test_a_remembered_split_is_a_new_list_each_time() -> None:
    text = "The council met on Monday. It agreed the budget. Nobody objected to the plan."
    first = sentences(text)
    first.append("changed")
    assert sentences(text) == ["The council met on Monday.", "It agreed the budget.",
                               "Nobody objected to the plan."]


def test_built_outputs_do_not_depend_on_the_caches(tmp_path: Path) -> None:
    """The same content rendered in a process whose caches are warm gives the same bytes as the first time."""
    from tests.conftest import ROOT

    from briefkit.content import load_brief
    from briefkit.render import RenderRequest, render_brief

    source = ROOT / "content" / "ai-cooperation-2024.yaml"
    request = RenderRequest(source, tmp_path, ("note", "slides", "summary"))
    first = render_brief(load_brief(source), request, source.name).files
    second = render_brief(load_brief(source), request, source.name).files
    assert first.keys() == second.keys()
    assert all(first[path] == second[path] for path in first)


# ------------------------------------------------------------------ a note's PDF drawn during its fit


def _theme() -> Theme:
    return cached_theme(default_theme_path().resolve())


def _stress() -> tuple[Document, RenderOptions]:
    return parse(_stress_markdown()), RenderOptions(product="note")


@pytest.mark.parametrize("limit", [1, 2, 3, 500])
def test_a_drawn_count_is_the_plain_count(limit: int) -> None:
    doc, options = _stress()
    drawn = PdfWriter().measure_drawn(doc, _theme(), options, limit)
    assert drawn == PdfWriter().measure(doc, _theme(), options, limit)


def _layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The page limit of every layout the PDF writer runs from now on (0: one that draws)."""
    runs: list[int] = []
    build = PdfWriter._build

    def counted(self: PdfWriter, *args: Any) -> Any:
        runs.append(int(args[5]) if len(args) > 5 else 0)
        return build(self, *args)

    monkeypatch.setattr(PdfWriter, "_build", counted)
    return runs


def _fit_and_render(doc: Document, options: RenderOptions) -> tuple[Document, list[str], bytes]:
    fitted, warnings = fit_to_budget(doc, _theme(), options, writes_pdf=True)
    return fitted, warnings, PdfWriter().render(fitted, _theme(), options).data


@pytest.mark.parametrize("source", ["stress", "sample"])
def test_the_pdf_drawn_during_the_fit_is_the_pdf_written(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc, options = _stress() if source == "stress" else _note(SAMPLE)
    monkeypatch.setattr(PdfWriter, "_last_total", 2)
    _fit_and_render(doc, options)  # the first fit of the batch: it learns which layout is written
    runs = _layouts(monkeypatch)
    drawn = _fit_and_render(doc, options)
    assert runs.count(0) == 1, runs  # the written PDF was drawn once, during the fit
    assert PdfWriter._drawn is None  # and handed out once
    monkeypatch.setattr(fitting._Written, "layout", -1)  # nothing drawn during the fit
    runs.clear()
    plain = _fit_and_render(doc, options)
    assert runs.count(0) == 1 and runs[-1] == 0, runs  # drawn after the fit
    assert drawn == plain


def test_a_drawn_pdf_is_never_handed_out_for_another_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc, options = _stress()
    shorter = Document(doc.meta, doc.blocks[:-3])

    def render(document: Document, total: int) -> bytes:
        PdfWriter._last_total = total
        return PdfWriter().render(document, _theme(), options).data

    monkeypatch.setattr(PdfWriter, "_last_total", 3)
    expected = {3: render(shorter, 3), 2: render(shorter, 2)}
    PdfWriter._last_total = 3
    PdfWriter().measure_drawn(doc, _theme(), options)
    assert render(shorter, 3) == expected[3]  # drawn for another document
    PdfWriter._last_total = 3
    PdfWriter().measure_drawn(shorter, _theme(), options)
    assert render(shorter, 2) == expected[2]  # drawn with another page total in its footers


def test_a_fit_for_other_formats_draws_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    doc, options = _stress()
    fit_to_budget(doc, _theme(), options, writes_pdf=True)  # learns the layout written
    runs = _layouts(monkeypatch)
    fit_to_budget(doc, _theme(), options)  # the Word file or the Markdown only: no PDF to draw
    assert runs and 0 not in runs, runs
