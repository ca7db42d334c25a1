"""Which rule found each organisation the draft names, and how often each rule is right on pages it never saw.

Every organisation ``extract`` gives on a development page (``benchmarks/articles/``, never ``fresh/``) is traced
to the finder that first put it on the list — one pattern of ``english_shapes`` (the institutional word, a defined
acronym, "shares of X", an apposition "X, a drug company", "a spokesperson for X" …), the role, cue, speaker, actor,
citation, list-mate and known-body finders, the bare acronyms, the title, the learned scorer, or the page's outlet
and copyright lines — and counted as right (the gold lists it) or spurious.  The gold's organisations the draft
misses are counted by their shape (institutional word, acronym, one word, several words without one).

The tracing wraps the finders ``briefkit.extract.entities`` calls (read-only: the output is unchanged), so it runs
on older source trees too.  ``--at-gathering`` scores each held-back batch with the code of the commit it was
gathered on (the parent of the commit that added its gold), which had never seen it: the calibration a user's
unseen page gets (see ``guess_calibration.py``, whose trees it reuses).

    python benchmarks/org_calibration.py [--only PREFIX …] [--list]
    python benchmarks/org_calibration.py --at-gathering a44- a45- j45- a46- [--list]

Measured at stop 47 (a44-, a45-, j45-, a46-: 48 pages, 97 gold organisations; a41-/a42- code no longer runs with
these scripts), right/spurious by finder with the gathering-time code: the institutional-word shape 28/4, the
Chinese segmenter 21/9, the Chinese known bodies 7/1, cues 3/1, every other finder 13/1; missed 25 (13 Chinese
names, 3 with an institutional word, 2 acronyms, 7 of several words without one).  The shape's spurious names were
a weak word's name cut short ("The Australian Financial" of "… Review"), a place ("District of Columbia") and a
ministry written twice ("Finance Ministry" beside "Ministry of Finance"): each dropped since, as a kind, with the
development set's drafts read for every change.  Pooled: gathering-time code .82/.74 precision/recall, stop 47's
final code .86/.75.
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from corpus import ARTICLES, articles_in
from extract_eval import _same_org, extract_article, scored
from guess_calibration import at_gathering, print_counts

# the patterns of english_shapes, in the order it tries them (names of briefkit.extract.orgshapes)
_SHAPES = ("ORG", "ORG_FR", "DEFINED", "OUTLET_SAID", "ACRONYM_LIST", "SHARES", "APPOSITION", "ROLE_OF",
           "ROLE_AFTER", "VIA", "APPOSITION_AFTER", "LISTED", "KNOWN_AS", "TITLED")
# finders entities.py calls: (name in its namespace, kind); each returns names or adds them to a dict
_FINDERS = (("english_shapes", "shape"), ("role_bodies", "roles"), ("add_english_cues", "cues"),
            ("add_speakers", "speaker"), ("add_actors", "actor"), ("cited_bodies", "cited"),
            ("add_list_mates", "listmate"), ("known_bodies", "known"), ("known_chinese_bodies", "known_zh"),
            ("listed_firms_zh", "firms_zh"))
_TRACE: dict[str, str] = {}
_STATE = {"title": False}


def _record(names: Any, kind: str) -> None:
    """Note each name's first finder (a title's finds are the title's)."""
    for name in names:
        _TRACE.setdefault(name, "title" if _STATE["title"] else kind)


def _wrap(function: Callable[..., Any], kind: str) -> Callable[..., Any]:
    """``function`` unchanged, noting what it returns or adds to the dict it is given."""
    def traced(*args: Any, **kwargs: Any) -> Any:
        found = next((a for a in args if isinstance(a, dict)), None)
        before = set(found) if found is not None else set()
        result = function(*args, **kwargs)
        if found is not None:
            _record([n for n in found if n not in before], kind)
        elif isinstance(result, tuple):  # role_bodies: (names, defined acronyms)
            _record(result[0], kind)
        elif result is not None:
            _record(list(result), kind)
        return result
    return traced


def _outlet(function: Callable[..., Any]) -> Callable[..., Any]:
    """``with_outlet`` unchanged, noting the names it adds (the page's outlet or a copyright line's holder)."""
    def traced(organisations: list[Any], *args: Any, **kwargs: Any) -> Any:
        result = function(organisations, *args, **kwargs)
        _record([o.name for o in result[len(organisations):]], "outlet")
        return result
    return traced


