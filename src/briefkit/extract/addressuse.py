"""The page's address weighed against what the page prints: its title, its date, its outlet.

:mod:`briefkit.extract.address` reads the address alone; here each of its signals only chooses among what the
page itself writes, so an address never puts on the draft a title, a date or an outlet the page does not print:

- **title**: where the picker chose a line the slug does not spell and another head line spells most of it,
  in order, that line is the headline; where the picker found none, a head line the slug spells is taken, as a
  guess with a warning;
- **date**: where the page prints the day its address carries, that printed day is the page's date over another
  printed one (the corpus convention stands: a page that prints no such day keeps what the page gives);
- **source**: where the rules and the scorer name no outlet or only guess, an outlet the page names whose name
  is the host's is the source; a credit the page states (a label, a dateline's wire, a republishing note) wins.

Nothing here fires without an address.
"""

from __future__ import annotations

import datetime as dt
import re

from briefkit.extract import address, headlines, titlepick
from briefkit.extract.dates import parse_date
from briefkit.readers import Article

# a head line spells the slug when it holds most of its words in order; the picker's line must spell much less
SPELLS = 0.7
MARGIN = 0.3


def _head_lines(article: Article) -> list[str]:
    """The lines a headline may stand on: the head, then the headings among the first blocks."""
    lines = [*article.head, *titlepick.top_lines(article)]
    # (an address on a line of its own, "https://…/the-same-slug", spells the slug but is no headline)
    return list(dict.fromkeys(line for line in lines if 3 <= len(line.split()) <= 40 and "://" not in line))


def titled(picked: headlines.Pick | None, article: Article, url: str | None) -> tuple[headlines.Pick | None, bool]:
    """The title pick with the address's slug weighed in, and whether the slug chose it over the picker."""
    slug = address.slug_words(url)
    if not slug or article.title:
        return picked, False  # no headline slug, or a title the page declares: the page's word stands
    now = address.slug_fit(picked.value, slug) if picked else 0.0
    if now >= SPELLS:
        return picked, False
    fits = [(address.slug_fit(line, slug), -k, line) for k, line in enumerate(_head_lines(article))
            if picked is None or line != picked.line]
    if not fits:
        return picked, False
    fit, _, line = max(fits)
    if fit < SPELLS or fit < now + MARGIN:
        return picked, False
    return headlines.Pick(_undated(headlines.clean(line)), line, weak=picked is None or picked.weak), True


def _undated(title: str) -> str:
    """A headline without the date stamp its line closes on ("… neededMonday, September 27, 2021", "… - 6 March
    2024"): the slug spells the headline's words, not the stamp's."""
    found = parse_date(title)
    if found is None or found.end != len(title) or found.start < 10:
        return title
    return title[:found.start].rstrip(" -–—|,·")


def dated(article: Article, date: dt.date | None, url: str | None) -> dt.date | None:
    """The page's date, or the day its address carries where the page prints that day on a short line of its
    head or top blocks and the date read is another (a day the page does not print is never given)."""
    day = address.path_date(url)
    if day is None or date is None or date == day:
        return date
    lines = [*article.head, *(b.text for b in article.blocks[:12] if len(b.text) <= 120), *article.tail]
    for line in lines:
        found = parse_date(line)
        if found is not None and found.value == day.isoformat():
            return day
    return date


def host_outlet(names: list[str], url: str | None) -> str | None:
    """The first of the outlets ``names`` the page names whose name is its address's host, or None."""
    label = address.host_label(url)
    if not label:
        return None
    return next((name for name in names if address.matches_host(name, label)), None)


# the words a masthead's line may hold besides the name ("Site icon …", "By … Bureau", "…, en Español")
_MASTHEAD_REST = 2
# a capitalised run of up to five words, the small words of outlets' names inside ("Times of India", "BARBADOS TODAY")
_RUN = re.compile(r"(?<![\w.])(?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|&)){0,4}")


def spelling(url: str | None, text: str) -> str | None:
    """The name the page writes for its address's host, by the host's letters ("The Hindu" of ``thehindu.com``,
    "The Star" of ``the-star.co.ke``, "BARBADOS TODAY"), on a line it stands on as a masthead does ("Lakeview
    Post", "Logo Lakeview Post", "By Lakeview Post Bureau"): the most frequent such spelling, mixed case first;
    None when the page writes none. A name met only in the story's sentences ("told the Lakeview Post", a
    charity's own press release naming itself) is what the story is about, not a credit: the corpus leaves such
    a page's source empty. (A domain the page prints, "lakeview.com", is no spelling.)"""
    label = address.host_label(url)
    if len(address.squeezed(label)) < 3:
        return None
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        for name in _names_for(label, line):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: (counts[k], not k.isupper())) if counts else None


def spelt_host(host: str, texts: list[str]) -> str | None:
    """The first name ``texts`` write for the site ``host`` by its letters, anywhere in a sentence ("Kaiser Health
    News, an editorially independent …" for ``kaiserhealthnews.org``), or None."""
    label = address.host_label(f"https://{host}")
    if len(address.squeezed(label)) < 3:
        return None
    return next((name for text in texts for name in _names_for(label, text, alone=False)), None)


def _names_for(label: str, line: str, alone: bool = True) -> list[str]:
    """The spellings of the host ``label`` on ``line``: any stretch of a capitalised run ("Logo Lakeview Post",
    "By Lakeview Post Bureau"), with ``alone`` only where the line holds little else (two words at most)."""
    found = []
    for match in _RUN.finditer(line):
        if re.match(r"\.[A-Za-z]", line[match.end():match.end() + 2]):
            continue
        words = match.group().split()
        name = next((" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)
                     if address.matches_host(" ".join(words[i:j]), label, letters_only=True)), None)
        if name is not None and (not alone or
                                 len(re.findall(r"\w+", line)) - len(re.findall(r"\w+", name)) <= _MASTHEAD_REST):
            found.append(name)
    return found
