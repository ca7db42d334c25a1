"""Money in the currencies of pages from smaller economies: their own dollar signs ("N$", "J$"), the shillings'
and kwachas' abbreviations ("UShs", "KShs", "MK"), the Gulf's two letters ("QR", "Dh"), names after a number
("dinars", "dong", "crowns") and a shared sign or name the page's country decides ("Shs" in Uganda, "crowns" in
Sweden, "¥" in Japan).

Each page is made up in the form a local page prints (no copy of a corpus page) and read through
``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of money\n\n"


def _figures(tmp_path: Path, body: str) -> list[tuple[float, str | None]]:
    brief = drafted(tmp_path, HEAD + body + "\n")
    return [(f.value, f.unit) for f in brief.figures]


@pytest.mark.parametrize(("body", "value", "unit"), [
    ("The ministry in Windhoek approved N$3.2 million for the clinic, it said.", 3.2e6, "NAD"),
    ("The Kingston council will spend J$2 billion on roads, the minister said.", 2e9, "JMD"),
    ("Port of Spain will spend TT$450 million on schools, the minister said.", 4.5e8, "TTD"),
    ("M-Pesa moved KShs 29.5 trillion during the year, the firm said.", 2.95e13, "KES"),
    ("The authority will spend UShs 120bn on feeder roads, the ministry said.", 1.2e11, "UGX"),
    ("Farmers will pay TSh 5,000 per bag of fertiliser, the ministry said.", 5000.0, "TZS"),
    ("Farmers in Lilongwe will pay MK500 per bag of fertiliser, the minister said.", 500.0, "MWK"),
    ("The Lusaka government will borrow K3.5 billion from local banks, officials said.", 3.5e9, "ZMW"),
    ("Doha will spend QR2 billion on stadium upgrades, the ministry said.", 2e9, "QAR"),
    ("The developer in Dubai sold homes worth Dh1.2 billion, it said.", 1.2e9, "AED"),
    ("Riyadh's fund committed SR4 billion to the project, it said.", 4e9, "SAR"),
    ("The cabinet in Cairo approved LE12 billion for bread subsidies, it said.", 1.2e10, "EGP"),
    ("The Tel Aviv council allocated NIS 40 million to housing, it said.", 4e7, "ILS"),
    ("Remittances reached US$ 3.2 bn in 2023, the central bank said.", 3.2e9, "USD"),
    ("Baghdad's budget this year is 200 trillion dinars, officials said.", 2e14, "IQD"),
    ("Exporters in Hanoi earned 3 billion dong more than planned, the ministry said.", 3e9, "VND"),
    ("The government in Jerusalem will spend 2 billion shekels on defence, officials said.", 2e9, "ILS"),
    ("Luanda earned 300 billion kwanzas from oil in the quarter, officials said.", 3e11, "AOA"),
    ("Lima will spend 3 billion soles on roads, the minister said.", 3e9, "PEN"),
    ("The Iraqi government will pay 5 trillion Iraqi dinars in salaries, officials said.", 5e12, "IQD"),
    ("The Jamaican government will borrow 10 billion Jamaican dollars, officials said.", 1e10, "JMD"),
])
def test_a_local_currency_is_its_own_code(tmp_path: Path, body: str, value: float, unit: str) -> None:
    figures = _figures(tmp_path, body)
    assert any(abs(v - value) < 1e-6 * value and u == unit for v, u in figures), figures


@pytest.mark.parametrize(("body", "unit"), [
    # a sign or a name several countries write: the country the page names decides
    ("The government in Kampala will spend Shs2 billion on roads, Uganda's finance minister said.", "UGX"),
    ("Sweden will spend 2 billion crowns on roads, the minister in Stockholm said.", "SEK"),
    ("The Czech government in Prague will spend 2 billion crowns on roads, the minister said.", "CZK"),
    ("The Bank of Japan said Tokyo households hold ¥2 trillion in cash, a Japanese survey found.", "JPY"),
    ("Botswana will spend P2 billion on roads in Gaborone, the minister said.", "BWP"),
    ("Jordan's cabinet in Amman approved 1.2 billion dinars for the budget, officials said.", "JOD"),
    ("The Jamaica Observer reported that the Jamaican government will spend $2 billion on roads in Jamaica.", "JMD"),
])
def test_a_shared_sign_takes_the_page_country(tmp_path: Path, body: str, unit: str) -> None:
    units = {u for _, u in _figures(tmp_path, body)}
    assert unit in units, units


@pytest.mark.parametrize("body", [
    # one or two letters that also name roads, mountains, models and grades: money only with a scale or a price
    "Climbers reached the summit of K2 with 14 porters, the agency said.",
    "The SR 520 bridge carries 70,000 cars a day, the state said.",
    "The team won 7 crowns in the last decade and hired 5 coaches, the club said.",
])
def test_short_signs_without_a_sum_are_no_money(tmp_path: Path, body: str) -> None:
    units = {u for _, u in _figures(tmp_path, body)}
    assert not units & {"ZMW", "SAR", "CZK"}, units
