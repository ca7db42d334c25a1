"""What a saved HTML page shows of itself, read through lxml: its visible headline and visible text.

A page's metadata (``og:title``, ``<title>``, a JSON-LD ``author``) is written for search engines and share
cards: a title shortened for social media or carrying the site's name, an author field holding the desk or
the outlet.  A reader trusts what the page prints: the ``<h1>`` headline where it matches one of the
declared titles, and a declared author only where the page shows the name.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# elements whose text a browser never shows
_HIDDEN = ("script", "style", "noscript", "template", "svg", "head")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def parse(text: str) -> HtmlElement | None:
    """The page's element tree, or None where lxml cannot read it."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError):
        return None


def _clean(text: str) -> str:
    return " ".join(text.split())


def visible_text(doc: HtmlElement) -> str:
    """The text a browser shows: the page's body without scripts, styles and comments, one space between words."""
    from lxml import etree

    body = doc.find("body")
    root = copy.deepcopy(body if body is not None else doc)
    etree.strip_elements(root, *_HIDDEN, etree.Comment, with_tail=False)
    # a space between elements: "Keith Spera</a><span>NOLA.com" is two words, as a browser shows them
    return _clean(" ".join(root.itertext()))


def meta_values(doc: HtmlElement, key: str) -> list[str]:
    """The contents of the page's ``<meta>`` tags named ``key`` (by ``name`` or ``property``)."""
    return [_clean(m.get("content") or "") for m in doc.iter("meta")
            if key in (m.get("name"), m.get("property")) and (m.get("content") or "").strip()]


def words(text: str) -> list[str]:
    """A text's words, lower case, punctuation left out: "NOLA.com" → "nola", "com"."""
    return [w.lower() for w in _WORD.findall(text)]


def _likeness(headline: str, title: str) -> float:
    """How much of the longer of two titles the other one shares, word for word (0 to 1)."""
    a, b = words(headline), words(title)
    if not a or not b:
        return 0.0
    shared = sum(1 for w in set(a) if w in b)
    return shared / max(len(set(a)), len(set(b)))


def headline(doc: HtmlElement, titles: list[str]) -> str | None:
    """The printed ``<h1>`` that most resembles one of the page's declared ``titles``.

    A page may hold several ``<h1>`` (the site's logo, a rail's headlines); the article's own is the one a
    declared title (share card, ``<title>``, JSON-LD headline) mostly repeats.  Half the words in common
    is enough: the share title may be shortened ("… found dead" for "… 'with infectious laugh' found
    dead"), rephrased, or carry the site's name.
    """
    best, score = None, 0.5
    for element in doc.iter("h1"):
        text = _clean(element.text_content())
        if len(words(text)) < 3 or len(text) > 300:
            continue  # a logo or a section name, or a whole block marked up as a heading
        likeness = max((_likeness(text, title) for title in titles), default=0.0)
        if likeness >= score and (best is None or likeness > score):
            best, score = text, likeness
    return best


def shown(name: str, visible: str) -> bool:
    """Whether the page shows ``name`` (case and punctuation aside: "LAURIE OAKES", "Oakes, Laurie" no)."""
    found = words(name)
    if not found:
        return False
    return re.search(r"(?<![^\W_])" + r"\W+".join(map(re.escape, found)) + r"(?![^\W_])",
                     visible, re.IGNORECASE) is not None


def title_parts(title: str) -> list[str]:
    """A title cut at its separators: "Story | UK | Express.co.uk" → "Story", "UK", "Express.co.uk"."""
    return [part.strip() for part in re.split(r"\s+(?:[|｜]|[-–—]|::)\s+", title)]


def squeezed(name: str) -> str:
    """A name's letters and digits only, lower case: "NOLA.com" and "NOLA com" are one site."""
    return "".join(words(name))


# "Author", "Authors:" alone in their element; a bare "By" is left out: story rails credit other stories so
_LABEL = re.compile(r"(?i:authors?)\s*:?")


def labelled_authors(doc: HtmlElement) -> list[str]:
    """Author fields a page sets as a label element and its value: ``<li><strong>Author</strong> Ben Knight</li>``.

    Such a side box ("Date 19.01.2020", "Author Ben Knight") sits outside the main text, so the main-text
    extraction leaves it out; given back as "Author: NAME" lines, the extractor reads them as any field line.
    """
    found: list[str] = []
    for label in doc.iter("strong", "b", "dt", "span", "th"):
        if not _LABEL.fullmatch(_clean(label.text_content())):
            continue
        value = _clean(label.tail or "") or _clean(_next_text(label))
        if 2 <= len(value.split()) <= 5 and len(value) <= 60 and re.fullmatch(r"[^\W\d_][^\d]*", value) \
                and value.split()[-1][:1].isupper():
            line = f"Author: {value}"
            if line not in found:
                found.append(line)
    return found + [line for line in _rel_author(doc) if line not in found]


def _rel_author(doc: HtmlElement) -> list[str]:
    """The writer a byline's ``<a rel="author">`` links names ("By: <a rel="author">Jane Doe</a>"), when every
    such link names that one person: a rail crediting other stories links several writers."""
    # (a writer's photo linked to their page is such a link too, with no text)
    names = {_clean(a.text_content()) for a in doc.iter("a") if "author" in (a.get("rel") or "").lower().split()}
    names.discard("")
    value = next(iter(names)) if len(names) == 1 else ""
    ok = 2 <= len(value.split()) <= 5 and len(value) <= 60 and re.fullmatch(r"[^\W\d_][^\d]*", value) is not None
    return [f"Author: {value}"] if ok and value.split()[-1][:1].isupper() else []


def _next_text(label: HtmlElement) -> str:
    """The text of the element after ``label`` (``<dt>Author</dt><dd>Ben Knight</dd>``)."""
    following = label.getnext()
    return following.text_content() if following is not None else ""
