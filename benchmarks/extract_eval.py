"""Evaluate ``briefkit extract`` on the articles in benchmarks/articles/.

Each article ``NAME.txt|.md|.html|.docx`` has ``NAME.expected.yaml``: the facts
a careful reader takes from it, written by reading the article, never from the
extractor's output.  Keys: ``title``, ``date``, ``source`` (``null`` when the
page has none), ``authors``, ``editors``, ``language``, ``figures`` (value and
unit class), ``organisations``, and for the older files ``events``,
``quotes``, ``attributions``, ``places``, ``sections``, ``absent``.

Each folder is scored apart:

- ``articles/``: the development set (real pages from stored public copies,
  plus the first hand-made ones), tuned on;
- ``articles/heldout/``: written after the first round and since used to fix
  what it showed, so no longer blind;
- ``articles/fresh/``: never used to change the extractor: the honest number.

A figure matches when its value and its unit *class* agree (percent,
percentage points, each currency, weight, length, duration, rank, count);
figures are compared as sets of (value, class), so a number the article
repeats is one fact.  A *spurious* figure is one whose value is not among
the article's figures at all (a day of a date, a time, an ordinal); the
script prints them per 20 extracted figures, and the in-process milliseconds
per article, English and Chinese apart.

A gold file with ``heads_only: true`` gives only a page's head facts (title, date, source, authors,
editors, language): a field whose key it leaves out is not scored at all for that article, so the
figures and organisations it never lists count neither as misses nor as false finds.  In a full gold
file an absent title, date, authors or editors key still means "none".

A source matches when it names the same outlet: the same words, or one
written as the other's initials ("AP" and "Associated Press", "PTI" and
"Press Trust of India"), or one naming the other's edition: a trailing app
word (客户端, 客戶端, "app") or an initialism's "News" is not compared, so
"中国青年报客户端" is "中国青年报" and "ERR News" is "ERR".  ``--only PREFIX`` scores one
batch of files, ``--skip PREFIX`` leaves one out.

``--with-url`` gives the extractor each page's address (the gold file's ``url:``, where the page was
read), as ``briefkit extract --url`` does for a user who kept the link: it scores what such a user sees.
Without it the extractor sees the file alone (a saved HTML page's canonical link and a Markdown file's
``url:`` still count, being in the file), the number for a user who pasted text.

    python benchmarks/extract_eval.py [--rounds 5] [-v] [--no-fresh] [--only PREFIX] [--skip PREFIX] [--with-url]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefkit.content.model import Brief  # noqa: E402
from briefkit.errors import BriefkitError  # noqa: E402
from briefkit.extract import extract_article as _extract  # noqa: E402
from briefkit.extract.dates import find_dates  # noqa: E402
from briefkit.extract.dump import dump_brief  # noqa: E402
from briefkit.extract.textcache import clear as clear_text_caches  # noqa: E402
from briefkit.readers.ruby import without_ruby  # noqa: E402
from corpus import ARTICLES, articles_in  # noqa: E402
from extract_speed import chinese, readable, timed  # noqa: E402

SAMPLE = ROOT / "content" / "articles" / "ai-cooperation-2024.txt"
_WEIGHT = ("tonne", "ton", "kg", "kilogram", "pound", "lb", "吨", "噸", "公斤", "千克", "weight")
_LENGTH = ("inch", "metre", "meter", "km", "kilomet", "mile", "foot", "feet", "公里", "米", "length")
_DURATION = ("year", "month", "week", "day", "hour", "minute", "decade", "年", "月", "天", "日", "小时",
             "duration")
_CURRENCY_NAMES = {"$": "USD", "£": "GBP", "€": "EUR", "yuan": "CNY", "元": "CNY", "rupee": "INR", "rs": "INR"}


_HUNDREDTHS = {"basis points": "pp", "basis point": "pp", "bps": "pp", "bp": "pp", "cents": "USD", "cent": "USD",
               "us cents": "USD", "euro cents": "EUR", "pence": "GBP"}


def canonical(value: float, unit: str | None) -> tuple[float, str]:
    """A figure's value and unit class with hundredths written out: "50 basis points" is 0.5 points and
    "8.1 cents" 0.081 USD, whichever of the two notations the gold file or the extractor uses."""
    key = (unit or "").strip().lower()
    if key in _HUNDREDTHS:
        return value / 100, _HUNDREDTHS[key]
    return value, unit_class(unit)


def unit_class(unit: str | None) -> str:
    """The class of a unit: %, pp, a currency code, weight, length, duration, rank or count."""
    if not unit:
        return "count"
    u = unit.strip().lower()
    if u in {"%", "percent", "per cent"}:
        return "%"
    if "point" in u or u == "pp":
        return "pp"
    if u == "rank":
        return "rank"
    if u.startswith(("square", "cubic", "平方", "立方")):
        return "count"  # areas and volumes: counted things, not lengths
    if len(unit) == 3 and unit.isupper() and unit.isalpha():
        return unit
    if u in _CURRENCY_NAMES:
        return _CURRENCY_NAMES[u]
    if u in {"m", "cm", "mm", "ft", "mi", "yd"}:
        return "length"  # the symbols, too short to test by their first letters ("m" is no "minute")
    for name, words in (("weight", _WEIGHT), ("length", _LENGTH), ("duration", _DURATION)):
        for word in u.replace("-", " ").split() or [u]:
            if any(word == w or word.startswith(w) or (not w.isascii() and word.endswith(w)) for w in words):
                return name
    return "count"


@dataclass
class Score:
    """Matches, extracted and expected counts of one field."""

    hits_p: int = 0
    extracted: int = 0
    hits_r: int = 0
    expected: int = 0

    def add(self, hits_p: int, extracted: int, hits_r: int, expected: int) -> None:
        """Add one article's counts."""
        self.hits_p += hits_p
        self.extracted += extracted
        self.hits_r += hits_r
        self.expected += expected

    def row(self, name: str) -> str:
        """One table row."""
        p = self.hits_p / self.extracted if self.extracted else 1.0
        r = self.hits_r / self.expected if self.expected else 1.0
        return f"{name:<14} {p:>9.2f} {r:>7.2f} {self.extracted:>10} {self.expected:>9}"


