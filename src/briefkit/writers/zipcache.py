"""Zip members that recur from one Office file to the next, compressed once per process.

Every Word file and deck of a batch carries the same embedded font subsets
and, for the built-in reference, the same styles: about two thirds of a
Word file's bytes, compressed again for each one.  Deflate gives the same
output for the same bytes and level, so :func:`write_member` keeps the
compressed form of each large member that recurs (from its second time on,
see :mod:`~briefkit.writers.recurring`; up to :data:`MAX_BYTES` in all, the
most recently used kept) and writes it as ``ZipFile.writestr`` would have:
the same local header, data and central-directory entry.

Writing compressed bytes is not part of :mod:`zipfile`'s public interface,
so the first use in a process checks, on a probe, that this path gives the
very bytes ``writestr`` gives; when it does not (another Python's
:mod:`zipfile`), every member goes through ``writestr`` as before.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from briefkit.writers.recurring import RecurringCache

MIN_MEMBER = 4096
"""Smaller members are compressed each time: looking them up would save little."""
MAX_BYTES = 2 * 1024 * 1024
"""Bytes kept in all (each member and its compressed form); past it, the least recently used are forgotten."""
MAX_MEMBER = MAX_BYTES // 4
"""Larger members are compressed each time (and never come near the sizes that need ZIP64 headers)."""

_Key = tuple[int, bytes]
_kept: RecurringCache[_Key, tuple[int, bytes]] = RecurringCache(MAX_BYTES)
_sound: bool | None = None
"""Whether writing compressed bytes gives ``writestr``'s output (None: not checked yet)."""


def _deflated(data: bytes, level: int) -> tuple[int, bytes]:
    """The CRC and raw deflate stream of ``data``, as :mod:`zipfile` makes them (one write, then flush)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    return zlib.crc32(data), packer.compress(data) + packer.flush()


def _remembered(data: bytes, level: int) -> tuple[int, bytes]:
    """``data`` compressed at ``level``, from the cache when it recurs and was compressed before."""
    key = (level, data)
    found = _kept.get(key)
    if found is None:
        found = _deflated(data, level)
        _kept.offer(key, found, len(data) + len(found[1]))
    return found


def _write_compressed(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes, level: int) -> None:
    """What ``archive.writestr(info, data, compresslevel=level)`` writes, from compressed bytes kept."""
    crc, packed = _remembered(data, level)
    stream = archive.fp
    assert stream is not None
    info.file_size = len(data)
    info.compress_size = len(packed)
    info.CRC = crc
    info.flag_bits = 0
    if not info.external_attr:
        info.external_attr = 0o600 << 16
    stream.seek(archive.start_dir)
    info.header_offset = stream.tell()
    archive._writecheck(info)  # type: ignore[attr-defined]
    archive._didModify = True  # type: ignore[attr-defined]
    stream.write(info.FileHeader(False))
    stream.write(packed)
    archive.start_dir = stream.tell()
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info


def _probe(write: bool) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, blob in (("a.xml", b"<a/>" * 2000), ("b.bin", bytes(range(256)) * 40)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if write:
                _write_compressed(archive, info, blob, 6)
            else:
                archive.writestr(info, blob, compresslevel=6)
    return out.getvalue()


def sound() -> bool:
    """Whether this Python's :mod:`zipfile` gets the same bytes from compressed members (checked once)."""
    global _sound
    if _sound is None:
        try:
            _sound = _probe(True) == _probe(False)
        except Exception:  # zipfile's insides are not what this module expects
            _sound = False
    return _sound


def write_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes, level: int) -> None:
    """``archive.writestr(info, data, compresslevel=level)``, with a large deflated member compressed once."""
    if info.compress_type != zipfile.ZIP_DEFLATED or not MIN_MEMBER <= len(data) <= MAX_MEMBER or not sound():
        archive.writestr(info, data, compresslevel=level)
        return
    _write_compressed(archive, info, data, level)
