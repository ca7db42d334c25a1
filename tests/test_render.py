"""The render pipeline's own decisions: which reference document a pack uses."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from tests.conftest import SAMPLE

from briefkit.cli import cli


def test_user_pack_reference_docx_is_used(tmp_path: Path) -> None:
    import docx

    runner = CliRunner()
    assert runner.invoke(cli, ["templates", "copy", "summary", str(tmp_path)]).exit_code == 0
    reference = docx.Document()
    reference.styles["Normal"].font.name = "Courier New"
    reference.save(str(tmp_path / "summary" / "reference.docx"))
    out = tmp_path / "out"
    result = runner.invoke(cli, ["render", str(SAMPLE), "-p", "summary", "-f", "docx", "--templates", str(tmp_path),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    made = docx.Document(str(out / SAMPLE.stem / "summary.docx"))
    assert made.styles["Normal"].font.name == "Courier New"


def test_builtin_reference_when_no_override(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(SAMPLE), "-p", "summary", "-f", "docx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    made = docx.Document(str(out / SAMPLE.stem / "summary.docx"))
    assert made.styles["Normal"].font.name != "Courier New"
