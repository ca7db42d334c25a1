"""When the source abstains: an outlet only the story's sentences name needs a higher score than a credit, and a
Chinese paper's "this paper" dateline ("【本報台北訊】") names no outlet.

Each page is made up, in the form of its kind (none is a copy of a corpus page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract import extract_article, outletmodel
from briefkit.extract.sourcedecide import plausible
from briefkit.extract.sourcelabels import charted

ZH_PAGE = ("主计机构下修今年经济成长率预测\n\n{line}"
           "主计机构昨天公布最新经济成长率预测,受出口下调影响,今年下修至百分之一点七四。\n\n"
           "明年预测也下修至百分之二点五九,民间消费则维持成长。\n")


def _rows(*named: tuple[str, set[str]]) -> list[tuple[str, dict[str, float]]]:
    return [(name, {cue: 1.0 for cue in cues}) for name, cues in named]


def _ranked(monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, dict[str, float]]],
            scores: list[float]) -> list[tuple[float, str]]:
    # the model's scores stand in for a tagger's: the floors, not the model, are what is tested
    monkeypatch.setattr(outletmodel, "probabilities",
                        lambda _tagger, given: sorted(zip(scores, [n for n, _ in given], strict=True), reverse=True))
    return outletmodel.ranked(None, rows)


def test_an_outlet_only_a_story_sentence_names_needs_the_story_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _rows(("Lakeview Star", {"cue_told"}), ("Ridge Wire", {"cue_according", "cue_promo"}))
    below = outletmodel.STORY_GUESS - 0.05
    assert below > outletmodel.GUESS  # a score a credit line's outlet would be given at
    assert _ranked(monkeypatch, rows, [below, below - 0.01]) == []
    assert _ranked(monkeypatch, rows, [outletmodel.STORY_GUESS, below]) == [(outletmodel.STORY_GUESS,
                                                                              "Lakeview Star")]


def test_a_credit_or_a_second_kind_of_place_keeps_the_lower_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    score = outletmodel.GUESS + 0.05
    rows = _rows(("Lakeview Star", {"cue_told", "cue_copyright"}), ("Ridge Wire", {"cue_credit"}))
    assert [name for _, name in _ranked(monkeypatch, rows, [score, score - 0.01])] == ["Lakeview Star", "Ridge Wire"]
    decision = outletmodel.choose(_ranked(monkeypatch, rows, [score, score - 0.01]), None, "")
    assert (decision.name, decision.guessed) == ("Lakeview Star", True)


@pytest.mark.parametrize("name", ["本報台北", "本报北京讯", "本報訊", "本台记者"])
def test_this_papers_own_dateline_is_no_outlet(name: str) -> None:
    assert plausible(name) is None


@pytest.mark.parametrize("name", ["联合报", "中央社", "本草纲目网"])
def test_a_name_that_is_not_the_page_itself_stays(name: str) -> None:
    assert plausible(name) == name


def test_a_page_opening_on_this_papers_dateline_has_no_source(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ZH_PAGE.format(line="【本報台北訊】"), encoding="utf-8")
    brief, _ = extract_article(page)
    assert brief.meta.source is None
    # an agency's own dateline still names it
    page.write_text(ZH_PAGE.format(line="【中央社台北訊】"), encoding="utf-8")
    assert extract_article(page)[0].meta.source == "中央社"


@pytest.mark.parametrize(("line", "outlet"), [
    ("（联合早报讯）", "联合早报"),      # a paper's tag in round brackets
    ("(中央社台北訊)", "中央社"),        # with the place it files from
    ("新华社消息,", "新华社"),           # an agency's "NAME消息" as the lead's first words
    ("央视新闻消息 ", "央视新闻"),
])
def test_a_chinese_lead_tag_in_round_brackets_or_as_first_words_names_the_outlet(tmp_path: Path, line: str,
                                                                                   outlet: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ZH_PAGE.format(line=line), encoding="utf-8")
    assert extract_article(page)[0].meta.source == outlet


@pytest.mark.parametrize("line", ["（吉隆坡6日讯）", "(烟台讯)", "外交部消息,"])
def test_a_towns_own_tag_or_a_bodys_news_names_no_outlet(tmp_path: Path, line: str) -> None:
    # a place's tag ("(烟台讯)": Yantai ends as a station's name does) and a ministry's news are no paper's credit
    page = tmp_path / "page.txt"
    page.write_text(ZH_PAGE.format(line=line), encoding="utf-8")
    assert extract_article(page)[0].meta.source is None


ZH_LABELLED = ("市议会批准新水价\n\n2024-05-06{stamp}\n\n市议会周二投票通过水价上调8%的方案。\n\n"
               "{mid}市长表示,每户每月将多付约30元。\n")


@pytest.mark.parametrize("mid", ["图片来源:新华社\n\n", "数据来源:国家统计局\n\n", "圖表來源:主計總處\n\n"])
def test_a_pictures_or_a_data_tables_chinese_source_label_is_no_outlet(tmp_path: Path, mid: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ZH_LABELLED.format(stamp="", mid=mid), encoding="utf-8")
    assert extract_article(page)[0].meta.source is None
    page.write_text(ZH_LABELLED.format(stamp="", mid="资料来源:外交部驻港公署\n\n"), encoding="utf-8")
    assert extract_article(page)[0].meta.source == "外交部驻港公署"  # the story's own source label still counts


@pytest.mark.parametrize(("value", "outlet"), [("网络", None), ("互联网", None), ("综合", None), ("网友整理", None),
                                               ("综合自新华社", "新华社"), ("转自人民网", "人民网")])
def test_a_chinese_source_saying_the_text_was_gathered_names_only_an_outlet_it_names(tmp_path: Path, value: str,
                                                                                     outlet: str | None) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ZH_LABELLED.format(stamp=f" 来源:{value}", mid=""), encoding="utf-8")
    assert extract_article(page)[0].meta.source == outlet


EN_PAGE = ("Council approves new water rates for 2025\n\nMay 6, 2024\n\nThe city council voted 5-2 on Tuesday to "
           "raise water rates by 8 percent from January, citing the cost of replacing ageing pipes.\n\n{mid}Mayor "
           "Linda Carver said the increase would add about $4 a month to a typical bill.\n\nResidents asked the "
           "council to phase the increase in over two years.\n{end}")


@pytest.mark.parametrize("mid", ["Chart: water rates by city\nSource: Statistics Canada\n\n",
                                 "Table 2. Rates by city. Source: Statistics Canada\n\n"])
def test_a_charts_source_label_is_a_data_credit_not_the_outlet(tmp_path: Path, mid: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(EN_PAGE.format(mid=mid, end=""), encoding="utf-8")
    assert extract_article(page)[0].meta.source is None
    # the same label closing the story credits it
    page.write_text(EN_PAGE.format(mid="", end="\nSource: Statistics Canada\n"), encoding="utf-8")
    assert extract_article(page)[0].meta.source == "Statistics Canada"


def test_charted_needs_every_label_of_the_value_under_a_caption() -> None:
    assert charted("Statistics Canada", ["Chart: rates", "Source: Statistics Canada"])
    assert not charted("Statistics Canada", ["Chart: rates", "Source: Statistics Canada", "Source: Statistics Canada"])
    assert not charted("Statistics Canada", ["A paragraph.", "Source: Statistics Canada"])
    assert not charted("Statistics Canada", ["Nothing names it here."])


@pytest.mark.parametrize(("label", "outlet"), [("Source: Lakeview Ledger via Yahoo News", "Lakeview Ledger"),
                                               ("Source: Reuters via MSN", "Reuters")])
def test_a_source_label_naming_the_portal_it_came_through_gives_the_outlet(tmp_path: Path, label: str,
                                                                           outlet: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(EN_PAGE.format(mid="", end=f"\n{label}\n"), encoding="utf-8")
    assert extract_article(page)[0].meta.source == outlet
