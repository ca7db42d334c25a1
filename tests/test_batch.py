"""``briefkit build``: parallel equals serial, incremental skips, fault isolation, slugs, manifests."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from benchmarks.gen_briefs import write_briefs
from click.testing import CliRunner, Result
from tests.conftest import ROOT

from briefkit.batch.jobs import JobResult
from briefkit.batch.progress import Progress
from briefkit.batch.report import summary
from briefkit.cli import cli

MD = ["-p", "note", "-f", "md"]


def build(*args: str | Path) -> Result:
    """Run ``briefkit build`` in-process (the pool still forks real workers)."""
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file under ``out`` (not the report, the cache or hidden files)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.parent != out and not p.name.startswith(".")}


def report(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / "build-report.json").read_text(encoding="utf-8"))


def statuses(out: Path) -> dict[str, str]:
    return {item["slug"]: item["status"] for item in report(out)["items"]}


def reasons(out: Path) -> set[str | None]:
    return {item["reason"] for item in report(out)["items"]}


@pytest.fixture()
def briefs(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    write_briefs(6, folder)
    return folder


def test_parallel_output_equals_serial_byte_for_byte(briefs: Path, tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert build(briefs, "--out", serial, "--jobs", "1", *MD).exit_code == 0
    assert build(briefs, "--out", parallel, "--jobs", "2", *MD).exit_code == 0
    assert len(outputs(serial)) == 6
    assert outputs(serial) == outputs(parallel)
    assert report(parallel)["jobs"] == 2
    hashes = {o["path"]: o["sha256"] for i in report(serial)["items"] for o in i["outputs"]}
    assert hashes == {o["path"]: o["sha256"] for i in report(parallel)["items"] for o in i["outputs"]}


def test_unchanged_items_are_skipped_and_changes_rebuild(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(briefs, "--out", out, *MD).exit_code == 0
    first = outputs(out)
    assert set(statuses(out).values()) == {"built"}
    assert build(briefs, "--out", out, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"skipped"}
    assert outputs(out) == first

    changed = briefs / "brief-0002.yaml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("(brief 0002)", "(revised)"), encoding="utf-8")
    assert build(briefs, "--out", out, *MD).exit_code == 0
    assert statuses(out) == {**{s: "skipped" for s in statuses(out)}, "brief-0002": "built"}
    assert reasons(out) == {None, "content changed"}
    assert "(revised)" in (out / "brief-0002" / "briefing-note.md").read_text(encoding="utf-8")

    assert build(briefs, "--out", out, "--force", *MD).exit_code == 0
    assert set(statuses(out).values()) == {"built"} and reasons(out) == {"--force"}


def test_damaged_or_missing_output_is_rebuilt(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(briefs, "--out", out, *MD).exit_code == 0
    good = outputs(out)
    (out / "brief-0001" / "briefing-note.md").write_text("tampered", encoding="utf-8")
    (out / "brief-0004" / "briefing-note.md").unlink()
    assert build(briefs, "--out", out, *MD).exit_code == 0
    assert {s for s, st in statuses(out).items() if st == "built"} == {"brief-0001", "brief-0004"}
    assert reasons(out) == {None, "brief-0001/briefing-note.md missing or modified",
                            "brief-0004/briefing-note.md missing or modified"}
    assert outputs(out) == good


def test_template_override_rebuilds_everything(briefs: Path, tmp_path: Path) -> None:
    out, templates = tmp_path / "out", tmp_path / "templates"
    assert build(briefs, "--out", out, *MD).exit_code == 0
    shutil.copytree(ROOT / "templates" / "note", templates / "note")
    entry = templates / "note" / "note.md.j2"
    text = entry.read_text(encoding="utf-8").replace("## {{ labels.key_points }}", "## Main points")
    entry.write_text(text, encoding="utf-8")
    assert build(briefs, "--out", out, "--templates", templates, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"built"} and reasons(out) == {"templates changed"}
    assert "## Main points" in (out / "brief-0003" / "briefing-note.md").read_text(encoding="utf-8")
    assert build(briefs, "--out", out, "--templates", templates, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"skipped"}
    entry.write_text(entry.read_text(encoding="utf-8").replace("## Main points", "## Points"), encoding="utf-8")
    assert build(briefs, "--out", out, "--templates", templates, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"built"}


def test_theme_change_rebuilds_everything(briefs: Path, tmp_path: Path) -> None:
    out, theme_dir = tmp_path / "out", tmp_path / "theme"
    shutil.copytree(ROOT / "templates" / "base" / "fonts", theme_dir / "fonts")
    theme = theme_dir / "theme.yaml"
    theme.write_text((ROOT / "templates" / "base" / "theme.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert build(briefs, "--out", out, "--theme", theme, *MD).exit_code == 0
    assert build(briefs, "--out", out, "--theme", theme, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"skipped"}
    theme.write_text(theme.read_text(encoding="utf-8").replace('"#C8102E"', '"#008000"', 1), encoding="utf-8")
    assert build(briefs, "--out", out, "--theme", theme, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"built"} and reasons(out) == {"theme changed"}
    font = theme_dir / "fonts" / "NotoSans-Bold.ttf"
    font.write_bytes(font.read_bytes() + b"\0")
    assert build(briefs, "--out", out, "--theme", theme, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"built"}


def test_dry_run_says_what_would_be_built_and_why_and_writes_nothing(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(briefs, "--out", out, "--dry-run", *MD)
    assert first.exit_code == 0 and not out.exists()
    assert first.output.splitlines()[0] == "build brief-0000  (new)"
    assert build(briefs, "--out", out, *MD).exit_code == 0
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    changed = briefs / "brief-0003.yaml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("(brief 0003)", "(revised)"), encoding="utf-8")
    listing = build(briefs, "--out", out, "-n", "-p", "note", "-f", "md", "-f", "html")
    assert listing.exit_code == 0
    lines = listing.output.splitlines()
    assert "build brief-0003  (options and content changed)" in lines
    assert "build brief-0001  (options changed)" in lines
    assert lines[-1] == "6 items: 6 to build, 0 up to date (dry run: nothing written)"
    as_json = json.loads(build(briefs, "--out", out, "--dry-run", "--json", *MD).output)
    by_slug = {row["slug"]: (row["action"], row["reason"]) for row in as_json}
    assert by_slug["brief-0003"] == ("build", "content changed")
    assert {row["action"] for row in as_json if row["slug"] != "brief-0003"} == {"skip"}
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


def test_outputs_no_longer_produced_are_reported_and_clean_removes_only_them(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(briefs, "--out", out, "-p", "note", "-f", "md", "-f", "html").exit_code == 0
    (out / "brief-0000" / "my-notes.txt").write_text("mine", encoding="utf-8")  # not briefkit's: never touched
    (briefs / "brief-0005.yaml").unlink()
    narrower = build(briefs, "--out", out, *MD)
    assert narrower.exit_code == 0
    old = sorted([f"brief-{i:04d}/briefing-note.html" for i in range(6)] + ["brief-0005/briefing-note.md"])
    assert report(out)["old_outputs"] == {"removed": False, "paths": old}
    assert "6 files of earlier builds are no longer produced" not in narrower.output
    assert "7 files of earlier builds are no longer produced" in narrower.output
    assert all((out / path).is_file() for path in old)  # reported, left in place

    cleaned = build(briefs, "--out", out, "--clean", *MD)
    assert cleaned.exit_code == 0 and "7 files of earlier builds removed" in cleaned.output
    assert not any((out / path).exists() for path in old)
    assert not (out / "brief-0005").exists()
    assert (out / "brief-0000" / "my-notes.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(outputs(out)) == sorted([f"brief-{i:04d}/briefing-note.md" for i in range(5)] +
                                          ["brief-0000/my-notes.txt"])
    again = build(briefs, "--out", out, *MD)
    assert report(out)["old_outputs"]["paths"] == [] and "earlier builds" not in again.output


def test_a_failing_item_keeps_its_last_good_outputs(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(briefs, "--out", out, *MD).exit_code == 0
    (briefs / "brief-0002.yaml").write_text("meta: [", encoding="utf-8")
    assert build(briefs, "--out", out, "--clean", *MD).exit_code == 1
    assert report(out)["old_outputs"]["paths"] == []
    assert (out / "brief-0002" / "briefing-note.md").is_file()


def test_one_poisoned_item_among_fifty(tmp_path: Path) -> None:
    folder, out = tmp_path / "content", tmp_path / "out"
    write_briefs(50, folder)
    poisoned = folder / "brief-0017.yaml"
    text = poisoned.read_text(encoding="utf-8")
    line = text[: text.index("    value: ")].count("\n") + 1
    poisoned.write_text(text.replace("    value: ", "    value: lots", 1), encoding="utf-8")
    result = build(folder, "--out", out, "--jobs", "2", *MD)
    assert result.exit_code == 1
    assert len(outputs(out)) == 49
    assert not (out / "brief-0017").exists()
    data = report(out)
    assert data["summary"] == {"items": 50, "built": 49, "skipped": 0, "failed": 1, "cancelled": 0, "files": 49,
                               "unreviewed": 0, "old_outputs": 0}
    failed = [i for i in data["items"] if i["status"] == "failed"]
    assert [i["slug"] for i in failed] == ["brief-0017"]
    assert failed[0]["source"].endswith("brief-0017.yaml")
    assert f"brief-0017.yaml:{line}: figures[0].value: Input should be a valid number" in failed[0]["error"]
    assert "failed brief-0017" in result.stderr and "Traceback" not in result.output


def test_fail_fast_stops_at_the_first_failure(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (briefs / "brief-0000.yaml").write_text("meta: {}\n", encoding="utf-8")
    result = build(briefs, "--out", out, "--jobs", "1", "--fail-fast", *MD)
    assert result.exit_code == 1
    assert statuses(out) == {"brief-0000": "failed", **{f"brief-000{i}": "cancelled" for i in range(1, 6)}}
    assert outputs(out) == {}


def test_same_stem_in_two_folders_gets_two_slugs(tmp_path: Path) -> None:
    for name, marker in (("a", "first"), ("b", "second")):
        write_briefs(1, tmp_path / name)
        path = tmp_path / name / "brief-0000.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("(brief 0000)", f"({marker})"), encoding="utf-8")
    slugs = []
    for order in ((tmp_path / "b", tmp_path / "a"), (tmp_path / "a", tmp_path / "b")):
        out = tmp_path / f"out-{len(slugs)}"
        result = build(*order, "--out", out, *MD)
        assert result.exit_code == 0
        assert "shared with" in result.stderr
        slugs.append(statuses(out))
        assert "(first)" in (out / "brief-0000" / "briefing-note.md").read_text(encoding="utf-8")
        assert "(second)" in (out / "brief-0000-b" / "briefing-note.md").read_text(encoding="utf-8")
    assert set(slugs[0]) == set(slugs[1]) == {"brief-0000", "brief-0000-b"}
    renamed = next(i for i in report(out)["items"] if i["slug"] == "brief-0000-b")
    assert any("brief-0000-b" in w for w in renamed["warnings"])


def test_manifest_and_json_output(briefs: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "briefkit.yaml"
    manifest.write_text("items: ['content/brief-000[0-2].yaml']\nproducts: [note]\nformats: [md]\nout: site\n",
                        encoding="utf-8")
    result = build(manifest, "--json")
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed["summary"]["built"] == 3
    assert printed == report(tmp_path / "site")
    manifest.write_text("items: [content]\nproduct: [note]\n", encoding="utf-8")
    result = build(manifest)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"{manifest}:2: product: Extra inputs are not permitted"]


def test_quiet_prints_nothing_on_success(briefs: Path, tmp_path: Path) -> None:
    result = build(briefs, "--out", tmp_path / "out", "--quiet", *MD)
    assert result.exit_code == 0
    assert result.output == ""


ARTICLE = """Ports report record traffic in 2024

