"""Kinds of figure miss on pages nobody tuned on (stop 30): numbers that head a list of cases, a teaser cut right
after its number, a sum written in a currency and its hundredths ("2 lei and 20 bani"), shares in words before a
comparative or "majority", the part of a tally written in words before a whole in digits, how long something has
lasted "for the past" months, multipliers in words and exchange rates in the page's currency.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"
ZH_HEAD = "一个虚构的页面\n\n"


def _figures(tmp_path: Path, body: str, head: str = HEAD) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, head + body + "\n")
    return [(round(f.value, 6), f.unit) for f in brief.figures]


def test_numbers_heading_a_list_of_cases_are_no_counts(tmp_path: Path) -> None:
    body = ("省法院发布一批典型案例。\n\n案例1 甲公司诉某区市场监管局罚款案\n\n案例2 某公司不实宣传不予处罚案\n\n"
            "案例3 某酒业公司申请行政复议案\n\n经查，甲公司等5家企业共同签署协议。")
    assert _figures(tmp_path, body, ZH_HEAD) == [(5.0, "家")]


def test_an_english_case_heading_is_no_count(tmp_path: Path) -> None:
    body = "The regulator published three rulings.\n\nCase 2: The council fined a dairy for late filings.\n"
    assert 2.0 not in [value for value, _ in _figures(tmp_path, body)]


def test_a_spaced_chinese_count_keeps_its_measure_word(tmp_path: Path) -> None:
    assert (12.0, "家") in _figures(tmp_path, "全市共有 12 家企业参加了展会。", ZH_HEAD)


def test_a_teaser_cut_after_its_number_states_nothing(tmp_path: Path) -> None:
    body = ("The court upheld the ruling on the merger. In 2015, the firm bought a stake without approval. "
            "Two years (…)\n\nThe regulator fined the firm 40,000 euros in March.")
    figures = _figures(tmp_path, body)
    assert (2.0, "years") not in figures
    assert (40000.0, "EUR") in figures


def test_a_sum_and_its_hundredths_are_one_sum(tmp_path: Path) -> None:
    body = "The ministry said wheat will sell from 2 lei and 20 bani up to 2 lei and 80 bani per kilogram."
    figures = _figures(tmp_path, body)
    assert [value for value, _ in figures] == [2.2, 2.8]
    assert {unit for _, unit in figures} == {"RON"}


def test_the_leu_of_a_moldovan_page_is_moldovas(tmp_path: Path) -> None:
    body = ("Farmers in Moldova had a good year. The Moldovan ministry said bread will cost 5 lei and 50 bani a loaf "
            "in Chisinau.")
    assert (5.5, "MDL") in _figures(tmp_path, body)


def test_dollars_and_cents_are_one_sum(tmp_path: Path) -> None:
    assert (3.75, "USD") in _figures(tmp_path, "A gallon of milk now costs 3 dollars and 75 cents at the store.")


@pytest.mark.parametrize("body", [
    "Tributes were paid to the former mayor, who has died at the age of 97 after a long illness.",
    "A child born in the region has a one in five chance of dying before the age of 5.",
])
def test_an_age_after_the_age_of_is_no_figure(tmp_path: Path, body: str) -> None:
    values = [value for value, unit in _figures(tmp_path, body) if unit != "%"]
    assert not {97.0, 5.0} & set(values)


def test_the_sites_appeal_for_money_gives_no_figure(tmp_path: Path) -> None:
    text = ("Council approves new library\n"
            "From just £2 a month you can help fund our work – and read without adverts. Become a member today\n\n"
            "The council approved a £4.5 million library on Tuesday.\n")
    values = [f.value for f in drafted(tmp_path, text).figures]
    assert 2.0 not in values and 4_500_000.0 in values


def test_a_numbered_article_in_brackets_is_no_count(tmp_path: Path) -> None:
    body = "Article (1) restructures the council of ministers, which will have 24 members."
    assert [value for value, _ in _figures(tmp_path, body)] == [24.0]


def test_chinese_per_cent_words_before_digits_make_a_percentage(tmp_path: Path) -> None:
    assert (80.0, "%") in _figures(tmp_path, "如今超过百分之80的居民居住在公共住房。", ZH_HEAD)


def test_a_place_in_a_photo_caption_is_no_count(tmp_path: Path) -> None:
    body = "董事长王明(右3)和总经理李华(左2)向读者拜年，全年共接待读者1200人。"
    assert _figures(tmp_path, body, ZH_HEAD) == [(1200.0, "人")]


@pytest.mark.parametrize(("body", "share"), [
    ("Growers picked nearly 900 tons of apples, a third more than last year.", 33.33),
    ("A two-thirds majority of the economists polled expected a cut.", 66.67),
])
def test_a_share_in_words_before_a_comparative_or_majority(tmp_path: Path, body: str, share: float) -> None:
    assert (share, "%") in _figures(tmp_path, body)


def test_the_first_half_stays_a_period(tmp_path: Path) -> None:
    assert not [u for _, u in _figures(tmp_path, "Sales rose 4% in the first half more slowly than hoped.")
                if u == "%"][1:]


def test_a_part_in_words_of_a_whole_in_digits_is_a_count(tmp_path: Path) -> None:
    values = [value for value, _ in _figures(tmp_path, "Prices fell in nine of the 34 regions surveyed in May.")]
    assert 9.0 in values and 34.0 in values


def test_how_long_a_state_has_lasted_is_a_figure(tmp_path: Path) -> None:
    body = "Core inflation has been on a rising trend for the past 10 months, the bank noted."
    assert (10.0, "months") in _figures(tmp_path, body)
    labels = [f.label for f in drafted(tmp_path, HEAD + body + "\n").figures if f.unit == "months"]
    assert labels and "rising trend" in labels[0]  # what lasted, not "Months"


@pytest.mark.parametrize("body", [
    "For the last seven days, the average number of admissions is 282 patients.",
    "Wages grew between 0.4 and 0.6 per cent a quarter for the last 13 quarters.",
])
def test_the_span_a_figure_covers_is_no_figure(tmp_path: Path, body: str) -> None:
    assert not [u for _, u in _figures(tmp_path, body) if u in {"days", "quarters"}]


def test_the_dek_under_an_other_news_lead_gives_no_figure(tmp_path: Path) -> None:
    text = ("Fuel price cut announced\n\nPetrol will cost 45 cents a litre less from Wednesday, the minister said.\n\n"
            "In other news – Fans in shock as singer claims to be single\n\n"
            "The singer got jaws dropping after revealing that she has been single for the past 4 years.\n")
    assert 4.0 not in [f.value for f in drafted(tmp_path, text).figures]


@pytest.mark.parametrize("body", [
    "Farmers raised 45,000 tons of canola this year, three times more than last year.",
    "The plan will unlock five times as much private investment by 2030.",
])
def test_a_multiplier_in_words_is_a_figure(tmp_path: Path, body: str) -> None:
    assert [unit for _, unit in _figures(tmp_path, body) if unit == "times"]


def test_a_frequency_is_no_multiplier(tmp_path: Path) -> None:
    assert not [u for _, u in _figures(tmp_path, "The council meets two times a week in the town hall.")
                if u == "times"]


def test_a_repurchase_rates_term_is_no_figure(tmp_path: Path) -> None:
    body = "The bank kept its benchmark 7-day reverse repurchase rate at 5.75% on Thursday."
    assert _figures(tmp_path, body) == [(5.75, "%")]


def test_three_quarters_of_a_year_are_a_length_of_time(tmp_path: Path) -> None:
    body = "The economy grew 4.2% in the second quarter, the fastest pace in three quarters."
    assert (3.0, "quarters") in _figures(tmp_path, body)
    assert (75.0, "%") in _figures(tmp_path, "Over three quarters of voters backed the plan.")


def test_a_rate_per_dollar_is_in_the_currency_the_page_is_about(tmp_path: Path) -> None:
    body = ("The central bank held rates steady to support the rupiah. The currency was a touch softer at 16,005 per "
            "dollar after the announcement.")
    assert (16005.0, "IDR") in _figures(tmp_path, body)


def test_a_rate_per_dollar_on_a_page_naming_no_currency_is_left_alone(tmp_path: Path) -> None:
    body = "The exchange rate stood at 63.89 to the U.S. dollar today, the bank said."
    assert (63.89, None) in _figures(tmp_path, body)


def test_points_a_converter_glossed_with_pinyin_are_percentage_points(tmp_path: Path) -> None:
    body = "7月份,食品價格同比下降1.8%,影響CPI下降約0.50個(gè)百分點(diǎn)。"
    assert (0.5, "percentage points") in _figures(tmp_path, body, "一個虛構的頁面\n\n")


@pytest.mark.parametrize(("body", "kept"), [
    ("1、校园网站发布的新闻须经审查。\n\n2、全年共发布新闻350篇。", [(350.0, "篇")]),
    ("学校在图书馆415会议室召开会议,共有30人参加。", [(30.0, "人")]),
    ("今年經濟成長率將下修至1.56%,「保2」確定失守。", [(1.56, "%")]),
    ("县里大力实施“1146”发展战略,全年引进项目12个。", [(12.0, "个")]),
])
def test_chinese_item_room_and_slogan_numbers_are_no_counts(tmp_path: Path, body: str,
                                                              kept: list[tuple[float, str]]) -> None:
    assert _figures(tmp_path, body, ZH_HEAD) == kept


@pytest.mark.parametrize(("body", "kept"), [
    ("The plan is for a data centre with a footprint of 5,474sqm on the site.", [(5474.0, "square metres")]),
    ("Press release №7. The base rate was raised to 12.0%.", [(12.0, "%")]),
])
def test_no_figure_from_part_of_a_number_or_a_numero(tmp_path: Path, body: str, kept: list[tuple[float, str]]) -> None:
    assert _figures(tmp_path, body) == kept


def test_a_copys_number_in_a_file_name_is_no_count(tmp_path: Path) -> None:
    body = "Chart#2 (1).jpgBy Jane Doe, first published in the Farm Weekly, shows 14 dairies closed."
    assert 1.0 not in [value for value, _ in _figures(tmp_path, body)]


def test_a_spaced_republic_of_china_year_is_no_figure(tmp_path: Path) -> None:
    body = "主計總處預估 114 年 10 月起電價調整推升 CPI 約 0.04 個百分點。"
    assert _figures(tmp_path, body, "一個虛構的頁面\n\n") == [(0.04, "percentage points")]
