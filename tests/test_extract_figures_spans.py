"""Figure kinds that recur on pages nobody tuned on: spans of a count ("40-50 people"), a scale shared by a span
("3 to 4 million"), shares written with a slash ("1/7") or in words (to two decimals, the corpus convention),
ranks (no figures), fact rows of a list or a table ("Revenue: $5.2 million"), and number words before a
currency's name ("a quarter of a million pounds", which once stopped the whole extraction).

Each page is made up in the kind's form and read through ``extract_article``, as a user's article would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of number\n\n"
TAIL = ("\n\nThe mayor said the plan would protect services for every resident of the city.\n\n"
        "She added that the council would meet again next week to review the plan.\n")


def _values(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + TAIL)
    return {(round(f.value, 2), f.unit) for f in brief.figures}


@pytest.mark.parametrize(("body", "expected"), [
    # both ends of a count's span, with the noun after the second end
    ("Some 40-50 people attended the meeting on Tuesday evening.", {(40, "people"), (50, "people")}),
    ("Some 3,000–4,000 workers will be affected by the closure.", {(3000, "workers"), (4000, "workers")}),
    # the scale of a span's second end is the first's
    ("The change would affect 3 to 4 million households next year.", {(3e6, "households"), (4e6, "households")}),
    # a share with a slash, and shares in words to two decimals
    ("China's forests cover 1/7 of the land, officials said on Monday.", {(14.29, "%")}),
    ("森林面积占国土面积的1/7。", {(14.29, "%")}),
    ("A third of the farms and two-thirds of the shops were hit by the floods.", {(33.33, "%"), (66.67, "%")}),
    ("One in three children lives in poverty, the charity said.", {(33.33, "%")}),
    # number words before a currency's name ("pounds" here is money)
    ("The plan costs a quarter of a million pounds, the council said.", {(250000, "GBP")}),
])
def test_kinds_found(tmp_path: Path, body: str, expected: set[tuple[float, str | None]]) -> None:
    found = _values(tmp_path, body)
    assert expected <= found, found


@pytest.mark.parametrize(("body", "absent"), [
    # a score, an age bracket, pages, a span of years, a date: no count's span
    ("The home side won 3-1 on Saturday and the city spent $2 million on the stadium.", 3),
    ("Gains came from people in the 15-24 age bracket, the agency said of the 47,000 jobs.", 15),
    ("The results are on pages 12-15 of the report, which lists 300 projects.", 12),
    ("The 2019-2020 season was cut short, costing the league $40 million.", 2019),
    ("The meeting on 3/4 was cancelled and the $5 million plan delayed.", 75),
    ("Call 555-1234 today to book one of the 300 places on the course.", 555),
    # "from 300 to 4 million" is no span of millions
    ("The population grew from 300 to 4 million over a century.", 300e6),
    # ranks are no figures (the corpus convention settled at stop 25)
    ("The province ranked first in exports, which rose 12% to $4 billion.", 1),
    ("中国申请3.8万件,占比70%,位居世界第一。", 1),
])
def test_kinds_not_figures(tmp_path: Path, body: str, absent: float) -> None:
    found = _values(tmp_path, body)
    assert absent not in {value for value, _ in found}, found


def test_fact_rows_give_figures(tmp_path: Path) -> None:
    """A list of fields or a table's rows in the story states its figures as a sentence would; a counter
    or a stamp in the same form is furniture."""
    body = ("The council approved the plan on Tuesday after a long debate.\n\n"
            "Revenue: $5.2 million\nEmployees: 135\nViews: 1,234\n\n"
            "| Item | 2023 | 2024 |\n| Staff | 120 | 145 |")
    brief = drafted(tmp_path, HEAD + body + TAIL)
    by_value = {f.value: f for f in brief.figures}
    assert {5.2e6, 135, 120, 145} <= set(by_value), sorted(by_value)
    assert 1234 not in by_value
    assert by_value[5.2e6].unit == "USD" and by_value[5.2e6].label == "Revenue"
    assert by_value[145].label == "Staff"


def test_caption_figures_count(tmp_path: Path) -> None:
    """A photo caption's figure the story does not repeat is the page's figure (the corpus convention of
    stop 25); its credit gives none."""
    text = ("Inflation in Nigeria climbs again\n\n"
            "Shoppers buy food at a market in Lagos, where 11.3 million people live. (AP Photo/John Smith)\n\n"
            "LAGOS (AP) — Inflation rose to 22.8% in May, the statistics office said on Monday.\n\n"
            "Food prices rose faster than other prices, it said.\n")
    values = {f.value for f in drafted(tmp_path, text).figures}
    assert {11.3e6, 22.8} <= values, values


@pytest.mark.parametrize(("body", "expected"), [
    # spans in decades and centuries are counted in years (stop-25 convention: "a decade-long ban" is 10 years)
    ("The government imposed a decade-long ban on exports of the metal last week.", (10, "years")),
    ("The drought is the worst in more than half a century, farmers said on Monday.", (50, "years")),
    ("It is the worst crisis in three decades, the minister told parliament.", (30, "years")),
])
def test_decades_in_years(tmp_path: Path, body: str, expected: tuple[float, str]) -> None:
    found = _values(tmp_path, body)
    assert expected in found and (50, "%") not in found, found
