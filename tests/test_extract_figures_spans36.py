"""Spans and lists that write their unit once, and units written in short forms: "two to four percent" and
"between three and five per cent" (both ends are percentages), "5至10年" (both ends are years), "1.2个、0.5个百分点"
(both members are points), "0.1 p.p. of GDP" (points) and "1个多小时" (over an hour, a length of time, no count of
个); a prison term in Chinese numerals ("有期徒刑两年半", "七年零三个月": a length of time in years); a reach or a
streak in Chinese numerals ("近八年", "连续五年"); growth by times in words ("grew by more than five times", a
multiplier); and a one-letter sign of money ("R25") on a page whose other sums
write it as money.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"
ZH_HEAD = "一篇为一种数字编写的示例文章\n\n"


def _figures(tmp_path: Path, body: str, head: str = HEAD) -> set[tuple[float, str | None]]:
    return {(round(f.value, 4), f.unit) for f in drafted(tmp_path, head + body + "\n").figures}


@pytest.mark.parametrize(("body", "expected"), [
    ("Inflation stayed inside the central bank's two to four percent band all year, the bank said.",
     {(2.0, "%"), (4.0, "%")}),
    ("Analysts expect growth of between three and five per cent next year, the survey found.",
     {(3.0, "%"), (5.0, "%")}),
])
def test_a_span_in_words_gives_its_unit_to_both_ends(tmp_path: Path, body: str,
                                                      expected: set[tuple[float, str]]) -> None:
    assert expected <= _figures(tmp_path, body)


def test_a_fraction_after_and_is_one_number_not_a_span(tmp_path: Path) -> None:
    # "two and three-quarter" reads as one number with a fraction: never a span of two and three
    values = {v for v, _ in _figures(tmp_path, "The lender cut its rate by two and three-quarter percent on Monday.")}
    assert not values & {2.0, 3.0}


def test_points_written_p_p(tmp_path: Path) -> None:
    found = _figures(tmp_path, "The deficit narrowed by 0.4 p.p. of GDP in the first quarter, the council said.")
    assert (0.4, "percentage points") in found


@pytest.mark.parametrize(("body", "expected"), [
    ("今年前三季度,全市增速分别高于全国、全省1.4个、0.6个百分点。",
     {(1.4, "percentage points"), (0.6, "percentage points")}),
    ("两项指标分别提高0.3个和0.7个百分点。", {(0.3, "percentage points"), (0.7, "percentage points")}),
])
def test_a_chinese_list_of_points_writes_the_measure_word_each_time(tmp_path: Path, body: str,
                                                                    expected: set[tuple[float, str]]) -> None:
    assert expected <= _figures(tmp_path, body, ZH_HEAD)


def test_a_chinese_list_keeps_a_counted_member_apart(tmp_path: Path) -> None:
    # "3个企业" counts firms: the points at the list's end are not its unit
    found = _figures(tmp_path, "去年新增3个企业和2个百分点的增幅。", ZH_HEAD)
    assert (3.0, "percentage points") not in found


def test_a_chinese_span_gives_its_unit_to_the_first_end(tmp_path: Path) -> None:
    found = _figures(tmp_path, "该院去年共判处6至8年有期徒刑的被告人45人。", ZH_HEAD)
    assert (6.0, "年") in found and (6.0, "人") not in found


def test_over_an_hour_in_chinese_is_a_length_of_time(tmp_path: Path) -> None:
    found = _figures(tmp_path, "新线开通前,两地往返需要2个多小时,开通后只需40分钟。", ZH_HEAD)
    units = {u for v, u in found if v == 2.0}
    assert units and all(u is not None and "小时" in u for u in units)


def test_a_span_in_words_is_one_measure_with_one_label(tmp_path: Path) -> None:
    figures = drafted(tmp_path, HEAD + "Inflation stayed inside the central bank's two to four percent band, the bank "
                                       "said.\n").figures
    labels = {f.label for f in figures if f.value in {2.0, 4.0}}
    assert len(labels) == 1 and not any(label.lower().endswith("two") for label in labels)


def test_a_short_sum_takes_the_sign_the_page_writes_as_money(tmp_path: Path) -> None:
    # "R20" alone could name a road; on a page that prices petrol at "R21.35 a litre" it is rands
    body = ("The new tariff will push the price of a bus ticket to above R25 in most towns.\n\n"
            "A return trip now costs R21.35 on the main routes, the operator said.")
    assert (25.0, "ZAR") in _figures(tmp_path, body)


def test_a_one_letter_sign_alone_names_a_road(tmp_path: Path) -> None:
    body = "Traffic on the R25 was slow all morning after the crash, police said.\n\nNo one was hurt."
    assert 25.0 not in {v for v, _ in _figures(tmp_path, body)}


@pytest.mark.parametrize(("body", "value"), [
    ("法院以诈骗罪判处被告人有期徒刑两年半,并处罚金。", 2.5),
    ("该男子被判处七年零三个月有期徒刑,其同伙另案处理。", 7.25),
    ("法院判处被告人有期徒刑四年。", 4.0),
])
def test_a_chinese_prison_term_is_a_length_of_time(tmp_path: Path, body: str, value: float) -> None:
    found = _figures(tmp_path, body, ZH_HEAD)
    assert (value, "年") in found


@pytest.mark.parametrize(("body", "value"), [
    ("今年全省粮食产量为近八年增产最多的一年。", 8.0),
    ("全县外贸出口额连续五年保持两位数增长。", 5.0),
])
def test_a_reach_or_a_streak_in_chinese_numerals_is_a_length_of_time(tmp_path: Path, body: str,
                                                                      value: float) -> None:
    assert (value, "年") in _figures(tmp_path, body, ZH_HEAD)


@pytest.mark.parametrize("body", [
    "Excluding one-off items, the group's operating profit grew by more than five times, the company said.",
    "Online orders increased five times over the year, the retailer said.",
])
def test_growth_by_times_in_words_is_a_multiplier(tmp_path: Path, body: str) -> None:
    assert (5.0, "times") in _figures(tmp_path, body)


def test_a_frequency_in_words_is_no_multiplier(tmp_path: Path) -> None:
    # "rose three times a year": how often, not how much
    assert not {v for v, _ in _figures(tmp_path, "Fares rose three times a year under the old contract.")} & {3.0}


def test_a_change_and_the_level_it_reaches_are_no_span(tmp_path: Path) -> None:
    # "rise by £64 to £1,210": the rise and the new level, two measures with two labels
    figures = drafted(tmp_path, HEAD + "The regulator said the cap on bills could rise by £64 to £1,210 from "
                                       "October, it said.\n").figures
    labels = {f.value: f.label for f in figures}
    assert labels[64.0] != labels[1210.0]
