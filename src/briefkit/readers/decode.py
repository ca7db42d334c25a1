"""Bytes to text: size and binary checks, encoding detection, line ends.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly;
anything else goes to charset-normalizer, which recognises GB18030, Latin-1,
cp1252 and friends.  Text that is not valid UTF-8 is read but flagged with a
warning, because a mis-decoded article silently corrupts names and numbers.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from briefkit.errors import BriefkitError
from briefkit.yamlio import TooLarge, display_path, read_error, read_limited

MAX_BYTES = 20 * 1024 * 1024
"""Articles larger than this are refused: no news article is 20 MB of text."""

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x7fELF": "an executable",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
}
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing missing, empty and oversized files."""
    name = display_path(path)
    if path.is_dir():
        raise BriefkitError(f"{name}: is a folder, not an article")
    try:
        raw = read_limited(path, max_bytes)  # stops at the limit: /dev/zero, a FIFO, a growing file
    except TooLarge as exc:
        raise BriefkitError(f"{name}: {exc} for articles") from None
    except OSError as exc:
        raise BriefkitError(f"{name}: {read_error(exc)}") from None
    if not raw.strip():
        raise BriefkitError(f"{name}: the file is empty")
    return raw


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte."""
    sample = raw[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(raw: bytes, path: Path) -> tuple[str, str, list[str]]:
    """Decode ``raw``; return the text, the encoding used and any warnings."""
    name = display_path(path)
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise BriefkitError(f"{name}: binary file ({kind}), not a text article")
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None) or _utf16_without_bom(raw)
    warnings: list[str] = []
    if encoding is None and b"\x00" in raw:
        raise BriefkitError(f"{name}: binary file (NUL bytes), not a text article")
    if encoding is None:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _detect(raw, name)
            line = raw[: exc.start].count(b"\n") + 1
            warnings.append(f"{name}:{line}: not valid UTF-8; read as {encoding}, check names and symbols")
    else:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            raise BriefkitError(f"{name}: declares {encoding} but does not decode as it") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    _refuse_binary(text, name)
    return text, encoding, warnings


def _detect(raw: bytes, name: str) -> tuple[str, str]:
    """Ask charset-normalizer; refuse bytes no text encoding explains."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise BriefkitError(f"{name}: not text in any known encoding (binary file?)")
    return str(best), best.encoding


def _refuse_binary(text: str, name: str) -> None:
    """Control characters in bulk mean the bytes were never text."""
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 50):
        raise BriefkitError(f"{name}: binary data, not a text article")
