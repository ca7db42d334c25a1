"""One preview session: what a file change means, what to re-render, what the page shows.

Everything stays loaded between renders (modules, fonts, compiled templates,
the theme), so a save costs only the renders it affects: the content file
re-renders every view; a template re-renders its pack's views (``base/``
every view); the theme, its fonts or its logo re-render every view after the
caches that hold them are dropped.  A view that fails keeps its last good
render on the page, under the error.
"""

from __future__ import annotations

import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.errors import BriefkitError
from briefkit.preview.hub import Hub
from briefkit.preview.store import Store
from briefkit.preview.views import MAKERS

if TYPE_CHECKING:
    from briefkit.content import Brief
    from briefkit.theme import Theme

VIEWS: dict[str, tuple[str, str]] = {
    "note-html": ("note", "html"),
    "slides": ("slides", "pdf"),
    "note-pdf": ("note", "pdf"),
    "summary": ("summary", "docx"),
}
"""Each view the page shows → (product, format); rendered in this order, the quickest to read first."""

_LOCATED = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):\s?(?P<message>.*)$")


def problems(exc: BaseException) -> list[dict[str, Any]]:
    """An error as the overlay lists it: one entry per line, with ``file`` and ``line`` when it names them."""
    if not isinstance(exc, BriefkitError):  # a bug, not the user's input: say so, keep the server up
        traceback.print_exception(exc, file=sys.stderr)
        return [{"file": None, "line": None, "message": f"internal error: {type(exc).__name__}: {exc}"}]
    out = []
    for text in str(exc).splitlines() or [type(exc).__name__]:
        match = _LOCATED.match(text)
        if match:
            out.append({"file": match["file"], "line": int(match["line"]), "message": match["message"]})
        else:
            out.append({"file": None, "line": None, "message": text})
    return out


@dataclass
class Changes:
    """What a batch of changed files asks for."""

    content: bool = False
    theme: bool = False
    templates: bool = False
    products: set[str] = field(default_factory=set)


