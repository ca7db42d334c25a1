"""The extraction benchmark's scoring of heads-only gold files (``heads_only: true``).

A heads-only gold file gives a page's title, date, source, authors and editors but no figures or
organisations: those fields must not be scored for it, or every figure the extractor finds would count
as a false find.  A full gold file keeps its convention: an absent key it always answers means "none".
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from briefkit.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
PAGE = ("Port of Ardmore handles record cargo\n\nBy Jane Smith\n\nMarch 5, 2021\n\n"
        "The Ardmore Port Authority said on Tuesday that the port handled 4.2 million tonnes of cargo last year, "
        "up 12% on the year before, and that the Harbour Workers Union had agreed a new pay deal.\n\n"
        "The authority plans to spend $30 million on a new quay over the next three years.\n")
HEAD = {"title": "Port of Ardmore handles record cargo", "date": "2021-03-05", "source": None,
        "authors": ["Jane Smith"], "editors": [], "language": "en"}


@pytest.fixture(scope="module")
def extract_eval() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import extract_eval as module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


def _score(module: Any, tmp_path: Path, want: dict[str, Any]) -> Any:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    brief, warnings = extract_article(path)
    assert brief.figures and brief.organisations  # the page has both: a full gold file would score them
    result = module.SetResult({name: module.Score() for name in module.FIELDS})
    module._evaluate(path.name, brief, warnings, want, result)
    return result


def test_heads_only_gold_scores_the_head_and_nothing_else(extract_eval: Any, tmp_path: Path) -> None:
    result = _score(extract_eval, tmp_path, {**HEAD, "heads_only": True})
    for name in ("figures", "figure values", "organisations", "places"):
        score = result.scores[name]
        assert (score.extracted, score.expected) == (0, 0), name
    assert result.spurious == 0
    assert result.scores["title"].expected == 1 and result.scores["title"].hits_r == 1
    assert result.scores["authors"].expected == 1 and result.scores["authors"].hits_r == 1
    assert "figures missed" not in result.misses[0] and "Jane Smith" in result.misses[0]


def test_heads_only_gold_leaves_out_a_head_key_it_does_not_give(extract_eval: Any, tmp_path: Path) -> None:
    want = {k: v for k, v in HEAD.items() if k != "authors"} | {"heads_only": True}
    result = _score(extract_eval, tmp_path, want)
    assert (result.scores["authors"].extracted, result.scores["authors"].expected) == (0, 0)


def test_full_gold_still_counts_absent_figures_and_authors_as_none(extract_eval: Any, tmp_path: Path) -> None:
    want = {k: v for k, v in HEAD.items() if k != "authors"}
    result = _score(extract_eval, tmp_path, want)
    assert result.scores["figures"].extracted > 0 and result.scores["figures"].expected == 0
    assert result.scores["organisations"].extracted > 0
    assert result.spurious == result.scores["figures"].extracted
    assert result.scores["authors"].extracted == 1 and result.scores["authors"].expected == 0


def test_an_outlets_app_or_initialisms_news_edition_is_the_outlet(extract_eval: Any) -> None:
    same = extract_eval._same_source
    assert same("湖滨日报客户端", "湖滨日报")
    assert same("湖濱日報客戶端", "湖濱日報")
    assert same("Lakeview Courier app", "Lakeview Courier")
    assert same("LVR", "LVR News")
    assert not same("Lakeview News", "Lakeview")  # a spelt-out name's "News" is its own word
    assert not same("湖滨日报", "湖滨晚报")


def test_a_sites_host_with_or_without_www_is_one_outlet(extract_eval: Any) -> None:
    same = extract_eval._same_source
    assert same("www.lakeview.gov.xy", "lakeview.gov.xy")
    assert same("www.LakeviewCourier.info", "LakeviewCourier.info")
    assert not same("www.lakeview.gov.xy", "harbour.gov.xy")
