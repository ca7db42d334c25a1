"""Kinds of figure miss on pages nobody tuned on (stop 31): a sum grouped in lakhs and crores ("Rs 1,04,278
crore"), a Chinese clause that opens on its count right after a percentage ("5.32%,62家"), a minus sign after a
Chinese verb of change ("同比增-1.57%"), an age written "years of age", the time left before an event ("2 weeks
until the Budget") and a heading's item number glued to Chinese text ("2.龙湾区本级").

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.headfigures import row_label
from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"
ZH_HEAD = "一个虚构的页面\n\n"


def _figures(tmp_path: Path, body: str, head: str = HEAD) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, head + body + "\n")
    return [(round(f.value, 6), f.unit) for f in brief.figures]


def test_a_sum_grouped_in_lakhs_is_one_number(tmp_path: Path) -> None:
    body = "The state set aside Rs 2,35,410 crore for roads this year, the minister told the assembly."
    assert _figures(tmp_path, body) == [(2354100000000.0, "INR")]


def test_a_count_opening_a_clause_after_a_percentage_is_read(tmp_path: Path) -> None:
    found = _figures(tmp_path, "样本企业利润率中位数为4.15%,38家企业利润率超过20%。", ZH_HEAD)
    assert (38.0, "家") in found and (4.15, "%") in found


def test_a_minus_sign_after_a_chinese_verb_of_change_is_kept(tmp_path: Path) -> None:
    assert (-2.36, "%") in _figures(tmp_path, "全年实现营业收入8.1亿元,同比增-2.36%。", ZH_HEAD)


def test_a_range_of_sums_keeps_both_ends_positive(tmp_path: Path) -> None:
    found = _figures(tmp_path, "补贴标准为每户2万元-4万元。", ZH_HEAD)
    assert (20000.0, "CNY") in found and (40000.0, "CNY") in found


def test_years_of_age_is_an_age(tmp_path: Path) -> None:
    body = "Most of the patients admitted were people over 75 years of age, with some 412 cases in all."
    assert [value for value, _ in _figures(tmp_path, body)] == [412.0]


def test_the_time_left_before_an_event_is_no_figure(tmp_path: Path) -> None:
    body = "It is just over 3 weeks until the election, and the party has spent $4 million on adverts."
    assert [value for value, _ in _figures(tmp_path, body)] == [4000000.0]


def test_a_stoppage_until_a_date_still_lasts(tmp_path: Path) -> None:
    body = "The mill will close for 3 weeks until March while 120 workers retrain."
    assert (3.0, "weeks") in _figures(tmp_path, body)


def test_a_headings_item_number_glued_to_chinese_is_no_count(tmp_path: Path) -> None:
    body = "1.区本级财政收支\n\n全年一般公共预算收入12.5亿元,增长6.1%。\n\n(2)主要科目情况\n\n税收收入9.8亿元。"
    assert [value for value, _ in _figures(tmp_path, body, ZH_HEAD)] == [1250000000.0, 6.1, 980000000.0]


def test_a_sum_before_a_half_width_semicolon_is_kept(tmp_path: Path) -> None:
    body = "其中,大型项目4个,总投资356亿元;中型项目9个,总投资128.5亿元。"
    values = [value for value, unit in _figures(tmp_path, body, ZH_HEAD) if unit == "CNY"]
    assert values == [35600000000.0, 12850000000.0]


def test_any_current_currency_named_with_its_country_is_its_money(tmp_path: Path) -> None:
    body = ("The utility borrowed 3.2 billion Kyrgyz soms from the fund and 40 million Armenian drams from a local "
            "bank, besides 5 million Trinidad and Tobago dollars.")
    assert _figures(tmp_path, body) == [(3200000000.0, "KGS"), (40000000.0, "AMD"), (5000000.0, "TTD")]


def test_a_currency_name_alone_is_no_money_when_it_is_a_word(tmp_path: Path) -> None:
    body = "The committee counted 12 marks against the plan and 30 reals of evidence."
    assert all(unit not in {"BAM", "BRL"} for _, unit in _figures(tmp_path, body))


def test_a_share_in_brackets_compared_with_another_is_kept(tmp_path: Path) -> None:
    body = "The jobless rate in the northern district rose to 9.4% (8.7%) as the mill shed staff over the winter."
    found = _figures(tmp_path, body)
    assert (9.4, "%") in found and (8.7, "%") in found


def test_rows_of_a_name_and_its_shares_are_read(tmp_path: Path) -> None:
    body = ("The bureau said jobless rates rose in most regions in March.\n\n"
            "Rates by region were (previous month in brackets):\n\nNorthland 5.4% (5.1%)\n\nWest Coast 4.2% (4.4%)\n\n"
            "Canterbury 3.9% (3.8%)\n\nThe bureau will publish its next survey in June.")
    found = _figures(tmp_path, body)
    assert {(5.4, "%"), (5.1, "%"), (4.2, "%"), (4.4, "%"), (3.9, "%"), (3.8, "%")} <= set(found)


def test_a_forums_anti_copy_noise_gives_no_counts(tmp_path: Path) -> None:
    body = ("Exports rose 4.5% in the quarter, the agency said. 6 q* Y1 d) T; e9 p\n\n"
            "Imports fell 2.1% over the same months. 3 h0 G; {* b2 X& The agency said trade was steady.\n\n"
            "Its next report is due in the spring, officials said.")
    assert sorted(_figures(tmp_path, body)) == [(2.1, "%"), (4.5, "%")]


def test_a_count_of_the_names_just_listed_is_no_figure(tmp_path: Path) -> None:
    body = "从地区看,湖南、湖北、江西和安徽4个中部省份合计投资3.2万亿元,增长7.5%。"
    assert _figures(tmp_path, body, ZH_HEAD) == [(3200000000000.0, "CNY"), (7.5, "%")]


def test_a_count_of_the_values_given_respectively_is_no_figure(tmp_path: Path) -> None:
    body = "三个园区产值分别为12.4、8.6、5.1亿元,均高于上年。"
    assert [value for value, _ in _figures(tmp_path, body, ZH_HEAD)] == [1240000000.0, 860000000.0, 510000000.0]


def test_a_count_larger_than_its_sample_list_stays(tmp_path: Path) -> None:
    body = "湖南、湖北等9个省份合计投资3.2万亿元。"
    assert (9.0, "个") in _figures(tmp_path, body, ZH_HEAD)


def test_a_count_of_the_values_given_respectively_in_english_is_no_figure(tmp_path: Path) -> None:
    body = ("Three agencies, the Port Authority, the Rail Board and the Roads Office, will get $4.2 million, "
            "$3.1 million and $900,000 respectively, the council said.")
    assert [value for value, _ in _figures(tmp_path, body)] == [4200000.0, 3100000.0, 900000.0]



def test_a_row_of_shares_names_its_figures() -> None:
    assert row_label("West Coast 4.2% (4.4%)") == "West Coast"
    assert row_label("Figures rose sharply 4.2%") is None  # a sentence's words, no row's name
