"""Generate the theme's two small fallback fonts for characters its text fonts cannot draw.

Noto Sans (the body) and Droid Sans Fallback (Chinese) leave out characters articles do print:
arrows, box drawing, geometric shapes and dingbats used as bullets ("■", "○", "→", "✓"), and the
single angle brackets of a title quoted inside a title (《关于印发〈…〉的通知》).  A PDF drew nothing
for them.  This script subsets, from Debian's packages, only the characters neither font has:

- ``fonts/DejaVuSans-Symbols.ttf`` from DejaVu Sans (fonts-dejavu-core): symbol blocks;
- ``fonts/NotoSansYi-CJKBrackets.ttf`` from Noto Sans Yi (fonts-noto-core): 〈 〉 〚 〛.

The PDF writers embed only the glyphs a document uses, so the files cost a document nothing
until it needs them.  Run from the repository root (re-running gives the same bytes)::

    python scripts/make_symbol_fonts.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "templates" / "base" / "fonts"
COVERED = (FONTS / "NotoSans-Regular.ttf", FONTS / "DroidSansFallback.ttf")
# Arrows through dingbats, and the supplemental arrows and shapes: the symbol blocks articles use
# as bullets, markers and in tables.
SYMBOL_BLOCKS = ((0x2190, 0x27BF), (0x2B00, 0x2BFF))
CJK_BLOCKS = ((0x3000, 0x303F),)
SOURCES = (
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), SYMBOL_BLOCKS, "DejaVuSans-Symbols.ttf"),
    (Path("/usr/share/fonts/truetype/noto/NotoSansYi-Regular.ttf"), CJK_BLOCKS, "NotoSansYi-CJKBrackets.ttf"),
)


def covered() -> set[int]:
    """Code points the theme's text fonts already draw."""
    found: set[int] = set()
    for path in COVERED:
        found |= set(TTFont(path).getBestCmap())
    return found


def make(source: Path, blocks: tuple[tuple[int, int], ...], target: Path, have: set[int]) -> int:
    """Write the subset of ``source`` in ``blocks`` that ``have`` lacks; return its character count."""
    cmap = TTFont(source).getBestCmap()
    wanted = sorted(c for lo, hi in blocks for c in range(lo, hi + 1) if c in cmap and c not in have)
    options = subset.Options()
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.notdef_outline = True
    options.recalc_timestamp = False  # same bytes on every run
    font = subset.load_font(str(source), options)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=wanted)
    sub.subset(font)
    subset.save_font(font, str(target), options)
    return len(wanted)


def main() -> None:
    """Write both fonts into the base pack's fonts folder."""
    have = covered()
    for source, blocks, name in SOURCES:
        count = make(source, blocks, FONTS / name, have)
        print(f"{name}: {count} characters from {source.name}")


if __name__ == "__main__":
    main()
