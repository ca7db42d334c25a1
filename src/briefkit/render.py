"""The pipeline for one content file: Brief → template → Markdown → tree → writers.

This is the only module that knows both the content side (Brief, templates)
and the output side (document tree, writers); the CLI and the batch runner
call it.  Every output is rendered in memory first and written only when all
formats of the item succeeded, each by an atomic rename.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from briefkit import atomic
from briefkit.content import Brief, load_brief
from briefkit.document import Document, parse
from briefkit.document.nodes import Heading, SlideBreak
from briefkit.errors import BriefkitError
from briefkit.packs import Pack, builtin_dir, find_pack
from briefkit.templating import render_template
from briefkit.theme import Theme, load_theme
from briefkit.writers import RenderOptions, get_writer
from briefkit.yamlio import display_path

PRODUCTS = ("note", "slides", "summary")
"""Products of a single brief; ``all`` means these three."""


@dataclass(frozen=True)
class RenderRequest:
    """What to render for one content file."""

    content: Path
    out_dir: Path = Path("output")
    products: tuple[str, ...] = PRODUCTS
    formats: tuple[str, ...] = ()
    """Restrict to these formats; empty means each pack's defaults."""
    templates: Path | None = None
    theme: Path | None = None
    handouts: tuple[str, ...] = ()
    reference_docx: Path | None = None
    slug: str | None = None
    """Output folder name; defaults to the content file's stem."""
    reference_pptx: Path | None = None
    """PPTX: an office's deck or template whose masters and layouts the slides are drawn on."""


@dataclass
class RenderResult:
    """What one item produced."""

    slug: str
    files: dict[Path, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def default_theme_path(templates: Path | None = None) -> Path:
    """The user's ``base/theme.yaml`` if their templates have one, else the built-in."""
    if templates is not None and (templates / "base" / "theme.yaml").is_file():
        return templates / "base" / "theme.yaml"
    return builtin_dir() / "base" / "theme.yaml"


@lru_cache(maxsize=8)
def cached_theme(path: Path) -> Theme:
    """Load a theme once per process (batch runs reuse it)."""
    return load_theme(path)


def markdown_for(brief: Brief, pack: Pack, content_name: str, templates: Path | None) -> str:
    """Render a pack's entry template for ``brief`` into the Markdown dialect."""
    context = {"brief": brief, "meta": brief.meta, "pack": pack.name}
    return render_template(pack.entry, context, content_name, templates)


def document_for(brief: Brief, pack: Pack, content_name: str, templates: Path | None) -> Document:
    """Template + parse: the document tree every writer of the pack receives."""
    text = markdown_for(brief, pack, content_name, templates)
    return parse(text, f"{pack.root.name}/{pack.spec.entry} (rendered for {content_name})")


def _formats_for(pack: Pack, wanted: tuple[str, ...]) -> list[str]:
    if not wanted:
        return list(pack.spec.default_formats or pack.spec.formats)
    return [f for f in wanted if f in pack.spec.formats]


_RESERVED = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def is_device_name(name: str) -> bool:
    """True for names Windows reserves for devices (``CON``, ``nul.txt``, ``COM1``…)."""
    return bool(_RESERVED.match(name))


MAX_NAME_BYTES = 120
"""Output folder and file names longer than this are refused (paths stay well under OS limits)."""


def check_name(name: str, what: str = "output name") -> str:
    """Return ``name`` if it is safe as one path part on every OS, else raise.

    Slugs and output stems come from file names, manifests and template packs;
    none of them may climb out of the output folder (``..``, ``/``), hide a
    NUL byte, or be a name Windows reserves for a device (``CON``, ``NUL``…).
    """
    shown = name.encode("unicode_escape").decode("ascii")
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    if name.strip(" .") == "":
        problem = "is empty or only dots"
    elif _NOT_IN_NAMES.search(name):
        problem = "contains a path separator, a control character or one of <>:\"|?*"
    elif is_device_name(name):
        problem = "is a device name Windows reserves"
    elif name != name.rstrip(" ."):
        problem = "ends with a dot or a space"
    elif len(name.encode("utf-8")) > MAX_NAME_BYTES:
        problem = f"is longer than {MAX_NAME_BYTES} bytes"
    else:
        return name
    raise BriefkitError(f"{what} '{shown}' {problem}")


MAX_SLIDES = 500
"""A deck may have at most this many slides: a runaway template should fail fast, not fill a disk."""


def _check_slide_count(doc: Document, source: str) -> None:
    # Each slide starts at a slide break or a level-1/2 heading; counting those bounds the deck.
    count = 1 + sum(1 for b in doc.blocks if isinstance(b, SlideBreak) or (isinstance(b, Heading) and b.level <= 2))
    if count > MAX_SLIDES:
        raise BriefkitError(f"{source}: up to {count:,} slides, over the {MAX_SLIDES:,}-slide limit")


def _reference_for(pack: Pack, explicit: Path | None) -> Path | None:
    """``--reference-docx`` wins; else a user pack's own ``reference.docx``; else the built-in."""
    if explicit is not None:
        return explicit
    own = pack.root / "reference.docx"
    return own if not pack.builtin and own.is_file() else None


def render_brief(brief: Brief, request: RenderRequest, content_name: str) -> RenderResult:
    """Render every requested product and format of ``brief`` into memory."""
    slug = check_name(request.slug or request.content.stem, f"{content_name}: output folder name")
    theme = cached_theme((request.theme or default_theme_path(request.templates)).resolve())
    result = RenderResult(slug)
    folder = request.out_dir / slug
    for product in request.products:
        pack = find_pack(product, request.templates)
        formats = _formats_for(pack, request.formats)
        if not formats:
            continue
        stem = check_name(pack.spec.output, f"{pack.root.name}/pack.yaml: output")
        doc = document_for(brief, pack, content_name, request.templates)
        reference = _reference_for(pack, request.reference_docx)
        options = RenderOptions(
            product=pack.spec.product, handouts=request.handouts,
            reference_docx=str(reference) if reference else None,
            extra={"reference_pptx": str(request.reference_pptx)} if request.reference_pptx else {},
        )
        for fmt in formats:
            if pack.spec.formats[fmt] == "slides":
                _check_slide_count(doc, f"{pack.root.name}/{pack.spec.entry} (rendered for {content_name})")
            rendered = get_writer(pack.spec.formats[fmt]).render(doc, theme, options)
            result.files[folder / f"{stem}.{fmt}"] = rendered.data
            for name, data in rendered.attachments.items():
                result.files[folder / check_name(name, "attachment")] = data
            result.warnings.extend(f"{stem}.{fmt}: {w}" for w in rendered.warnings)
    return result


def render_file(request: RenderRequest) -> RenderResult:
    """Load, render and write one content file; nothing is written on error."""
    brief = load_brief(request.content)
    result = render_brief(brief, request, display_path(request.content))
    write_all(result.files)
    return result


def write_all(files: dict[Path, bytes]) -> None:
    """Write rendered files atomically, refusing an output path that is a folder."""
    for path in files:
        if path.is_dir():
            raise BriefkitError(f"{display_path(path)}: output path is a folder")
    for path, data in files.items():
        try:
            atomic.write_bytes(path, data)
        except OSError as exc:
            raise BriefkitError(f"{display_path(path)}: cannot write: {exc.strerror or exc}") from None
