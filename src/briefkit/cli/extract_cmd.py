"""``briefkit extract`` and ``briefkit check``."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import click

from briefkit.cli.options import INPUT_FILE
from briefkit.errors import BriefkitError, safe_text


def slugify(name: str) -> str:
    """A file-name slug: lowercase ASCII words joined by hyphens (CJK kept)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    slug = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return slug or "article"


def _target(article: Path, out: Path | None, many: bool) -> Path:
    """Where the content of ``article`` goes: OUT as a file, OUT/<slug>.yaml, or content/<slug>.yaml."""
    from briefkit.render import is_device_name

    slug = slugify(article.stem)
    # CON.txt must not become con.yaml: Windows cannot create it, and the slug would name the output folder.
    name = (f"{slug}-article" if is_device_name(slug) else slug) + ".yaml"
    if out is None:
        return Path("content") / name
    if str(out) == "-" or (not many and out.exists() and not out.is_dir()):
        return out  # standard output, or an existing file or device ("/dev/null") named whatever its suffix
    if many or out.is_dir() or str(out).endswith(("/", "\\")) or not out.suffix:
        return out / name
    return out


@click.command()
@click.argument("articles", nargs=-1, required=True, type=INPUT_FILE)
@click.option("--out", "-o", type=click.Path(path_type=Path), default=None,
              help="Content file (one article), folder, or - for standard output. Default: content/<slug>.yaml.")
@click.option("--update", is_flag=True, help="Merge into an existing file, keeping its edits and comments.")
@click.option("--force", is_flag=True, help="Overwrite an existing content file.")
@click.option("--url", default=None, metavar="URL",
              help="The address the article was taken from (one article): cited, and the site's name where the "
                   "page names no outlet.")
def extract(articles: tuple[Path, ...], out: Path | None, update: bool, force: bool, url: str | None) -> None:
    """Draft content files from ARTICLES (.txt, .md, .html, .docx); every item names its sentence."""
    from briefkit.batch.jobs import run_limited
    from briefkit.extract import extract_article
    from briefkit.extract.dump import dump_brief, update_file
    from briefkit.readers.clipmeta import WEB_ADDRESS  # the one test of a web address, shared with the readers

    if url is not None and len(articles) > 1:
        raise BriefkitError("--url: one address names one article; extract several articles one by one")
    if url is not None and not WEB_ADDRESS.match(url):
        raise BriefkitError(f"--url: {safe_text(url)!r} is no web address (https://…)")
    if out is not None and len(articles) > 1 and (str(out) == "-" or (out.exists() and not out.is_dir())):
        raise BriefkitError(f"{out}: several articles need a folder for --out")
    targets = [_target(article, out, len(articles) > 1) for article in articles]
    if len(set(targets)) < len(targets):
        clash = next(t for t in targets if targets.count(t) > 1)
        raise BriefkitError(f"{clash}: several articles would be written to this file; extract them one by one")
    for article, target in zip(articles, targets, strict=True):
        brief, warnings = run_limited(str(article), extract_article, article, url)
        for warning in warnings:
            click.echo(safe_text(f"warning: {article}: {warning}"), err=True)
        if str(target) == "-":
            click.echo(dump_brief(brief, article), nl=False)
        elif target.exists() and update:
            text, added = update_file(target, brief)
            _write(target, text)
            click.echo(safe_text(f"{target}: updated, {added} new item(s)"))
        elif target.exists() and not force:
            raise BriefkitError(f"{target}: exists; use --update to merge or --force to overwrite")
        else:
            _write(target, dump_brief(brief, article))
            click.echo(safe_text(str(target)))


def _write(target: Path, text: str) -> None:
    """Write a content file atomically; a path that cannot be written is one error line naming it."""
    from briefkit.atomic import write_text

    if target.is_dir():
        raise BriefkitError(f"{target}: output path is a folder")
    try:
        write_text(target, text)
    except OSError as exc:
        raise BriefkitError(f"{target}: cannot write: {exc.strerror or exc}") from None


@click.command()
@click.argument("content", type=INPUT_FILE)
@click.option("--against", "article", required=True, type=INPUT_FILE,
              help="The article the content was drafted from.")
def check(content: Path, article: Path) -> None:
    """List every number, date and quote of CONTENT that ARTICLE does not contain (exit 1 if any)."""
    from briefkit.check import check_content

    problems = check_content(content, article)
    if problems:
        raise BriefkitError("\n".join(str(p) for p in problems)
                            + f"\n{len(problems)} claim(s) not found in {article}")
    click.echo(safe_text(f"{content}: every number, date and quote is in {article}"))
