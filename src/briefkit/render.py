"""The pipeline for one content file: Brief → template → Markdown → tree → writers.

This is the only module that knows both the content side (Brief, templates)
and the output side (document tree, writers); the CLI and the batch runner
call it.  Every output is rendered in memory first and written only when all
formats of the item succeeded, each by an atomic rename.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit import atomic
from briefkit.errors import BriefkitError
from briefkit.packs import builtin_dir, find_pack
from briefkit.safepath import real_file
from briefkit.yamlio import display_path

if TYPE_CHECKING:
    # The pipeline's libraries (pydantic models, Jinja, markdown-it, the
    # writers) are imported where they are used, so a caller that only needs
    # a name from here (the build report, the build cache's theme) stays light.
    from briefkit.content import Brief
    from briefkit.document import Document
    from briefkit.labels import Labels
    from briefkit.packs import Pack
    from briefkit.theme import Theme
    from briefkit.writers import RenderOptions

DRAFT_WARNING = "draft: not reviewed by a person yet; every page and slide says DRAFT"
WORKING_TITLE_WARNING = ("draft: the article printed no title and meta.title is its file name: the products are "
                         "titled '{title}', a working title from the summary's first sentence, marked as such "
                         "under it; write meta.title")
"""The build report's note on an unreviewed item (the report counts items carrying it)."""

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
    pdfa: bool = False
    """PDF products as PDF/A-2b."""
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
    own = real_file(templates, "base/theme.yaml") if templates is not None else None  # never a symlink out
    if own is not None:
        return own
    return builtin_dir() / "base" / "theme.yaml"


@lru_cache(maxsize=8)
def cached_theme(path: Path) -> Theme:
    """Load a theme once per process (batch runs reuse it)."""
    from briefkit.theme import load_theme

    return load_theme(path)


def labels_of(brief: Brief, templates: Path | None) -> Labels:
    """The label catalogue for the brief's language (English where it has no word)."""
    from briefkit.labels import labels_for

    return labels_for(brief.meta.language, templates)


def markdown_for(brief: Brief, pack: Pack, content_name: str, templates: Path | None) -> str:
    """Render a pack's entry template for ``brief`` into the Markdown dialect."""
    from briefkit.content.worktitle import titled
    from briefkit.templating import render_template

    labels = labels_of(brief, templates)
    brief, _ = titled(brief, labels.get("working_title"))  # a file name is no title: the summary's lead is
    context = {"brief": brief, "meta": brief.meta, "pack": pack.name, "labels": labels}
    return render_template(pack.entry, context, content_name, templates)


def document_for(brief: Brief, pack: Pack, content_name: str, templates: Path | None) -> Document:
    """Template + parse, without repeated sentences: the tree every writer of the pack receives."""
    from briefkit.document import parse
    from briefkit.writers.repeats import drop_repeats

    text = markdown_for(brief, pack, content_name, templates)
    doc = parse(text, f"{pack.root.name}/{pack.spec.entry} (rendered for {content_name})")
    return drop_repeats(doc, slides="slides" in pack.spec.formats.values())


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
    from briefkit.document.nodes import Heading, SlideBreak

    # Each slide starts at a slide break or a level-1/2 heading; counting those bounds the deck.
    count = 1 + sum(1 for b in doc.blocks if isinstance(b, SlideBreak) or (isinstance(b, Heading) and b.level <= 2))
    if count > MAX_SLIDES:
        raise BriefkitError(f"{source}: up to {count:,} slides, over the {MAX_SLIDES:,}-slide limit")


def _reference_for(pack: Pack, explicit: Path | None) -> Path | None:
    """``--reference-docx`` wins; else a user pack's own ``reference.docx``; else the built-in."""
    if explicit is not None:
        return explicit
    own = real_file(pack.root, "reference.docx")  # never a symlink out of the pack
    return own if not pack.builtin and own is not None else None


def within_budget(doc: Document, theme: Theme, options: RenderOptions,
                  writes_pdf: bool = False) -> tuple[Document, list[str]]:
    """``doc`` kept to the page budget its template names (if any), with what was shortened.

    The budget is met once, on the tree, so every format of the product says the same.  ``writes_pdf``: the
    product's PDF is written next, so the fit may draw it while it counts pages (see ``fit_to_budget``).
    """
    if not doc.meta.get("page_budget"):
        return doc, []
    from briefkit.writers.pdf.fit import fit_to_budget  # reportlab: only when a pack asks

    return fit_to_budget(doc, theme, options, writes_pdf)


def render_brief(brief: Brief, request: RenderRequest, content_name: str) -> RenderResult:
    """Render every requested product and format of ``brief`` into memory."""
    from briefkit.content.worktitle import titled
    from briefkit.writers import RenderOptions, get_writer

    slug = check_name(request.slug or request.content.stem, f"{content_name}: output folder name")
    theme = cached_theme((request.theme or default_theme_path(request.templates)).resolve())
    result = RenderResult(slug)
    if brief.meta.status == "draft":
        result.warnings.append(DRAFT_WARNING)
        if (working := titled(brief, "")[1]) is not None:
            result.warnings.append(WORKING_TITLE_WARNING.format(title=working))
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
            reference_docx=str(reference) if reference else None, pdfa=request.pdfa,
            labels=labels_of(brief, request.templates),
            extra={"reference_pptx": str(request.reference_pptx)} if request.reference_pptx else {},
        )
        doc, fitted = within_budget(doc, theme, options, "pdf" in (pack.spec.formats[f] for f in formats))
        result.warnings.extend(f"{stem}: {w}" for w in fitted)
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
    from briefkit.content import load_brief

    brief = load_brief(request.content)
    result = render_brief(brief, request, display_path(request.content))
    write_all(result.files, request.out_dir)
    return result


def write_all(files: dict[Path, bytes], out_dir: Path | None = None) -> None:
    """Write rendered files all or none, never through a symlinked folder inside ``out_dir``.

    Without ``out_dir`` the common folder of ``files`` is taken.
    """
    if files:
        root = out_dir if out_dir is not None else Path(os.path.commonpath([p.parent for p in files]))
        atomic.write_group(root, files)
