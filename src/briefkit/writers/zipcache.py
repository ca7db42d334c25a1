"""Deflating a zip member once per process when many packages carry the same bytes.

Every Word summary and note of a batch carries the same embedded font
subsets, styles, theme and settings parts, and every deck the same font
subsets: byte for byte the same members, deflated again for each file (about
7 ms of an item's ~280 ms).  Deflate is deterministic for the same bytes,
level and window, so :func:`write_member` keeps what a member's bytes deflate
to (from their second sighting: a document's own parts never come again)
and hands zipfile the kept bytes instead of compressing them again.
zipfile still writes every header, CRC and the central directory itself, so
the package is the one ``ZipFile.writestr`` would write.  The first member a
process writes is also written by ``writestr`` and compared: should another
Python's zipfile not take the kept bytes the same way, the kept bytes are
never used again in that process.
"""

from __future__ import annotations

import io
import zipfile
import zlib

MIN_BYTES = 1024
"""Members shorter than this are deflated each time (quick, and mostly a document's own parts)."""

MAX_KEPT_BYTES = 4 * 2**20
"""The kept members' bytes at most, counting their input; past it the table starts afresh."""

MAX_SEEN = 4096
"""Members seen once remembered at most (by hash alone); past it they are forgotten."""

_KEPT: dict[tuple[bytes, int], bytes] = {}
_kept_bytes = 0
_SEEN: set[tuple[int, int, int]] = set()
"""(hash, length, level) of members seen once: a member is kept from its second sighting, so a
document's own parts (its text, its charts), which never come again, cost no memory."""
_TRUSTED: list[bool] = []
"""Empty until the first member; then whether zipfile wrote kept bytes exactly as ``writestr`` does."""


def _deflated(data: bytes, level: int) -> bytes:
    """``data`` deflated as zipfile's own compressor does it (raw deflate, 15-bit window)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


class _Replay:
    """Stands in for zipfile's compressor: gives the member's deflated bytes at once, nothing at the end."""

    def __init__(self, deflated: bytes) -> None:
        self.deflated = deflated

    def compress(self, data: bytes) -> bytes:
        """The whole member's deflated bytes (zipfile writes a ``writestr`` member in one call)."""
        return self.deflated

    def flush(self) -> bytes:
        """Nothing left: everything was given by :meth:`compress`."""
        return b""


def _replayed(dst: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes, deflated: bytes) -> None:
    info.file_size = len(data)  # as writestr sets it: zipfile decides on ZIP64 from it
    with dst.open(info, "w") as handle:
        handle._compressor = _Replay(deflated)  # type: ignore[attr-defined]  # zipfile's private write handle
        handle.write(data)  # zipfile still counts the size and the CRC of the real bytes


def _clone(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    copy.compress_type, copy.external_attr, copy.create_system = info.compress_type, info.external_attr, \
        info.create_system
    return copy


def _trusted(info: zipfile.ZipInfo, data: bytes, level: int) -> bool:
    """Whether a one-member zip written with kept bytes equals the one ``writestr`` writes."""
    if not _TRUSTED:
        plain, replayed = io.BytesIO(), io.BytesIO()
        with zipfile.ZipFile(plain, "w") as zf:
            zf.writestr(_clone(info), data, compresslevel=level)
        try:
            with zipfile.ZipFile(replayed, "w") as zf:
                _replayed(zf, _clone(info), data, _deflated(data, level))
            _TRUSTED.append(replayed.getvalue() == plain.getvalue())
        except Exception:  # another zipfile without the write handle this relies on
            _TRUSTED.append(False)
    return _TRUSTED[0]


def write_member(dst: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes, level: int) -> None:
    """``dst.writestr(info, data, compresslevel=level)``, deflating bytes seen before only once."""
    global _kept_bytes
    if info.compress_type != zipfile.ZIP_DEFLATED or len(data) < MIN_BYTES or not _trusted(info, data, level):
        dst.writestr(info, data, compresslevel=level)
        return
    key = (data, level)
    deflated = _KEPT.get(key)
    if deflated is None:
        deflated = _deflated(data, level)
        sighting = (hash(data), len(data), level)
        if sighting not in _SEEN:
            if len(_SEEN) >= MAX_SEEN:
                _SEEN.clear()
            _SEEN.add(sighting)
            _replayed(dst, info, data, deflated)
            return
        if _kept_bytes + len(data) > MAX_KEPT_BYTES:
            _KEPT.clear()
            _kept_bytes = 0
        _KEPT[key] = deflated
        _kept_bytes += len(data)
    _replayed(dst, info, data, deflated)


def kept_count() -> int:
    """How many members' deflated bytes are kept (for tests)."""
    return len(_KEPT)


__all__ = ["MAX_KEPT_BYTES", "MIN_BYTES", "kept_count", "write_member"]
