"""The one filter every source of writer names goes through (:mod:`briefkit.extract.authorfilter`).

Small made-up pages: an outlet printed where a byline stands, a photographer, an interface word and a source the
body quotes are no writers; a name a credit form stated is kept, and so is what the publisher declared.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.authorfilter import WriterFilter
from briefkit.readers import Article, read_article

BODY = ("Freight volumes rose 12% in February, the port authority said in its monthly report on Monday.\n\n"
        "Mayor Tom Baker opened the new quay in May, and shipping lines have already asked for berths.\n\n"
        "\u201cWe expected the traffic, but not this soon,\u201d Baker said at the opening.\n")


def _page(tmp_path: Path, head: str) -> Article:
    path = tmp_path / "article.txt"
    path.write_text("Port volumes climb for a third month\n" + head + "\nMarch 4, 2021\n\n" + BODY, encoding="utf-8")
    return read_article(path)


def test_an_outlet_and_an_interface_word_are_no_writers(tmp_path: Path) -> None:
    article = _page(tmp_path, "By Jane Doe")
    keep = WriterFilter(article, article.head)
    assert keep.writers(["Jane Doe", "Lakeview Gazette", "Most Commented"], ["Jane Doe"]) == ["Jane Doe"]


def test_a_photographer_is_no_writer(tmp_path: Path) -> None:
    article = _page(tmp_path, "By Jane Doe\nPhoto: Sam Reed")
    keep = WriterFilter(article, article.head)
    assert keep.writers(["Jane Doe", "Sam Reed"], ["Jane Doe", "Sam Reed"]) == ["Jane Doe"]


def test_a_quoted_source_is_dropped_only_when_guessed(tmp_path: Path) -> None:
    article = _page(tmp_path, "Tom Baker")
    keep = WriterFilter(article, article.head)
    assert keep.writers(["Tom Baker"], []) == []
    assert keep.writers(["Tom Baker"], ["Tom Baker"]) == ["Tom Baker"]


def test_what_the_publisher_declared_is_kept(tmp_path: Path) -> None:
    article = _page(tmp_path, "By Lakeview Gazette")
    assert WriterFilter(article, article.head, ["Lakeview Gazette"]).writers(["Lakeview Gazette"], []) == \
        ["Lakeview Gazette"]
    assert WriterFilter(article, article.head).writers(["Lakeview Gazette"], []) == []
