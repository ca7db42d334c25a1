"""Imported last by the Dask forkserver: its workers inherit a frozen, quieter garbage collector.

A forkserver can only import modules before it forks workers, so importing
this module is the hook (``dask_executor.WORKER_PRELOAD_LAST``).  Each worker
forked afterwards inherits the preloaded modules frozen out of the collector's
scans and the build's rarer young collections, as a local build's workers
inherit them from :func:`briefkit.batch.build.quiet_collector` (measured there:
time in the collector fell from 4.3 % to 1.8 % of a build).
"""

from __future__ import annotations

from briefkit.batch.build import settle_collector

settle_collector()
