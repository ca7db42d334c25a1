"""writers.zipcache: a member deflated once per process, the package byte for byte what writestr writes."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from briefkit.writers import zipcache


def _info(name: str, kind: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type, info.external_attr, info.create_system = kind, 0o644 << 16, 0
    return info


def _zip(members: dict[str, bytes], level: int, kept: bool) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in members.items():
            kind = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            if kept:
                zipcache.write_member(dst, _info(name, kind), data, level)
            else:
                dst.writestr(_info(name, kind), data, compresslevel=level)
    return out.getvalue()


MEMBERS = {
    "[Content_Types].xml": b"<Types/>",
    "word/styles.xml": b"<w:styles>" + b"<w:style w:type='paragraph'/>" * 400 + b"</w:styles>",
    "word/fonts/font1.odttf": os.urandom(20_000),  # hardly compressible, like a font
    "word/media/image1.png": os.urandom(3_000),  # stored, not deflated
    "word/document.xml": "<w:t>文字 and text</w:t>".encode() * 300,
}


@pytest.mark.parametrize("level", [1, 6])
def test_the_package_is_what_writestr_writes(level: int) -> None:
    expected = _zip(MEMBERS, level, kept=False)
    assert _zip(MEMBERS, level, kept=True) == expected
    assert zipcache._TRUSTED == [True]
    # Again, now from the kept bytes (new bytes objects, as each render makes its own).
    assert _zip({k: bytes(bytearray(v)) for k, v in MEMBERS.items()}, level, kept=True) == expected
    with zipfile.ZipFile(io.BytesIO(expected)) as check:
        assert check.testzip() is None
        assert check.read("word/fonts/font1.odttf") == MEMBERS["word/fonts/font1.odttf"]


def test_the_same_bytes_at_another_level_are_kept_apart() -> None:
    data = b"<p>same</p>" * 500
    for _ in range(2):  # kept from the second sighting
        assert _zip({"a.xml": data}, 1, kept=True) == _zip({"a.xml": data}, 1, kept=False)
        assert _zip({"a.xml": data}, 6, kept=True) == _zip({"a.xml": data}, 6, kept=False)
    assert (data, 1) in zipcache._KEPT and (data, 6) in zipcache._KEPT


def test_a_member_seen_once_is_not_kept() -> None:
    data = b"<p>only once</p>" * 500
    _zip({"a.xml": data}, 6, kept=True)
    assert (data, 6) not in zipcache._KEPT


def test_small_members_are_not_kept() -> None:
    before = zipcache.kept_count()
    _zip({"small.xml": b"<x/>" * 10}, 6, kept=True)
    assert zipcache.kept_count() == before


def test_the_table_starts_afresh_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcache, "MAX_KEPT_BYTES", 5_000)
    for _ in range(2):
        _zip({f"m{i}.xml": bytes([65 + i]) * 2_000 for i in range(6)}, 6, kept=True)
    assert zipcache._kept_bytes <= 5_000


def test_an_untrusted_zipfile_falls_back_to_writestr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcache, "_TRUSTED", [False])
    monkeypatch.setattr(zipcache, "_replayed", lambda *args: pytest.fail("kept bytes used"))
    assert _zip(MEMBERS, 6, kept=True) == _zip(MEMBERS, 6, kept=False)
