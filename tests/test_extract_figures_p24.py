"""Figures a careful reader takes that the body alone does not give (issue 12, item 2): a figure named only by
the headline or its standfirst, a length of time in words stated as a fact, and the thousands separators
English prints.  Small made-up articles run end to end through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.content.model import Brief
from briefkit.extract import extract_article

BODY = ("The minister said the money would go to hospitals and schools across the region. "
        "Officials said the first payments would be made in the spring, after the council approves the plan.")


def _brief(tmp_path: Path, text: str) -> Brief:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    brief, _ = extract_article(path)
    return brief


def _figures(brief: Brief) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in brief.figures]


@pytest.mark.parametrize(("headline", "value", "unit"), [
    ("Minister allocates £316 million of recovery funding", 316e6, "GBP"),
    ("Voters approve 81% of school budgets in re-vote", 81.0, "%"),
    ("成都在深圳招商签约117亿元 天府新区项目是签约重点", 117e8, "CNY"),
])
def test_a_figure_only_the_headline_names(tmp_path: Path, headline: str, value: float, unit: str) -> None:
    brief = _brief(tmp_path, f"{headline}\n\n{BODY}\n")
    found = [f for f in brief.figures if f.value == pytest.approx(value) and f.unit == unit]
    assert len(found) == 1, _figures(brief)
    assert found[0].source_text == headline  # it quotes the headline, which provenance accepts


def test_a_headline_rounding_a_body_figure_is_one_fact(tmp_path: Path) -> None:
    brief = _brief(tmp_path, "Agency awards $2.3M grant to city for flood project\n\n"
                             "The agency awarded $2,315,164 to the city for the project, officials said on Monday.\n")
    assert [v for v, u in _figures(brief) if u == "USD"] == [2315164.0]


def test_a_figure_in_the_standfirst(tmp_path: Path) -> None:
    brief = _brief(tmp_path, "Agency reaches a milestone in the island's recovery\n"
                             "This represents an injection of over $2.4 billion to the municipal governments\n\n"
                             f"{BODY}\n")
    assert (2.4e9, "USD") in _figures(brief)


@pytest.mark.parametrize(("sentence", "value", "unit", "display"), [
    ("The union ended a two-day strike on Tuesday after the port agreed to a new offer.", 2.0, "days", "two-day"),
    ("The company will raise bills by five percent each year for three years from 2025.", 3.0, "years",
     "three years"),
    # decades are counted in years (the conventions of stop 25 and the a25- batch: "in three decades" is 30 years)
    ("Farmers face the worst drought the country has seen in four decades, the union said.", 40.0, "years",
     "four decades"),
    ("The regulator approved a 2% rise for one year only, the company said on Friday.", 1.0, "years", "one year"),
])
def test_a_length_of_time_in_words_stated_as_a_fact(tmp_path: Path, sentence: str, value: float, unit: str,
                                                    display: str) -> None:
    brief = _brief(tmp_path, f"Port report\n\n{sentence}\n")
    found = [f for f in brief.figures if f.unit == unit]
    assert [(f.value, f.display) for f in found] == [(value, display)]


@pytest.mark.parametrize("sentence", [
    "Exports rose 4% in the first four months, the ministry said on Friday.",
    "Prices increased 1.4 percent in the 12 months ending in July, the ministry said.",
    "The price is 5% above the average over the past 20 trading days, the company said.",
    "The strike began six months ago and ended one day after the vote, the union said.",
    "One day the port will be busy again, a docker said as 35 ships waited.",
])
def test_a_period_or_a_point_in_time_is_no_figure(tmp_path: Path, sentence: str) -> None:
    brief = _brief(tmp_path, f"Port report\n\n{sentence}\n")
    assert not [f for f in brief.figures if f.value in {1.0, 4.0, 6.0, 12.0, 20.0} and f.unit != "%"], \
        _figures(brief)


@pytest.mark.parametrize(("sentence", "display"), [
    ("There were a total of 54000 patent applications for generative AI worldwide.", "54,000"),
    ("The city spent $1500 on each of the 12 new benches, officials said.", "$1,500"),
    ("The plant has a designed annual capacity of 100000 tonnes of steel.", "100,000"),
])
def test_english_display_keeps_thousands_separators(tmp_path: Path, sentence: str, display: str) -> None:
    brief = _brief(tmp_path, f"Port report\n\n{sentence}\n")
    assert display in [f.display for f in brief.figures], [f.display for f in brief.figures]


def test_chinese_display_keeps_its_own_form(tmp_path: Path) -> None:
    brief = _brief(tmp_path, "记者会举行\n\n共有3068名中外记者参加了本次采访活动。\n")
    # no separator added; the measure word written after the number is shown with it ("3068名")
    assert any(f.display == "3068名" for f in brief.figures), [f.display for f in brief.figures]


def test_a_figure_only_a_subhead_names(tmp_path: Path) -> None:
    brief = _brief(tmp_path, "Jobs rise across the country\n\nEmployment gains were spread across industries.\n\n"
                             "Construction reported a 29,000 increase.\n\nRetail had a 9,000 increase in April.\n")
    assert (29000.0, "increase") in _figures(brief), _figures(brief)


def test_a_forum_count_or_a_time_zone_is_no_figure(tmp_path: Path) -> None:
    brief = _brief(tmp_path, "Jobs rise across the country\n\n(57,391 posts)\n\n13:27 UTC+8, 2023-01-13\n\n"
                             "Employment rose by 9,000 in April, the agency said on Friday.\n")
    assert [v for v, _ in _figures(brief)] == [9000.0], _figures(brief)


@pytest.mark.parametrize("headline", ["5 things to know about the new budget", "Top 10 cities for jobs in Canada"])
def test_a_headlines_list_is_no_figure(tmp_path: Path, headline: str) -> None:
    assert _figures(_brief(tmp_path, f"{headline}\n\n{BODY}\n")) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Ottawa budget gap widens\n\nThe Canadian government projected a $40.1-billion deficit, Ottawa said, as "
     "Ontario and Quebec asked for more.\n", 40.1e9, "CAD"),
    ("Milk price cut again\n\nFonterra expects to pay New Zealand farmers between $6 and $7.50 per kgMS, the "
     "co-operative said in Auckland.\n", 7.5, "NZD"),
    ("預算案公布\n\n特首表示，香港上年度綜合赤字達803億元，特區政府將收窄赤字。\n", 803e8, "HKD"),
    ("IMF deal agreed\n\nPakistan's budget amounts to 130 trillion rupees, officials in Islamabad said.\n",
     130e12, "PKR"),
    ("Tea earnings rise\n\nEarnings from tea rose to Sh 181.69 billion, the Kenyan board said in Nairobi.\n",
     181.69e9, "KES"),
    ("預算案公布\n\n特首表示，政府上年度綜合赤字達803億元，今年經濟將會回穩。\n", 803e8, "HKD"),
    ("Exports hit a record\n\nExports crossed the target of $ 51 billion for the first time this year.\n", 51e9, "USD"),
])
def test_a_shared_currency_sign_is_the_articles_own(tmp_path: Path, text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in _figures(_brief(tmp_path, text)), _figures(_brief(tmp_path, text))


def test_a_sign_that_names_its_country_keeps_it(tmp_path: Path) -> None:
    found = _figures(_brief(tmp_path, "Ottawa budget gap widens\n\nThe Canadian government in Ottawa said the "
                                      "deal is worth C$5 billion (US$3.7 billion), Ontario officials said.\n"))
    assert (5e9, "CAD") in found and (3.7e9, "USD") in found, found


def test_a_us_story_keeps_the_dollar(tmp_path: Path) -> None:
    found = _figures(_brief(tmp_path, "Jobs report\n\nU.S. employers added jobs as wages rose to $31.06 an hour, "
                                      "the U.S. Labor Department said, while Canada's jobless rate rose.\n"))
    assert (31.06, "USD") in found, found


@pytest.mark.parametrize("sentence", [
    "Wages rose 0.9% this year, as the release (cat. no. 6345.0) shows for the quarter.",
    "For interviews, contact the media section on 1300 175 070 as wages rose 0.9%.",
    "Wages rose 0.9% for women aged 25 to 54, and GDP in Quarter 3 was flat.",
])
def test_codes_phone_numbers_and_age_ranges_are_no_figures(tmp_path: Path, sentence: str) -> None:
    assert _figures(_brief(tmp_path, f"Wages report\n\n{sentence}\n")) == [(0.9, "%")]


def test_a_surplus_in_numerals_printed_with_a_circle_for_zero(tmp_path: Path) -> None:
    found = _figures(_brief(tmp_path, "電價調漲\n\n經濟部表示，台電六月即盈餘一三○億元，反導致中油虧損。\n"))
    assert (13e9, "TWD") in found, found


def test_a_count_in_a_year_and_a_channel_number(tmp_path: Path) -> None:
    found = _figures(_brief(tmp_path, "Tea exports rise\n\nThe number of export markets increased from 82 in 2022 "
                                      "to 97 in 2024, KGUN 9 reported on Monday.\n"))
    assert [v for v, _ in found] == [82.0, 97.0], found
