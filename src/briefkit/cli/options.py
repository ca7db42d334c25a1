"""Options shared by several commands."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

PRODUCT_CHOICES = ("note", "slides", "summary", "all")
FORMAT_CHOICES = ("pdf", "docx", "html", "md", "pptx")
HANDOUT_CHOICES = ("1", "2", "3", "4", "6", "notes")


class InputPath(click.Path):
    """A path the user gives as input: missing is a usage error (exit 2), worded alike in every command."""

    def __init__(self, dir_okay: bool = True, file_okay: bool = True) -> None:
        super().__init__(path_type=Path, dir_okay=dir_okay, file_okay=file_okay)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The path, once it is known to exist and to be of the kind asked for."""
        if not os.path.exists(value):
            self.fail(f"{value}: no such file or folder", param, ctx)
        if not self.dir_okay and os.path.isdir(value):
            self.fail(f"{value}: is a folder, not a file", param, ctx)
        if not self.file_okay and not os.path.isdir(value):
            self.fail(f"{value}: is not a folder", param, ctx)
        return super().convert(value, param, ctx)


INPUT_FILE = InputPath(dir_okay=False)
INPUT_FOLDER = InputPath(file_okay=False)
INPUT_PATH = InputPath()


def render_options(func: F) -> F:
    """--product, --format, --out, --templates, --theme, --handout, --reference-docx, --reference-pptx, --pdfa."""
    decorators = [
        click.option("--product", "-p", "products", multiple=True, type=click.Choice(PRODUCT_CHOICES),
                     help="Product to render (repeatable; default: all)."),
        click.option("--format", "-f", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
                     help="Format to write (repeatable; default: each product's formats)."),
        click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
                     show_default=True, help="Output folder."),
        click.option("--templates", type=INPUT_FOLDER,
                     help="Folder of template packs searched before the built-ins."),
        click.option("--theme", type=INPUT_FILE,
                     help="A theme.yaml to use instead of the default."),
        click.option("--handout", "handouts", multiple=True, type=click.Choice(HANDOUT_CHOICES),
                     help="Slides: also write a handout with N slides a page, or speaker-notes pages."),
        click.option("--reference-docx", type=INPUT_FILE,
                     help="DOCX: take styles, page setup, header and footer from this document."),
        click.option("--pdfa", is_flag=True, default=False,
                     help="PDF: write PDF/A-2b for archiving (XMP identification, sRGB output intent)."),
        click.option("--reference-pptx", type=INPUT_FILE,
                     help="PPTX: draw the slides on this deck's or template's (.potx) masters and layouts."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def expand_products(products: tuple[str, ...]) -> tuple[str, ...]:
    """('all',) or () → every single-brief product."""
    from briefkit.render import PRODUCTS

    if not products or "all" in products:
        return PRODUCTS
    return tuple(dict.fromkeys(products))
