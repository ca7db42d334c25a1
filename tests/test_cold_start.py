"""A cold process does only the work its output needs: font facts from the cache, no schema it does not use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, SAMPLE

from briefkit import usercache
from briefkit.fonts_facts import FORMAT, FontFacts, file_facts, font_facts, read_facts

FONT = ROOT / "templates" / "base" / "fonts" / "NotoSans-Bold.ttf"

_BUILD_AND_REPORT = """
import sys
from briefkit.cli import cli
try:
    cli.main(["build", sys.argv[1], "--out", sys.argv[2], "-q"], prog_name="briefkit", standalone_mode=False)
finally:
    print("fontTools.ttLib" in sys.modules)
"""


def _build(out: Path, cache: Path) -> tuple[bool, dict[str, bytes]]:
    """Build the sample in a fresh process: whether it imported fontTools' font reader, and its output files."""
    env = {**os.environ, "BRIEFKIT_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", _BUILD_AND_REPORT, str(SAMPLE), str(out)], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True, timeout=300)
    folder = out / SAMPLE.stem
    return done.stdout.strip().endswith("True"), {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_build_with_a_warm_cache_embeds_fonts_without_fonttools(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    imported_first, first = _build(tmp_path / "first", cache)
    imported_warm, warm = _build(tmp_path / "warm", cache)
    assert imported_first, "the first build subsets the fonts with fontTools"
    assert not imported_warm, "with subsets and font facts cached, fontTools is not needed"
    assert any(name.endswith((".docx", ".pptx")) for name in warm)
    assert warm == first


def test_font_facts_from_the_cache_are_those_read_from_the_font(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path))
    data = FONT.read_bytes()
    read = read_facts(data)
    assert read.names[1] == "Noto Sans" and read.weight_class == 700 and ord("A") in read.coverage
    font_facts.cache_clear()
    assert font_facts(data) == read  # read, then stored
    assert list((tmp_path / "fontfacts").glob("*.bin"))
    font_facts.cache_clear()
    assert font_facts(data) == read  # from the cache: the same facts
    assert FontFacts.from_json(read.to_json()) == read


def test_a_cache_entry_of_another_shape_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path))
    data = FONT.read_bytes()
    key = usercache.key_of(FORMAT, hashlib.sha256(data).digest())
    usercache.store("fontfacts", key, b'{"coverage": "not a list"}')  # a valid checksum over the wrong payload
    font_facts.cache_clear()
    file_facts.cache_clear()
    assert file_facts(FONT) == read_facts(data)


def test_asking_whether_a_path_is_a_manifest_loads_no_schema() -> None:
    code = ("import sys\nfrom pathlib import Path\nfrom briefkit.batch.manifest_files import is_manifest\n"
            "print(is_manifest(Path('content')), 'pydantic' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.split() == ["False", "False"]


def _pack_folder(root: Path) -> Path:
    """A user templates folder with one file of its own."""
    (root / "note").mkdir(parents=True)
    (root / "note" / "extra.md.j2").write_text("one")
    return root


def test_fingerprint_hashes_are_remembered_until_a_file_changes(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from briefkit.batch import cache

    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", 0)  # the files below are seconds old at most
    templates = _pack_folder(tmp_path / "templates")
    first = cache.templates_hash(("note",), templates)
    assert list((tmp_path / "cache" / "hashes").glob("*.bin")), "the hash is remembered"
    assert cache.templates_hash(("note",), templates) == first
    time.sleep(0.05)  # past the file system clock's tick
    (templates / "note" / "extra.md.j2").write_text("two")  # same size, new bytes
    second = cache.templates_hash(("note",), templates)
    assert second != first
    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", "")
    assert cache.templates_hash(("note",), templates) == second, "the same hash as computed without a cache"


def test_a_file_changed_moments_ago_is_hashed_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefkit.batch import cache

    monkeypatch.setenv("BRIEFKIT_CACHE_DIR", str(tmp_path / "cache"))
    templates = _pack_folder(tmp_path / "templates")
    cache.templates_hash(("note",), templates)
    assert not list((tmp_path / "cache" / "hashes").glob("*.bin")), "a racy file is never remembered"


def test_a_font_without_os2_and_name_tables_still_has_facts() -> None:
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(FONT.read_bytes()))
    ascent, descent = font["hhea"].ascent, font["hhea"].descent
    del font["OS/2"], font["name"]
    out = io.BytesIO()
    font.save(out)
    facts = read_facts(out.getvalue())
    assert (facts.win_ascent, facts.win_descent) == (ascent, -descent)
    assert facts.names == {1: "", 2: "", 4: "", 5: ""} and facts.panose == bytes(10)
    assert ord("A") in facts.coverage
