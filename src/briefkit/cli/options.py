"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

PRODUCT_CHOICES = ("note", "slides", "summary", "all")
FORMAT_CHOICES = ("pdf", "docx", "html", "md", "pptx")
HANDOUT_CHOICES = ("1", "2", "3", "4", "6", "notes")


def render_options(func: F) -> F:
    """--product, --format, --out, --templates, --theme, --handout, --reference-docx, --reference-pptx."""
    decorators = [
        click.option("--product", "-p", "products", multiple=True, type=click.Choice(PRODUCT_CHOICES),
                     help="Product to render (repeatable; default: all)."),
        click.option("--format", "-f", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
                     help="Format to write (repeatable; default: each product's formats)."),
        click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path), default=Path("output"),
                     show_default=True, help="Output folder."),
        click.option("--templates", type=click.Path(path_type=Path, file_okay=False, exists=True),
                     help="Folder of template packs searched before the built-ins."),
        click.option("--theme", type=click.Path(path_type=Path, dir_okay=False, exists=True),
                     help="A theme.yaml to use instead of the default."),
        click.option("--handout", "handouts", multiple=True, type=click.Choice(HANDOUT_CHOICES),
                     help="Slides: also write a handout with N slides a page, or speaker-notes pages."),
        click.option("--reference-docx", type=click.Path(path_type=Path, dir_okay=False, exists=True),
                     help="DOCX: take styles, page setup, header and footer from this document."),
        click.option("--reference-pptx", type=click.Path(path_type=Path, dir_okay=False, exists=True),
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
