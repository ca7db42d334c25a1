"""``briefkit newsletter``: many briefs combined into one issue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from briefkit.cli.options import FORMAT_CHOICES, INPUT_FILE, INPUT_FOLDER, INPUT_PATH
from briefkit.errors import BriefkitError, safe_text


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BriefkitError(f"--date: '{value}' is not a date of the form YYYY-MM-DD") from None


@click.command()
@click.argument("paths", nargs=-1, required=True, type=INPUT_PATH)
@click.option("--title", help="The issue's title (default: the manifest's, else 'Newsletter').")
@click.option("--issue", "number", type=click.IntRange(min=1), help="The issue number.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD", help="The issue date (default: the newest brief's).")
@click.option("--intro", help="The introduction (default: a sentence naming the number of articles).")
@click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: output, or the manifest's).")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(FORMAT_CHOICES),
              help="Format to write (repeatable; default: pdf, docx, md and html).")
@click.option("--templates", type=INPUT_FOLDER,
              help="Folder of template packs searched before the built-ins.")
@click.option("--theme", type=INPUT_FILE,
              help="A theme.yaml to use instead of the default.")
@click.option("--pdfa", is_flag=True, default=False, help="Write the PDF as PDF/A-2b, for archiving.")
def newsletter(paths: tuple[Path, ...], title: str | None, number: int | None, date_text: str | None,
               intro: str | None, out_dir: Path | None, formats: tuple[str, ...], templates: Path | None,
               theme: Path | None, pdfa: bool) -> None:
    """Combine the briefs of PATHS (content files, articles, folders or a briefkit.yaml) into one issue.

    Writes OUT/newsletter/newsletter.{pdf,docx,md,html} (OUT/newsletter-N/ with
    --issue N) and newsletter.txt, the plain-text alternative of the e-mail HTML.
    """
    from briefkit.batch.issue import collect_issue
    from briefkit.batch.lock import folder_lock_if_any
    from briefkit.batch.newsletter import NewsletterRequest, render_newsletter
    from briefkit.render import write_all

    plan = collect_issue(list(paths), title, number, _date(date_text), intro)
    request = NewsletterRequest(out_dir or plan.out_dir or Path("output"), formats,
                                templates or plan.templates, theme or plan.theme,
                                slug=f"newsletter-{plan.issue.number}" if plan.issue.number else "newsletter",
                                pdfa=pdfa)
    if request.out_dir.exists() and not request.out_dir.is_dir():
        raise BriefkitError(f"{request.out_dir}: output folder is a file")
    with folder_lock_if_any(request.out_dir):  # as a build does: one writer per folder
        result = render_newsletter(plan.issue, plan.briefs, request)
        write_all(result.files, request.out_dir)
    for warning in [*plan.warnings, *result.warnings]:
        click.echo(safe_text(f"warning: {warning}"), err=True)
    for file in result.files:
        click.echo(safe_text(str(file)))
