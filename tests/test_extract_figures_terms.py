"""Figure kinds from pages of many countries and markets: currencies named or signed in their own way (the
Philippine peso, the zloty, a peso country's "pesos", kobo, Egyptian pounds), a bond's or a rate's term that
names the instrument ("the 10-year yield", "1年期LPR": no length of time), an age after a person's role
("the mayor, 45, said"), and heading lines that link to other stories (before the first paragraph or after the
last: no subheads of this story).

Each page is made up in the kind's form and read through ``extract_article``, as a user's article would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of number\n\n"


def _values(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return {(round(f.value, 2), f.unit) for f in brief.figures}


@pytest.mark.parametrize(("body", "expected"), [
    ("The firm paid PHP3.5 million in fines, the Philippine regulator said.", (3.5e6, "PHP")),
    ("The firm paid P3.5 million in fines, the Philippine regulator said.", (3.5e6, "PHP")),
    ("The firm paid 3.5 million zloty in fines, the regulator said.", (3.5e6, "PLN")),
    ("The firm paid 3.5 million pesos in fines, the Mexican regulator said.", (3.5e6, "MXN")),
    ("The firm paid 3.5 million pesos in fines, a court in Manila and the Philippine regulator said.",
     (3.5e6, "PHP")),
    ("Fuel rose by 50 kobo a litre, the Nigerian regulator said.", (0.5, "NGN")),
    ("The firm paid 3.5 million Egyptian pounds in fines, the regulator said.", (3.5e6, "EGP")),
    # a price per unit: a slash before the unit's word, and a one-letter sign made sure by the unit or the cents
    ("Petrol costs $3.50/gallon in the state, up from last year.", (3.5, "USD")),
    ("Diesel rose to R20/litre in Johannesburg, the department said.", (20, "ZAR")),
    ("Petrol rose to N650 per litre in Lagos, the regulator said.", (650, "NGN")),
    ("Rice fell to P40.35 per kilo compared with P50.67 in August, the Manila office said.", (50.67, "PHP")),
])
def test_currencies(tmp_path: Path, body: str, expected: tuple[float, str]) -> None:
    found = _values(tmp_path, body)
    assert expected in found, found


@pytest.mark.parametrize(("body", "absent"), [
    # "PHP 8.2" is a programming language, "P5" a group of nations
    ("Developers moved from PHP 8.2 to Python, and the firm paid $3 million for it.", 8.2),
    # a bond's, a rate's or a mortgage's term names the instrument
    ("The benchmark 10-year yield rose 5 basis points to 4.25%, traders said.", 10),
    ("The 30-year fixed mortgage rate averaged 6.8%, up from 6.5% a week earlier.", 30),
    ("Two-year Treasury yields climbed to 4.9% on Friday, traders said.", 2),
    ("1年期贷款市场报价利率(LPR)为3.45%，5年期以上LPR为4.2%。", 5),
    # an age between commas after a person's role
    ("The mayor, 45, said the plan would cost $2 million over the next year.", 45),
    # a sub-clause's number, a broadcaster's number, a length of time in a plan's name
    ("Under Rule 4(2) the fund pays $4 million to each region every year.", 2),
    ("Radio 702 reported that the scheme cost R4 million in its first year.", 702),
    ("The 14th Five-Year Plan aims to raise output by 6% in the coming years.", 5),
    # the first month of a span of months written without a year
    ("今年1至6月，全市规模以上工业增加值同比增长7.3%。", 1),
    ("1~5月，全市工业增加值同比增长7.3%。", 1),
])
def test_not_figures(tmp_path: Path, body: str, absent: float) -> None:
    found = _values(tmp_path, body)
    assert absent not in {value for value, _ in found}, found


def test_chinese_per_mille(tmp_path: Path) -> None:
    """"前千分之一" is the top 0.1 %, "万分之一" 0.01 %: shares per thousand and per ten thousand."""
    found = _values(tmp_path, "5个学科进入前千分之一，两大领域跻身前万分之一的顶尖位次。")
    assert {(0.1, "%"), (0.01, "%")} <= found, found


def test_linked_headlines_are_no_subheads(tmp_path: Path) -> None:
    """Heading lines before the story's first paragraph, two or more in a run, link to other stories; one
    between paragraphs heads a section and states its figure."""
    body = ("Budget 2024: Govt raises new taxes on imports\n"
            "Petrol price cut by Rs10 per litre from tomorrow\n"
            "PM announces 25pc raise for government employees\n"
            "ISLAMABAD: The federal government on Friday presented its budget for the next fiscal year.\n\n"
            "Spending on schools rises by 7.5 percent\n\n"
            "The finance minister said the deficit would be cut to 6.5 percent of GDP.\n\n"
            "He said the plan would protect the poor and the old.\n")
    found = _values(tmp_path, body)
    assert {(7.5, "%"), (6.5, "%")} <= found, found
    assert not {value for value, _ in found} & {10, 25}, found


@pytest.mark.parametrize(("body", "expected"), [
    ("Temperatures fell to minus 5 degrees and the economy shrank by minus 0.3 per cent.", (-0.3, "%")),
    ("居民消费价格同比增长负0.3%，出口额为3.5亿美元。", (-0.3, "%")),
])
def test_a_sign_in_words(tmp_path: Path, body: str, expected: tuple[float, str]) -> None:
    found = _values(tmp_path, body)
    assert expected in found, found


def test_top_stories_under_the_story_give_no_figures(tmp_path: Path) -> None:
    """The sentences under "Top Stories" after the story link to other articles; their numbers are theirs."""
    body = ("The central bank raised its rate to 5% on Tuesday, the bank said in a statement.\n\n"
            "The decision was expected by analysts, who had forecast the move.\n\n"
            "Top Stories\n\n"
            "Inflation hits 7.5% as fuel prices soar.\n\n"
            "Stocks fall 2% on rate fears.\n")
    found = _values(tmp_path, body)
    assert (5, "%") in found and not {value for value, _ in found} & {7.5, 2}, found


def test_chinese_numeral_with_its_scale_alone(tmp_path: Path) -> None:
    """"人口约为一千二百万。": a numeral its scale ends is a figure before the clause's end, as "1200万" is;
    "千万不要" (by all means) and "成千上万" (thousands upon thousands) are none."""
    found = _values(tmp_path, "该市人口约为一千二百万。市民千万不要上当，成千上万的游客来访。")
    assert {value for value, _ in found} == {12e6}, found
