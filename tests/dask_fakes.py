"""Task functions that stand in for rendering on Dask workers (importable there: no test fixtures here)."""

from __future__ import annotations

import gc
import os
import sys

from briefkit.batch.jobs import JobResult
from briefkit.batch.remote import Rendered, Shared, Task


def fake_task(task: Task, shared: Shared) -> Rendered:
    """'item-3' kills its worker process every time it runs, like a segfault; the others echo their bytes."""
    if task.slug == "item-3":
        os._exit(3)
    result = JobResult(task.source, task.slug, "built", task.key)
    return Rendered(result, {f"{task.slug}/out.txt": task.content})


def failing_task(task: Task, shared: Shared) -> Rendered:
    """'item-3' fails like a bad input does; the others echo their bytes."""
    if task.slug == "item-3":
        return Rendered(JobResult(task.source, task.slug, "failed", task.key, error="item-3.yaml:1: broken"))
    return Rendered(JobResult(task.source, task.slug, "built", task.key), {f"{task.slug}/out.txt": task.content})


def warmth() -> tuple[int, bool, tuple[int, ...]]:
    """A worker's parent process, whether the PDF writer was imported before any task ran, and its
    collector's thresholds."""
    return os.getppid(), "briefkit.writers.pdf" in sys.modules, gc.get_threshold()
