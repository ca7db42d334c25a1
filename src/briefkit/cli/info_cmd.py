"""``briefkit validate``, ``schema`` and ``templates``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

from briefkit.cli.options import INPUT_FILE, INPUT_FOLDER
from briefkit.errors import BriefkitError, InputError, safe_text


@click.command()
@click.argument("content", nargs=-1, required=True, type=INPUT_FILE)
def validate(content: tuple[Path, ...]) -> None:
    """Check CONTENT files; print every problem with its file and line."""
    from briefkit.content import load_brief

    problems: list[str] = []
    for path in content:
        try:
            load_brief(path)
            click.echo(safe_text(f"{path}: ok"))
        except InputError as exc:
            problems.extend(str(p) for p in exc.problems)
    if problems:
        raise BriefkitError("\n".join(problems))


@click.command()
def schema() -> None:
    """Print the JSON Schema of content files (for editor completion)."""
    from briefkit.content import Brief

    click.echo(json.dumps(Brief.model_json_schema(), indent=2, ensure_ascii=False))


@click.group()
def templates() -> None:
    """List, show or copy template packs."""


@templates.command("list")
@click.option("--templates", "user_dir", type=INPUT_FOLDER)
def list_packs(user_dir: Path | None) -> None:
    """List the template packs."""
    from briefkit.packs import list_packs as packs

    click.echo(f"{'PACK':<12} {'FORMATS':<22} {'FROM':<10} DESCRIPTION")
    for pack in sorted(packs(user_dir), key=lambda p: p.name):
        origin = "built-in" if pack.builtin else str(pack.root.parent)
        # base holds shared macros and the theme: it renders nothing, so it lists no formats.
        formats = ", ".join(pack.spec.formats) or "(shared)"
        click.echo(safe_text(f"{pack.name:<12} {formats:<22} {origin:<10} {pack.spec.description}"))


@templates.command("show")
@click.argument("name")
@click.option("--templates", "user_dir", type=INPUT_FOLDER)
def show(name: str, user_dir: Path | None) -> None:
    """Show a pack's files and its entry template."""
    from briefkit.packs import find_pack
    from briefkit.templating import make_env

    pack = find_pack(name, user_dir)
    for file in pack.files:
        click.echo(safe_text(f"# {file.relative_to(pack.root.parent)}"))
    # Through the template loader: real files inside the pack only, size-capped.
    loader = make_env(user_dir).loader
    assert loader is not None
    click.echo(loader.get_source(make_env(user_dir), f"{pack.name}/{pack.spec.entry}")[0])


@templates.command("copy")
@click.argument("name")
@click.argument("dest", type=click.Path(path_type=Path, file_okay=False))
def copy(name: str, dest: Path) -> None:
    """Copy the built-in pack NAME into DEST/NAME to customise it."""
    from briefkit.packs import find_pack

    pack = find_pack(name)
    target = dest / name
    if target.exists():
        raise BriefkitError(f"{target}: already exists; remove it or choose another folder")
    shutil.copytree(pack.root, target)
    click.echo(f"copied {name} to {target}")
