"""Kinds of number seen on the a40- batch and probed in general: a site's feed of stamped links, the span a sum is
spread over, a company's reporting period, a percent in hyphenated words, Chinese basis points, the "trn" and
"bil" abbreviations, and an age bound after a word for people.

Sentences go through ``sentence_figures``; the feed, which needs a page's run of lines, through
``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.extract.figures import sentence_figures
from briefkit.extract.furniture import is_stamped_heading
from conftest import drafted


def _values(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in sentence_figures(text)]


def test_a_feed_of_stamped_links_gives_no_figures(tmp_path: Path) -> None:
    page = ("Copper output at a made-up mine\n\n"
            "  • 2 hours Why Copper Prices Jumped 12% This Week\n"
            "  • 3 days Miners Plan $4 billion Expansion\n"
            "  • 6 days The Quiet Boom In Zinc\n\n"
            "The mine produced 240,000 tonnes of copper last year, up 8% on the year before.\n")
    brief = drafted(tmp_path, page)
    values = {f.value for f in brief.figures}
    assert {240000.0, 8.0} <= values
    assert not values & {2.0, 3.0, 12.0, 4e9}


@pytest.mark.parametrize(("line", "stamped"), [
    ("4 days “What’s In Store For Europe In 2024?”", True),
    ("• 17 hours Rail Strike Called Off", True),
    ("5 Days That Shook The Markets", False),  # a heading's own words, its unit in capitals
    ("3 days ago the council met", False),
])
def test_a_stamped_link_line(line: str, stamped: bool) -> None:
    assert is_stamped_heading(line) is stamped


@pytest.mark.parametrize("text", [
    "Councils will receive £2.1billion over three years to repair roads.",
    "The bank has lent over $9bn to Ghana in 4 years.",
    "The retailer reported its results for the 52 weeks to 3 March 2024.",
])
def test_the_span_a_sum_or_a_result_covers_is_no_duration(text: str) -> None:
    assert not [v for v in _values(text) if v[1] in {"years", "weeks"}]


def test_a_term_stays_a_duration() -> None:
    assert (3.0, "years") in _values("The strike lasted for three years.")


def test_a_percent_in_hyphenated_words() -> None:
    values = _values("Inflation should stay within the target of three-percent to five-percent next year.")
    assert (3.0, "%") in values and (5.0, "%") in values


def test_chinese_basis_points() -> None:
    assert _values("央行宣布加息25個基點。")[0] == (0.25, "percentage points")
    assert _values("降息50个基点。")[0] == (0.5, "percentage points")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The budget deficit widened to N3.4trn this year.", 3.4e12, "NGN"),
    ("The state will spend RM2.5bil on roads.", 2.5e9, "MYR"),
])
def test_trn_and_bil(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize("text", [
    "Entry costs $15 for adults and is free for children under 5.",
    "Boosters are offered to people over 75 first.",
    "Workers younger than 21 earn the lower rate.",
])
def test_an_age_bound_after_people_is_no_figure(text: str) -> None:
    assert all(v[1] is not None and v[1] != "count" for v in _values(text))


def test_over_a_count_stays_a_figure() -> None:
    assert (40.0, "charities") in _values("The fund helps over 40 charities.")


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Operating profit was c.£40m, up c. 12% on the year.", 4e7, "GBP"),
    ("Operating profit was c.£40m, up c. 12% on the year.", 12.0, "%"),
    ("The shares closed up c2.5% on the day.", 2.5, "%"),
])
def test_circa_reads_as_about(text: str, value: float, unit: str) -> None:
    figures = [f for f in sentence_figures(text) if (f.value, f.unit) == (value, unit)]
    assert figures and figures[0].qualifier == "about"


def test_a_letter_c_before_a_bare_number_is_no_circa() -> None:
    assert _values("Clause c3 of the contract applies.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("全年旅客周转量完成12345万人公里，同比增长3.2%。", "人公里"),
    ("货物周转量完成8765万吨公里。", "吨公里"),
    ("兴建10万吨仓储项目和50万平米厂房。", "平米"),
])
def test_chinese_compound_units(text: str, unit: str) -> None:
    assert unit in [v[1] for v in _values(text)]


def test_a_floor_of_an_address_is_no_figure() -> None:
    assert _values("座谈会在县政府5楼会议室召开。") == []
    assert (12.0, "栋") in _values("新建住宅楼12栋。")


@pytest.mark.parametrize("text", [
    "Posted by the editor | 27 comments | 4 min read",
    "Published 9:05 am, May 2nd, 2024 - 8 comments",
])
def test_a_counter_segment_of_page_furniture(text: str) -> None:
    assert _values(text) == []


def test_comments_a_story_counts_stay() -> None:
    assert (1400.0, "comments") in _values("The council received 1,400 comments on the draft plan.")


def test_a_record_word_before_a_count_of_times() -> None:
    assert (11.0, "times") in _values("The central bank has tightened its policy 11 times in a year and a half.")
    assert _values("Quote policy 12345 when you call.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("The minister pledged one billion pounds for flood defences.", "GBP"),
    ("A million pounds was donated to the hospice.", "GBP"),
    ("The council pledged 300 pounds to each club.", "GBP"),
    ("The mine produced a billion pounds of copper.", "lb"),
    ("The calf weighed a thousand pounds.", "lb"),
])
def test_pounds_in_words_and_money_verbs(text: str, unit: str) -> None:
    assert _values(text)[0][1] == unit


def test_table_cells_side_by_side_are_not_one_number() -> None:
    values = [v for v, _ in _values("Revenue 14,215 13,907 862 731 Operating profit 3,118 2,964")]
    assert 862731.0 not in values and 14215.0 in values


@pytest.mark.parametrize(("text", "value"), [
    ("Output rose to 711 515 t from 708 000 t.", 711515.0),
    ("Unemployment rose by 48 000 to 1,234,000.", 48000.0),
])
def test_thousands_grouped_by_spaces_stay_one_number(text: str, value: float) -> None:
    assert value in [v for v, _ in _values(text)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("基本工資調升至月薪新台幣2萬3100元。", 23100.0, "TWD"),
    ("共有2万3500人参加活动。", 23500.0, "人"),
])
def test_chinese_ten_thousands_with_the_units_below(text: str, value: float, unit: str) -> None:
    assert _values(text) == [(value, unit)]


def test_a_time_word_is_no_counted_noun() -> None:
    assert _values("The peso fell against the dollar, from 17.20 then to 20.30 now.") == [(17.2, None), (20.3, None)]


def test_a_hong_kong_rate_in_li_is_a_percent() -> None:
    assert _values("兩大發鈔行將最優惠利率維持在5.375厘不變。") == [(5.375, "%")]


def test_a_spaced_chinese_ordinal_is_no_figure() -> None:
    assert _values("(第 3 季經濟成長率 1.2%)") == [(1.2, "%")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Each carving sold for Nu 2,400 at the fair.", 2400.0, "BTN"),
    ("The plan needs an estimated Frw 210 billion.", 2.1e11, "RWF"),
    ("Ethiopia's budget is Br 970 billion.", 9.7e11, "ETB"),
])
def test_more_currency_signs(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize("text", [
    "21世纪经济报道记者：我们注意到。",
    "110至112年國際油價大幅上漲。",
    "1.The creation of a new ministry.",
])
def test_centuries_taiwanese_years_and_glued_item_numbers(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize("text", [
    "3- The Minister of Finance opened the meeting.",
    "Fire-kills-dozens-in-cityApril 12, 2019 - Firefighters worked through the night.",
    "Updated: 7 hours 45 min ago",
    "Most staff expect a retirement age at 62.",
    "Trains on the line n°7 were halted.",
])
def test_item_numbers_glued_dates_stamps_ages_and_number_signs(text: str) -> None:
    assert _values(text) == []


def test_a_span_at_a_sentence_start_keeps_its_first_end() -> None:
    assert (5.0, "people") in [(v, (u or "").split()[0] if u else u) for v, u in _values("5 - 10 people came.")]


def test_a_two_digit_year_opening_a_clause_is_no_duration() -> None:
    assert not [v for v in _values("18年以来,全区社会消费品零售总额每月保持增长。") if v[1] == "年"]
    assert not [v for v in _values("今年一季度，19年以來首次出現負增長。") if v[1] == "年"]
    # a length of time stays one
    assert (12.0, "年") in _values("全区粮食产量连续12年保持稳定。")


@pytest.mark.parametrize(("text", "label"), [
    ("SPRINGFIELD -- Prices paid by local shoppers jumped 6% in May from a year earlier.", "Prices paid by local"),
    ("RIVERTON, ATLANTIS (AP) — Riverton's economy grew 3.1% last year.", "Riverton's economy grew"),
    ("ATLANTIS’S annual inflation rate rose to 4.2 percent in May.", "Atlantis’s annual inflation rate"),
])
def test_a_ledes_dateline_or_capitals_make_no_label(text: str, label: str) -> None:
    assert sentence_figures(text)[0].label.startswith(label)
