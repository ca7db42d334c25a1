"""A batch worker's memory: what the render caches hold, and freed heap given back between items.

- the compressed zip members and PDF streams kept from one file to the next
  are only those that recur (a member or stream seen once is not held), and
  the bytes written are still those of ``writestr`` and ``zlib.compress``;
- the structure tree of a tagged PDF names its elements with the remembering
  ``PDFName`` (the same names);
- a worker gives freed heap back to the system after each item it builds.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from pathlib import Path

import pytest

from briefkit.batch import jobs, trim
from briefkit.batch.jobs import Job, JobResult, RenderSpec
from briefkit.writers import recurring, rlserial, rlstructure, zipcache
from briefkit.writers.recurring import RecurringCache


def _blob(seed: int, size: int = 9000) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def _archive(blob: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("word/fonts/font1.odttf", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zipcache.write_member(archive, info, blob, 6)
    return out.getvalue()


def _plain_archive(blob: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("word/fonts/font1.odttf", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, blob, compresslevel=6)
    return out.getvalue()


def test_a_zip_member_seen_once_is_not_held() -> None:
    zipcache._kept.clear()
    once, twice = _blob(1), _blob(2)
    assert _archive(once) == _plain_archive(once)
    for _ in range(3):
        assert _archive(twice) == _plain_archive(twice)
    kept = {data for _, data in zipcache._kept.kept}
    assert twice in kept
    assert once not in kept


def test_a_pdf_stream_seen_once_is_not_held() -> None:
    rlserial._streams.clear()
    once, twice = _blob(3, 6000), _blob(4, 6000)
    assert rlserial.flate_encode(None, once) == zlib.compress(once)
    for _ in range(3):
        assert rlserial.flate_encode(None, twice) == zlib.compress(twice)
    assert twice in rlserial._streams.kept
    assert once not in rlserial._streams.kept


def test_the_recurring_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recurring, "SEEN_MAX", 8)
    cache: RecurringCache[int, str] = RecurringCache(max_bytes=30)
    for key in range(40):
        cache.offer(key, "v", 10)
        cache.offer(key, "v", 10)
        assert cache.get(key) == "v"
    assert cache.kept_bytes <= 30 and len(cache.kept) == 3
    assert len(cache.seen) <= 8
    assert cache.get(0) is None  # forgotten: the least recently used went first


def test_the_structure_tree_names_with_the_remembering_pdfname() -> None:
    assert rlstructure.PDFName is rlserial.pdf_name
    assert rlstructure.PDFName("StructElem") == rlserial._original_name("StructElem")


def test_a_worker_gives_freed_heap_back_after_each_item(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[str] = []
    monkeypatch.setattr(jobs, "run_job", lambda job: calls.append(job.slug) or JobResult(job.source, job.slug, "built"))
    monkeypatch.setattr(jobs, "release_freed_memory", lambda: calls.append("trim") or True)
    spec = RenderSpec(("note",))
    chunk = tuple(Job(tmp_path / f"{n}.yaml", f"{n}.yaml", "content", n, tmp_path, spec) for n in ("a", "b"))
    jobs.run_chunk(chunk)
    assert calls == ["a", "trim", "b", "trim"]


def test_freed_heap_is_given_back_where_the_c_library_can() -> None:
    assert trim.release_freed_memory() is (trim._trimmer() is not None)
