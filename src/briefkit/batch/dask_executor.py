"""Run a build's jobs on a Dask cluster: a ``LocalCluster``, or a running scheduler's address.

The contract is :func:`briefkit.batch.executor.execute`'s: results in job
order, ``on_result`` for each as it finishes, a poisoned item failing alone,
``--fail-fast`` cancelling what has not run.  The differences are where the
work happens.  Workers share no folder with the build: each task carries the
item's bytes (:mod:`.remote`), workers send back rendered bytes, and this
process writes them atomically and records them, exactly as a local worker
would (:func:`~briefkit.batch.jobs.write_job`).

Before any task is sent, every worker is asked for its briefkit version and
code hash, built-in packs and output-shaping libraries; any difference
refuses the build (a worker that joins later refuses its tasks, which stops
the build the same way).  A worker that dies fails the tasks it held at once
(``allowed-failures`` 0 on a cluster started here).  As in the local pool,
those items are suspects, not culprits: once the rest is done each runs once
more, alone, and only one that kills its worker again fails, with that reason.
Tasks are submitted a few per worker thread at a time, so a million-item
build never holds a million payloads in the scheduler.  Dask is imported here
only, and this module only when ``--executor dask`` is asked for.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent import futures
from concurrent.futures import Future as CFuture
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from briefkit.batch.executor import OnResult, cancelled
from briefkit.batch.jobs import Job, JobResult, run_job, write_job
from briefkit.batch.remote import (
    Rendered,
    Shared,
    Task,
    differences,
    environment,
    identity,
    make_shared,
    run_task,
)
from briefkit.errors import BriefkitError

if TYPE_CHECKING:
    from distributed import Client, Future

CONNECT_TIMEOUT = 30
"""Seconds to reach a scheduler, and to wait for its first worker."""
SCHEDULER_CONFIG = {
    # A task whose worker dies fails at once; this client retries it once (the default is three times).
    "distributed.scheduler.allowed-failures": 0,
}
"""Settings of a scheduler started here; docs/scaling.md gives them for a scheduler started by hand."""
LOCAL_WORKER_CONFIG = {
    # Workers are forked by a forkserver: a clean, single-threaded process that has imported the rendering
    # modules once (WORKER_PRELOAD), so a worker starts warm.  Plain fork copied this process while its
    # event-loop and writer threads ran, locks they held included: a worker could deadlock before its
    # first task, and a CI run hung on it.
    "distributed.worker.multiprocessing-method": "forkserver",
    # The statistical profiler samples every thread's stack each 10 ms: measured 40 % slower items with it on.
    "distributed.worker.profile.enabled": False,
    # Housekeeping timers (defaults 20 ms, 100 ms, 500 ms) cost CPU the workers need: items take seconds, not ms.
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
WORKER_PRELOAD = ("distributed", "briefkit.batch.remote", "briefkit.render", "briefkit.templating",
                  "briefkit.extract")
"""Modules the forkserver imports before it forks workers (every writer's module is added)."""
WORKER_PRELOAD_LAST = "briefkit.batch.forkserver_gc"
"""Imported after the others: it freezes what they loaded and sets the build's collector thresholds."""
IN_FLIGHT_PER_THREAD = 4
"""Tasks submitted ahead per worker thread: enough that no worker waits for this process."""
WRITER_THREADS = 4
"""Threads writing returned files (the local pool's workers each write their own)."""
Written = CFuture[JobResult]


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new ``LocalCluster`` of ``workers`` processes."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise BriefkitError("--executor dask needs Dask: pip install 'briefkit[dask]'") from None
    with dask.config.set(SCHEDULER_CONFIG):
        if scheduler:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise BriefkitError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
            with client:
                yield client
            return
        # One thread per worker: rendering holds the GIL, and a task sets SOURCE_DATE_EPOCH for its process.
        with dask.config.set(LOCAL_WORKER_CONFIG):
            _preload()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                              silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
                yield client


def _preload() -> None:
    """Have the forkserver import the rendering modules and every writer before it forks workers."""
    from distributed.utils import get_mp_context

    from briefkit.writers import writer_module, writer_names

    modules = [*WORKER_PRELOAD, *sorted({writer_module(name) for name in writer_names()}), WORKER_PRELOAD_LAST]
    # distributed sets its own list on its first call; this one replaces it before the server starts.
    # A forkserver already running in this process keeps its modules: workers are then only less warm.
    get_mp_context().set_forkserver_preload(modules)


def check_workers(client: Client, shared: Shared) -> None:
    """Refuse the build if any worker runs another briefkit, other packs or other libraries."""
    from briefkit import __version__

    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        raise BriefkitError(f"no Dask worker joined the scheduler within {CONNECT_TIMEOUT} s") from None
    try:
        found: dict[str, dict[str, str]] = client.run(environment, shared.products, "built-in theme" in shared.expected)
    except Exception as exc:  # a worker without briefkit, or too old to have these functions
        raise BriefkitError(f"a Dask worker cannot run briefkit's tasks ({type(exc).__name__}: {exc}); "
                            f"install briefkit {__version__} on every worker") from None
    refused = [f"  {address}: {'; '.join(problems)}" for address, env in sorted(found.items())
               if (problems := differences(shared.expected, env))]
    if refused:
        raise BriefkitError("refusing Dask workers that differ from this client (their outputs would not match):\n"
                            + "\n".join(refused))


def execute_dask(jobs: Sequence[Job], workers: int, fail_fast: bool, on_result: OnResult,
                 scheduler: str | None = None) -> list[JobResult]:
    """Run every job on a Dask cluster and return results in job order; ``on_result`` sees each as it finishes."""
    if not jobs:
        return []
    shared = make_shared(jobs[0].spec)
    with connect(scheduler, workers) as client:
        check_workers(client, shared)
        done = _Run(client, shared, fail_fast, on_result).run(jobs)
    by_slug = {r.slug: r for r in done}
    return [by_slug.get(job.slug) or cancelled(job) for job in jobs]


class _Run:
    """One build's futures: a window of submitted tasks, refilled as results arrive."""

    def __init__(self, client: Client, shared: Shared, fail_fast: bool, on_result: OnResult) -> None:
        self.client, self.fail_fast, self.on_result = client, fail_fast, on_result
        self.token = uuid.uuid4().hex[:12]
        # A task, not scattered data: the scheduler keeps the spec and recomputes it when the workers
        # holding it die, where scattered data would be lost with them.
        self.shared = client.submit(identity, shared, key=f"briefkit-{self.token}-shared", pure=False)
        self.completed: Any = None
        self.suspects: deque[tuple[Task, Job]] = deque()
        self.flights: dict[Future[Rendered], tuple[Task, Job, int]] = {}
        self.queue: deque[Job] = deque()
        self.results: list[JobResult] = []
        self.window = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
        # Writes wait on the disk, not the CPU: a few threads keep this process ahead of the workers.
        self.writer = ThreadPoolExecutor(WRITER_THREADS, thread_name_prefix="briefkit-write")
        self.writing: list[Written] = []

    def run(self, jobs: Sequence[Job]) -> list[JobResult]:
        """Submit, collect and write until every job has a result or fail-fast stops the build."""
        self.queue.extend(jobs)
        try:
            stopped = self._drain()
            # Each suspect runs again alone: if its worker dies now, the item itself is the cause.
            while self.suspects and not stopped:
                self._submit(*self.suspects.popleft(), attempt=1)
                stopped = self._drain()
        finally:  # fail-fast, a refusal or Ctrl-C: nothing more runs for this build
            if self.flights:
                self.client.cancel(list(self.flights))
            self.writer.shutdown(wait=True)  # a file being written is finished, never left half-done
        return self.results

    def _drain(self) -> bool:
        """Collect until nothing is in flight or queued; True when fail-fast stopped the build."""
        from distributed import as_completed

        self.completed = as_completed(list(self.flights))
        self._top_up()
        for future in self.completed:
            result = self._settle(future, *self.flights.pop(future))
            if isinstance(result, JobResult) and self._finish(result):
                return True
            if isinstance(result, CFuture):
                self.writing.append(result)
            if self._written(wait=False):
                return True
            self._top_up()
        return self._written(wait=True)

    def _written(self, wait: bool) -> bool:
        """Report the items whose files are written (all of them if ``wait``); True when fail-fast stops."""
        if wait:
            futures.wait(self.writing)
        done = [w for w in self.writing if w.done()]
        self.writing = [w for w in self.writing if not w.done()]
        return any([self._finish(w.result()) for w in done])

    def _finish(self, result: JobResult) -> bool:
        """Report one result; True when fail-fast must stop the build."""
        self.results.append(result)
        self.on_result(result)
        if self.fail_fast and result.status == "failed":
            self.queue.clear()
            return True
        return False

    def _top_up(self) -> None:
        while self.queue and len(self.flights) < self.window:
            job = self.queue.popleft()
            try:
                content = job.path.read_bytes()
            except OSError:  # the local runner words the error exactly as a local build would
                if self._finish(run_job(job)):
                    return
                continue
            self._submit(Task(job.slug, job.source, job.kind, job.path.name, content, job.key, job.notes), job)

    def _submit(self, task: Task, job: Job, attempt: int = 0) -> None:
        future = self.client.submit(run_task, task, self.shared, key=f"briefkit-{self.token}-{job.slug}-{attempt}",
                                    pure=False)
        self.flights[future] = (task, job, attempt)
        self.completed.add(future)

    def _settle(self, future: Future[Rendered], task: Task, job: Job, attempt: int) -> JobResult | Written | None:
        """The item's result, its files being written, or None when it is to run again."""
        from distributed import KilledWorker

        try:
            rendered: Rendered = future.result()
        except Exception as exc:  # the worker died (KilledWorker) or the task could not run there
            if attempt == 0:  # its worker died, perhaps because of another task it held
                self.suspects.append((task, job))
                return None
            why = ("the Dask worker building it died twice (crash or out of memory)" if isinstance(exc, KilledWorker)
                   else f"the Dask task failed twice: {type(exc).__name__}: {exc}")
            return JobResult(job.source, job.slug, "failed", job.key, error=f"{job.source}: {why}")
        if rendered.refused:
            raise BriefkitError(f"refusing to mix outputs: {rendered.refused}")
        try:
            files = {_inside(job, rel): data for rel, data in rendered.files.items()}
        except ValueError as exc:
            return JobResult(job.source, job.slug, "failed", job.key, error=f"{job.source}: {exc}")
        return self.writer.submit(write_job, job, rendered.result, files)


def _inside(job: Job, rel: str) -> Path:
    """Where a file a worker returned goes: inside the item's own output folder, or nowhere."""
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or len(path.parts) < 2 or path.parts[0] != job.slug:
        raise ValueError(f"a worker returned an output outside the item's folder: {rel!r}")
    return job.out_dir.joinpath(*path.parts)
