"""What a page's address says about the page: its site's name, its headline's words, its day.

A user who kept the link (``briefkit extract --url``, an HTML page's canonical link, a Markdown file's
``url:``) gives three signals almost every news site writes into its addresses, whatever the country:

- the **host** names the site (``messenger.com.ge`` → "messenger", ``news.lakeview-post.co.uk`` →
  "lakeview-post"): a name on the page matches it by its letters ("The Messenger"), its initials ("Lakeview
  Morning Post" → "lmp") or as the host's first words ("Punch" of ``punchng.com``);
- the **slug** (``/city-budget-will-be-re-discussed``, ``/budget_news_12345.html``) spells the headline's words;
- the **path date** (``/2024/03/06/``, ``/20240306/``, ``2024-03-06``) is the day the page was filed.

Each is read here in general form (no list of sites) and is only evidence: the callers weigh it against what
the page itself prints, and without an address nothing here fires.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote, urlsplit

from briefkit.extract.credits import domain_label

# words a name's initials skip ("Times of India" → "toi" and "ti"; both are tried)
_SMALL = frozenset({"of", "the", "and", "&", "de", "la", "el", "for", "in", "on"})
# path words that are a site's sections or a file's kind, never a headline's ("news", "article", "html")
_NOT_SLUG = frozenset({"news", "article", "articles", "story", "stories", "html", "htm", "shtml", "php", "aspx", "asp",
                       "amp", "index", "www", "com", "post", "posts", "detail", "details", "content", "view", "id",
                       "en", "english", "world", "business", "local", "national", "politics", "economy", "opinion"})


def host_label(url: str | None) -> str:
    """The site's own word in ``url``'s host ("https://www.barbadostoday.bb/x" → "barbadostoday"), or ""."""
    if not url:
        return ""
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")
    if "." not in host or re.fullmatch(r"[\d.]+", host):
        return ""  # "localhost", an IP address: no site's name
    return domain_label(host)


def squeezed(text: str) -> str:
    """``text``'s letters and digits, lower case ("The Lakeview-Post" → "thelakeviewpost")."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–/]+", name.strip()) if re.search(r"\w", w)]


def matches_host(name: str, label: str, letters_only: bool = False) -> bool:
    """Whether the outlet ``name`` is the site whose host word is ``label``: by its letters, with or without
    "The" ("The Messenger", "messenger"; "Barbados TODAY", "barbadostoday"; "The Star", "the-star"), and unless
    ``letters_only`` by its initials ("Lakeview Morning Post", "lmp") or as the host's leading words when the
    host adds a short tag ("Punch", "punchng")."""
    host = squeezed(label)
    words = _words(name)
    if len(host) < 2 or not words:
        return False
    whole = squeezed(name)
    bare = squeezed(" ".join(words[1:])) if words[0].lower() == "the" and len(words) > 1 else whole
    if host in {whole, bare}:
        return True
    if letters_only:
        return False
    initials = {"".join(w[0] for w in words if w[0].isalnum()).lower(),
                "".join(w[0] for w in words if w.lower() not in _SMALL and w[0].isalnum()).lower()}
    if len(host) >= 2 and host in initials and len(words) >= 2:
        return True
    # the host is the name and a short tag ("punchng", "vanguardngr", "dailynewsegypt" is letters)
    return len(bare) >= 4 and host.startswith(bare) and len(host) - len(bare) <= 3


# an address's date: "/2024/03/06/", "/2024/3/6/", "/20240306/", "2024-03-06", "2024_03_06"
_PATH_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[/_-]?)(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)")


def path_date(url: str | None) -> dt.date | None:
    """The day ``url``'s path carries ("/2024/03/06/", "/20240306/", "/news-2024-03-06"), or None."""
    if not url:
        return None
    path = urlsplit(url if "//" in url else "//" + url).path
    for match in _PATH_DATE.finditer(path):
        if not match["sep"] and (len(match["m"]) != 2 or len(match["d"]) != 2):
            continue  # "2024306": no day and month without separators unless both are two digits
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return None


# path words that open a listing's address, not a story's ("/tag/…", "/category/…/page/5", "/search/label/…")
_LISTING = frozenset({"tag", "tags", "category", "categories", "label", "search", "page", "author", "authors", "topic",
                      "topics", "archive", "archives", "section", "sections"})


def slug_words(url: str | None) -> list[str]:
    """The words of ``url``'s headline slug ("/city-budget-will-be-re-discussed" → city, budget, will …): its last
    path segment, where it holds at least three words; none for a numeric or one-word segment (a Chinese page's
    "/doc-12345.shtml", "/article123.html" under a column's name) or a listing's address ("/tag/…")."""
    if not url:
        return []
    segments = [s for s in unquote(urlsplit(url if "//" in url else "//" + url).path).lower().split("/") if s]
    if not segments or _LISTING & set(segments):
        return []
    segment = re.sub(r"\.[a-z]{2,5}$", "", segments[-1])
    words = [w for w in re.split(r"[-_+\s.,]+", segment)
             if w and w not in _NOT_SLUG and re.fullmatch(r"[^\W\d_][\w']*", w)]
    return words if len(words) >= 3 else []


def slug_fit(line: str, slug: list[str]) -> float:
    """How much of the slug ``line`` spells, in order (the longest common run of words over the slug's length);
    a long line holding the slug among much else counts for less."""
    if not slug:
        return 0.0
    words = [w for w in re.split(r"[^\w']+", line.lower().replace("’", "'")) if w]
    words = [re.sub(r"'s?$", "", w) for w in words]
    slugged = [re.sub(r"'s?$", "", w.replace("'", "")) if "'" in w else w for w in slug]
    common = _common_in_order(slugged, [w.replace("'", "") for w in words])
    return common / len(slug) * min(1.0, 2.5 * len(slug) / max(len(words), 1))


def _common_in_order(first: list[str], second: list[str]) -> int:
    """The length of the longest subsequence the two word lists share (words matched by prefix: a slug may
    cut a word, "discuss" of "discussed")."""
    width = len(second) + 1
    row = [0] * width
    for a in first:
        previous = row[:]
        for j, b in enumerate(second, start=1):
            same = a == b or (len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)))
            row[j] = previous[j - 1] + 1 if same else max(previous[j], row[j - 1])
    return row[-1]
