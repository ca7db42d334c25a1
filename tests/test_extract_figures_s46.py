"""Figure kinds of stop 46: a data table the story prints as rows the body leaves out (each distinct cell a figure,
the corpus convention of the a39, a41 and a45 batches), a decimal without its leading zero (".35 cents"), "percent
points", and numbers that are no quantity: a program's or a device's release number ("iOS 8.2", "Python 3.11"), a
vote's tally spaced around a hyphen ("a 3 - 1 vote") and a markup attribute's value ("width=“380”").

Each page is made up in the kind's form (no copy of a corpus page) and read through ``extract_article``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import drafted

HEAD = "A made-up page for one kind of figure\n\n"


def _values(tmp_path: Path, body: str) -> set[tuple[float, str | None]]:
    return {(round(f.value, 6), f.unit) for f in drafted(tmp_path, HEAD + body + "\n").figures}


CHART_DATA = """The consumer confidence index rose by 1.4 percent in the third quarter, the statistics office said.

Households were more upbeat about their own finances than about the economy as a whole.

Table 1. Consumer confidence index, seasonally adjusted and trend. 2010=100

Consumer confidence seasonally adjusted Consumer confidence trend
Q1 2021 88.4 87.9
Q2 2021 89.1 88.6
Q3 2021 90.3 89.2
Q4 2021 89.1 90.0
"""


def test_a_releases_chart_data_gives_each_cell_once(tmp_path: Path) -> None:
    values = _values(tmp_path, CHART_DATA)
    assert {(88.4, None), (87.9, None), (89.1, None), (88.6, None), (90.3, None), (89.2, None), (90.0, None)} <= values
    assert not {v for v, _ in values} & {1.0, 2.0, 3.0, 4.0, 2021.0}  # the rows' quarters and years are labels


RESULTS = """Net sales for the half year of Rs. 5120.50 millions grew by 12.40 % from Rs. 4555.70 millions.
| | Half year | Full year |
| | 202306 | 202206 | % Var | 202303 | 202203 | % Var |
| Net Sales | 5120.50 | 4555.70 | 12.40 | 9876.25 | 8123.50 | 21.58 |
| Other Income | 310.20 | 295.10 | 5.12 | 640.80 | 602.35 | 6.38 |
| Margin(%) | 8.25 | 7.90 | 4.43 | 8.10 | 7.65 | 5.88 |
"""


def test_a_results_table_takes_the_unit_the_prose_gives_its_cells(tmp_path: Path) -> None:
    values = _values(tmp_path, RESULTS)
    assert {(9876.25e6, "INR"), (8123.5e6, "INR"), (310.2e6, "INR"), (602.35e6, "INR")} <= values
    assert {(21.58, "%"), (5.12, "%"), (8.25, "%"), (7.65, "%")} <= values
    assert not {v for v, _ in values} & {202306.0, 202206.0, 202303.0}  # period headers are no figures
    shown = {f.display for f in drafted(tmp_path, HEAD + RESULTS).figures}
    assert "9876.25 millions" in shown  # the scale the prose writes stays with the cell a reader sees


MARKDOWN = """| Actual | Consensus | |
|---|---|---|
| Month over Month | 0.7% | 0.4% |
| Year over Year | 2.2% | 1.8% |

Retail sales beat expectations in the month as shoppers returned to the high street after a wet spring.
"""


def test_a_markdown_tables_cells_are_figures(tmp_path: Path) -> None:
    assert {(0.7, "%"), (0.4, "%"), (2.2, "%"), (1.8, "%")} <= _values(tmp_path, MARKDOWN)


FURNITURE = """The central bank kept its main rate at 7.5 percent on Thursday, citing easing price pressures.

Table 1. Exchange rates
USD 57.2310 56.1180
EUR 61.9045 60.7822
GBP 72.1137 70.6540
"""

UNOWNED = """The council approved its budget on Tuesday after a long debate about road repairs.

Posted in Local
Views 12 14
Shares 3 5
Likes 40 41
"""


CONTACTS = """The inventory is compiled by a team of experts at the department. The people answering for it are:

  • Jane Roe, Director of the Inventory, email:, phone: +44 20 7946 0101
  • John Poe, Deputy Director, email:, phone: +44 20 7946 0202
  • Ann Low, Head of Data, email:, phone: +44 20 7946 0303
"""


@pytest.mark.parametrize("body", [FURNITURE, UNOWNED, CONTACTS])
def test_an_exchange_rate_box_a_contact_list_or_an_unowned_run_of_numbers_gives_no_figures(
        tmp_path: Path, body: str) -> None:
    values = {v for v, _ in _values(tmp_path, body)}
    assert not values & {57.231, 61.9045, 72.1137, 12.0, 14.0, 40.0, 41.0, 20.0, 44.0, 7946.0, 202.0, 303.0}


@pytest.mark.parametrize(("body", "value", "unit"), [
    ("The council approved a tax of .35 cents per gallon of fuel sold in the city.", 0.0035, "USD"),
    ("Consumer prices rose .8 percent in May, the agency said.", 0.8, "%"),
    ("The food sub-index fell by 0.42 percent points to 1.00 per cent in the month.", 0.42, "percentage points"),
])
def test_leading_dot_decimals_and_percent_points(tmp_path: Path, body: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(tmp_path, body)


def test_a_bare_leading_dot_number_is_no_figure(tmp_path: Path) -> None:
    assert not _values(tmp_path, "Police said the man carried a .22 rifle and a .45 pistol when he was arrested.")


@pytest.mark.parametrize(("body", "kept"), [
    ("Apple released iOS 8.2 on Monday, and the update reached 40 million phones in a week.", {4e7}),
    ("Python 3.11 runs 25% faster than Python 3.10, its developers say.", {25.0}),
    ("Android 14 and macOS 13.4 ship with the new tool, which 3 million users have tried.", {3e6}),
    ("The Town Council voted to approve the reading, with a 3 - 1 yes vote, and set aside $35,000.", {35000.0}),
    ("[caption id=“attachment_1” width=“380”] Food inflation rose to 8.2 percent in March.", {8.2}),
])
def test_versions_tallies_and_attributes_are_no_figures(tmp_path: Path, body: str, kept: set[float]) -> None:
    assert {v for v, _ in _values(tmp_path, body)} == kept