@dataclass
class SetResult:
    """Scores of one set of articles."""

    scores: dict[str, Score]
    spurious: int = 0
    leaks: int = 0
    misses: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def _norm(text: Any) -> str:
    # a pinyin reading copied after a character ("統(tǒng)計局") is no part of the words: some gold titles keep
    # the page's readings as printed, the reader drops them
    return " ".join(without_ruby(str(text)).lower().replace("’", "'").strip(" ,.;:\"'“”«»").split())


def _org(text: Any) -> str:
    words = _norm(text).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _same_org(expected: Any, found: Any) -> bool:
    e, f = _org(expected), _org(found)
    return e == f or (len(f) >= 4 and (f in e or e in f) and len(min(e, f, key=len)) * 2 >= len(max(e, f, key=len)))


# One country's spellings: the gold and the extractor each use the article's, which differ from page to page.
_PLACE_SPELLINGS = {name: "united states" for name in ("us", "u.s", "usa", "u.s.a", "united states of america")}
_PLACE_SPELLINGS.update({name: "united kingdom" for name in ("uk", "u.k")})


def _same_place(expected: Any, found: Any) -> bool:
    """One place: the same name, or two spellings of one country ("U.S.", "United States")."""
    e, f = _norm(expected), _norm(found)
    return _PLACE_SPELLINGS.get(e, e) == _PLACE_SPELLINGS.get(f, f)


_MINOR_WORDS = {"of", "the", "and", "for", "&"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in _MINOR_WORDS)


# the word an outlet's edition adds to its name: its app (中国青年报客户端, "… app"), or the news service of an
# outlet known by its initials ("ERR News" of ERR, "CBC News" of CBC); the edition and the outlet are one source
# (the corpus README's stop-29 conventions).  "News" after a spelt-out name stays ("Medicine Hat News" is no town).
# ("智通财经APP": an app's word follows a Chinese name with no space)
_APP = re.compile(r"(?:\s*(?:客户端|客戶端)|\s+app|(?<=[\u3400-\u9fff])app)$")
_INITIALS_NEWS = re.compile(r"^(?:[Tt]he\s+)?([A-Z][A-Z0-9&]{1,6})\s+News$")