class Session:
    """Renders the views of one content file and publishes them to a :class:`Hub`."""

    def __init__(self, content: Path, products: Iterable[str], templates: Path | None, theme: Path | None,
                 store: Store, hub: Hub) -> None:
        self.content = content.resolve()
        self.products = tuple(products)
        self.templates = templates.resolve() if templates else None
        self.theme_file = theme.resolve() if theme else None
        self.store, self.hub = store, hub
        self.brief: Brief | None = None
        self.views: dict[str, dict[str, Any]] = {}
        self.errors: dict[str, list[dict[str, Any]]] = {}
        self.warnings: dict[str, list[str]] = {}
        self._shown: set[str] = set()
        self.last_theme: Theme | None = None
        self.busy = False

    # -- what is watched -------------------------------------------------------------------------
    def theme_path(self) -> Path:
        """The theme file in use (``--theme``, the user's ``base/theme.yaml``, or the built-in)."""
        from briefkit.render import default_theme_path

        return self.theme_file or default_theme_path(self.templates).resolve()

    def template_dirs(self) -> list[Path]:
        """The user's template folder, if any, and the built-ins (editable in a checkout)."""
        from briefkit.packs import builtin_dir

        return [d for d in (self.templates, builtin_dir().resolve()) if d is not None]

    def theme_files(self) -> set[Path]:
        """The theme file, its fonts and its logo (those of the last theme that loaded)."""
        files = {self.theme_path()}
        if self.last_theme is not None:
            files.update(p.resolve() for p in self.last_theme.font_files())
            if self.last_theme.logo:
                files.add(Path(self.last_theme.logo).resolve())
        return files

    def classify(self, paths: Iterable[Path]) -> Changes:
        """Which renders a set of changed files needs."""
        changes = Changes()
        theme_files = self.theme_files()
        for path in paths:
            if path == self.content:
                changes.content = True
            elif path in theme_files:
                changes.theme = True
            else:
                pack = self._pack_of(path)
                if pack is not None:
                    changes.templates = True
                    known = {product for product, _ in VIEWS.values()}
                    changes.products |= {pack} if pack in known else known  # base/ and unknown: all
        return changes

    def _pack_of(self, path: Path) -> str | None:
        for folder in self.template_dirs():
            if path.is_relative_to(folder) and len(path.relative_to(folder).parts) > 1:
                return path.relative_to(folder).parts[0]
        return None

    # -- rendering -------------------------------------------------------------------------------
    def start(self) -> None:
        """The first render of every view."""
        self.refresh(Changes(content=True, theme=True, products=set(self.products)))

    def refresh(self, changes: Changes) -> None:
        """Re-load and re-render what ``changes`` asks for, publishing after each view."""
        self.busy = True
        self.publish()  # the page says "rendering…" meanwhile
        try:
            self._refresh(changes)
        finally:
            self.busy = False
            self.publish()

    def _refresh(self, changes: Changes) -> None:
        if changes.theme and self.last_theme is not None:
            forget_theme(self.last_theme)
        if changes.templates:
            from briefkit.templating import make_env

            make_env.cache_clear()  # compiled templates are cached with auto_reload off
        if changes.content:
            self._attempt("content", self._load_content)
        if changes.theme or changes.content:
            self._attempt("theme", self._theme)
        wanted = set(self.products) if (changes.content or changes.theme) else changes.products
        if self.brief is None or self.errors.get("content") or self.errors.get("theme"):
            return
        for view, (product, fmt) in VIEWS.items():
            if product in wanted and product in self.products:
                self._attempt(view, partial(self._render, view, product, fmt))
                self.publish()

    def _attempt(self, key: str, step: Callable[[], object]) -> bool:
        """Run one step; record its error under ``key`` (or clear it)."""
        try:
            step()
        except Exception as exc:  # every failure must reach the page, not end the server
            self.errors[key] = problems(exc)
            return False
        self.errors.pop(key, None)
        return True

    def _load_content(self) -> None:
        from briefkit.content import load_brief

        self.brief = load_brief(self.content)

    def _theme(self) -> Theme:
        from briefkit.render import cached_theme

        self.last_theme = cached_theme(self.theme_path())
        return self.last_theme

    def _render(self, view: str, product: str, fmt: str) -> None:
        from briefkit.render import RenderRequest, render_brief
        from briefkit.yamlio import display_path

        assert self.brief is not None
        start = time.perf_counter()
        request = RenderRequest(self.content, self.store.root, (product,), (fmt,), self.templates,
                                self.theme_file)
        result = render_brief(self.brief, request, display_path(self.content))
        data = next(data for path, data in result.files.items() if path.suffix == f".{fmt}")
        made = MAKERS[fmt](data, self.store)
        made["ms"] = round((time.perf_counter() - start) * 1000)
        self.views[view] = made
        self.warnings[view] = result.warnings

    def publish(self) -> None:
        """Send the current state to the page and drop stored files no longer on show."""
        title = self.brief.meta.title if self.brief is not None else ""
        errors: list[dict[str, Any]] = []
        for entries in self.errors.values():
            errors.extend(e for e in entries if e not in errors)  # a template error fails two views alike
        warnings = list(dict.fromkeys(w for ws in self.warnings.values() for w in ws))
        self.hub.publish({"title": title, "content": self.content.name, "views": self.views,
                          "errors": errors, "warnings": warnings, "busy": self.busy})
        shown = {name for view in self.views.values() for name in _names(view)}
        self.store.keep_only(shown | self._shown)  # the page may still be loading the previous files
        self._shown = shown


def _names(view: dict[str, Any]) -> list[str]:
    names = [view[k] for k in ("html", "pdf", "docx") if k in view]
    return names + list(view.get("pages", []))


def forget_theme(theme: Theme) -> None:
    """Drop the cached theme, font chains and ``theme``'s registered fonts, so edited files are read again."""
    from reportlab.pdfbase import pdfmetrics

    from briefkit import fonts
    from briefkit.render import cached_theme

    for face in (theme.fonts.body, *theme.fonts.fallbacks):
        for name in (face.name, *(f"{face.name}-{slot}" for slot in ("bold", "italic", "bold_italic"))):
            # reportlab keeps a registered font for the life of the process; an edited file must replace it.
            pdfmetrics._fonts.pop(name, None)
            pdfmetrics._typefaces.pop(name, None)
    cached_theme.cache_clear()
    fonts._chain_for.cache_clear()
