"""Pinyin readings a copied page left after its characters ("國家統(tǒng)計局") are dropped when the article is read,
so names, labels and every product read as the page shows them; a gloss of a whole word stays."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import extracted, page_article

from briefkit.readers.ruby import without_ruby

_PAGE = ("國家統(tǒng)計局13日公布的數(shù)據(jù)顯示,5月份,我國社會消費(fèi)品零售總額同比增長21.6%。\n\n"
         "其中,城市消費(fèi)品零售額5947億元,同比增長22.3%;鄉(xiāng)村消費(fèi)品零售額2757億元,同比增長20.1%。\n\n"
         "國家統(tǒng)計局新聞發(fā)言人表示,消費(fèi)市場持續(xù)恢復(fù)。\n")


def test_readings_after_characters_are_dropped() -> None:
    assert without_ruby("國家統(tǒng)計局13日公布的數(shù)據(jù)") == "國家統計局13日公布的數據"
    assert without_ruby("價（jià）格") == "價格"  # full-width brackets too


def test_a_gloss_or_a_bracket_without_a_tone_stays() -> None:
    for text in ("饺子 (jiǎozi)", "价(jiage)", "第一(a)项", "GDP (gǔ)"):
        assert without_ruby(text) == text


def test_the_article_reads_without_readings(tmp_path: Path) -> None:
    article = page_article(tmp_path, _PAGE)
    assert "(" not in " ".join(b.text for b in article.blocks)
    brief = extracted(tmp_path, _PAGE)[0]
    assert "國家統計局" in [o.name for o in brief.organisations]
    assert all("(" not in f.label for f in brief.figures)
