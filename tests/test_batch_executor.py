"""The executor on its own: job order, a worker that dies, --fail-fast on the pool."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefkit.batch import executor, jobs
from briefkit.batch.executor import execute
from briefkit.batch.jobs import Job, JobResult, RenderSpec


def fake_jobs(count: int) -> list[Job]:
    return [Job(Path(f"item-{i}.yaml"), f"item-{i}.yaml", "content", f"item-{i}", Path("out"), RenderSpec(("note",)))
            for i in range(count)]


def fake_run(job: Job) -> JobResult:
    """Stands in for rendering; 'item-7' kills its worker like a segfault would, 'item-3' fails."""
    if job.slug == "item-7":
        os._exit(3)
    if job.slug == "item-3":
        return JobResult(job.source, job.slug, "failed", error="item-3.yaml:1: broken")
    return JobResult(job.source, job.slug, "built")


@pytest.fixture()
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    # Workers are forked, so they inherit the patched module.
    monkeypatch.setattr(jobs, "run_job", fake_run)
    monkeypatch.setattr(executor, "run_job", fake_run)


@pytest.mark.usefixtures("fake")
@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_job_order(workers: int) -> None:
    todo = [j for j in fake_jobs(30) if j.slug != "item-7"]
    seen: list[str] = []
    results = execute(todo, workers, False, lambda r: seen.append(r.slug))
    assert [r.slug for r in results] == [j.slug for j in todo]
    assert sorted(seen) == sorted(j.slug for j in todo)
    assert [r.slug for r in results if r.status == "failed"] == ["item-3"]


@pytest.mark.usefixtures("fake")
def test_a_worker_that_dies_fails_only_its_own_item() -> None:
    results = execute(fake_jobs(40), 2, False, lambda r: None)
    by_slug = {r.slug: r for r in results}
    assert by_slug["item-7"].status == "failed"
    assert "worker process building it died" in str(by_slug["item-7"].error)
    assert {s for s, r in by_slug.items() if r.status == "failed"} == {"item-3", "item-7"}
    assert sum(r.status == "built" for r in results) == 38


@pytest.mark.usefixtures("fake")
def test_fail_fast_on_the_pool_stops_starting_new_chunks() -> None:
    results = execute([j for j in fake_jobs(200) if j.slug != "item-7"], 2, True, lambda r: None)
    statuses = [r.status for r in results]
    assert statuses.count("failed") == 1
    assert statuses.count("cancelled") > 100


def pid_run(job: Job) -> JobResult:
    return JobResult(job.source, job.slug, "built", warnings=[str(os.getpid())])


def test_workers_retire_after_their_share_of_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "run_job", pid_run)
    monkeypatch.setattr(executor, "JOBS_PER_POOL", 8)
    results = execute(fake_jobs(40), 2, False, lambda r: None)
    assert [r.status for r in results] == ["built"] * 40
    assert len({r.warnings[0] for r in results}) >= 5  # 40 jobs, 8 per pool of two workers


class _BrokenPool:
    """A pool a worker's death has already broken when the next chunk is handed to it."""

    def submit(self, *args: object) -> None:
        from concurrent.futures.process import BrokenProcessPool

        raise BrokenProcessPool("a child process terminated abruptly")


def test_a_chunk_handed_to_an_already_broken_pool_waits_for_the_next_one() -> None:
    # the race CI once hit: the pool learns of a dead worker between two waits, and submit itself raises
    from collections import deque

    queue = deque([tuple(fake_jobs(2))])
    suspects: list[Job] = []
    stopped = executor._drain(_BrokenPool(), queue, 4, 5, False, lambda r: None, [], suspects)  # type: ignore[arg-type]
    assert not stopped and suspects == [] and list(queue) == [tuple(fake_jobs(2))]
