"""What the Word and PowerPoint writers need to know about a font, read once and kept in the user's cache.

Embedding fonts (:mod:`briefkit.writers.ooxml_fonts`) needs a font's
coverage, PANOSE class, OS/2 metrics and names.  Reading them means
importing fontTools (about 40 ms) and decoding a cmap and a name table
(about 30 ms more for four faces), in every cold process, for answers that
depend on the font's bytes alone.  :func:`font_facts` reads them with
fontTools once and keeps them, as JSON, in the user's cache
(:mod:`briefkit.usercache`) under the hash of the bytes, so a cold build
whose subsets are cached too never imports fontTools at all.

The facts are plain numbers and text copied out of the font's tables, so
documents come out byte for byte the same with or without the cache.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT = "1"
"""Part of every cache key: a change to what is read makes older entries misses."""

PANOSE_FIELDS = ("bFamilyType", "bSerifStyle", "bWeight", "bProportion", "bContrast", "bStrokeVariation",
                 "bArmStyle", "bLetterForm", "bMidline", "bXHeight")
"""The ten PANOSE digits in the order the OS/2 table (and Word's ``w:panose1``) lists them."""

NAME_IDS = (1, 2, 4, 5)
"""Name-table entries kept: family, subfamily (style), full name, version (what EOT headers carry)."""


@dataclass(frozen=True)
class FontFacts:
    """A TrueType font's coverage, classification and metrics, as its tables state them."""

    coverage: frozenset[int]
    """Code points of the best Unicode cmap."""
    units_per_em: int
    checksum_adjustment: int
    win_ascent: int
    win_descent: int
    panose: bytes
    fs_selection: int
    weight_class: int
    fs_type: int
    unicode_ranges: tuple[int, int, int, int]
    codepage_ranges: tuple[int, int]
    names: dict[int, str]
    """The debug names of :data:`NAME_IDS` (empty text when the font lacks one)."""

    def to_json(self) -> bytes:
        """The facts as compact JSON (the cache's payload)."""
        data: dict[str, Any] = asdict(self)
        data["coverage"] = sorted(self.coverage)
        data["panose"] = self.panose.hex()
        return json.dumps(data, separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> FontFacts:
        """Facts from :meth:`to_json`'s bytes; ValueError, KeyError or TypeError if they are not that."""
        data = json.loads(raw)
        data["coverage"] = frozenset(int(c) for c in data["coverage"])
        data["panose"] = bytes.fromhex(data["panose"])
        data["unicode_ranges"] = tuple(data["unicode_ranges"])
        data["codepage_ranges"] = tuple(data["codepage_ranges"])
        data["names"] = {int(k): str(v) for k, v in data["names"].items()}
        return cls(**data)


def read_facts(data: bytes) -> FontFacts:
    """The facts of the TrueType font ``data``, read with fontTools (no cache)."""
    from fontTools.ttLib import TTFont  # only here: the cache spares most processes the import

    font = TTFont(io.BytesIO(data), lazy=True)
    head = font["head"]
    # OS/2 and name are optional in TrueType (old Mac fonts lack them): zeros and empty names then,
    # and the line height from hhea, as Word and LibreOffice fall back to it.
    os2, names, hhea = font.get("OS/2"), font.get("name"), font.get("hhea")

    def os2_field(name: str, default: int = 0) -> int:
        return int(getattr(os2, name, default))

    if os2 is not None:
        ascent, descent = os2.usWinAscent, os2.usWinDescent
    else:
        ascent, descent = (hhea.ascent, -hhea.descent) if hhea is not None else (head.unitsPerEm, 0)
    return FontFacts(
        coverage=frozenset(font.getBestCmap() or {}), units_per_em=head.unitsPerEm,
        checksum_adjustment=head.checkSumAdjustment, win_ascent=ascent, win_descent=descent,
        panose=bytes(getattr(os2.panose, f) for f in PANOSE_FIELDS) if os2 is not None else bytes(10),
        fs_selection=os2_field("fsSelection"), weight_class=os2_field("usWeightClass", 400),
        fs_type=os2_field("fsType"),
        unicode_ranges=(os2_field("ulUnicodeRange1"), os2_field("ulUnicodeRange2"), os2_field("ulUnicodeRange3"),
                        os2_field("ulUnicodeRange4")),
        codepage_ranges=(os2_field("ulCodePageRange1"), os2_field("ulCodePageRange2")),
        names={i: (names.getDebugName(i) if names is not None else None) or "" for i in NAME_IDS},
    )


@lru_cache(maxsize=64)
def font_facts(data: bytes) -> FontFacts:
    """The facts of the font ``data``: from memory, else the user's cache, else read (and cached)."""
    return _facts(data)


@lru_cache(maxsize=32)
def file_facts(path: Path) -> FontFacts:
    """The facts of the font file at ``path`` (read once per process; its bytes are not kept)."""
    return _facts(path.read_bytes())


def _facts(data: bytes) -> FontFacts:
    from briefkit import usercache

    key = usercache.key_of(FORMAT, hashlib.sha256(data).digest())
    cached = usercache.load("fontfacts", key)
    if cached is not None:
        try:
            return FontFacts.from_json(cached)
        except (ValueError, KeyError, TypeError):
            pass  # another format behind a valid checksum: read the font again
    facts = read_facts(data)
    usercache.store("fontfacts", key, facts.to_json())
    return facts
