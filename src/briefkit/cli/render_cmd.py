"""``briefkit render``."""

from __future__ import annotations

from pathlib import Path

import click

from briefkit.cli.options import expand_products, render_options
from briefkit.errors import BriefkitError


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefkitError(f"{out_dir}: output folder is a file")


@click.command()
@click.argument("content", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@render_options
def render(content: tuple[Path, ...], products: tuple[str, ...], formats: tuple[str, ...],
           out_dir: Path, templates: Path | None, theme: Path | None, handouts: tuple[str, ...],
           reference_docx: Path | None, reference_pptx: Path | None) -> None:
    """Render CONTENT files (YAML or JSON Briefs) into OUT/<slug>/<product>.<ext>."""
    from briefkit.render import RenderRequest, render_file

    _check_out_dir(out_dir)
    for path in content:
        request = RenderRequest(path, out_dir, expand_products(products), formats, templates, theme,
                                handouts, reference_docx, reference_pptx=reference_pptx)
        result = render_file(request)
        for warning in result.warnings:
            click.echo(f"warning: {result.slug}/{warning}", err=True)
        for file in result.files:
            click.echo(str(file))
