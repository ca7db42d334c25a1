"""Money whose currency the page as a whole decides: the rupee of the country a page names when nothing names
India, and bare cents on a page whose signed sums are all in one currency; and a page's visit counter, which is
furniture and no figure."""

from __future__ import annotations

from pathlib import Path

from briefkit.extract.body import Sentence
from briefkit.extract.figures import find_figures
from conftest import drafted


def _money(tmp_path: Path, body: str) -> dict[float, str | None]:
    brief = drafted(tmp_path, "Finance news\n\n" + body + "\n")
    return {f.value: f.unit for f in brief.figures}


def test_rupees_are_the_country_the_page_names(tmp_path: Path) -> None:
    body = ("The finance minister of Nepal presented the budget in parliament today. Spending will be Rs. 1,860 "
            "billion next year, and Rs. 300 billion of it goes to roads.")
    assert _money(tmp_path, body)[1_860_000_000_000] == "NPR"
    # … but an Indian state named once outweighs nothing and keeps the rupee India's
    body = ("The government of Kerala presented its budget today, naming Nepal as a partner. Spending will be "
            "Rs. 1,860 billion next year.")
    assert _money(tmp_path, body)[1_860_000_000_000] == "INR"


def test_bare_cents_take_the_pages_signed_currency(tmp_path: Path) -> None:
    body = ("The company reported revenue of EUR120.5 million against EUR110.2 million a year earlier. "
            "Earnings per share rose to 14 cents from 12 cents.")
    units = _money(tmp_path, body)
    assert units[0.14] == "EUR" and units[0.12] == "EUR"
    body = ("Fares will rise by 7 cents per journey from March, the transport council said. The change will bring "
            "in S$40.1 million in revenue.")
    assert _money(tmp_path, body)[0.07] == "SGD"


def test_cents_on_a_page_of_mixed_or_no_sums_stay_the_dollars(tmp_path: Path) -> None:
    body = "Bus fares in Ohio will rise by 7 cents per journey from March, the transit board said."
    assert _money(tmp_path, body)[0.07] == "USD"


def test_a_visit_counter_is_no_figure() -> None:
    sentences = [Sentence("Leave a comment below.", 0, 0, None), Sentence("(Visited 58 times, 1 visits today)",
                                                                          1, 1, None),
                 Sentence("Views: 1,204", 2, 2, None)]
    assert find_figures(sentences) == []
    # a story's visits and a verb of visiting written in lower case are facts
    story = Sentence("The museum was visited 58 times by school groups and had 1.2 million visits last year.",
                     0, 0, None)
    assert {f.value for f in find_figures([story])} == {58.0, 1_200_000.0}


def test_a_number_with_a_scale_is_no_year() -> None:
    found = find_figures([Sentence("预计大豆产量稳定在2000万吨以上。", 0, 0, None)])
    assert [(f.value, f.unit) for f in found] == [(20_000_000.0, "吨")]
    # the year itself is still no figure
    assert find_figures([Sentence("2000年产量达到300万吨。", 0, 0, None)])[0].value == 3_000_000.0


def test_a_value_as_a_percentage_is_a_percentage() -> None:
    found = find_figures([Sentence("Public debt stood at 71.2 as a percentage of output.", 0, 0, None)])
    assert [(f.value, f.unit) for f in found] == [(71.2, "%")]


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in find_figures([Sentence(text, 0, 0, None)])]


def test_an_advert_and_a_postcode_are_no_figures() -> None:
    assert _found("Win up to $20,000 when you sign up on QuickBet today.") == []
    assert _found("Claim a 200% welcome bonus on your first deposit.") == []
    assert _found("意见请寄至市府路8号(邮政编码510000)。") == []
    # a rebate the story reports is a fact, whoever registers
    assert _found("Buyers get a rebate of $500 when they register the car.") == [(500.0, "USD")]


def test_periods_and_terms_that_place_another_figure() -> None:
    assert _found("The 12-month trailing trade balance recorded a $95.7 billion surplus.") == [(95_700_000_000.0,
                                                                                                "USD")]
    assert [u for _, u in _found("The rate on 7-day repos rises from 2.00% to 2.25%.")] == ["%", "%"]
    assert _found("The change over the prior 12 months sets the pay rise.") == []
    assert _found("The strike lasted 12 months.") == [(12.0, "months")]
