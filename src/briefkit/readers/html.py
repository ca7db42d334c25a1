"""HTML pages: main text and metadata through trafilatura.

trafilatura drops navigation, share bars and comments and finds the title,
date, author and site name in the page's metadata; its Markdown output keeps
the headings, which the Markdown reader then turns into blocks.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from briefkit.errors import BriefkitError
from briefkit.readers import htmlpage
from briefkit.readers.markdown import read_markdown
from briefkit.readers.model import Article
from briefkit.yamlio import display_path

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def read_html(text: str, path: Path, encoding: str) -> Article:
    """An :class:`Article` from an HTML page."""
    import trafilatura

    body = _main_text(text)
    if not body:
        raise BriefkitError(f"{display_path(path)}: no article text found in the HTML page")
    article = read_markdown(body, path, encoding)
    article.fmt = "html"
    # extensive=False: no date guessed from a copyright line or a stray number in the text;
    # dates in the page's metadata, <time> elements and the URL are still found.
    found = trafilatura.extract_metadata(text, extensive=False)
    if found is not None:
        for key in ("title", "date", "author", "sitename", "url", "description"):
            value = getattr(found, key, None)
            if value:
                article.meta[key] = str(value)
    _page_names(text, article)
    if (doc := htmlpage.parse(text)) is not None:
        _as_shown(doc, article)
    if article.title is None and "title" in article.meta:
        article.title = str(article.meta["title"])
    if not article.head:
        article.head = _lines_above(text, article)
    return article


def _as_shown(doc: HtmlElement, article: Article) -> None:
    """The page's metadata checked against what the page prints: the ``<h1>`` headline over a share or
    ``<title>`` title, the site name as its title suffix spells it, declared authors the page shows."""
    meta = article.meta
    titles = [str(meta.get(key, "")) for key in ("title", "page_title")]
    titles += [t for key in ("og:title", "twitter:title") for t in htmlpage.meta_values(doc, key)]
    # each title without its site suffix: a logo <h1> ("Coast Courier Online") matches no story's words
    cut = [parts[0] if len(htmlpage.words(parts[0])) >= 3 else t for t in titles if (parts := htmlpage.title_parts(t))]
    if printed := htmlpage.headline(doc, cut):
        article.title = printed
    spellings = _site_spellings(titles)
    if isinstance(site := meta.get("sitename"), str):
        # "HeraldSun" in og:site_name, "… | Herald Sun" in the <title>: the words as the page prints them
        meta["sitename"] = next((s for s in spellings if " " in s and " " not in site
                                 and htmlpage.squeezed(s) == htmlpage.squeezed(site)), site)
    if isinstance(author := meta.get("author"), str):
        # the site's name as its titles end with it and as og:site_name gives it
        site_names = [htmlpage.words(s) for s in [*(t[-1] for t in map(htmlpage.title_parts, titles) if len(t) > 1),
                                                   str(meta.get("sitename", ""))]]
        # the page's own <meta name="author"> is the HTML author field; a name only in structured data
        # (JSON-LD, a script's data layer) must be printed on the page
        authors = htmlpage.meta_values(doc, "author")
        shown = " ".join([htmlpage.visible_text(doc), *authors])
        # "Deutsche Welle (www.dw.com)": a name signed with a web address is the publisher's
        signed = [v for v in authors if _WEB_ADDRESS.search(v)]
        publishers = [htmlpage.words(_WEB_ADDRESS.sub(" ", v)) for v in signed]
        _publisher_for_host(meta, signed)
        declared = [part for part in author.split(";") if htmlpage.words(part) not in publishers]
        _site_as_credited(meta, declared)
        if kept := _shown_authors(declared, [w for w in site_names if w], shown):
            meta["author"] = "; ".join(kept)
        else:
            del meta["author"]
    if "author" not in meta:  # no writer declared: a side box's "Author" field is the page's byline
        article.tail += [line for line in htmlpage.labelled_authors(doc) if line not in article.tail]


def _site_as_credited(meta: dict[str, str | list[str]], credits: list[str]) -> None:
    """A site name that is only a host ("usatoday.com") takes the spelling its byline credits it under ("Jane Doe;
    USA TODAY"): the name a reader sees, where the metadata gives the address."""
    site = _bare_host(str(meta.get("sitename", "")).strip()).rstrip("/")
    label = htmlpage.squeezed(site.rsplit(".", 1)[0]) if "." in site and " " not in site else ""
    for credit in credits[1:]:
        if label and htmlpage.squeezed(credit) == label:
            meta["sitename"] = " ".join(credit.split())
            return


_WEB_ADDRESS = re.compile(r"\(?\s*(?:https?://)?(?:www\.)[\w-]+(?:\.[\w-]+)+/?\s*\)?|"
                          r"\(?\s*https?://[\w-]+(?:\.[\w-]+)+/?\S*\s*\)?")


def _publisher_for_host(meta: dict[str, str | list[str]], signed: list[str]) -> None:
    """A site name that is only a host ("DW.COM") takes the name the page signs with that host."""
    site = str(meta.get("sitename", ""))
    for signature in signed:
        address = _WEB_ADDRESS.search(signature)
        host = _bare_host(address.group().strip(" ()/")) if address else ""
        if host and host == _bare_host(site.strip()).rstrip("/"):
            meta["sitename"] = " ".join(_WEB_ADDRESS.sub(" ", signature).split())
            return


def _bare_host(address: str) -> str:
    """An address's host without its scheme and "www.", lower case: "https://www.dw.com" → "dw.com"."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", address.lower())


def _site_spellings(titles: list[str]) -> list[str]:
    """The names a page's titles end with: "Story | UK | Express.co.uk" → "UK", "Express.co.uk"."""
    return [part for title in titles for part in htmlpage.title_parts(title)[1:]]


def _shown_authors(declared: list[str], site_names: list[list[str]], visible: str) -> list[str]:
    """The declared authors a reader sees: names the page prints, before any credit to the site itself.

    "Keith Spera; NOLA com; The Times-Picayune" (a byline "Keith Spera, NOLA.com | The Times-Picayune"
    split by the metadata parser) names one writer, then the site and its paper; "Kulu Media News Desk"
    is the site's own desk; a name only in a script's data layer is no byline the reader sees.  A first
    name that is the site's name and nothing more is left alone: a one-person site signs with its name.
    """
    kept: list[str] = []
    # "USA TODAY" after the writer on "usatoday.com": the site's name however it is spaced, its domain's ending aside
    squeezed = {"".join(site[:cut]) for site in site_names for cut in (len(site), len(site) - 1) if cut}
    for i, name in enumerate(" ".join(part.split()) for part in declared):
        words = htmlpage.words(name)
        if any(words[:len(site)] == site and (i > 0 or len(words) > len(site)) for site in site_names) \
                or (i > 0 and "".join(words) in squeezed):
            break  # the site's own credit; what follows it is the site's masthead
        if words and htmlpage.shown(name, visible):
            kept.append(name)
    return kept


def _main_text(text: str) -> str:
    """The page's main text as Markdown: trafilatura's precise mode first, its recall mode when that
    finds nothing.

    Precision drops what sits in <nav>, <aside> or <footer> elements; some sites (and CMS templates)
    wrap the whole story in one of them, and an empty result would refuse a real article.
    """
    import trafilatura

    for precise in (True, False):
        body = trafilatura.extract(text, output_format="markdown", include_formatting=True, include_comments=False,
                                   include_tables=False, include_images=False, favor_precision=precise,
                                   favor_recall=not precise)
        if body and body.strip():
            return body
    return ""


_INVISIBLE = re.compile(r"<(script|style|noscript|template|svg|nav)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|time|span|header|section|article|nav|a)\b[^>]*>",
                        re.IGNORECASE)


def _lines_above(text: str, article: Article) -> list[str]:
    """The short lines of the page just above its first paragraph: a date or byline line that the
    main-text extraction left out ("March 4, 2021 9:30 AM" in a <div> of its own)."""
    first = next((p for p in article.paragraphs if len(p) >= 30), None)
    body = _INVISIBLE.sub(" ", text[:400_000])
    # the paragraph as the body prints it, not its copy in a <meta name="description"> of the <head>
    opening = max(body.lower().find("<body"), 0)
    start = body.find(re.sub(r"[*_`]", "", first)[:30], opening) if first else -1
    if start <= 0:
        return []
    visible = re.sub(r"<[^>]{0,2000}>", " ", _BLOCK_TAG.sub("\n", body[opening:start]))
    lines = [" ".join(html.unescape(line).split()) for line in visible.split("\n")]
    return [line for line in lines if 0 < len(line) <= 120][-6:]


_TITLE_TAG = re.compile(r"<title[^>]*>(?P<t>[^<]{1,300})</title>", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|\bcopyright\b)(?:\s|&nbsp;|<[^>]{0,200}>){0,6}(?P<t>[^<]{2,120})",
                        re.IGNORECASE)


def _page_names(text: str, article: Article) -> None:
    """The raw <title> and the first copyright notice: where a page spells its own name.

    trafilatura cleans the site's name off the title and may give only the domain as the site
    name; the extractor matches the domain against these to name the outlet ("dailyherald.com"
    → "Daily Herald").
    """
    if title := _TITLE_TAG.search(text[:200_000]):
        article.meta["page_title"] = " ".join(html.unescape(title["t"]).split())
    if notice := _COPYRIGHT.search(text[-200_000:]):
        article.meta["copyright"] = "© " + " ".join(html.unescape(notice["t"]).split())
