"""The user cache (compiled templates, font subsets): same bytes with or without it, never trusted when damaged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, SAMPLE

from briefkit import usercache
from briefkit.writers.ooxml_fonts import _subset, subset_font

FONT = ROOT / "templates" / "base" / "fonts" / "NotoSans-Regular.ttf"


def _build(out: Path, cache: str) -> dict[str, bytes]:
    """Build the sample (all products) in a fresh process with ``BRIEFKIT_CACHE_DIR=cache``; its output files."""
    env = {**os.environ, "BRIEFKIT_CACHE_DIR": cache, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "briefkit", "build", str(SAMPLE), "--out", str(out), "-q"],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    folder = out / SAMPLE.stem
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _entries(cache: Path, kind: str) -> list[Path]:
    return sorted((cache / kind).glob("*.bin"))


def test_outputs_identical_with_empty_warm_and_no_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _build(tmp_path / "first", str(cache))
    assert _entries(cache, "templates") and _entries(cache, "fonts"), "the first build fills the cache"
    warm = _build(tmp_path / "warm", str(cache))
    off = _build(tmp_path / "off", "")
    assert set(first) == set(warm) == set(off)
    assert any(name.endswith((".docx", ".pptx")) for name in first)
    for name in first:
        assert first[name] == warm[name], f"{name} differs when built from a warm cache"
        assert first[name] == off[name], f"{name} differs when built without a cache"
    assert not (tmp_path / "off-cache").exists()


def test_damaged_entries_are_ignored_and_replaced(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    clean = _build(tmp_path / "clean", str(cache))
    for entry in _entries(cache, "templates") + _entries(cache, "fonts"):
        data = entry.read_bytes()
        entry.write_bytes(data[:-7] + b"garbage")  # same size, wrong content
    damaged = _build(tmp_path / "damaged", str(cache))
    assert damaged == clean
    truncated = _entries(cache, "fonts")[0]
    truncated.write_bytes(truncated.read_bytes()[:40])
    assert _build(tmp_path / "truncated", str(cache)) == clean


def test_font_subset_cache_hit_miss_and_corruption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path))
    font = FONT
    _subset.cache_clear()
    made = subset_font(font, "Briefing")
    (entry,) = _entries(tmp_path, "fonts")
    assert entry.read_bytes().endswith(made)
    _subset.cache_clear()
    entry.write_bytes(entry.read_bytes().replace(made[-64:], bytes(64)))  # a damaged payload fails its checksum
    assert subset_font(font, "Briefing") == made
    assert entry.read_bytes().endswith(made), "the damaged entry is replaced by a sound one"
    _subset.cache_clear()
    other = subset_font(font, "Noté")
    assert other != made and len(_entries(tmp_path, "fonts")) == 2, "another character, another key"


def test_cache_location_and_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", "")
    assert usercache.cache_dir() is None
    usercache.store("fonts", "k", b"data")
    assert usercache.load("fonts", "k") is None
    monkeypatch.delenv("BRIEFKIT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert usercache.cache_dir() == tmp_path / "xdg" / "briefkit"
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "own"))
    usercache.store("fonts", "k", b"data")
    assert usercache.load("fonts", "k") == b"data"
    assert list((tmp_path / "own" / "fonts").iterdir()) == [tmp_path / "own" / "fonts" / "k.bin"], \
        "no temporary file is left behind"


def test_unwritable_cache_is_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(blocker))
    usercache.store("fonts", "k", b"data")  # must not raise
    assert usercache.load("fonts", "k") is None


def test_trim_removes_least_recently_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path))
    for i in range(4):
        usercache.store("fonts", f"k{i}", bytes(1000))
        os.utime(tmp_path / "fonts" / f"k{i}.bin", (1000 + i, 1000 + i))
    assert usercache.load("fonts", "k0") is not None  # a use: k0 becomes the most recent
    usercache.trim(tmp_path / "fonts", limit=3000)
    left = {p.stem for p in _entries(tmp_path, "fonts")}
    assert "k0" in left and "k1" not in left and len(left) <= 2


def test_a_folder_others_can_write_to_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX permissions")
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path))
    usercache.store("fonts", "k", b"data")
    assert usercache.load("fonts", "k") == b"data"
    (tmp_path / "fonts").chmod(0o777)
    assert usercache.load("fonts", "k") is None
