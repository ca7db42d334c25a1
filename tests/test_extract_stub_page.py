"""A stored copy that kept only its standfirst, printed twice, is drafted from that sentence, not refused."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefkit.cli import cli
from briefkit.yamlio import read_yaml

LINE = ("With waiting lists soaring and a staffing crisis, the health service will get billions more "
        "alongside recent attempts at reform.")


def test_a_page_whose_only_text_is_one_sentence_printed_twice_is_drafted(tmp_path: Path) -> None:
    page = tmp_path / "stub-page.txt"
    page.write_text(f"{LINE}\n\n{LINE}\n", encoding="utf-8")
    out = tmp_path / "content.yaml"
    result = CliRunner().invoke(cli, ["extract", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    drafted = read_yaml(out)
    # the line is the story: its summary, once; no headline taken from it, and the draft says so
    assert drafted["summary"].split() == LINE.split()
    assert drafted["meta"]["title"] == "stub-page"
    assert "no title line found" in result.output


def test_a_page_of_boilerplate_only_is_still_refused_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "cookies.txt"
    page.write_text("Accept all cookies\n\nSubscribe to our newsletter\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page), "-o", str(tmp_path / "c.yaml")])
    assert result.exit_code != 0
    assert "cookies.txt" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "c.yaml").exists()
