"""What web clippers write around an article, read as the article's declared metadata.

Analysts rarely type an article in: they clip it.  The common clippers (Obsidian Web Clipper, MarkDownload,
Joplin's and Zotero's exports, "save as Markdown" extensions) write YAML front matter in their own words — the
page's address under ``source:`` or ``link:``, the publication date under ``published:``, bylines as wiki links
(``"[[Jane Doe]]"``) — and a pasted text file often carries the address on its first or last line.  This module
maps those forms onto the keys the extractor reads (``url``, ``date``, ``author``, ``sitename``), so a clipped page
keeps its address, date and bylines instead of citing a URL as its outlet.
"""

from __future__ import annotations

import re

Meta = dict[str, str | list[str]]

#: A web address with a host that has a dot: what a clipper writes for the page it took.
WEB_ADDRESS = re.compile(r"(?i)^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")
# keys clippers use for the page's address, the surest first
_URL_KEYS = ("url", "source_url", "canonical_url", "canonical", "original_url", "permalink", "link", "source",
             "origin", "href")
# keys for the publication date; "created" and "clipped" are when the page was saved, never when it was published
_DATE_KEYS = ("date", "published", "date_published", "datepublished", "publish_date", "published_at",
              "pubdate", "publication_date")
_SITE_KEYS = ("sitename", "site_name", "site", "publisher")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]+)\]\]")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# "URL: https://…", "Source: https://…", "原文链接：https://…" — a labelled address line of a pasted text
_ADDRESS_LINE = re.compile(r"(?i)^(?:(?:url|link|source|original|address|原文链接|原文地址|链接|來源|来源)\s*[:：]\s*)?"
                           r"(?P<url>https?://\S+)$")


def _unlinked(value: str) -> str:
    """A clipper's linked name as plain text: ``[[Jane Doe]]`` or ``[Jane Doe](https://…)`` → ``Jane Doe``."""
    return _MD_LINK.sub(r"\1", _WIKI_LINK.sub(r"\1", value)).strip()


def _first(meta: Meta, keys: tuple[str, ...], accept: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """The first of ``keys`` with a plain value (matching ``accept`` if given), as (key, value)."""
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip() and (accept is None or accept.match(value.strip())):
            return key, value.strip()
    return None


def normalise(meta: Meta) -> Meta:
    """Front matter ``meta`` with clippers' keys mapped onto the ones the extractor reads (a new dict)."""
    out = dict(meta)
    if (found := _first(out, _URL_KEYS, WEB_ADDRESS)) is not None:
        key, address = found
        out["url"] = address
        if key == "source":
            del out["source"]  # "source: https://…" is the clipped page, no outlet's name
    if "date" not in out and (dated := _first(out, _DATE_KEYS)) is not None:
        out["date"] = dated[1]
    if "sitename" not in out and (site := _first(out, _SITE_KEYS)) is not None:
        out["sitename"] = _unlinked(site[1])
    for key in ("author", "authors", "byline"):
        value = out.get(key)
        if isinstance(value, list):
            out[key] = [name for name in (_unlinked(v) for v in value) if name]
        elif isinstance(value, str):
            out[key] = _unlinked(value)
    if "author" not in out and "authors" not in out and isinstance(byline := out.get("byline"), str | list):
        out["author"] = byline
    return out


def _address(line: str, labelled_only: bool) -> str | None:
    """The address a line gives, bare or labelled ("URL:", "Source:", "原文链接："); None for any other line."""
    match = _ADDRESS_LINE.match(line.strip())
    if match is None or (labelled_only and match.group().startswith(("http://", "https://", "HTTP"))):
        return None
    url = match["url"]
    # a site's front page ("https://example.com/") is no article's address
    return url if WEB_ADDRESS.match(url) and re.match(r"(?i)https?://[^/]+/[^\s/]", url) else None


def address_line(lines: list[str]) -> tuple[str | None, list[str]]:
    """The page's address where a pasted text gives it: its first non-empty line (bare or labelled "URL:",
    "Source:", "原文链接："), or its last one when labelled; and the lines without it.  (None, lines) otherwise.

    A bare address on the last line is a link the story ends on ("read the original at …"), not the page's; a first
    line followed by more addresses is a list of links (a spam block, a link hub)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None, lines
    first = _address(lines[filled[0]], labelled_only=False)
    if first is not None and not (len(filled) > 1 and _ADDRESS_LINE.match(lines[filled[1]].strip())):
        return first, lines[:filled[0]] + lines[filled[0] + 1:]
    last = _address(lines[filled[-1]], labelled_only=True) if len(filled) > 1 else None
    if last is not None:
        return last, lines[:filled[-1]] + lines[filled[-1] + 1:]
    return None, lines
