"""``--executor dask``: the same outputs, report and fault isolation as the local pool, on a LocalCluster."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from benchmarks.gen_briefs import write_briefs
from click.testing import CliRunner, Result
from distributed import Client, LocalCluster
from tests.conftest import ARTICLE, ROOT
from tests.dask_fakes import failing_task, fake_task, warmth

from briefkit.batch import dask_executor, remote
from briefkit.batch.build import GC_THRESHOLDS, BuildSettings, build
from briefkit.batch.items import assign_slugs, expand_paths
from briefkit.batch.jobs import Job, JobResult, RenderSpec
from briefkit.batch.remote import Shared, Task
from briefkit.cli import cli
from briefkit.errors import BriefkitError


def run_cli(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.parent != out and not p.name.startswith(".")}


def report_items(out: Path) -> dict[str, dict[str, object]]:
    """The report's items by slug, without their timings."""
    items = json.loads((out / "build-report.json").read_text(encoding="utf-8"))["items"]
    return {item["slug"]: {k: v for k, v in item.items() if k != "seconds"} for item in items}


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A running scheduler with two single-thread worker processes, reached by address like a remote one."""
    with dask.config.set(dask_executor.SCHEDULER_CONFIG), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=logging.ERROR) as local:
        yield str(local.scheduler_address)


def test_dask_outputs_and_report_equal_the_local_pool_byte_for_byte(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_briefs(3, content)
    shutil.copy(ARTICLE, content / ARTICLE.name)  # an article: extracted on the worker from its bytes
    (content / "broken.yaml").write_text("meta:\n  title: Broken\nsummary: [unclosed\n", encoding="utf-8")
    # User templates and a user theme must reach workers that share no folder with this one.
    templates, theme_dir = tmp_path / "templates", tmp_path / "brand"
    shutil.copytree(ROOT / "templates" / "note", templates / "note")
    entry = templates / "note" / "note.md.j2"
    heading = entry.read_text(encoding="utf-8").replace("## {{ labels.key_points }}", "## Main points")
    entry.write_text(heading, encoding="utf-8")
    shutil.copytree(ROOT / "templates" / "base" / "fonts", theme_dir / "fonts")
    theme = (ROOT / "templates" / "base" / "theme.yaml").read_text(encoding="utf-8")
    (theme_dir / "theme.yaml").write_text(theme.replace('"#C8102E"', '"#008000"', 1), encoding="utf-8")
    options = ["--templates", templates, "--theme", theme_dir / "theme.yaml", "--jobs", "2"]

    local = run_cli(content, "--out", tmp_path / "local", *options)
    dask = run_cli(content, "--out", tmp_path / "dask", *options, "--executor", "dask")

    assert local.exit_code == dask.exit_code == 1  # broken.yaml fails in both, alone
    made = outputs(tmp_path / "dask")
    assert made == outputs(tmp_path / "local")
    per_item = len([p for p in made if p.startswith("brief-0001/")])
    assert per_item >= 9 and len(made) == 4 * per_item
    assert "## Main points" in made["brief-0001/briefing-note.md"].decode()
    assert report_items(tmp_path / "dask") == report_items(tmp_path / "local")
    failed = report_items(tmp_path / "dask")["broken"]
    assert failed["status"] == "failed" and str(failed["error"]).startswith(str(content / "broken.yaml"))
    rerun = run_cli(content, "--out", tmp_path / "dask", *options, "--executor", "dask")
    assert {item["status"] for item in report_items(tmp_path / "dask").values()} == {"skipped", "failed"}
    assert rerun.exit_code == 1


def fake_jobs(folder: Path, count: int) -> list[Job]:
    folder.mkdir(parents=True, exist_ok=True)
    jobs = []
    for i in range(count):
        (folder / f"item-{i}.yaml").write_text(f"item {i}\n", encoding="utf-8")
        jobs.append(Job(folder / f"item-{i}.yaml", f"item-{i}.yaml", "content", f"item-{i}", folder / "out",
                        RenderSpec(("note",), ("md",))))
    return jobs


def test_an_item_that_kills_its_worker_is_retried_once_then_fails_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_executor, "run_task", fake_task)
    seen: list[str] = []
    results = dask_executor.execute_dask(fake_jobs(tmp_path, 12), 2, False, lambda r: seen.append(r.slug))
    by_slug = {r.slug: r for r in results}
    assert [r.slug for r in results] == [f"item-{i}" for i in range(12)] and sorted(seen) == sorted(by_slug)
    assert by_slug["item-3"].status == "failed"
    assert "item-3.yaml: the Dask worker building it died twice" in str(by_slug["item-3"].error)
    assert {s for s, r in by_slug.items() if r.status == "built"} == set(by_slug) - {"item-3"}
    assert (tmp_path / "out" / "item-5" / "out.txt").read_text(encoding="utf-8") == "item 5\n"


def test_fail_fast_cancels_what_has_not_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_executor, "run_task", failing_task)
    results = dask_executor.execute_dask(fake_jobs(tmp_path, 60), 2, True, lambda r: None)
    statuses = [r.status for r in results]
    assert statuses.count("failed") == 1 and statuses.count("cancelled") >= 30


def test_a_worker_killed_during_a_real_build_leaves_a_complete_build_or_a_named_failure(
        cluster: str, tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "out"
    write_briefs(8, content)
    settings = BuildSettings(out, RenderSpec(("note",), ("md", "html")), 2, executor="dask", scheduler=cluster)
    killed: list[int] = []

    def kill_a_worker(result: JobResult) -> None:
        if not killed:  # after the first item: the other worker is busy with the next ones
            with Client(cluster) as spy:
                pid = sorted(spy.run(os.getpid).values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    outcome = build(assign_slugs(expand_paths([content])), settings, kill_a_worker)
    assert killed
    items = {item["slug"]: item for item in outcome.report["items"]}
    assert len(items) == 8
    for slug, item in items.items():
        assert item["status"] == "built" or "died" in str(item["error"]), (slug, item)
        if item["status"] == "built":
            assert (out / slug / "briefing-note.md").is_file() and (out / slug / "briefing-note.html").is_file()
    assert outcome.exit_code == (0 if all(i["status"] == "built" for i in items.values()) else 1)


def test_workers_with_another_built_in_pack_are_refused(
        cluster: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # This process (the client) sees a changed built-in note pack; the workers have the installed one.
    other = tmp_path / "builtin"
    shutil.copytree(ROOT / "templates", other)
    entry = other / "note" / "note.md.j2"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    monkeypatch.setattr("briefkit.packs.builtin_dir", lambda: other)
    content, out = tmp_path / "content", tmp_path / "out"
    write_briefs(2, content)
    settings = BuildSettings(out, RenderSpec(("note",), ("md",)), 2, executor="dask", scheduler=cluster)
    with pytest.raises(BriefkitError, match=r"refusing Dask workers(.|\n)*built-in template packs"):
        build(assign_slugs(expand_paths([content])), settings)
    assert not list(out.glob("*/briefing-note.md"))


def test_a_task_for_another_version_is_refused_by_the_worker(tmp_path: Path) -> None:
    # A worker that joins after the check still compares before it renders anything.
    shared = remote.make_shared(RenderSpec(("note",), ("md",)))
    wrong = Shared(shared.products, shared.formats, shared.handouts, {**shared.expected, "briefkit": "9.9 (code x)"})
    task = Task("brief", "brief.yaml", "content", "brief.yaml", (ROOT / "content" / "ai-cooperation-2024.yaml")
                .read_bytes())
    refused = remote.run_task(task, wrong)
    assert refused.refused and "briefkit 9.9 (code x) on the client" in refused.refused and not refused.files
    rendered = remote.run_task(task, shared)
    assert rendered.refused is None and rendered.result.status == "built"
    assert list(rendered.files) == ["brief/briefing-note.md"]


def test_scheduler_without_dask_executor_is_an_error(tmp_path: Path) -> None:
    result = run_cli(ROOT / "content" / "ai-cooperation-2024.yaml", "--out", tmp_path, "--executor", "local",
                     "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 1 and "--scheduler is for --executor dask" in result.output


def test_a_local_build_never_imports_dask(tmp_path: Path) -> None:
    code = ("import sys\nfrom briefkit.cli import cli\n"
            f"cli.main(['build', {str(ROOT / 'content' / 'ai-cooperation-2024.yaml')!r}, '--out', {str(tmp_path)!r},"
            " '--jobs', '2', '-p', 'note', '-f', 'md', '-q'], standalone_mode=False)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "ai-cooperation-2024" / "briefing-note.md").is_file()


def test_local_workers_start_warm_without_forking_this_threaded_process() -> None:
    # Forking the client (which runs Dask's event loop thread) can copy a held lock into a worker.
    with dask_executor.connect(None, 2) as client:
        client.wait_for_workers(2, timeout=dask_executor.CONNECT_TIMEOUT)
        seen = list(client.run(warmth).values())
    assert len(seen) == 2
    assert all(parent != os.getpid() and warm for parent, warm, _ in seen), seen
    # and with the build's quieter collector, as a local build's forked workers have it
    assert all(thresholds == GC_THRESHOLDS for _, _, thresholds in seen), seen
