"""Numbers written in words, in English and Chinese: found where they carry a quantity, and only there."""

from __future__ import annotations

import pytest

from briefkit.extract.numbers import find_numbers
from briefkit.extract.numwords import read_words, zh_number


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("growth was five-point-two percent last year", 5.2, "%", None),
    ("unemployment fell to four point five per cent", 4.5, "%", None),
    ("Eighty-eight percent of voters agreed", 88, "%", None),
    ("a three per cent increase in the price", 3, "%", None),
    ("two million people were displaced", 2e6, None, None),
    ("nearly two million people", 2e6, None, "nearly"),
    ("half a million people fled", 5e5, None, None),
    ("a quarter of a million homes", 2.5e5, None, None),
    ("two and a half million dollars", 2.5e6, "USD", None),
    ("some two hundred people attended", 200, None, "some"),
    ("three hundred and fifty workers were laid off", 350, None, None),
    ("the firm hired 146-thousand workers", 146e3, None, None),
    ("more than a million visitors", 1e6, None, "more than"),
    ("a quarter of the budget", 25, "%", None),
    ("One in three children is poor", 33.33, "%", None),
    ("the bank cut rates by half a percentage point", 0.5, "percentage points", None),
    ("a hike of just over quarter of a percentage point", 0.25, "percentage points", "just over"),
    ("a quarter-point cut", 0.25, "percentage points", None),
    ("two point five million people", 2.5e6, None, None),
    ("nearly two-fifths of adults", 40, "%", "nearly"),
    ("a tenth of children", 10, "%", None),
    ("1 in 5 adults smoke", 20, "%", None),
    ("One in 10 children", 10, "%", None),
    ("three out of four voters", 75, "%", None),
    ("Almost one in four households", 25, "%", "almost"),
])
def test_number_words_with_a_quantity(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    (found,) = [q for q in find_numbers(text) if not q.is_year]
    assert found.value == pytest.approx(value, rel=1e-3) and found.unit == unit and found.qualifier == qualifier
    assert found.display in text


@pytest.mark.parametrize("text", [
    "one of the men said it was the first time", "he was the second speaker on one day",
    "two men and three women", "a hundred reasons to stay", "a one in a million chance",
    "the first half of the year", "in the second quarter", "one and two", "thousands of people",
    "millions of dollars", "Tales of One Thousand and One Nights", "I have told you a million times",
    "a billion miles away",
])
def test_number_word_idioms_are_no_quantities(text: str) -> None:
    assert [q for q in find_numbers(text) if not q.is_year] == []


@pytest.mark.parametrize(("words", "value"), [
    ("ninety-nine", 99), ("a hundred and ten", 110), ("two million three hundred thousand", 2.3e6),
    ("twenty one", 21), ("five point two", 5.2),
])
def test_reading_words(words: str, value: float) -> None:
    read = read_words(words)
    assert read is not None and read[0] == pytest.approx(value)


@pytest.mark.parametrize("words", ["one two", "twenty thirty", "point five", "one and two"])
def test_words_that_are_no_one_number(words: str) -> None:
    assert read_words(words) is None


@pytest.mark.parametrize(("numeral", "value"), [
    ("三万亿", 3e12), ("三千亿", 3e11), ("一亿两千万", 1.2e8), ("一万二千", 12000), ("十五万", 150000),
    ("百万", 1e6), ("二十五", 25), ("十二点五", 12.5), ("两万", 20000),
])
def test_chinese_numerals(numeral: str, value: float) -> None:
    assert zh_number(numeral) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("GDP达到91.3万亿元", 91.3e12, "CNY", None),
    ("共投入资金五千万元", 5e7, "CNY", None),
    ("惠及两万户家庭", 2e4, None, None),
    ("收入超过三千亿元", 3e11, "CNY", "超过"),
    ("降低了五个百分点", 5, "percentage points", None),
    ("失业率下降0.3个百分点", 0.3, "percentage points", None),
    ("同比增长百分之十二点五", 12.5, "%", None),
    ("全国近四成企业参与", 40, "%", "近"),
    ("出口额为3.5亿美元", 3.5e8, "USD", None),
    ("同比增长5.2%", 5.2, "%", None),
    ("参加人数5千人", 5000, None, None),
    ("三分之二的企业", 66.67, "%", None),
    ("10余万人参加", 1e5, None, "over"),
    ("两千余万元", 2e7, "CNY", "over"),
    ("近万人参加", 1e4, None, "近"),
    ("出口六四〇．五億美元", 640.5e8, "USD", None),
    ("年增五十六％", 56, "%", None),
    ("年增三十四．一％", 34.1, "%", None),
    ("合占總出口比重達7成4", 74, "%", None),
    ("十二点五万人", 1.25e5, None, None),
    ("換算成新台幣為2兆736億元", 2.0736e12, "TWD", None),
])
def test_chinese_quantities(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    (found,) = [q for q in find_numbers(text) if not q.is_year]
    assert found.value == pytest.approx(value, rel=1e-3) and found.unit == unit and found.qualifier == qualifier


def test_chinese_range_with_units_keeps_both_ends() -> None:
    assert [(q.value, q.unit) for q in find_numbers("给予3萬元-5萬元的资金支持")] == [(3e4, "CNY"), (5e4, "CNY")]


@pytest.mark.parametrize("text", ["一是加强管理，二是提高效率", "这十分重要", "千万不要放弃", "成为第一", "5千米长跑",
                                  "亿万人民", "几十万人参加", "数百万人", "上万人参加", "成千上万人", "二〇二四年"])
def test_chinese_words_that_are_no_quantities(text: str) -> None:
    assert all(q.value < 100 for q in find_numbers(text))  # "5千米" is five kilometres, not 5,000


def test_in_every_is_no_share_before_a_time_unit() -> None:
    assert all(q.unit != "%" for q in find_numbers("it arrived 5 in 10 minutes"))
