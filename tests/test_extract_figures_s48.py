"""Kinds of figure missed or made up on pages read unseen (batches a44- to a47-, j45-):

- "$" on an Australian results page that names the country only through its stock exchange or a "fully franked"
  dividend: the Australian dollar;
- a sum whose sign the copy lost ("revenue fell to 130.1m from 136.5m") on a page whose other sums are in one
  currency ("5p"): that currency;
- an exact sum in Chinese numerals whose 元 the budget copy left out ("刪除一千三百零八萬修正通過");
- an indicator's initials glued to its sum ("全市GDP437.0亿元");
- "instead of four" after "six months": 4 months;
- no figure: "eight months out from an election" (a point in time), "stuck at $7.25 an hour for five years" (the
  span a level holds), "paid in three-month installments" (a frequency), "3-star hotels" (a grade), a count of a
  quoted list ("“A、B、C、D”4个等级");
- "载客试运营满1年后" (once a full year has passed): 1 年, a required length;
- "the odds are 4 in 1000": the ratio's parts, two counts.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

from conftest import drafted_figures


def _figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return drafted_figures(tmp_path, body)


def _values(tmp_path: Path, body: str) -> set[float]:
    return {value for value, _ in _figures(tmp_path, body)}


def test_a_franked_dividend_makes_the_dollar_australian(tmp_path: Path) -> None:
    body = ("Harvest Foods said net profit after tax for the half rose to $12.4 million. It will pay a fully "
            "franked dividend of 3c a share. Its shares, listed on the ASX, rose 2 per cent.")
    found = _figures(tmp_path, body)
    assert (12400000.0, "AUD") in found
    assert not any(unit == "USD" for _, unit in found)


def test_sums_that_lost_their_sign_take_the_pages_currency(tmp_path: Path) -> None:
    body = ("The maker of floor tiles said revenue fell to 84.2m from 90.6m in the half year. "
            "The board declared an interim dividend of 3.5p per share, up from 3.1p. "
            "Cash balances rose to 41.3m, compared with 38.9m a year earlier.")
    found = _figures(tmp_path, body)
    assert {(84200000.0, "GBP"), (90600000.0, "GBP"), (41300000.0, "GBP"), (38900000.0, "GBP")} <= found


def test_a_length_glued_to_m_is_no_sum(tmp_path: Path) -> None:
    body = "The council said the new 120.5m tower would cost £40m to build."
    assert 120500000.0 not in _values(tmp_path, body)


def test_an_exact_chinese_sum_without_its_yuan(tmp_path: Path) -> None:
    body = ("市議會三讀通過明年度總預算四百二十億元。歲入預算照審查意見刪除二千六百零五萬修正通過,歲出預算刪除"
            "三千一百零八萬修正通過。")
    assert {26050000.0, 31080000.0} <= _values(tmp_path, body)


def test_an_indicators_initials_glued_to_its_sum(tmp_path: Path) -> None:
    body = "数据显示,一季度全市GDP512.3亿元,同比增长5.2%。"
    assert (51230000000.0, "CNY") in _figures(tmp_path, body)


def test_the_other_length_a_clause_compares_with(tmp_path: Path) -> None:
    body = "From next year the shelter will stay open for five months of the winter instead of three as before."
    assert {(5.0, "months"), (3.0, "months")} <= _figures(tmp_path, body)


def test_a_point_in_time_before_an_election(tmp_path: Path) -> None:
    body = "The new leader must now rely on independent members, just seven months out from an election."
    assert 7.0 not in _values(tmp_path, body)


def test_the_span_a_level_holds_is_no_length(tmp_path: Path) -> None:
    body = "The state's minimum wage has been stuck at $9.50 an hour for six years since it was last raised."
    found = _figures(tmp_path, body)
    assert (9.5, "USD") in found
    assert 6.0 not in {value for value, _ in found}


def test_installments_are_a_frequency(tmp_path: Path) -> None:
    body = "The minister said electricity bills of the affected households could be paid in four-month installments."
    assert 4.0 not in _values(tmp_path, body)


def test_a_hotels_star_grade_is_no_count(tmp_path: Path) -> None:
    body = "The largest rise in occupancy, of 9.4 percentage points, was recorded among 4-star hotels."
    assert 4.0 not in _values(tmp_path, body)


def test_a_count_of_a_quoted_list_restates_it(tmp_path: Path) -> None:
    body = "评审结论共分为“合格、基本合格、不合格”3个等级,其中“合格”为最高等级,全市共有120家单位参加评审。"
    values = _values(tmp_path, body)
    assert 3.0 not in values
    assert 120.0 in values


def test_a_full_year_of_trial_service_is_a_length(tmp_path: Path) -> None:
    body = "地铁线路一般在载客试运营满2年后,才可向主管部门申请正式运营。"
    assert 2.0 in _values(tmp_path, body)


def test_the_odds_give_both_parts_of_the_ratio(tmp_path: Path) -> None:
    body = "The survey found that the odds are 3 in 500 that a typical donor will read the whole report."
    values = _values(tmp_path, body)
    assert {3.0, 500.0} <= values
    assert 0.6 not in values


def test_a_bulletins_hundreds_of_birds(tmp_path: Path) -> None:
    body = ("2021年全县畜牧业生产保持稳定。全年生猪出栏12.5万头,同比增长5.2%;年末家禽存栏51313百羽,同比下降33.88%。\n\n"
            "全年肉类总产量3.2万吨,同比增长2.1%。")
    assert 5131300.0 in _values(tmp_path, body)
    assert 51313.0 not in _values(tmp_path, body)
