"""Fonts for the reportlab writers: registration, fallback by script, coverage.

reportlab has no automatic font fallback and its standard fonts cover Latin
only.  A :class:`FontChain` registers the theme's TrueType body family and its
fallbacks once per process, splits text into runs by the first font that has
each character's glyph, and reports characters no font covers (so no tofu
reaches a document unannounced).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from briefkit.errors import BriefkitError
from briefkit.theme import FontFace, Theme
from briefkit.xmltext import escape

FAUX_BOLD: set[str] = set()
"""Registered names of faces' missing bolds: the regular file again, emboldened when drawn
(by :mod:`briefkit.writers.rltext`)."""

_INVISIBLE = {0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x200B, 0x200C, 0x200D, 0xFEFF}


def _register_file(name: str, path: Path) -> set[int]:
    """Register one TrueType file under ``name``; return the code points it covers."""
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises bare TTFError/AssertionError subclasses
            raise BriefkitError(f"{path}: cannot use this font: {exc}") from None
    font = pdfmetrics.getFont(name)
    return set(font.face.charWidths)


def _register_twin(name: str, of: str) -> None:
    """Register the already parsed font ``of`` again as ``name`` (its own subsets in each PDF).

    Parsing a CJK font takes about half a second; the twin shares the parsed
    face and gets a fresh encoding and per-document state.
    """
    if name in pdfmetrics.getRegisteredFontNames():
        return
    twin = copy.copy(pdfmetrics.getFont(of))
    twin.fontName, twin.encoding, twin.state = name, TTEncoding(), WeakKeyDictionary()
    pdfmetrics.registerFont(twin)


@dataclass
class Face:
    """A registered family: the reportlab names of its four styles and its coverage."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    coverage: set[int] = field(default_factory=set)

    def pick(self, bold: bool = False, italic: bool = False) -> str:
        """The reportlab font name for a style."""
        if bold and italic:
            return self.bold_italic
        return self.bold if bold else (self.italic if italic else self.regular)


def _register_face(face: FontFace) -> Face:
    names: dict[str, str] = {}
    coverage: set[int] = set()
    for slot in ("regular", "bold", "italic", "bold_italic"):
        path = getattr(face, slot)
        if path is None and slot == "bold" and face.bold is None and face.italic is None:
            # No bold (CJK fallbacks seldom have one): the regular file again, emboldened when drawn.
            names[slot] = f"{face.name}-FauxBold"
            _register_twin(names[slot], names["regular"])
            FAUX_BOLD.add(names[slot])
            continue
        if path is None:
            names[slot] = names["bold"] if slot == "bold_italic" and names["bold"] in FAUX_BOLD else \
                names.get("regular", f"{face.name}")
            continue
        name = face.name if slot == "regular" else f"{face.name}-{slot}"
        cover = _register_file(name, path)
        if slot == "regular":
            coverage = cover
        names[slot] = name
    fam = Face(face.name, names["regular"], names["bold"], names["italic"], names["bold_italic"], coverage)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(face.name, bold, italic, fam.pick(bool(bold), bool(italic)))
    return fam


class FontChain:
    """The body family plus fallbacks, in order.

    The fallbacks are registered the first time text needs a character the
    body lacks: parsing a CJK font costs about 0.1 s, which a Latin-only
    document (and so most single renders) never has to pay.
    """

    def __init__(self, body: Face, fallbacks: tuple[FontFace, ...] = ()) -> None:
        self.body = body
        self._pending = fallbacks
        self._fallbacks: list[Face] | None = None
        # Most text is wholly in the body font: one C-level superset test then
        # replaces a per-character walk over the chain (a hot path in layout).
        self._body_chars = frozenset(map(chr, self.body.coverage | _INVISIBLE))

    @property
    def faces(self) -> list[Face]:
        """The body face, then the fallbacks (registered on first use)."""
        if self._fallbacks is None:
            self._fallbacks = [_register_face(f) for f in self._pending]
        return [self.body, *self._fallbacks]

    def face_for(self, char: str) -> Face | None:
        """The first face that has a glyph for ``char`` (None: none has)."""
        code = ord(char)
        if code in _INVISIBLE or code in self.body.coverage:
            return self.body
        return next((f for f in self.faces if code in f.coverage), None)

    def runs(self, text: str) -> list[tuple[Face, str]]:
        """Split ``text`` into (face, text) runs; uncovered characters stay in the body face."""
        if self._body_chars.issuperset(text):
            return [(self.body, text)] if text else []
        out: list[tuple[Face, str]] = []
        for char in text:
            face = self.face_for(char) or self.body
            if out and out[-1][0] is face:
                out[-1] = (face, out[-1][1] + char)
            else:
                out.append((face, char))
        return out

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` that no font in the chain can draw, in order, once each."""
        if self._body_chars.issuperset(text):
            return []
        seen: dict[str, None] = {}
        for char in text:
            if self.face_for(char) is None and not char.isspace():
                seen.setdefault(char, None)
        return list(seen)

    def markup(self, text: str, bold: bool = False, italic: bool = False) -> str:
        """Escaped reportlab paragraph markup with ``<font>`` runs for fallback faces.

        Bold and italic inside fallback runs use the fallback's own styles;
        a fallback without a bold (CJK fonts seldom ship one) is emboldened
        when drawn (:mod:`briefkit.writers.rltext`).
        """
        if self._body_chars.issuperset(text):
            return escape(text)
        parts = []
        for face, chunk in self.runs(text):
            safe = escape(chunk)
            if face is self.body:
                parts.append(safe)
            else:
                parts.append(f'<font face="{face.pick(bold, italic)}">{safe}</font>')
        return "".join(parts)

    def string_runs(self, text: str, bold: bool = False, italic: bool = False) -> list[tuple[str, str]]:
        """(reportlab font name, text) runs for drawing directly on a canvas."""
        return [(face.pick(bold, italic), chunk) for face, chunk in self.runs(text)]

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        """The width of ``text`` in points when drawn with fallback runs."""
        if self._body_chars.issuperset(text):  # one run in the body face: measure it without splitting
            return float(pdfmetrics.stringWidth(text, self.body.pick(bold, italic), size))
        return float(sum(pdfmetrics.stringWidth(chunk, name, size)
                         for name, chunk in self.string_runs(text, bold, italic)))


@lru_cache(maxsize=8)
def _chain_for(faces: tuple[FontFace, ...]) -> FontChain:
    return FontChain(_register_face(faces[0]), faces[1:])


def font_chain(theme: Theme) -> FontChain:
    """The theme's registered font chain (registered once per process)."""
    return _chain_for((theme.fonts.body, *theme.fonts.fallbacks))
