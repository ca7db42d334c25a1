"""Run jobs serially or on a process pool, isolating faults.

Jobs go to the pool in small chunks (fewer round trips, while progress and
``--fail-fast`` stay responsive), at most two chunks per worker at a time.  A
job that raises is already a ``failed`` result (see
:func:`~briefkit.batch.jobs.run_job`); a worker that *dies* (segfault, out of
memory) breaks the pool, so the jobs of the chunks in flight are retried one
per task in a fresh pool, and any job that still kills its worker is run alone
so it is the only one reported failed.  The other jobs are never affected.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefkit.batch.jobs import Job, JobResult, run_chunk, run_job
from briefkit.batch.trim import release_freed_memory

if TYPE_CHECKING:
    # multiprocessing and concurrent.futures are imported only when a pool runs:
    # a build of one item (and every preview render) never starts one.
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

OnResult = Callable[[JobResult], None]

JOBS_PER_POOL = 250
"""Workers are replaced after about this many jobs, so memory stays flat however long the build."""


def default_workers() -> int:
    """The CPU count available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(count: int, workers: int) -> int:
    """About eight chunks per worker, at most 16 jobs each."""
    return max(1, min(16, count // (workers * 8)))


def cancelled(job: Job) -> JobResult:
    """The result of a job that ``--fail-fast`` never started."""
    return JobResult(job.source, job.slug, "cancelled", job.key, error="not built: the build stopped early")


def _crashed(job: Job) -> JobResult:
    return JobResult(job.source, job.slug, "failed", job.key,
                     error=f"{job.source}: the worker process building it died (crash or out of memory)")


def execute(jobs: Sequence[Job], workers: int, fail_fast: bool, on_result: OnResult) -> list[JobResult]:
    """Run every job and return results in job order; ``on_result`` sees each as it finishes."""
    if workers <= 1 or len(jobs) <= 1:
        done = _serial(jobs, fail_fast, on_result)
    else:
        done = _parallel(list(jobs), min(workers, len(jobs)), fail_fast, on_result)
    by_slug = {r.slug: r for r in done}
    return [by_slug.get(job.slug) or cancelled(job) for job in jobs]


def _serial(jobs: Sequence[Job], fail_fast: bool, on_result: OnResult) -> list[JobResult]:
    results: list[JobResult] = []
    for job in jobs:
        results.append(run_job(job))
        on_result(results[-1])
        if fail_fast and results[-1].status == "failed":
            break
    return results


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork shares the parent's already-imported modules and warmed caches with every worker.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _parallel(jobs: list[Job], workers: int, fail_fast: bool, on_result: OnResult) -> list[JobResult]:
    results, suspects, stopped = _pool_run(jobs, workers, chunk_size(len(jobs), workers), fail_fast, on_result)
    if suspects and not stopped:
        retried, suspects, stopped = _pool_run(suspects, workers, 1, fail_fast, on_result)
        results += retried
    for job in suspects if not stopped else []:
        results.append(_isolated(job))
        on_result(results[-1])
        if fail_fast and results[-1].status == "failed":
            break
    return results


def _pool_run(jobs: list[Job], workers: int, size: int, fail_fast: bool,
              on_result: OnResult) -> tuple[list[JobResult], list[Job], bool]:
    """Run ``jobs`` in chunks of ``size``: (results, suspects, stopped by fail-fast).

    At most two chunks per worker are in flight, so when a worker dies only
    those chunks' jobs are suspects; the pool is restarted for the rest.  A
    pool also retires after :data:`JOBS_PER_POOL` jobs: whatever a writer
    library caches or leaks cannot pile up over a thousand items.
    """
    from concurrent.futures import ProcessPoolExecutor

    queue = deque(tuple(jobs[i:i + size]) for i in range(0, len(jobs), size))
    results: list[JobResult] = []
    suspects: list[Job] = []
    stopped = False
    while queue and not stopped:
        # Workers fork from this process: what it freed (earlier pools' results) is given back first,
        # so that they do not start out holding it.
        release_freed_memory()
        with ProcessPoolExecutor(workers, mp_context=_context(), initializer=worker_signals) as pool:
            try:
                budget = max(1, JOBS_PER_POOL // size)
                stopped = _drain(pool, queue, 2 * workers, budget, fail_fast, on_result, results, suspects)
            except BaseException:  # Ctrl-C or SIGTERM: stop the workers now, not after their chunks
                stop_workers(pool)
                raise
    return results, suspects, stopped


def _drain(pool: ProcessPoolExecutor, queue: deque[tuple[Job, ...]], limit: int, budget: int, fail_fast: bool,
           on_result: OnResult, results: list[JobResult], suspects: list[Job]) -> bool:
    """Feed ``pool`` from ``queue`` until it empties, the pool breaks or retires, or fail-fast stops it."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    in_flight: dict[Future[list[JobResult]], tuple[Job, ...]] = {}
    broken = stopped = False
    while (queue and budget and not broken and not stopped) or in_flight:
        while queue and budget and not broken and not stopped and len(in_flight) < limit:
            chunk = queue.popleft()
            try:
                in_flight[pool.submit(run_chunk, chunk, fail_fast)] = chunk
            except BrokenProcessPool:
                # a worker died after the last wait and the pool already knows it: this chunk never started, so it
                # goes back for the next pool (only chunks in flight are suspects)
                queue.appendleft(chunk)
                broken = True
                break
            budget -= 1
        finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in finished:
            chunk = in_flight.pop(future)
            try:
                batch = future.result()
            except BrokenProcessPool:
                broken = True
                suspects.extend(chunk)
                continue
            for result in batch:
                results.append(result)
                on_result(result)
            stopped = stopped or (fail_fast and any(r.status == "failed" for r in batch))
    return stopped


def _isolated(job: Job) -> JobResult:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(1, mp_context=_context(), initializer=worker_signals) as pool:
        try:
            return pool.submit(run_job, job).result()
        except BrokenProcessPool:
            return _crashed(job)
        except BaseException:
            stop_workers(pool)
            raise


def worker_signals() -> None:
    """In a worker: leave Ctrl-C to the parent (it stops the workers) and die at once on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel queued chunks and terminate the workers mid-item (their temporary files are swept later)."""
    pool.shutdown(wait=False, cancel_futures=True)
    # The pool keeps its processes in a private mapping; there is no public way to stop a running task.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
