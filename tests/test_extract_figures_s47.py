"""Kinds of figure missed or made up on pages read unseen (batches a41- to a46-, j45-):

- a count after a colon whose clause opens on a capitalised word ("… annual reports: Only 3 of 20 foundations"):
  the word opens a clause, it names no product ("Windows 11");
- a company's dividend "of 15c a share to be paid on April 16" or a price "per share on Thursday": a share of
  stock, no "Share on …" button, so the sentence stays in the story;
- a fuel's grade ("95 unleaded", "95 octone petrol", a misspelt octane): a grade, no count;
- a paywall's offer ("Gift 5 articles to anyone you choose each month when you subscribe"): no fact of the story;
- "a half-million", "a quarter-million" (the "a" before the scale left out): 500,000 and 250,000, never a 25 % share;
- "other two districts" without its article: points back to a set the story names, as "the other two" does;
- a page of notes, one remark a line in lower case ('"there was a time … $24M in cuts"'): no box of links.

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted, drafted_figures


def _figures(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return drafted_figures(tmp_path, body)


def _values(tmp_path: Path, body: str) -> set[float]:
    return {value for value, _ in _figures(tmp_path, body)}


def test_a_capitalised_word_opening_a_clause_after_a_colon_names_no_product(tmp_path: Path) -> None:
    body = ("The survey of grant makers found little evidence for the practice: Only 7 of 40 trusts with large "
            "endowments asked their readers what they thought of the reports.")
    assert {7.0, 40.0} <= _values(tmp_path, body)


def test_a_name_before_a_number_still_names_it(tmp_path: Path) -> None:
    # the rule it narrows: "Windows 11" in mid-sentence is a product's name, no count
    body = "The council said its offices would move to Windows 11 next year after a review of costs."
    assert 11.0 not in _values(tmp_path, body)


@pytest.mark.parametrize("sentence", [
    "The miller has declared an interim dividend of 12c a share to be paid on March 3.",
    "Shares in the miller were trading 1.5% higher at 312.5 pence per share on Tuesday.",
])
def test_a_share_of_stock_is_no_share_button(tmp_path: Path, sentence: str) -> None:
    body = ("The miller reported a first-half profit of $14.2 million, up from $12.9 million a year ago. "
            + sentence + " Its chief executive said the harvest had been strong.")
    assert 14200000.0 in _values(tmp_path, body)
    assert (_values(tmp_path, body) & {0.12, 1.5, 3.125})


@pytest.mark.parametrize("sentence", [
    "The price of 95 unleaded petrol will rise by 84c a litre from Wednesday, the ministry said.",
    "The price of 93 octone petrol will rise by 84c a litre from Wednesday, the ministry said.",
])
def test_a_fuel_grade_is_no_count(tmp_path: Path, sentence: str) -> None:
    values = _values(tmp_path, sentence)
    assert 0.84 in values
    assert not values & {95.0, 93.0}


def test_a_paywall_gift_offer_is_no_figure(tmp_path: Path) -> None:
    body = ("Share 10 articles with friends each month when you subscribe. The retailer said its sales rose "
            "4.2 per cent in the half year to December.")
    values = _values(tmp_path, body)
    assert 4.2 in values
    assert 10.0 not in values


@pytest.mark.parametrize(("phrase", "value"), [("a half-million", 500000.0), ("a quarter-million", 250000.0),
                                               ("a half million", 500000.0)])
def test_a_fraction_of_a_scale_without_its_article_is_the_number(tmp_path: Path, phrase: str,
                                                                 value: float) -> None:
    body = (f"More than {phrase} renters in the state are behind on their payments, according to a study "
            f"released by the housing agency on Monday.")
    figures = _figures(tmp_path, body)
    assert value in {v for v, _ in figures}
    assert not any(unit == "%" for _, unit in figures)


def test_other_two_without_its_article_points_back(tmp_path: Path) -> None:
    body = ("The hospital in Linton will get Rs 5 crore for new wards, while other two district hospitals at "
            "Amber and Cole get Rs 3 crore each.")
    assert 2.0 not in _values(tmp_path, body)


def test_notes_one_remark_a_line_in_lower_case_keep_their_sums(tmp_path: Path) -> None:
    notes = "\n\n".join([
        '"we all pulled together on the library budget this spring"',
        '"everyone is pointed in the same direction this year"',
        '"pulling together"',
        '"back when we were looking at $18M in cuts to every department"',
        '"the details are where the trouble always starts"',
        '"it was a difference of night and day in the sessions"',
        '"glad for what the committee has managed to protect"',
    ])
    body = "Tuesday, May 5, 2015\n\nCouncillors on the library budget\n\n" + notes
    assert 18000000.0 in {v for v, _ in _figures(tmp_path, body)}


@pytest.mark.parametrize(("body", "currency"), [
    ("Prime Minister Imran Khan said the government had set aside Rs 120 billion for farmers and would give "
     "each family Rs 4000 a month.", "PKR"),
    ("The budget forecasts a $4.1 billion surplus, up from the $2.2 billion deficit forecast in the mid-year "
     "economic and fiscal outlook in December.", "AUD"),
])
def test_a_country_named_only_by_its_leader_or_its_budget_papers_gives_the_sign_its_currency(
        tmp_path: Path, body: str, currency: str) -> None:
    units = {unit for _, unit in _figures(tmp_path, body)}
    assert currency in units
    assert not units & {"INR", "USD"}


def test_a_hong_kong_gdp_word_makes_yuan_signs_the_hong_kong_dollar(tmp_path: Path) -> None:
    body = "财政司司长表示,预计至明年3月底,财政储备为8123亿元,相当於本地生产总值25%。"
    figures = drafted(tmp_path, "一篇示例文章\n\n" + body + "\n").figures
    assert {f.unit for f in figures if f.value == 812300000000.0} == {"HKD"}


def test_a_case_named_by_its_date_in_quotation_marks_is_no_figure(tmp_path: Path) -> None:
    body = "全市12个法院共受理了37件“6.18”专案系列诈骗案件,判处罚金共计320万元。"
    values = {f.value for f in drafted(tmp_path, "一篇示例文章\n\n" + body + "\n").figures}
    assert {37.0, 3200000.0} <= values
    assert 6.18 not in values


def test_a_count_a_demonstrative_points_back_to_is_no_figure(tmp_path: Path) -> None:
    body = "全市今年签约重大项目总投资45亿元。这4个项目均将于年内开工建设,预计新增就业1200人。"
    values = {f.value for f in drafted(tmp_path, "一篇示例文章\n\n" + body + "\n").figures}
    assert {4500000000.0, 1200.0} <= values
    assert 4.0 not in values


@pytest.mark.parametrize(("body", "currency"), [
    ("Health Minister said the drug-funding agency Pharmac will receive an extra $45 million over the next "
     "three years.", "NZD"),
    ("The bill allocates Rs. 210.5 billion to the Ministry of Provincial Councils and Local Government this "
     "year.", "LKR"),
])
def test_a_body_of_one_country_alone_gives_the_sign_its_currency(tmp_path: Path, body: str, currency: str) -> None:
    assert currency in {unit for _, unit in _figures(tmp_path, body)}


def test_an_energy_unit_in_capitals_is_read(tmp_path: Path) -> None:
    body = "会议审议了3GWH(吉瓦时)储能电池建设项目,项目计划总投资12亿元。"
    figures = {(f.value, f.unit) for f in drafted(tmp_path, "一篇示例文章\n\n" + body + "\n").figures}
    assert (3.0, "GWh") in figures
