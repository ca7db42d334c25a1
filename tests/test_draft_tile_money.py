"""Drafted tiles and chart headings (issue 12): a sum whose currency the extractor read as its label's last word
and kept no unit for shows no tile (it would print an amount without its money); a label cut before a date's day
("on May") or opening on a person's pronoun is cut out of a sentence; a Chinese chart of "年增" (year-on-year
growth) labels is headed by that measure.  Real figures through the real filters."""

from __future__ import annotations

from briefkit.content.model import Figure
from briefkit.draftcharts import chart_measure
from briefkit.draftview import key_tiles, label_quality


def _fig(value: float, unit: str | None, label: str, source: str) -> Figure:
    return Figure(value=value, unit=unit, label=label, source_text=source)


def test_a_sum_without_its_currency_is_no_tile() -> None:
    source = "The drive requires an estimated Frw 144 billion, and 5,600 hectares are irrigated."
    bare = _fig(144e9, None, "Requires an estimated Frw", source).model_copy(update={"display": "144 billion"})
    land = _fig(5600, "hectares", "Irrigated land", source)
    assert key_tiles([bare, land], 6) == [land]


def test_labels_cut_out_of_a_sentence() -> None:
    assert label_quality("He who the value of Export in the first week of May") == 2
    assert label_quality("Inflation in May") < 2  # a period, not a date cut before its day


def test_year_on_year_growth_heads_a_chinese_chart() -> None:
    source = "美國出口年增5%，東協訂單年增8%。"
    figs = [_fig(v, "%", label, source) for v, label in ((5, "美國出口年增"), (8, "東協訂單年增"))]
    assert chart_measure(figs) == "年增"
    # the segmenter reads "前年" (the year before last) in "春節假期前年增": the measure is still "年增"
    figs = [_fig(v, "%", label, "春節假期前年增9.7%，旅遊收入年增9.9%。") for v, label in ((9.7, "春節假期前年增"),
                                                                               (9.9, "旅遊收入年增"))]
    assert chart_measure(figs) == "年增"


def test_a_year_is_no_tile() -> None:
    source = "In the summer of 1898, a chemist found neon; 40 tubes lit the show."
    year = _fig(1898, None, "Summer", source)
    tubes = _fig(40, "tubes", "Tubes at the show", source)
    assert key_tiles([year, tubes], 6) == [tubes]


def test_chinese_labels_cut_out_of_a_sentence() -> None:
    assert label_quality("的慈悯援助金增加了") == 2
    assert label_quality("政府计划多增加30亿令吉或") == 2
    assert label_quality("旅遊收入年增") == 0


def test_a_heading_with_markup_left_in_is_numbered() -> None:
    from briefkit.draftview import names_a_theme, timeline_digest

    assert not names_a_theme("{{Agribusiness hubs lead the way")
    assert names_a_theme("Agribusiness hubs lead the way")
    assert not names_a_theme("The once-ubiquitous form of lighting was novel when it first emerged in the early "
                             "1900s, though it has since come to represent decline.")
    # a Chinese event opening on a pronoun points back: no event alone
    from briefkit.content.model import Event

    events = [Event(date="2023-07-27", event="他说，这包括于2023年7月27日推出昌明经济框架。", source_text="x"),
              Event(date="2024-01-01", event="政府于2024年推出新计划。", source_text="y"),
              Event(date="2025-01-01", event="政府于2025年增加拨款。", source_text="z")]
    assert [e.event[:2] for e in timeline_digest(events)] == ["政府", "政府"]


def test_chinese_words_ending_like_a_conjunction_stay_labels() -> None:
    assert label_quality("資料未有提及") == 0
    assert label_quality("收入总和") == 0


def test_a_date_cut_before_its_day_leaves_the_label() -> None:
    from briefkit.draftview import tile_labelled

    wage = _fig(1500, "MYR", "Minimum wage on May", "The RM1,500 minimum wage starts on May 1.")
    assert tile_labelled(wage).label == "Minimum wage"
