"""``briefkit build``: many items, in parallel, incrementally, with a build report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from briefkit.cli.options import INPUT_PATH, expand_products, render_options
from briefkit.errors import BriefkitError, safe_text

if TYPE_CHECKING:
    from briefkit.batch.build import BuildSettings
    from briefkit.batch.items import Item


@dataclass(frozen=True)
class Sources:
    """The item paths to build and the render settings they come with."""

    paths: list[Path]
    products: tuple[str, ...]
    formats: tuple[str, ...]
    out_dir: Path
    templates: Path | None
    theme: Path | None
    handouts: tuple[str, ...]
    reference_docx: Path | None
    pdfa: bool = False
    reference_pptx: Path | None = None


def _given(ctx: click.Context, name: str) -> bool:
    return ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE


def resolve_sources(ctx: click.Context, paths: tuple[Path, ...]) -> Sources:
    """PATHs as given, a manifest (options on the command line win), or content/ by default."""
    from briefkit.batch.manifest_files import is_manifest, manifest_in  # the schema only when there is one

    p = ctx.params
    if not paths:
        paths = (Path("."),) if manifest_in(Path(".")) else (Path("content"),)
    manifests = [path for path in paths if is_manifest(path)]
    if not manifests:
        return Sources(list(paths), expand_products(p["products"]), p["formats"], p["out_dir"], p["templates"],
                       p["theme"], p["handouts"], p["reference_docx"], p["pdfa"], p["reference_pptx"])
    if len(paths) > 1:
        raise BriefkitError("give either one manifest (briefkit.yaml) or content paths, not both")
    return _from_manifest(ctx, manifests[0])


def _from_manifest(ctx: click.Context, path: Path) -> Sources:
    """Settings from the manifest, except those given on the command line."""
    from briefkit.batch.manifest import expand_items, load_manifest, output_folder
    from briefkit.batch.manifest_files import manifest_in

    loaded = load_manifest((manifest_in(path) or path) if path.is_dir() else path)
    spec, p = loaded.spec, ctx.params

    def path_opt(name: str, value: str | None) -> Path | None:
        given: Path | None = p[name]
        return given if _given(ctx, name) or value is None else loaded.resolve(value)

    def tuple_opt(name: str, value: list[str]) -> tuple[str, ...]:
        given: tuple[str, ...] = p[name]
        return given if _given(ctx, name) else tuple(value)

    out_dir: Path = p["out_dir"] if _given(ctx, "out_dir") else (output_folder(loaded) or p["out_dir"])
    return Sources(expand_items(loaded), expand_products(tuple_opt("products", list(spec.products))),
                   tuple_opt("formats", list(spec.formats)), out_dir, path_opt("templates", spec.templates),
                   path_opt("theme", spec.theme), tuple_opt("handouts", list(spec.handouts)),
                   path_opt("reference_docx", spec.reference_docx), p["pdfa"],
                   path_opt("reference_pptx", spec.reference_pptx))


@click.command()
@click.argument("paths", nargs=-1, type=INPUT_PATH)
@render_options
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs; 1 builds in this process).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where items are rendered: local processes, or a Dask cluster (pip install 'briefkit[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (implies --executor dask); without it, dask starts --jobs local workers.")
@click.option("--force", is_flag=True, help="Rebuild every item, even unchanged ones.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first item that fails.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write the build report (default: OUT/build-report.json).")
@click.option("--dry-run", "-n", is_flag=True, help="Print what would be built and why, and write nothing.")
@click.option("--clean", is_flag=True,
              help="Remove outputs earlier builds wrote that this build no longer makes (never other files).")
@click.option("--quiet", "-q", "mode", flag_value="quiet", help="Print failures only.")
@click.option("--verbose", "-v", "mode", flag_value="verbose", help="Also print skipped items, outputs, warnings.")
@click.option("--json", "mode", flag_value="json", help="Print the build report as JSON on stdout.")
@click.pass_context
def build(ctx: click.Context, /, paths: tuple[Path, ...], jobs: int | None, executor: str, scheduler: str | None,
          force: bool, fail_fast: bool, report_path: Path | None, dry_run: bool, clean: bool, mode: str | None,
          **_render: object) -> None:
    """Build PATHS (content files, articles, folders or a briefkit.yaml manifest; default: content/) into OUT.

    Unchanged items are skipped, failing items are reported and the rest are
    built; the exit code is 1 if any item failed.
    """
    from briefkit.batch.build import BuildSettings, RenderSpec
    from briefkit.batch.build import build as run_build
    from briefkit.batch.executor import default_workers
    from briefkit.batch.items import assign_slugs, expand_paths
    from briefkit.batch.progress import Progress
    from briefkit.batch.report import dumps

    src = resolve_sources(ctx, paths)
    items = assign_slugs(expand_paths(src.paths))
    if not items:
        raise BriefkitError("nothing to build: no content files or articles found")
    spec = RenderSpec(src.products, src.formats, src.templates, src.theme, src.handouts, src.reference_docx,
                      src.pdfa, src.reference_pptx)
    if scheduler and executor == "local" and _given(ctx, "executor"):
        raise BriefkitError("--scheduler is for --executor dask")
    settings = BuildSettings(src.out_dir, spec, jobs or default_workers(), force, fail_fast, report_path, clean,
                             executor="dask" if scheduler or executor == "dask" else "local", scheduler=scheduler)
    if dry_run:
        dry_run_listing(settings, items, as_json=mode == "json")
        return
    progress = Progress(mode or "auto")  # type: ignore[arg-type]
    outcome = run_build(items, settings, progress, progress.begin)
    progress.end(outcome.report["summary"], cleaned=clean)
    if mode == "json":
        click.echo(dumps(outcome.report), nl=False)
    ctx.exit(outcome.exit_code)


def dry_run_listing(settings: BuildSettings, items: list[Item], as_json: bool) -> None:
    """``--dry-run``: each item with ``build`` and its reason, or ``skip``; nothing is written."""
    import json

    from briefkit.batch.build import make_plan

    plan = make_plan(items, settings)
    rows = [{"source": job.source, "slug": job.slug, "action": "skip" if job.slug in plan.skipped else "build",
             "reason": plan.reasons.get(job.slug, "up to date")} for job in plan.jobs]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(safe_text(f"{row['action']:<5} {row['slug']}  ({row['reason']})"))
    click.echo(f"{len(rows)} items: {len(plan.todo)} to build, {len(plan.skipped)} up to date "
               "(dry run: nothing written)")
