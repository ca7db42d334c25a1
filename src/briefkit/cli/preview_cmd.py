"""``briefkit preview``: a live local preview of every product of one content file."""

from __future__ import annotations

import signal
from pathlib import Path
from types import FrameType

import click

from briefkit.cli.options import PRODUCT_CHOICES, expand_products
from briefkit.errors import BriefkitError


@click.command()
@click.argument("content", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--product", "-p", "products", multiple=True, type=click.Choice(PRODUCT_CHOICES),
              help="Product to show (repeatable; default: all).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default web browser.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Folder of template packs searched before the built-ins (watched).")
@click.option("--theme", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="A theme.yaml to use instead of the default (watched, with its fonts and logo).")
def preview(content: Path, products: tuple[str, ...], port: int, open_browser: bool, templates: Path | None,
            theme: Path | None) -> None:
    """Serve a live preview of CONTENT on 127.0.0.1: the HTML note, the note PDF and the slides
    as pages, the Word summary's outline; re-rendered on every save of the content, templates or theme.

    Errors show on the page over the last good render.  Only this machine can
    connect; stop with Ctrl-C.
    """
    from briefkit.preview.app import Preview

    try:
        app = Preview(content, expand_products(products), templates, theme, port)
    except OSError as exc:
        raise BriefkitError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    click.echo(f"briefkit preview: {app.url}  (Ctrl-C to stop)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(app.url)
    # SIGTERM (kill, a process manager, a test harness) stops it like Ctrl-C: the rendered files are removed.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        app.start(background=False)
    except KeyboardInterrupt:
        click.echo("preview stopped", err=True)
    finally:
        app.close()
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
