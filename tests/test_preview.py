"""``briefkit preview`` without a browser: what a change re-renders, errors, views, watching, the command."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader

from briefkit.cli import cli
from briefkit.preview.app import Preview
from briefkit.preview.hub import Hub
from briefkit.preview.session import Session
from briefkit.preview.store import Store
from briefkit.preview.views import docx_view, heading_level, pdf_view
from conftest import ROOT, SAMPLE

TITLE_LINE = "# {{ meta.shown_title }}\n"


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    """A copy of the sample content, of the slides and note packs, and of the theme."""
    content = tmp_path / "brief.yaml"
    shutil.copyfile(SAMPLE, content)
    templates = tmp_path / "templates"
    for pack in ("slides", "note"):
        shutil.copytree(ROOT / "templates" / pack, templates / pack)
    # A theme's fonts must sit in its own folder.
    shutil.copytree(ROOT / "templates" / "base", tmp_path / "theme", ignore=shutil.ignore_patterns("*.j2"))
    theme = tmp_path / "theme" / "theme.yaml"
    return {"content": content, "templates": templates, "theme": theme}


@pytest.fixture
def session(workspace: dict[str, Path]) -> Iterator[Session]:
    """A session of every product, rendered once."""
    store = Store()
    started = Session(workspace["content"], ("note", "slides", "summary"), workspace["templates"],
                      workspace["theme"], store, Hub())
    started.start()
    yield started
    store.close()


def state(session: Session) -> dict[str, object]:
    """What the page would be sent."""
    return json.loads(session.hub.snapshot())


def edit(path: Path, old: str, new: str) -> Path:
    """Replace text in a file (which must contain it)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_template_change_re_renders_only_its_product(session: Session, workspace: dict[str, Path]) -> None:
    before = dict(session.views)
    changed = edit(workspace["templates"] / "slides" / "slides.md.j2", TITLE_LINE, "# Draft: {{ meta.shown_title }}\n")
    changes = session.classify([changed])
    assert changes.products == {"slides"} and not changes.content and not changes.theme
    session.refresh(changes)
    assert session.views["note-html"] is before["note-html"]
    assert session.views["note-pdf"] is before["note-pdf"]
    assert session.views["summary"] is before["summary"]
    assert session.views["slides"]["pages"][0] != before["slides"]["pages"][0]
    assert session.views["slides"]["pages"][1:] == before["slides"]["pages"][1:]  # unchanged slides keep their file
    deck = (session.store.root / session.views["slides"]["pdf"]).read_bytes()
    assert "Draft:" in PdfReader(io.BytesIO(deck)).pages[0].extract_text()


def test_what_each_kind_of_file_asks_for(session: Session, workspace: dict[str, Path]) -> None:
    assert session.classify([workspace["content"].resolve()]).content
    assert session.classify([workspace["theme"].resolve()]).theme
    font = workspace["theme"].parent / "fonts"
    assert session.classify([next(font.glob("*.ttf")).resolve()]).theme
    base = session.classify([(ROOT / "templates" / "base" / "macros.md.j2").resolve()])
    assert base.products == {"note", "slides", "summary"}
    note = session.classify([(workspace["templates"] / "note" / "note.md.j2").resolve()])
    assert note.products == {"note"}
    assert not session.classify([workspace["content"].parent.resolve() / "unrelated.txt"]).products


def test_bad_yaml_keeps_the_last_good_views_and_names_file_and_line(session: Session,
                                                                    workspace: dict[str, Path]) -> None:
    before = dict(session.views)
    good = workspace["content"].read_text(encoding="utf-8")
    lines = good.splitlines(keepends=True)
    lines[5] = "  title: : broken\n"
    workspace["content"].write_text("".join(lines), encoding="utf-8")
    session.refresh(session.classify([workspace["content"].resolve()]))
    shown = state(session)
    assert [(e["file"].endswith("brief.yaml"), e["line"]) for e in shown["errors"]] == [(True, 6)]
    assert "mapping values are not allowed" in shown["errors"][0]["message"]
    assert session.views == before
    workspace["content"].write_text(good, encoding="utf-8")
    session.refresh(session.classify([workspace["content"].resolve()]))
    assert state(session)["errors"] == []


def test_an_invalid_field_is_shown_with_its_line_and_field(session: Session, workspace: dict[str, Path]) -> None:
    edit(workspace["content"], "  date: 2024-08-16\n", "  date: soon\n")
    session.refresh(session.classify([workspace["content"].resolve()]))
    error = state(session)["errors"][0]
    assert error["line"] == 8 and error["message"].startswith("meta.date: Input should be a valid date")


def test_a_template_error_names_the_template_line_and_clears_when_fixed(session: Session,
                                                                        workspace: dict[str, Path]) -> None:
    before = session.views["slides"]
    template = workspace["templates"] / "slides" / "slides.md.j2"
    line = template.read_text(encoding="utf-8").splitlines().index(TITLE_LINE.strip()) + 1
    edit(template, TITLE_LINE, "# {{ meta.title }\n")
    session.refresh(session.classify([template]))
    errors = state(session)["errors"]
    assert len(errors) == 1
    assert errors[0]["file"].endswith("slides.md.j2") and errors[0]["line"] == line
    assert session.views["slides"] is before
    edit(template, "# {{ meta.title }\n", TITLE_LINE)
    session.refresh(session.classify([template]))
    assert state(session)["errors"] == []


def test_overflow_warnings_reach_the_page(session: Session) -> None:
    warnings = state(session)["warnings"]
    assert any("slides.pdf: slide" in w and "shrunk" in w for w in warnings)


