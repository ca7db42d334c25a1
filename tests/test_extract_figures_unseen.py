"""Kinds of number any news page may print that are, or are not, key figures: "a dozen" and "half a dozen" (counts
in words), a number inside a name in capitals ("the Big Six", "the Group of Seven"), a day or a week named by its
place in a sequence ("day 3 of the strike", "week 12"), a year's last two digits ("Q1'24"), the second line of
an emergency call ("call 999 or 112") and an anniversary a sentence celebrates ("celebrated 15 years since its
inception").

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _values(tmp_path: Path, body: str) -> set[float]:
    return {f.value for f in drafted(tmp_path, HEAD + body + "\n").figures}


@pytest.mark.parametrize(("body", "value"), [
    ("A dozen firms bid for the contract, the ministry said.", 12),
    ("About two dozen protesters were arrested outside the parliament, police said.", 24),
    ("Half a dozen schools closed after the storm, officials said.", 6),
])
def test_dozens_in_words_count(tmp_path: Path, body: str, value: float) -> None:
    assert float(value) in _values(tmp_path, body)


@pytest.mark.parametrize(("body", "kept", "absent"), [
    ("The Big Six energy firms raised prices by 9%, the regulator said.", 9, 6),
    ("The Group of Seven leaders pledged $600 billion for roads, officials said.", 600e9, 7),
    ("Prices in week 12 rose 3%, the agency said.", 3, 12),
    ("By day 3 of the strike, 400 flights had been cancelled, the airline said.", 400, 3),
    ("Sales in Q1'24 rose 12%, the company said.", 12, 24),
    ("Call 999 or 112 in an emergency. The fire destroyed 40 homes, the brigade said.", 40, 112),
    ("The telco celebrated 15 years since its inception, and its profit rose 6%.", 6, 15),
    ("The country marks 60 years since independence this week, with growth at 5%.", 5, 60),
    ("The park commemorated seventy years by honouring 500 cast members.", 500, 70),
])
def test_numbers_that_name_or_date_are_no_figures(tmp_path: Path, body: str, kept: float, absent: float) -> None:
    values = _values(tmp_path, body)
    assert float(kept) in values
    assert float(absent) not in values


@pytest.mark.parametrize(("body", "value"), [
    # a counted noun after the day's number, a length of time a scheme has run, a record's reach: figures
    ("In the past week 12 people died of the fever, officials said.", 12),
    ("The scheme has run for 20 years since its launch and has 3 million users.", 20),
    ("Exports rose for the first time in 15 years, up 4%, the ministry said.", 15),
    ("Dozens of shops and five water companies raised prices, the regulator said.", 5),
])
def test_counts_and_lengths_near_those_forms_stay(tmp_path: Path, body: str, value: float) -> None:
    assert float(value) in _values(tmp_path, body)


@pytest.mark.parametrize(("body", "value", "absent"), [
    # a term or a length in small Chinese numerals, as "3年内" in digits; a round scale before 年 is no length
    ("该项目总投资25亿元，预计三年内完工。", 3, None),
    ("罢工持续了两周，造成损失5000万元。", 2, None),
    ("这家百年老店去年营业额达到3000万元。", 3e7, 100),
    ("该政策实施五年来，累计减税1.2万亿元。", 1.2e12, 5),
])
def test_chinese_lengths_of_time_in_numerals(tmp_path: Path, body: str, value: float, absent: float | None) -> None:
    values = _values(tmp_path, body)
    assert float(value) in values
    assert absent is None or float(absent) not in values


@pytest.mark.parametrize(("body", "kept", "absent"), [
    # "COP28" names a summit as "G20" names a group; a subscription offer is the site's, not the story's
    ("The COP28 summit pledged $700 million for adaptation, delegates said.", 700e6, 28),
    ("The central bank held its rate at 10.5%, it said.\n\nSubscribe now for just $1.99 a month and get 50% off.",
     10.5, 1.99),
])
def test_names_and_offers_give_no_figures(tmp_path: Path, body: str, kept: float, absent: float) -> None:
    values = _values(tmp_path, body)
    assert float(kept) in values
    assert float(absent) not in values


def test_a_code_glued_to_a_price_per_share_is_money(tmp_path: Path) -> None:
    brief = drafted(tmp_path, HEAD + "The bank raised its first-half dividend by 18% to ZAR4 a share, it said.\n")
    assert (4.0, "ZAR") in [(f.value, f.unit) for f in brief.figures]


@pytest.mark.parametrize("line", [
    "READ ALSO: Inflation falls to 5.1% in May.",
    "Also read: Shilling gains 2% against the dollar",
    "About the author: Jane has covered economics for 15 years and written 3 books.",
    "The writer is a senior fellow who spent 12 years at the central bank.",
])
def test_link_leads_and_author_notes_give_no_figures(tmp_path: Path, line: str) -> None:
    # a link box flattened into the story, or a note on the writer: another story's numbers, or the author's
    body = (f"The central bank held its rate at 10.5% on Tuesday, it said.\n\n{line}\n\n"
            "The governor expects growth of 5.5%.")
    assert _values(tmp_path, body) == {10.5, 5.5}


@pytest.mark.parametrize(("body", "kept", "absent"), [
    # the first end of a span of dates or of hours, and a weekday's date, are parts of a date or a time
    ("The second round, on 20 and 21 March, drew 45% turnout, the commission said.", 45, 20),
    ("Polls open from 8 to 10 am on Friday, and 3 million voters are registered.", 3e6, 8),
    ("On Tuesday 5, the council approved 12 new homes for the town centre.", 12, 5),
    ("On Friday 12 people were injured in the blast, police said, and 3 shops burned.", 12, None),
])
def test_first_parts_of_dates_and_times_are_no_figures(tmp_path: Path, body: str, kept: float,
                                                        absent: float | None) -> None:
    values = _values(tmp_path, body)
    assert float(kept) in values
    assert absent is None or float(absent) not in values


def test_a_chinese_follow_appeal_gives_no_figures(tmp_path: Path) -> None:
    body = ("今年前三季度，全市地区生产总值达到3500亿元，同比增长5.2%。全市规模以上工业增加值增长6.1%。\n\n"
            "扫码关注公众号，已有12万人关注。")
    assert _values(tmp_path, body) == {3.5e11, 5.2, 6.1}
