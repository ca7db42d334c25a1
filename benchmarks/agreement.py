"""How often two careful readers write the same metadata for the blind set.

Reader A is the gold of ``benchmarks/articles/fresh/NAME.expected.yaml``; reader B is the second,
independent reading in ``benchmarks/articles/fresh/second/NAME.yaml``, written from the article alone
and by the same written conventions (``benchmarks/articles/README.md``), without seeing A. For
``title``, ``date``, ``source``, ``authors`` and ``editors`` it scores B against A with the very
comparison functions ``extract_eval.py`` scores the extractor with (``_scalar``, ``_list``,
``_same_source``, ``_norm``), so the figures sit on the same scale as the extractor's: precision is
the share of B's answers that A also gives, recall the share of A's answers that B also gives.

It also counts, per field, the articles where the two readings differ (one null and the other not
counts as a difference; both null, or both lists empty, as agreement) and those where both readers
left the field empty, which precision and recall cannot see. Only counts are printed, never article
names or values: the fresh set stays blind for whoever reads the output. It runs no extractor.

    python benchmarks/agreement.py
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from corpus import ARTICLES, articles_in
from extract_eval import Score, _list, _norm, _same_source, _scalar

FRESH = ARTICLES / "fresh"
SECOND = FRESH / "second"
SCALARS = ("title", "date", "source")
LISTS = ("authors", "editors")


def _same_text(a: Any, b: Any) -> bool:
    """The equality ``extract_eval`` uses for titles, dates and names."""
    return _norm(a) == _norm(b)


def _load(path: Path) -> dict[str, Any]:
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def _names(value: Any) -> list[str]:
    return [str(x) for x in value or []]


def _scalar_differs(a: Any, b: Any, same: Callable[[Any, Any], bool]) -> bool:
    if a is None or b is None:
        return (a is None) != (b is None)
    return not same(a, b)


def _list_differs(a: list[str], b: list[str]) -> bool:
    # one-to-one matching as extract_eval does: any unmatched name on either side is a difference
    probe = Score()
    _list(probe, a, b, _same_text)
    return not (probe.hits_p == len(b) and probe.hits_r == len(a))


def main() -> None:
    """Score reader B against reader A per field and print counts only."""
    scores = {name: Score() for name in (*SCALARS, *LISTS)}
    differ = dict.fromkeys(scores, 0)
    empty = dict.fromkeys(scores, 0)
    compared = dict.fromkeys(scores, 0)
    articles = articles_in(FRESH)
    missing = 0
    for article in articles:
        second = SECOND / f"{article.stem}.yaml"
        if not second.exists():
            missing += 1
            continue
        a, b = _load(article.with_suffix(".expected.yaml")), _load(second)
        for key in SCALARS:
            if key == "source" and "source" not in a:
                continue  # extract_eval scores source only where the gold has the key
            same = _same_source if key == "source" else _same_text
            want, got = a.get(key), b.get(key)
            _scalar(scores[key], want, got, same)
            compared[key] += 1
            differ[key] += _scalar_differs(want, got, same)
            empty[key] += want is None and got is None
        for key in LISTS:
            want_list, got_list = _names(a.get(key)), _names(b.get(key))
            _list(scores[key], want_list, got_list, _same_text)
            compared[key] += 1
            differ[key] += _list_differs(want_list, got_list)
            empty[key] += not want_list and not got_list
    print(f"fresh set: {len(articles)} articles, {len(articles) - missing} with a second reading "
          f"(reader A = first gold, the reference; reader B = second reading)")
    print(f"{'field':<14} {'precision':>9} {'recall':>7} {'B given':>10} {'A given':>9} "
          f"{'compared':>9} {'differ':>7} {'both empty':>11}")
    for key, score in scores.items():
        print(f"{score.row(key)} {compared[key]:>9} {differ[key]:>7} {empty[key]:>11}")


if __name__ == "__main__":
    main()