Published 2024-03-05 by Harbour News

The port handled 12,500 ships in 2023, up 8% from the year before. Officials said that 3 new berths will open.

Container shipping grew fastest and now accounts for 61% of tonnage.
"""


def test_article_beside_a_content_file_of_the_same_name(briefs: Path, tmp_path: Path) -> None:
    (briefs / "brief-0001.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = build(briefs, "--out", out, *MD)
    assert result.exit_code == 0, result.output
    assert statuses(out)["brief-0001-txt"] == "built"
    assert "(brief 0001)" in (out / "brief-0001" / "briefing-note.md").read_text(encoding="utf-8")
    extracted = (out / "brief-0001-txt" / "briefing-note.md").read_text(encoding="utf-8")
    assert "Ports report record traffic in 2024" in extracted and "12,500" in extracted


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_and_lines_otherwise() -> None:
    results = [JobResult("a.yaml", "a", "built", seconds=0.5), JobResult("b.yaml", "b", "skipped"),
               JobResult("c.yaml", "c", "failed", error="c.yaml:3: broken")]
    tty_out, tty_err = _Terminal(), _Terminal()
    bar = Progress("auto", tty_out, tty_err)
    bar.begin(3, 2)
    for result in results:
        bar(result)
    bar.end(summary(results))
    assert "[########################] 3/3 built 1 skipped 1 failed 1" in tty_err.getvalue()
    assert "ETA" in tty_err.getvalue() and "failed c: c.yaml:3: broken" in tty_err.getvalue()
    plain_out, plain_err = io.StringIO(), io.StringIO()
    lines = Progress("auto", plain_out, plain_err)
    lines.begin(3, 2)
    for result in results:
        lines(result)
    lines.end(summary(results))
    assert plain_out.getvalue().splitlines() == ["[1/3] built a (0 files, 0.50 s)",
                                                 "3 items: 1 built, 1 skipped, 1 failed; 0 files in 0.0 s"]
    assert plain_err.getvalue() == "failed c: c.yaml:3: broken\n"


def test_leftover_temporary_files_are_swept_even_beside_fresh_outputs(briefs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(briefs, "--out", out, *MD).exit_code == 0
    stray = out / "brief-0002" / ".briefing-note.md.x1y2.tmp"
    stray.write_bytes(b"half a fi")
    assert build(briefs, "--out", out, *MD).exit_code == 0
    assert set(statuses(out).values()) == {"skipped"}
    assert not stray.exists()
