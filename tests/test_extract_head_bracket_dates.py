"""An archive's publication date in square brackets after a headline ("… [September 05 2011]") is no part of the
title; a bracketed year alone may be the title's own and stays."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract import extract_article
from briefkit.extract.headclean import clean


def test_a_bracketed_date_after_the_headline_is_cut(tmp_path: Path) -> None:
    path = tmp_path / "archive.txt"
    path.write_text("Export earnings expand sharply [March 07 2012]\n\nThe export earnings during the first quarter "
                    "expanded by 54 percent to 2.7 billion dollars, the central bank said on Monday.\n",
                    encoding="utf-8")
    assert extract_article(path)[0].meta.title == "Export earnings expand sharply"


def test_a_bracketed_year_alone_stays() -> None:
    assert clean("Annual Report [2011]") == "Annual Report [2011]"
