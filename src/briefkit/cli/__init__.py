"""The ``briefkit`` command: click wiring only, commands imported lazily.

As in MkDocs, each command lives in its own module and is imported only when
it runs, so ``briefkit --help`` never loads reportlab or python-docx.  A
:class:`~briefkit.errors.BriefkitError` is printed as plain lines on stderr
with exit code 1; click's usage errors exit with 2.
"""

from __future__ import annotations

import gc
import importlib
import os
import signal
import sys
from typing import Any

import click

from briefkit import __version__
from briefkit.errors import BriefkitError, safe_text

COMMANDS: dict[str, tuple[str, str]] = {
    "render": ("briefkit.cli.render_cmd:render", "Render content files into products and formats."),
    "build": ("briefkit.cli.build_cmd:build", "Build every product of content files, folders or a manifest."),
    "validate": ("briefkit.cli.info_cmd:validate", "Check content files against the Brief schema."),
    "schema": ("briefkit.cli.info_cmd:schema", "Print the JSON Schema of content files."),
    "templates": ("briefkit.cli.info_cmd:templates", "List, show or copy template packs."),
    "newsletter": ("briefkit.cli.newsletter_cmd:newsletter", "Combine many briefs into one newsletter issue."),
    "extract": ("briefkit.cli.extract_cmd:extract", "Draft content files from articles, every item traceable."),
    "preview": ("briefkit.cli.preview_cmd:preview", "Serve a live preview of one content file, re-rendered on save."),
    "check": ("briefkit.cli.extract_cmd:check", "List numbers, dates and quotes of content not in its article."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """All command names, without importing them."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import and return the command called ``cmd_name``."""
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, _, attr = target[0].partition(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List commands with their one-line help, still without importing them."""
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; user errors become clean lines and exit code 1."""
        try:
            return super().invoke(ctx)
        except BriefkitError as exc:
            for line in str(exc).split("\n") if str(exc) else [type(exc).__name__]:
                click.echo(safe_text(line), err=True)
            ctx.exit(1)
        except Terminated:
            click.echo("\nterminated", err=True)
            ctx.exit(143)
        except KeyboardInterrupt:
            click.echo("\ninterrupted", err=True)
            ctx.exit(130)
        except MemoryError:
            click.echo("out of memory: the input is too large for the memory available", err=True)
            ctx.exit(1)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop like Ctrl-C (workers stopped, temporary files removed), but say so."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefkit")
def cli() -> None:
    """briefkit: articles into briefing notes, slide decks and Word summaries."""


GC_THRESHOLDS = (200_000, 20, 100)
"""The collector's thresholds in a ``briefkit`` process (Python's default is 700, 10, 10).

A command imports some 800 modules and builds their classes and Babel's and
reportlab's tables: at the default the collector ran about 300 times during
one cold build of the sample, walking the same long-lived objects again and
again (120-200 ms of a 1.2 s build, measured with ``gc.callbacks``); at
50,000 still 3 times (30-40 ms).  At 200,000 a single build needs no
collection at all, for 4 MB more memory.  Young objects are still collected
in a long process (``preview``), in larger batches; a batch of many items
sets its own thresholds (``quiet_collector``).
"""


def tune_process() -> None:
    """Settings for a command-line process, never for a program that imports briefkit."""
    gc.set_threshold(*GC_THRESHOLDS)
    # pydantic looks for plugins by reading the metadata of every installed
    # distribution (10 ms a process); briefkit's models use none.  A user who
    # wants them sets the variable themselves (empty turns them back on).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main() -> None:
    """Console-script entry point."""
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _on_sigterm)
    tune_process()
    try:
        cli.main(prog_name="briefkit")
    except KeyboardInterrupt:  # before a command started (while importing it)
        click.echo("interrupted", err=True)
        sys.exit(130)
    finally:
        # The interpreter's last full collection walks everything the command
        # loaded (reportlab, lxml trees, Babel's data): 200-600 ms after the
        # work is done.  Frozen objects are left to the operating system;
        # atexit handlers, flushes and file closing still run as usual.
        gc.freeze()
