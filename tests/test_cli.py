"""The CLI: clean one-line errors, exit codes, nothing written on failure, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import SAMPLE

from briefkit.cli import cli

BAD = {
    "bad-yaml": ("meta:\n  title: [unclosed\n", ":2: invalid YAML"),
    "wrong-type": ("meta: {title: T}\nfigures:\n  - {label: x, value: lots}\n",
                   ":3: figures[0].value: Input should be a valid number"),
    "unknown-key": ("meta: {title: T}\nsumary: x\n", ":2: sumary: unknown key (did you mean 'summary'?)"),
    "missing-title": ("meta: {date: 2024-01-01}\n", ":1: meta.title: required field is missing"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_content_gives_one_line_and_writes_nothing(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    content = tmp_path / f"{case}.yaml"
    content.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(content), "--out", str(out), "-f", "md"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(str(content) + ":") and expected in lines[0]
    assert "Traceback" not in result.output + result.stderr
    assert not out.exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "--product", "poster"])
    assert result.exit_code == 2


def test_output_folder_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "--out", str(target), "-f", "md"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{target}: output folder is a file"


def test_validate_schema_and_templates() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["validate", str(SAMPLE)]).exit_code == 0
    schema = json.loads(runner.invoke(cli, ["schema"]).output)
    assert {"meta", "figures", "timeline", "quotes"} <= set(schema["properties"])
    listing = runner.invoke(cli, ["templates", "list"]).output
    for pack in ("note", "slides", "summary"):
        assert pack in listing


def test_templates_copy_then_override(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["templates", "copy", "note", str(tmp_path)]).exit_code == 0
    entry = tmp_path / "note" / "note.md.j2"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nOverridden ending.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["render", str(SAMPLE), "-p", "note", "-f", "md", "--templates", str(tmp_path),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Overridden ending." in (out / SAMPLE.stem / "briefing-note.md").read_text(encoding="utf-8")


def test_help_does_not_import_renderers() -> None:
    code = ("import sys\nfrom briefkit.cli import cli\n"
            "try:\n    cli.main(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'docx', 'markdown_it', 'jinja2'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "render" in result.stdout and "build" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_version() -> None:
    from briefkit import __version__

    assert CliRunner().invoke(cli, ["--version"]).output.strip() == f"briefkit, version {__version__}"