def _outlet(name: Any) -> str:
    """An outlet's name as compared: :func:`_org`'s, less a trailing edition word (:data:`_APP`,
    :data:`_INITIALS_NEWS`) when a name remains, and a host without its "www."."""
    news = _INITIALS_NEWS.match(str(name).strip())
    # a site named by its host is one site with or without its "www." ("www.gov.cn", "gov.cn")
    text = re.sub(r"^www\.(?=\S+\.)", "", _org(news.group(1) if news else name))
    bare = _APP.sub("", text)
    return bare if bare.strip() else text


def _same_source(expected: Any, found: Any) -> bool:
    """One outlet: the same name, one written as the other's initials ("AP", "Associated Press"), or an
    edition of the other: a trailing app word (客户端, 客戶端, "app") or an initialism's "News" is not compared,
    so "中国青年报客户端" is "中国青年报" and "ERR News" is "ERR" ("Medicine Hat News" keeps its word: only an
    initialism's "News" is an edition word)."""
    e, f = _outlet(expected), _outlet(found)
    if e == f:
        return True
    short, long = sorted((e, f), key=len)
    return " " not in short and " " in long and 2 <= len(short) <= 6 and short == _initials(long)


def _value_match(expected: float, found: float) -> bool:
    # half a hundredth for rounding, but never a tenth of the value itself: 0.081 and 0.082 (USD) are apart
    return abs(expected - found) <= max(min(0.005, abs(expected) * 0.01), abs(expected) * 0.0005)


def _match(expected: list[Any], found: list[Any], same: Callable[[Any, Any], bool]) -> int:
    """Greedy one-to-one matching; the number of pairs."""
    free = list(range(len(found)))
    hits = 0
    for item in expected:
        j = next((j for j in free if same(item, found[j])), None)
        if j is not None:
            free.remove(j)
            hits += 1
    return hits


def _scalar(score: Score, expected: Any, found: Any, same: Callable[[Any, Any], bool] | None = None) -> None:
    same = same or (lambda a, b: _norm(a) == _norm(b))
    ok = expected is not None and found is not None and same(expected, found)
    score.add(int(ok), int(found is not None), int(ok), int(expected is not None))


def _list(score: Score, expected: list[Any], found: list[Any], same: Callable[[Any, Any], bool]) -> None:
    hits = _match(expected, found, same)
    score.add(hits, len(found), hits, len(expected))


def _distinct(figures: list[tuple[float, str]]) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    for value, cls in figures:
        if not any(_value_match(value, v) and cls == c for v, c in out):
            out.append((value, cls))
    return out


# the keys a full gold file always answers: absent, they mean "none" (no title, no authors …)
_ALWAYS = ("title", "date", "authors", "editors", "figures", "organisations")


def scored(want: dict[str, Any], key: str) -> bool:
    """Whether the gold ``want`` scores field ``key``: a heads-only file only the keys it gives, a full
    file also the keys it always answers (:data:`_ALWAYS`), the rest only when given."""
    return key in want or (key in _ALWAYS and not want.get("heads_only"))


def _meta(brief: Brief, warnings: list[str], want: dict[str, Any], result: SetResult) -> None:
    meta, scores = brief.meta, result.scores
    titled = not any(w.startswith("no title line found") for w in warnings)
    if scored(want, "title"):
        _scalar(scores["title"], want.get("title"), meta.title if titled else None)
    if scored(want, "date"):
        _scalar(scores["date"], want.get("date"), meta.date.isoformat() if meta.date else None)
    if "source" in want:
        _scalar(scores["source"], want.get("source"), meta.source, _same_source)
    if "language" in want:
        # the script subtag ("zh-Hant" for a traditional page) refines the language the gold names
        _scalar(scores["language"], want["language"], meta.language,
                lambda a, b: _norm(a).split("-")[0] == _norm(b).split("-")[0])
    for key, got in (("authors", meta.authors), ("editors", meta.editors)):
        if scored(want, key):
            _list(scores[key], [str(x) for x in want.get(key) or []], got, lambda a, b: _norm(a) == _norm(b))


