"""What a first user trips over: the README's promises, pack listing, copied themes and packs, exit codes."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import ROOT, SAMPLE, pdftotext

from briefkit.cli import cli
from briefkit.theme import load_theme

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _readme_commands() -> list[str]:
    spec = importlib.util.spec_from_file_location("readme_commands", ROOT / ".ci" / "readme_commands.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: list[str] = module.commands(README)
    return found


def test_readme_has_two_commands_that_need_no_python_alias() -> None:
    install, tests = _readme_commands()
    for command in (install, tests):
        assert "python3 -m venv .venv" in command
        assert " python " not in f" {command} "  # Debian has no `python`, only python3
    assert install.endswith("briefkit build")
    assert "xargs -a .ci/debian-packages.txt apt-get install" in tests and "pytest" in tests


def test_debian_package_list_is_the_one_ci_uses() -> None:
    packages = (ROOT / ".ci" / "debian-packages.txt").read_text(encoding="utf-8").split()
    assert {"poppler-utils", "qpdf", "libreoffice-writer-nogui", "chromium", "python3-venv"} <= set(packages)
    # .ci/run must not install packages of its own: it runs the README's command, which reads the list.
    assert "apt-get install" not in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_names_every_file_a_build_leaves(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    shutil.copy(SAMPLE, tmp_path / "content")
    out = tmp_path / "output"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "content"), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    left = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert "build-report.json" in left and "slides-report.json" in left
    for name in left:
        stem = name.split(".", 1)[0] if not name.startswith(".") else name
        assert name in README or (f"{stem}." in README and f".{name.rsplit('.', 1)[1]}`" in README), name


def test_templates_list_prints_each_pack_once_without_empty_brackets(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["templates", "copy", "note", str(tmp_path)]).exit_code == 0
    listing = runner.invoke(cli, ["templates", "list", "--templates", str(tmp_path)]).output
    rows = [line.split()[0] for line in listing.splitlines()[1:]]
    assert rows == sorted(set(rows)) and {"base", "note", "slides", "summary", "newsletter"} <= set(rows)
    assert "[]" not in listing
    (note_row,) = [line for line in listing.splitlines() if line.startswith("note ")]
    assert str(tmp_path) in note_row  # the user's copy shadows the built-in, listed once


def _copied_theme(folder: Path) -> Path:
    folder.mkdir()
    theme = folder / "theme.yaml"
    shutil.copy(ROOT / "templates" / "base" / "theme.yaml", theme)
    return theme


def test_copied_theme_without_its_fonts_uses_the_builtin_ones(tmp_path: Path) -> None:
    theme = _copied_theme(tmp_path / "mine")
    loaded = load_theme(theme)
    assert loaded.fonts.body.regular == (ROOT / "templates" / "base" / "fonts" / "NotoSans-Regular.ttf").resolve()
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-p", "note", "-f", "pdf", "--theme", str(theme),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / SAMPLE.stem / "briefing-note.pdf").stat().st_size > 10_000


def test_copied_theme_with_its_own_fonts_uses_them(tmp_path: Path) -> None:
    theme = _copied_theme(tmp_path / "mine")
    fonts = tmp_path / "mine" / "fonts"
    fonts.mkdir()
    # A different font file under the same name: the copy's folder must win over the built-in.
    shutil.copy(ROOT / "templates" / "base" / "fonts" / "NotoSans-Bold.ttf", fonts / "NotoSans-Regular.ttf")
    assert load_theme(theme).fonts.body.regular == (fonts / "NotoSans-Regular.ttf").resolve()


def test_a_line_above_the_title_does_not_print_the_title_block_twice(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["templates", "copy", "note", str(tmp_path / "tpl")]).exit_code == 0
    entry = tmp_path / "tpl" / "note" / "note.md.j2"
    lines = entry.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("{{ m.front_matter("))
    lines.insert(at + 1, "\nPrepared for the Minister\n")
    entry.write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["render", str(SAMPLE), "-p", "note", "-f", "pdf", "-f", "html",
                                 "--templates", str(tmp_path / "tpl"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    pdf_text = " ".join(pdftotext(out / SAMPLE.stem / "briefing-note.pdf").split())
    assert pdf_text.count("Four principles for global AI cooperation and governance") == 1
    assert pdf_text.index("Prepared for the Minister") < pdf_text.index("Four principles")
    html = (out / SAMPLE.stem / "briefing-note.html").read_text(encoding="utf-8")
    assert html.count("<h1") == 1


def test_two_title_blocks_are_reported(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["templates", "copy", "note", str(tmp_path / "tpl")]).exit_code == 0
    entry = tmp_path / "tpl" / "note" / "note.md.j2"
    entry.write_text(entry.read_text(encoding="utf-8") + "\n# Annex\n\n{.byline}\nA second byline\n",
                     encoding="utf-8")
    result = runner.invoke(cli, ["render", str(SAMPLE), "-p", "note", "-f", "pdf",
                                 "--templates", str(tmp_path / "tpl"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "second title block ('Annex')" in result.stderr


@pytest.mark.parametrize("args", [
    ["render", "{missing}"], ["extract", "{missing}"], ["build", "{missing}"], ["newsletter", "{missing}"],
    ["validate", "{missing}"], ["check", str(SAMPLE), "--against", "{missing}"],
])
def test_a_missing_input_is_a_usage_error_in_every_command(args: list[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.yaml")
    argv = [a.replace("{missing}", missing) for a in args]
    result = subprocess.run([sys.executable, "-m", "briefkit", *argv], capture_output=True, text=True,
                            cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].endswith(f"{missing}: no such file or folder")
    assert "Traceback" not in result.stderr
