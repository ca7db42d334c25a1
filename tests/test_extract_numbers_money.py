"""Money and percentages: each currency by its code, minor units, points and basis points."""

from __future__ import annotations

import pytest

from briefkit.extract.numbers import find_numbers


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("the stamp costs 3 cents more", 0.03, "USD"),
    ("a ticket for 50 euro cents", 0.5, "EUR"),
    ("shares rose 12 pence", 0.12, "GBP"),
    ("output reached CNY2.5 trillion", 2.5e12, "CNY"),
    ("exports hit 3.2 billion U.S. dollars", 3.2e9, "USD"),
    ("exports hit 3.2 billion US dollars", 3.2e9, "USD"),
    ("a loan of 4 billion Canadian dollars", 4e9, "CAD"),
    ("the state spent N2.5 billion on roads", 2.5e9, "NGN"),
    ("the grant was ₦2.5 billion", 2.5e9, "NGN"),
    ("a budget of 5 million naira", 5e6, "NGN"),
    ("a project worth Rs 500 crore", 5e9, "INR"),
    ("a subsidy of ₹40 lakh", 4e6, "INR"),
    ("a fine of KSh 2 million", 2e6, "KES"),
    ("a deal worth R1,200 per tonne", 1200, "ZAR"),
    ("the deal was worth $1.2bn", 1.2e9, "USD"),
    ("profits were £219.9million", 219.9e6, "GBP"),
    ("the fund holds NGN 3 trillion", 3e12, "NGN"),
    ("it paid 50,000 won", 5e4, "KRW"),
    ("the company paid 300 pounds in fines", 300, "GBP"),
    ("the fish weighed 300 pounds", 300, "lb"),
    ("the 163;4 billion investment", 4e9, "GBP"),
    ("Transport got N 267.1 billion", 267.1e9, "NGN"),
    ("Rs 1.49 lakh crore will be spent", 1.49e12, "INR"),
    ("a scheme of Rs 500 cr", 5e9, "INR"),
    ("petrol prices rose by 7p a litre", 0.07, "GBP"),
    ("the average price finished at 152.25p", 1.5225, "GBP"),
    ("earnings: $28.443 Mln. last year", 28.443e6, "USD"),
    ("a 1.2-trillion-yuan package", 1.2e12, "CNY"),
    ("a 500-million-euro fund", 5e8, "EUR"),
    ("GH₵5 million was spent", 5e6, "GHS"),
    ("Tk 500 crore for roads", 5e9, "BDT"),
    ("投资3.5亿美元", 3.5e8, "USD"),
    ("补贴5万元的资金", 5e4, "CNY"),
    ("收入39218元，", 39218, "CNY"),
])
def test_money(text: str, value: float, unit: str) -> None:
    (found,) = [q for q in find_numbers(text) if not q.is_year]
    assert found.value == pytest.approx(value) and found.unit == unit


@pytest.mark.parametrize("text", ["wear N95 masks", "the R2 motorway", "try 3 times", "the team 3 won",
                                  "streamed in 1080p", "PHP 8 was released"])
def test_letters_that_are_no_currency(text: str) -> None:
    assert all(q.unit is None for q in find_numbers(text))


@pytest.mark.parametrize(("text", "values", "unit"), [
    ("rates rose 25 basis points", [0.25], "percentage points"),
    ("a cut of 50 bps", [0.5], "percentage points"),
    ("up 0.3 percentage points", [0.3], "percentage points"),
    ("a 4.2-percent rise was seen", [4.2], "%"),
    ("sales rose 12pc", [12], "%"),
    ("exports fell 2.7 pct", [2.7], "%"),
    ("prices rose 3-4 percent", [3, 4], "%"),
    ("between 0.4 and 11.5 per cent", [0.4, 11.5], "%"),
    ("a comfort range of 2 per cent-4 per cent", [2, 4], "%"),
    ("the rate was cut by three quarters of a percentage point", [0.75], "percentage points"),
    ("增速分别比规模以上工业快4.6和3.1个百分点", [4.6, 3.1], "percentage points"),
    ("it rose 0.5pp and 0.3 ppt", [0.5, 0.3], "percentage points"),
    ("a 2%-point gain", [2], "percentage points"),
])
def test_percent_and_points(text: str, values: list[float], unit: str) -> None:
    found = find_numbers(text)
    assert [q.value for q in found] == pytest.approx(values) and {q.unit for q in found} == {unit}


@pytest.mark.parametrize(("text", "values", "unit"), [
    ("about 30-40 million people", [30e6, 40e6], None),
    ("it costs $5-10 billion", [5e9, 10e9], "USD"),
    ("€3–4bn more", [3e9, 4e9], "EUR"),
    ("6–7% growth", [6, 7], "%"),
    ("guidance: $1.315 to $1.325 Bln", [1.315e9, 1.325e9], "USD"),
    ("净利润在39.2-42.1百万美元之间", [39.2e6, 42.1e6], "USD"),
    ("收入3-5亿元", [3e8, 5e8], "CNY"),
])
def test_ranges_share_unit_and_scale(text: str, values: list[float], unit: str | None) -> None:
    found = find_numbers(text)
    assert [q.value for q in found] == pytest.approx(values) and {q.unit for q in found} == {unit}
    assert all(q.display in text for q in found)


def test_taiwan_trillion_is_money_only() -> None:
    (found,) = find_numbers("總花費5.75兆元")
    assert found.value == pytest.approx(5.75e12) and found.unit == "CNY"
    assert [q.value for q in find_numbers("装机5兆瓦")] == [5]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("as many as 500 people", "as many as"), ("just over 5% of homes", "just over"),
    ("an estimated 2 million people", "an estimated"), ("超1700万人次", "超"), ("高达3.5亿元", "高达"),
])
def test_more_approximations(text: str, qualifier: str) -> None:
    (found,) = find_numbers(text)
    assert found.qualifier == qualifier


def test_approximations_are_kept() -> None:
    (found,) = find_numbers("about 5 per cent of homes")
    assert found.qualifier == "about" and found.value == 5


def test_continental_decimals() -> None:
    (found,) = find_numbers("el índice cerró en 29.351,72 puntos")
    assert found.value == pytest.approx(29351.72)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("temperatures hit 40C on Tuesday", 40, "°C"), ("or 104F in the shade", 104, "°F"), ("it was 35 °C", 35, "°C"),
])
def test_temperatures(text: str, value: float, unit: str) -> None:
    (found,) = find_numbers(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value"), [("Sinopec SNP, -0.39% (HK:386), jumped", -0.39),
                                             ("GDP growth of −2.1% in 2020", -2.1),
                                             ("a loss of -$5 million", -5e6)])
def test_signed_amounts(text: str, value: float) -> None:
    (found,) = [q for q in find_numbers(text) if not q.is_year]
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["COVID -19 cases", "prices -5 and", "the 2010 - 2020 period"])
def test_a_dash_before_a_bare_number_is_no_sign(text: str) -> None:
    assert all(q.value >= 0 for q in find_numbers(text))


def test_wire_copy_drops_percent_once_said() -> None:
    text = "Exports fell 2.7 percent in March, a slower decline than the revised 6.0 contraction the month before."
    assert [(q.value, q.unit) for q in find_numbers(text)] == [(2.7, "%"), (6.0, "%")]
    assert [q.unit for q in find_numbers("The index posted a 2.5 rise.")] == [None]