def _evaluate(name: str, brief: Brief, warnings: list[str], want: dict[str, Any], result: SetResult) -> None:
    """Score one article into ``result``."""
    scores = result.scores
    _meta(brief, warnings, want, result)
    for key, got in (("sections", [s.heading for s in brief.sections]), ("quotes", [q.text for q in brief.quotes])):
        if key in want:
            _list(scores[key], want.get(key) or [], got, lambda a, b: _norm(a) == _norm(b))
    if "places" in want:
        _list(scores["places"], want.get("places") or [], [p.name for p in brief.places], _same_place)
    if "events" in want:
        _list(scores["events"], [str(x) for x in dict.fromkeys(want["events"])],
              sorted({e.date for e in brief.timeline}), lambda a, b: _norm(a) == _norm(b))
    missed: list[tuple[float, str]] = []
    spurious: list[tuple[float, str]] = []
    if scored(want, "organisations"):
        _list(scores["organisations"], want.get("organisations") or [], [o.name for o in brief.organisations],
              _same_org)
    if scored(want, "figures"):
        missed, spurious = _figures(brief, want, result)
    if "attributions" in want:
        said = [q.attribution for q in brief.quotes if q.attribution]
        _list(scores["attributions"], want["attributions"], said, lambda a, b: _norm(a) in _norm(b))
    if "absent" in want:
        text = dump_brief(brief, Path("article"))
        result.leaks += sum(1 for s in want["absent"] if s in text)
    miss = (f"  {name}: title={brief.meta.title!r} date={brief.meta.date} source={brief.meta.source!r} "
            f"authors={brief.meta.authors} editors={brief.meta.editors}")
    if scored(want, "figures"):
        miss += f"\n    figures missed {missed}; spurious {spurious}"
    if scored(want, "organisations"):
        orgs = [o for o in want.get("organisations") or []
                if not any(_same_org(o, x.name) for x in brief.organisations)]
        extra_orgs = [x.name for x in brief.organisations
                      if not any(_same_org(o, x.name) for o in want.get("organisations") or [])]
        miss += f"\n    organisations missed {orgs}; extra {extra_orgs}"
    if "places" in want:
        found_places = [p.name for p in brief.places]
        want_places = want.get("places") or []
        missed_places = [p for p in want_places if not any(_same_place(p, x) for x in found_places)]
        extra_places = [x for x in found_places if not any(_same_place(p, x) for p in want_places)]
        miss += f"\n    places missed {missed_places}; extra {extra_places}"
    result.misses.append(miss)


def _figures(brief: Brief, want: dict[str, Any], result: SetResult) -> tuple[list[Any], list[Any]]:
    """Score one article's figures into ``result``; its missed and its spurious figures."""
    figures = _distinct([canonical(f.value, f.unit) for f in brief.figures])
    expected = _distinct([canonical(float(f["value"]), f.get("unit")) for f in want.get("figures") or []])
    same = lambda e, f: _value_match(e[0], f[0]) and e[1] == f[1]  # noqa: E731
    _list(result.scores["figures"], expected, figures, same)
    _list(result.scores["figure values"], [v for v, _ in expected], [v for v, _ in figures], _value_match)
    spurious = [f for f in figures if not any(_value_match(e[0], f[0]) for e in expected)]
    result.spurious += len(spurious)
    return [e for e in expected if not any(same(e, f) for f in figures)], spurious


FIELDS = ["title", "date", "source", "language", "authors", "editors", "sections", "figures", "figure values",
          "events", "quotes", "attributions", "places", "organisations"]


def extract_article(path: Path, url: str | None = None) -> tuple[Brief, list[str]]:
    """Extract with cold text caches (dates, person cues, regions …), so repeated runs measure real work."""
    find_dates.cache_clear()
    clear_text_caches()
    return _extract(path, url)


