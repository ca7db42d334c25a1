"""``briefkit render``."""

from __future__ import annotations

from pathlib import Path

import click

from briefkit.cli.options import INPUT_FILE, expand_products, render_options
from briefkit.errors import BriefkitError, safe_text


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefkitError(f"{out_dir}: output folder is a file")


@click.command()
@click.argument("content", nargs=-1, required=True, type=INPUT_FILE)
@render_options
def render(content: tuple[Path, ...], products: tuple[str, ...], formats: tuple[str, ...],
           out_dir: Path, templates: Path | None, theme: Path | None, handouts: tuple[str, ...],
           reference_docx: Path | None, pdfa: bool, reference_pptx: Path | None) -> None:
    """Render CONTENT files (YAML or JSON Briefs) into OUT/<slug>/<product>.<ext>."""
    from briefkit.batch.lock import folder_lock_if_any
    from briefkit.render import RenderRequest, render_file

    _check_out_dir(out_dir)
    with folder_lock_if_any(out_dir):  # a build cleaning the folder meanwhile would sweep these files away
        for path in content:
            request = RenderRequest(path, out_dir, expand_products(products), formats, templates, theme,
                                    handouts, reference_docx, pdfa=pdfa, reference_pptx=reference_pptx)
            result = render_file(request)
            for warning in result.warnings:
                click.echo(safe_text(f"warning: {result.slug}/{warning}"), err=True)
            for file in result.files:
                click.echo(safe_text(str(file)))
