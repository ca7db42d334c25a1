"""The theme: one file of colours, fonts, sizes and page settings.

Every writer reads the same :class:`Theme`, so the PDF, the DOCX and the HTML
carry one brand.  Paths in a theme resolve relative to the theme file and may
not leave its folder; a path the theme's folder does not hold falls back to the
built-in theme's folder, so a copied ``theme.yaml`` works on its own without
the fonts beside it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefkit.errors import InputError, Problem, input_error
from briefkit.packs import builtin_dir
from briefkit.yamlfast import read_fast
from briefkit.yamlio import display_path, format_loc, locate, read_yaml

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _check_colour(value: str) -> str:
    if not _HEX.match(value):
        raise ValueError(f"'{value}' is not a colour of the form #RRGGBB")
    return value.upper()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Colors(_Strict):
    """Brand colours as #RRGGBB."""

    primary: str = "#1F3A5F"
    accent: str = "#C8102E"
    text: str = "#1E1E1E"
    muted: str = "#5B6770"
    light: str = "#EEF2F6"
    rule: str = "#C9D1D9"
    background: str = "#FFFFFF"
    palette: tuple[str, ...] = ("#1F3A5F", "#C8102E", "#4F7CAC", "#8FB8DE")

    @field_validator("primary", "accent", "text", "muted", "light", "rule", "background")
    @classmethod
    def _colour(cls, value: str) -> str:
        return _check_colour(value)

    @field_validator("palette")
    @classmethod
    def _palette(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("palette needs at least one colour")
        return tuple(_check_colour(v) for v in value)


class FontFace(_Strict):
    """A font family as TrueType files (paths resolved by :class:`Theme`)."""

    name: str
    regular: Path
    bold: Path | None = None
    italic: Path | None = None
    bold_italic: Path | None = None


_FONT_LIST = re.compile(r"""^[\w \t"',.-]+$""")


class Fonts(_Strict):
    """Body font, fallback chain and the names office/HTML clients ask for."""

    body: FontFace
    fallbacks: tuple[FontFace, ...] = ()
    office_family: str = "Noto Sans"
    office_east_asian: str = "Microsoft YaHei"
    html_stack: str = "sans-serif"

    @field_validator("office_family", "office_east_asian", "html_stack")
    @classmethod
    def _font_names(cls, value: str) -> str:
        # These strings end up inside CSS and style attributes: a ';' or 'url(' there
        # could add rules or fetch a remote resource when the HTML or e-mail is opened.
        if not _FONT_LIST.match(value):
            raise ValueError(f"'{value}' is not a list of font names (letters, digits, spaces, quotes, "
                             "commas, dots and hyphens only)")
        return value


class Sizes(_Strict):
    """Type sizes in points."""

    body: float = 10.5
    small: float = 8.5
    h1: float = 20
    h2: float = 13.5
    h3: float = 11.5
    title: float = 22
    slide_title: float = 30
    slide_body: float = 20
    slide_min: float = Field(default=14, gt=4)
    tile_value: float = 40


class Page(_Strict):
    """Paper for notes, summaries and handouts."""

    size: Literal["A4", "Letter"] = "A4"
    margin_mm: float = Field(default=18, ge=5, le=50)


class Slides(_Strict):
    """Deck geometry."""

    aspect: Literal["16:9", "4:3", "a4-landscape"] = "16:9"
    body_words: int = Field(default=70, ge=10, le=400)
    """A slide's body budget: longer paragraphs show their leading sentences, the full text goes to the notes."""


class Theme(_Strict):
    """A whole theme; build one with :func:`load_theme`."""

    name: str = "custom"
    colors: Colors = Colors()
    fonts: Fonts
    sizes: Sizes = Sizes()
    page: Page = Page()
    slides: Slides = Slides()
    logo: Path | None = None
    embed_fonts: bool = True
    """Word (and PowerPoint) files carry the body family's fonts, subset to the characters used."""
    root: Path = Field(description="Folder the theme's relative paths resolve against.")

    def font_files(self) -> list[Path]:
        """Every font file the theme names (for hashing and preflight)."""
        faces = (self.fonts.body, *self.fonts.fallbacks)
        return [p for f in faces for p in (f.regular, f.bold, f.italic, f.bold_italic) if p]


MAX_FONT_BYTES = 64 * 1024 * 1024
"""A font file larger than this is refused before any of it is read (the largest Noto font is ~20 MB)."""

MAX_LOGO_BYTES = 10 * 1024 * 1024
"""A logo file larger than this is refused (it is embedded in every HTML page and e-mail)."""


def _builtin_theme_root() -> Path:
    return builtin_dir() / "base"


def _resolve(root: Path, rel: Path, name: str, field: str, max_bytes: int = MAX_FONT_BYTES) -> Path:
    """``rel`` in the theme's folder, else in the built-in theme's; never outside either, never too large."""
    for base in dict.fromkeys((root.resolve(), _builtin_theme_root().resolve())):
        path = (base / rel).resolve()
        if not path.is_relative_to(base):
            raise input_error(name, f"'{rel}' points outside the theme's folder", field=field)
        if path.is_file():
            size = path.stat().st_size
            if size > max_bytes:
                raise input_error(name, f"'{rel}' is {size:,} bytes, over the {max_bytes:,}-byte limit",
                                  field=field)
            return path
    raise input_error(name, f"file '{rel}' not found beside the theme or in the built-in theme", field=field)


def _resolve_face(face: FontFace, root: Path, name: str, field: str) -> FontFace:
    files = {}
    for slot in ("regular", "bold", "italic", "bold_italic"):
        rel = getattr(face, slot)
        if rel is not None:
            files[slot] = _resolve(root, rel, name, f"{field}.{slot}")
    return face.model_copy(update=files)


def _validated(path: Path, name: str) -> Theme:
    """The theme model: a clean file through libyaml's fast path; any problem found again with its line."""
    root = path.parent.resolve()
    fast = read_fast(path)
    if fast is not None:
        try:
            return Theme.model_validate({**fast, "root": root})
        except ValidationError:
            pass  # the line-aware loader below reports it with lines
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise input_error(name, "a theme must be a mapping", 1)
    try:
        return Theme.model_validate({**data, "root": root})
    except ValidationError as exc:
        raise InputError([
            Problem(name, locate(data, e["loc"]), format_loc(e["loc"]), e["msg"])
            for e in exc.errors()
        ]) from None


def load_theme(path: Path) -> Theme:
    """Load a theme file, resolving and checking every file it names."""
    name = display_path(path)
    theme = _validated(path, name)
    root = theme.root
    fonts = theme.fonts.model_copy(update={
        "body": _resolve_face(theme.fonts.body, root, name, "fonts.body"),
        "fallbacks": tuple(_resolve_face(f, root, name, f"fonts.fallbacks[{i}]")
                           for i, f in enumerate(theme.fonts.fallbacks)),
    })
    logo = (_check_logo(_resolve(root, theme.logo, name, "logo", MAX_LOGO_BYTES), theme.logo, name)
            if theme.logo else None)
    return theme.model_copy(update={"fonts": fonts, "logo": logo})


MAX_LOGO_PIXELS = 25_000_000
"""A logo larger than this (5000 × 5000) is refused: it would bloat every page it is drawn on."""


def _check_logo(path: Path, rel: Path, name: str) -> Path:
    """The logo must be a PNG or JPEG of sane size; Pillow reads only its header here."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        kind, width, height = None, 0, 0
    if kind not in ("PNG", "JPEG"):
        raise input_error(name, f"'{rel}' is not a PNG or JPEG image", field="logo")
    if width * height > MAX_LOGO_PIXELS:
        raise input_error(name, f"'{rel}' is {width} × {height} pixels, over the {MAX_LOGO_PIXELS:,}-pixel limit",
                          field="logo")
    return path
