"""Batch builds: many items, in parallel, incrementally, one failure at a time.

- :mod:`~briefkit.batch.jobs`: a job is plain data; :func:`run_job` is the pure unit of work.
- :mod:`~briefkit.batch.executor`: serial or process-pool execution with fault isolation.
- :mod:`~briefkit.batch.cache`: keys and the record that lets unchanged items be skipped.
- :mod:`~briefkit.batch.items` / :mod:`~briefkit.batch.manifest`: what to build, and where.
- :mod:`~briefkit.batch.report` / :mod:`~briefkit.batch.progress`: telling what happened.
- :mod:`~briefkit.batch.newsletter`: many briefs combined into one issue.
"""