def _install() -> None:
    """Wrap the finders of the tree ``briefkit`` is imported from."""
    from briefkit.extract import entities, orgmodel

    for attr, kind in _FINDERS:
        if hasattr(entities, attr):
            setattr(entities, attr, _wrap(getattr(entities, attr), kind))
    zh = importlib.import_module("briefkit.extract.entities_zh")
    zh.chinese_organisations = _wrap(zh.chinese_organisations, "segmenter_zh")
    extract = importlib.import_module("briefkit.extract")
    extract.with_outlet = _outlet(extract.with_outlet)  # type: ignore[attr-defined]
    organisations = entities._organisations

    def titled(text: str, language: str, title: bool = False) -> Any:
        _STATE["title"] = title
        try:
            return organisations(text, language, title)
        finally:
            _STATE["title"] = False
    entities._organisations = titled
    extend = orgmodel.extend

    def scorer(text: str, found: list[Any], keep: Any) -> Any:
        result = extend(text, found, keep)
        _record([o.name for o in result[len(found):]], "scorer")
        return result
    orgmodel.extend = scorer


def _shape_kind(name: str, text: str) -> str:
    """Which pattern of english_shapes finds ``name`` in ``text`` (the first in its order)."""
    from briefkit.extract import orgshapes

    for attr in _SHAPES:
        pattern = getattr(orgshapes, attr, None)
        if pattern is not None and any(name in m.group(0) for m in pattern.finditer(text)):
            return "shape:" + attr.lower()
    return "shape:other"


def _kind(name: str, text: str) -> str:
    """The finder behind a name the draft gives (the one that found it, or one it was cut from)."""
    kind = _TRACE.get(name) or next((k for n, k in _TRACE.items() if name in n or n in name), None)
    if kind is None:
        return "acronym" if name.isupper() and " " not in name else "other"
    return _shape_kind(name, text) if kind == "shape" else kind


def _miss_kind(name: str) -> str:
    """A missed name's shape."""
    from briefkit.extract.orgshapes import ORG

    if ORG.search(name):
        return "miss:orgword"
    if name.replace(".", "").isupper():
        return "miss:acronym"
    return "miss:oneword" if " " not in name else "miss:words"


def calibrate(only: list[str] | None, table: Counter[tuple[str, str]], listed: list[str]) -> None:
    """Count each page's organisations into ``table`` by finder and outcome (and name them in ``listed``)."""
    _install()
    yaml = YAML(typ="safe", pure=True)
    for path in articles_in(ARTICLES):
        if only and not path.name.startswith(tuple(only)):
            continue
        want = yaml.load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        if not scored(want, "organisations"):
            continue
        _TRACE.clear()
        brief, _ = extract_article(path)
        text = path.read_text(encoding="utf-8", errors="replace")
        gold = want.get("organisations") or []
        for entity in brief.organisations:
            kind = _kind(entity.name, text)
            outcome = "right" if any(_same_org(g, entity.name) for g in gold) else "spurious"
            table[(kind, outcome)] += 1
            listed.append(f"  {kind:22} {outcome:8} {path.name[:40]:40} {entity.name}")
        for name in gold:
            if not any(_same_org(name, e.name) for e in brief.organisations):
                table[(_miss_kind(str(name)), "missing")] += 1
                listed.append(f"  {_miss_kind(str(name)):22} {'missing':8} {path.name[:40]:40} {name}")


def _print(table: Counter[tuple[str, str]], listed: list[str]) -> None:
    print(f"{'kind':24}{'right':>8}{'spurious':>10}{'missing':>9}   right share")
    for kind in sorted({k for k, _ in table}):
        right, spurious, missing = (table[(kind, o)] for o in ("right", "spurious", "missing"))
        share = f"{right / (right + spurious):.2f}" if right + spurious else "—"
        print(f"{kind:24}{right:>8}{spurious:>10}{missing:>9}   {share:>11}")
    right, spurious = (sum(n for (_, o), n in table.items() if o == x) for x in ("right", "spurious"))
    missing = sum(n for (_, o), n in table.items() if o == "missing")
    print(f"{'all':24}{right:>8}{spurious:>10}{missing:>9}   precision {right / max(1, right + spurious):.2f}"
          f" recall {right / max(1, right + missing):.2f}")
    print("\n".join(listed))


def _pooled(prefixes: list[str], show: bool) -> None:
    """The batches' counts, each scored with the code it was gathered on, pooled into one table."""
    counts, listed = at_gathering(Path(__file__).name, prefixes, show)
    _print(Counter({(k[0], k[1]): n for k, n in counts.items()}), listed)


def main() -> None:
    """Print the table (and with ``--list`` every organisation behind it)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", metavar="PREFIX",
                        help="score only the pages whose file name starts with one of the PREFIXes")
    parser.add_argument("--list", action="store_true", help="name every organisation counted")
    parser.add_argument("--at-gathering", nargs="+", metavar="PREFIX",
                        help="score these held-back batches with the code each was gathered on")
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)  # one batch's counts, for --at-gathering
    args = parser.parse_args()
    if args.at_gathering:
        _pooled(args.at_gathering, args.list)
        return
    table: Counter[tuple[str, str]] = Counter()
    listed: list[str] = []
    calibrate(args.only, table, listed)
    if args.raw:
        print_counts(table, listed if args.list else [])
        return
    _print(table, listed if args.list else [])


if __name__ == "__main__":
    main()