def test_a_theme_change_re_renders_every_view(session: Session, workspace: dict[str, Path]) -> None:
    before = dict(session.views)
    theme = edit(workspace["theme"], 'primary: "#1F3A5F"', 'primary: "#00AA00"')
    session.refresh(session.classify([theme.resolve()]))
    assert state(session)["errors"] == []
    for view in ("note-html", "note-pdf", "slides"):
        assert session.views[view] is not before[view]
    assert session.views["slides"]["pages"][0] != before["slides"]["pages"][0]
    html = (session.store.root / session.views["note-html"]["html"]).read_text(encoding="utf-8").lower()
    assert "#00aa00" in html


def test_a_broken_theme_is_an_error_with_its_line(session: Session, workspace: dict[str, Path]) -> None:
    theme = edit(workspace["theme"], 'primary: "#1F3A5F"', "primary: [oops")
    session.refresh(session.classify([theme.resolve()]))
    (error,) = state(session)["errors"]
    assert error["file"].endswith("theme.yaml") and error["line"] is not None


def test_files_no_longer_shown_are_removed(session: Session, workspace: dict[str, Path]) -> None:
    first = session.views["slides"]["pages"][0]
    template = workspace["templates"] / "slides" / "slides.md.j2"
    for n in range(3):
        text = template.read_text(encoding="utf-8")
        template.write_text(text.replace("# ", f"# v{n} ", 1), encoding="utf-8")
        session.refresh(session.classify([template]))
    assert not (session.store.root / first).exists()
    shown = {*session.views["slides"]["pages"], session.views["note-html"]["html"]}
    assert all((session.store.root / name).is_file() for name in shown)


def test_pdf_pages_and_word_outline_come_from_the_real_files(sample_output: Path) -> None:
    store = Store()
    try:
        deck = (sample_output / "slides.pdf").read_bytes()
        view = pdf_view(deck, store)
        assert len(view["pages"]) == len(PdfReader(io.BytesIO(deck)).pages)
        assert view["aspect"] == pytest.approx(9 / 16, abs=0.01)
        with Image.open(store.root / view["pages"][0]) as first:
            assert first.format == "JPEG" and first.size == (960, 540)
            dark = sum(first.convert("L").histogram()[:64])  # the title slide's dark panel was drawn
            assert dark > 960 * 540 // 4
        outline = docx_view((sample_output / "summary.docx").read_bytes(), store)["outline"]
        assert outline[0]["level"] == 0 and outline[0]["text"].startswith("Strengthening international")
        assert {"level": 1, "text": "Key points"} in outline
    finally:
        store.close()
    assert not store.root.exists()


def test_heading_levels() -> None:
    assert [heading_level(s) for s in ("Title", "Heading 1", "Heading 3", "Normal", "Heading")] == [0, 1, 3, None,
                                                                                                    None]


def test_the_hub_wakes_a_waiting_stream() -> None:
    hub = Hub()
    seen: list[int] = []
    waiter = threading.Thread(target=lambda: seen.append(hub.wait(0, 10)))
    waiter.start()
    hub.publish({"title": "x"})
    waiter.join(5)
    assert seen == [1] and json.loads(hub.snapshot()) == {"title": "x", "version": 1}


def wait_until(check: Callable[[], bool], seconds: float = 15) -> None:
    """Poll ``check()`` until true."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the preview did not update"
        time.sleep(0.05)


def test_the_watcher_sees_template_and_theme_saves(workspace: dict[str, Path]) -> None:
    with Preview(workspace["content"], ("note",), workspace["templates"], workspace["theme"]) as app:
        app.start()
        assert app.watcher.ready.wait(10)
        html = app.session.views["note-html"]["html"]
        edit(workspace["templates"] / "note" / "note.md.j2", "{{ meta.shown_title }}", "Watched {{ meta.shown_title }}")
        wait_until(lambda: app.session.views["note-html"]["html"] != html)
        assert b"Watched" in (app.store.root / app.session.views["note-html"]["html"]).read_bytes()
        html = app.session.views["note-html"]["html"]
        edit(workspace["theme"], 'primary: "#1F3A5F"', 'primary: "#123456"')
        wait_until(lambda: app.session.views["note-html"]["html"] != html)
        assert b"#123456" in (app.store.root / app.session.views["note-html"]["html"]).read_bytes().lower()
        root = app.store.root
    assert not root.exists()


def test_the_command_is_listed_and_checks_its_arguments(tmp_path: Path) -> None:
    runner = CliRunner()
    assert "preview" in runner.invoke(cli, ["--help"]).output
    shown = runner.invoke(cli, ["preview", "--help"])
    assert shown.exit_code == 0 and "--port" in shown.output and "--open" in shown.output
    missing = runner.invoke(cli, ["preview", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_a_port_in_use_is_a_clean_error(workspace: dict[str, Path]) -> None:
    with Preview(workspace["content"], ("note",)) as app:
        result = CliRunner().invoke(cli, ["preview", str(workspace["content"]), "--port", str(app.server.port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{app.server.port}" in result.output
    assert "Traceback" not in result.output


def test_the_command_serves_until_terminated_and_leaves_nothing_behind(workspace: dict[str, Path],
                                                                       tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "briefkit", "preview", str(workspace["content"]), "-p", "note",
                                "--port", "0"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stderr is not None
        url = process.stderr.readline().split()[2]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "state.json", timeout=30) as response:
            assert json.load(response)["content"] == "brief.yaml"
        assert [p.name[:17] for p in scratch.iterdir()] == ["briefkit-preview-"]
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0 and "preview stopped" in err
    assert list(scratch.iterdir()) == []