def _score_set(title: str, articles: list[Path], verbose: bool, with_url: bool = False) -> None:
    """Score one set; ``verbose`` lists its misses (never asked for the fresh set, which stays blind)."""
    result = SetResult({name: Score() for name in FIELDS})
    for path in articles:
        want = YAML(typ="safe", pure=True).load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        try:
            brief, warnings = extract_article(path, want.get("url") if with_url else None)
        except BriefkitError as error:
            # An article extract refuses is scored as one where nothing was found, not left out.
            result.unreadable.append(f"  {path.name}: {error}")
            brief, warnings = Brief.model_validate({"meta": {"title": "-", "language": "und"}}), ["no title line found"]
        _evaluate(path.name, brief, warnings, want, result)
    zh = sum(1 for p in articles if p.name.startswith("zh-") or "-zh" in p.stem)
    given = " (each given its page's address)" if with_url else ""
    print(f"\n{title}: {len(articles)} articles ({zh} Chinese){given}")
    print(f"{'field':<14} {'precision':>9} {'recall':>7} {'extracted':>10} {'expected':>9}")
    for name in FIELDS:
        if result.scores[name].extracted or result.scores[name].expected:
            print(result.scores[name].row(name))
    extracted = result.scores["figures"].extracted
    per20 = 20 * result.spurious / extracted if extracted else 0.0
    print(f"spurious figures (value not in the article's figures): {result.spurious} of {extracted}, "
          f"{per20:.2f} per 20")
    print(f"boilerplate leaks (expected-absent strings found in the YAML): {result.leaks}")
    print(f"articles extract refused (scored as nothing found): {len(result.unreadable)}")
    if verbose:
        print("\n".join(result.unreadable + result.misses))


def _speed(articles: list[Path], rounds: int) -> None:
    """Median in-process milliseconds per article, English and Chinese apart (articles extract refuses left out)."""
    articles = [p for p in articles if readable(p)]
    for language, chosen in (("English", [p for p in articles if not chinese(p)]),
                             ("Chinese", [p for p in articles if chinese(p)])):
        if not chosen:
            continue
        first = time.perf_counter()
        extract_article(chosen[0])
        cold = (time.perf_counter() - first) * 1000
        # each run with the text caches emptied, as extract_speed.py times them: the work, not an earlier run's
        per_article = [statistics.median(timed(path) for _ in range(rounds)) for path in chosen]
        print(f"{language}: {len(chosen)} articles, median {statistics.median(per_article):.1f} ms per article, "
              f"mean {statistics.mean(per_article):.1f} ms, slowest {max(per_article):.1f} ms "
              f"(first call {cold:.0f} ms with imports and data loading)")


def main() -> None:
    """Run the evaluation and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", metavar="PREFIX", default="",
                        help="score only the articles whose file name starts with PREFIX (one batch)")
    parser.add_argument("--skip", metavar="PREFIX", action="append", default=[],
                        help="leave out the articles whose file name starts with PREFIX (repeatable)")
    parser.add_argument("--no-fresh", action="store_true",
                        help="leave the fresh set out (for whoever changes the extractor)")
    parser.add_argument("--with-url", action="store_true",
                        help="give the extractor each page's address (the gold's url:), as extract --url does")
    args = parser.parse_args()
    articles: list[Path] = []
    for name, folder in (("development set", ARTICLES), ("held-out set, since used", ARTICLES / "heldout"),
                         ("FRESH set, never used for tuning", ARTICLES / "fresh")):
        if args.no_fresh and folder.name == "fresh":
            continue
        found = [p for p in articles_in(folder) if p.name.startswith(args.only)
                 and not any(p.name.startswith(skip) for skip in args.skip)]
        if not found:
            continue
        # The fresh set's misses are never printed: looking at them would be tuning on it.
        _score_set(f"{name} ({folder.relative_to(ROOT)})", found, args.verbose and folder.name != "fresh",
                   args.with_url)
        articles += found
    print("\nspeed, in-process extraction:")
    _speed([SAMPLE, *articles] if SAMPLE.exists() else articles, args.rounds)


if __name__ == "__main__":
    main()
